/** Loading: the dependency files, the entry script and the local modules it imports, read once. */
import path from 'node:path'
import type { ProjectFiles, ReadResult } from '../files.js'
import { unusableFileFinding } from '../files.js'
import type { Finding, RuleContext } from '../types.js'
import { analyzeModule } from './code.js'
import type { ModuleAnalysis, PythonApiLine, Pos } from './code.js'
import { internals } from './facts.js'
import type { Internal, PythonFacts } from './facts.js'
import { LINES } from './lines.js'
import { readPyproject, readRequirementsTxt } from './requirements.js'
import type { LocatedRequirement } from './requirements.js'
import { portFacts } from './port.js'
import { hostGuardOf, transportOf } from './settings.js'
import { UV_LOCK, resolveUvLock } from './lock.js'

/**
 * The largest Python module read for analysis. A real server module is a few KiB; the parser's
 * time grows with the text (a hostile 400 KB module takes seconds), so a larger file is a finding
 * at the file, never a slow scan.
 */
export const MAX_PY_BYTES = 256 * 1024

/** The finding for a Python module over MAX_PY_BYTES (or otherwise unusable as text). */
function unusableModule(
  file: string,
  r: ReadResult,
  severity: Finding['severity']
): Finding | undefined {
  const f = unusableFileFinding('python-code/unreadable', file, r)
  if (!f || r.kind !== 'too-large') return f
  return {
    ...f,
    severity,
    message: `${file} is ${r.bytes} bytes, larger than the ${r.limit}-byte limit for a Python module; it was not analysed`,
    fix: `split ${file} into smaller modules (a server module is rarely over a few dozen KiB)`
  }
}

/** The Python the check resolves a lock for: the Azure image's default (SPEC: python-version). */
const CHECK_PYTHON = '3.12'

/** Which lock the install follows (uv.lock beside pyproject.toml) and which locks it ignores. */
function readLocks(files: ProjectFiles, facts: PythonFacts, internal: Internal): void {
  const uv = files.exists(UV_LOCK)
  if (uv && facts.depsFile === 'pyproject.toml') {
    facts.lockFile = UV_LOCK
    const r = files.read(UV_LOCK)
    if (r.kind !== 'ok')
      internal.lock = { file: UV_LOCK, problem: `${UV_LOCK} cannot be read (${r.kind})` }
    else {
      const res = resolveUvLock(r.text, { pythonVersion: CHECK_PYTHON })
      internal.lock =
        res.kind === 'ok'
          ? { file: UV_LOCK, packages: res.packages }
          : { file: UV_LOCK, problem: res.message }
    }
  } else if (uv && facts.depsFile === 'requirements.txt') {
    internal.unusedLocks.push({ file: UV_LOCK, why: 'requirements.txt decides what pip installs' })
  }
  for (const f of ['poetry.lock', 'pylock.toml', 'Pipfile.lock'])
    if (files.exists(f))
      internal.unusedLocks.push({
        file: f,
        why: `pip installs from ${facts.depsFile ?? 'the requirements'} ranges, not from ${f}`
      })
}

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
    settings: [],
    unusedLocks: [],
    skipped: []
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
  readLocks(files, facts, internal)
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
    const r = files.read(entry, MAX_PY_BYTES)
    const unusable = unusableModule(entry, r, 'error')
    if (unusable) internal.entryUnusable = unusable
    else if (r.kind === 'ok') loadModules(files, entry, r.text, internal)
    const module = moduleOf(files, entry, internal.modules[0])
    if (module) facts.module = module
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
    const lock = internal.lock
    const locked =
      lock && 'packages' in lock ? lock.packages.find(p => p.name === wanted) : undefined
    if (locked) facts.sdk.locked = locked.version
  } else {
    internal.otherSdkReq = byName(wanted === 'mcp' ? 'fastmcp' : 'mcp')
  }
  const guard = hostGuardOf(facts, internal)
  if (guard !== undefined) facts.hostGuard = guard
  portFacts(facts, internal)
  internals.set(facts, internal)
  return facts
}

export function firstImport(
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
  let notHttp: string | undefined
  let http: string | undefined
  let lowLevel: string | undefined
  let analysed = 0
  let tooLarge: string | undefined
  for (const f of all) {
    const r = files.read(f, MAX_PY_BYTES)
    if (r.kind === 'too-large') {
      if (!tooLarge && files.text(f)?.includes('mcp')) tooLarge = f
      continue
    }
    const text = r.kind === 'ok' ? r.text : undefined
    if (!text || !text.includes('mcp')) continue
    if (++analysed > 60) break
    const m = analyzeModule(text, f)
    if (m.servers.length && m.runs.length) {
      // a folder of several servers (the SDK's snippets): the one served over HTTP
      const apiLine = m.servers[0].apiLine
      if (m.runs.some(r => transportOf(apiLine, { ...r, file: f }).kind !== 'bad')) {
        // …and among those, a stateless one
        if (/\bstateless_http\s*=\s*True\b/.test(text)) return f
        http ??= f
      }
      notHttp ??= f
    }
    if (!importsOnly && (m.servers.length || m.apiImports.length)) importsOnly = f
    if (!lowLevel && m.lowLevel && /\b(uvicorn\.run|streamable_http_app)\s*\(/.test(text))
      lowLevel = f
  }
  if (http ?? notHttp ?? importsOnly) return http ?? notHttp ?? importsOnly
  // nothing else: the server is in a module too large to analyse (the finding is at that file)
  if (!lowLevel) return tooLarge
  // a low-level server in a package started with `python -m package` (the SDK's examples)
  const dir = path.posix.dirname(lowLevel)
  const main = path.posix.join(dir, '__main__.py')
  return dir !== '.' && files.isFile(main) ? main : lowLevel
}

/** The entry and the local modules it imports (one level), linked by the server variable. */
function loadModules(files: ProjectFiles, entry: string, text: string, internal: Internal): void {
  let main = analyzeModule(text, entry)
  const others: ModuleAnalysis[] = []
  const otherTexts: string[] = []
  const extraVars: string[] = []
  for (const imp of main.localImports) {
    for (const candidate of localModulePaths(entry, imp)) {
      if (!files.contains(candidate.path) || !files.isFile(candidate.path)) continue
      const r = files.read(candidate.path, MAX_PY_BYTES)
      const skipped =
        r.kind === 'too-large' &&
        files.text(candidate.path)?.includes('mcp') &&
        unusableModule(candidate.path, r, 'warning')
      if (skipped && !internal.skipped.some(f => f.file === candidate.path))
        internal.skipped.push(skipped)
      const t = r.kind === 'ok' ? r.text : undefined
      if (!t || !t.includes('mcp')) continue
      const m = analyzeModule(t, candidate.path)
      others.push(m)
      otherTexts.push(t)
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
  internal.texts = new Map([
    [entry, text],
    ...others.map((m, i) => [m.file, otherTexts[i]] as [string, string])
  ])
  const texts: Array<[string, string]> = [
    [entry, text],
    ...others.map((m, i) => [m.file, otherTexts[i]] as [string, string])
  ]
  for (const [file, t] of texts) {
    const m = /\bawait\s+[A-Za-z_][\w.]*\.(?:set_state|get_state)\s*\(/.exec(t)
    if (m && !internal.awaitedState) {
      const before = t.slice(0, m.index)
      const line = before.split('\n').length
      internal.awaitedState = { file, pos: { line, column: m.index - before.lastIndexOf('\n') } }
    }
  }
  internal.modules = [main, ...others]
  const cache = new Map<string, ModuleAnalysis | null>()
  internal.resolveImport = (from, ref) => {
    for (const c of localModulePaths(from, { module: ref.module, level: ref.level, names: [] })) {
      if (!c.module && !c.path.endsWith('__init__.py')) continue
      let m = cache.get(c.path)
      if (m === undefined) {
        const t =
          files.contains(c.path) && files.isFile(c.path)
            ? files.text(c.path, MAX_PY_BYTES)
            : undefined
        m = t === undefined ? null : analyzeModule(t, c.path)
        cache.set(c.path, m)
      }
      if (m) return { value: m.valueOf(ref.name), file: c.path }
    }
    return undefined
  }
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

/**
 * The module to run with `python -m` when the entry cannot run as a script: a package's
 * __main__.py, or a module of a package that imports its package, relatively (`from .x import`)
 * or by its name (`from weather.x import` in weather/server.py: as a script, weather/ is on
 * sys.path, not the folder above it). The one answer generate writes into host.json.
 */
function moduleOf(
  files: ProjectFiles,
  entry: string,
  main: ModuleAnalysis | undefined
): string | undefined {
  const parts = entry.replace(/\.py$/, '').split('/')
  if (parts.length < 2) return undefined
  const dir = parts.slice(0, -1).join('/')
  const isMain = parts[parts.length - 1] === '__main__'
  const ownPackage = (main?.localImports ?? []).some(
    i => i.level > 0 || i.module.split('.')[0] === parts[0]
  )
  if (!isMain && !ownPackage) return undefined
  if (!isMain && !files.isFile(`${dir}/__init__.py`)) return undefined
  return (isMain ? parts.slice(0, -1) : parts).join('.')
}
