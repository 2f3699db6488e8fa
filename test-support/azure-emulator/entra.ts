/**
 * The emulator's App Service authentication: the site's `config/authsettingsV2` resource (GET
 * `…/authsettingsV2/list`, GET and PUT `…/authsettingsV2`, in the REST spec's shape), access
 * tokens for an app registration's scope from the emulator's token service (RS256, with its JWKS
 * at `/<tenant>/discovery/v2.0/keys`), and the platform in front of the app host: 401 with the
 * Bearer challenge, the Protected Resource Metadata when WEBSITE_AUTH_PRM_DEFAULT_WITH_SCOPES is
 * set, and bearer validation (signature, issuer, audience, expiry, allowed applications). The
 * gate and the signer are the ones the local rehearsal uses (src/targets/local/signin-platform.ts).
 */
import { randomUUID } from 'node:crypto'
import type http from 'node:http'
import {
  TokenIssuer,
  gate,
  gateFromAuthSettings,
  type IssueOptions
} from '../../src/targets/local/signin-platform.js'

export interface SignInFaults {
  /** authsettingsV2 answers 400 (a plan or cloud without App Service authentication). */
  unavailable?: boolean
  /** PUT authsettingsV2 answers 403 AuthorizationFailed (no Microsoft.Web/sites/config/write). */
  forbidAuthWrite?: boolean
  /** Tokens for an app registration's scope are refused (AADSTS500011: no such resource). */
  noAppTokens?: boolean
}

export interface EmulatedSignIn {
  /** The authsettingsV2 properties, as the REST API has them. */
  authSettings: Record<string, unknown>
  faults: SignInFaults
  counts: { authReads: number; authWrites: number; appTokens: number; refusedAtDoor: number }
  issuer: TokenIssuer
  /** `<authority>/<tenant>/v2.0` */
  issuerUrl(): string
  /** A token as the token service would issue it (tests make expired or foreign ones). */
  issue(o: Partial<IssueOptions> & { aud: string; appid: string }): string
  /** Resource Manager: handles `…/config/authsettingsv2[/list]`; true when it answered. */
  arm(
    rest: string,
    method: string,
    req: http.IncomingMessage,
    res: http.ServerResponse
  ): Promise<boolean>
  /** Token service: a token for a scope that is not Resource Manager's; undefined = not one. */
  tokenFor(
    scope: string | null,
    clientId: string
  ): { token: string } | { error: number; description: string } | undefined
  /** The JWKS route; true when it answered. */
  keys(pathname: string, res: http.ServerResponse): boolean
  /** The app host: true when the platform answered (401, 403, the metadata document). */
  app(req: http.IncomingMessage, res: http.ServerResponse, url: URL): boolean
}

export interface SignInContext {
  tenantId(): string
  authorityHost(): string
  appSettings(): Record<string, string>
  siteId(): string
  /** An auth-settings write restarts the app. */
  written(): void
}

/** What a function app that never had authentication configured returns. */
export function freshAuthSettings(): Record<string, unknown> {
  return {
    platform: { enabled: false, runtimeVersion: '~1' },
    globalValidation: {
      requireAuthentication: false,
      unauthenticatedClientAction: 'RedirectToLoginPage'
    },
    identityProviders: {
      azureActiveDirectory: {
        enabled: true,
        registration: {},
        login: { disableWWWAuthenticate: false },
        validation: {
          jwtClaimChecks: {},
          allowedAudiences: [],
          defaultAuthorizationPolicy: { allowedPrincipals: {} }
        }
      },
      facebook: { enabled: true, registration: {}, login: {} }
    },
    login: {
      routes: {},
      tokenStore: {
        enabled: false,
        tokenRefreshExtensionHours: 72,
        fileSystem: {},
        azureBlobStorage: {}
      },
      preserveUrlFragmentsForLogins: false,
      cookieExpiration: { convention: 'FixedTime', timeToExpiration: '08:00:00' },
      nonce: { validateNonce: true, nonceExpirationInterval: '00:05:00' }
    },
    httpSettings: {
      requireHttps: true,
      routes: { apiPrefix: '/.auth' },
      forwardProxy: { convention: 'NoProxy' }
    }
  }
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res
    .writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(text)
    })
    .end(text)
}

function readJson(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'))
      } catch (err) {
        reject(err as Error)
      }
    })
    req.on('error', reject)
  })
}

export function emulateSignIn(ctx: SignInContext): EmulatedSignIn {
  const issuer = new TokenIssuer()
  const issuerUrl = () => `${ctx.authorityHost()}/${ctx.tenantId()}/v2.0`
  const resource = (props: Record<string, unknown>) => ({
    id: `${ctx.siteId()}/config/authsettingsV2`,
    name: 'authsettingsV2',
    type: 'Microsoft.Web/sites/config',
    location: 'East US',
    properties: props
  })
  const si: EmulatedSignIn = {
    authSettings: freshAuthSettings(),
    faults: {},
    counts: { authReads: 0, authWrites: 0, appTokens: 0, refusedAtDoor: 0 },
    issuer,
    issuerUrl,
    issue: o => issuer.issue({ iss: issuerUrl(), tid: ctx.tenantId(), ...o }),

    async arm(rest, method, req, res) {
      if (rest !== '/config/authsettingsv2' && rest !== '/config/authsettingsv2/list') return false
      if (si.faults.unavailable) {
        req.resume()
        send(res, 400, {
          error: {
            code: 'BadRequest',
            message: 'App Service Authentication is not supported for this site.'
          }
        })
        return true
      }
      if (method === 'GET') {
        si.counts.authReads++
        send(res, 200, resource(si.authSettings))
        return true
      }
      if (method === 'PUT' && rest === '/config/authsettingsv2') {
        if (si.faults.forbidAuthWrite) {
          req.resume()
          send(res, 403, {
            error: {
              code: 'AuthorizationFailed',
              message: `The client '${randomUUID()}' with object id '${randomUUID()}' does not have authorization to perform action 'Microsoft.Web/sites/config/write' over scope '${ctx.siteId()}/config/authsettingsV2' or the scope is invalid. If access was recently granted, please refresh your credentials.`
            }
          })
          return true
        }
        const body = (await readJson(req)) as { properties?: Record<string, unknown> }
        si.authSettings = body.properties ?? {}
        si.counts.authWrites++
        ctx.written()
        send(res, 200, resource(si.authSettings))
        return true
      }
      req.resume()
      send(res, 405, { error: { code: 'MethodNotAllowed', message: method } })
      return true
    },

    tokenFor(scope, clientId) {
      if (!scope || /management\.(core|azure)/i.test(scope)) return undefined
      const aud = scope.replace(/\/\.default$/, '')
      if (si.faults.noAppTokens)
        return {
          error: 500011,
          description: `The resource principal named ${aud} was not found in the tenant named ${ctx.tenantId()}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`
        }
      si.counts.appTokens++
      return { token: si.issue({ aud, appid: clientId, roles: [] }) }
    },

    keys(pathname, res) {
      if (pathname !== `/${ctx.tenantId()}/discovery/v2.0/keys`) return false
      send(res, 200, issuer.jwks())
      return true
    },

    app(req, res, url) {
      const config = gateFromAuthSettings(si.authSettings, ctx.appSettings(), issuer.jwks())
      const answer = gate(
        config,
        req.method ?? 'GET',
        url.pathname,
        req.headers.authorization,
        `https://${url.host}`
      )
      if (!answer) return false
      if (answer.status === 401 || answer.status === 403) si.counts.refusedAtDoor++
      req.resume()
      res
        .writeHead(answer.status, answer.headers)
        .end(req.method === 'HEAD' ? undefined : answer.body)
      return true
    }
  }
  return si
}
