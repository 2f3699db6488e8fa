/**
 * Runs an unpacked package the way the Azure Functions host runs a custom handler:
 * reads host.json (and, in the classic layout, the function folders), spawns the handler with
 * the app settings as environment and FUNCTIONS_CUSTOMHANDLER_PORT, waits until it answers HTTP,
 * then listens on 127.0.0.1 as "the Functions host": route prefix, function routes, the key
 * check, and the host's forwarding mode (proxying, legacy forwarding, or none).
 */
import { startChild } from '../../io/spawn.js'
import http from 'node:http'
import path from 'node:path'
import { UserError } from '../../errors.js'
import {
  PROFILE_FEATURE_FLAG as FEATURE_FLAG,
  MCP_PROFILE as PROFILE
} from '../../project/hostjson.js'
import type { AuthLevel } from '../target.js'
import { expandArguments, mapAppSetting, readHostConfig, type ForwardingMode } from './config.js'
import { handle, listen, plain, type FrontContext } from './front.js'
import { freePort, portInUse, probe, resolveExecutable, stopChild, trackGroup } from './handler.js'

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

const TAIL_LINES = 30

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
  trackGroup(pid)
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
