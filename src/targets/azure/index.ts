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
import { phase } from '../../report/timeline.js'
import type { DeployRequest, Deployment, Target } from '../target.js'
import { resolveEndpoints, type ResolvedEndpoints } from './clouds.js'
import { Kudu } from './kudu.js'
import { LOGIN_LABEL, login, type Login } from './login.js'
import type { HostKeys } from '@azure/arm-appservice'
import { Deadline } from '../../io/deadline.js'
import { diagnosis, hostCheck, hostStatus, type HostStatus } from './host.js'
import { Arm, PACKAGE_TAG, armError, checkRuntime, type SiteFacts } from './site.js'
import { applySettings, mergeAppSettings, remoteBuildOn } from './settings.js'
import { RECORD_SETTING, describeChanges, parseRecord, recordOf } from './record.js'
import { SignInStep, type SignInOutcome } from './signin.js'

export { PACKAGE_TAG, checkRuntime } from './site.js'
export { mergeAppSettings } from './settings.js'
export { resolveEndpoints, CLOUDS } from './clouds.js'
export type { SiteFacts } from './site.js'
export type { LoginMethod } from './login.js'

/** Everything a test (or an unusual runner) may replace. */
export interface AzureDeps {
  /** Used for the token service, Resource Manager and the SCM site (e.g. one that trusts a test CA). */
  httpClient?: HttpClient
  /** core.getIDToken by default (only with OIDC). */
  getIDToken?: (audience: string) => Promise<string>
  /** Waits between retries and polls; a real timer by default (used when no deadline is given). */
  sleep?: (ms: number) => Promise<void>
  /** The clock deadlines are measured on; Date.now by default. */
  now?: () => number
  /** The jitter's randomness; Math.random by default. */
  random?: () => number
  /** The timeout of one request (tests shorten it); 60 s by default. */
  requestTimeoutMs?: number
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
    return await phase(name, fn)
  } finally {
    phases.push({ name, ms: performance.now() - t0 })
  }
}

async function openSession(
  settings: Settings,
  ui: Ui,
  deps: AzureDeps,
  deadline: Deadline
): Promise<Session> {
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
    login(
      settings,
      endpoints,
      { httpClient: deps.httpClient, getIDToken: deps.getIDToken, deadline },
      ui
    )
  )
  ui.info(`logged in with the ${LOGIN_LABEL[lg.method]}`)
  const arm = new Arm(
    lg.credential,
    settings.subscriptionId,
    endpoints.armEndpoint,
    endpoints.scope,
    deps.httpClient,
    deadline,
    ui
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
  deps: AzureDeps = {},
  deadline: Deadline = runDeadline(settings, deps)
): Promise<SiteRuntime> {
  const key = sessionKey(settings)
  const p = openSession(settings, ui, deps, deadline)
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

  constructor(private readonly deps: AzureDeps = {}) {}

  async deploy(req: DeployRequest): Promise<AzureDeployment> {
    const { settings, pkg, app, ui } = req
    const key = sessionKey(settings)
    const opened = pending.get(key)
    pending.delete(key)
    const deadline = req.deadline ?? runDeadline(settings, this.deps)
    const session = opened ? await opened : await openSession(settings, ui, this.deps, deadline)
    const { arm, site } = session
    const phases = [...session.phases]
    checkRuntime(site, app.language)
    const kudu = new Kudu(
      site.scmHost,
      session.login.credential,
      session.endpoints.scope,
      { httpClient: this.deps.httpClient, deadline },
      ui
    )
    const signIn = await SignInStep.prepare({
      arm,
      site,
      settings,
      credential: session.login.credential,
      authorityHost: session.endpoints.authorityHost,
      armScope: session.endpoints.scope,
      ui
    })

    // App settings: merged, written only when something changes (a write restarts the app).
    let changes: string[] = []
    let before: Record<string, string> = {}
    const settingsWritten = await timed(phases, 'settings', async () => {
      let skipped: string[] = []
      let clearing: string[] = []
      const applied = await applySettings(
        arm,
        site,
        current => {
          const rfp = current.WEBSITE_RUN_FROM_PACKAGE ?? ''
          if (!site.flex && /^https?:/i.test(rfp.trim())) {
            throw new UserError(
              `${site.appName} has WEBSITE_RUN_FROM_PACKAGE set to a URL: it runs the package at that URL and takes no upload`,
              'remove the WEBSITE_RUN_FROM_PACKAGE app setting (or set it to 1), then run again'
            )
          }
          clearing = site.flex ? [] : remoteBuildOn(current)
          // The sign-in's settings (endpoint-auth) ride along in the same write.
          const sign = signIn.edit(current)
          const r = mergeAppSettings(current, { ...app.appSettings, ...sign.set }, site.flex, [
            ...clearing,
            ...sign.remove
          ])
          skipped = r.skipped
          return r
        },
        ui
      )
      before = applied.before
      changes = describeChanges(parseRecord(before[RECORD_SETTING]), pkg, site.tags[PACKAGE_TAG])
      if (skipped.length)
        ui.debug(`not written on Flex Consumption (the platform owns them): ${skipped.join(', ')}`)
      if (clearing.length)
        ui.info(
          `app settings: removing ${clearing.join(', ')}: the package is built already, and a remote build would build it again on the server`
        )
      if (applied.changed.length === 0) {
        ui.info('app settings: nothing to change')
        return []
      }
      ui.info(`app settings: wrote ${applied.changed.join(', ')} (the app restarts)`)
      if (!site.flex) {
        // The SCM site restarts with the app: an upload right now can fail or be lost.
        const expect: Record<string, string | undefined> = {}
        for (const k of applied.changed) expect[k] = applied.after[k]
        await timed(phases, 'scm restart', () => kudu.waitForSettings(expect))
      }
      return applied.changed
    })

    // Auth settings right after the app settings they go with (a failure puts those back).
    let signInOutcome: SignInOutcome = { authWritten: [], rows: [] }
    if (signIn.mode === 'entra' || settingsWritten.length)
      signInOutcome = await timed(phases, 'sign-in', () =>
        signIn.commit(async change => {
          await applySettings(
            arm,
            site,
            current => {
              const c = change(current)
              return mergeAppSettings(current, c.set, site.flex, c.remove)
            },
            ui
          )
        })
      )

    const unchanged = settings.skipUnchanged && site.tags[PACKAGE_TAG] === pkg.sha256
    let deploymentId: string | undefined
    let uploadAttempts = 0
    let uploadMs = 0
    let keys: HostKeys | undefined
    const readKeys = async (): Promise<HostKeys> => {
      keys = await arm.hostKeys(site, s => ui.setSecret(s))
      return keys
    }
    if (unchanged) {
      ui.info(
        `package unchanged (sha256 ${pkg.sha256.slice(0, 12)}… is what the app has): no upload`
      )
    } else {
      const how = site.flex ? 'One Deploy' : 'zip deploy'
      const up = await timed(phases, 'upload', () => {
        ui.info(`uploading ${formatBytes(pkg.bytes)} to ${site.scmHost} (${how})`)
        return kudu.upload(pkg.zipPath, pkg.bytes, site.flex)
      })
      deploymentId = up.id
      uploadAttempts = up.attempts
      uploadMs = up.sendMs
      const rec = await timed(phases, 'deployment', () =>
        kudu.wait(up, async () => {
          try {
            const k = keys ?? (await readKeys())
            if (!k.masterKey) return { state: 'unknown', detail: 'no master key' }
            return hostCheck(
              await hostStatus(site.defaultHostName, k.masterKey, deadline, this.deps.httpClient)
            )
          } catch (err) {
            return { state: 'unknown', detail: err instanceof Error ? err.message : String(err) }
          }
        })
      )
      deploymentId = rec.id ?? deploymentId
      if (rec.status === 4 && !rec.confirmedBy)
        ui.info(`deployment ${deploymentId ?? ''} succeeded`.replace('  ', ' '))

      // What was deployed is recorded only now that the deployment succeeded.
      const record = recordOf(pkg)
      if (before[RECORD_SETTING] !== record) {
        await timed(phases, 'record', async () => {
          const r = await applySettings(
            arm,
            site,
            current =>
              current[RECORD_SETTING] === record
                ? { merged: current, changed: [] }
                : { merged: { ...current, [RECORD_SETTING]: record }, changed: [RECORD_SETTING] },
            ui
          )
          if (r.changed.length) settingsWritten.push(RECORD_SETTING)
        })
      }

      // Flex: the platform syncs the triggers after One Deploy (Core Tools, the az CLI and VS
      // Code skip it there). Elsewhere a sync is cheap insurance; it never fails the run.
      if (!site.flex) {
        await timed(phases, 'sync', async () => {
          try {
            await arm.syncTriggers(site)
          } catch (err) {
            ui.warning(
              `syncing the triggers of ${site.appName} failed (${armError(err, 'sync').message}); the functions may take a while to show`
            )
          }
        })
      }
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
        : await timed(phases, 'keys', async () =>
            pickKey(site, await readKeys(), authLevel, settings.keyName)
          )

    const diagnose = async (): Promise<string[]> => {
      let status: HostStatus = { errors: [] }
      try {
        const k = keys ?? (await readKeys())
        if (k.masterKey)
          status = await hostStatus(
            site.defaultHostName,
            k.masterKey,
            deadline,
            this.deps.httpClient
          )
      } catch {
        // the status stays unknown
      }
      return diagnosis(status, site.flex ? [] : await kudu.containerLog())
    }

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
      ['Since the last deploy', changes.join('; ')],
      ...(signInOutcome.facts ? [] : signInOutcome.rows),
      ...(signInOutcome.authWritten.length
        ? ([
            ['Authentication settings', `updated: ${signInOutcome.authWritten.join(', ')}`]
          ] as Array<[string, string]>)
        : [])
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
      diagnose,
      signIn: signInOutcome.facts,
      phases,
      deploymentId,
      uploadAttempts,
      uploadMs,
      settingsWritten,
      site
    }
  }
}

/** The key the endpoint needs, from keys already masked. */
function pickKey(
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

/** The run's deadline when the pipeline gave none (tests, the benchmark). */
function runDeadline(settings: Settings, deps: AzureDeps): Deadline {
  return Deadline.fromMinutes(settings.timeoutMinutes, {
    now: deps.now,
    sleep: deps.sleep,
    random: deps.random,
    requestTimeoutMs: deps.requestTimeoutMs
  })
}

/** `https://<defaultHostName><routePrefix>/mcp`, the prefix with its slashes normalised. */
export function endpointUrl(defaultHostName: string, routePrefix: string): string {
  const prefix = routePrefix.replace(/^\/+|\/+$/g, '')
  return `https://${defaultHostName}${prefix ? `/${prefix}` : ''}/mcp`
}
