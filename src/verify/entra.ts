/**
 * Verifies an endpoint guarded by Entra sign-in (`endpoint-auth: entra`): the door and, when the
 * deploying identity can get a token for the server's scope, the room.
 *
 * 1. A request without a token gets 401 with `WWW-Authenticate: Bearer … resource_metadata="…"`.
 * 2. That metadata document (and the root form `/.well-known/oauth-protected-resource`) names the
 *    tenant's authorization server and the scope (RFC 9728).
 * 3. With a token: the MCP smoke test runs with it as a bearer. Without one: says so.
 */
import { UserError } from '../errors.js'
import type { SignInFacts } from '../inputs-entra.js'
import type { Deadline } from '../io/deadline.js'
import type { Ui } from '../report/ui.js'
import { backoffMs, smokeTest, type SmokeOptions, type SmokeResult } from './smoke.js'

export const PRM_PATH = '/.well-known/oauth-protected-resource'
const REQUEST_TIMEOUT_MS = 30000
/** The app restarts after an auth-settings write: these answers are waited out. */
const RETRY_STATUS = new Set([404, 408, 425, 429, 500, 502, 503, 504])

export interface SignInVerifyOptions {
  endpoint: string
  signIn: SignInFacts
  ui: Ui
  attempts?: number
  sleep?: (ms: number) => Promise<void>
  /** The run's deadline: with it, a restarting app is waited out until it ends, not `attempts` times. */
  deadline?: Deadline
  /** Passed on to the smoke test (deadline, diagnose…). */
  smoke?: Partial<SmokeOptions>
}

export interface SignInVerifyResult {
  /** The challenge the 401 carried. */
  challenge: string
  metadataUrl: string
  /** true when the MCP smoke test ran with a token; else why it did not. */
  room: true | string
  tools: string[]
  smoke?: SmokeResult
}

/** Parses `Bearer a="b", c=d` into its parameters (quoted strings unescaped). */
export function parseChallenge(header: string): { scheme: string; params: Record<string, string> } {
  const scheme = /^\s*([A-Za-z0-9!#$%&'*+.^_`|~-]+)/.exec(header)?.[1] ?? ''
  const params: Record<string, string> = {}
  const re = /([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g
  for (const m of header.slice(scheme.length).matchAll(re)) {
    const name = m[1].toLowerCase()
    if (!(name in params)) params[name] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]
  }
  return { scheme, params }
}

const norm = (s: string) => s.toLowerCase().replace(/\/+$/, '')
const realSleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

async function tokenlessPost(url: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream'
    },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping' }),
    redirect: 'manual',
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)
  })
}

/** Fetches a metadata document and checks it names the issuer and the scope. */
async function checkMetadata(url: string, s: SignInFacts): Promise<void> {
  let res: Response
  try {
    res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
  } catch (err) {
    throw new UserError(
      `sign-in check: the resource metadata ${url} did not answer (${String(err)})`
    )
  }
  if (res.status !== 200)
    throw new UserError(
      `sign-in check: the resource metadata ${url} answered HTTP ${res.status}`,
      'the app setting WEBSITE_AUTH_PRM_DEFAULT_WITH_SCOPES makes the platform publish it; it may take a restart to apply'
    )
  let doc: { authorization_servers?: unknown; scopes_supported?: unknown; resource?: unknown }
  try {
    doc = (await res.json()) as typeof doc
  } catch {
    throw new UserError(`sign-in check: the resource metadata ${url} is not JSON`)
  }
  const servers = Array.isArray(doc.authorization_servers)
    ? doc.authorization_servers.map(String)
    : []
  if (!servers.some(a => norm(a) === norm(s.issuer)))
    throw new UserError(
      `sign-in check: the resource metadata ${url} names the authorization servers [${servers.join(', ')}], not the tenant's ${s.issuer}`
    )
  const scopes = Array.isArray(doc.scopes_supported) ? doc.scopes_supported.map(String) : []
  if (!scopes.some(x => norm(x) === norm(s.scope)))
    throw new UserError(
      `sign-in check: the resource metadata ${url} lists the scopes [${scopes.join(', ')}], not ${s.scope}`,
      'WEBSITE_AUTH_PRM_DEFAULT_WITH_SCOPES holds the scope clients ask for'
    )
}

export async function verifySignIn(opts: SignInVerifyOptions): Promise<SignInVerifyResult> {
  const { endpoint, signIn, ui } = opts
  const attempts = Math.max(1, opts.attempts ?? 6)
  const sleep = opts.sleep ?? realSleep
  const origin = new URL(endpoint).origin

  // 1. The door: no token, 401 with a Bearer challenge naming the metadata.
  let res: Response | undefined
  for (let n = 1; ; n++) {
    let reason: string
    try {
      res = await tokenlessPost(endpoint)
      if (!RETRY_STATUS.has(res.status)) break
      reason = `HTTP ${res.status}`
    } catch (err) {
      reason = err instanceof Error ? err.message : String(err)
    }
    const d = opts.deadline
    const wait = d ? d.backoff(n, 500, 2500) : backoffMs(n)
    if (d ? wait >= d.remaining() : n >= attempts)
      throw new UserError(
        `sign-in check: ${endpoint} did not answer a request without a token after ${n} attempts (${reason})`
      )
    if (n === 1 || n % 5 === 0)
      ui.info(`sign-in check: ${reason}; the app may be restarting, waiting`)
    await (d ? d.clock.sleep(wait) : sleep(wait))
  }
  await res.body?.cancel().catch(() => undefined)
  if (res.status !== 401) {
    throw new UserError(
      `sign-in check: a request without a token was answered HTTP ${res.status}, not 401`,
      res.status < 300
        ? 'the endpoint is open: App Service authentication is not in force (authsettingsV2 platform.enabled, requireAuthentication)'
        : 'unauthenticated requests must get 401 (unauthenticatedClientAction: Return401) so that MCP clients find the sign-in'
    )
  }
  const challenge = res.headers.get('www-authenticate') ?? ''
  const { scheme, params } = parseChallenge(challenge)
  if (scheme.toLowerCase() !== 'bearer')
    throw new UserError(
      `sign-in check: the 401 carries no Bearer challenge (WWW-Authenticate: ${JSON.stringify(challenge.slice(0, 200))})`,
      'the Entra provider must not disable WWW-Authenticate (login.disableWWWAuthenticate: false)'
    )
  const metadataUrl = params.resource_metadata
  if (!metadataUrl)
    throw new UserError(
      'sign-in check: the 401 names no resource_metadata, so MCP clients cannot find where to sign in',
      'the app setting WEBSITE_AUTH_PRM_DEFAULT_WITH_SCOPES makes the platform publish it'
    )
  let meta: URL
  try {
    meta = new URL(metadataUrl)
  } catch {
    throw new UserError(
      `sign-in check: resource_metadata ${JSON.stringify(metadataUrl)} is not a URL`
    )
  }
  if (meta.origin !== origin || !meta.pathname.startsWith(PRM_PATH))
    throw new UserError(
      `sign-in check: resource_metadata ${metadataUrl} is not this app's ${PRM_PATH}`
    )
  ui.info(
    `without a token: refused (HTTP 401, ${scheme} challenge, resource_metadata ${metadataUrl})`
  )

  // 2. The metadata, as advertised and at the root.
  await checkMetadata(meta.toString(), signIn)
  const root = `${origin}${PRM_PATH}`
  if (norm(root) !== norm(meta.toString())) await checkMetadata(root, signIn)
  ui.info(`resource metadata: authorization server ${signIn.issuer}, scope ${signIn.scope}`)

  // 3. The room.
  const got = await signIn.getToken().catch((err: unknown) => ({
    reason: err instanceof Error ? err.message.split('\n')[0] : String(err)
  }))
  if (!('token' in got)) {
    const room = `checked the door but not the room: no token for ${signIn.identifierUri}/.default as the deploying identity (${got.reason.slice(0, 200)})`
    ui.info(room)
    return { challenge, metadataUrl, room, tools: [] }
  }
  ui.setSecret(got.token)
  const smoke = await smokeTest({
    ...opts.smoke,
    endpoint,
    bearer: got.token,
    authLevel: 'anonymous',
    ui
  })
  return { challenge, metadataUrl, room: true, tools: smoke.tools, smoke }
}
