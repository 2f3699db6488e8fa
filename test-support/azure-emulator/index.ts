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
import { makeSelfSigned } from './cert.js'
import { trustingHttpClient } from './net-guard.js'
import { unzipTo } from './zip.js'
import type { RunningHost } from '../../src/targets/local/host.js'
import { armRoutes } from './arm.js'
import { json, randomKey } from './http.js'
import type {
  AzureEmulator,
  EmulatedDeployment,
  EmulatorOptions,
  RequestRecord,
  StartHost
} from './types.js'

export type {
  AzureEmulator,
  EmulatedDeployment,
  EmulatorOptions,
  Faults,
  PlanKind,
  RequestRecord,
  StartHost
} from './types.js'

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

  const { mainRoute } = armRoutes({
    emu,
    opts,
    bearerOk: req => bearerOk(req),
    settingsWritten: () => {
      hostStale = true
      restarted()
    }
  })

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
