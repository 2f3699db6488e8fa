/**
 * App settings: what the package needs merged into what the app has, and the one
 * read-modify-write every settings change goes through (ARM replaces the whole set, so a write
 * made from a stale read would drop another writer's change).
 */
import { UserError } from '../../errors.js'
import type { Ui } from '../../report/ui.js'
import type { Arm, SiteFacts } from './site.js'

/** The profile layout's feature flag, kept as a comma list in AzureWebJobsFeatureFlags. */
export const FEATURE_FLAGS_SETTING = 'AzureWebJobsFeatureFlags'
/** Settings a Flex Consumption app rejects: the platform owns them. */
const FLEX_FORBIDDEN = new Set([
  'FUNCTIONS_WORKER_RUNTIME',
  'FUNCTIONS_EXTENSION_VERSION',
  'WEBSITE_RUN_FROM_PACKAGE',
  'SCM_DO_BUILD_DURING_DEPLOYMENT',
  'ENABLE_ORYX_BUILD',
  'WEBSITE_NODE_DEFAULT_VERSION',
  'WEBSITE_CONTENTSHARE',
  'WEBSITE_CONTENTAZUREFILECONNECTIONSTRING'
])
/**
 * Settings that make Kudu build the uploaded zip again (Oryx: pip/npm install on the server).
 * The package is built already; on Elastic Premium and Dedicated they are removed, as Core Tools
 * does for a local build.
 */
export const REMOTE_BUILD_SETTINGS = ['SCM_DO_BUILD_DURING_DEPLOYMENT', 'ENABLE_ORYX_BUILD']

export interface MergeResult {
  merged: Record<string, string>
  /** Names whose value this run adds, changes or removes. */
  changed: string[]
  /** Names left out because the plan owns them. */
  skipped: string[]
}

/**
 * Merges what the package needs into what the app has: other settings stay as they are,
 * AzureWebJobsFeatureFlags is a comma list (flags are added, none removed). `remove` names
 * settings to delete when present.
 */
export function mergeAppSettings(
  current: Record<string, string>,
  wanted: Record<string, string>,
  flex: boolean,
  remove: string[] = []
): MergeResult {
  const merged = { ...current }
  const changed: string[] = []
  const skipped: string[] = []
  for (const [name, value] of Object.entries(wanted)) {
    if (flex && FLEX_FORBIDDEN.has(name.toUpperCase())) {
      skipped.push(name)
      continue
    }
    let next = value
    if (name === FEATURE_FLAGS_SETTING) {
      const have = splitFlags(current[name] ?? '')
      const missing = splitFlags(value).filter(f => !have.includes(f))
      next =
        missing.length === 0 && name in current ? current[name] : [...have, ...missing].join(',')
    }
    if (current[name] !== next) {
      merged[name] = next
      changed.push(name)
    }
  }
  for (const name of remove) {
    const key = Object.keys(merged).find(k => k.toUpperCase() === name.toUpperCase())
    if (key !== undefined) {
      delete merged[key]
      changed.push(key)
    }
  }
  return { merged, changed, skipped }
}

function splitFlags(v: string): string[] {
  return v
    .split(',')
    .map(s => s.trim())
    .filter(Boolean)
}

/** Settings a remote build would act on: present with a value other than false/0. */
export function remoteBuildOn(current: Record<string, string>): string[] {
  return Object.keys(current).filter(
    k =>
      REMOTE_BUILD_SETTINGS.includes(k.toUpperCase()) &&
      !/^(false|0)$/i.test((current[k] ?? '').trim())
  )
}

export type SettingsEdit = (current: Record<string, string>) => {
  merged: Record<string, string>
  changed: string[]
}

export interface Applied {
  changed: string[]
  /** What the app had before (the last read this run built on). */
  before: Record<string, string>
  /** What the app has now. */
  after: Record<string, string>
}

const ROUNDS = 4

/**
 * The one settings read-modify-write: read, edit, re-read just before the write (another writer
 * in between → start again from its result), write, re-read (our values lost to a later writer →
 * again). The app settings resource carries no ETag to send as If-Match, so the re-reads are the
 * check. A write restarts the app.
 */
export async function applySettings(
  arm: Arm,
  site: SiteFacts,
  edit: SettingsEdit,
  ui: Ui
): Promise<Applied> {
  for (let round = 1; round <= ROUNDS; round++) {
    const current = await arm.readSettings(site)
    const { merged, changed } = edit(current)
    if (changed.length === 0) return { changed, before: current, after: current }
    const again = await arm.readSettings(site)
    if (!same(current, again)) {
      ui.info('app settings: changed by another writer while this run read them; reading again')
      continue
    }
    await arm.writeSettings(site, merged)
    const after = await arm.readSettings(site)
    if (changed.every(k => after[k] === merged[k])) return { changed, before: current, after }
    ui.info('app settings: another writer replaced them right after this run; writing again')
  }
  throw new UserError(
    `the app settings of ${site.appName} kept changing while this run updated them (${ROUNDS} rounds)`,
    'another deployment or person is writing them at the same time; run again when it is done'
  )
}

function same(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a)
  return ka.length === Object.keys(b).length && ka.every(k => b[k] === a[k])
}
