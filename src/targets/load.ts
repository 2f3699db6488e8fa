import { UserError } from '../errors.js'
import type { Settings } from '../inputs.js'
import type { Target } from './target.js'

/** The deploy target the settings name, loaded only when a deploy needs it. */
export async function loadTarget(settings: Settings): Promise<Target> {
  if (settings.target === 'local') {
    const { LocalTarget } = await import('./local/index.js')
    return new LocalTarget()
  }
  if (!settings.appName)
    throw new UserError(
      'input app-name is required to deploy to Azure',
      'or use target: local for a rehearsal'
    )
  const { AzureTarget } = await import('./azure/index.js')
  return new AzureTarget()
}
