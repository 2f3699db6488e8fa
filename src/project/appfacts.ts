import type { AppFacts } from '../targets/target.js'
import type { ArtifactPlan } from './generate.js'
import { PROFILE_FEATURE_FLAG } from './hostjson.js'
import { projectAuthLevel, type Project } from './scan.js'
import type { Language, Layout } from './types.js'

/** The Python site-packages path on a Linux function app. */
export const APP_PYTHONPATH = '/home/site/wwwroot/.python_packages/lib/site-packages'

/** What a target needs to know about the completed project it hosts. */
export function appFacts(plan: ArtifactPlan, project: Project): AppFacts {
  const done = plan.completed
  const language = project.language ?? 'python'
  return {
    layout: plan.layout,
    language,
    routePrefix: done.host?.routePrefix ?? '',
    authLevel: projectAuthLevel(done),
    appSettings: neededAppSettings(plan.layout, language)
  }
}

/** The app settings a server needs on the function app. */
export function neededAppSettings(layout: Layout, language: Language): Record<string, string> {
  const appSettings: Record<string, string> = {}
  if (language === 'python') appSettings.PYTHONPATH = APP_PYTHONPATH
  if (layout === 'profile') appSettings.AzureWebJobsFeatureFlags = PROFILE_FEATURE_FLAG
  return appSettings
}
