/**
 * Sign-in with Entra ID in front of the function app (`endpoint-auth: entra`): App Service
 * authentication (`config/authsettingsV2`: authentication required, 401 for unauthenticated
 * requests, the Entra provider with the server's app registration) and the app setting that makes
 * the platform publish the MCP Protected Resource Metadata (RFC 9728).
 *
 * Only the fields listed in OWNED are ever written; everything else in authsettingsV2 stays as it
 * is. Each write restarts the app, so nothing is written when the app already has what is wanted.
 * The first entra deploy keeps what those fields held before in one app setting (the ownership
 * mark); going back to `key` puts exactly those values back and removes the mark, and an app
 * whose authentication someone else configured (no mark) is left alone.
 */
import type { SiteAuthSettingsV2 } from '@azure/arm-appservice'
import { UserError } from '../../errors.js'
import type { EntraSettings } from '../../inputs-entra.js'
import type { Arm, SiteFacts } from './site.js'
import { armError, status } from './site.js'

/** The platform publishes /.well-known/oauth-protected-resource with these scopes. */
export const PRM_SETTING = 'WEBSITE_AUTH_PRM_DEFAULT_WITH_SCOPES'
/** The ownership mark: what the owned fields held before this action first wrote them. */
export const SIGNIN_RECORD_SETTING = 'MCP_FUNCTIONS_DEPLOY_SIGNIN'
/** The permission an auth-settings write needs. */
export const CONFIG_WRITE = 'Microsoft.Web/sites/config/write'

type Json = unknown
export type AuthProps = Pick<
  SiteAuthSettingsV2,
  'platform' | 'globalValidation' | 'identityProviders' | 'login' | 'httpSettings'
>

const AAD = ['identityProviders', 'azureActiveDirectory']
/** The authsettingsV2 fields this action sets, as paths. */
export const OWNED: Record<string, string[]> = {
  enabled: ['platform', 'enabled'],
  requireAuthentication: ['globalValidation', 'requireAuthentication'],
  unauthenticatedClientAction: ['globalValidation', 'unauthenticatedClientAction'],
  provider: [...AAD, 'enabled'],
  clientId: [...AAD, 'registration', 'clientId'],
  openIdIssuer: [...AAD, 'registration', 'openIdIssuer'],
  disableWWWAuthenticate: [...AAD, 'login', 'disableWWWAuthenticate'],
  allowedAudiences: [...AAD, 'validation', 'allowedAudiences'],
  allowedApplications: [...AAD, 'validation', 'defaultAuthorizationPolicy', 'allowedApplications']
}
type Owned = keyof typeof OWNED

/** The tenant's v2.0 issuer on the cloud's login host. */
export function issuerFor(authorityHost: string, tenantId: string): string {
  return `${authorityHost.replace(/\/+$/, '')}/${tenantId}/v2.0`
}

/** What the owned fields must hold for `entra`. */
export function wantedAuth(e: EntraSettings, issuer: string): Record<Owned, Json> {
  return {
    enabled: true,
    requireAuthentication: true,
    unauthenticatedClientAction: 'Return401',
    provider: true,
    clientId: e.clientId,
    openIdIssuer: issuer,
    // Clients send the 401's challenge to the user; the platform must not hide it.
    disableWWWAuthenticate: false,
    // v1 tokens carry the identifier URI as audience, v2 tokens the client id.
    allowedAudiences: [...new Set([e.identifierUri, e.clientId])],
    allowedApplications: e.allowedClientIds.length ? [...e.allowedClientIds] : undefined
  }
}

export function getPath(obj: Json, p: string[]): Json {
  let cur = obj
  for (const k of p) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, Json>)[k]
  }
  return cur
}

/** Sets (or, with undefined, deletes) a value, making the objects on the way (and removing them again when left empty). */
export function setPath(
  obj: Record<string, Json>,
  p: string[],
  value: Json,
  keep: (container: string) => boolean = () => false
): void {
  let cur = obj
  for (const k of p.slice(0, -1)) {
    const next = cur[k]
    if (next === null || typeof next !== 'object' || Array.isArray(next)) {
      if (value === undefined) return
      cur[k] = {}
    }
    cur = cur[k] as Record<string, Json>
  }
  const last = p[p.length - 1]
  if (value !== undefined) {
    cur[last] = value
    return
  }
  delete cur[last]
  // Objects left empty on the way are removed too (they were made for the value).
  for (let n = p.length - 1; n > 0; n--) {
    const parent = getPath(obj, p.slice(0, n - 1)) as Record<string, Json>
    const child = parent[p[n - 1]]
    const empty = child && typeof child === 'object' && Object.keys(child).length === 0
    if (empty && !keep(p.slice(0, n).join('.'))) delete parent[p[n - 1]]
    else break
  }
}

/** Equal for our purpose: lists as sets (case-insensitive), strings case-insensitive, issuers without a trailing slash. */
export function sameValue(a: Json, b: Json): boolean {
  const norm = (v: Json): Json => {
    if (Array.isArray(v)) {
      const list = v.map(x => String(x).toLowerCase().replace(/\/+$/, '')).sort()
      return list.length ? [...new Set(list)] : undefined
    }
    if (typeof v === 'string') return v.toLowerCase().replace(/\/+$/, '')
    return v
  }
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b))
}

export interface SigninRecord {
  /** The owned fields before the first entra deploy (absent ones left out). */
  before: Partial<Record<Owned, Json>>
  /** WEBSITE_AUTH_PRM_DEFAULT_WITH_SCOPES before it (null: absent). */
  prm: string | null
  /** The objects on the owned paths that existed (dotted paths), kept even when left empty. */
  had?: string[]
}

/** The dotted paths of the objects on the owned paths that `auth` has. */
function containersOf(auth: Json): string[] {
  const out = new Set<string>()
  for (const p of Object.values(OWNED))
    for (let n = 1; n < p.length; n++) {
      const v = getPath(auth, p.slice(0, n))
      if (v && typeof v === 'object') out.add(p.slice(0, n).join('.'))
    }
  return [...out]
}

export function parseSigninRecord(value: string | undefined): SigninRecord | undefined {
  if (!value) return undefined
  try {
    const v = JSON.parse(value) as Partial<SigninRecord>
    if (!v || typeof v.before !== 'object' || v.before === null) return undefined
    return {
      before: v.before,
      prm: typeof v.prm === 'string' ? v.prm : null,
      had: Array.isArray(v.had) ? v.had.map(String) : undefined
    }
  } catch {
    return undefined
  }
}

/** The auth settings as a plain body (the SDK's flattened properties, without the resource fields). */
export function authBody(s: SiteAuthSettingsV2 | AuthProps): AuthProps {
  const { platform, globalValidation, identityProviders, login, httpSettings } = s
  return JSON.parse(
    JSON.stringify({ platform, globalValidation, identityProviders, login, httpSettings })
  ) as AuthProps
}

export interface SettingsChange {
  set: Record<string, string>
  remove: string[]
}

export interface SignInPlan {
  mode: 'entra' | 'revert' | 'none'
  /** Owned fields whose value changes (empty: no auth write). */
  authChanges: string[]
  /** The auth settings as read, and as they are to be written. */
  before: AuthProps
  after: AuthProps
  /** The app-settings change that goes with the auth write (given the settings as read). */
  settings(current: Record<string, string>): SettingsChange
  /** The change that puts back what settings() changed (for a failed auth write). */
  undo(current: Record<string, string>, before: Record<string, string>): SettingsChange
  /** One table for the summary: the sign-in setup. */
  rows: Array<[string, string]>
}

export interface PlanInput {
  endpointAuth: 'key' | 'entra'
  entra?: EntraSettings
  /** The tenant's issuer (`<login host>/<tenant>/v2.0`); needed with entra. */
  issuer?: string
}

function undoOf(keys: string[]) {
  return (current: Record<string, string>, before: Record<string, string>): SettingsChange => {
    const set: Record<string, string> = {}
    const remove: string[] = []
    for (const k of keys) {
      if (before[k] === undefined) {
        if (current[k] !== undefined) remove.push(k)
      } else if (current[k] !== before[k]) set[k] = before[k]
    }
    return { set, remove }
  }
}

/**
 * What the app must get, from its current auth settings and app settings. Pure: the caller reads
 * and writes. `current` are the app settings as read before the settings write.
 */
export function planSignIn(
  input: PlanInput,
  auth: AuthProps,
  appSettings: Record<string, string>
): SignInPlan {
  const before = authBody(auth)
  const after = authBody(auth) as Record<string, Json>
  const record = parseSigninRecord(appSettings[SIGNIN_RECORD_SETTING])
  const changes: string[] = []
  const keys = [PRM_SETTING, SIGNIN_RECORD_SETTING]
  const none = (mode: SignInPlan['mode']): SignInPlan => ({
    mode,
    authChanges: [],
    before,
    after: before,
    settings: () => ({ set: {}, remove: [] }),
    undo: undoOf(keys),
    rows: []
  })

  if (input.endpointAuth === 'entra') {
    const e = input.entra
    if (!e || !input.issuer) throw new Error('planSignIn: entra needs the registration and issuer')
    const wanted = wantedAuth(e, input.issuer)
    for (const [name, p] of Object.entries(OWNED) as Array<[Owned, string[]]>) {
      if (!sameValue(getPath(before, p), wanted[name])) {
        changes.push(name)
        setPath(after, p, wanted[name])
      }
    }
    const plan: SignInPlan = {
      mode: 'entra',
      authChanges: changes,
      before,
      after: after as AuthProps,
      settings(current) {
        const set: Record<string, string> = {}
        if (current[PRM_SETTING] !== e.scope) set[PRM_SETTING] = e.scope
        // The mark is made once, from what the app had before this action first configured it.
        if (!parseSigninRecord(current[SIGNIN_RECORD_SETTING])) {
          const was: SigninRecord = {
            before: {},
            prm: current[PRM_SETTING] ?? null,
            had: containersOf(before)
          }
          for (const [name, p] of Object.entries(OWNED) as Array<[Owned, string[]]>) {
            const v = getPath(before, p)
            if (v !== undefined) was.before[name] = v
          }
          set[SIGNIN_RECORD_SETTING] = JSON.stringify(was)
        }
        return { set, remove: [] }
      },
      undo: undoOf(keys),
      rows: [
        ['Sign-in', 'Entra ID (App Service authentication): the platform checks tokens'],
        ['App registration', e.clientId],
        ['Issuer', input.issuer],
        ['Audiences', (wanted.allowedAudiences as string[]).join(', ')],
        ['Scope (resource metadata)', e.scope],
        [
          'Allowed clients',
          e.allowedClientIds.length
            ? e.allowedClientIds.join(', ')
            : 'any client of the tenant with a token for the scope'
        ],
        ['Unauthenticated requests', '401 with WWW-Authenticate: Bearer … resource_metadata'],
        ['Function level', 'anonymous (the platform guards the door; no function key)']
      ]
    }
    return plan
  }

  // key: undo what this action wrote, if it wrote anything (the mark says).
  if (!record) return none('none')
  const had = new Set(record.had ?? [])
  for (const [name, p] of Object.entries(OWNED) as Array<[Owned, string[]]>) {
    const was = record.before[name]
    if (!sameValue(getPath(before, p), was)) {
      changes.push(name)
      setPath(after, p, was, c => had.has(c))
    }
  }
  return {
    mode: 'revert',
    authChanges: changes,
    before,
    after: after as AuthProps,
    settings(current) {
      const set: Record<string, string> = {}
      const remove: string[] = []
      if (record.prm === null) {
        if (current[PRM_SETTING] !== undefined) remove.push(PRM_SETTING)
      } else if (current[PRM_SETTING] !== record.prm) set[PRM_SETTING] = record.prm
      if (current[SIGNIN_RECORD_SETTING] !== undefined) remove.push(SIGNIN_RECORD_SETTING)
      return { set, remove }
    },
    undo: undoOf(keys),
    rows: [
      [
        'Sign-in',
        'function key; the Entra ID sign-in this action set up was removed (authentication settings put back as they were)'
      ]
    ]
  }
}

/** Reads authsettingsV2; an app or cloud without the feature fails with one clear line. */
export async function readAuth(arm: Arm, site: SiteFacts, cloud: string): Promise<AuthProps> {
  try {
    return authBody(await arm.client.webApps.getAuthSettingsV2(site.resourceGroup, site.appName))
  } catch (err) {
    const code = status(err)
    if (code === 400 || code === 404 || code === 405 || code === 501) {
      throw new UserError(
        `endpoint-auth entra: App Service authentication (authsettingsV2) is not available for ${site.appName} (${site.plan}, ${cloud}): HTTP ${code}`,
        'use endpoint-auth: key on this app, or host the server on a plan and cloud that offer App Service authentication'
      )
    }
    throw armError(err, `reading the authentication settings of ${site.appName}`)
  }
}

/** Writes authsettingsV2 (the whole resource: it was read, the owned fields changed). */
export async function writeAuth(arm: Arm, site: SiteFacts, body: AuthProps): Promise<void> {
  try {
    await arm.client.webApps.updateAuthSettingsV2(site.resourceGroup, site.appName, body)
  } catch (err) {
    const code = status(err)
    if (code === 401 || code === 403) {
      throw new UserError(
        `writing the authentication settings (authsettingsV2) of ${site.appName}: access denied (HTTP ${code}); the identity lacks ${CONFIG_WRITE}`,
        `grant it Website Contributor (or a role with ${CONFIG_WRITE}) on the app; the app settings this run changed were put back`
      )
    }
    throw armError(err, `writing the authentication settings of ${site.appName}`)
  }
}

/** The tenant id from an access token's `tid` claim (a JWT); undefined when it is not one. */
export function tenantOfToken(token: string): string | undefined {
  try {
    const claims = JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')
    ) as { tid?: unknown }
    return typeof claims.tid === 'string' ? claims.tid : undefined
  } catch {
    return undefined
  }
}
