/**
 * The platform's side of Entra sign-in, as App Service authentication does it in front of a
 * function app, for the local rehearsal (`target: local`) and the Azure emulator: a token service
 * that signs RS256 access tokens and publishes its keys (JWKS), bearer-token validation
 * (signature, issuer, audience, expiry, allowed client applications), the 401 with a
 * `WWW-Authenticate: Bearer … resource_metadata="…"` challenge, and the Protected Resource
 * Metadata document (RFC 9728) at `/.well-known/oauth-protected-resource` (and its path-suffixed
 * form). node:crypto only: no JWT library is needed for one algorithm.
 */
import {
  createPublicKey,
  generateKeyPairSync,
  randomUUID,
  sign,
  verify,
  type JsonWebKey,
  type KeyObject
} from 'node:crypto'

export interface Jwk extends JsonWebKey {
  kid: string
  kty: string
  use?: string
  alg?: string
}

export interface IssueOptions {
  /** The issuer (`<login host>/<tenant>/v2.0`). */
  iss: string
  aud: string
  /** The calling client application (appid/azp). */
  appid: string
  tid: string
  scp?: string
  roles?: string[]
  /** Lifetime in seconds (default 3600); negative makes an expired token. */
  ttl?: number
  /** Seconds since the epoch; default now. */
  now?: number
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')

/** An RS256 signer with its public keys as a JWKS. */
export class TokenIssuer {
  readonly kid = randomUUID()
  private readonly privateKey: KeyObject
  private readonly publicJwk: Jwk

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    this.privateKey = privateKey
    this.publicJwk = {
      ...publicKey.export({ format: 'jwk' }),
      kid: this.kid,
      use: 'sig',
      alg: 'RS256'
    } as Jwk
  }

  jwks(): { keys: Jwk[] } {
    return { keys: [{ ...this.publicJwk }] }
  }

  issue(o: IssueOptions): string {
    const now = o.now ?? Math.floor(Date.now() / 1000)
    const header = { typ: 'JWT', alg: 'RS256', kid: this.kid }
    const claims: Record<string, unknown> = {
      aud: o.aud,
      iss: o.iss,
      iat: now,
      nbf: now,
      exp: now + (o.ttl ?? 3600),
      appid: o.appid,
      azp: o.appid,
      tid: o.tid,
      oid: randomUUID(),
      sub: randomUUID(),
      ver: '2.0',
      ...(o.scp ? { scp: o.scp } : {}),
      ...(o.roles ? { roles: o.roles } : {})
    }
    const input = `${b64(header)}.${b64(claims)}`
    const sig = sign('RSA-SHA256', Buffer.from(input), this.privateKey).toString('base64url')
    return `${input}.${sig}`
  }
}

export interface TokenCheck {
  issuer: string
  audiences: string[]
  /** Allowed client applications (appid/azp); empty = any. */
  allowedApplications?: string[]
  /** Seconds since the epoch; default now. */
  now?: number
}

export type TokenVerdict =
  { ok: true; claims: Record<string, unknown> } | { ok: false; status: 401 | 403; error: string }

const norm = (s: string) => s.toLowerCase().replace(/\/+$/, '')

/** Validates a bearer token the way the platform does before the app sees the request. */
export function checkToken(token: string, jwks: { keys: Jwk[] }, c: TokenCheck): TokenVerdict {
  const bad = (error: string): TokenVerdict => ({ ok: false, status: 401, error })
  const parts = token.split('.')
  if (parts.length !== 3) return bad('not a JWT')
  let header: { alg?: string; kid?: string }
  let claims: Record<string, unknown>
  try {
    header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as typeof header
    claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as typeof claims
  } catch {
    return bad('unreadable token')
  }
  if (header.alg !== 'RS256') return bad(`algorithm ${String(header.alg)} is not accepted`)
  const jwk = jwks.keys.find(k => k.kid === header.kid)
  if (!jwk) return bad('signed with an unknown key')
  let valid: boolean
  try {
    valid = verify(
      'RSA-SHA256',
      Buffer.from(`${parts[0]}.${parts[1]}`),
      createPublicKey({ key: jwk, format: 'jwk' }),
      Buffer.from(parts[2], 'base64url')
    )
  } catch {
    valid = false
  }
  if (!valid) return bad('bad signature')
  if (typeof claims.iss !== 'string' || norm(claims.iss) !== norm(c.issuer))
    return bad(`issuer ${String(claims.iss)} is not ${c.issuer}`)
  const aud = typeof claims.aud === 'string' ? claims.aud : ''
  if (!c.audiences.some(a => norm(a) === norm(aud))) return bad(`audience ${aud} is not allowed`)
  const now = c.now ?? Math.floor(Date.now() / 1000)
  if (typeof claims.exp !== 'number' || claims.exp <= now) return bad('expired')
  if (typeof claims.nbf === 'number' && claims.nbf > now + 300) return bad('not valid yet')
  const allowed = c.allowedApplications ?? []
  const app = String(claims.azp ?? claims.appid ?? '')
  if (allowed.length && !allowed.some(a => norm(a) === norm(app)))
    return { ok: false, status: 403, error: `client application ${app} is not allowed` }
  return { ok: true, claims }
}

/** What the gate needs: the auth settings in force and the app settings. */
export interface GateConfig {
  enabled: boolean
  requireAuthentication: boolean
  /** Return401, Return403, RedirectToLoginPage, AllowAnonymous. */
  unauthenticatedClientAction: string
  issuer: string
  audiences: string[]
  allowedApplications?: string[]
  disableWWWAuthenticate?: boolean
  /** WEBSITE_AUTH_PRM_DEFAULT_WITH_SCOPES split on commas; empty = no metadata document. */
  prmScopes: string[]
  jwks: { keys: Jwk[] }
}

export interface GateAnswer {
  status: number
  headers: Record<string, string>
  body: string
}

export const PRM_PATH = '/.well-known/oauth-protected-resource'

/** The gate's config from authsettingsV2 properties (the REST shape) and the app settings. */
export function gateFromAuthSettings(
  props: Record<string, unknown>,
  appSettings: Record<string, string>,
  jwks: { keys: Jwk[] }
): GateConfig {
  const g = (p: string[]): unknown =>
    p.reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      props
    )
  const aad = ['identityProviders', 'azureActiveDirectory']
  const clientId = String(g([...aad, 'registration', 'clientId']) ?? '')
  const audiences = (g([...aad, 'validation', 'allowedAudiences']) as string[] | undefined) ?? []
  return {
    enabled: g(['platform', 'enabled']) === true,
    requireAuthentication: g(['globalValidation', 'requireAuthentication']) === true,
    unauthenticatedClientAction: String(
      g(['globalValidation', 'unauthenticatedClientAction']) ?? 'RedirectToLoginPage'
    ),
    issuer: String(g([...aad, 'registration', 'openIdIssuer']) ?? ''),
    audiences: clientId ? [...audiences, clientId] : audiences,
    allowedApplications: g([
      ...aad,
      'validation',
      'defaultAuthorizationPolicy',
      'allowedApplications'
    ]) as string[] | undefined,
    disableWWWAuthenticate: g([...aad, 'login', 'disableWWWAuthenticate']) === true,
    prmScopes: (appSettings.WEBSITE_AUTH_PRM_DEFAULT_WITH_SCOPES ?? '')
      .split(',')
      .map(s => s.trim())
      .filter(Boolean),
    jwks
  }
}

/**
 * The platform in front of the app: undefined lets the request through to the app; otherwise the
 * answer to send. `origin` is `https://host[:port]` as the client reached it.
 */
export function gate(
  c: GateConfig,
  method: string,
  pathname: string,
  authorization: string | undefined,
  origin: string
): GateAnswer | undefined {
  if (!c.enabled) return undefined
  // The platform's own routes, and the Functions admin API (guarded by the master key).
  if (pathname.startsWith('/admin/') || pathname.startsWith('/.auth/')) return undefined
  if (pathname === PRM_PATH || pathname.startsWith(PRM_PATH + '/')) {
    if (!c.prmScopes.length) return { status: 404, headers: {}, body: '' }
    if (method !== 'GET' && method !== 'HEAD') return { status: 405, headers: {}, body: '' }
    const suffix = pathname.slice(PRM_PATH.length)
    return {
      status: 200,
      headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
      body: JSON.stringify({
        resource: origin + suffix,
        authorization_servers: [c.issuer],
        scopes_supported: c.prmScopes,
        bearer_methods_supported: ['header']
      })
    }
  }
  const challenge = (error?: string): Record<string, string> => {
    if (c.disableWWWAuthenticate) return {}
    const params = [`realm="${new URL(origin).host}"`]
    if (c.prmScopes.length)
      params.push(`resource_metadata="${origin}${PRM_PATH}${pathname === '/' ? '' : pathname}"`)
    if (error) params.push('error="invalid_token"')
    return { 'WWW-Authenticate': `Bearer ${params.join(', ')}` }
  }
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')
  if (m) {
    const v = checkToken(m[1], c.jwks, {
      issuer: c.issuer,
      audiences: c.audiences,
      allowedApplications: c.allowedApplications
    })
    if (v.ok) return undefined
    if (v.status === 403)
      return {
        status: 403,
        headers: {},
        body: 'You do not have permission to view this directory or page.'
      }
    return { status: 401, headers: challenge(v.error), body: '' }
  }
  if (!c.requireAuthentication || c.unauthenticatedClientAction === 'AllowAnonymous')
    return undefined
  if (c.unauthenticatedClientAction === 'Return403') return { status: 403, headers: {}, body: '' }
  if (c.unauthenticatedClientAction === 'RedirectToLoginPage')
    return { status: 302, headers: { Location: `${origin}/.auth/login/aad` }, body: '' }
  return {
    status: 401,
    headers: challenge(),
    body: 'You do not have permission to view this directory or page.'
  }
}
