/**
 * An Azure emulator for the Azure target's tests and benchmark: one HTTPS server (a self-signed
 * certificate made at start) on 127.0.0.1, listening on three ports that share one handler
 * (the routes: arm.ts for the main port, kudu.ts for the SCM port, the app here):
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
import { randomBytes } from 'node:crypto'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { makeSelfSigned } from './cert.js'
import { trustingHttpClient } from './net-guard.js'
import type { RunningHost } from '../../src/targets/local/host.js'
import { armRoutes } from './arm.js'
import { kuduRoutes } from './kudu.js'
import { json, randomKey } from './http.js'
import type { AzureEmulator, EmulatorOptions, RequestRecord, StartHost } from './types.js'
import { emulateSignIn, type EmulatedSignIn } from './entra.js'

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
    signIn: undefined as unknown as EmulatedSignIn, // made below, once the routes exist
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

  emu.signIn = emulateSignIn({
    tenantId: () => emu.tenantId,
    authorityHost: () => emu.authorityHost,
    appSettings: () => emu.appSettings,
    siteId: () =>
      `/subscriptions/${emu.subscriptionId}/resourceGroups/${emu.resourceGroup}/providers/Microsoft.Web/sites/${emu.appName}`,
    written: () => {
      hostStale = true
      restarted()
    }
  })

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

  const { scmRoute } = kuduRoutes({
    emu,
    opts,
    work,
    bearerOk: req => bearerOk(req),
    scmRestarting: () => clockNow() < scmUntil,
    handlerError: () => handlerError,
    deployed: () => {
      hostStale = true
      restarted()
    }
  })

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
    if (emu.signIn.app(req, res, url)) return // App Service authentication, in front of the app
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
