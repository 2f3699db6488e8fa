/**
 * Reading a Python MCP server with @lezer/python: the syntax tree, not the text, tells which SDK
 * line is imported, where the server object is built, how it is started (transport, port, host,
 * stateless) and what those arguments evaluate to. Values that come from the environment are kept
 * as such (`os.environ.get("FUNCTIONS_CUSTOMHANDLER_PORT", 8080)`), values the code computes are
 * "unknown" with the reason, so that rules can say "cannot tell" instead of guessing.
 */
import { parser } from '@lezer/python'
import type { SyntaxNode } from '@lezer/common'
import { LineIndex } from '../json.js'

export type PythonApiLine = 'mcp1' | 'mcp2' | 'fastmcp'

export type PyValue =
  | { kind: 'str'; value: string }
  | { kind: 'num'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'none' }
  | { kind: 'env'; name: string; fallback?: PyValue }
  | { kind: 'call'; callee: string; args: Arg[]; keywords: Map<string, Arg> }
  | { kind: 'unknown'; why: string; ref?: ImportRef }

/** A name imported from a local module (`from config import PORT`, `config.PORT`): the loader follows it. */
export interface ImportRef {
  module: string
  level: number
  name: string
}

export interface Pos {
  line: number
  column: number
}

export interface Arg {
  value: PyValue
  pos: Pos
  text: string
}

export interface CallInfo {
  pos: Pos
  /** Dotted callee as written (`mcp.run`). */
  callee: string
  positional: Arg[]
  keywords: Map<string, Arg>
  /** `*args` or `**kwargs` present: arguments we cannot see. */
  spread: boolean
}

export interface ServerInfo {
  apiLine: PythonApiLine
  /** Fully qualified class (`mcp.server.fastmcp.FastMCP`). */
  className: string
  /** Names the server object is bound to. */
  variables: string[]
  ctor: CallInfo
}

export type RunKind =
  | 'run'
  | 'run_async'
  | 'run_http_async'
  | 'run_streamable_http_async'
  | 'run_sse_async'
  | 'run_stdio_async'
  | 'uvicorn'

export interface RunInfo {
  kind: RunKind
  call: CallInfo
  /** For uvicorn.run: the app factory of the server passed in (`mcp.streamable_http_app(...)`). */
  appFactory?: { method: string; call: CallInfo }
}

export interface SettingAssign {
  name: string
  value: PyValue
  pos: Pos
}

export interface ApiImport {
  apiLine: PythonApiLine
  pos: Pos
  /** The module imported from. */
  module: string
}

export interface ModuleAnalysis {
  file: string
  syntaxError?: { pos: Pos; certain: boolean; near: string }
  apiImports: ApiImport[]
  /** `from mcp.server.lowlevel import Server` and friends. */
  lowLevel?: Pos
  /** Imports anything from `mcp` or `fastmcp`. */
  importsSdk: boolean
  servers: ServerInfo[]
  runs: RunInfo[]
  settings: SettingAssign[]
  /** `from .server import mcp` / `from pkg.server import mcp` / `import server`. */
  localImports: Array<{
    module: string
    level: number
    names: Array<{ name: string; alias: string }>
  }>
  /** The value a module-level name is bound to (for names other modules import from this one). */
  valueOf(name: string): PyValue
}

const SERVER_CLASSES: Record<string, PythonApiLine> = {
  'mcp.server.fastmcp.FastMCP': 'mcp1',
  'mcp.server.fastmcp.server.FastMCP': 'mcp1',
  'mcp.server.FastMCP': 'mcp1',
  'mcp.server.mcpserver.MCPServer': 'mcp2',
  'mcp.server.mcpserver.server.MCPServer': 'mcp2',
  'mcp.server.MCPServer': 'mcp2',
  'fastmcp.FastMCP': 'fastmcp',
  'fastmcp.server.FastMCP': 'fastmcp',
  'fastmcp.server.server.FastMCP': 'fastmcp'
}

const RUN_METHODS = new Set<RunKind>([
  'run',
  'run_async',
  'run_http_async',
  'run_streamable_http_async',
  'run_sse_async',
  'run_stdio_async'
])
const APP_FACTORIES = new Set(['streamable_http_app', 'http_app', 'sse_app'])
const ENV_GETTERS = new Set(['os.environ.get', 'os.getenv', 'os.environ.setdefault'])
const MAX_DEPTH = 8

/** Which SDK line a module path belongs to. */
export function apiLineOfModule(module: string, names: string[] = []): PythonApiLine | undefined {
  if (module === 'mcp.server.fastmcp' || module.startsWith('mcp.server.fastmcp.')) return 'mcp1'
  if (module === 'mcp.server.mcpserver' || module.startsWith('mcp.server.mcpserver.')) return 'mcp2'
  if (module === 'fastmcp' || module.startsWith('fastmcp.')) return 'fastmcp'
  if (module === 'mcp.server' || module === 'mcp') {
    if (names.includes('FastMCP') || names.includes('fastmcp')) return 'mcp1'
    if (names.includes('MCPServer') || names.includes('mcpserver')) return 'mcp2'
  }
  return undefined
}

class Analyzer {
  private readonly lines: LineIndex
  /** Local name → fully qualified dotted name. */
  private readonly aliases = new Map<string, string>()
  /** name → assignments (value node, or undefined when not a simple assignment), keyed by scope. */
  private readonly bindings = new Map<
    string,
    Array<{ value: SyntaxNode | undefined; scope: SyntaxNode | null }>
  >()
  readonly result: ModuleAnalysis

  constructor(
    private readonly src: string,
    file: string,
    private readonly extraServerVars: string[] = []
  ) {
    this.lines = new LineIndex(src)
    this.result = {
      file,
      apiImports: [],
      importsSdk: false,
      servers: [],
      runs: [],
      settings: [],
      localImports: [],
      valueOf: (name: string) => this.moduleValue(name)
    }
  }

  /** Local names imported from local modules: `from config import PORT as P` → P. */
  private readonly importedNames = new Map<string, ImportRef>()
  /** Local modules imported whole: `import config` → config. */
  private readonly importedModules = new Set<string>()

  private moduleValue(name: string): PyValue {
    const here = (this.bindings.get(name) ?? []).filter(b => b.scope === null)
    const texts = new Set(here.map(b => (b.value ? this.text(b.value) : '\u0000')))
    if (here.length === 0 || texts.size !== 1 || !here[0].value)
      return {
        kind: 'unknown',
        why: `\`${name}\` is not assigned once at the top of ${this.result.file}`
      }
    return this.evaluate(here[0].value, 1)
  }

  run(): ModuleAnalysis {
    const tree = parser.parse(this.src)
    const top = tree.topNode
    this.findSyntaxError(top)
    const imports: SyntaxNode[] = []
    const assigns: SyntaxNode[] = []
    const updates: SyntaxNode[] = []
    const calls: SyntaxNode[] = []
    const cursor = tree.cursor()
    do {
      switch (cursor.name) {
        case 'ImportStatement':
          imports.push(cursor.node)
          break
        case 'AssignStatement':
          assigns.push(cursor.node)
          break
        case 'UpdateStatement':
          updates.push(cursor.node)
          break
        case 'CallExpression':
          calls.push(cursor.node)
          break
      }
    } while (cursor.next())
    for (const n of imports) this.readImport(n)
    for (const n of assigns) this.readAssign(n)
    for (const n of updates) {
      const target = n.firstChild
      if (target?.name === 'VariableName') this.bind(this.text(target), undefined, scopeOf(n))
    }
    // servers first (run calls are linked to server variables)
    for (const c of calls) this.readServerCtor(c)
    const serverVars = new Set([
      ...this.result.servers.flatMap(s => s.variables),
      ...this.extraServerVars
    ])
    for (const c of calls) this.readRun(c, serverVars)
    for (const n of assigns) this.readSettingsAssign(n, serverVars)
    return this.result
  }

  // ---- positions and text

  private pos(n: SyntaxNode | number): Pos {
    return this.lines.at(typeof n === 'number' ? n : n.from)
  }

  private text(n: SyntaxNode): string {
    return this.src.slice(n.from, n.to)
  }

  private findSyntaxError(top: SyntaxNode): void {
    const c = top.cursor()
    do {
      if (c.type.isError) {
        const node = c.node
        let certain = true
        for (let p: SyntaxNode | null = node; p; p = p.parent) {
          // Lezer's grammar predates parenthesised context managers (3.10) and arbitrary
          // decorator expressions (3.9): an error inside them may be valid Python.
          if (p.name === 'Decorator') certain = false
          if (p.name === 'WithStatement' && /^with\s*\(/.test(this.src.slice(p.from, p.to)))
            certain = false
        }
        const lineStart = this.src.lastIndexOf('\n', node.from - 1) + 1
        const lineEnd = this.src.indexOf('\n', node.from)
        const near = this.src
          .slice(lineStart, lineEnd < 0 ? undefined : lineEnd)
          .trim()
          .slice(0, 80)
        this.result.syntaxError = { pos: this.pos(node.from), certain, near }
        return
      }
    } while (c.next())
  }

  // ---- imports

  private readImport(n: SyntaxNode): void {
    const kids = children(n)
    if (kids[0]?.name === 'from') {
      let i = 1
      let level = 0
      const modParts: string[] = []
      for (; i < kids.length && kids[i].name !== 'import'; i++) {
        const k = kids[i]
        if (k.name === '.') {
          if (modParts.length === 0) level++
        } else if (k.name === 'Ellipsis' || this.text(k) === '...') {
          level += 3
        } else if (k.name === 'VariableName') modParts.push(this.text(k))
      }
      const module = modParts.join('.')
      const names: Array<{ name: string; alias: string }> = []
      for (i++; i < kids.length; i++) {
        const k = kids[i]
        if (k.name === 'VariableName') {
          const name = this.text(k)
          let alias = name
          if (kids[i + 1]?.name === 'as' && kids[i + 2]?.name === 'VariableName') {
            alias = this.text(kids[i + 2])
            i += 2
          }
          names.push({ name, alias })
        }
      }
      if (level === 0) {
        for (const { name, alias } of names) this.aliases.set(alias, `${module}.${name}`)
        this.noteSdkImport(
          module,
          names.map(x => x.name),
          n
        )
        if (!isKnownPackage(module)) {
          this.result.localImports.push({ module, level, names })
          for (const x of names) this.importedNames.set(x.alias, { module, level, name: x.name })
        }
      } else {
        this.result.localImports.push({ module, level, names })
        for (const x of names) this.importedNames.set(x.alias, { module, level, name: x.name })
      }
      return
    }
    // import a.b.c [as x], d
    let parts: string[] = []
    let alias: string | undefined
    const flush = (): void => {
      if (!parts.length) return
      const module = parts.join('.')
      if (alias) this.aliases.set(alias, module)
      else this.aliases.set(parts[0], parts[0])
      this.noteSdkImport(module, [], n)
      if (!isKnownPackage(module)) {
        this.result.localImports.push({ module, level: 0, names: [] })
        if (!alias && parts.length === 1) this.importedModules.add(module)
      }
      parts = []
      alias = undefined
    }
    for (let i = 1; i < kids.length; i++) {
      const k = kids[i]
      if (k.name === 'VariableName') {
        if (kids[i - 1]?.name === 'as') alias = this.text(k)
        else parts.push(this.text(k))
      } else if (k.name === ',') flush()
    }
    flush()
  }

  private noteSdkImport(module: string, names: string[], n: SyntaxNode): void {
    const root = module.split('.')[0]
    if (root === 'mcp' || root === 'fastmcp') this.result.importsSdk = true
    const line = apiLineOfModule(module, names)
    if (line) this.result.apiImports.push({ apiLine: line, pos: this.pos(n), module })
    if (
      module === 'mcp.server.lowlevel' ||
      module.startsWith('mcp.server.lowlevel.') ||
      (module === 'mcp.server' && names.includes('Server'))
    ) {
      this.result.lowLevel ??= this.pos(n)
    }
  }

  /** Replace the first segment of a dotted name by what it was imported as. */
  qualify(dotted: string): string {
    const [first, ...rest] = dotted.split('.')
    const q = this.aliases.get(first)
    return q ? [q, ...rest].join('.') : dotted
  }

  // ---- assignments

  private bind(name: string, value: SyntaxNode | undefined, scope: SyntaxNode | null): void {
    let list = this.bindings.get(name)
    if (!list) this.bindings.set(name, (list = []))
    list.push({ value, scope })
  }

  /** Split an AssignStatement into target groups and the value node. */
  private assignParts(n: SyntaxNode): { targets: SyntaxNode[][]; value: SyntaxNode[] } {
    const groups: SyntaxNode[][] = [[]]
    for (const k of children(n)) {
      if (k.name === 'AssignOp') groups.push([])
      else if (k.name !== 'TypeDef') groups[groups.length - 1].push(k)
    }
    const value = groups.pop() ?? []
    return { targets: groups, value }
  }

  private readAssign(n: SyntaxNode): void {
    const { targets, value } = this.assignParts(n)
    const single = value.length === 1 ? value[0] : undefined
    const scope = scopeOf(n)
    for (const t of targets) {
      const names = t.filter(k => k.name === 'VariableName')
      if (t.length === 1 && names.length === 1) this.bind(this.text(names[0]), single, scope)
      else for (const v of names) this.bind(this.text(v), undefined, scope)
    }
  }

  private readSettingsAssign(n: SyntaxNode, serverVars: Set<string>): void {
    const { targets, value } = this.assignParts(n)
    if (value.length !== 1) return
    for (const t of targets) {
      if (t.length !== 1 || t[0].name !== 'MemberExpression') continue
      const dotted = this.dotted(t[0])
      if (!dotted) continue
      const parts = dotted.split('.')
      const q = this.qualify(dotted).split('.')
      const onServer =
        parts.length >= 3 &&
        parts[parts.length - 2] === 'settings' &&
        serverVars.has(parts.slice(0, -2).join('.'))
      const global = q.length === 3 && q[0] === 'fastmcp' && q[1] === 'settings'
      if (onServer || global) {
        this.result.settings.push({
          name: parts[parts.length - 1],
          value: this.evaluate(value[0], 0),
          pos: this.pos(t[0])
        })
      }
    }
  }

  // ---- calls

  /** `a.b.c` for VariableName/MemberExpression chains of names, else undefined. */
  private dotted(n: SyntaxNode): string | undefined {
    if (n.name === 'VariableName') return this.text(n)
    if (n.name !== 'MemberExpression') return undefined
    const kids = children(n)
    if (kids.length !== 3 || kids[1].name !== '.' || kids[2].name !== 'PropertyName')
      return undefined
    const left = this.dotted(kids[0])
    return left ? `${left}.${this.text(kids[2])}` : undefined
  }

  private callInfo(call: SyntaxNode, depth: number): CallInfo | undefined {
    const callee = call.firstChild
    const argList = call.lastChild
    if (!callee || argList?.name !== 'ArgList') return undefined
    const name = this.dotted(callee) ?? this.text(callee)
    const nodes = argNodes(argList, this.src)
    const arg = (v: SyntaxNode): Arg => ({
      value: this.evaluate(v, depth + 1),
      pos: this.pos(v),
      text: this.text(v)
    })
    const keywords = new Map<string, Arg>()
    for (const [k, v] of nodes.keywords) keywords.set(k, arg(v))
    return {
      pos: this.pos(call),
      callee: name,
      positional: nodes.positional.map(arg),
      keywords,
      spread: nodes.spread
    }
  }

  private readServerCtor(call: SyntaxNode): void {
    const callee = call.firstChild
    const dotted = callee && this.dotted(callee)
    if (!dotted) return
    const q = this.qualify(dotted)
    const apiLine = SERVER_CLASSES[q]
    if (!apiLine) return
    const info = this.callInfo(call, 0)
    if (!info) return
    const variables: string[] = []
    const parent = call.parent
    if (parent?.name === 'AssignStatement') {
      const { targets, value } = this.assignParts(parent)
      if (value.length === 1 && value[0].from === call.from) {
        for (const t of targets)
          if (t.length === 1 && t[0].name === 'VariableName') variables.push(this.text(t[0]))
      }
    }
    this.result.servers.push({ apiLine, className: q, variables, ctor: info })
  }

  private readRun(call: SyntaxNode, serverVars: Set<string>): void {
    const callee = call.firstChild
    const dotted = callee && this.dotted(callee)
    if (!dotted) return
    const parts = dotted.split('.')
    const method = parts[parts.length - 1] as RunKind
    const receiver = parts.slice(0, -1).join('.')
    if (serverVars.has(receiver) && RUN_METHODS.has(method)) {
      const info = this.callInfo(call, 0)
      if (info) this.result.runs.push({ kind: method, call: info })
      return
    }
    const q = this.qualify(dotted)
    if (q === 'anyio.run' || q === 'asyncio.run' || q === 'trio.run') {
      // anyio.run(mcp.run_streamable_http_async): the method itself, not called here
      const first = argNodes(call.lastChild!, this.src).positional[0]
      const ref = first && this.dotted(first)
      const refParts = ref?.split('.') ?? []
      const refMethod = refParts[refParts.length - 1] as RunKind
      if (
        refParts.length >= 2 &&
        serverVars.has(refParts.slice(0, -1).join('.')) &&
        RUN_METHODS.has(refMethod)
      ) {
        const info = this.callInfo(call, 0)
        if (info)
          this.result.runs.push({
            kind: refMethod,
            call: { ...info, positional: info.positional.slice(1) }
          })
      }
      return
    }
    if (q === 'uvicorn.run') {
      const info = this.callInfo(call, 0)
      if (!info) return
      const nodes = argNodes(call.lastChild!, this.src)
      const appArg = nodes.positional[0] ?? nodes.keywords.get('app')
      const factory = appArg ? this.appFactory(appArg, serverVars, 0) : undefined
      this.result.runs.push({
        kind: 'uvicorn',
        call: info,
        ...(factory ? { appFactory: factory } : {})
      })
    }
  }

  /** `mcp.streamable_http_app(...)`, directly or through a variable. */
  private appFactory(n: SyntaxNode, serverVars: Set<string>, depth: number): RunInfo['appFactory'] {
    if (depth > MAX_DEPTH) return undefined
    if (n.name === 'CallExpression') {
      const d = n.firstChild && this.dotted(n.firstChild)
      const parts = d?.split('.') ?? []
      const method = parts[parts.length - 1]
      if (
        parts.length >= 2 &&
        serverVars.has(parts.slice(0, -1).join('.')) &&
        APP_FACTORIES.has(method)
      ) {
        const info = this.callInfo(n, depth)
        return info ? { method, call: info } : undefined
      }
      return undefined
    }
    if (n.name === 'VariableName') {
      const b = this.resolve(n)
      return b ? this.appFactory(b, serverVars, depth + 1) : undefined
    }
    return undefined
  }

  // ---- values

  /** The single value node a name is bound to, seen from `at`; undefined when not exactly one. */
  private resolve(at: SyntaxNode): SyntaxNode | undefined {
    const r = this.resolveBinding(at)
    return 'node' in r ? r.node : undefined
  }

  private resolveBinding(at: SyntaxNode): { node: SyntaxNode } | { why: string } {
    const name = this.text(at)
    const all = this.bindings.get(name) ?? []
    // innermost function scope first, then the module
    for (let scope: SyntaxNode | null = scopeOf(at); ; scope = scope ? scopeOf(scope) : null) {
      if (scope && isParam(scope, name, this.src))
        return { why: `\`${name}\` is a parameter of a function` }
      const here = all.filter(b => b.scope === scope)
      if (here.length) {
        const texts = new Set(here.map(b => (b.value ? this.text(b.value) : '\u0000')))
        if (here.some(b => !b.value))
          return { why: `\`${name}\` is assigned in a way that cannot be followed` }
        if (texts.size > 1)
          return { why: `\`${name}\` is assigned different values in different places` }
        return { node: here[here.length - 1].value! }
      }
      if (!scope) break
    }
    return { why: `\`${name}\` is not assigned in this file` }
  }

  evaluate(n: SyntaxNode, depth: number): PyValue {
    if (depth > MAX_DEPTH) return { kind: 'unknown', why: 'too many indirections' }
    switch (n.name) {
      case 'String':
        return this.stringValue(n)
      case 'ContinuedString': {
        let s = ''
        for (const k of children(n)) {
          const v = this.evaluate(k, depth + 1)
          if (v.kind !== 'str') return v
          s += v.value
        }
        return { kind: 'str', value: s }
      }
      case 'FormatString':
        return children(n).some(k => k.name === 'FormatReplacement')
          ? { kind: 'unknown', why: 'an f-string' }
          : this.stringValue(n)
      case 'Number': {
        const t = this.text(n).replace(/_/g, '')
        const v = /^0[xob]/i.test(t) ? Number(t) : Number.parseFloat(t)
        return Number.isFinite(v)
          ? { kind: 'num', value: v }
          : { kind: 'unknown', why: `the number ${t}` }
      }
      case 'Boolean':
        return { kind: 'bool', value: this.text(n) === 'True' }
      case 'None':
        return { kind: 'none' }
      case 'ParenthesizedExpression': {
        const inner = children(n).filter(k => k.name !== '(' && k.name !== ')')
        return inner.length === 1
          ? this.evaluate(inner[0], depth + 1)
          : { kind: 'unknown', why: `\`${this.text(n)}\`` }
      }
      case 'UnaryExpression': {
        const kids = children(n)
        const v = kids.length === 2 ? this.evaluate(kids[1], depth + 1) : undefined
        if (v?.kind === 'num' && this.text(kids[0]) === '-') return { kind: 'num', value: -v.value }
        return { kind: 'unknown', why: `\`${this.text(n)}\`` }
      }
      case 'VariableName': {
        const r = this.resolveBinding(n)
        if ('why' in r) {
          const q = this.qualify(this.text(n))
          const ref = this.importedNames.get(this.text(n))
          if (ref && !(this.bindings.get(this.text(n)) ?? []).length)
            return {
              kind: 'unknown',
              why: `\`${this.text(n)}\` (imported from ${'.'.repeat(ref.level)}${ref.module})`,
              ref
            }
          return {
            kind: 'unknown',
            why:
              q !== this.text(n)
                ? `\`${this.text(n)}\` (imported from ${q.split('.').slice(0, -1).join('.')})`
                : r.why
          }
        }
        return this.evaluate(r.node, depth + 1)
      }
      case 'BinaryExpression': {
        const kids = children(n)
        if (kids.length === 3 && kids[1].name === 'or') {
          const left = this.evaluate(kids[0], depth + 1)
          if (left.kind === 'env' && !left.fallback)
            return { ...left, fallback: this.evaluate(kids[2], depth + 1) }
        }
        return { kind: 'unknown', why: `the expression \`${clip(this.text(n))}\`` }
      }
      case 'MemberExpression': {
        // os.environ["NAME"]
        const kids = children(n)
        if (kids.length === 4 && kids[1].name === '[') {
          const obj = this.dotted(kids[0])
          if (obj && this.qualify(obj) === 'os.environ') {
            const key = this.evaluate(kids[2], depth + 1)
            return key.kind === 'str'
              ? { kind: 'env', name: key.value }
              : { kind: 'unknown', why: 'an environment variable whose name is computed' }
          }
        }
        // config.PORT, with `import config` (a local module)
        if (kids.length === 3 && kids[1].name === '.' && kids[0].name === 'VariableName') {
          const mod = this.text(kids[0])
          if (this.importedModules.has(mod) && !(this.bindings.get(mod) ?? []).length)
            return {
              kind: 'unknown',
              why: `\`${clip(this.text(n))}\` (imported from ${mod})`,
              ref: { module: mod, level: 0, name: this.text(kids[2]) }
            }
        }
        return { kind: 'unknown', why: `\`${clip(this.text(n))}\`` }
      }
      case 'CallExpression':
        return this.callValue(n, depth)
      default:
        return { kind: 'unknown', why: `\`${clip(this.text(n))}\`` }
    }
  }

  private callValue(n: SyntaxNode, depth: number): PyValue {
    const info = this.callInfo(n, depth)
    if (!info) return { kind: 'unknown', why: `\`${clip(this.text(n))}\`` }
    const q = this.qualify(info.callee)
    if (
      (q === 'int' || q === 'str' || q === 'float') &&
      info.positional.length === 1 &&
      info.keywords.size === 0
    ) {
      const v = info.positional[0].value
      if (v.kind === 'str' && q !== 'str') {
        const num = Number(v.value.trim())
        return Number.isFinite(num) && v.value.trim()
          ? { kind: 'num', value: num }
          : { kind: 'unknown', why: `${q}("${v.value}")` }
      }
      if (v.kind === 'num' && q === 'str') return { kind: 'str', value: String(v.value) }
      return v
    }
    if (ENV_GETTERS.has(q)) {
      const key = info.positional[0]?.value ?? info.keywords.get('key')?.value
      if (key?.kind !== 'str')
        return { kind: 'unknown', why: 'an environment variable whose name is computed' }
      const fb = info.positional[1]?.value ?? info.keywords.get('default')?.value
      return { kind: 'env', name: key.value, ...(fb ? { fallback: fb } : {}) }
    }
    return { kind: 'call', callee: q, args: info.positional, keywords: info.keywords }
  }

  private stringValue(n: SyntaxNode): PyValue {
    const t = this.text(n)
    const m = /^([a-zA-Z]*)('''|"""|'|")([\s\S]*)\2$/.exec(t)
    if (!m) return { kind: 'unknown', why: `the string ${clip(t)}` }
    const prefix = m[1].toLowerCase()
    if (prefix.includes('b')) return { kind: 'unknown', why: 'a bytes literal' }
    let body = m[3]
    if (!prefix.includes('r')) {
      body = body.replace(
        /\\(\r?\n|\\|'|"|n|t|r)/g,
        (_, c: string) => ({ '\\': '\\', "'": "'", '"': '"', n: '\n', t: '\t', r: '\r' })[c] ?? ''
      )
    }
    return { kind: 'str', value: body }
  }
}

function children(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = []
  for (let c = n.firstChild; c; c = c.nextSibling) out.push(c)
  return out
}

/** The argument nodes of an ArgList: positional, keyword (`name=value`), and whether `*`/`**` appear. */
function argNodes(
  argList: SyntaxNode,
  src: string
): { positional: SyntaxNode[]; keywords: Map<string, SyntaxNode>; spread: boolean } {
  const positional: SyntaxNode[] = []
  const keywords = new Map<string, SyntaxNode>()
  let spread = false
  const kids = children(argList).filter(k => k.name !== '(' && k.name !== ')' && k.name !== ',')
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i]
    if (k.name === '*' || k.name === '**') {
      spread = true
      i++
    } else if (k.name === 'VariableName' && kids[i + 1]?.name === 'AssignOp' && kids[i + 2]) {
      keywords.set(src.slice(k.from, k.to), kids[i + 2])
      i += 2
    } else {
      positional.push(k)
    }
  }
  return { positional, keywords, spread }
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ')
  return one.length > 60 ? `${one.slice(0, 57)}...` : one
}

/** The nearest enclosing function (or lambda), or null at module level. */
function scopeOf(n: SyntaxNode): SyntaxNode | null {
  for (let p = n.parent; p; p = p.parent) {
    if (p.name === 'FunctionDefinition' || p.name === 'LambdaExpression') return p
  }
  return null
}

function isParam(fn: SyntaxNode, name: string, src: string): boolean {
  const params = fn.getChild('ParamList')
  if (!params) return false
  for (let c = params.firstChild; c; c = c.nextSibling) {
    if (c.name === 'VariableName' && src.slice(c.from, c.to) === name) return true
  }
  return false
}

const KNOWN_PACKAGES = new Set([
  'os',
  'sys',
  'json',
  'typing',
  'asyncio',
  'anyio',
  'trio',
  'logging',
  'pathlib',
  'datetime',
  're',
  'time',
  'dataclasses',
  'enum',
  'functools',
  'itertools',
  'collections',
  'contextlib',
  'uuid',
  'math',
  'random',
  'mcp',
  'fastmcp',
  'httpx',
  'requests',
  'uvicorn',
  'starlette',
  'fastapi',
  'pydantic',
  'dotenv',
  'azure',
  'aiohttp',
  'urllib',
  'base64',
  'hashlib',
  'typing_extensions',
  '__future__',
  'argparse',
  'subprocess'
])

function isKnownPackage(module: string): boolean {
  return KNOWN_PACKAGES.has(module.split('.')[0])
}

/** Analyse one Python module's text. */
export function analyzeModule(
  src: string,
  file: string,
  extraServerVars: string[] = []
): ModuleAnalysis {
  return new Analyzer(src, file, extraServerVars).run()
}
