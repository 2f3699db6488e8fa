/** What a deploy to Azure shows: the key the endpoint needs, the endpoint, the summary rows. */
import type { HostKeys } from '@azure/arm-appservice'
import { UserError } from '../../errors.js'
import { packageLine } from '../../report/format.js'
import type { PackageResult } from '../target.js'
import { LOGIN_LABEL, type LoginMethod } from './login.js'
import type { Phase } from './session.js'
import type { SignInOutcome } from './signin.js'
import type { SiteFacts } from './site.js'

/** The key the endpoint needs, from keys already masked. */
export function pickKey(
  site: SiteFacts,
  keys: HostKeys,
  authLevel: 'function' | 'admin',
  keyName: string
): string {
  if (authLevel === 'admin') {
    if (!keys.masterKey)
      throw new UserError(
        `${site.appName} returned no master key, which an admin-level function needs`
      )
    return keys.masterKey
  }
  const fk = keys.functionKeys ?? {}
  const key =
    fk[keyName] ?? (keyName === 'master' || keyName === '_master' ? keys.masterKey : undefined)
  if (!key) {
    const names = Object.keys(fk)
    throw new UserError(
      `${site.appName} has no host key named "${keyName}"`,
      names.length ? `its function keys: ${names.join(', ')}` : 'it has no function keys yet'
    )
  }
  return key
}

/** `https://<defaultHostName><routePrefix>/mcp`, the prefix with its slashes normalised. */
export function endpointUrl(defaultHostName: string, routePrefix: string): string {
  const prefix = routePrefix.replace(/^\/+|\/+$/g, '')
  return `https://${defaultHostName}${prefix ? `/${prefix}` : ''}/mcp`
}

export interface DeployFacts {
  site: SiteFacts
  pkg: PackageResult
  login: LoginMethod
  settingsWritten: string[]
  unchanged: boolean
  deploymentId?: string
  uploadAttempts: number
  /** What changed since the last deploy (from the record). */
  changes: string[]
  signIn: SignInOutcome
  phases: Phase[]
}

/** The deployment's rows in the job summary, the timed phases last. */
export function deployRows(r: DeployFacts): Array<[string, string]> {
  const details: Array<[string, string]> = [
    ['App', `${r.site.appName} (resource group ${r.site.resourceGroup})`],
    ['Plan', r.site.plan],
    [
      'Runtime',
      r.site.runtime ? `${r.site.runtime.name} ${r.site.runtime.version}`.trim() : 'unknown'
    ],
    ['Package', packageLine(r.pkg)],
    ['Login', LOGIN_LABEL[r.login]],
    [
      'App settings',
      r.settingsWritten.length ? `updated: ${r.settingsWritten.join(', ')}` : 'unchanged'
    ],
    [
      'Deployment',
      r.unchanged
        ? 'skipped: package unchanged'
        : `${r.deploymentId ?? '(no id)'} via ${r.site.flex ? 'One Deploy' : 'zip deploy'}${r.uploadAttempts > 1 ? `, ${r.uploadAttempts} upload attempts` : ''}`
    ],
    ['Since the last deploy', r.changes.join('; ')],
    ...(r.signIn.facts ? [] : r.signIn.rows),
    ...(r.signIn.authWritten.length
      ? ([['Authentication settings', `updated: ${r.signIn.authWritten.join(', ')}`]] as Array<
          [string, string]
        >)
      : [])
  ]
  for (const p of r.phases) details.push([`Time: ${p.name}`, `${(p.ms / 1000).toFixed(2)} s`])
  return details
}
