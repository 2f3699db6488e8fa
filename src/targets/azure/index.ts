/**
 * The Azure target: login, the function app from Resource Manager, app settings, the package
 * through the SCM site (One Deploy on Flex Consumption), trigger sync, the host key, the endpoint.
 * Loaded lazily by the pipeline (it pulls in the Azure SDK); nothing outside this folder imports it.
 */
import type { HttpClient } from '@azure/core-rest-pipeline'
import { UserError } from '../../errors.js'
import type { Settings } from '../../inputs.js'
import type { Language } from '../../project/types.js'
import type { Ui } from '../../report/ui.js'
import { formatBytes } from '../../report/format.js'
import type { DeployRequest, Deployment, Target } from '../target.js'
import { resolveEndpoints, type ResolvedEndpoints } from './clouds.js'
import { Kudu } from './kudu.js'
import { LOGIN_LABEL, login, type Login } from './login.js'
import {
  Arm,
  PACKAGE_TAG,
  armError,
  checkRuntime,
  mergeAppSettings,
  status,
  type SiteFacts
} from './site.js'
import { RECORD_SETTING, describeChanges, parseRecord, recordOf } from './record.js'

export { PACKAGE_TAG, mergeAppSettings, checkRuntime } from './site.js'
export { resolveEndpoints, CLOUDS } from './clouds.js'
export type { SiteFacts } from './site.js'
export type { LoginMethod } from './login.js'

/** Everything a test (or an unusual runner) may replace. */
export interface AzureDeps {
  /** Used for the token service, Resource Manager and the SCM site (e.g. one that trusts a test CA). */
  httpClient?: HttpClient
  /** core.getIDToken by default (only with OIDC). */
  getIDToken?: (audience: string) => Promise<string>
  /** Waits between retries and polls; a real timer by default. */
  sleep?: (ms: number) => Promise<void>
  /** The clock deadlines are measured on; Date.now by default. */
  now?: () => number
  /** The Entra ID authority host; default AZURE_AUTHORITY_HOST, else the cloud's. */
  authorityHost?: string
}

/** What readSiteRuntime learns about the app before anything is built. */
export interface SiteRuntime {
  appName: string
  resourceGroup: string
  subscriptionId: string
  os: 'linux' | 'windows'
  flex: boolean
  /** "Flex Consumption", "Elastic Premium (EP1)"… */
  plan: string
  /** functionAppConfig.runtime, else linuxFxVersion (`PYTHON|3.12` → python 3.12). */
  runtime?: { name: string; version: string }
  /** The runtime's version when it is python: the default `python-version`. */
  pythonVersion?: string
  /** `host[:port]` from Resource Manager. */
  defaultHostName: string
  scmHost: string
  loginMethod: string
}

export interface Phase {
  name: string
  ms: number
}

/** The Deployment, plus what a benchmark or a test wants to see. */
export interface AzureDeployment extends Deployment {
  phases: Phase[]
  deploymentId?: string
  uploadAttempts: number
  /** Time spent sending the package. */
  uploadMs: number
  settingsWritten: string[]
  site: SiteFacts
}

interface Session {
  endpoints: ResolvedEndpoints
  login: Login
  arm: Arm
  site: SiteFacts
  phases: Phase[]
}

const realSleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

/** Sessions opened by readSiteRuntime, handed to the deploy that follows (used once). */
const pending = new Map<string, Promise<Session>>()

function sessionKey(s: Settings): string {
  return JSON.stringify([
    s.azureEnvironment,
    s.armEndpoint,
    s.subscriptionId,
    s.resourceGroup,
    s.appName,
    s.auth,
    s.clientId,
    s.tenantId
  ])
}

async function timed<T>(phases: Phase[], name: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now()
  try {
    return await fn()
  } finally {
    phases.push({ name, ms: performance.now() - t0 })
  }
}

async function openSession(settings: Settings, ui: Ui, deps: AzureDeps): Promise<Session> {
  if (!settings.appName)
    throw new UserError(
      'app-name is required to deploy to Azure',
      'the name of the function app, e.g. app-name: my-mcp-server'
    )
  if (!settings.subscriptionId) {
    throw new UserError(
      'subscription-id is not set',
      'set the subscription-id input or the AZURE_SUBSCRIPTION_ID environment variable'
    )
  }
  const endpoints = resolveEndpoints(
    settings.azureEnvironment,
    settings.armEndpoint,
    deps.authorityHost ?? process.env.AZURE_AUTHORITY_HOST
  )
  const phases: Phase[] = []
  const lg = await timed(phases, 'login', () =>
    login(settings, endpoints, { httpClient: deps.httpClient, getIDToken: deps.getIDToken }, ui)
  )
  ui.info(`logged in with the ${LOGIN_LABEL[lg.method]}`)
  const arm = new Arm(
    lg.credential,
    settings.subscriptionId,
    endpoints.armEndpoint,
    endpoints.scope,
    deps.httpClient
  )
  const site = await timed(phases, 'site', () =>
    arm.findSite(settings.appName, settings.resourceGroup)
  )
  ui.info(
    `function app ${site.appName} (resource group ${site.resourceGroup}): ${site.plan}, ${site.os}${site.runtime ? `, ${site.runtime.name} ${site.runtime.version}` : ''}`
  )
  return { endpoints, login: lg, arm, site, phases }
}

function toRuntime(s: Session): SiteRuntime {
  const { site } = s
  return {
    appName: site.appName,
    resourceGroup: site.resourceGroup,
    subscriptionId: site.subscriptionId,
    os: site.os,
    flex: site.flex,
    plan: site.plan,
    runtime: site.runtime,
    pythonVersion:
      site.runtime?.name === 'python' && /^3\.\d+$/.test(site.runtime.version)
        ? site.runtime.version
        : undefined,
    defaultHostName: site.defaultHostName,
    scmHost: site.scmHost,
    loginMethod: s.login.method
  }
}

/**
 * Logs in and reads the app's plan and runtime, before anything is built: `pythonVersion` is the
 * default `python-version`. With `language`, an app that cannot run that server (Windows, another
 * runtime) fails here with a clear error. The session is kept for the deploy that follows.
 */
export async function readSiteRuntime(
  settings: Settings,
  ui: Ui,
  language?: Language,
  deps: AzureDeps = {}
): Promise<SiteRuntime> {
  const key = sessionKey(settings)
  const p = openSession(settings, ui, deps)
  pending.set(key, p)
  try {
    const session = await p
    checkRuntime(session.site, language)
    return toRuntime(session)
  } catch (err) {
    pending.delete(key)
    throw err
  }
}

export class AzureTarget implements Target {
  readonly name = 'azure' as const
  private readonly sleep: (ms: number) => Promise<void>
  private readonly now: () => number

  constructor(private readonly deps: AzureDeps = {}) {
    this.sleep = deps.sleep ?? realSleep
    this.now = deps.now ?? Date.now
  }

  async deploy(req: DeployRequest): Promise<AzureDeployment> {
    const { settings, pkg, app, ui } = req
    const key = sessionKey(settings)
    const opened = pending.get(key)
    pending.delete(key)
    const session = opened ? await opened : await openSession(settings, ui, this.deps)
    const { arm, site } = session
    const phases = [...session.phases]
    checkRuntime(site, app.language)

    // App settings: merged, written only when something changes (a write restarts the app).
    // The deploy record rides along: it changes only when the package does.
    let changes: string[] = []
    const settingsWritten = await timed(phases, 'settings', async () => {
      const current = await arm.readSettings(site)
      changes = describeChanges(parseRecord(current[RECORD_SETTING]), pkg, site.tags[PACKAGE_TAG])
      const desired = { ...app.appSettings, [RECORD_SETTING]: recordOf(pkg) }
      const { merged, changed, skipped } = mergeAppSettings(current, desired, site.flex)
      if (skipped.length)
        ui.debug(`not written on Flex Consumption (the platform owns them): ${skipped.join(', ')}`)
      if (changed.length === 0) {
        ui.info('app settings: nothing to change')
        return []
      }
      ui.info(`app settings: writing ${changed.join(', ')} (the app restarts)`)
      await arm.writeSettings(site, merged)
      return changed
    })

    const unchanged = settings.skipUnchanged && site.tags[PACKAGE_TAG] === pkg.sha256
    let deploymentId: string | undefined
    let uploadAttempts = 0
    let uploadMs = 0
    if (unchanged) {
      ui.info(
        `package unchanged (sha256 ${pkg.sha256.slice(0, 12)}… is what the app has): no upload`
      )
    } else {
      const kudu = new Kudu(
        site.scmHost,
        session.login.credential,
        session.endpoints.scope,
        { httpClient: this.deps.httpClient, sleep: this.sleep, now: this.now },
        ui
      )
      const how = site.flex ? 'One Deploy' : 'zip deploy'
      const up = await timed(phases, 'upload', () => {
        ui.info(`uploading ${formatBytes(pkg.bytes)} to ${site.scmHost} (${how})`)
        return kudu.upload(pkg.zipPath, pkg.bytes, site.flex)
      })
      deploymentId = up.id
      uploadAttempts = up.attempts
      uploadMs = up.sendMs
      const rec = await timed(phases, 'deployment', () => kudu.wait(up, settings.timeoutMinutes))
      deploymentId = rec.id ?? deploymentId
      ui.info(`deployment ${deploymentId ?? ''} succeeded`.replace('  ', ' '))

      await timed(phases, 'sync', async () => {
        try {
          await arm.syncTriggers(site)
        } catch (err) {
          ui.warning(
            `syncing the triggers of ${site.appName} failed (${armError(err, 'sync').message}); the functions may take a while to show`
          )
        }
      })
      if (site.tags[PACKAGE_TAG] !== pkg.sha256) {
        await timed(phases, 'tag', async () => {
          try {
            await arm.writeTag(site, PACKAGE_TAG, pkg.sha256)
          } catch (err) {
            ui.warning(
              `could not keep the package hash as a tag (${err instanceof Error ? err.message : String(err)}); skip-unchanged will upload next time`
            )
          }
        })
      }
    }

    const authLevel = app.authLevel
    const key_ =
      authLevel === 'anonymous'
        ? undefined
        : await timed(phases, 'keys', () =>
            this.readKey(arm, site, authLevel, settings.keyName, ui)
          )

    const endpoint = endpointUrl(site.defaultHostName, app.routePrefix)
    const details: Array<[string, string]> = [
      ['App', `${site.appName} (resource group ${site.resourceGroup})`],
      ['Plan', site.plan],
      ['Runtime', site.runtime ? `${site.runtime.name} ${site.runtime.version}`.trim() : 'unknown'],
      [
        'Package',
        `${formatBytes(pkg.bytes)}, ${pkg.fileCount} files, sha256 ${pkg.sha256.slice(0, 12)}…`
      ],
      ['Login', LOGIN_LABEL[session.login.method]],
      [
        'App settings',
        settingsWritten.length ? `updated: ${settingsWritten.join(', ')}` : 'unchanged'
      ],
      [
        'Deployment',
        unchanged
          ? 'skipped: package unchanged'
          : `${deploymentId ?? '(no id)'} via ${site.flex ? 'One Deploy' : 'zip deploy'}${uploadAttempts > 1 ? `, ${uploadAttempts} upload attempts` : ''}`
      ],
      ['Since the last deploy', changes.join('; ')]
    ]
    for (const line of changes) ui.info(`since the last deploy: ${line}`)
    for (const p of phases) details.push([`Time: ${p.name}`, `${(p.ms / 1000).toFixed(2)} s`])
    return {
      endpoint,
      key: key_,
      authLevel: app.authLevel,
      deployed: !unchanged,
      details,
      stop: async () => {},
      phases,
      deploymentId,
      uploadAttempts,
      uploadMs,
      settingsWritten,
      site
    }
  }

  /** listHostKeys, retried while the host starts; the key is masked before anything else. */
  private async readKey(
    arm: Arm,
    site: SiteFacts,
    authLevel: 'function' | 'admin',
    keyName: string,
    ui: Ui
  ): Promise<string> {
    const attempts = 6
    for (let i = 1; ; i++) {
      try {
        const keys = await arm.hostKeys(site)
        if (keys.masterKey) ui.setSecret(keys.masterKey)
        for (const v of Object.values(keys.functionKeys ?? {})) if (v) ui.setSecret(v)
        if (authLevel === 'admin') {
          if (!keys.masterKey)
            throw new UserError(
              `${site.appName} returned no master key, which an admin-level function needs`
            )
          return keys.masterKey
        }
        const fk = keys.functionKeys ?? {}
        const key =
          fk[keyName] ??
          (keyName === 'master' || keyName === '_master' ? keys.masterKey : undefined)
        if (!key) {
          const names = Object.keys(fk)
          throw new UserError(
            `${site.appName} has no host key named "${keyName}"`,
            names.length ? `its function keys: ${names.join(', ')}` : 'it has no function keys yet'
          )
        }
        return key
      } catch (err) {
        if (err instanceof UserError) throw err
        const code = status(err)
        if (code === 401 || code === 403 || code === 404 || i >= attempts)
          throw armError(err, `reading the host keys of ${site.appName}`)
        const wait = Math.min(2000 * 2 ** (i - 1), 15000)
        ui.info(
          `host keys not available yet (${code ? `HTTP ${code}` : 'no answer'}); retrying in ${wait / 1000} s`
        )
        await this.sleep(wait)
      }
    }
  }
}

/** `https://<defaultHostName><routePrefix>/mcp`, the prefix with its slashes normalised. */
export function endpointUrl(defaultHostName: string, routePrefix: string): string {
  const prefix = routePrefix.replace(/^\/+|\/+$/g, '')
  return `https://${defaultHostName}${prefix ? `/${prefix}` : ''}/mcp`
}
