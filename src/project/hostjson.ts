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

const AUTH_LEVELS: AuthLevel[] = ['anonymous', 'function', 'admin']
type Obj = Record<string, unknown>

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

const SCRIPT_EXT = /\.(py|js|mjs|cjs|ts|mts|dll|jar|exe|sh)$/i

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

const PYTHON_EXE = /^(python|python3(\.\d+)?)$/
const NODE_EXE = /^(node|npm|npx)$/

/** The rules over a parsed host.json. */
export function checkHost(
  files: ProjectFiles,
  doc: JsonDoc,
  facts: HostFacts,
  ctx: HostCheckContext
): Finding[] {
  const out: Finding[] = []
  doc = caseInsensitive(doc)
  const at = (p: Array<string | number>) => doc.position(p)
  const add = (
    rule: string,
    severity: Finding['severity'],
    p: Array<string | number>,
    message: string,
    fix: string
  ) => out.push({ rule: `host-json/${rule}`, severity, file: HOST_JSON, ...at(p), message, fix })

  const version = doc.get(['version'])
  if (version !== '2.0') {
    add(
      'version',
      'error',
      ['version'],
      version === undefined
        ? 'host.json has no "version"'
        : `host.json "version" is ${JSON.stringify(version)}, not "2.0"`,
      'set "version": "2.0"'
    )
  }

  if (facts.layout === 'profile') {
    const profile = doc.get(['configurationProfile'])
    if (profile !== MCP_PROFILE) {
      add(
        'profile-unknown',
        'error',
        ['configurationProfile'],
        `configurationProfile ${JSON.stringify(profile)} is not one the host knows for MCP servers`,
        `set "configurationProfile": "${MCP_PROFILE}"`
      )
    }
    if (doc.get(['customHandler', 'port']) === undefined) {
      add(
        'profile-port',
        'error',
        ['customHandler', 'port'],
        'customHandler.port is missing: the profile layout needs the port your server listens on',
        ctx.codePort
          ? `add "port": ${ctx.codePort} (the port your server listens on) under customHandler`
          : 'add "port": 8000 (or the port your server uses) under customHandler'
      )
    } else if (facts.port === undefined || facts.port < 1 || facts.port > 65535) {
      add(
        'profile-port',
        'error',
        ['customHandler', 'port'],
        `customHandler.port ${JSON.stringify(doc.get(['customHandler', 'port']))} is not a port number`,
        'set customHandler.port to the number your server listens on, e.g. 8000'
      )
    }
    const lvl = doc.get(['customHandler', 'http', 'defaultAuthorizationLevel'])
    if (
      lvl !== undefined &&
      !(typeof lvl === 'string' && (AUTH_LEVELS as string[]).includes(lvl.toLowerCase()))
    ) {
      add(
        'auth-level',
        'error',
        ['customHandler', 'http', 'defaultAuthorizationLevel'],
        `defaultAuthorizationLevel ${JSON.stringify(lvl)} is not anonymous, function or admin`,
        'use "function" (a key is needed) or remove it'
      )
    } else if (facts.authLevel === 'anonymous') {
      add(
        'anonymous',
        'warning',
        ['customHandler', 'http', 'defaultAuthorizationLevel'],
        'defaultAuthorizationLevel is anonymous: anyone who finds the URL can call your MCP server',
        'use "function" and give clients the key (the action outputs it), or put the app behind authentication'
      )
    }
  } else {
    checkRoutePrefix(doc, facts, ctx, add)
  }

  if (!doc.isObject(['customHandler', 'description'])) {
    add(
      'custom-handler',
      'error',
      ['customHandler', 'description'],
      'customHandler.description is missing: the host does not know what to start',
      'add customHandler.description with defaultExecutablePath and arguments (see `generate`)'
    )
    return out
  }
  checkExecutable(files, facts, ctx, add)
  checkArguments(files, doc, facts, ctx, add)
  checkWorkingDirectory(files, doc, facts, add)
  if (facts.layout === 'classic') checkSwitches(doc, facts, ctx, add)
  return out
}

/**
 * The classic host serves functions under the route prefix (default `api`) and forwards the
 * original path, prefix included, to the handler: a server that answers only /mcp gets
 * /api/mcp and answers 404 to every request.
 */
function checkRoutePrefix(doc: JsonDoc, facts: HostFacts, ctx: HostCheckContext, add: Add): void {
  const p = ['extensions', 'http', 'routePrefix']
  const raw = doc.get(p)
  const prefix = facts.routePrefix
  if (prefix === '') return
  const forwarded = `/${prefix}/mcp`
  const norm = (x: string) => x.replace(/\/+$/, '').toLowerCase()
  const paths = ctx.servedPaths
  const setting =
    raw === undefined
      ? 'extensions.http.routePrefix is not set, so the host serves under /api'
      : `routePrefix is ${JSON.stringify(raw)}, so the host serves under /${prefix}`
  if (paths?.some(x => norm(x) === norm(forwarded))) return // the server's own path is the prefixed one
  if (paths && !paths.includes('*')) {
    add(
      'route-prefix',
      'error',
      p,
      `${setting} and forwards the original path ${forwarded} to your server, which serves ${paths.join(', ')}: it answers 404 to every request`,
      `set "routePrefix": "" (${raw === undefined ? 'add "extensions": { "http": { "routePrefix": "" } }' : 'in extensions.http'}), or serve MCP at ${forwarded}`
    )
    return
  }
  add(
    'route-prefix',
    'warning',
    p,
    `${setting}: the endpoint is ${forwarded}, not /mcp${paths ? '' : ` (the host forwards ${forwarded} as is; it could not be told whether your server answers that path)`}`,
    raw === undefined
      ? 'add "extensions": { "http": { "routePrefix": "" } }'
      : 'set "routePrefix": "" unless you want that prefix'
  )
}

type Add = (
  rule: string,
  severity: Finding['severity'],
  p: Array<string | number>,
  message: string,
  fix: string
) => void

function checkExecutable(
  files: ProjectFiles,
  facts: HostFacts,
  ctx: HostCheckContext,
  add: Add
): void {
  const p = ['customHandler', 'description', 'defaultExecutablePath']
  const exe = facts.executable
  if (!exe) {
    add(
      'executable',
      'error',
      p,
      'customHandler.description.defaultExecutablePath is missing',
      `set it to ${ctx.language === 'node' ? '"node"' : '"python"'}`
    )
    return
  }
  const base = exe.split(/[\\/]/).pop() ?? exe
  if (/\.exe$/i.test(exe) || /^[a-zA-Z]:\\/.test(exe)) {
    add(
      'executable',
      'error',
      p,
      `defaultExecutablePath "${exe}" is a Windows path; MCP custom handlers run on Linux function apps`,
      'use "python" or "node"'
    )
    return
  }
  if (ctx.language === 'python' && NODE_EXE.test(base)) {
    add(
      'executable',
      'error',
      p,
      `defaultExecutablePath is "${exe}" but this is a Python server`,
      'set it to "python"'
    )
  } else if (ctx.language === 'node' && PYTHON_EXE.test(base)) {
    add(
      'executable',
      'error',
      p,
      `defaultExecutablePath is "${exe}" but this is a Node server`,
      'set it to "node"'
    )
  } else if (exe.includes('/')) {
    if (path.posix.isAbsolute(exe)) {
      add(
        'executable',
        'warning',
        p,
        `defaultExecutablePath "${exe}" is an absolute path that may not exist on the function app`,
        'use the bare command ("python", "node") so the platform finds it'
      )
    } else if (!files.contains(exe)) {
      add(
        'executable',
        'error',
        p,
        `defaultExecutablePath "${exe}" leaves the app folder`,
        'point it at a file inside the server folder, or use "python"/"node"'
      )
    } else if (!files.isFile(exe)) {
      add(
        'executable',
        'error',
        p,
        `defaultExecutablePath "${exe}" does not exist in the server folder`,
        'correct the path or use "python"/"node"'
      )
    }
  } else if (!PYTHON_EXE.test(base) && !NODE_EXE.test(base)) {
    add(
      'executable',
      'notice',
      p,
      `defaultExecutablePath "${exe}" is not python or node; the checks cannot tell whether it exists on the app`,
      'make sure the command is on the function app image'
    )
  }
}

function checkArguments(
  files: ProjectFiles,
  doc: JsonDoc,
  facts: HostFacts,
  ctx: HostCheckContext,
  add: Add
): void {
  const p = ['customHandler', 'description', 'arguments']
  const raw = doc.get(p)
  if (raw !== undefined && (!Array.isArray(raw) || raw.some(a => typeof a !== 'string'))) {
    add(
      'arguments',
      'error',
      p,
      'customHandler.description.arguments must be an array of strings',
      'e.g. "arguments": ["server.py"]'
    )
    return
  }
  const base = (facts.executable ?? '').split('/').pop() ?? ''
  const placeholder = facts.arguments.find(a => /[<>]/.test(a))
  if (placeholder !== undefined) {
    add(
      'arguments',
      'error',
      p,
      `arguments still hold the recipe's placeholder ${JSON.stringify(placeholder)}`,
      'put the path of your server script there, e.g. "weather.py"'
    )
    return
  }
  if (PYTHON_EXE.test(base) && facts.arguments.filter(a => !a.startsWith('-')).length === 0) {
    add(
      'arguments',
      'error',
      p,
      'arguments name no script: python would start without your server',
      'set "arguments": ["<your server>.py"]'
    )
    return
  }
  if (base === 'npm') {
    const script = facts.arguments[0] === 'run' ? facts.arguments[1] : facts.arguments[0]
    const pkg = files.text('package.json')
    if (script && pkg) {
      const scripts = new JsonDoc(pkg).get(['scripts'])
      if (isObj(scripts) && !(script in scripts)) {
        add(
          'arguments',
          'error',
          p,
          `arguments run the npm script "${script}", which package.json does not define`,
          `add "${script}" to package.json scripts or name an existing one`
        )
      }
    }
    return
  }
  const entry = facts.arguments.find(
    x => !x.startsWith('-') && (SCRIPT_EXT.test(x) || x.includes('/'))
  )
  if (!entry) return
  const rel = facts.entryHint ?? entry
  if (path.posix.isAbsolute(entry) || !files.contains(rel)) {
    add(
      'arguments',
      'error',
      p,
      `the argument "${entry}" points outside the server folder`,
      'name a file inside the server folder, relative to it'
    )
  } else if (!files.isFile(rel)) {
    const buildOutput = /^(dist|build|out|lib)\//.test(rel) && ctx.language === 'node'
    add(
      'arguments',
      buildOutput ? 'notice' : 'error',
      p,
      buildOutput
        ? `"${rel}" does not exist yet; it is expected from the build (npm run build runs while packaging)`
        : `the script "${rel}" named in arguments does not exist`,
      buildOutput
        ? 'make sure `npm run build` writes it'
        : 'correct the path (relative to workingDirectory, or the app root)'
    )
  }
}

function checkWorkingDirectory(
  files: ProjectFiles,
  doc: JsonDoc,
  facts: HostFacts,
  add: Add
): void {
  const p = ['customHandler', 'description', 'workingDirectory']
  const wd = facts.workingDirectory
  if (!wd) return
  if (path.posix.isAbsolute(wd) || !files.contains(wd)) {
    add(
      'working-directory',
      'error',
      p,
      `workingDirectory "${wd}" is outside the app folder`,
      'use a folder relative to the app root, or "" for the root'
    )
  } else if (!files.isDirectory(wd)) {
    add(
      'working-directory',
      'error',
      p,
      `workingDirectory "${wd}" does not exist`,
      'create it or set "workingDirectory": ""'
    )
  }
  void doc
}

function checkSwitches(doc: JsonDoc, facts: HostFacts, ctx: HostCheckContext, add: Add): void {
  const ch = ['customHandler']
  if (facts.misspelledProxy) {
    add(
      'proxy-misspelled',
      'warning',
      [...ch, MISSPELLED_PROXY_SWITCH],
      `"${MISSPELLED_PROXY_SWITCH}" (the original recipe's spelling) is not a host setting: the host ignores it silently, so responses are not streamed`,
      `rename it to "${PROXY_SWITCH}": true`
    )
  }
  if (facts.proxying) return
  if (facts.forwarding) {
    const guard = ctx.hostGuard === true
    add(
      'forwarding-only',
      guard ? 'error' : 'warning',
      [...ch, FORWARD_SWITCH],
      guard
        ? `only "${FORWARD_SWITCH}" is active: the host buffers and passes the client's Host header on, and this server's MCP SDK (bound to 127.0.0.1, DNS-rebinding guard) refuses a foreign Host on every request (${ctx.language === 'node' ? "createMcpExpressApp's Host validation: 403" : '421 Misdirected Request'})`
        : `only "${FORWARD_SWITCH}" is active: legacy forwarding buffers every response (no streaming) and passes the client's Host header on`,
      `add "${PROXY_SWITCH}": true to customHandler (it sends the handler its own address as Host and streams)`
    )
    return
  }
  add(
    'no-http-switch',
    'error',
    ch,
    `neither "${PROXY_SWITCH}" nor "${FORWARD_SWITCH}" is true: the host will not pass HTTP requests to your server`,
    `add "${PROXY_SWITCH}": true to customHandler`
  )
}

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
