/**
 * An Azure emulator for the Azure target's tests and benchmark: one HTTPS server (a self-signed
 * certificate made at start) on 127.0.0.1, listening on three ports that share one handler:
 *
 * - main: the Entra ID token service (OIDC client assertion and client secret flows, OpenID
 *   configuration) and Resource Manager (the Microsoft.Web routes the target uses);
 * - scm: Kudu (One Deploy `/api/publish`, `/api/zipdeploy`, `/api/deployments`, logs);
 * - app: the function app itself: the deployed zip unpacked and run with the local target's
 *   host runner (src/targets/local/host.ts), requests proxied to it.
 *
 * Host names are given out as opaque `127.0.0.1:<port>` strings, as ARM gives `host[:port]`.
 * Fault switches make the next request (or deployment) fail in a chosen way.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import {
  chmodSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { HttpClient } from '@azure/core-rest-pipeline'
import { makeSelfSigned } from './cert.js'
import { trustingHttpClient } from './net-guard.js'
import { unzipTo } from './zip.js'
import type { HostOptions, RunningHost } from '../../src/targets/local/host.js'

export type PlanKind = 'flex' | 'premium' | 'dedicated' | 'consumption' | 'windows'
export type StartHost = (opts: HostOptions) => Promise<RunningHost>

export interface EmulatorOptions {
  subscriptionId?: string
  resourceGroup?: string
  appName?: string
  tenantId?: string
  clientId?: string
  /** The subject a federated credential accepts (OIDC). */
  federatedSubject?: string
  /** The secret the client-credential flow accepts (EnvironmentCredential). */
  clientSecret?: string
  plan?: PlanKind
  runtime?: { name: string; version: string }
  appSettings?: Record<string, string>
  tags?: Record<string, string>
  /** The host runner; default src/targets/local/host.ts's startHost. */
  startHost?: StartHost
  /**
   * A folder where unpacked packages are kept by sha256 between runs (tests only: unpacking a
   * 40 MB Python package takes seconds). The deployment then links the kept tree as its wwwroot.
   */
  extractCache?: string
  /** Run the app at all (false: deployments only unpack). Default true. */
  runApp?: boolean
  log?: (line: string) => void
  /** The clock cold starts and restarts are measured on (a test's virtual clock); Date.now by default. */
  now?: () => number
  /** The GitHub ID token audience the federated credential accepts. */
  oidcAudience?: string
  /** The Microsoft.Web api-versions served (a sovereign cloud); others answer 400. Default: all. */
  apiVersions?: string[]
  /** Another app of the same name in this resource group (the listing shows both). */
  duplicateIn?: string
}

export interface Faults {
  /** The next upload is answered 409 (another deployment is running). */
  conflictOnce?: boolean
  /** The next upload is answered 429 with this Retry-After (seconds). */
  throttleOnce?: number
  /** The next upload is answered 500. */
  serverErrorOnce?: boolean
  /** The next upload's connection is dropped after its first bytes. */
  dropUploadOnce?: boolean
  /** The next deployment fails (status 3) with these log lines. */
  failDeployment?: string[]
  /** Deployments never leave Building. */
  neverFinish?: boolean
  /** The token service refuses every request with AADSTS70021 / invalid_client. */
  refuseToken?: boolean
  /** GET /api/deployments/{id} answers 404 (the Flex deployment worker was recycled). */
  recordGone?: boolean
  /** …and /api/deployments/latest too. */
  latestGone?: boolean
  /** The next deployment ends PartialSuccess (status 6) with these log lines. */
  partialDeployment?: string[]
  /** After each deployment (or settings write) the app answers 503 this long (ms, emulator clock). */
  coldStartMs?: number
  /** The Functions host never starts: 503 forever, host status Error. */
  hostNeverStarts?: boolean
  /** The next n uploads are answered 400 BlobUploadFailedException (a role still propagating). */
  blobUploadFailures?: number
  /** The next n uploads are answered 403 (an access restriction still propagating). */
  forbiddenUploads?: number
  /** The next upload is answered 400 with this Kudu message. */
  badUpload?: string
  /** Elastic Premium/Dedicated: after a settings write the SCM site restarts this long (ms). */
  scmRestartMs?: number
  /** The next n settings writes are answered 409 (another operation in progress). */
  armConflicts?: number
  /** The next settings write is answered 429 with this Retry-After (seconds). */
  armRetryAfter?: number
  /** Accept the request and never answer. */
  silent?: 'upload' | 'listkeys'
  /** The next n listkeys are answered 400 ServiceUnavailable from the host runtime. */
  keysUnavailable?: number
  /** Applied (as another writer would) right after the next app-settings read is answered. */
  concurrentSettingsWrite?: Record<string, string>
  /** The status the trigger sync answers (204 by default). */
  syncStatus?: number
  /** The subscription's site listing leaves out the SCM host and functionAppConfig. */
  thinListing?: boolean
}

export interface EmulatedDeployment {
  id: string
  status: number
  statusText: string
  kind: 'publish' | 'zipdeploy'
  receivedAt: number
  endedAt?: number
  zipFile: string
  bytes: number
  log: Array<{
    id: string
    time: string
    message: string
    type: number
    details: Array<{ message: string; type: number }>
  }>
  deployer: string
}

export interface RequestRecord {
  port: 'main' | 'scm' | 'app'
  method: string
  path: string
  status?: number
}

export interface AzureEmulator {
  subscriptionId: string
  resourceGroup: string
  appName: string
  tenantId: string
  clientId: string
  federatedSubject: string
  clientSecret: string
  /** https://127.0.0.1:<main> (Resource Manager and the token service). */
  armEndpoint: string
  authorityHost: string
  defaultHostName: string
  scmHost: string
  /** PEM of the self-signed certificate; certFile for NODE_EXTRA_CA_CERTS. */
  ca: string
  certFile: string
  /** An HttpClient trusting the certificate, for @azure/identity, ARM and Kudu in this process. */
  httpClient: HttpClient
  faults: Faults
  plan: PlanKind
  runtime: { name: string; version: string }
  appSettings: Record<string, string>
  tags: Record<string, string>
  keys: { master: string; default: string; system: string }
  deployments: EmulatedDeployment[]
  requests: RequestRecord[]
  counts: {
    tokens: number
    tokensRefused: number
    uploadAttempts: number
    uploadsCompleted: number
    settingsWrites: number
    tagWrites: number
    syncs: number
    keyReads: number
    /** Uploads that arrived while the SCM site was restarting. */
    uploadsDuringScmRestart: number
    settingsReads: number
    hostStatusReads: number
  }
  /** The emulator's clock. */
  now(): number
  /** Tokens handed out (token service or fake az) that ARM and Kudu accept. */
  issueToken(): string
  /** Writes an `az` that prints a token for `az account get-access-token`; returns its folder. */
  writeFakeAz(dir?: string): string
  /** Resolves when the app host runs the latest deployment (rejects when it cannot start). */
  appReady(): Promise<RunningHost | undefined>
  close(): Promise<void>
}

const ARM =
  /^\/subscriptions\/([^/]+)(?:\/resourcegroups\/([^/]+))?\/providers\/microsoft\.web\/(sites|serverfarms)(?:\/([^/]+)(\/.*)?)?$/i

export async function startAzureEmulator(opts: EmulatorOptions = {}): Promise<AzureEmulator> {
  const log = opts.log ?? (() => {})
  const cert = makeSelfSigned()
  const work = mkdtempSync(path.join(os.tmpdir(), 'azure-emu-'))
  const { client: httpClient, agent } = trustingHttpClient(cert.cert)
  const tokens = new Set<string>()
  const sockets = new Set<import('node:stream').Duplex>()
  let host: RunningHost | undefined
  let hostStart: Promise<RunningHost | undefined> | undefined
  let hostStale = true

  const planKind = opts.plan ?? 'flex'
  const clockNow = opts.now ?? Date.now
  /** Until when the app answers 503 (cold start) and the SCM site restarts. */
  let coldUntil = 0
  let scmUntil = 0
  /** Why the handler could not start (the host runs; its log says). */
  let handlerError: string | undefined
  const emu: AzureEmulator = {
    subscriptionId: opts.subscriptionId ?? '00000000-0000-4000-8000-000000000001',
    resourceGroup: opts.resourceGroup ?? 'rg-mcp',
    appName: opts.appName ?? 'mcp-app',
    tenantId: opts.tenantId ?? '00000000-0000-4000-8000-0000000000aa',
    clientId: opts.clientId ?? '00000000-0000-4000-8000-0000000000cc',
    federatedSubject: opts.federatedSubject ?? 'repo:octo/mcp-server:ref:refs/heads/main',
    clientSecret: opts.clientSecret ?? 'emulator-client-secret',
    armEndpoint: '',
    authorityHost: '',
    defaultHostName: '',
    scmHost: '',
    ca: cert.cert,
    certFile: cert.certFile,
    httpClient,
    faults: {},
    plan: planKind,
    runtime: opts.runtime ?? { name: 'python', version: '3.11' },
    appSettings: {
      FUNCTIONS_EXTENSION_VERSION: '~4',
      AzureWebJobsStorage__accountName: 'stmcpemulator',
      APPLICATIONINSIGHTS_CONNECTION_STRING:
        'InstrumentationKey=00000000-0000-0000-0000-000000000000',
      ...(opts.appSettings ?? {})
    },
    tags: { ...(opts.tags ?? {}) },
    keys: { master: randomKey(), default: randomKey(), system: randomKey() },
    deployments: [],
    requests: [],
    counts: {
      tokens: 0,
      tokensRefused: 0,
      uploadAttempts: 0,
      uploadsCompleted: 0,
      settingsWrites: 0,
      tagWrites: 0,
      syncs: 0,
      keyReads: 0,
      uploadsDuringScmRestart: 0,
      settingsReads: 0,
      hostStatusReads: 0
    },
    now: () => clockNow(),
    issueToken() {
      const t = `emu-${randomBytes(24).toString('base64url')}`
      tokens.add(t)
      return t
    },
    writeFakeAz(dir?: string) {
      const bin = dir ?? mkdtempSync(path.join(work, 'az-'))
      mkdirSync(bin, { recursive: true })
      const token = emu.issueToken()
      const expires = Math.floor(Date.now() / 1000) + 3600
      const body = JSON.stringify({
        accessToken: token,
        expiresOn: new Date(expires * 1000).toISOString().replace('T', ' ').replace('Z', '.000000'),
        expires_on: expires,
        subscription: emu.subscriptionId,
        tenant: emu.tenantId,
        tokenType: 'Bearer'
      })
      const script = `#!/bin/sh
echo "$@" >> "${path.join(bin, 'calls.log')}"
if [ "$1" = "account" ] && [ "$2" = "get-access-token" ]; then
  echo '${body}'
  exit 0
fi
echo "ERROR: fake az: unsupported command: $*" >&2
exit 2
`
      const file = path.join(bin, 'az')
      writeFileSync(file, script)
      chmodSync(file, 0o755)
      return bin
    },
    async appReady() {
      return ensureHost()
    },
    async close() {
      await stopHost()
      for (const s of servers) s.close()
      for (const s of sockets) s.destroy()
      agent.destroy()
      rmSync(work, { recursive: true, force: true })
      rmSync(cert.dir, { recursive: true, force: true })
    }
  }

  // ---------- the app host ----------
  const startHost: StartHost =
    opts.startHost ?? (async o => (await import('../../src/targets/local/host.js')).startHost(o))

  async function stopHost(): Promise<void> {
    const h = host
    host = undefined
    hostStart = undefined
    if (h) await h.stop().catch(() => {})
  }

  function ensureHost(): Promise<RunningHost | undefined> {
    if (opts.runApp === false) return Promise.resolve(undefined)
    if (hostStart && !hostStale) return hostStart
    const current = [...emu.deployments].reverse().find(d => d.status === 4 || d.status === 6)
    if (!current) return Promise.resolve(undefined)
    hostStale = false
    const previous = hostStart
    hostStart = (async () => {
      if (previous) await previous.catch(() => undefined)
      await stopHost()
      const wwwroot = path.join(work, `wwwroot-${current.id}`)
      const started = await startHost({
        wwwroot,
        port: 0,
        appSettings: { ...emu.appSettings },
        keys: { default: emu.keys.default, master: emu.keys.master },
        readyTimeoutMs: 60000,
        log: line => log(`[app] ${line}`)
      })
      host = started
      return started
    })()
    return hostStart
  }

  /** A settings write or a deployment restarts the app (cold start) and, off Flex, the SCM site. */
  function restarted(): void {
    const now = clockNow()
    if (emu.faults.coldStartMs) coldUntil = now + emu.faults.coldStartMs
    if (emu.plan !== 'flex' && emu.faults.scmRestartMs) scmUntil = now + emu.faults.scmRestartMs
  }

  // ---------- resources ----------
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

  // ---------- the handler ----------
  type Role = 'main' | 'scm' | 'app'
  const servers: https.Server[] = []
  const ports: Record<Role, number> = { main: 0, scm: 0, app: 0 }

  function handler(role: Role) {
    return (req: http.IncomingMessage, res: http.ServerResponse) => {
      const url = new URL(req.url ?? '/', `https://${req.headers.host ?? '127.0.0.1'}`)
      const rec: RequestRecord = {
        port: role,
        method: req.method ?? 'GET',
        path: url.pathname + url.search
      }
      emu.requests.push(rec)
      res.on('finish', () => {
        rec.status = res.statusCode
      })
      const route = role === 'main' ? mainRoute : role === 'scm' ? scmRoute : appRoute
      route(req, res, url).catch(err => {
        log(
          `[${role}] ${req.method} ${url.pathname}: ${err instanceof Error ? err.stack : String(err)}`
        )
        if (!res.headersSent)
          json(res, 500, { error: { code: 'InternalServerError', message: String(err) } })
        else res.destroy()
      })
    }
  }

  function bearerOk(req: http.IncomingMessage): boolean {
    const auth = req.headers.authorization ?? ''
    const m = /^Bearer (.+)$/.exec(auth)
    return Boolean(m && tokens.has(m[1]))
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
      hostStale = true // a settings write restarts the app
      restarted()
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
    emu.counts.tokens++
    return json(res, 200, {
      token_type: 'Bearer',
      expires_in: 3599,
      ext_expires_in: 3599,
      access_token: emu.issueToken()
    })
  }

  // Kudu
  async function scmRoute(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL
  ): Promise<void> {
    if (!bearerOk(req)) {
      res.writeHead(401, { 'WWW-Authenticate': 'Bearer' }).end()
      req.resume()
      return
    }
    const p = url.pathname.toLowerCase()
    if (clockNow() < scmUntil) {
      if (p === '/api/publish' || p === '/api/zipdeploy') emu.counts.uploadsDuringScmRestart++
      req.resume()
      res.writeHead(503, { 'Content-Type': 'text/html' }).end('<h1>Service Unavailable</h1>')
      return
    }
    if (p === '/api/settings' && req.method === 'GET') return json(res, 200, { ...emu.appSettings })
    if (p === '/api/logs/docker' && req.method === 'GET' && emu.plan !== 'flex') {
      return json(res, 200, [
        {
          machineName: 'lw0sdlwk0001',
          lastUpdated: new Date().toISOString(),
          size: 1000,
          href: `https://${emu.scmHost}/api/vfs/LogFiles/default_docker.log`,
          path: '/home/LogFiles/default_docker.log'
        }
      ])
    }
    if (p === '/api/vfs/logfiles/default_docker.log' && req.method === 'GET') {
      res.writeHead(200, { 'Content-Type': 'text/plain' })
      res.end(
        [
          `${new Date().toISOString()} INFO  - Starting container for site`,
          ...(handlerError ? [`${new Date().toISOString()} ERROR - ${handlerError}`] : [])
        ].join('\n')
      )
      return
    }
    if ((p === '/api/publish' || p === '/api/zipdeploy') && req.method === 'POST')
      return upload(req, res, url, p === '/api/publish' ? 'publish' : 'zipdeploy')
    let m = /^\/api\/deployments\/([^/]+)$/.exec(url.pathname)
    if (m && req.method === 'GET') {
      const latest = m[1] === 'latest'
      const gone = latest ? emu.faults.latestGone : emu.faults.recordGone
      const d = gone
        ? undefined
        : latest
          ? emu.deployments[emu.deployments.length - 1]
          : emu.deployments.find(x => x.id === m![1])
      if (!d) return json(res, 404, { Message: `Deployment '${m[1]}' not found.` })
      return json(res, 200, deploymentJson(d))
    }
    m = /^\/api\/deployments\/([^/]+)\/log$/.exec(url.pathname)
    if (m && req.method === 'GET') {
      const d = emu.deployments.find(x => x.id === m![1])
      if (!d) return json(res, 404, { Message: 'not found' })
      return json(
        res,
        200,
        d.log.map(e => ({
          log_time: e.time,
          id: e.id,
          message: e.message,
          type: e.type,
          details_url: e.details.length
            ? `https://${emu.scmHost}/api/deployments/${d.id}/log/${e.id}`
            : null
        }))
      )
    }
    m = /^\/api\/deployments\/([^/]+)\/log\/([^/]+)$/.exec(url.pathname)
    if (m && req.method === 'GET') {
      const d = emu.deployments.find(x => x.id === m![1])
      const e = d?.log.find(x => x.id === m![2])
      if (!d || !e) return json(res, 404, { Message: 'not found' })
      return json(
        res,
        200,
        e.details.map((x, i) => ({
          log_time: e.time,
          id: `${e.id}-${i}`,
          message: x.message,
          type: x.type,
          details_url: null
        }))
      )
    }
    return json(res, 404, { Message: `No route ${req.method} ${url.pathname}` })
  }

  async function upload(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL,
    kind: 'publish' | 'zipdeploy'
  ): Promise<void> {
    emu.counts.uploadAttempts++
    const f = emu.faults
    if (f.dropUploadOnce) {
      f.dropUploadOnce = false
      await new Promise<void>(resolve => {
        req.once('data', () => {
          req.socket.destroy()
          resolve()
        })
        req.once('end', resolve)
      })
      return
    }
    const early = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      req.resume()
      req.once('end', () => json(res, status, body, headers))
    }
    if (f.silent === 'upload') {
      req.resume() // read it all, never answer
      return
    }
    if (f.blobUploadFailures) {
      f.blobUploadFailures--
      return early(400, {
        Message:
          'An error occurred while uploading the package: Azure.Functions.Deployment.BlobUploadFailedException: This request is not authorized to perform this operation using this permission. Status: 403 (AuthorizationPermissionMismatch)'
      })
    }
    if (f.forbiddenUploads) {
      f.forbiddenUploads--
      req.resume()
      req.once('end', () =>
        res
          .writeHead(403, { 'Content-Type': 'text/html' })
          .end(
            '<html><head><title>Error 403 - Forbidden</title></head><body>Ip Forbidden</body></html>'
          )
      )
      return
    }
    if (f.badUpload) {
      const message = f.badUpload
      f.badUpload = undefined
      return early(400, { Message: message })
    }
    const rfp = emu.appSettings.WEBSITE_RUN_FROM_PACKAGE ?? ''
    if (kind === 'zipdeploy' && /^https?:/i.test(rfp)) {
      return early(
        409,
        'Run-From-Zip is set to a remote URL using WEBSITE_RUN_FROM_PACKAGE or WEBSITE_USE_ZIP app setting. Deployment is not supported in this configuration.'
      )
    }
    if (f.conflictOnce) {
      f.conflictOnce = false
      return early(
        409,
        'There is a deployment currently in progress. Please try again when it completes.'
      )
    }
    if (f.throttleOnce !== undefined) {
      const s = f.throttleOnce
      f.throttleOnce = undefined
      return early(429, { Message: 'Too many requests' }, { 'Retry-After': String(s) })
    }
    if (f.serverErrorOnce) {
      f.serverErrorOnce = false
      return early(500, { Message: 'An error has occurred.' })
    }
    if (kind === 'publish' && emu.plan !== 'flex')
      return early(400, {
        Message: 'One Deploy with RemoteBuild is for Flex Consumption in this emulator'
      })
    if (kind === 'zipdeploy' && emu.plan === 'flex')
      return early(
        400,
        'Zip deploy is not supported on Flex Consumption; use One Deploy (/api/publish).'
      )
    if (req.headers['content-type'] !== 'application/zip')
      return early(415, {
        Message: `Unsupported Content-Type ${req.headers['content-type'] ?? ''}`
      })

    const id = randomUUID()
    const zipFile = path.join(work, `upload-${id}.zip`)
    const bytes = await new Promise<number>((resolve, reject) => {
      let n = 0
      const out = createWriteStream(zipFile)
      req.on('data', (c: Buffer) => {
        n += c.length
      })
      req.pipe(out)
      out.on('finish', () => resolve(n))
      out.on('error', reject)
      req.on('error', reject)
    })
    const expected = Number(req.headers['content-length'] ?? NaN)
    if (!Number.isNaN(expected) && expected !== bytes)
      return json(res, 400, { Message: `body length ${bytes} != Content-Length ${expected}` })
    emu.counts.uploadsCompleted++
    const d: EmulatedDeployment = {
      id,
      status: 0,
      statusText: 'Receiving changes.',
      kind,
      receivedAt: performance.now(),
      zipFile,
      bytes,
      log: [],
      deployer: url.searchParams.get('Deployer') ?? url.searchParams.get('deployer') ?? ''
    }
    emu.deployments.push(d)
    addLog(d, `Received deployment request (${bytes} bytes, deployer ${d.deployer || 'unknown'}).`)
    void processDeployment(d)
    if (kind === 'publish') {
      json(res, 202, id, { Location: `https://${emu.scmHost}/api/deployments/${id}` })
    } else {
      res
        .writeHead(202, {
          Location: `https://${emu.scmHost}/api/deployments/latest?deployer=${encodeURIComponent(d.deployer)}&time=${Date.now()}`
        })
        .end()
    }
  }

  async function processDeployment(d: EmulatedDeployment): Promise<void> {
    d.status = 1
    d.statusText = 'Building and deploying'
    if (emu.faults.neverFinish) return
    const partial = emu.faults.partialDeployment
    const failure = emu.faults.failDeployment
    if (failure) {
      emu.faults.failDeployment = undefined
      addLog(d, 'Extracting the package.', [])
      addLog(
        d,
        'Deployment failed.',
        failure.map(message => ({ message, type: 2 })),
        2
      )
      finish(d, 3, 'Deployment failed.')
      return
    }
    try {
      const wwwroot = path.join(work, `wwwroot-${d.id}`)
      d.status = 2
      if (opts.extractCache) {
        const sha = createHash('sha256').update(readFileSync(d.zipFile)).digest('hex')
        const kept = path.join(opts.extractCache, sha)
        if (!existsSync(kept)) {
          mkdirSync(opts.extractCache, { recursive: true })
          const tmp = `${kept}.tmp-${randomUUID()}`
          await unzipTo(d.zipFile, tmp)
          try {
            renameSync(tmp, kept)
          } catch (err) {
            // another emulator kept the same package first
            rmSync(tmp, { recursive: true, force: true })
            if (!existsSync(kept)) throw err
          }
        }
        symlinkSync(kept, wwwroot)
        addLog(d, `Extracted the package to /home/site/wwwroot (kept copy ${sha.slice(0, 12)}).`)
      } else {
        const files = await unzipTo(d.zipFile, wwwroot)
        addLog(d, `Extracted ${files} files to /home/site/wwwroot.`)
      }
      if (partial) {
        emu.faults.partialDeployment = undefined
        addLog(
          d,
          'Deployment partially succeeded.',
          partial.map(message => ({ message, type: 1 })),
          1
        )
      }
      finish(
        d,
        partial ? 6 : 4,
        partial ? 'Deployment partially successful.' : 'Deployment successful.'
      )
      hostStale = true
      restarted()
    } catch (err) {
      addLog(
        d,
        'Extracting the package failed.',
        [{ message: String(err instanceof Error ? err.message : err), type: 2 }],
        2
      )
      finish(d, 3, 'Deployment failed.')
    }
  }

  function finish(d: EmulatedDeployment, status: number, text: string): void {
    d.status = status
    d.statusText = text
    d.endedAt = performance.now()
  }

  function addLog(
    d: EmulatedDeployment,
    message: string,
    details: Array<{ message: string; type: number }> = [],
    type = 0
  ): void {
    d.log.push({ id: randomUUID(), time: new Date().toISOString(), message, type, details })
  }

  function deploymentJson(d: EmulatedDeployment): Record<string, unknown> {
    const done = [3, 4, 5, -1, 6].includes(d.status)
    return {
      id: d.id,
      status: d.status,
      status_text: d.statusText,
      author_email: 'N/A',
      author: 'N/A',
      deployer: d.deployer,
      message: d.kind === 'publish' ? 'OneDeploy' : 'Created via a push deployment',
      progress: '',
      received_time: new Date(Date.now() - 1000).toISOString(),
      start_time: new Date(Date.now() - 1000).toISOString(),
      end_time: done ? new Date().toISOString() : null,
      last_success_end_time: d.status === 4 ? new Date().toISOString() : null,
      complete: done,
      active: d.status === 4,
      is_temp: false,
      is_readonly: true,
      url: `https://${emu.scmHost}/api/deployments/${d.id}`,
      log_url: `https://${emu.scmHost}/api/deployments/${d.id}/log`,
      site_name: emu.appName,
      build_summary: { errors: [], warnings: [] }
    }
  }

  // The app
  async function appRoute(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL
  ): Promise<void> {
    const unavailable = () => {
      req.resume()
      res
        .writeHead(503, { 'Content-Type': 'text/html' })
        .end('<html><body><h1>Service Unavailable</h1></body></html>')
    }
    if (emu.faults.hostNeverStarts || clockNow() < coldUntil) {
      if (url.pathname === '/admin/host/status') emu.counts.hostStatusReads++
      return unavailable()
    }
    if (url.pathname === '/admin/host/status') {
      emu.counts.hostStatusReads++
      req.resume()
      if (req.headers['x-functions-key'] !== emu.keys.master)
        return json(res, 401, { Message: 'Unauthorized' })
      if (opts.runApp !== false) await ensureHost().catch(() => undefined)
      return json(res, 200, {
        id: emu.appName,
        state: 'Running',
        version: '4.1040.300.0',
        versionDetails: '4.1040.300.0',
        platformVersion: '',
        instanceId: 'emulator',
        computerName: '',
        processUptime: 1000,
        functionAppContentEditingState: 'NotAllowed'
      })
    }
    let running: RunningHost | undefined
    try {
      running = await ensureHost()
      handlerError = undefined
    } catch (err) {
      // The Functions host runs; the custom handler does not start (Azure answers 500).
      handlerError = `custom handler failed to start: ${err instanceof Error ? err.message : String(err)}`
      req.resume()
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end('')
      return
    }
    if (!running) {
      req.resume()
      res
        .writeHead(404, { 'Content-Type': 'text/html' })
        .end(
          '<html><body>Your Functions app is up and running (nothing deployed yet)</body></html>'
        )
      return
    }
    const target = new URL(url.pathname + url.search, running.url)
    const headers = { ...req.headers, host: target.host }
    await new Promise<void>(resolve => {
      const up = http.request(target, { method: req.method, headers }, upRes => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers)
        upRes.pipe(res)
        upRes.on('end', resolve)
        upRes.on('error', () => resolve())
      })
      up.on('error', err => {
        if (!res.headersSent)
          res.writeHead(502, { 'Content-Type': 'text/plain' }).end(`bad gateway: ${err.message}`)
        else res.destroy()
        resolve()
      })
      req.pipe(up)
      res.on('close', () => {
        up.destroy()
        resolve()
      })
    })
  }

  for (const role of ['main', 'scm', 'app'] as Role[]) {
    const srv = https.createServer({ key: cert.key, cert: cert.cert }, handler(role))
    srv.on('connection', s => {
      sockets.add(s)
      s.on('close', () => sockets.delete(s))
    })
    await new Promise<void>((resolve, reject) => {
      srv.once('error', reject)
      srv.listen(0, '127.0.0.1', () => resolve())
    })
    ports[role] = (srv.address() as AddressInfo).port
    servers.push(srv)
  }
  emu.armEndpoint = `https://127.0.0.1:${ports.main}`
  emu.authorityHost = emu.armEndpoint
  emu.scmHost = `127.0.0.1:${ports.scm}`
  emu.defaultHostName = `127.0.0.1:${ports.app}`
  return emu
}

function json(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  const text = JSON.stringify(body)
  res
    .writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
      ...headers
    })
    .end(text)
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function randomKey(): string {
  return randomBytes(30).toString('base64url') + '=='
}
