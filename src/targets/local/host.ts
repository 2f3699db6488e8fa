/**
 * Runs an unpacked package the way the Azure Functions host runs a custom handler:
 * reads host.json (and, in the classic layout, the function folders), spawns the handler with
 * the app settings as environment and FUNCTIONS_CUSTOMHANDLER_PORT, waits until it answers HTTP,
 * then listens on 127.0.0.1 as "the Functions host": route prefix, function routes, the key
 * check, and the host's forwarding mode (proxying, legacy forwarding, or none).
 */
import type { ChildProcess } from 'node:child_process'
import { startChild } from '../../io/spawn.js'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import { UserError } from '../../errors.js'
import { JsonDoc } from '../../project/json.js'
import { ciGet } from '../../project/artifact.js'
import { caseInsensitive, isTrue } from '../../project/hostjson.js'
import { isHttpTrigger } from '../../project/functionjson.js'
import type { AuthLevel } from '../target.js'
import { checkKey, matchRoute, compileRoute, type CompiledRoute } from './routing.js'

export interface HostOptions {
  /** The unpacked package: the app root (host.json is here). */
  wwwroot: string
  /** Where the front ("the Functions host") listens on 127.0.0.1; 0 = a free port. */
  port: number
  /** Environment for the handler, like app settings (value '/home/site/wwwroot' prefixes are mapped to wwwroot). */
  appSettings: Record<string, string>
  /** Accepted keys by name, e.g. { default: '…' }. Names `_master`/`master` are also admin keys. */
  keys: Record<string, string>
  /** Default 60000. */
  readyTimeoutMs?: number
  /** The handler's output lines. */
  log?: (line: string) => void
}

/** How the host hands a request to the handler. */
export type ForwardingMode = 'proxy' | 'forward' | 'none'

export interface RunningHost {
  /** http://127.0.0.1:PORT */
  url: string
  /** Effective prefix ('' for the recipe; 'api' when classic host.json leaves it out). */
  routePrefix: string
  authLevel: AuthLevel
  layout: 'classic' | 'profile'
  handlerPid: number
  /** Port the handler listens on (FUNCTIONS_CUSTOMHANDLER_PORT). */
  handlerPort: number
  forwarding: ForwardingMode
  /** Things the host would do differently from what a reader of host.json may expect. */
  notes: string[]
  /** Kills the handler (and its process group), closes the front; idempotent. */
  stop(): Promise<void>
}

/** What host.json (and the function folders) say, resolved against the app root. */
export interface HostConfig {
  layout: 'classic' | 'profile'
  routePrefix: string
  executable: string
  args: string[]
  cwd: string
  /** The profile's fixed port; undefined for classic (a free port is chosen). */
  port?: number
  forwarding: ForwardingMode
  functions: HttpFunction[]
  notes: string[]
}

export interface HttpFunction {
  name: string
  authLevel: AuthLevel
  /** Upper-case methods; undefined = all. */
  methods?: string[]
  route: CompiledRoute
}

const PROFILE = 'mcp-custom-handler'
const FEATURE_FLAG = 'EnableMcpCustomHandlerPreview'
const AZURE_ROOT = '/home/site/wwwroot'
const TAIL_LINES = 30
function readJson(file: string, label: string): JsonDoc {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    throw new UserError(`${label} is missing in the package`)
  }
  const doc = new JsonDoc(text.replace(/^\uFEFF/, ''))
  if (!doc.ok) {
    const e = doc.errors[0]
    throw new UserError(
      `${label}:${e?.line ?? 1}:${e?.column ?? 1}: ${e?.message ?? 'not valid JSON'}`
    )
  }
  // The host binds host.json and function.json keys case-insensitively.
  return caseInsensitive(doc)
}

function parseAuthLevel(v: unknown, where: string): AuthLevel {
  if (v === undefined || v === null || v === '') return 'function'
  const s = String(v).toLowerCase()
  if (s === 'anonymous' || s === 'function' || s === 'admin') return s
  if (s === 'system') return 'admin'
  throw new UserError(`${where}: authLevel "${String(v)}" is not anonymous, function or admin`)
}

function parsePort(v: unknown): number | undefined {
  const n =
    typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN
  return Number.isInteger(n) && n > 0 && n < 65536 ? n : undefined
}

/** Reads host.json and the function folders as the host does. */
export function readHostConfig(wwwroot: string): HostConfig {
  const host = readJson(path.join(wwwroot, 'host.json'), 'host.json')
  const version = host.get(['version'])
  if (version !== '2.0') {
    throw new UserError(
      `host.json: "version" must be "2.0" (found ${JSON.stringify(version ?? null)}); the Functions host refuses to start otherwise`
    )
  }
  const layout = host.get(['configurationProfile']) === PROFILE ? 'profile' : 'classic'
  const exe = host.get(['customHandler', 'description', 'defaultExecutablePath'])
  if (typeof exe !== 'string' || exe.trim() === '') {
    throw new UserError(
      'host.json: customHandler.description.defaultExecutablePath is missing; the host has no handler to start'
    )
  }
  const rawArgs = host.get(['customHandler', 'description', 'arguments'])
  const args = Array.isArray(rawArgs) ? rawArgs.map(a => String(a)) : []
  const wd = host.get(['customHandler', 'description', 'workingDirectory'])
  const cwd = typeof wd === 'string' && wd.trim() !== '' ? path.resolve(wwwroot, wd) : wwwroot
  if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
    throw new UserError(
      `host.json: customHandler.description.workingDirectory "${String(wd)}" is not a folder of the package`
    )
  }
  const notes: string[] = []
  const misspelled = host.has(['customHandler', 'enableHttpProxyingRequest'])
  if (misspelled) {
    notes.push(
      'host.json: customHandler.enableHttpProxyingRequest is not a host setting (the host ignores it); the switch is enableProxyingHttpRequest'
    )
  }

  if (layout === 'profile') {
    const port = parsePort(host.get(['customHandler', 'port']))
    if (port === undefined) {
      throw new UserError(
        `host.json: the ${PROFILE} profile needs customHandler.port (the port the server listens on); found ${JSON.stringify(host.get(['customHandler', 'port']) ?? null)}`
      )
    }
    const authLevel = parseAuthLevel(
      host.get(['customHandler', 'http', 'defaultAuthorizationLevel']),
      'host.json customHandler.http.defaultAuthorizationLevel'
    )
    return {
      layout,
      routePrefix: '',
      executable: exe,
      args,
      cwd,
      port,
      forwarding: 'proxy',
      functions: [{ name: 'mcp', authLevel, route: compileRoute('{*route}') }],
      notes
    }
  }

  const rp = host.get(['extensions', 'http', 'routePrefix'])
  const routePrefix = typeof rp === 'string' ? rp.replace(/^\/+|\/+$/g, '') : 'api'
  const proxy = isTrue(host.get(['customHandler', 'enableProxyingHttpRequest']))
  const forward = isTrue(host.get(['customHandler', 'enableForwardingHttpRequest']))
  const forwarding: ForwardingMode = proxy ? 'proxy' : forward ? 'forward' : 'none'
  if (forwarding === 'forward') {
    notes.push(
      "host.json: only the legacy enableForwardingHttpRequest is on: the host buffers responses and passes the client's Host header on (Python SDK servers bound to 127.0.0.1 answer 421 to that); set customHandler.enableProxyingHttpRequest: true"
    )
  }
  const functions = readFunctions(wwwroot)
  if (functions.length === 0) {
    throw new UserError(
      'no HTTP function in the package: the classic layout needs mcp-handler/function.json with an httpTrigger binding'
    )
  }
  return { layout, routePrefix, executable: exe, args, cwd, forwarding, functions, notes }
}

/** Function folders: every top-level folder with a function.json that has an httpTrigger. */
function readFunctions(wwwroot: string): HttpFunction[] {
  const out: HttpFunction[] = []
  let entries: string[]
  try {
    entries = readdirSync(wwwroot).sort()
  } catch {
    return out
  }
  for (const name of entries) {
    const file = path.join(wwwroot, name, 'function.json')
    if (!existsSync(file)) continue
    const label = `${name}/function.json`
    const doc = readJson(file, label)
    if (isTrue(doc.get(['disabled']))) continue
    const bindings = doc.get(['bindings'])
    if (!Array.isArray(bindings)) continue
    const trigger = bindings.find(isHttpTrigger)
    if (!trigger) continue
    const rawMethods = ciGet(trigger, 'methods')
    const methods = Array.isArray(rawMethods)
      ? rawMethods.map(m => String(m).toUpperCase())
      : undefined
    const rawRoute = ciGet(trigger, 'route')
    const route = typeof rawRoute === 'string' && rawRoute.trim() !== '' ? rawRoute : name
    out.push({
      name,
      authLevel: parseAuthLevel(ciGet(trigger, 'authLevel'), label),
      methods,
      route: compileRoute(route)
    })
  }
  // Literal routes win over catch-alls, like ASP.NET routing precedence.
  return out.sort((a, b) => Number(a.route.catchAll) - Number(b.route.catchAll))
}

/** `%NAME%` replaced by the variable's value, as the host expands arguments; unknown names are left as written. */
export function expandArguments(args: string[], env: NodeJS.ProcessEnv): string[] {
  return args.map(a =>
    a.replace(/%([A-Za-z_][A-Za-z0-9_]*)%/g, (all, name: string) => env[name] ?? all)
  )
}

/** Maps '/home/site/wwwroot' at the start of each path-list entry to the local app root. */
export function mapAppSetting(value: string, wwwroot: string): string {
  return value
    .split(path.delimiter)
    .map(part =>
      part === AZURE_ROOT || part.startsWith(AZURE_ROOT + '/')
        ? wwwroot + part.slice(AZURE_ROOT.length)
        : part
    )
    .join(path.delimiter)
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      srv.close(() => resolve(port))
    })
  })
}

/** Resolves true when anything answers HTTP on the port. */
function probe(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const req = http.request(
      { host: '127.0.0.1', port, path: '/', method: 'GET', timeout: 2000, agent: false },
      res => {
        res.resume()
        resolve(true)
      }
    )
    req.on('timeout', () => req.destroy())
    req.on('error', () => resolve(false))
    req.end()
  })
}

function portInUse(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const sock = net.connect({ host: '127.0.0.1', port })
    sock.once('connect', () => {
      sock.destroy()
      resolve(true)
    })
    sock.once('error', () => resolve(false))
  })
}

// --- process groups: no orphans, also when this process is interrupted ---

const liveGroups = new Set<number>()
let signalsHooked = false

/** Signals the handler's process group; `alsoPid` while the handler itself is known to be alive. */
function killGroup(pid: number, signal: NodeJS.Signals, alsoPid = true): void {
  try {
    process.kill(-pid, signal)
  } catch {
    if (!alsoPid) return
    try {
      process.kill(pid, signal)
    } catch {
      /* already gone */
    }
  }
}

function onExit(): void {
  for (const pid of liveGroups) killGroup(pid, 'SIGKILL', false)
}

function onSignal(signal: NodeJS.Signals): void {
  for (const pid of liveGroups) killGroup(pid, 'SIGTERM', false)
  liveGroups.clear()
  // Nobody else handles this signal: do what it would have done without us.
  if (process.listenerCount(signal) === 1) {
    unhookSignals()
    process.kill(process.pid, signal)
  }
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

function hookSignals(): void {
  if (signalsHooked) return
  signalsHooked = true
  process.on('exit', onExit)
  for (const s of SIGNALS) process.on(s, onSignal)
}

function unhookSignals(): void {
  if (!signalsHooked) return
  signalsHooked = false
  process.off('exit', onExit)
  for (const s of SIGNALS) process.off(s, onSignal)
}

function groupExists(pid: number): boolean {
  try {
    process.kill(-pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null
}

function waitExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true)
  return new Promise(resolve => {
    const t = setTimeout(() => resolve(false), ms)
    child.once('exit', () => {
      clearTimeout(t)
      resolve(true)
    })
  })
}

async function stopChild(child: ChildProcess): Promise<void> {
  const pid = child.pid
  if (pid === undefined) return
  killGroup(pid, 'SIGTERM', isRunning(child))
  if (!(await waitExit(child, 5000))) killGroup(pid, 'SIGKILL', isRunning(child))
  await waitExit(child, 5000)
  // Whatever the handler left in its group (npm start → node …) goes too. The handler is reaped
  // by now, so its pid alone may belong to someone else: only the group.
  killGroup(pid, 'SIGKILL', false)
  // Wait (bounded) until the group is empty, so "stopped" means no process of it is left.
  for (let i = 0; i < 40 && groupExists(pid); i++) await new Promise(r => setTimeout(r, 50))
  liveGroups.delete(pid)
  if (liveGroups.size === 0) unhookSignals()
}

// --- the front ---

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade'
])

function copyHeaders(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = {}
  const connectionTokens = String(headers.connection ?? '')
    .split(',')
    .map(t => t.trim().toLowerCase())
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined || HOP_BY_HOP.has(k) || connectionTokens.includes(k)) continue
    out[k] = v
  }
  return out
}

function plain(res: http.ServerResponse, status: number, text: string): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  const body = text + '\n'
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body)
  })
  res.end(body)
}

interface FrontContext {
  config: HostConfig
  handlerPort: number
  keys: Record<string, string>
}

function handle(ctx: FrontContext, req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://front.invalid')
  let rest = url.pathname.replace(/^\/+/, '')
  const prefix = ctx.config.routePrefix
  if (prefix) {
    const lower = rest.toLowerCase()
    const p = prefix.toLowerCase()
    if (lower !== p && !lower.startsWith(p + '/'))
      return plain(res, 404, `404 Not Found: the host serves functions under /${prefix}/`)
    rest = rest.slice(prefix.length).replace(/^\/+/, '')
  }
  rest = rest.replace(/\/+$/, '')
  const method = (req.method ?? 'GET').toUpperCase()
  const fn = ctx.config.functions.find(
    f => (!f.methods || f.methods.includes(method)) && matchRoute(f.route, rest)
  )
  if (!fn)
    return plain(res, 404, `404 Not Found: no function route matches ${method} ${url.pathname}`)
  if (
    !checkKey(fn.authLevel, req.headers['x-functions-key'], url.searchParams.get('code'), ctx.keys)
  ) {
    return plain(
      res,
      401,
      '401 Unauthorized: this function needs a key (x-functions-key header or ?code=)'
    )
  }
  switch (ctx.config.forwarding) {
    case 'proxy':
      return proxy(ctx, req, res)
    case 'forward':
      return forward(ctx, req, res)
    default:
      req.resume()
      return plain(
        res,
        500,
        `500 Internal Server Error: the Functions host does not forward this HTTP request to the handler: host.json customHandler has neither enableProxyingHttpRequest nor enableForwardingHttpRequest set to true, so the host would POST a JSON invocation payload to /${fn.name} instead, which an MCP server cannot answer. Set customHandler.enableProxyingHttpRequest: true.` +
          (ctx.config.notes.length ? ' ' + ctx.config.notes.join(' ') : '')
      )
  }
}

/** enableProxyingHttpRequest: streams both ways; the handler sees its own address as Host. */
function proxy(ctx: FrontContext, req: http.IncomingMessage, res: http.ServerResponse): void {
  const headers = copyHeaders(req.headers)
  const clientHost = req.headers.host ?? ''
  headers.host = `127.0.0.1:${ctx.handlerPort}`
  headers['x-forwarded-host'] = clientHost
  headers['x-forwarded-proto'] = req.headers['x-forwarded-proto'] ?? 'http'
  const remote = req.socket.remoteAddress ?? ''
  const prior = req.headers['x-forwarded-for']
  headers['x-forwarded-for'] = prior ? `${String(prior)}, ${remote}` : remote
  const upstream = http.request(
    {
      host: '127.0.0.1',
      port: ctx.handlerPort,
      method: req.method,
      path: req.url,
      headers,
      agent: false
    },
    up => {
      res.writeHead(up.statusCode ?? 502, up.statusMessage, copyHeaders(up.headers))
      // Send the status line and headers now: an SSE response may wait a while for its first event.
      res.flushHeaders()
      up.pipe(res)
      up.on('error', () => res.destroy())
    }
  )
  upstream.on('error', err =>
    plain(
      res,
      502,
      `502 Bad Gateway: the handler on port ${ctx.handlerPort} did not answer (${err.message})`
    )
  )
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy()
  })
  req.pipe(upstream)
}

/** Legacy enableForwardingHttpRequest: buffered, and the client's Host header is passed on. */
function forward(ctx: FrontContext, req: http.IncomingMessage, res: http.ServerResponse): void {
  const chunks: Buffer[] = []
  req.on('data', (c: Buffer) => chunks.push(c))
  req.on('error', () => res.destroy())
  req.on('end', () => {
    const body = Buffer.concat(chunks)
    const headers = copyHeaders(req.headers)
    headers['content-length'] = body.length
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: ctx.handlerPort,
        method: req.method,
        path: req.url,
        headers,
        agent: false,
        setHost: false
      },
      up => {
        const out: Buffer[] = []
        up.on('data', (c: Buffer) => out.push(c))
        up.on('error', () => res.destroy())
        up.on('end', () => {
          const payload = Buffer.concat(out)
          const h = copyHeaders(up.headers)
          h['content-length'] = payload.length
          res.writeHead(up.statusCode ?? 502, up.statusMessage, h)
          res.end(payload)
        })
      }
    )
    upstream.on('error', err =>
      plain(
        res,
        502,
        `502 Bad Gateway: the handler on port ${ctx.handlerPort} did not answer (${err.message})`
      )
    )
    upstream.end(body)
  })
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void => {
      server.off('listening', onListening)
      reject(
        err.code === 'EADDRINUSE'
          ? new UserError(
              `port ${port} on 127.0.0.1 is already in use (set local-port to another port, or 0 for a free one)`
            )
          : new UserError(`cannot listen on 127.0.0.1:${port}: ${err.message}`)
      )
    }
    const onListening = (): void => {
      server.off('error', onError)
      const addr = server.address()
      resolve(typeof addr === 'object' && addr ? addr.port : port)
    }
    server.once('error', onError)
    server.once('listening', onListening)
    server.listen(port, '127.0.0.1')
  })
}

function resolveExecutable(exe: string, cwd: string, wwwroot: string): string {
  if (path.isAbsolute(exe)) return exe
  for (const base of [cwd, wwwroot]) {
    const candidate = path.resolve(base, exe)
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return exe
}

/** Starts the handler and the front. Throws a UserError (after cleaning up) when it cannot. */
export async function startHost(opts: HostOptions): Promise<RunningHost> {
  const wwwroot = path.resolve(opts.wwwroot)
  const config = readHostConfig(wwwroot)
  const readyTimeoutMs = opts.readyTimeoutMs ?? 60000
  const log = opts.log ?? (() => {})

  // the handler sees what the spawn door allows (PATH, HOME, locale, proxies, CA) and its app settings
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(opts.appSettings)) env[k] = mapAppSetting(String(v), wwwroot)
  if (config.layout === 'profile') {
    const flags = String(env.AzureWebJobsFeatureFlags ?? '')
      .split(',')
      .map(s => s.trim())
    if (!flags.includes(FEATURE_FLAG)) {
      throw new UserError(
        `the ${PROFILE} profile needs the app setting AzureWebJobsFeatureFlags to contain ${FEATURE_FLAG}; without it the Functions host does not apply the profile`
      )
    }
  }

  let handlerPort: number
  if (config.port !== undefined) {
    handlerPort = config.port
    if (await portInUse(handlerPort)) {
      throw new UserError(
        `customHandler.port ${handlerPort} is already in use by another process on 127.0.0.1; stop it or choose another port`
      )
    }
  } else {
    handlerPort = await freePort()
  }
  env.FUNCTIONS_CUSTOMHANDLER_PORT = String(handlerPort)
  // The host expands %VAR% in the arguments from the handler's environment (unknown names stay).
  config.args = expandArguments(config.args, env)

  const tail: string[] = []
  const emit = (line: string): void => {
    tail.push(line)
    if (tail.length > TAIL_LINES) tail.shift()
    log(line)
  }
  const lastOutput = (): string =>
    tail.length ? ` Last output: ${tail.slice(-10).join(' | ')}` : ' The handler printed nothing.'

  const executable = resolveExecutable(config.executable, config.cwd, wwwroot)
  const child = startChild(executable, config.args, {
    cwd: config.cwd,
    env,
    detached: true
  })
  const spawned = await new Promise<NodeJS.ErrnoException | undefined>(resolve => {
    child.once('spawn', () => resolve(undefined))
    child.once('error', err => resolve(err))
  })
  if (spawned || child.pid === undefined) {
    const why = spawned?.code === 'ENOENT' ? 'not found' : (spawned?.message ?? 'unknown error')
    throw new UserError(
      `cannot start the handler "${config.executable}" (host.json customHandler.description.defaultExecutablePath): ${why}`
    )
  }
  const pid = child.pid
  liveGroups.add(pid)
  hookSignals()
  for (const stream of [child.stdout, child.stderr]) {
    let buf = ''
    stream?.setEncoding('utf8')
    stream?.on('data', (d: string) => {
      buf += d
      let i: number
      while ((i = buf.indexOf('\n')) >= 0) {
        emit(buf.slice(0, i).replace(/\r$/, ''))
        buf = buf.slice(i + 1)
      }
    })
    stream?.on('end', () => {
      if (buf) emit(buf)
      buf = ''
    })
  }
  const exited = new Promise<string>(resolve =>
    child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `exit code ${code}`))
  )
  const command = [config.executable, ...config.args].join(' ')

  let server: http.Server | undefined
  try {
    // Readiness as the host does it: any HTTP answer on the handler's port.
    const deadline = Date.now() + readyTimeoutMs
    let exitedWith: string | undefined
    void exited.then(w => (exitedWith = w))
    for (;;) {
      if (exitedWith) {
        // Let the last output lines arrive.
        await new Promise(r => setTimeout(r, 50))
        throw new UserError(
          `the handler (pid ${pid}: ${command}) exited with ${exitedWith} before it answered on port ${handlerPort}.${lastOutput()}`,
          undefined,
          { causeLines: tail.slice(-10), step: 'host start' }
        )
      }
      if (await probe(handlerPort)) break
      if (Date.now() >= deadline) {
        const hint =
          config.layout === 'profile'
            ? `does it listen on customHandler.port (${handlerPort})?`
            : `does it listen on the port in FUNCTIONS_CUSTOMHANDLER_PORT (${handlerPort})?`
        throw new UserError(
          `the handler (pid ${pid}: ${command}) did not answer HTTP on 127.0.0.1:${handlerPort} within ${Math.round(readyTimeoutMs / 100) / 10} s: ${hint}${lastOutput()}`,
          undefined,
          { causeLines: tail.slice(-10), step: 'host start' }
        )
      }
      await new Promise(r => setTimeout(r, 50))
    }

    const ctx: FrontContext = { config, handlerPort, keys: opts.keys }
    server = http.createServer((req, res) => {
      try {
        handle(ctx, req, res)
      } catch (err) {
        plain(res, 500, `500 Internal Server Error: ${(err as Error).message}`)
      }
    })
    const port = await listen(server, opts.port)
    const front = server
    let stopping: Promise<void> | undefined
    const stop = (): Promise<void> =>
      (stopping ??= (async () => {
        await new Promise<void>(resolve => {
          front.close(() => resolve())
          front.closeAllConnections()
        })
        await stopChild(child)
      })())
    const primary = config.functions.find(f => f.name === 'mcp-handler') ?? config.functions[0]
    return {
      url: `http://127.0.0.1:${port}`,
      routePrefix: config.routePrefix,
      authLevel: primary.authLevel,
      layout: config.layout,
      handlerPid: pid,
      handlerPort,
      forwarding: config.forwarding,
      notes: config.notes,
      stop
    }
  } catch (err) {
    server?.close()
    await stopChild(child)
    throw err
  }
}
