/**
 * The local rehearsal of `endpoint-auth: entra`: a front on 127.0.0.1 that does what App Service
 * authentication does on Azure (signin-platform.ts), with a loopback issuer in place of the
 * tenant's: 401 + Bearer challenge, the resource metadata, bearer-token validation, then the
 * request streamed on to the local Functions host (which runs the function anonymous).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { SignInFacts, EntraSettings } from '../../inputs-entra.js'
import { TokenIssuer, gate, type GateConfig } from './signin-platform.js'

/** The loopback tenant the rehearsal's issuer stands for. */
export const LOOPBACK_TENANT = '00000000-0000-4000-8000-00000000100c'
/** The client id the rehearsal's smoke test signs in as. */
export const LOOPBACK_CLIENT = '00000000-0000-4000-8000-00000000c11e'

export interface SignInFront {
  /** `http://127.0.0.1:<port>` */
  url: string
  issuer: string
  facts: SignInFacts
  close(): Promise<void>
}

/** Starts the front on `port` (0: any), passing accepted requests to `upstream`. */
export async function startSignInFront(
  upstream: string,
  port: number,
  entra: EntraSettings
): Promise<SignInFront> {
  const issuerKeys = new TokenIssuer()
  const up = new URL(upstream)
  let origin = ''
  let issuer = ''
  const state: { config?: GateConfig } = {}

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin)
    // The loopback issuer's discovery documents (what a client would read after the metadata).
    const base = `/${LOOPBACK_TENANT}`
    if (url.pathname === `${base}/v2.0/.well-known/openid-configuration`) {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(
        JSON.stringify({
          issuer,
          jwks_uri: `${origin}${base}/discovery/v2.0/keys`,
          token_endpoint: `${origin}${base}/oauth2/v2.0/token`,
          authorization_endpoint: `${origin}${base}/oauth2/v2.0/authorize`,
          id_token_signing_alg_values_supported: ['RS256']
        })
      )
      return
    }
    if (url.pathname === `${base}/discovery/v2.0/keys`) {
      res
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify(issuerKeys.jwks()))
      return
    }
    const answer =
      state.config &&
      gate(state.config, req.method ?? 'GET', url.pathname, req.headers.authorization, origin)
    if (answer) {
      req.resume()
      res
        .writeHead(answer.status, answer.headers)
        .end(req.method === 'HEAD' ? undefined : answer.body)
      return
    }
    const headers = { ...req.headers }
    delete headers.authorization // the rehearsal's token stays at the door
    const out = http.request(
      { host: up.hostname, port: up.port, path: req.url, method: req.method, headers },
      upRes => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers)
        upRes.pipe(res)
      }
    )
    out.on('error', () => {
      if (!res.headersSent) res.writeHead(502).end()
      else res.destroy()
    })
    req.pipe(out)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  issuer = `${origin}/${LOOPBACK_TENANT}/v2.0`
  state.config = {
    enabled: true,
    requireAuthentication: true,
    unauthenticatedClientAction: 'Return401',
    issuer,
    audiences: [entra.identifierUri, entra.clientId],
    allowedApplications: entra.allowedClientIds,
    prmScopes: [entra.scope],
    jwks: issuerKeys.jwks()
  }
  const allowed = entra.allowedClientIds
  // The rehearsal signs in as an allowed client (the first named one, else a loopback client).
  const client = allowed[0] ?? LOOPBACK_CLIENT
  const facts: SignInFacts = {
    issuer,
    scope: entra.scope,
    identifierUri: entra.identifierUri,
    clientId: entra.clientId,
    getToken: async () => ({
      token: issuerKeys.issue({
        iss: issuer,
        aud: entra.identifierUri,
        appid: client,
        tid: LOOPBACK_TENANT,
        scp: entra.scopeName
      })
    }),
    rows: [
      ['Sign-in', 'Entra ID, rehearsed: a loopback issuer stands for the tenant'],
      ['App registration', entra.clientId],
      ['Issuer', issuer],
      ['Scope (resource metadata)', entra.scope],
      ['Allowed clients', allowed.length ? allowed.join(', ') : 'any'],
      ['Function level', 'anonymous (the platform guards the door; no function key)']
    ]
  }
  return {
    url: origin,
    issuer,
    facts,
    close: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
