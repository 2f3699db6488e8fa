/**
 * The sign-in inputs (`endpoint-auth: entra`): the app registration that represents the server,
 * validated into one object. The action does not create app registrations; it only names one.
 */
import { UserError } from './errors.js'

export type EndpointAuth = 'key' | 'entra'

export interface EntraSettings {
  /** The server's app registration (application/client id, a GUID). */
  clientId: string
  /** Its Application ID URI, the tokens' audience (`api://<client-id>` by default). */
  identifierUri: string
  /** The scope name (`user_impersonation`). */
  scopeName: string
  /** The full scope: `<identifier-uri>/<scope>`, published in the resource metadata. */
  scope: string
  /** Client application ids allowed to call the server; empty = any. */
  allowedClientIds: string[]
}

export interface EntraRaw {
  'endpoint-auth': string
  'entra-client-id': string
  'entra-identifier-uri': string
  'entra-scope': string
  'entra-allowed-client-ids': string
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** RFC 6749 §3.3 scope-token: printable ASCII without space, `"` and `\`. */
const SCOPE_TOKEN = /^[\x21\x23-\x5b\x5d-\x7e]+$/

export function isGuid(s: string): boolean {
  return GUID.test(s)
}

function shown(s: string): string {
  return JSON.stringify(s.length > 80 ? s.slice(0, 80) + '…' : s)
}

/** Reads `endpoint-auth` and, with `entra`, the registration inputs; one line per mistake. */
export function readEntraInputs(raw: EntraRaw): {
  endpointAuth: EndpointAuth
  entra?: EntraSettings
} {
  const mode = raw['endpoint-auth'].trim().toLowerCase()
  if (mode !== 'key' && mode !== 'entra')
    throw new UserError(
      `input endpoint-auth: ${shown(raw['endpoint-auth'])} is not one of key, entra`
    )
  if (mode === 'key') return { endpointAuth: 'key' }

  const clientId = raw['entra-client-id'].trim()
  if (!clientId) {
    throw new UserError(
      'input entra-client-id is required with endpoint-auth: entra',
      "the application (client) id of the server's app registration, e.g. from `az ad app show --id api://my-mcp-server --query appId`"
    )
  }
  if (!isGuid(clientId))
    throw new UserError(
      `input entra-client-id: ${shown(clientId)} is not a GUID (an application id looks like 00000000-0000-0000-0000-000000000000)`
    )

  let identifierUri = raw['entra-identifier-uri'].trim() || `api://${clientId}`
  if (/\s/.test(identifierUri) || !/^[a-z][a-z0-9+.-]*:\/\/[^/?#]+/i.test(identifierUri))
    throw new UserError(
      `input entra-identifier-uri: ${shown(identifierUri)} is not an Application ID URI such as api://${clientId}`
    )
  if (/[?#]/.test(identifierUri))
    throw new UserError(
      `input entra-identifier-uri: ${shown(identifierUri)} must not have a query or fragment`
    )
  identifierUri = identifierUri.replace(/\/+$/, '')

  const scopeName = raw['entra-scope'].trim()
  if (!scopeName)
    throw new UserError('input entra-scope is empty; the default is user_impersonation')
  if (/\s/.test(scopeName))
    throw new UserError(
      `input entra-scope: ${shown(scopeName)} has spaces; name one scope, e.g. user_impersonation`
    )
  if (!SCOPE_TOKEN.test(scopeName))
    throw new UserError(
      `input entra-scope: ${shown(scopeName)} has characters a scope cannot have (quotes, backslashes, control characters)`
    )
  // The full form is accepted too, when it belongs to the identifier URI.
  let scope = `${identifierUri}/${scopeName}`
  if (scopeName.includes('://')) {
    if (!scopeName.toLowerCase().startsWith(identifierUri.toLowerCase() + '/'))
      throw new UserError(
        `input entra-scope: ${shown(scopeName)} does not belong to the identifier URI ${identifierUri}`,
        'give the scope name only (user_impersonation), or set entra-identifier-uri'
      )
    scope = scopeName
  }

  const allowedClientIds: string[] = []
  for (const id of raw['entra-allowed-client-ids'].split(/[\s,]+/).filter(Boolean)) {
    if (!isGuid(id))
      throw new UserError(
        `input entra-allowed-client-ids: ${shown(id)} is not a GUID (client application ids, comma or newline separated)`
      )
    if (!allowedClientIds.some(a => a.toLowerCase() === id.toLowerCase()))
      allowedClientIds.push(id.toLowerCase())
  }
  return {
    endpointAuth: 'entra',
    entra: {
      clientId: clientId.toLowerCase(),
      identifierUri,
      scopeName: scope.slice(identifierUri.length + 1),
      scope,
      allowedClientIds
    }
  }
}

/** What guards a deployed endpoint under `entra`: what the verify step checks and how it gets a token. */
export interface SignInFacts {
  /** The tenant's issuer the resource metadata must name (`<login host>/<tenant>/v2.0`). */
  issuer: string
  /** The full scope the resource metadata must list. */
  scope: string
  identifierUri: string
  clientId: string
  /**
   * A bearer token for `<identifier-uri>/.default` as the deploying identity, or a reason why
   * there is none (the identity is not a client of the server's registration, say).
   */
  getToken(): Promise<{ token: string } | { reason: string }>
  /** Rows for the summary's sign-in table. */
  rows: Array<[string, string]>
}
