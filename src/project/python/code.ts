/**
 * Reading a Python MCP server with @lezer/python: the syntax tree, not the text, tells which SDK
 * line is imported, where the server object is built, how it is started (transport, port, host,
 * stateless) and what those arguments evaluate to. Values that come from the environment are kept
 * as such (`os.environ.get("FUNCTIONS_CUSTOMHANDLER_PORT", 8080)`), values the code computes are
 * "unknown" with the reason, so that rules can say "cannot tell" instead of guessing.
 */
import { parser } from '@lezer/python'
import type { SyntaxNode } from '@lezer/common'
import type { ModuleAnalysis, PythonApiLine, RunInfo, RunKind } from './model.js'
import { apiLineOfModule } from './model.js'
import { argNodes, children, isKnownPackage, scopeOf } from './syntax.js'
import { Evaluator, MAX_DEPTH } from './values.js'

export type {
  ApiImport,
  Arg,
  CallInfo,
  ImportRef,
  ModuleAnalysis,
  Pos,
  PythonApiLine,
  PyValue,
  RunInfo,
  RunKind,
  ServerInfo,
  SettingAssign
} from './model.js'

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

class Analyzer extends Evaluator {
  readonly result: ModuleAnalysis

  constructor(
    src: string,
    file: string,
    private readonly extraServerVars: string[] = []
  ) {
    super(src, file)
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
}

/** Analyse one Python module's text. */
export function analyzeModule(
  src: string,
  file: string,
  extraServerVars: string[] = []
): ModuleAnalysis {
  return new Analyzer(src, file, extraServerVars).run()
}
