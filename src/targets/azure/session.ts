/**
 * Logging in and reading the function app: one session per run, opened by readSiteRuntime (before
 * the package is built, for the default python-version) and handed to the deploy that follows.
 */
import type { HttpClient } from '@azure/core-rest-pipeline'
import { UserError } from '../../errors.js'
import type { Settings } from '../../inputs.js'
import { Deadline } from '../../io/deadline.js'
import type { Language } from '../../project/types.js'
import { phase } from '../../report/timeline.js'
import type { Ui } from '../../report/ui.js'
import { resolveEndpoints, type ResolvedEndpoints } from './clouds.js'
import { LOGIN_LABEL, login, type Login } from './login.js'
import { Arm, checkRuntime, type SiteFacts } from './site.js'

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

export interface Session {
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

export async function timed<T>(phases: Phase[], name: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now()
  try {
    return await phase(name, fn)
  } finally {
    phases.push({ name, ms: performance.now() - t0 })
  }
}

export async function openSession(
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

/** The session readSiteRuntime opened for these settings, if any (handed over once). */
export function takeSession(settings: Settings): Promise<Session> | undefined {
  const key = sessionKey(settings)
  const opened = pending.get(key)
  pending.delete(key)
  return opened
}

/** The run's deadline when the pipeline gave none (tests, the benchmark). */
export function runDeadline(settings: Settings, deps: AzureDeps): Deadline {
  return Deadline.fromMinutes(settings.timeoutMinutes, {
    now: deps.now,
    sleep: deps.sleep,
    random: deps.random,
    requestTimeoutMs: deps.requestTimeoutMs
  })
}
