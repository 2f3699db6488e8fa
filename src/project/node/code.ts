/**
 * Server-code rules, read from the AST of the entry and the local modules it imports:
 * stateless streamable HTTP, a fresh server and transport per request, the right port,
 * no stdio/SSE, and imports that exist in the SDK line the code uses.
 */
import { builtinModules } from 'node:module'
import type * as B from '@babel/types'
import type { Finding, RuleContext } from '../types.js'
import { fnWithin, isFunction, memberName, pos, propName, unwrap } from './ast.js'
import type { Binding, CallSite, Fn, Module } from './ast.js'
import { badSpecifier, lineOfSource, packageOf, SDK1, sdk1Subpath, wrongLineName } from './api.js'
import type { ApiEntry, SdkLine } from './api.js'
import type { PackageInfo } from './deps.js'
import { allowsBelow, declaredSdk, PACKAGE_JSON } from './deps.js'
import { isLocalSpecifier, returnedExpressions } from './graph.js'
import type { Graph, Origin, Resolver } from './graph.js'

export const PORT_ENV = 'FUNCTIONS_CUSTOMHANDLER_PORT'

interface Entity {
  api: ApiEntry
  site: CallSite
  mod: Module
}

export interface CodeSummary {
  /** The SDK line(s) the code imports. */
  lines: Set<SdkLine>
  sdk1Subpaths: Array<{ source: string; file: string; line: number }>
  importsSdk: boolean
  /** The app comes from createMcpExpressApp, whose Host validation admits only localhost names. */
  hostGuard: boolean
}

/** What the code imports from the SDK (also feeds the dependency rules). */
export function summarize(graph: Graph): CodeSummary {
  const s: CodeSummary = { lines: new Set(), sdk1Subpaths: [], importsSdk: false, hostGuard: false }
  for (const mod of graph.modules.values()) {
    for (const imp of mod.imports) {
      if (imp.typeOnly) continue
      const line = lineOfSource(imp.source)
      if (!line) continue
      s.importsSdk = true
      s.lines.add(line)
      if (imp.names.some(n => n.imported === 'createMcpExpressApp')) s.hostGuard = true
      if (line === 'sdk1' && sdk1Subpath(imp.source))
        s.sdk1Subpaths.push({ source: imp.source, file: mod.file, line: pos(imp.node).line })
    }
  }
  return s
}

export interface CodeCheckInput {
  graph: Graph
  resolver: Resolver
  ctx: RuleContext
  pkg: PackageInfo
  bundled: boolean
}

export function checkCode(input: CodeCheckInput): Finding[] {
  return new CodeChecker(input).run()
}

/** The port the server listens on without the host's variable (see CodeChecker.listenPort). */
export function codeListenPort(input: CodeCheckInput): number | undefined {
  return new CodeChecker(input).listenPort()
}

const BUILTINS = new Set(builtinModules)
const REGISTER_METHODS = new Set([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'del',
  'all',
  'use',
  'route',
  'handle',
  'any',
  'on',
  'once',
  'addListener',
  'prependListener'
])
const SERVER_FACTORIES = new Set(['createServer', 'createSecureServer', 'serve'])

type PortExpr =
  | { k: 'num'; n: number }
  | { k: 'argv'; node: B.Node }
  | { k: 'env'; name: string }
  | { k: 'or'; a: PortExpr; b: PortExpr }
  | { k: 'unknown'; node: B.Node }
  | { k: 'none' }

type Effective =
  | { k: 'host'; skipped: string[] }
  | { k: 'num'; n: number; skipped: string[] }
  | { k: 'env'; name: string; skipped: string[] }
  | { k: 'unknown'; node?: B.Node }

class CodeChecker {
  private readonly out: Finding[] = []
  private readonly entities: Entity[] = []
  private readonly handlerMemo = new Map<Fn, boolean>()

  constructor(private readonly input: CodeCheckInput) {}

  private add(
    rule: string,
    severity: Finding['severity'],
    file: string,
    node: B.Node | undefined,
    message: string,
    fix: string
  ): void {
    const p = node ? pos(node) : { line: 1, column: undefined }
    this.out.push({
      rule,
      severity,
      file,
      line: p.line,
      ...(p.column ? { column: p.column } : {}),
      message,
      fix
    })
  }

  run(): Finding[] {
    const { graph, resolver } = this.input
    for (const e of graph.parseErrors) {
      this.out.push({
        rule: 'node-code/syntax-error',
        severity: 'error',
        file: e.file,
        line: e.line,
        column: e.column,
        message: `${e.file} does not parse: ${e.message}`,
        fix: 'fix the syntax at that position (the server dies at start with a SyntaxError)'
      })
    }
    for (const u of graph.unresolved) {
      this.add(
        'node-code/unresolved-import',
        'notice',
        u.file,
        u.node,
        `'${u.source}' does not resolve to a file in the repository; it was not checked`,
        'if it is build output, check its source instead; otherwise fix the path'
      )
    }
    if (graph.truncated) {
      this.add(
        'node-code/too-many-modules',
        'notice',
        graph.entry?.file ?? '.',
        undefined,
        'the server imports more local modules than are read; only the first ones were checked',
        'nothing to do, unless the MCP server is created in a module far from the entry'
      )
    }
    for (const mod of graph.modules.values()) {
      for (const site of mod.calls) {
        const api = resolver.api(mod, site.node.callee)
        if (api) this.entities.push({ api, site, mod })
      }
      this.checkImports(mod)
    }
    this.checkLinesMixed()
    this.checkTransports()
    this.checkReuse()
    this.checkHandlerFactories()
    this.checkStdioSse()
    this.checkPort()
    this.checkFoundSomething()
    return this.out
  }

  private of(kind: ApiEntry['kind']): Entity[] {
    return this.entities.filter(e => e.api.kind === kind)
  }

  private get servesHttp(): boolean {
    return this.of('http-transport').length > 0 || this.of('handler-factory').length > 0
  }

  // ---- imports -------------------------------------------------------------------------------

  private checkImports(mod: Module): void {
    const { pkg, bundled } = this.input
    for (const imp of mod.imports) {
      if (imp.typeOnly) continue
      const bad = badSpecifier(imp.source)
      if (bad)
        this.add(
          'node-code/sdk-import-path',
          bundled ? 'warning' : 'error',
          mod.file,
          imp.node,
          bad.message,
          bad.fix
        )
      for (const n of imp.names) {
        const instead = wrongLineName(imp.source, n.imported)
        if (instead) {
          const line = lineOfSource(imp.source) === 'sdk1' ? '1.x' : '2.x'
          this.add(
            'node-code/wrong-sdk-api',
            'error',
            mod.file,
            n.node,
            `'${n.imported}' is not exported by ${imp.source} (SDK ${line}); the import fails when the server starts`,
            `use ${instead}`
          )
        }
      }
      // Undeclared packages: the deploy installs only what package.json lists.
      if (!pkg.doc || isLocalSpecifier(imp.source) || imp.source.startsWith('/')) continue
      const name = packageOf(imp.source)
      if (
        imp.source.startsWith('node:') ||
        imp.source.startsWith('bun:') ||
        BUILTINS.has(imp.source) ||
        BUILTINS.has(name) ||
        name === pkg.name
      )
        continue
      const dep = pkg.deps.get(name)
      const dynamic = imp.node.type === 'CallExpression' || imp.node.type === 'ImportExpression'
      if (!dep) {
        // npm hoists dependencies of dependencies, so an undeclared import often loads anyway; it is
        // an error when nothing can bring it: the other SDK line, or a lockfile without it.
        const line = lineOfSource(name)
        const { sdk1, split2 } = declaredSdk(pkg)
        const otherLine = line !== undefined && (line === 'sdk1' ? !sdk1 : !split2)
        const absent = otherLine || (pkg.installed !== undefined && !pkg.installed.has(name))
        const severity = bundled || dynamic ? 'warning' : absent ? 'error' : 'warning'
        this.add(
          'node-deps/undeclared-import',
          severity,
          mod.file,
          imp.node,
          absent
            ? `${mod.file} imports '${imp.source}', but ${name} is not in package.json${otherLine ? '' : ' nor in package-lock.json'}: the deployed server cannot load it${bundled ? ' (unless the bundler inlines it)' : ''}`
            : `${mod.file} imports '${imp.source}', but ${name} is not in package.json: it loads only while another dependency happens to bring it along`,
          `npm install ${name} (adds it to "dependencies")`
        )
      } else if (dep.section === 'devDependencies' && !bundled && !lineOfSource(name)) {
        this.add(
          'node-deps/dev-dependency-import',
          'warning',
          mod.file,
          imp.node,
          `${mod.file} imports '${imp.source}' at run time, but ${name} is only in devDependencies: a production install leaves it out`,
          `move "${name}" from "devDependencies" to "dependencies" in ${PACKAGE_JSON}`
        )
      }
    }
  }

  private checkLinesMixed(): void {
    const lines = new Map<SdkLine, { mod: Module; node: B.Node }>()
    for (const mod of this.input.graph.modules.values()) {
      for (const imp of mod.imports) {
        const l = imp.typeOnly ? undefined : lineOfSource(imp.source)
        if (l && !lines.has(l)) lines.set(l, { mod, node: imp.node })
      }
    }
    const split = lines.get('split2')
    if (lines.has('sdk1') && split) {
      this.add(
        'node-code/mixed-sdk-lines',
        'warning',
        split.mod.file,
        split.node,
        'the code imports both @modelcontextprotocol/sdk (1.x) and the 2.x packages; a 1.x transport cannot serve a 2.x server (and back)',
        'use one line throughout: 1.x (@modelcontextprotocol/sdk) or 2.x (@modelcontextprotocol/server + @modelcontextprotocol/node)'
      )
    }
  }

  // ---- stateless -----------------------------------------------------------------------------

  private checkTransports(): void {
    for (const e of this.of('http-transport')) {
      const node = e.site.node
      if (node.type !== 'NewExpression') continue
      const name = this.calleeName(node.callee)
      const arg = node.arguments[0]
      if (!arg) {
        const dep = this.input.pkg.deps.get(SDK1)
        if (e.api.line === 'sdk1' && (!dep || allowsBelow(dep.spec, '1.25.0') !== false)) {
          this.add(
            'node-code/transport-options',
            'warning',
            e.mod.file,
            node,
            `new ${name}() without options: SDK 1.x before 1.25 throws on a missing options object`,
            `pass the options explicitly: new ${name}({ sessionIdGenerator: undefined })`
          )
        }
        continue
      }
      const verdict = this.sessionMode(e.mod, arg)
      if (verdict.mode === 'stateful') {
        this.add(
          'node-code/stateful-transport',
          'error',
          e.mod.file,
          verdict.node ?? node,
          `${name} is created with a sessionIdGenerator (stateful sessions): Azure Functions spreads requests over instances and recycles them, so later requests of a session fail with "Session not found"`,
          `make it stateless: new ${name}({ sessionIdGenerator: undefined }), with a fresh server and transport per request`
        )
      } else if (verdict.mode === 'unknown') {
        this.add(
          'node-code/stateless-unknown',
          'notice',
          e.mod.file,
          verdict.node ?? node,
          `could not tell whether ${name} is stateless: its sessionIdGenerator is computed at run time`,
          `write sessionIdGenerator: undefined literally in the options`
        )
      }
    }
  }

  private sessionMode(
    mod: Module,
    arg: B.Node
  ): { mode: 'stateless' | 'stateful' | 'unknown'; node?: B.Node } {
    const obj = this.objectOf(mod, arg)
    if (!obj) return { mode: 'unknown', node: arg }
    let spread = false
    for (const p of obj.node.properties) {
      if (p.type === 'SpreadElement') {
        spread = true
        continue
      }
      if (propName(p.key, p.computed) !== 'sessionIdGenerator') continue
      if (p.type === 'ObjectMethod') return { mode: 'stateful', node: p }
      if (p.type !== 'ObjectProperty') return { mode: 'unknown', node: p }
      return { mode: this.generatorMode(obj.mod, p.value, 0), node: p }
    }
    return spread ? { mode: 'unknown', node: arg } : { mode: 'stateless' }
  }

  private generatorMode(
    mod: Module,
    value: B.Node,
    depth: number
  ): 'stateless' | 'stateful' | 'unknown' {
    if (depth > 6) return 'unknown'
    const v = unwrap(value)
    switch (v.type) {
      case 'Identifier': {
        if (v.name === 'undefined' && !mod.refs.get(v)) return 'stateless'
        const b = mod.refs.get(v)
        if (!b) return 'unknown'
        if (b.kind === 'function' || b.kind === 'import') return 'stateful'
        if (
          (b.kind === 'const' || (b.assignments.length === 0 && b.kind !== 'param')) &&
          b.init &&
          b.key === undefined
        )
          return this.generatorMode(mod, b.init, depth + 1)
        return 'unknown'
      }
      case 'NullLiteral':
        return 'stateless'
      case 'UnaryExpression':
        return v.operator === 'void' ? 'stateless' : 'unknown'
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        return 'stateful'
      case 'MemberExpression':
      case 'OptionalMemberExpression': {
        const s = this.input.resolver.resolve(mod, v)
        if (s?.kind === 'ext') return 'stateful'
        if (s?.kind === 'value' && isFunction(s.node)) return 'stateful'
        return memberName(v) === 'randomUUID' ? 'stateful' : 'unknown'
      }
      case 'ConditionalExpression': {
        const a = this.generatorMode(mod, v.consequent, depth + 1)
        const b = this.generatorMode(mod, v.alternate, depth + 1)
        return a === b ? a : 'unknown'
      }
      default:
        return 'unknown'
    }
  }

  private objectOf(
    mod: Module,
    arg: B.Node
  ): { mod: Module; node: B.ObjectExpression } | undefined {
    const a = unwrap(arg)
    if (a.type === 'ObjectExpression') return { mod, node: a }
    const s = this.input.resolver.resolve(mod, a)
    if (s?.kind === 'value') {
      const n = unwrap(s.node)
      if (n.type === 'ObjectExpression') return { mod: s.mod, node: n }
    }
    return undefined
  }

  // ---- fresh per request ---------------------------------------------------------------------

  private checkReuse(): void {
    const { graph, resolver } = this.input
    const reported = new Set<B.Node>()
    for (const mod of graph.modules.values()) {
      for (const site of mod.calls) {
        const callee = unwrap(site.node.callee)
        if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression')
          continue
        const method = memberName(callee)
        if (method !== 'handleRequest' && method !== 'connect') continue
        const o = resolver.origin(mod, callee.object)
        if (!o || reported.has(o.node)) continue
        const kind = o.api.kind
        if (method === 'handleRequest' && kind !== 'http-transport') continue
        if (method === 'connect' && kind !== 'server') continue
        if (o.sharedBinding) {
          const d = o.sharedBinding.scope.fn
          if (o.fn !== d && fnWithin(o.mod, o.fn, d) && this.onRequestPath(o.mod, o.fn, d)) {
            reported.add(o.node)
            this.add(
              'node-code/shared-variable',
              'warning',
              o.mod.file,
              o.node,
              `each request assigns a new ${kind === 'server' ? 'server' : 'transport'} to '${o.sharedBinding.name}', a variable shared by all requests: concurrent requests overwrite each other's`,
              `declare it inside the request handler: const ${o.sharedBinding.name} = …`
            )
          }
          continue
        }
        if (!this.reused(o, mod, site)) continue
        reported.add(o.node)
        const factory = this.calleeName(o.node.callee)
        const name = o.made ?? factory
        const made = o.made
          ? `one ${o.made} is made by ${factory}(), which is called ${o.fn ? 'outside the request handler' : 'once, at module level'},`
          : `one ${name} is created ${o.fn ? 'outside the request handler' : 'at module level'}`
        if (kind === 'server') {
          this.add(
            'node-code/server-reused',
            'error',
            o.mod.file,
            o.node,
            `${made} and connected to a new transport on every request (${mod.file}:${pos(site.node).line}): since SDK 1.26 connect() throws "Already connected to a transport" when requests overlap (HTTP 500), and before that responses went to the wrong client`,
            o.made
              ? `call ${factory}() inside the request handler, so each request gets its own server: const server = ${factory}()`
              : `create the server per request: move \`new ${name}(…)\` (and the tool registrations) into a function such as getServer() and call it inside the handler`
          )
        } else {
          this.add(
            'node-code/transport-reused',
            'error',
            o.mod.file,
            o.node,
            `${made} and used for every request (${mod.file}:${pos(site.node).line}): a stateless transport serves one request; since SDK 1.26 the second throws "Stateless transport cannot be reused across requests"`,
            `create the transport (and the server) inside the request handler: const transport = new ${name}({ sessionIdGenerator: undefined })`
          )
        }
      }
    }
  }

  /** Is the object of `o` created once and used from a request handler at `site`? */
  private reused(o: Origin, mod: Module, site: CallSite): boolean {
    if (o.mod !== mod) return o.fn === null && this.onRequestPath(mod, site.fn, null)
    if (o.fn === site.fn || !fnWithin(mod, site.fn, o.fn)) return false
    return this.onRequestPath(mod, site.fn, o.fn)
  }

  /** Does some function from `fn` up to (not including) `stop` run per request? */
  private onRequestPath(mod: Module, fn: Fn | null, stop: Fn | null): boolean {
    for (let f = fn; f && f !== stop; f = mod.parentFn.get(f) ?? null)
      if (this.isHandler(mod, f, 0)) return true
    return false
  }

  /** A function registered as a request handler (app.post(…, fn), http.createServer(fn), …) or called from one. */
  private isHandler(mod: Module, fn: Fn, depth: number): boolean {
    const memo = this.handlerMemo.get(fn)
    if (memo !== undefined) return memo
    this.handlerMemo.set(fn, false)
    const result = this.isHandlerUncached(mod, fn, depth)
    this.handlerMemo.set(fn, result)
    return result
  }

  private isHandlerUncached(mod: Module, fn: Fn, depth: number): boolean {
    const parent = mod.parent.get(fn)
    if (
      parent &&
      (parent.type === 'CallExpression' || parent.type === 'NewExpression') &&
      parent.arguments.includes(fn as B.Expression)
    ) {
      if (this.isRegistration(mod, parent)) return true
    }
    // { handler: fn } / { fetch: fn } passed to a registration (fastify.route, hono serve).
    if (parent?.type === 'ObjectProperty' || fn.type === 'ObjectMethod') {
      const prop = fn.type === 'ObjectMethod' ? fn : (parent as B.ObjectProperty)
      const obj = mod.parent.get(prop)
      const call = obj ? mod.parent.get(obj) : undefined
      const key = propName(prop.key, prop.computed)
      if (
        (key === 'handler' || key === 'fetch') &&
        call &&
        (call.type === 'CallExpression' || call.type === 'NewExpression') &&
        this.isRegistration(mod, call)
      )
        return true
    }
    // Registered or called by name.
    const b = this.bindingOfFn(mod, fn)
    if (b) {
      for (const r of b.references) {
        const p = mod.parent.get(r)
        if (!p) continue
        if (
          (p.type === 'CallExpression' || p.type === 'NewExpression') &&
          p.arguments.includes(r) &&
          this.isRegistration(mod, p)
        )
          return true
        if (depth < 3 && p.type === 'CallExpression' && p.callee === r) {
          const caller = this.fnOf(mod, p)
          if (caller && this.onRequestPathDepth(mod, caller, depth + 1)) return true
        }
      }
    }
    // Methods called as this.name(…) from a handler.
    if ((fn.type === 'ClassMethod' || fn.type === 'ClassPrivateMethod') && depth < 3) {
      const name =
        fn.key.type === 'Identifier'
          ? fn.key.name
          : fn.key.type === 'PrivateName'
            ? fn.key.id.name
            : undefined
      if (name) {
        for (const site of mod.calls) {
          const c = unwrap(site.node.callee)
          if (
            (c.type === 'MemberExpression' || c.type === 'OptionalMemberExpression') &&
            c.object.type === 'ThisExpression'
          ) {
            const m = c.property.type === 'PrivateName' ? c.property.id.name : memberName(c)
            if (
              m === name &&
              site.fn &&
              site.fn !== fn &&
              this.onRequestPathDepth(mod, site.fn, depth + 1)
            )
              return true
          }
        }
      }
    }
    return false
  }

  private onRequestPathDepth(mod: Module, fn: Fn, depth: number): boolean {
    for (let f: Fn | null = fn; f; f = mod.parentFn.get(f) ?? null)
      if (this.isHandler(mod, f, depth)) return true
    return false
  }

  private fnOf(mod: Module, node: B.Node): Fn | null {
    for (let p = mod.parent.get(node); p; p = mod.parent.get(p)) if (isFunction(p)) return p
    return null
  }

  private bindingOfFn(mod: Module, fn: Fn): Binding | undefined {
    let id: B.Identifier | undefined
    if (fn.type === 'FunctionDeclaration' && fn.id) id = fn.id
    else {
      const p = mod.parent.get(fn)
      if (p?.type === 'VariableDeclarator' && p.id.type === 'Identifier') id = p.id
    }
    if (!id) return undefined
    return mod.bindings.find(x => x.id === id)
  }

  private isRegistration(mod: Module, call: B.CallExpression | B.NewExpression): boolean {
    const callee = unwrap(call.callee)
    const api = this.input.resolver.api(mod, callee)
    if (api && (api.kind === 'handler-factory' || api.kind === 'node-adapter')) return true
    let name: string | undefined
    if (callee.type === 'Identifier') name = callee.name
    else if (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression')
      name = memberName(callee)
    if (!name) return false
    if (SERVER_FACTORIES.has(name)) return true
    if (!REGISTER_METHODS.has(name)) return false
    if (name === 'on' || name === 'once' || name === 'addListener' || name === 'prependListener') {
      const ev = call.arguments[0]
      return ev?.type === 'StringLiteral' && ev.value === 'request'
    }
    return true
  }

  // ---- 2.x createMcpHandler ------------------------------------------------------------------

  private checkHandlerFactories(): void {
    const { resolver } = this.input
    for (const e of this.of('handler-factory')) {
      const call = e.site.node
      const arg = call.arguments[0]
      if (!arg) continue
      const direct = resolver.origin(e.mod, arg)
      if (direct?.api.kind === 'server') {
        this.add(
          'node-code/server-reused',
          'error',
          e.mod.file,
          arg,
          'createMcpHandler() is given a server instance; it takes a factory that builds a fresh McpServer for every request',
          'pass a factory: createMcpHandler(() => { const server = new McpServer(…); /* register tools */ return server })'
        )
        continue
      }
      const f = resolver.fn(e.mod, arg)
      if (f) {
        for (const r of returnedExpressions(f.fn)) {
          const o = resolver.origin(f.mod, r)
          if (!o || o.api.kind !== 'server') continue
          const outside =
            o.mod !== f.mod
              ? o.fn === null
              : !fnWithin(o.mod, o.fn, f.fn) && fnWithin(o.mod, f.fn, o.fn)
          if (outside) {
            this.add(
              'node-code/server-reused',
              'error',
              o.mod.file,
              o.node,
              `the createMcpHandler factory (${e.mod.file}:${pos(call).line}) returns one shared ${this.calleeName(o.node.callee)} instead of a new one: overlapping requests fail with "already connected to a transport"`,
              'build the server inside the factory: createMcpHandler(() => { const server = new McpServer(…); …; return server })'
            )
          }
        }
      }
      const opts = call.arguments[1] ? this.objectOf(e.mod, call.arguments[1]) : undefined
      for (const p of opts?.node.properties ?? []) {
        if (
          p.type === 'ObjectProperty' &&
          propName(p.key, p.computed) === 'legacy' &&
          p.value.type === 'StringLiteral' &&
          p.value.value === 'reject'
        ) {
          this.add(
            'node-code/legacy-rejected',
            'warning',
            opts?.mod.file ?? e.mod.file,
            p,
            "createMcpHandler(…, { legacy: 'reject' }) refuses every 2025-era client (SDK 1.x clients, most hosts today, and the action's smoke test)",
            "drop the option (the default, legacy: 'stateless', serves both)"
          )
        }
      }
    }
  }

  // ---- transports that cannot be hosted ------------------------------------------------------

  private checkStdioSse(): void {
    const http = this.servesHttp
    for (const e of [...this.of('stdio'), ...this.of('sse')]) {
      const name = this.calleeName(e.site.node.callee)
      const stdio = e.api.kind === 'stdio'
      this.add(
        stdio ? 'node-code/stdio-transport' : 'node-code/sse-transport',
        http ? 'warning' : 'error',
        e.mod.file,
        e.site.node,
        stdio
          ? `${name} talks over stdin/stdout; Azure Functions sends HTTP requests to the custom handler${http ? ' (this server also serves streamable HTTP: make sure host.json starts that mode)' : ', so nothing answers them'}`
          : `${name} is the legacy HTTP+SSE transport: it keeps a session per connection, which Functions instances do not share${http ? ' (the streamable HTTP endpoint of this server is the one to use)' : ''}`,
        e.api.line === 'split2'
          ? 'serve streamable HTTP: createMcpHandler(() => new McpServer(…)) with toNodeHandler from @modelcontextprotocol/node, listening on process.env.FUNCTIONS_CUSTOMHANDLER_PORT'
          : 'serve streamable HTTP: per request, new McpServer(…) + new StreamableHTTPServerTransport({ sessionIdGenerator: undefined }), listening on process.env.FUNCTIONS_CUSTOMHANDLER_PORT'
      )
    }
  }

  // ---- port ----------------------------------------------------------------------------------

  /**
   * The port number the code ends up on when the host's variable is not set: a literal, or the
   * default of a `process.env.X ?? 3000` chain. What the profile's customHandler.port should say.
   */
  listenPort(): number | undefined {
    for (const l of this.listens()) {
      const n = defaultNumber(l.port)
      if (n !== undefined && n > 0 && n < 65536) return n
    }
    return undefined
  }

  private listens(): Array<{ mod: Module; node: B.Node; port: PortExpr }> {
    const { graph, resolver } = this.input
    const listens: Array<{ mod: Module; node: B.Node; port: PortExpr }> = []
    for (const mod of graph.modules.values()) {
      for (const site of mod.calls) {
        const callee = unwrap(site.node.callee)
        if (
          (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') &&
          memberName(callee) === 'listen'
        ) {
          const a = site.node.arguments[0]
          let port: PortExpr
          if (!a) port = { k: 'none' }
          else {
            const obj = this.objectOf(mod, a)
            if (obj) {
              const p = obj.node.properties.find(
                x => x.type === 'ObjectProperty' && propName(x.key, x.computed) === 'port'
              ) as B.ObjectProperty | undefined
              port = p ? this.evalPort(obj.mod, p.value, 0) : { k: 'none' }
            } else port = this.evalPort(mod, a, 0)
          }
          listens.push({ mod, node: a ?? site.node, port })
          continue
        }
        const s = resolver.resolve(mod, callee)
        if (
          s?.kind === 'ext' &&
          packageOf(s.source) === '@hono/node-server' &&
          s.name === 'serve'
        ) {
          const obj = site.node.arguments[0]
            ? this.objectOf(mod, site.node.arguments[0])
            : undefined
          const p = obj?.node.properties.find(
            x => x.type === 'ObjectProperty' && propName(x.key, x.computed) === 'port'
          ) as B.ObjectProperty | undefined
          listens.push({
            mod,
            node: site.node,
            port: p
              ? this.evalPort(obj?.mod ?? mod, p.value, 0)
              : obj
                ? { k: 'num', n: 3000 }
                : { k: 'unknown', node: site.node }
          })
        }
      }
    }
    return listens
  }

  private checkPort(): void {
    const { ctx } = this.input
    const listens = this.listens()
    if (listens.length === 0) {
      if (this.servesHttp) {
        const at = this.of('http-transport')[0] ?? this.of('handler-factory')[0]
        this.add(
          'node-code/port-unknown',
          'notice',
          at.mod.file,
          at.site.node,
          'could not find where the server starts listening (no .listen(…) or serve({ port }) call in the server code that was read)',
          `make sure it listens on process.env.${PORT_ENV}`
        )
      }
      return
    }
    const profile = ctx.layout === 'profile'
    const want = profile
      ? ctx.hostPort !== undefined
        ? `port ${ctx.hostPort} (customHandler.port) or process.env.${PORT_ENV}`
        : `process.env.${PORT_ENV}`
      : `process.env.${PORT_ENV}`
    const fix =
      profile && ctx.hostPort !== undefined
        ? `listen on Number(process.env.${PORT_ENV} ?? ${ctx.hostPort})`
        : `listen on Number(process.env.${PORT_ENV} ?? 3000)`
    const start = this.out.length
    let anyRight = false
    for (const l of listens) {
      const eff = effective(l.port, ctx.portFromArguments === true)
      const where = l.node
      if (eff.k === 'host' || (eff.k === 'num' && profile && eff.n === ctx.hostPort))
        anyRight = true
      if (eff.k === 'unknown') {
        this.add(
          'node-code/port-unknown',
          'notice',
          l.mod.file,
          eff.node ?? where,
          `could not tell which port the server listens on (computed at run time); the host expects ${want}`,
          fix
        )
        continue
      }
      if (eff.k === 'host') {
        if (eff.skipped.length > 0) {
          this.add(
            'node-code/port',
            'warning',
            l.mod.file,
            where,
            `the port comes from ${eff.skipped.map(s => `process.env.${s}`).join(', ')} before ${PORT_ENV}: if that is ever set (an app setting), the server listens where the host does not send requests`,
            `read process.env.${PORT_ENV} first`
          )
        }
        continue
      }
      if (eff.k === 'env') {
        this.add(
          'node-code/port',
          'error',
          l.mod.file,
          where,
          `the server listens on process.env.${eff.name}${eff.skipped.length ? ` (after ${eff.skipped.join(', ')})` : ''}, which the Functions host does not set: it ends up on a random port and the host cannot reach it; the host expects ${want}`,
          fix
        )
        continue
      }
      if (profile && ctx.hostPort !== undefined) {
        if (eff.n !== ctx.hostPort) {
          this.add(
            'node-code/port',
            'error',
            l.mod.file,
            where,
            `the server listens on ${eff.n === 0 ? 'a random port' : `port ${eff.n}`}, but host.json customHandler.port is ${ctx.hostPort}: the host sends requests to ${ctx.hostPort}`,
            fix
          )
        }
        continue
      }
      if (profile) continue // no numeric customHandler.port to compare with: the host.json rules report that
      const what =
        l.port.k === 'none'
          ? 'a random port (listen() without a port)'
          : eff.skipped.length
            ? `port ${eff.n} (process.env.${eff.skipped.join(', ')} is not set by the host)`
            : `the fixed port ${eff.n}`
      this.add(
        'node-code/port',
        'error',
        l.mod.file,
        where,
        `the server listens on ${what}; the Functions host picks the port and passes it in ${PORT_ENV}`,
        fix
      )
    }
    if (anyRight) {
      // Another listener (health, metrics) next to the one on the right port: not the MCP endpoint.
      for (const f of this.out.slice(start)) {
        if (f.rule === 'node-code/port' && f.severity === 'error') {
          f.severity = 'notice'
          f.message = `another listener besides the one on the host's port: ${f.message}`
          f.fix = 'nothing to do if this is not the MCP endpoint (a health or metrics listener)'
        }
      }
    }
  }

  private evalPort(mod: Module, expr: B.Node, depth: number): PortExpr {
    if (depth > 8) return { k: 'unknown', node: expr }
    const e = unwrap(expr)
    switch (e.type) {
      case 'NumericLiteral':
        return { k: 'num', n: e.value }
      case 'StringLiteral': {
        const n = Number(e.value)
        return e.value.trim() !== '' && Number.isInteger(n)
          ? { k: 'num', n }
          : { k: 'unknown', node: e }
      }
      case 'LogicalExpression':
        if (e.operator === '||' || e.operator === '??')
          return {
            k: 'or',
            a: this.evalPort(mod, e.left, depth + 1),
            b: this.evalPort(mod, e.right, depth + 1)
          }
        return { k: 'unknown', node: e }
      case 'UnaryExpression':
        return e.operator === '+'
          ? this.evalPort(mod, e.argument, depth + 1)
          : { k: 'unknown', node: e }
      case 'CallExpression': {
        const c = unwrap(e.callee)
        const name =
          c.type === 'Identifier' && !mod.refs.get(c)
            ? c.name
            : c.type === 'MemberExpression' &&
                c.object.type === 'Identifier' &&
                c.object.name === 'Number'
              ? memberName(c)
              : undefined
        if (
          (name === 'Number' ||
            name === 'parseInt' ||
            name === 'parseFloat' ||
            name === 'String') &&
          e.arguments[0]
        )
          return this.evalPort(mod, e.arguments[0], depth + 1)
        // A local function (getPort(), config.port()): what it returns.
        const f = this.input.resolver.fn(mod, e.callee)
        if (f) {
          const returned = returnedExpressions(f.fn)
          if (returned.length === 1) return this.evalPort(f.mod, returned[0], depth + 1)
        }
        return { k: 'unknown', node: e }
      }
      case 'MemberExpression':
      case 'OptionalMemberExpression': {
        const name = memberName(e)
        if (name !== undefined && this.isProcessEnv(mod, e.object, 0)) return { k: 'env', name }
        if (this.isProcessArgv(mod, e.object)) return { k: 'argv', node: e }
        const s = this.input.resolver.resolve(mod, e)
        if (s?.kind === 'value' && s.node !== e) return this.evalPort(s.mod, s.node, depth + 1)
        return { k: 'unknown', node: e }
      }
      case 'Identifier': {
        const b = mod.refs.get(e)
        if (!b) return { k: 'unknown', node: e }
        if (b.key !== undefined && b.init && this.isProcessEnv(mod, b.init, 0)) {
          const env: PortExpr = { k: 'env', name: b.key }
          return b.fallback
            ? { k: 'or', a: env, b: this.evalPort(mod, b.fallback, depth + 1) }
            : env
        }
        if (
          (b.kind === 'const' ||
            (b.assignments.length === 0 && (b.kind === 'let' || b.kind === 'var'))) &&
          b.init &&
          b.key === undefined
        )
          return this.evalPort(mod, b.init, depth + 1)
        // `let port = 3000; if (process.env.PORT) port = Number(process.env.PORT)`: the
        // assignment when it runs, else the initial value.
        if (
          (b.kind === 'let' || b.kind === 'var') &&
          b.init &&
          b.key === undefined &&
          b.assignments.length === 1
        )
          return {
            k: 'or',
            a: this.evalPort(mod, b.assignments[0].value, depth + 1),
            b: this.evalPort(mod, b.init, depth + 1)
          }
        if (b.kind === 'import') {
          const s = this.input.resolver.binding(mod, b)
          if (s?.kind === 'value' && s.node.type !== 'Identifier')
            return this.evalPort(s.mod, s.node, depth + 1)
          if (s?.kind === 'value' && s.binding?.init)
            return this.evalPort(s.mod, s.binding.init, depth + 1)
        }
        return { k: 'unknown', node: e }
      }
      default:
        return { k: 'unknown', node: e }
    }
  }

  /** `process.argv` (the command line host.json's arguments make). */
  private isProcessArgv(mod: Module, node: B.Node): boolean {
    const n = unwrap(node)
    if (n.type !== 'MemberExpression' && n.type !== 'OptionalMemberExpression') return false
    const o = unwrap(n.object)
    return (
      memberName(n) === 'argv' &&
      o.type === 'Identifier' &&
      o.name === 'process' &&
      !mod.refs.get(o)
    )
  }

  private isProcessEnv(mod: Module, node: B.Node, depth: number): boolean {
    if (depth > 4) return false
    const n = unwrap(node)
    if (
      (n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') &&
      memberName(n) === 'env'
    ) {
      const o = unwrap(n.object)
      if (o.type === 'Identifier' && o.name === 'process' && !mod.refs.get(o)) return true
      const s = this.input.resolver.resolve(mod, o)
      return s?.kind === 'ext' && (s.source === 'process' || s.source === 'node:process')
    }
    if (n.type === 'Identifier') {
      const b = mod.refs.get(n)
      if (!b) return false
      if (b.kind === 'import')
        return (
          (b.importSource === 'process' || b.importSource === 'node:process') &&
          b.imported === 'env'
        )
      if (b.init && b.key === undefined) return this.isProcessEnv(mod, b.init, depth + 1)
      if (b.init && b.key === 'env') {
        const o = unwrap(b.init)
        return o.type === 'Identifier' && o.name === 'process' && !mod.refs.get(o)
      }
    }
    return false
  }

  // ---- nothing found -------------------------------------------------------------------------

  private checkFoundSomething(): void {
    const { graph } = this.input
    const entry = graph.entry
    if (!entry) return
    if (this.servesHttp || this.of('stdio').length || this.of('sse').length) return
    const imports = summarize(graph).importsSdk
    this.add(
      imports ? 'node-code/transport-not-found' : 'node-code/sdk-not-imported',
      'notice',
      entry.file,
      undefined,
      imports
        ? `could not find where ${entry.file} (and the local modules it imports) creates its MCP transport; the stateless and per-request rules were not checked`
        : `${entry.file} (and the local modules it imports) does not import the MCP SDK; the server code was not checked`,
      imports
        ? 'nothing to do if the transport is created in code that was not read (a dependency, a generated file)'
        : 'point host.json "arguments" (or package.json "main") at the file that creates the MCP server'
    )
  }

  private calleeName(callee: B.Node): string {
    const c = unwrap(callee)
    if (c.type === 'Identifier') return c.name
    if (c.type === 'MemberExpression' || c.type === 'OptionalMemberExpression')
      return memberName(c) ?? 'the object'
    return 'the object'
  }
}

/**
 * What a port expression ends up as on the host. With `%FUNCTIONS_CUSTOMHANDLER_PORT%` in host.json's
 * arguments, a port from the command line (or computed from it) is the host's.
 */
/** A literal port, or the last number of a fallback chain (`env.A ?? env.B ?? 3000`). */
function defaultNumber(p: PortExpr): number | undefined {
  if (p.k === 'num') return p.n
  if (p.k === 'or') return defaultNumber(p.b) ?? defaultNumber(p.a)
  return undefined
}

function effective(p: PortExpr, argvIsPort: boolean): Effective {
  switch (p.k) {
    case 'num':
      return { k: 'num', n: p.n, skipped: [] }
    case 'argv':
      return argvIsPort ? { k: 'host', skipped: [] } : { k: 'unknown', node: p.node }
    case 'none':
      return { k: 'num', n: 0, skipped: [] }
    case 'env':
      return p.name === PORT_ENV
        ? { k: 'host', skipped: [] }
        : { k: 'env', name: p.name, skipped: [] }
    case 'unknown':
      return argvIsPort ? { k: 'host', skipped: [] } : { k: 'unknown', node: p.node }
    case 'or': {
      const a = effective(p.a, argvIsPort)
      if (a.k !== 'env') return a
      const b = effective(p.b, argvIsPort)
      if (b.k === 'unknown') return b
      return { ...b, skipped: [a.name, ...a.skipped, ...b.skipped] }
    }
  }
}
