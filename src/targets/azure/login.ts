/**
 * Login with @azure/identity. `auth: auto`: GitHub OIDC when client-id and tenant-id are set,
 * else the Azure CLI session (what azure/login leaves), else the AZURE_* environment variables.
 * Managed identity only when asked for by name: nothing else may reach the instance-metadata address.
 */
import * as core from '@actions/core'
import {
  AzureCliCredential,
  ClientAssertionCredential,
  EnvironmentCredential,
  ManagedIdentityCredential,
  type AccessToken,
  type GetTokenOptions,
  type TokenCredential
} from '@azure/identity'
import type { HttpClient } from '@azure/core-rest-pipeline'
import { UserError } from '../../errors.js'
import type { Cloud, Settings } from '../../inputs.js'
import { formatSeconds, type Deadline } from '../../io/deadline.js'
import { forLog } from '../../io/escape.js'
import type { Ui } from '../../report/ui.js'
import type { ResolvedEndpoints } from './clouds.js'

export type LoginMethod = 'oidc' | 'azure-cli' | 'environment' | 'managed-identity'

export const LOGIN_LABEL: Record<LoginMethod, string> = {
  oidc: 'GitHub OIDC (federated credential)',
  'azure-cli': 'Azure CLI session',
  environment: 'environment variables (AZURE_CLIENT_ID…)',
  'managed-identity': 'managed identity'
}

export const OIDC_AUDIENCE = 'api://AzureADTokenExchange'
/** The audience of the GitHub ID token each cloud's token exchange expects (as azure/login has it). */
export const OIDC_AUDIENCES: Record<Cloud, string> = {
  AzureCloud: OIDC_AUDIENCE,
  AzureUSGovernment: 'api://AzureADTokenExchangeUSGov',
  AzureChinaCloud: 'api://AzureADTokenExchangeChina'
}

/** The `audience` input, else the cloud's. */
export function oidcAudience(settings: Pick<Settings, 'audience' | 'azureEnvironment'>): string {
  return settings.audience || OIDC_AUDIENCES[settings.azureEnvironment]
}
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'

export interface LoginDeps {
  httpClient?: HttpClient
  /** core.getIDToken by default. */
  getIDToken?: (audience: string) => Promise<string>
  /** Bounds the first token request. */
  deadline?: Deadline
}

export interface Login {
  method: LoginMethod
  /** Caches the token so that the CLI is not spawned for every request. */
  credential: TokenCredential
}

/** Logs in and fetches the first token, so that a failure is reported as a login failure. */
export async function login(
  settings: Settings,
  endpoints: ResolvedEndpoints,
  deps: LoginDeps,
  ui: Ui
): Promise<Login> {
  const mask = (secret: string) => ui.setSecret(secret)
  const first = (
    m: (secret: string) => void,
    method: LoginMethod,
    credential: TokenCredential,
    scope: string,
    explain: (err: unknown) => UserError
  ) => firstToken(m, method, credential, scope, explain, deps.deadline)
  const audience = oidcAudience(settings)
  const common = {
    authorityHost: endpoints.authorityHost,
    httpClient: deps.httpClient,
    // Instance discovery asks login.microsoftonline.com about the authority; a custom
    // authority (Azure Stack, an emulator) is taken as given instead.
    disableInstanceDiscovery: endpoints.customAuthority
  }
  const auth = settings.auth
  const oidcConfigured = Boolean(settings.clientId && settings.tenantId)

  if (auth === 'oidc' || (auth === 'auto' && oidcConfigured)) {
    if (!oidcConfigured) {
      throw new UserError(
        'auth: oidc needs both client-id and tenant-id',
        'the app registration (or user-assigned identity) that has a federated credential for this repository'
      )
    }
    const getIDToken = deps.getIDToken ?? ((aud: string) => core.getIDToken(aud))
    const seen: { claims?: Record<string, unknown>; error?: unknown } = {}
    const credential = new ClientAssertionCredential(
      settings.tenantId,
      settings.clientId,
      async () => {
        try {
          const jwt = await getIDToken(audience)
          mask(jwt)
          seen.claims = jwtClaims(jwt)
          return jwt
        } catch (err) {
          seen.error = err
          throw err
        }
      },
      common
    )
    return first(mask, 'oidc', credential, endpoints.scope, err =>
      oidcError(err, seen, settings, audience)
    )
  }
  if (auth === 'azure-cli') {
    return first(mask, 'azure-cli', cliCredential(settings), endpoints.scope, err => cliError(err))
  }
  if (auth === 'environment') {
    return first(mask, 'environment', new EnvironmentCredential(common), endpoints.scope, err =>
      envError(err)
    )
  }
  if (auth === 'managed-identity') {
    const mi = settings.clientId
      ? new ManagedIdentityCredential({ clientId: settings.clientId })
      : new ManagedIdentityCredential()
    return first(
      mask,
      'managed-identity',
      mi,
      endpoints.scope,
      err =>
        new UserError(
          `login with managed identity failed: ${clean(err)}`,
          'this only works on a runner that runs in Azure with an identity assigned'
        )
    )
  }
  // auto, without OIDC inputs: the CLI session, then the environment.
  let cliFailure: unknown
  try {
    return await first(mask, 'azure-cli', cliCredential(settings), endpoints.scope, err => {
      cliFailure = err
      return cliError(err)
    })
  } catch {
    if (!hasEnvCredential()) {
      throw new UserError(
        `no Azure login found: tried the Azure CLI session (${short(cliFailure)}) and the environment (AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_CLIENT_SECRET are not set)`,
        'set client-id and tenant-id for GitHub OIDC (the job needs `permissions: id-token: write`), or run azure/login before this step'
      )
    }
    return first(mask, 'environment', new EnvironmentCredential(common), endpoints.scope, err =>
      envError(err)
    )
  }
}

function cliCredential(settings: Settings): TokenCredential {
  return new AzureCliCredential({
    processTimeoutInMs: 60000,
    ...(settings.tenantId ? { tenantId: settings.tenantId } : {})
  })
}

function hasEnvCredential(): boolean {
  const e = process.env
  return Boolean(
    e.AZURE_TENANT_ID &&
    e.AZURE_CLIENT_ID &&
    (e.AZURE_CLIENT_SECRET || e.AZURE_CLIENT_CERTIFICATE_PATH)
  )
}

async function firstToken(
  mask: (secret: string) => void,
  method: LoginMethod,
  credential: TokenCredential,
  scope: string,
  explain: (err: unknown) => UserError,
  deadline?: Deadline
): Promise<Login> {
  const cached = new CachingCredential(credential, mask)
  const ms = deadline?.requestTimeout()
  let timer: NodeJS.Timeout | undefined
  try {
    const hung = new Promise<never>((_, reject) => {
      if (ms !== undefined)
        timer = setTimeout(
          () =>
            reject(
              new UserError(
                `login (${LOGIN_LABEL[method]}): no token within ${formatSeconds(ms)}; the token service (or the az CLI) did not answer`
              )
            ),
          ms
        )
    })
    await Promise.race([cached.getToken(scope), hung])
  } catch (err) {
    if (err instanceof UserError) throw err
    throw explain(err)
  } finally {
    if (timer) clearTimeout(timer)
  }
  return { method, credential: cached }
}

/** Keeps each scope's token until five minutes before it expires. */
export class CachingCredential implements TokenCredential {
  private readonly tokens = new Map<string, AccessToken>()
  constructor(
    private readonly inner: TokenCredential,
    private readonly mask: (secret: string) => void
  ) {}
  async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken> {
    const key = Array.isArray(scopes) ? scopes.join(' ') : scopes
    const hit = this.tokens.get(key)
    if (hit && !options?.claims && hit.expiresOnTimestamp - Date.now() > 5 * 60000) return hit
    const token = await this.inner.getToken(scopes, options)
    if (!token) throw new Error('the credential returned no token')
    this.mask(token.token)
    this.tokens.set(key, token)
    return token
  }
}

function oidcError(
  err: unknown,
  seen: { claims?: Record<string, unknown>; error?: unknown },
  settings: Settings,
  audience: string
): UserError {
  if (seen.error !== undefined || !seen.claims) {
    const why = seen.error !== undefined ? short(seen.error) : short(err)
    return new UserError(
      `GitHub OIDC login: the runner gave no ID token (${why})`,
      'client-id and tenant-id are set, so OIDC was used: add `permissions: id-token: write` to the job (or workflow); on a fork pull request there is no token — use auth: azure-cli there'
    )
  }
  const sub = String(seen.claims.sub ?? '')
  const text = clean(err)
  if (/AADSTS70021|AADSTS700213|AADSTS700211|federated/i.test(text)) {
    return new UserError(
      `GitHub OIDC login refused: no federated credential on app ${settings.clientId} matches subject "${sub}"`,
      `add one with issuer ${GITHUB_ISSUER}, subject ${sub} and audience ${audience} (Entra ID: the app registration → Certificates & secrets → Federated credentials)`
    )
  }
  if (/AADSTS700016/.test(text)) {
    return new UserError(
      `GitHub OIDC login refused: no application ${settings.clientId} in tenant ${settings.tenantId}`,
      'check client-id (the app registration’s Application (client) ID) and tenant-id'
    )
  }
  return new UserError(
    `GitHub OIDC login refused for subject "${sub}": ${text}`,
    `the app ${settings.clientId} needs a federated credential with issuer ${GITHUB_ISSUER}, subject ${sub}, audience ${audience}`
  )
}

function cliError(err: unknown): UserError {
  return new UserError(
    `login with the Azure CLI session failed: ${short(err)}`,
    'run azure/login before this step, or set client-id and tenant-id for GitHub OIDC (`permissions: id-token: write`)'
  )
}

function envError(err: unknown): UserError {
  return new UserError(
    `login with the environment variables failed: ${short(err)}`,
    'set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (or AZURE_CLIENT_CERTIFICATE_PATH), or use client-id + tenant-id for GitHub OIDC'
  )
}

/** The claims of a JWT (not verified: only to say which subject was presented). */
export function jwtClaims(jwt: string): Record<string, unknown> {
  try {
    const part = jwt.split('.')[1] ?? ''
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>
  } catch {
    return {}
  }
}

/** One line of an error, with anything token-like removed. */
export function clean(err: unknown): string {
  const anyErr = err as { errorResponse?: { errorDescription?: string }; message?: string }
  let text =
    anyErr?.errorResponse?.errorDescription || (err instanceof Error ? err.message : String(err))
  // Entra ID's own sentence (AADSTSnnnnn: …) is the useful part of an MSAL error.
  const aad = /(AADSTS\d+:[^]*?)(?=\s+Trace ID:|\s+-\s+Correlation ID:|$)/.exec(text)
  if (aad) text = aad[1]
  text = text
    .replace(/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, '<token>')
    .replace(
      /("?(access_?token|client_?secret|client_assertion|refresh_?token)"?\s*[:=]\s*)"?[^"\s,&]+"?/gi,
      '$1<hidden>'
    )
    .replace(/\s*-?\s*(Trace ID|Correlation ID|Timestamp):\s*[\w:.-]+/g, '')
  const lines = text
    .split(/\r?\n/)
    .map(s => s.trim())
    .filter(Boolean)
  return forLog((lines[0] ?? 'unknown error').slice(0, 400))
}

function short(err: unknown): string {
  return clean(err)
    .replace(/\s*To troubleshoot, visit https:\/\/aka\.ms\/\S+\.?/g, '')
    .replace(/\.$/, '')
}
