/**
 * host.json (and, in the classic layout, the function folders) read as the Functions host reads them:
 * the layout, the handler's command, route prefix, function routes and their authorization levels,
 * the forwarding mode; and the host's expansions (%VAR% in arguments, /home/site/wwwroot in settings).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { UserError } from '../../errors.js'
import { JsonDoc } from '../../project/json.js'
import { ciGet } from '../../project/artifact.js'
import { caseInsensitive, isTrue, MCP_PROFILE as PROFILE } from '../../project/hostjson.js'
import { isHttpTrigger } from '../../project/functionjson.js'
import type { AuthLevel } from '../target.js'
import { compileRoute, type CompiledRoute } from './routing.js'

/** How the host hands a request to the handler. */
export type ForwardingMode = 'proxy' | 'forward' | 'none'

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

const AZURE_ROOT = '/home/site/wwwroot'

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
