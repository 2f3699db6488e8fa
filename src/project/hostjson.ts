/**
 * host.json as the Functions host reads it: the names it knows, the facts the rules and targets use
 * (loadHost), and the document read case-insensitively. Its rules are hostcheck.ts and hostcommand.ts.
 */
import path from 'node:path'
import type { ProjectFiles } from './files.js'
import { toPosix } from './files.js'
import { ciGet, ciPath, ciPathGet, isObj, readJsonArtifact } from './artifact.js'
import { JsonDoc } from './json.js'
import type { Finding, Language, Layout } from './types.js'
import type { AuthLevel } from '../targets/target.js'

export const HOST_JSON = 'host.json'
export const MCP_PROFILE = 'mcp-custom-handler'
/** The switch the host reads for streaming (proxying). */
export const PROXY_SWITCH = 'enableProxyingHttpRequest'
/** The original recipe's spelling: the host ignores it silently. */
export const MISSPELLED_PROXY_SWITCH = 'enableHttpProxyingRequest'
export const FORWARD_SWITCH = 'enableForwardingHttpRequest'
/** The app setting the profile layout needs (a feature flag of the preview). */
export const PROFILE_FEATURE_FLAG = 'EnableMcpCustomHandlerPreview'

export const AUTH_LEVELS: AuthLevel[] = ['anonymous', 'function', 'admin']
type Obj = Record<string, unknown>

/** An authorization level as the host accepts it: anonymous, function or admin, in any case. */
export function isAuthLevelName(v: unknown): boolean {
  return typeof v === 'string' && (AUTH_LEVELS as string[]).includes(v.toLowerCase())
}

/** A switch as the host binds it: true, or the string "true" in any case. */
export function isTrue(v: unknown): boolean {
  return v === true || (typeof v === 'string' && v.trim().toLowerCase() === 'true')
}

/** What host.json says, as the Functions host reads it. */
export interface HostFacts {
  layout: Layout
  /** Effective route prefix: the classic host's default is `api`; the profile serves at the root. */
  routePrefix: string
  executable?: string
  arguments: string[]
  /** As written ('' or absent = the app root). */
  workingDirectory: string
  /** Profile: customHandler.port when numeric. */
  port?: number
  proxying: boolean
  forwarding: boolean
  misspelledProxy: boolean
  /** Profile: customHandler.http.defaultAuthorizationLevel (default function). */
  authLevel?: AuthLevel
  /** The script or file that arguments name, relative to the server folder. */
  entryHint?: string
  /** An argument holds `%FUNCTIONS_CUSTOMHANDLER_PORT%`, which the host expands: the port on the command line. */
  portArgument: boolean
}

export interface HostLoad {
  doc?: JsonDoc
  facts?: HostFacts
  /** Findings about the file itself (missing, unreadable, syntax). */
  findings: Finding[]
}

/** An argument ending so names a file the host runs. */
export const SCRIPT_EXT = /\.(py|js|mjs|cjs|ts|mts|dll|jar|exe|sh)$/i

export function loadHost(files: ProjectFiles): HostLoad {
  const a = readJsonArtifact(
    files,
    HOST_JSON,
    { unreadable: 'host-json/unreadable', syntax: 'host-json/syntax' },
    'correct the JSON at that position (comments and trailing commas are fine, as for the host)'
  )
  if (a.kind === 'missing') {
    return {
      findings: [
        {
          rule: 'host-json/missing',
          severity: 'error',
          file: HOST_JSON,
          line: 1,
          message:
            'host.json is missing: the Functions host will not start a custom handler without it',
          fix: 'run `mcp-functions-deploy generate` (or the action with mode: generate) to write it'
        }
      ]
    }
  }
  if (a.kind === 'problem') return { doc: a.doc, findings: [a.finding] }
  const { doc, value: v } = a
  // The host binds host.json case-insensitively: every key is looked up that way.
  const ch = isObj(ciGet(v, 'customHandler')) ? (ciGet(v, 'customHandler') as Obj) : {}
  const desc = isObj(ciGet(ch, 'description')) ? (ciGet(ch, 'description') as Obj) : {}
  const layout: Layout = ciGet(v, 'configurationProfile') !== undefined ? 'profile' : 'classic'
  const rawArgs = ciGet(desc, 'arguments')
  const args = Array.isArray(rawArgs)
    ? rawArgs.filter((a): a is string => typeof a === 'string')
    : []
  const wdRaw = ciGet(desc, 'workingDirectory')
  const wd = typeof wdRaw === 'string' ? wdRaw : ''
  const prefixRaw = ciPathGet(v, ['extensions', 'http', 'routePrefix'])
  const routePrefix =
    layout === 'profile'
      ? ''
      : typeof prefixRaw === 'string'
        ? prefixRaw.replace(/^\/+|\/+$/g, '')
        : 'api'
  const portRaw = ciGet(ch, 'port')
  const port =
    typeof portRaw === 'number'
      ? portRaw
      : typeof portRaw === 'string' && /^\d+$/.test(portRaw.trim())
        ? Number(portRaw)
        : undefined
  const levelRaw = ciPathGet(ch, ['http', 'defaultAuthorizationLevel'])
  const level = typeof levelRaw === 'string' ? levelRaw.toLowerCase() : undefined
  const exe = ciGet(desc, 'defaultExecutablePath')
  const facts: HostFacts = {
    layout,
    routePrefix,
    executable: typeof exe === 'string' ? exe : undefined,
    arguments: args,
    workingDirectory: wd,
    port,
    proxying: isTrue(ciGet(ch, PROXY_SWITCH)),
    forwarding: isTrue(ciGet(ch, FORWARD_SWITCH)),
    misspelledProxy: ciGet(ch, MISSPELLED_PROXY_SWITCH) !== undefined,
    authLevel:
      layout === 'profile'
        ? (AUTH_LEVELS as string[]).includes(level ?? '')
          ? (level as AuthLevel)
          : 'function'
        : undefined,
    entryHint: entryFromArguments(args, wd),
    portArgument: args.some(x => x.includes('%FUNCTIONS_CUSTOMHANDLER_PORT%'))
  }
  return { doc, facts, findings: [] }
}

/** The first argument that names a file (a script path), resolved against workingDirectory. */
function entryFromArguments(args: string[], workingDirectory: string): string | undefined {
  // python -m package.module: the module's path, without extension (the Python family tries
  // `<path>.py` and `<path>/__main__.py`)
  const m = args.indexOf('-m')
  if (m >= 0 && args[m + 1] && /^[A-Za-z_][\w.]*$/.test(args[m + 1]))
    return toPosix(
      path.posix.normalize(
        path.posix.join(toPosix(workingDirectory || '.'), args[m + 1].replace(/\./g, '/'))
      )
    )
  const a = args.find(x => !x.startsWith('-') && (SCRIPT_EXT.test(x) || x.includes('/')))
  if (!a || /[<>]/.test(a)) return undefined
  return toPosix(
    path.posix.normalize(path.posix.join(toPosix(workingDirectory || '.'), toPosix(a)))
  )
}

export interface HostCheckContext {
  language?: Language
  /** May the server answer a foreign Host header with 421 (see PythonFacts.hostGuard)? */
  hostGuard?: boolean
  /** The URL paths the server answers MCP on ('*': any); undefined when unknown. */
  servedPaths?: string[]
  /** The port the code listens on without the host's variable (what generate writes as customHandler.port). */
  codePort?: number
}

/** Adds a host.json finding (its full rule id, `host-json/…`) at a path of the document. */
export type Add = (
  rule: string,
  severity: Finding['severity'],
  p: Array<string | number>,
  message: string,
  fix: string
) => void

/**
 * The same document, its paths matched case-insensitively (as the host binds host.json):
 * `get(['customHandler','http','defaultAuthorizationLevel'])` finds `"DefaultAuthorizationLevel"`.
 */
export function caseInsensitive(doc: JsonDoc): JsonDoc {
  const ci = Object.create(doc) as JsonDoc
  const map = (p: Array<string | number>) => ciPath(doc, p)
  ci.node = p => doc.node(map(p))
  ci.get = p => doc.get(map(p))
  ci.has = p => doc.has(map(p))
  ci.position = p => doc.position(map(p))
  ci.line = p => doc.line(map(p))
  ci.keys = p => doc.keys(map(p))
  ci.isObject = p => doc.isObject(map(p))
  return ci
}
