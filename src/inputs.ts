import os from 'node:os'
import path from 'node:path'
import { UserError } from './errors.js'
import type { Layout } from './project/types.js'
import { readEntraInputs, type EndpointAuth, type EntraSettings } from './inputs-entra.js'

/**
 * Every input of action.yml, with its default. The CLI takes the same names as --flags.
 * A test keeps this table and action.yml in step.
 */
export const INPUT_DEFAULTS = {
  mode: 'auto',
  path: '.',
  layout: 'auto',
  target: 'azure',
  'app-name': '',
  'resource-group': '',
  'subscription-id': '',
  'client-id': '',
  'tenant-id': '',
  auth: 'auto',
  'azure-environment': 'AzureCloud',
  'arm-endpoint': '',
  'python-version': '',
  'pip-args': '',
  cache: 'true',
  'key-name': 'default',
  audience: '',
  'smoke-test': 'true',
  'skip-unchanged': 'false',
  'fail-on': 'error',
  comment: 'true',
  'endpoint-auth': 'key',
  'entra-client-id': '',
  'entra-identifier-uri': '',
  'entra-scope': 'user_impersonation',
  'entra-allowed-client-ids': '',
  'github-token': '${{ github.token }}',
  'timeout-minutes': '15',
  'local-port': '7071'
} as const

export type InputName = keyof typeof INPUT_DEFAULTS
/** Raw input strings keyed by the action.yml names. */
export type Inputs = Record<InputName, string>
export const INPUT_NAMES = Object.keys(INPUT_DEFAULTS) as InputName[]

export const MODES = ['auto', 'check', 'generate', 'package', 'deploy'] as const
export type ModeInput = (typeof MODES)[number]
export type Mode = Exclude<ModeInput, 'auto'>
export const AUTHS = ['auto', 'oidc', 'azure-cli', 'environment', 'managed-identity'] as const
export type Auth = (typeof AUTHS)[number]
export const CLOUDS = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'] as const
export type Cloud = (typeof CLOUDS)[number]
export const FAIL_ON = ['error', 'warning', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]

/** The one typed, validated settings object the phases work from. */
export interface Settings {
  mode: Mode
  /** What the user asked for (`auto` resolved into `mode` from the event). */
  modeInput: ModeInput
  workspace: string
  /** The `path` input as given (relative to the workspace). */
  path: string
  layout: Layout | 'auto'
  target: 'azure' | 'local'
  appName: string
  resourceGroup: string
  subscriptionId: string
  clientId: string
  tenantId: string
  auth: Auth
  azureEnvironment: Cloud
  armEndpoint: string
  pythonVersion: string
  pipArgs: string[]
  cache: boolean
  keyName: string
  /** The GitHub OIDC token's audience; '' = the cloud's (api://AzureADTokenExchange…). */
  audience: string
  smokeTest: boolean
  skipUnchanged: boolean
  failOn: FailOn
  comment: boolean
  /** `key` (the function key) or `entra` (App Service authentication with Entra ID). */
  endpointAuth: EndpointAuth
  /** The server's app registration, with endpointAuth `entra`. */
  entra?: EntraSettings
  githubToken: string
  timeoutMinutes: number
  /** Port of the local Functions-host emulation (`target: local`). */
  localPort: number
  /** GITHUB_EVENT_NAME, '' outside Actions. */
  eventName: string
  /** RUNNER_TEMP on a runner (kept for later steps until the job ends), else the OS temp folder. */
  tempDir: string
}

/** Events on which `mode: auto` deploys: someone with write access made them happen. */
export const DEPLOY_EVENTS = [
  'push',
  'workflow_dispatch',
  'schedule',
  'release',
  'repository_dispatch'
] as const
/** Events on which `mode: auto` only checks: the code under review may be a stranger's. */
export const CHECK_EVENTS = [
  'pull_request',
  'pull_request_target',
  'merge_group',
  'pull_request_review'
] as const

/**
 * What `mode: auto` means on an event. Anything not listed is refused rather than guessed: a
 * deploy on `workflow_run`, `issue_comment` or a new event type could run code nobody reviewed.
 */
export function autoMode(eventName: string): Mode {
  // no event: not on a runner (a person's own run), nobody else's code is involved
  if (eventName === '') return 'deploy'
  if ((DEPLOY_EVENTS as readonly string[]).includes(eventName)) return 'deploy'
  if ((CHECK_EVENTS as readonly string[]).includes(eventName)) return 'check'
  throw new UserError(
    `mode auto does not know what to do on the ${eventName} event: it deploys only on ${DEPLOY_EVENTS.join(', ')} and checks only on ${CHECK_EVENTS.join(', ')}`,
    `set mode explicitly (mode: check to check, mode: deploy only if this event never runs untrusted code)`
  )
}

/** Where raw values come from: the runner's INPUT_* variables, or CLI flags. '' = not set. */
export type InputSource = (name: InputName) => string | undefined

/** The runner's way (what core.getInput does): INPUT_<NAME upper-cased, spaces as _>. */
export function envInputSource(env: NodeJS.ProcessEnv = process.env): InputSource {
  return name => {
    const v = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]
    return v === undefined ? undefined : v.trim()
  }
}

function oneOf<T extends string>(name: InputName, value: string, allowed: readonly T[]): T {
  const hit = allowed.find(a => a.toLowerCase() === value.toLowerCase())
  if (!hit) throw new UserError(`input ${name}: "${value}" is not one of ${allowed.join(', ')}`)
  return hit
}

/** YAML 1.2 core-schema booleans, as core.getBooleanInput accepts them. */
function bool(name: InputName, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new UserError(`input ${name}: "${value}" is not a boolean (true or false)`)
}

/** Splits pip-args like a POSIX shell would for words and quotes (no expansion). */
export function splitArgs(s: string): string[] {
  const out: string[] = []
  let cur = ''
  let inWord = false
  let quote: '"' | "'" | undefined
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (quote) {
      if (c === quote) quote = undefined
      else if (c === '\\' && quote === '"' && i + 1 < s.length) cur += s[++i]
      else cur += c
    } else if (c === '"' || c === "'") {
      quote = c
      inWord = true
    } else if (c === '\\' && i + 1 < s.length) {
      cur += s[++i]
      inWord = true
    } else if (/\s/.test(c)) {
      if (inWord) out.push(cur)
      cur = ''
      inWord = false
    } else {
      cur += c
      inWord = true
    }
  }
  if (quote) throw new UserError(`input pip-args: unterminated ${quote} quote`)
  if (inWord) out.push(cur)
  return out
}

/**
 * Reads and validates every input. Unknown values fail with one clear line naming the input.
 * `env` supplies the workspace, the event and AZURE_SUBSCRIPTION_ID (nothing else reads env for inputs).
 */
export function readSettings(source: InputSource, env: NodeJS.ProcessEnv = process.env): Settings {
  const raw = {} as Inputs
  for (const name of INPUT_NAMES) {
    const v = source(name)
    raw[name] = v === undefined || v === '' ? INPUT_DEFAULTS[name] : v
  }
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const modeInput = oneOf('mode', raw.mode, MODES)
  const mode: Mode = modeInput !== 'auto' ? modeInput : autoMode(eventName)
  const timeout = Number(raw['timeout-minutes'])
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 360) {
    throw new UserError(
      `input timeout-minutes: "${raw['timeout-minutes']}" is not a number of minutes between 0 and 360`
    )
  }
  const token =
    raw['github-token'] === INPUT_DEFAULTS['github-token']
      ? (env.GITHUB_TOKEN ?? '')
      : raw['github-token']
  const pythonVersion = raw['python-version']
  if (pythonVersion && !/^3\.\d{1,2}$/.test(pythonVersion)) {
    throw new UserError(
      `input python-version: "${pythonVersion}" is not a Python 3 minor version such as 3.12`
    )
  }
  const armEndpoint = raw['arm-endpoint']
  if (armEndpoint) {
    let u: URL
    try {
      u = new URL(armEndpoint)
    } catch {
      throw new UserError(`input arm-endpoint: "${armEndpoint}" is not a URL`)
    }
    if (u.protocol !== 'https:')
      throw new UserError(`input arm-endpoint: "${armEndpoint}" must be https`)
  }
  const localPort = Number(raw['local-port'])
  if (!Number.isInteger(localPort) || localPort < 0 || localPort > 65535) {
    throw new UserError(
      `input local-port: "${raw['local-port']}" is not a port number (0 picks a free port)`
    )
  }
  const appName = raw['app-name']
  if (appName && !/^[a-zA-Z0-9][a-zA-Z0-9-]{0,58}[a-zA-Z0-9]?$/.test(appName)) {
    throw new UserError(
      `input app-name: "${appName}" is not a valid function app name (letters, digits and hyphens)`
    )
  }
  const target = oneOf('target', raw.target, ['azure', 'local'] as const)
  const settings: Settings = {
    mode,
    modeInput,
    workspace: path.resolve(env.GITHUB_WORKSPACE || process.cwd()),
    path: raw.path,
    layout: oneOf('layout', raw.layout, ['auto', 'classic', 'profile'] as const),
    target,
    appName,
    resourceGroup: raw['resource-group'],
    subscriptionId: raw['subscription-id'] || env.AZURE_SUBSCRIPTION_ID || '',
    clientId: raw['client-id'],
    tenantId: raw['tenant-id'],
    auth: oneOf('auth', raw.auth, AUTHS),
    azureEnvironment: oneOf('azure-environment', raw['azure-environment'], CLOUDS),
    armEndpoint,
    pythonVersion,
    pipArgs: splitArgs(raw['pip-args']),
    cache: bool('cache', raw.cache),
    keyName: raw['key-name'],
    audience: raw.audience.trim(),
    smokeTest: bool('smoke-test', raw['smoke-test']),
    skipUnchanged: bool('skip-unchanged', raw['skip-unchanged']),
    failOn: oneOf('fail-on', raw['fail-on'], FAIL_ON),
    comment: bool('comment', raw.comment),
    ...readEntraInputs(raw),
    githubToken: token,
    timeoutMinutes: timeout,
    localPort,
    eventName,
    tempDir: env.RUNNER_TEMP || os.tmpdir()
  }
  // Each value is valid; now what the mode needs. Fail here, before anything is scanned or
  // installed, rather than at the end of a long run.
  if (mode === 'deploy' && target === 'azure' && !appName) {
    throw new UserError(
      'input app-name is required to deploy to Azure',
      "the function app's name, e.g. app-name: my-mcp-app (--app-name on the command line), or target: local for a rehearsal"
    )
  }
  return settings
}
