/**
 * The emulator's main port: the Entra ID token service (OIDC client assertion and client secret
 * flows, OpenID configuration) and Resource Manager (the Microsoft.Web routes the target uses).
 */
import { randomUUID } from 'node:crypto'
import type http from 'node:http'
import { json, readBody } from './http.js'
import type { AzureEmulator, EmulatorOptions } from './types.js'

const ARM =
  /^\/subscriptions\/([^/]+)(?:\/resourcegroups\/([^/]+))?\/providers\/microsoft\.web\/(sites|serverfarms)(?:\/([^/]+)(\/.*)?)?$/i

export interface ArmContext {
  emu: AzureEmulator
  opts: EmulatorOptions
  bearerOk(req: http.IncomingMessage): boolean
  /** A settings write restarts the app (and, off Flex, its SCM site). */
  settingsWritten(): void
}

export function armRoutes(ctx: ArmContext): {
  mainRoute(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void>
} {
  const { emu, opts, bearerOk } = ctx
  const siteId = () =>
    `/subscriptions/${emu.subscriptionId}/resourceGroups/${emu.resourceGroup}/providers/Microsoft.Web/sites/${emu.appName}`
  const farmId = () =>
    `/subscriptions/${emu.subscriptionId}/resourceGroups/${emu.resourceGroup}/providers/Microsoft.Web/serverfarms/ASP-${emu.appName}`

  function siteJson(): Record<string, unknown> {
    const flex = emu.plan === 'flex'
    const linux = emu.plan !== 'windows'
    const sku = flex
      ? 'FlexConsumption'
      : emu.plan === 'premium'
        ? 'ElasticPremium'
        : emu.plan === 'dedicated'
          ? 'Basic'
          : 'Dynamic'
    return {
      id: siteId(),
      name: emu.appName,
      type: 'Microsoft.Web/sites',
      kind: linux ? 'functionapp,linux' : 'functionapp',
      location: 'East US',
      tags: { ...emu.tags },
      properties: {
        name: emu.appName,
        state: 'Running',
        hostNames: [emu.defaultHostName],
        enabledHostNames: [emu.defaultHostName, emu.scmHost],
        defaultHostName: emu.defaultHostName,
        hostNameSslStates: [
          { name: emu.defaultHostName, sslState: 'Disabled', hostType: 'Standard' },
          { name: emu.scmHost, sslState: 'Disabled', hostType: 'Repository' }
        ],
        serverFarmId: farmId(),
        reserved: linux,
        sku,
        resourceGroup: emu.resourceGroup,
        httpsOnly: true,
        siteConfig: {
          linuxFxVersion:
            flex || !linux ? '' : `${emu.runtime.name.toUpperCase()}|${emu.runtime.version}`,
          numberOfWorkers: 1
        },
        ...(flex
          ? {
              functionAppConfig: {
                deployment: {
                  storage: {
                    type: 'blobContainer',
                    value: `https://stmcpemulator.blob.core.windows.net/app-package-${emu.appName}`,
                    authentication: { type: 'SystemAssignedIdentity' }
                  }
                },
                runtime: { name: emu.runtime.name, version: emu.runtime.version },
                scaleAndConcurrency: { maximumInstanceCount: 100, instanceMemoryMB: 2048 }
              }
            }
          : {})
      }
    }
  }

  function decoySite(): Record<string, unknown> {
    return {
      id: `/subscriptions/${emu.subscriptionId}/resourceGroups/rg-other/providers/Microsoft.Web/sites/other-app`,
      name: 'other-app',
      type: 'Microsoft.Web/sites',
      kind: 'app,linux',
      location: 'East US',
      properties: { defaultHostName: 'other-app.invalid', resourceGroup: 'rg-other' }
    }
  }

  // Token service and Resource Manager
  async function mainRoute(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL
  ): Promise<void> {
    const p = url.pathname
    const base = emu.authorityHost
    let m = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(p)
    if (m && req.method === 'GET') {
      const t = m[1]
      return json(res, 200, {
        token_endpoint: `${base}/${t}/oauth2/v2.0/token`,
        token_endpoint_auth_methods_supported: [
          'client_secret_post',
          'private_key_jwt',
          'client_secret_basic'
        ],
        jwks_uri: `${base}/${t}/discovery/v2.0/keys`,
        response_modes_supported: ['query', 'fragment', 'form_post'],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        issuer: `${base}/${t}/v2.0`,
        request_uri_parameter_supported: false,
        authorization_endpoint: `${base}/${t}/oauth2/v2.0/authorize`,
        device_authorization_endpoint: `${base}/${t}/oauth2/v2.0/devicecode`,
        end_session_endpoint: `${base}/${t}/oauth2/v2.0/logout`,
        tenant_region_scope: 'NA',
        cloud_instance_name: 'emulator.local',
        cloud_graph_host_name: 'graph.emulator.local',
        msgraph_host: 'graph.emulator.local'
      })
    }
    if (emu.signIn.keys(p, res)) return
    m = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(p)
    if (m && req.method === 'POST') return token(req, res, m[1])
    if (p === '/common/discovery/instance') {
      return json(res, 200, {
        tenant_discovery_endpoint: `${base}/${url.searchParams.get('tenant') ?? 'common'}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: url.host, preferred_cache: url.host, aliases: [url.host] }]
      })
    }

    const arm = ARM.exec(p)
    if (!arm)
      return json(res, 404, {
        error: { code: 'NoRegisteredProviderFound', message: `no route ${req.method} ${p}` }
      })
    if (!bearerOk(req)) {
      return json(res, 401, {
        error: { code: 'InvalidAuthenticationToken', message: 'The access token is invalid.' }
      })
    }
    const version = url.searchParams.get('api-version') ?? ''
    if (opts.apiVersions && !opts.apiVersions.includes(version)) {
      return json(res, 400, {
        error: {
          code: 'NoRegisteredProviderFound',
          message: `No registered resource provider found for location 'usgovvirginia' and API version '${version}' for type 'sites'. The supported api-versions are '${opts.apiVersions.join(', ')}'. The supported locations are 'usgovvirginia, usgovarizona'.`
        }
      })
    }
    const [, sub, rg, kind, name, rest = ''] = arm
    if (sub !== emu.subscriptionId) {
      return json(res, 404, {
        error: {
          code: 'SubscriptionNotFound',
          message: `The subscription '${sub}' could not be found.`
        }
      })
    }
    if (kind.toLowerCase() === 'serverfarms') {
      if (!rg || !name) return json(res, 200, { value: [] })
      return json(res, 200, {
        id: farmId(),
        name: `ASP-${emu.appName}`,
        type: 'Microsoft.Web/serverfarms',
        kind: emu.plan === 'flex' ? 'functionapp' : 'elastic',
        location: 'East US',
        sku: {
          flex: { name: 'FC1', tier: 'FlexConsumption' },
          premium: { name: 'EP1', tier: 'ElasticPremium' },
          dedicated: { name: 'B1', tier: 'Basic' },
          consumption: { name: 'Y1', tier: 'Dynamic' },
          windows: { name: 'Y1', tier: 'Dynamic' }
        }[emu.plan],
        properties: { reserved: emu.plan !== 'windows' }
      })
    }
    if (!name) {
      if (req.method !== 'GET')
        return json(res, 405, { error: { code: 'MethodNotAllowed', message: req.method } })
      // A listing entry leaves out what the deploy needs (the SCM host, functionAppConfig).
      const thin = (site: Record<string, unknown>): Record<string, unknown> => {
        const props = { ...(site.properties as Record<string, unknown>) }
        delete props.hostNameSslStates
        delete props.functionAppConfig
        return { ...site, properties: props }
      }
      const entry = (site: Record<string, unknown>) => (emu.faults.thinListing ? thin(site) : site)
      const all = [entry(siteJson()), decoySite()]
      if (opts.duplicateIn) {
        const twin = entry(siteJson())
        twin.id = String(twin.id).replace(
          /resourceGroups\/[^/]+/,
          `resourceGroups/${opts.duplicateIn}`
        )
        ;(twin.properties as Record<string, unknown>).resourceGroup = opts.duplicateIn
        all.push(twin)
      }
      const value = rg
        ? all.filter(
            s =>
              String((s.properties as { resourceGroup?: string }).resourceGroup).toLowerCase() ===
              rg.toLowerCase()
          )
        : all
      return json(res, 200, { value })
    }
    if (
      !rg ||
      rg.toLowerCase() !== emu.resourceGroup.toLowerCase() ||
      name.toLowerCase() !== emu.appName.toLowerCase()
    ) {
      return json(res, 404, {
        error: {
          code: 'ResourceNotFound',
          message: `The Resource 'Microsoft.Web/sites/${name}' under resource group '${rg}' was not found.`
        }
      })
    }
    const r = rest.toLowerCase()
    const method = req.method ?? 'GET'
    if (r === '' && method === 'GET') return json(res, 200, siteJson())
    if (r === '/config/web' && method === 'GET') {
      const site = siteJson()
      return json(res, 200, {
        id: `${siteId()}/config/web`,
        name: 'web',
        type: 'Microsoft.Web/sites/config',
        properties: (site.properties as { siteConfig: unknown }).siteConfig
      })
    }
    if (r === '/config/appsettings/list' && method === 'POST') {
      emu.counts.settingsReads++
      const other = emu.faults.concurrentSettingsWrite
      if (other) {
        emu.faults.concurrentSettingsWrite = undefined
        res.once('finish', () => {
          emu.appSettings = { ...emu.appSettings, ...other }
        })
      }
      return json(res, 200, {
        id: `${siteId()}/config/appsettings`,
        name: 'appsettings',
        type: 'Microsoft.Web/sites/config',
        location: 'East US',
        properties: { ...emu.appSettings }
      })
    }
    if (r === '/config/appsettings' && method === 'PUT') {
      const f = emu.faults
      if (f.armRetryAfter !== undefined) {
        const after = f.armRetryAfter
        f.armRetryAfter = undefined
        req.resume()
        return json(
          res,
          429,
          { error: { code: 'TooManyRequests', message: 'The request is being throttled.' } },
          { 'Retry-After': String(after) }
        )
      }
      if (f.armConflicts) {
        f.armConflicts--
        req.resume()
        return json(res, 409, {
          error: {
            code: 'Conflict',
            message: `Cannot modify this site because another operation is in progress. Details: Id: ${randomUUID()}, OperationName: Update, CreatedTime: ${new Date().toISOString()}`
          }
        })
      }
      const body = JSON.parse((await readBody(req)).toString('utf8') || '{}') as {
        properties?: Record<string, string>
      }
      emu.appSettings = { ...(body.properties ?? {}) }
      emu.counts.settingsWrites++
      ctx.settingsWritten() // a settings write restarts the app
      return json(res, 200, {
        id: `${siteId()}/config/appsettings`,
        name: 'appsettings',
        type: 'Microsoft.Web/sites/config',
        properties: emu.appSettings
      })
    }
    if (r === '/providers/microsoft.resources/tags/default' && method === 'PATCH') {
      const body = JSON.parse((await readBody(req)).toString('utf8') || '{}') as {
        operation?: string
        properties?: { tags?: Record<string, string> }
      }
      const incoming = body.properties?.tags ?? {}
      if (body.operation === 'Replace') emu.tags = { ...incoming }
      else if (body.operation === 'Delete')
        for (const k of Object.keys(incoming)) delete emu.tags[k]
      else emu.tags = { ...emu.tags, ...incoming }
      emu.counts.tagWrites++
      return json(res, 200, {
        id: `${siteId()}/providers/Microsoft.Resources/tags/default`,
        name: 'default',
        type: 'Microsoft.Resources/tags',
        properties: { tags: emu.tags }
      })
    }
    if (r === '/host/default/sync' && method === 'POST') {
      emu.counts.syncs++
      const code = emu.faults.syncStatus ?? 204
      if (code === 200) return json(res, 200, { status: 'success' })
      if (code >= 300)
        return json(res, code, { error: { code: 'BadRequest', message: 'sync failed' } })
      res.writeHead(code).end()
      return
    }
    if (r === '/host/default/listkeys' && method === 'POST') {
      emu.counts.keyReads++
      if (emu.faults.silent === 'listkeys') return // accepted, never answered
      if (emu.faults.keysUnavailable) {
        emu.faults.keysUnavailable--
        return json(res, 400, {
          error: {
            code: 'BadRequest',
            message: 'Encountered an error (ServiceUnavailable) from host runtime.'
          }
        })
      }
      return json(res, 200, {
        masterKey: emu.keys.master,
        functionKeys: { default: emu.keys.default },
        systemKeys: { mcp_extension: emu.keys.system }
      })
    }
    if (await emu.signIn.arm(r, method, req, res)) return
    return json(res, 404, { error: { code: 'NotFound', message: `no route ${method} ${p}` } })
  }

  async function token(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    tenant: string
  ): Promise<void> {
    const form = new URLSearchParams((await readBody(req)).toString('utf8'))
    const refuse = (code: number, description: string, error = 'invalid_client') => {
      emu.counts.tokensRefused++
      return json(res, code === 70021 || code === 7000215 ? 401 : 400, {
        error,
        error_description: `AADSTS${code}: ${description} Trace ID: ${randomUUID()} Correlation ID: ${randomUUID()} Timestamp: ${new Date().toISOString()}`,
        error_codes: [code],
        timestamp: new Date().toISOString(),
        trace_id: randomUUID(),
        correlation_id: randomUUID()
      })
    }
    if (tenant !== emu.tenantId)
      return refuse(90002, `Tenant '${tenant}' not found.`, 'invalid_request')
    if (form.get('grant_type') !== 'client_credentials')
      return refuse(70003, 'The app requested an unsupported grant type.', 'unsupported_grant_type')
    if (form.get('client_id') !== emu.clientId) {
      return refuse(
        700016,
        `Application with identifier '${form.get('client_id')}' was not found in the directory '${tenant}'.`,
        'unauthorized_client'
      )
    }
    const assertion = form.get('client_assertion')
    if (assertion) {
      let claims: Record<string, unknown> = {}
      try {
        claims = JSON.parse(
          Buffer.from(assertion.split('.')[1] ?? '', 'base64url').toString('utf8')
        ) as Record<string, unknown>
      } catch {
        // unreadable: refused below
      }
      const ok =
        !emu.faults.refuseToken &&
        claims.sub === emu.federatedSubject &&
        claims.aud === (opts.oidcAudience ?? 'api://AzureADTokenExchange') &&
        claims.iss === 'https://token.actions.githubusercontent.com'
      if (!ok) {
        return refuse(
          70021,
          `No matching federated identity record found for presented assertion. Assertion Issuer: '${String(claims.iss)}'. Assertion Subject: '${String(claims.sub)}'. Assertion Audience: '${String(claims.aud)}'. https://learn.microsoft.com/entra/workload-id/workload-identity-federation`
        )
      }
    } else if (form.get('client_secret') !== emu.clientSecret || emu.faults.refuseToken) {
      return refuse(
        7000215,
        'Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.'
      )
    }
    const app = emu.signIn.tokenFor(form.get('scope'), form.get('client_id') ?? '')
    if (app && 'error' in app) return refuse(app.error, app.description, 'invalid_resource')
    emu.counts.tokens++
    return json(res, 200, {
      token_type: 'Bearer',
      expires_in: 3599,
      ext_expires_in: 3599,
      access_token: app?.token ?? emu.issueToken()
    })
  }

  return { mainRoute }
}
