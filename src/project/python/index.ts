/**
 * The Python rule family: dependencies (requirements.txt / pyproject.toml) and server code.
 *
 * loadPython reads everything once (dependency files, the entry script and the local modules it
 * imports) and returns the facts the other families need; checkPython turns them into findings.
 */
import path from 'node:path'
import type { ProjectFiles } from '../files.js'
import { unusableFileFinding } from '../files.js'
import type { Finding, RuleContext } from '../types.js'
import { analyzeModule } from './code.js'
import type {
  ModuleAnalysis,
  PythonApiLine,
  PyValue,
  RunInfo,
  ServerInfo,
  Arg,
  Pos
} from './code.js'
import { readPyproject, readRequirementsTxt } from './requirements.js'
import type { DepsRead, LocatedRequirement, Requirement } from './requirements.js'
import {
  isEmpty,
  isUnbounded,
  lowerMajor,
  overlaps,
  reachesAtLeast,
  reachesBelow,
  satisfiesRange,
  specifierRange,
  window
} from './versions.js'
import type { VersionRange } from './versions.js'

export type { PythonApiLine } from './code.js'
export type { Requirement } from './requirements.js'
export { parseRequirementString, normalizeName } from './requirements.js'

export interface PythonFacts {
  depsFile?: 'requirements.txt' | 'pyproject.toml'
  requirements: Requirement[]
  sdk?: { package: 'mcp' | 'fastmcp'; specifier: string; file: string; line: number }
  /** The server script, relative to the server folder. */
  entry?: string
  /** What the code imports. */
  apiLine?: PythonApiLine
  /** true when the server may refuse a foreign Host header with 421 (DNS-rebinding guard: mcp 2.x and late 1.x
      bound to 127.0.0.1); false when surely not; undefined when unknown. */
  hostGuard?: boolean
}

// ---------------------------------------------------------------------------------------------
// What each API line needs

interface LineSpec {
  pkg: 'mcp' | 'fastmcp'
  label: string
  importText: string
  /** Versions in which the code's API (import + streamable HTTP) exists: [from, to). */
  from: string
  to?: string
  /** Why versions below `from` do not work. */
  belowWhy: string
  streamable: string[]
  runExample: string
}

const LINES: Record<PythonApiLine, LineSpec> = {
  mcp1: {
    pkg: 'mcp',
    label: 'mcp 1.x (FastMCP)',
    importText: 'from mcp.server.fastmcp import FastMCP',
    from: '1.8',
    to: '2',
    belowWhy: 'mcp before 1.8 has no streamable HTTP transport',
    streamable: ['streamable-http'],
    runExample: 'mcp.run(transport="streamable-http")'
  },
  mcp2: {
    pkg: 'mcp',
    label: 'mcp 2.x (MCPServer)',
    importText: 'from mcp.server.mcpserver import MCPServer',
    from: '2',
    belowWhy: 'mcp 1.x has no mcp.server.mcpserver module',
    streamable: ['streamable-http'],
    runExample:
      'mcp.run(transport="streamable-http", port=int(os.environ.get("FUNCTIONS_CUSTOMHANDLER_PORT", 8000)), stateless_http=True)'
  },
  fastmcp: {
    pkg: 'fastmcp',
    label: 'fastmcp (standalone)',
    importText: 'from fastmcp import FastMCP',
    from: '2.3',
    belowWhy: 'fastmcp before 2.3 has no streamable HTTP transport',
    streamable: ['http', 'streamable-http'],
    runExample:
      'mcp.run(transport="http", port=int(os.environ.get("FUNCTIONS_CUSTOMHANDLER_PORT", 8000)), stateless_http=True)'
  }
}

/** mcp 1.23.0 made FastMCP turn on DNS-rebinding protection (Host allow-list, 421) when bound to localhost. */
export const MCP_HOST_GUARD_SINCE = '1.23.0'
const PORT_ENV = 'FUNCTIONS_CUSTOMHANDLER_PORT'
const SDK_DEFAULT_PORT = 8000
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1'])

// ---------------------------------------------------------------------------------------------
// Loading

interface Internal {
  deps: DepsRead
  depsUnusable?: Finding
  poetry: boolean
  /** A pyproject.toml exists but has no [project].dependencies. */
  pyprojectWithoutDeps: boolean
  sdkReq?: LocatedRequirement
  otherSdkReq?: LocatedRequirement
  modules: ModuleAnalysis[]
  entryUnusable?: Finding
  server?: ServerInfo & { file: string }
  runs: Array<RunInfo & { file: string }>
  settings: Array<ModuleAnalysis['settings'][number] & { file: string }>
  apiImport?: { file: string; pos: Pos; module: string }
}

const internals = new WeakMap<PythonFacts, Internal>()

const DEPS_FILES = ['requirements.txt', 'pyproject.toml', 'setup.py', 'setup.cfg', 'Pipfile']

export function isPythonProject(files: ProjectFiles): boolean {
  if (DEPS_FILES.some(f => files.exists(f))) return true
  if (files.exists('package.json')) return false
  return files.list(n => n.endsWith('.py'), 1, 50).length > 0
}

export function loadPython(files: ProjectFiles, ctx: RuleContext): PythonFacts {
  const facts: PythonFacts = { requirements: [] }
  const internal: Internal = {
    deps: { requirements: [], problems: [], notes: [] },
    poetry: false,
    pyprojectWithoutDeps: false,
    modules: [],
    runs: [],
    settings: []
  }

  // dependencies: requirements.txt first (what the Functions build and the recipe use), else pyproject
  const reqRead = files.read('requirements.txt')
  if (reqRead.kind !== 'missing') {
    facts.depsFile = 'requirements.txt'
    const unusable = unusableFileFinding('python-deps/unreadable', 'requirements.txt', reqRead)
    if (unusable) internal.depsUnusable = unusable
    else internal.deps = readRequirementsTxt(files, 'requirements.txt')
  }
  if (files.read('pyproject.toml').kind !== 'missing') {
    const py = readPyproject(files)
    internal.poetry = py.poetry
    if (!facts.depsFile) {
      if (py.hasProjectDeps || py.problems.length) {
        facts.depsFile = 'pyproject.toml'
        internal.deps = py
      } else {
        internal.pyprojectWithoutDeps = true
        const unusable = unusableFileFinding(
          'python-deps/unreadable',
          'pyproject.toml',
          files.read('pyproject.toml')
        )
        if (unusable) internal.depsUnusable = unusable
      }
    }
  }
  facts.requirements = internal.deps.requirements.map(
    ({ name, extras, specifier, marker, line, raw }) => ({
      name,
      extras,
      specifier,
      ...(marker ? { marker } : {}),
      line,
      raw
    })
  )

  // code
  const entry = findEntry(files, ctx)
  if (entry) {
    facts.entry = entry
    const r = files.read(entry)
    const unusable = unusableFileFinding('python-code/unreadable', entry, r)
    if (unusable) internal.entryUnusable = unusable
    else if (r.kind === 'ok') loadModules(files, entry, r.text, internal)
  }
  const apiLine = internal.server?.apiLine ?? firstImport(internal)?.apiLine
  if (apiLine) facts.apiLine = apiLine

  // the SDK requirement: the package of the code's line, else whichever SDK is required
  const byName = (n: string): LocatedRequirement | undefined =>
    internal.deps.requirements.find(r => r.name === n)
  const wanted = apiLine
    ? LINES[apiLine].pkg
    : byName('mcp')
      ? 'mcp'
      : byName('fastmcp')
        ? 'fastmcp'
        : undefined
  const sdkReq = wanted ? byName(wanted) : undefined
  if (sdkReq) {
    internal.sdkReq = sdkReq
    facts.sdk = {
      package: wanted as 'mcp' | 'fastmcp',
      specifier: sdkReq.specifier,
      file: sdkReq.file,
      line: sdkReq.line
    }
  } else {
    internal.otherSdkReq = byName(wanted === 'mcp' ? 'fastmcp' : 'mcp')
  }
  const guard = hostGuardOf(facts, internal)
  if (guard !== undefined) facts.hostGuard = guard
  internals.set(facts, internal)
  return facts
}

function firstImport(
  internal: Internal
): { apiLine: PythonApiLine; file: string; pos: Pos } | undefined {
  for (const m of internal.modules) {
    const i = m.apiImports[0]
    if (i) return { apiLine: i.apiLine, file: m.file, pos: i.pos }
  }
  return undefined
}

const PREFERRED = ['server.py', 'main.py', 'app.py', '__main__.py', 'function_app.py']

function normalizeRel(p: string): string {
  return path.posix.normalize(p.replace(/\\/g, '/')).replace(/^\.\//, '')
}

function findEntry(files: ProjectFiles, ctx: RuleContext): string | undefined {
  if (ctx.entryHint) {
    const hint = normalizeRel(ctx.entryHint)
    if (files.contains(hint) && files.exists(hint) && !files.isDirectory(hint)) return hint
    if (files.isFile(`${hint}.py`)) return `${hint}.py`
    if (files.isFile(`${hint}/__main__.py`)) return `${hint}/__main__.py`
  }
  const folder = path.basename(files.root)
  const all = files
    .list(n => n.endsWith('.py'), 2, 400)
    .filter(
      f =>
        !/(^|\/)(tests?|testing|docs|examples?|scripts)\//.test(f) &&
        !/(^|\/)(test_[^/]*|[^/]*_test|conftest|setup|noxfile)\.py$/.test(f)
    )
  const rank = (f: string): number => {
    const base = path.posix.basename(f)
    const depth = f.split('/').length - 1
    const pref = PREFERRED.indexOf(base)
    const score =
      pref >= 0 ? pref : base === `${folder}.py` ? PREFERRED.length : PREFERRED.length + 1
    return depth * 100 + score
  }
  all.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  let importsOnly: string | undefined
  let analysed = 0
  for (const f of all) {
    const text = files.text(f)
    if (!text || !text.includes('mcp')) continue
    if (++analysed > 60) break
    const m = analyzeModule(text, f)
    if (m.servers.length && m.runs.length) return f
    if (!importsOnly && (m.servers.length || m.apiImports.length)) importsOnly = f
  }
  return importsOnly
}

/** The entry and the local modules it imports (one level), linked by the server variable. */
function loadModules(files: ProjectFiles, entry: string, text: string, internal: Internal): void {
  let main = analyzeModule(text, entry)
  const others: ModuleAnalysis[] = []
  const extraVars: string[] = []
  for (const imp of main.localImports) {
    for (const candidate of localModulePaths(entry, imp)) {
      if (!files.contains(candidate.path) || !files.isFile(candidate.path)) continue
      const t = files.text(candidate.path)
      if (!t || !t.includes('mcp')) continue
      const m = analyzeModule(t, candidate.path)
      others.push(m)
      const vars = new Set(m.servers.flatMap(s => s.variables))
      for (const n of candidate.names) if (vars.has(n.name)) extraVars.push(n.alias)
      if (candidate.module && vars.size) {
        // import server → server.mcp.run()
        const alias = candidate.moduleAlias
        if (alias) for (const v of vars) extraVars.push(`${alias}.${v}`)
      }
    }
  }
  if (extraVars.length) main = analyzeModule(text, entry, extraVars)
  internal.modules = [main, ...others]
  for (const m of internal.modules) {
    for (const s of m.servers) if (!internal.server) internal.server = { ...s, file: m.file }
    for (const r of m.runs) internal.runs.push({ ...r, file: m.file })
    for (const s of m.settings) internal.settings.push({ ...s, file: m.file })
  }
  const imp = firstImport(internal)
  if (imp) internal.apiImport = { file: imp.file, pos: imp.pos, module: '' }
}

function localModulePaths(
  entry: string,
  imp: ModuleAnalysis['localImports'][number]
): Array<{
  path: string
  names: Array<{ name: string; alias: string }>
  module?: boolean
  moduleAlias?: string
}> {
  const dir = path.posix.dirname(entry)
  const bases: string[] = []
  if (imp.level > 0) {
    let base = dir
    for (let i = 1; i < imp.level; i++) base = path.posix.dirname(base)
    bases.push(base)
  } else {
    bases.push(dir, '.')
  }
  const out: Array<{
    path: string
    names: Array<{ name: string; alias: string }>
    module?: boolean
    moduleAlias?: string
  }> = []
  for (const base of new Set(bases)) {
    const modPath = imp.module ? imp.module.split('.').join('/') : ''
    const join = (...p: string[]): string => normalizeRel(path.posix.join(base, ...p))
    if (modPath) {
      out.push({
        path: join(`${modPath}.py`),
        names: imp.names,
        module: imp.names.length === 0,
        moduleAlias: imp.names.length === 0 ? imp.module : undefined
      })
      out.push({ path: join(modPath, '__init__.py'), names: imp.names })
    }
    // from . import server / from pkg import server: the names may be modules
    for (const n of imp.names) {
      out.push({
        path: join(modPath, `${n.name}.py`),
        names: [],
        module: true,
        moduleAlias: n.alias
      })
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Evaluating the server's configuration

interface Setting {
  value: PyValue
  file: string
  pos: Pos
  /** Where it was given: `FastMCP(...)`, `run(...)`, `mcp.settings`. */
  where: string
}

/** A keyword of the server constructor, a `settings.X =` assignment, or a run keyword, in that order of strength. */
function lookup(
  internal: Internal,
  name: string,
  places: Array<'ctor' | 'settings' | 'run'>,
  run?: RunInfo & { file: string }
): Setting | undefined {
  const s = internal.server
  for (const p of places) {
    if (p === 'settings') {
      const a = [...internal.settings].reverse().find(x => x.name === name)
      if (a) return { value: a.value, file: a.file, pos: a.pos, where: `settings.${name}` }
    }
    if (p === 'ctor' && s) {
      const k = s.ctor.keywords.get(name)
      if (k) return { value: k.value, file: s.file, pos: k.pos, where: `${s.ctor.callee}(...)` }
    }
    if (p === 'run' && run) {
      const call = run.appFactory?.call ?? run.call
      const k =
        call.keywords.get(name) ??
        (run.kind === 'uvicorn' && name === 'port' ? run.call.keywords.get('port') : undefined)
      if (k) return { value: k.value, file: run.file, pos: k.pos, where: `${call.callee}(...)` }
    }
  }
  return undefined
}

type TransportVerdict =
  | { kind: 'streamable'; name: string }
  | { kind: 'bad'; name: string; pos: Pos; file: string; defaulted: boolean }
  | { kind: 'unknown'; why: string; pos: Pos; file: string }

function transportOf(apiLine: PythonApiLine, run: RunInfo & { file: string }): TransportVerdict {
  const spec = LINES[apiLine]
  const at = { pos: run.call.pos, file: run.file }
  const named = (name: string, pos: Pos, defaulted: boolean): TransportVerdict =>
    spec.streamable.includes(name)
      ? { kind: 'streamable', name }
      : { kind: 'bad', name, pos, file: run.file, defaulted }
  switch (run.kind) {
    case 'run_streamable_http_async':
      return { kind: 'streamable', name: 'streamable-http' }
    case 'run_sse_async':
      return { kind: 'bad', name: 'sse', ...at, defaulted: false }
    case 'run_stdio_async':
      return { kind: 'bad', name: 'stdio', ...at, defaulted: false }
    case 'uvicorn': {
      const f = run.appFactory
      if (!f)
        return {
          kind: 'unknown',
          why: 'uvicorn.run() is given an app that is not built here from the server',
          ...at
        }
      if (f.method === 'sse_app')
        return { kind: 'bad', name: 'sse', pos: f.call.pos, file: run.file, defaulted: false }
      if (f.method === 'streamable_http_app') return { kind: 'streamable', name: 'streamable-http' }
      const t = f.call.keywords.get('transport')
      if (!t) return { kind: 'streamable', name: 'http' }
      return fromValue(t, named, run.file)
    }
    case 'run_http_async':
    case 'run_async':
    case 'run': {
      if (run.kind === 'run_http_async') {
        const t = run.call.keywords.get('transport')
        return t ? fromValue(t, named, run.file) : { kind: 'streamable', name: 'http' }
      }
      if (run.kind === 'run_async' && apiLine !== 'fastmcp')
        return { kind: 'unknown', why: `${run.call.callee}() is not part of ${spec.label}`, ...at }
      const t = run.call.positional[0] ?? run.call.keywords.get('transport')
      if (!t) {
        if (run.call.spread)
          return {
            kind: 'unknown',
            why: `${run.call.callee}() takes its arguments from *args/**kwargs`,
            ...at
          }
        return { kind: 'bad', name: 'stdio', ...at, defaulted: true }
      }
      return fromValue(t, named, run.file)
    }
  }
}

function fromValue(
  arg: Arg,
  named: (name: string, pos: Pos, defaulted: boolean) => TransportVerdict,
  file: string
): TransportVerdict {
  const v = arg.value
  if (v.kind === 'str') return named(v.value, arg.pos, false)
  if (v.kind === 'env' && v.fallback?.kind === 'str') {
    const verdict = named(v.fallback.value, arg.pos, false)
    if (verdict.kind === 'streamable') return verdict
    return {
      kind: 'unknown',
      why: `the transport comes from the environment variable ${v.name} (default "${v.fallback.value}")`,
      pos: arg.pos,
      file
    }
  }
  return { kind: 'unknown', why: `the transport is ${describe(v)}`, pos: arg.pos, file }
}

function describe(v: PyValue): string {
  switch (v.kind) {
    case 'str':
      return `"${v.value}"`
    case 'num':
      return String(v.value)
    case 'bool':
      return v.value ? 'True' : 'False'
    case 'none':
      return 'None'
    case 'env':
      return `the environment variable ${v.name}${v.fallback ? ` (default ${describe(v.fallback)})` : ''}`
    case 'call':
      return `the result of ${v.callee}()`
    case 'unknown':
      return v.why
  }
}

function hostGuardOf(facts: PythonFacts, internal: Internal): boolean | undefined {
  const apiLine = facts.apiLine
  if (!apiLine || !internal.server) return undefined
  const run = pickRun(apiLine, internal)?.run
  if (apiLine === 'fastmcp') {
    const p = lookup(internal, 'host_origin_protection', ['run'], run)
    if (p?.value.kind === 'bool') return p.value.value
    const host = lookup(internal, 'host', ['settings', 'ctor', 'run'], run)
    if (host?.value.kind === 'str' && !LOOPBACK.has(host.value.value)) return false
    return undefined
  }
  const places: Array<'ctor' | 'settings' | 'run'> =
    apiLine === 'mcp1' ? ['settings', 'ctor'] : ['run']
  const sec = lookup(internal, 'transport_security', places, run)
  if (sec && sec.value.kind !== 'none') {
    if (sec.value.kind === 'call') {
      const flag = sec.value.keywords.get('enable_dns_rebinding_protection')?.value
      if (flag?.kind === 'bool') return flag.value
    }
    return undefined
  }
  const host = lookup(internal, 'host', places, run)
  if (host) {
    if (host.value.kind !== 'str') return undefined
    if (!LOOPBACK.has(host.value.value)) return false
  }
  if (apiLine === 'mcp2') return true
  // mcp 1.x: the guard exists from 1.23.0 on; before that, no Host check
  const range = internal.sdkReq ? specifierRange(internal.sdkReq.specifier) : {}
  if (!range) return undefined
  return reachesAtLeast(range, MCP_HOST_GUARD_SINCE)
}

/** The run call that serves: the first streamable one, else the first one. */
function pickRun(
  apiLine: PythonApiLine,
  internal: Internal
): { run: RunInfo & { file: string }; verdict: TransportVerdict } | undefined {
  let first: { run: RunInfo & { file: string }; verdict: TransportVerdict } | undefined
  for (const run of internal.runs) {
    const verdict = transportOf(apiLine, run)
    if (verdict.kind === 'streamable') return { run, verdict }
    first ??= { run, verdict }
  }
  return first
}

// ---------------------------------------------------------------------------------------------
// Rules

export function checkPython(files: ProjectFiles, facts: PythonFacts, ctx: RuleContext): Finding[] {
  let internal = internals.get(facts)
  if (!internal) {
    const fresh = loadPython(files, ctx)
    internal = internals.get(fresh)!
  }
  return [...checkDeps(facts, internal), ...checkCode(facts, internal, ctx)]
}

function sdkLine(apiLine: PythonApiLine | undefined, extras = ''): string {
  switch (apiLine) {
    case 'mcp1':
      return `mcp${extras}>=1.8,<2`
    case 'fastmcp':
      return `fastmcp${extras}>=2.3,<3`
    default:
      return `mcp${extras}>=2,<3`
  }
}

function checkDeps(facts: PythonFacts, internal: Internal): Finding[] {
  const out: Finding[] = []
  const apiLine = facts.apiLine
  if (internal.depsUnusable) return [internal.depsUnusable]
  if (!facts.depsFile) {
    const poetry = internal.poetry
    // code that imports no SDK at all (a standard-library server) may need nothing installed
    const noSdkCode = internal.modules.length > 0 && !internal.modules.some(m => m.importsSdk)
    out.push({
      rule: 'python-deps/missing',
      severity: noSdkCode ? 'warning' : 'error',
      file: internal.pyprojectWithoutDeps ? 'pyproject.toml' : 'requirements.txt',
      line: 1,
      message: internal.pyprojectWithoutDeps
        ? `pyproject.toml has no [project].dependencies${poetry ? ' (Poetry dependencies are not installed by pip from a requirements list)' : ''} and there is no requirements.txt: nothing says which MCP SDK to install`
        : 'no requirements.txt (or pyproject.toml with [project].dependencies): the package would be built without the MCP SDK',
      fix: `create requirements.txt with the SDK line your code uses, e.g. \`${sdkLine(apiLine, apiLine === 'mcp1' ? '[cli]' : '')}\`${poetry ? ' (or `poetry export -f requirements.txt -o requirements.txt`)' : ''}`
    })
    return out
  }
  for (const p of internal.deps.problems) {
    out.push({
      rule: p.rule ?? 'python-deps/syntax',
      severity: p.severity ?? 'error',
      file: p.file,
      line: p.line,
      ...(p.column ? { column: p.column } : {}),
      message: p.message,
      fix: p.fix
    })
  }
  for (const p of internal.deps.notes) {
    out.push({
      rule: p.rule ?? 'python-deps/include-outside',
      severity: p.severity ?? 'notice',
      file: p.file,
      line: p.line,
      message: p.message,
      fix: p.fix
    })
  }
  const req = internal.sdkReq
  const depsFile = facts.depsFile
  if (!req) {
    if (internal.deps.problems.length) return out // the file did not parse; do not guess
    const other = internal.otherSdkReq
    const want = apiLine ? LINES[apiLine] : undefined
    if (other && want) {
      out.push({
        rule: 'python-deps/sdk-missing',
        severity: 'warning',
        file: other.file,
        line: other.line,
        message: `the code imports ${want.pkg} (\`${want.importText}\`) but ${depsFile} requires only ${other.name}: it works only while ${other.name} happens to pull in a matching ${want.pkg}`,
        fix: `add \`${sdkLine(apiLine)}\` to ${depsFile}`
      })
    } else if (!other) {
      out.push({
        rule: 'python-deps/sdk-missing',
        severity: 'error',
        file: depsFile,
        line: 1,
        message: `${depsFile} does not require the MCP SDK (neither \`mcp\` nor \`fastmcp\`)${want ? `, yet the code imports it (\`${want.importText}\`)` : ''}: the server cannot start`,
        fix: `add \`${sdkLine(apiLine, apiLine === 'mcp1' ? '[cli]' : '')}\` to ${depsFile}`
      })
    }
    return out
  }
  const at = { file: req.file, line: req.line }
  if (req.url) {
    out.push({
      rule: 'python-deps/sdk-url',
      severity: 'notice',
      ...at,
      message: `${req.name} is installed from ${req.url}: its version cannot be checked against the code`,
      fix: `require ${req.name} from the package index with a version range, e.g. \`${sdkLine(apiLine)}\``
    })
    return out
  }
  const range = specifierRange(req.specifier)
  if (!range) {
    out.push({
      rule: 'python-deps/sdk-specifier',
      severity: 'error',
      ...at,
      message: `\`${req.raw}\`: "${req.specifier}" is not a valid PEP 440 version specifier; pip refuses it`,
      fix: `write a valid range, e.g. \`${sdkLine(apiLine)}\``
    })
    return out
  }
  const extras = req.extras.length ? `[${req.extras.join(',')}]` : ''
  if (apiLine) {
    const spec = LINES[apiLine]
    const api = window(spec.from, spec.to)
    const none = !overlaps(range, api)
    const above = spec.to !== undefined && reachesAtLeast(range, spec.to)
    if (none || above) {
      out.push({
        rule: 'python-deps/sdk-api-mismatch',
        severity: 'error',
        ...at,
        ...mismatch(apiLine, req, range, none, extras, depsFile)
      })
    } else if (reachesBelow(range, spec.from)) {
      out.push({
        rule: 'python-deps/sdk-too-old',
        severity: 'warning',
        ...at,
        message: `\`${req.raw}\` also allows ${req.name} below ${spec.from}, where the code's API is missing (${spec.belowWhy}); pip picks the newest allowed today, but a resolver or cache may not`,
        fix: `raise the lower bound: \`${fixedRequirement(apiLine, req, range)}\``
      })
    }
  }
  if (isUnbounded(range)) {
    out.push({
      rule: 'python-deps/sdk-unbounded',
      severity: 'warning',
      ...at,
      message: `\`${req.raw}\` has no upper bound: the next major release of ${req.name} is installed automatically at the next deploy and may break the server`,
      fix: `bound the range, e.g. \`${fixedRequirement(apiLine, req, range) ?? `${req.name}${extras}${req.specifier},<${(lowerMajor(range) ?? 1) + 1}`}\``
    })
  }
  return out
}

function mismatch(
  apiLine: PythonApiLine,
  req: LocatedRequirement,
  range: VersionRange,
  none: boolean,
  extras: string,
  depsFile: string
): { message: string; fix: string } {
  const spec = LINES[apiLine]
  const allowed = req.specifier ? `\`${req.raw}\`` : `\`${req.raw}\` (any version)`
  if (apiLine === 'mcp1') {
    const what = none
      ? `allows no mcp version with FastMCP and streamable HTTP (1.8 ≤ v < 2)`
      : `allows mcp 2.x, the version pip installs today`
    return {
      message: `${depsFile}: ${allowed} ${what}, but the code uses \`${spec.importText}\`: in mcp 2.x that import fails (FastMCP was renamed MCPServer) and the server dies at start`,
      fix: `either pin the 1.x line: \`mcp${extras}>=1.8,<2\` in ${depsFile}; or move the code to mcp 2.x: \`from mcp.server.mcpserver import MCPServer\`, \`mcp = MCPServer("name")\`, and pass port, host and stateless_http to \`mcp.run(transport="streamable-http", port=..., stateless_http=True)\`, with \`mcp${extras}>=2,<3\``
    }
  }
  if (apiLine === 'mcp2') {
    return {
      message: `${depsFile}: ${allowed} allows only mcp versions before 2.0, but the code uses \`${spec.importText}\`, which exists from mcp 2.0 on: the import fails and the server dies at start`,
      fix: `require \`mcp${extras}>=2,<3\` in ${depsFile}, or move the code to the 1.x API (\`from mcp.server.fastmcp import FastMCP\`) with \`mcp${extras}>=1.8,<2\``
    }
  }
  return {
    message: `${depsFile}: ${allowed} allows no fastmcp version with the streamable HTTP transport (2.3 or later)`,
    fix: `require \`${fixedRequirement(apiLine, req, range)}\` in ${depsFile}`
  }
}

/** The requirement line rewritten so that every allowed version has the code's API, bounded above. */
function fixedRequirement(
  apiLine: PythonApiLine | undefined,
  req: LocatedRequirement,
  range: VersionRange
): string | undefined {
  const extras = req.extras.length ? `[${req.extras.join(',')}]` : ''
  const marker = req.marker ? ` ; ${req.marker}` : ''
  const name = req.raw.match(/^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/)?.[1] ?? req.name
  if (!apiLine) {
    const major = lowerMajor(range)
    if (major === undefined) return undefined
    return `${name}${extras}${req.specifier},<${major + 1}${marker}`
  }
  const spec = LINES[apiLine]
  const keepLo =
    range.lo && satisfiesRange(range.lo.version, window(spec.from, spec.to)) && range.lo.inclusive
  const lo = keepLo ? range.lo!.version : spec.from
  let hi: string
  if (spec.to) hi = spec.to
  else {
    const major = Number(lo.split('.')[0])
    hi = String(major + 1)
  }
  // keep a tighter upper bound the user chose, when it still leaves versions with the API
  if (
    range.hi &&
    !range.exact &&
    !range.hi.inclusive &&
    satisfiesRange(range.hi.version, window(lo, hi)) &&
    !isEmpty(window(lo, range.hi.version))
  ) {
    hi = range.hi.version
  }
  return `${name}${extras}>=${lo},<${hi}${marker}`
}

function finding(
  rule: string,
  severity: Finding['severity'],
  file: string,
  pos: Pos,
  message: string,
  fix: string
): Finding {
  return { rule, severity, file, line: pos.line, column: pos.column, message, fix }
}

function checkCode(facts: PythonFacts, internal: Internal, ctx: RuleContext): Finding[] {
  const out: Finding[] = []
  if (internal.entryUnusable) return [internal.entryUnusable]
  if (!facts.entry) {
    out.push({
      rule: 'python-code/no-entry',
      severity: 'warning',
      file: 'host.json',
      line: 1,
      message:
        'no Python script here imports an MCP server (FastMCP, MCPServer or fastmcp.FastMCP); the server code was not checked',
      fix: 'name the server script in host.json `customHandler.description.arguments` (e.g. ["server.py"])'
    })
    return out
  }
  for (const m of internal.modules) {
    const e = m.syntaxError
    if (!e) continue
    out.push(
      e.certain
        ? finding(
            'python-code/syntax',
            'error',
            m.file,
            e.pos,
            `${m.file} has a syntax error at line ${e.pos.line} (\`${e.near}\`): Python refuses to start it`,
            `correct the syntax at ${m.file}:${e.pos.line}`
          )
        : finding(
            'python-code/syntax',
            'notice',
            m.file,
            e.pos,
            `${m.file} line ${e.pos.line} (\`${e.near}\`) could not be read by the checker (it may be valid newer Python); the checks below may miss things there`,
            `run \`python -m py_compile ${m.file}\` to be sure`
          )
    )
  }
  const apiLine = facts.apiLine
  const server = internal.server
  if (!apiLine || !server) {
    const main = internal.modules[0]
    out.push({
      rule: 'python-code/no-server',
      severity: 'notice',
      file: facts.entry,
      line: main?.lowLevel?.line ?? firstImport(internal)?.pos.line ?? 1,
      message: main?.lowLevel
        ? `${facts.entry} uses the low-level mcp Server: transport, port and statelessness were not checked`
        : `${facts.entry} does not visibly build an MCP server (FastMCP(...), MCPServer(...)); transport, port and statelessness were not checked`,
      fix: `build the server in ${facts.entry} with the SDK's server class (\`${LINES[apiLine ?? 'mcp2'].importText}\`)`
    })
    return out
  }
  const spec = LINES[apiLine]

  // arguments in the wrong place for this line (TypeError at start); the checks of the same
  // settings below are skipped, the fix of the misplaced argument covers them
  const misplaced = new Set<string>()
  if (apiLine === 'mcp2') {
    for (const k of [
      'host',
      'port',
      'stateless_http',
      'json_response',
      'streamable_http_path',
      'transport_security',
      'mount_path',
      'sse_path'
    ]) {
      const a = server.ctor.keywords.get(k)
      if (a) {
        misplaced.add(k)
        out.push(
          finding(
            'python-code/misplaced-argument',
            'error',
            server.file,
            a.pos,
            `\`${server.ctor.callee}(..., ${k}=...)\`: in mcp 2.x MCPServer takes no \`${k}\` (TypeError at start); it is an argument of run()`,
            `move \`${k}=${a.text}\` into \`mcp.run(transport="streamable-http", ${k}=...)\``
          )
        )
      }
    }
  }
  if (apiLine === 'mcp1') {
    for (const run of internal.runs.filter(r => r.kind === 'run')) {
      for (const [k, a] of run.call.keywords) {
        if (k === 'transport' || k === 'mount_path') continue
        misplaced.add(k)
        out.push(
          finding(
            'python-code/misplaced-argument',
            'error',
            run.file,
            a.pos,
            `\`${run.call.callee}(..., ${k}=...)\`: in mcp 1.x FastMCP.run() takes only transport and mount_path (TypeError at start)`,
            `pass \`${k}=${a.text}\` to \`FastMCP("name", ${k}=...)\` instead`
          )
        )
      }
    }
  }

  // transport
  const picked = pickRun(apiLine, internal)
  if (!picked) {
    out.push(
      finding(
        'python-code/no-run',
        'notice',
        server.file,
        server.ctor.pos,
        `the server built here is never started in a way the checker can follow (no \`.run(...)\` on it, no \`uvicorn.run(...)\` of its app); transport and port were not checked`,
        `start it at the end of ${facts.entry}: \`if __name__ == "__main__": ${spec.runExample}\``
      )
    )
  } else {
    const v = picked.verdict
    if (v.kind === 'bad') {
      const sse = v.name === 'sse'
      const known = ['stdio', 'sse'].includes(v.name)
      out.push(
        finding(
          'python-code/transport',
          'error',
          v.file,
          v.pos,
          v.defaulted
            ? `\`${picked.run.call.callee}()\` without a transport runs over stdio: the Functions host talks HTTP, so every request fails`
            : known
              ? `the server runs with the ${v.name} transport${sse ? ' (the deprecated HTTP+SSE protocol)' : ''}: Azure Functions custom handlers need streamable HTTP`
              : `"${v.name}" is not a transport ${spec.label} knows (ValueError at start)`,
          `start it with streamable HTTP: \`${spec.runExample}\``
        )
      )
    } else if (v.kind === 'unknown') {
      out.push(
        finding(
          'python-code/transport',
          'notice',
          v.file,
          v.pos,
          `cannot tell the transport: ${v.why}; it must be ${spec.streamable.map(s => `"${s}"`).join(' or ')} on Azure Functions`,
          `pass the transport as a literal: \`${spec.runExample}\``
        )
      )
    }
  }
  // a bad transport is the one finding that matters; with an unknown one, go on checking its run
  const run = picked && picked.verdict.kind !== 'bad' ? picked.run : undefined
  if (!run) return out

  // stateless
  const statelessPlaces: Array<'ctor' | 'settings' | 'run'> =
    apiLine === 'mcp1'
      ? ['settings', 'ctor']
      : apiLine === 'mcp2'
        ? ['run']
        : ['settings', 'run', 'ctor']
  const stateless =
    lookup(internal, 'stateless_http', statelessPlaces, run) ??
    (apiLine === 'fastmcp' ? lookup(internal, 'stateless', ['run'], run) : undefined)
  const statelessFix =
    apiLine === 'mcp1'
      ? 'pass `stateless_http=True` to `FastMCP("name", stateless_http=True, ...)`'
      : `pass \`stateless_http=True\` to \`${run.appFactory?.call.callee ?? run.call.callee}(...)\``
  if (misplaced.has('stateless_http')) {
    // reported above
  } else if (!stateless) {
    const spread =
      apiLine === 'mcp1' ? server.ctor.spread : (run.appFactory?.call ?? run.call).spread
    if (spread) {
      out.push(
        finding(
          'python-code/not-stateless',
          'notice',
          server.file,
          server.ctor.pos,
          'cannot tell whether the server is stateless: its arguments come from *args/**kwargs',
          statelessFix
        )
      )
    } else {
      const at =
        apiLine === 'mcp1'
          ? { file: server.file, pos: server.ctor.pos }
          : { file: run.file, pos: (run.appFactory?.call ?? run.call).pos }
      out.push(
        finding(
          'python-code/not-stateless',
          'error',
          at.file,
          at.pos,
          `the server keeps sessions (stateless_http is not set): Azure Functions may route the requests of one client to different instances, which do not know its session`,
          statelessFix
        )
      )
    }
  } else if (stateless.value.kind === 'bool') {
    if (!stateless.value.value)
      out.push(
        finding(
          'python-code/not-stateless',
          'error',
          stateless.file,
          stateless.pos,
          `\`stateless_http=False\` in ${stateless.where}: Azure Functions needs a stateless server`,
          statelessFix
        )
      )
  } else {
    out.push(
      finding(
        'python-code/not-stateless',
        'notice',
        stateless.file,
        stateless.pos,
        `cannot tell whether the server is stateless: stateless_http is ${describe(stateless.value)}`,
        `set it to the literal True: ${statelessFix}`
      )
    )
  }

  // port
  const portPlaces: Array<'ctor' | 'settings' | 'run'> =
    apiLine === 'mcp1'
      ? ['settings', 'ctor']
      : apiLine === 'mcp2'
        ? ['run']
        : ['settings', 'run', 'ctor']
  let port = lookup(internal, 'port', portPlaces, run)
  if (run.kind === 'uvicorn') {
    const k = run.call.keywords.get('port')
    port = k ? { value: k.value, file: run.file, pos: k.pos, where: 'uvicorn.run(...)' } : undefined
  }
  const portSpread = !port && (apiLine === 'mcp1' ? server.ctor.spread : run.call.spread)
  if (!misplaced.has('port')) out.push(...checkPort(port, portSpread, ctx, apiLine, server, run))
  return out
}

function checkPort(
  port: Setting | undefined,
  spread: boolean,
  ctx: RuleContext,
  apiLine: PythonApiLine,
  server: ServerInfo & { file: string },
  run: RunInfo & { file: string }
): Finding[] {
  const where =
    apiLine === 'mcp1'
      ? 'FastMCP("name", port=...)'
      : run.kind === 'uvicorn'
        ? 'uvicorn.run(app, port=...)'
        : `${run.call.callee}(..., port=...)`
  const envFix =
    apiLine === 'mcp1'
      ? `\`mcp_port = int(os.environ.get("${PORT_ENV}", 8080))\` and \`FastMCP("name", stateless_http=True, port=mcp_port)\``
      : `\`${where.replace('port=...', `port=int(os.environ.get("${PORT_ENV}", 8000))`)}\``
  const at = port ?? {
    file: apiLine === 'mcp1' ? server.file : run.file,
    pos: apiLine === 'mcp1' ? server.ctor.pos : run.call.pos
  }
  if (!port && spread) {
    return [
      finding(
        'python-code/port-unknown',
        'notice',
        at.file,
        at.pos,
        'cannot tell the port: the arguments come from *args/**kwargs',
        `pass it explicitly: ${envFix}`
      )
    ]
  }
  let value: PyValue = port ? port.value : { kind: 'num', value: SDK_DEFAULT_PORT }
  const defaulted = !port
  if (value.kind === 'env' && value.name === PORT_ENV) return []
  let viaEnv: string | undefined
  if (value.kind === 'env') {
    viaEnv = value.name
    if (!value.fallback) {
      if (ctx.layout === 'classic' || ctx.layout === undefined)
        return [
          finding(
            'python-code/port-not-from-env',
            'error',
            at.file,
            at.pos,
            `the port is read from ${value.name}, which the Functions host does not set: it passes the port in ${PORT_ENV}`,
            `read ${PORT_ENV} instead: ${envFix}`
          )
        ]
      return [
        finding(
          'python-code/port-unknown',
          'notice',
          at.file,
          at.pos,
          `the port is read from ${value.name}, which the Functions host does not set`,
          `read ${PORT_ENV}: ${envFix}`
        )
      ]
    }
    value = value.fallback
  }
  if (value.kind === 'str' && /^\d+$/.test(value.value.trim()))
    value = { kind: 'num', value: Number(value.value) }
  if (value.kind !== 'num') {
    return [
      finding(
        'python-code/port-unknown',
        'notice',
        at.file,
        at.pos,
        `cannot tell the port: it is ${describe(value)}`,
        `read it from the environment: ${envFix}`
      )
    ]
  }
  const n = value.value
  const said = defaulted
    ? `the server listens on the SDK's default port ${n} (no port is given)`
    : viaEnv
      ? `the port is read from ${viaEnv}, which the Functions host does not set, so it is ${n}`
      : `the port is fixed to ${n}`
  if (ctx.layout === 'profile') {
    if (ctx.hostPort === undefined) return []
    if (n === ctx.hostPort) return []
    return [
      finding(
        'python-code/port-mismatch',
        'error',
        at.file,
        at.pos,
        `${said}, but host.json's customHandler.port is ${ctx.hostPort}: the host cannot reach the server`,
        `listen on ${ctx.hostPort} (or read ${PORT_ENV}, which the host sets to customHandler.port): ${envFix}`
      )
    ]
  }
  if (ctx.layout === 'classic') {
    return [
      finding(
        'python-code/port-not-from-env',
        'error',
        at.file,
        at.pos,
        `${said}: in the classic layout the Functions host picks the port and passes it in ${PORT_ENV}, so it cannot reach the server`,
        `read the port from the environment: ${envFix}`
      )
    ]
  }
  return [
    finding(
      'python-code/port-not-from-env',
      'warning',
      at.file,
      at.pos,
      `${said}: without host.json's profile layout (customHandler.port = ${n}) the Functions host passes the port in ${PORT_ENV} and cannot reach the server`,
      `read the port from the environment: ${envFix}`
    )
  ]
}

// ---------------------------------------------------------------------------------------------
// Fixes and templates

export function pythonRequirementsTemplate(apiLine: PythonApiLine | undefined): string {
  const label = apiLine ? LINES[apiLine].label : 'mcp 2.x (MCPServer)'
  return `# The MCP SDK line the server code uses: ${label}.\n${sdkLine(apiLine, apiLine === 'mcp1' ? '[cli]' : '')}\n`
}

export function fixPythonDeps(
  files: ProjectFiles,
  facts: PythonFacts
): { file: string; after: string; why: string } | undefined {
  const internal = internals.get(facts)
  const apiLine = facts.apiLine
  if (!facts.depsFile) {
    if (
      internal?.depsUnusable ||
      internal?.pyprojectWithoutDeps ||
      files.exists('requirements.txt')
    )
      return undefined
    return {
      file: 'requirements.txt',
      after: pythonRequirementsTemplate(apiLine),
      why: 'there is no requirements.txt: it names the MCP SDK line the code uses'
    }
  }
  if (!internal || internal.deps.problems.length) return undefined
  const req = internal.sdkReq
  if (!req) {
    if (internal.otherSdkReq && !apiLine) return undefined
    const line = sdkLine(apiLine, apiLine === 'mcp1' ? '[cli]' : '')
    const text = files.text(facts.depsFile)
    if (text === undefined) return undefined
    const why = `${facts.depsFile} does not require the MCP SDK the code imports`
    if (facts.depsFile === 'requirements.txt') {
      const sep = text === '' || text.endsWith('\n') ? '' : '\n'
      return { file: 'requirements.txt', after: `${text}${sep}${line}\n`, why }
    }
    const after = insertPyprojectDependency(text, line)
    return after ? { file: 'pyproject.toml', after, why } : undefined
  }
  if (req.url) return undefined
  const range = specifierRange(req.specifier)
  if (!range) return undefined
  let problem: string | undefined
  if (apiLine) {
    const spec = LINES[apiLine]
    const api = window(spec.from, spec.to)
    if (!overlaps(range, api) || (spec.to !== undefined && reachesAtLeast(range, spec.to)))
      problem = `\`${req.raw}\` allows ${req.name} versions without the API the code uses (\`${spec.importText}\`)`
    else if (reachesBelow(range, spec.from))
      problem = `\`${req.raw}\` allows ${req.name} versions older than ${spec.from}`
  }
  if (!problem && isUnbounded(range)) problem = `\`${req.raw}\` has no upper bound`
  if (!problem) return undefined
  const fixed = fixedRequirement(apiLine, req, range)
  if (!fixed) return undefined
  const text = files.text(req.file)
  if (text === undefined) return undefined
  const after = replaceRequirement(text, req, fixed, req.file.endsWith('.toml'))
  return after === undefined
    ? undefined
    : { file: req.file, after, why: `${problem}: pinned to \`${fixed}\`` }
}

function replaceRequirement(
  text: string,
  req: LocatedRequirement,
  fixed: string,
  toml: boolean
): string | undefined {
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const lines = text.split(/\r?\n/)
  const i = req.line - 1
  const l = lines[i]
  if (l === undefined) return undefined
  if (toml) {
    for (const q of ['"', "'"]) {
      const lit = `${q}${req.raw}${q}`
      if (l.includes(lit)) {
        lines[i] = l.replace(lit, JSON.stringify(fixed))
        return lines.join(eol)
      }
    }
    return undefined
  }
  if (l.includes(req.raw)) lines[i] = l.replace(req.raw, fixed)
  else {
    // a requirement written over continuation lines: replace its first line, drop the rest
    let end = i
    while (end < lines.length && /\\\s*$/.test(lines[end])) end++
    lines.splice(i, end - i + 1, fixed)
  }
  return lines.join(eol)
}

function insertPyprojectDependency(text: string, line: string): string | undefined {
  const lines = text.split(/\r?\n/)
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  let inProject = false
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]
    if (/^\s*\[/.test(l)) inProject = /^\s*\[\s*project\s*\]/.test(l)
    if (!inProject) continue
    const m = /^(\s*dependencies\s*=\s*\[)(.*)$/.exec(l)
    if (!m) continue
    const rest = m[2].trim()
    if (rest === '') {
      const indent = /^(\s+)["']/.exec(lines[i + 1] ?? '')?.[1] ?? '    '
      lines.splice(i + 1, 0, `${indent}${JSON.stringify(line)},`)
    } else if (rest.startsWith(']')) {
      lines[i] = `${m[1]}${JSON.stringify(line)}${m[2]}`
    } else {
      lines[i] = `${m[1]}${JSON.stringify(line)}, ${m[2].replace(/^\s+/, '')}`
    }
    return lines.join(eol)
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// After installation

export function checkInstalledPythonSdk(
  facts: PythonFacts,
  installed: Map<string, string>
): Finding[] {
  const norm = new Map<string, string>()
  for (const [k, v] of installed) norm.set(k.toLowerCase().replace(/[-_.]+/g, '-'), v)
  const apiLine = facts.apiLine
  const pkg = apiLine ? LINES[apiLine].pkg : facts.sdk?.package
  if (!pkg) return []
  const internal = internals.get(facts)
  const imp = internal?.apiImport
  const at = facts.sdk
    ? { file: facts.sdk.file, line: facts.sdk.line }
    : imp
      ? { file: imp.file, line: imp.pos.line }
      : { file: facts.depsFile ?? 'requirements.txt', line: 1 }
  const version = norm.get(pkg)
  if (!version) {
    return [
      {
        rule: 'python-deps/sdk-not-installed',
        severity: 'error',
        ...at,
        message: `pip did not install ${pkg}: the server cannot import its SDK`,
        fix: `add \`${sdkLine(apiLine)}\` to ${facts.depsFile ?? 'requirements.txt'}`
      }
    ]
  }
  if (!apiLine) return []
  const spec = LINES[apiLine]
  if (satisfiesRange(version, window(spec.from, spec.to))) return []
  const dies =
    apiLine === 'mcp1' ? satisfiesRange(version, window('2')) : apiLine === 'mcp2' ? true : false
  const reqText = facts.sdk ? ` (\`${facts.sdk.package}${facts.sdk.specifier}\`)` : ''
  return [
    {
      rule: 'python-deps/installed-sdk-mismatch',
      severity: 'error',
      ...at,
      message: dies
        ? `pip installed ${pkg} ${version}${reqText}, where \`${spec.importText}\` fails: the server dies at import`
        : `pip installed ${pkg} ${version}${reqText}, which lacks what the code needs (${spec.belowWhy})`,
      fix:
        apiLine === 'mcp1'
          ? `pin \`mcp>=1.8,<2\`, or move the code to mcp 2.x (\`from mcp.server.mcpserver import MCPServer\`)`
          : `require \`${sdkLine(apiLine)}\``
    }
  ]
}

/**
 * The URL path the server answers MCP on, for the host.json route-prefix rule: each SDK line's
 * default is /mcp (mcp `streamable_http_path`, fastmcp `path`); undefined when there is no
 * server or the path is computed at run time. (Added by the host rules; owned by the Python family.)
 */
export function pythonServedPath(facts: PythonFacts): string | undefined {
  const internal = internals.get(facts)
  if (!internal?.server) return undefined
  const run = internal.runs[0]
  const set =
    lookup(internal, 'streamable_http_path', ['ctor', 'settings', 'run'], run) ??
    (facts.apiLine === 'fastmcp' ? lookup(internal, 'path', ['ctor', 'run'], run) : undefined)
  if (!set) return '/mcp'
  return set.value.kind === 'str' ? set.value.value : undefined
}
