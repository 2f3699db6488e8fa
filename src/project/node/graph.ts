/**
 * The server's module graph (the entry and the local files it imports), and what an expression
 * stands for: an import from a package, a local module, or a value created somewhere.
 */
import path from 'node:path'
import type * as B from '@babel/types'
import type { ProjectFiles } from '../files.js'
import { children, enclosingFn, fnWithin, isFunction, memberName, propName, unwrap } from './ast.js'
import type { Binding, Fn, Module } from './ast.js'
import { parseModule } from './parse.js'
import { lookupApi } from './api.js'
import type { ApiEntry } from './api.js'

export const CODE_EXTENSIONS = ['.ts', '.mts', '.cts', '.tsx', '.js', '.mjs', '.cjs', '.jsx']
const MAX_MODULES = 40

export interface Graph {
  modules: Map<string, Module>
  entry?: Module
  parseErrors: Array<{ file: string; message: string; line: number; column: number }>
  /** Local specifiers that did not resolve to a file. */
  unresolved: Array<{ file: string; source: string; node: B.Node }>
  truncated: boolean
}

type ParseFn = Parameters<typeof parseModule>[0]

export function isCodeFile(name: string): boolean {
  const lower = name.toLowerCase()
  return (
    CODE_EXTENSIONS.some(e => lower.endsWith(e)) &&
    !lower.endsWith('.d.ts') &&
    !lower.endsWith('.d.mts') &&
    !lower.endsWith('.d.cts')
  )
}

export function isLocalSpecifier(s: string): boolean {
  return s.startsWith('./') || s.startsWith('../') || s === '.' || s === '..'
}

/** Resolves `./x.js` from `from` the way tsc/Node do (including `.js` written for a `.ts` file). */
export function resolveLocal(files: ProjectFiles, from: string, spec: string): string | undefined {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec))
  if (base.startsWith('../') || base === '..') return undefined
  const candidates: string[] = []
  const ext = path.posix.extname(base)
  const stem = base.slice(0, base.length - ext.length)
  if (ext === '.js' || ext === '.jsx') candidates.push(stem + '.ts', stem + '.tsx', base)
  else if (ext === '.mjs') candidates.push(stem + '.mts', base)
  else if (ext === '.cjs') candidates.push(stem + '.cts', base)
  else if (CODE_EXTENSIONS.includes(ext)) candidates.push(base)
  else if (ext && files.isFile(base)) candidates.push(base)
  else {
    for (const e of CODE_EXTENSIONS) candidates.push(base + e)
    for (const e of CODE_EXTENSIONS) candidates.push(`${base}/index${e}`)
  }
  return candidates.find(c => files.isFile(c))
}

export function loadGraph(parse: ParseFn, files: ProjectFiles, entry: string): Graph {
  const g: Graph = { modules: new Map(), parseErrors: [], unresolved: [], truncated: false }
  const queue = [entry]
  while (queue.length > 0) {
    const file = queue.shift() as string
    if (g.modules.has(file)) continue
    if (g.modules.size >= MAX_MODULES) {
      g.truncated = true
      break
    }
    const text = files.text(file)
    if (text === undefined) continue
    const r = parseModule(parse, file, text)
    if (r.error) g.parseErrors.push({ file, ...r.error })
    if (!r.module) continue
    g.modules.set(file, r.module)
    if (file === entry) g.entry = r.module
    for (const imp of r.module.imports) {
      if (!isLocalSpecifier(imp.source)) continue
      const target = resolveLocal(files, file, imp.source)
      if (target) {
        if (isCodeFile(target)) queue.push(target)
      } else if (!imp.typeOnly) g.unresolved.push({ file, source: imp.source, node: imp.node })
    }
  }
  return g
}

export type Sym =
  | { kind: 'ext'; source: string; name: string }
  | { kind: 'module'; mod: Module }
  | { kind: 'value'; mod: Module; node: B.Node; binding?: Binding }

const MAX_DEPTH = 12

export class Resolver {
  constructor(
    readonly graph: Graph,
    readonly files: ProjectFiles
  ) {}

  private moduleFor(from: Module, source: string): Module | undefined {
    const f = resolveLocal(this.files, from.file, source)
    return f ? this.graph.modules.get(f) : undefined
  }

  private namespace(mod: Module, source: string): Sym | undefined {
    if (isLocalSpecifier(source)) {
      const m = this.moduleFor(mod, source)
      return m ? { kind: 'module', mod: m } : undefined
    }
    return { kind: 'ext', source, name: '*' }
  }

  private member(base: Sym | undefined, name: string, depth: number): Sym | undefined {
    if (!base) return undefined
    if (base.kind === 'ext')
      return base.name === '*' || base.name === 'default'
        ? { kind: 'ext', source: base.source, name }
        : undefined
    if (base.kind === 'module') return this.exported(base.mod, name, depth + 1)
    const n = unwrap(base.node)
    if (n.type === 'ObjectExpression') {
      for (const p of n.properties) {
        if (p.type === 'ObjectProperty' && propName(p.key, p.computed) === name)
          return this.resolve(base.mod, p.value as B.Expression, depth + 1)
        if (p.type === 'ObjectMethod' && propName(p.key, p.computed) === name)
          return { kind: 'value', mod: base.mod, node: p }
      }
    }
    return undefined
  }

  /** What an exported name of a local module is. */
  exported(mod: Module, name: string, depth = 0): Sym | undefined {
    if (depth > MAX_DEPTH) return undefined
    const e = mod.exports.get(name)
    if (e) {
      if (e.from) return this.member(this.namespace(mod, e.from.source), e.from.name, depth + 1)
      if (e.binding) return this.binding(mod, e.binding, depth + 1)
      if (e.expr) {
        if (e.expr.type === 'FunctionDeclaration' || e.expr.type === 'ClassDeclaration')
          return { kind: 'value', mod, node: e.expr }
        return this.resolve(mod, e.expr as B.Expression, depth + 1)
      }
    }
    for (const s of mod.starExports) {
      const r = this.member(this.namespace(mod, s), name, depth + 1)
      if (r) return r
    }
    return undefined
  }

  binding(mod: Module, b: Binding, depth = 0): Sym | undefined {
    if (depth > MAX_DEPTH) return undefined
    if (b.kind === 'import' && b.importSource !== undefined) {
      const ns = this.namespace(mod, b.importSource)
      if (b.imported === '*') return ns
      if (ns?.kind === 'module' && b.imported) return this.exported(ns.mod, b.imported, depth + 1)
      if (ns?.kind === 'ext')
        return { kind: 'ext', source: b.importSource, name: b.imported ?? 'default' }
      return undefined
    }
    if ((b.kind === 'const' || b.kind === 'let' || b.kind === 'var') && b.init) {
      if (b.key !== undefined)
        return this.member(this.resolve(mod, b.init, depth + 1), b.key, depth + 1)
      if (b.kind !== 'const' && b.assignments.length > 0)
        return { kind: 'value', mod, node: b.id, binding: b }
      const r = this.resolve(mod, b.init, depth + 1)
      if (r?.kind === 'value' && r.node === unwrapAwait(b.init)) return { ...r, binding: b }
      return r
    }
    if (b.kind === 'function' || b.kind === 'class')
      return { kind: 'value', mod, node: b.decl, binding: b }
    return { kind: 'value', mod, node: b.id, binding: b }
  }

  resolve(mod: Module, expr: B.Node, depth = 0): Sym | undefined {
    if (depth > MAX_DEPTH) return undefined
    const e = unwrapAwait(expr)
    switch (e.type) {
      case 'Identifier': {
        const b = mod.refs.get(e)
        return b ? this.binding(mod, b, depth + 1) : undefined
      }
      case 'MemberExpression':
      case 'OptionalMemberExpression': {
        const name = memberName(e)
        if (name === undefined) return undefined
        return this.member(this.resolve(mod, e.object, depth + 1), name, depth)
      }
      case 'CallExpression': {
        const c = e.callee
        if (
          c.type === 'Identifier' &&
          c.name === 'require' &&
          !mod.refs.get(c) &&
          e.arguments[0]?.type === 'StringLiteral'
        ) {
          return this.namespace(mod, e.arguments[0].value)
        }
        return { kind: 'value', mod, node: e }
      }
      case 'ImportExpression':
        return e.source.type === 'StringLiteral' ? this.namespace(mod, e.source.value) : undefined
      default:
        return { kind: 'value', mod, node: e }
    }
  }

  /** The SDK API an expression (a callee) stands for. */
  api(mod: Module, expr: B.Node): ApiEntry | undefined {
    const s = this.resolve(mod, expr)
    return s?.kind === 'ext' ? lookupApi(s.source, s.name) : undefined
  }

  /** The function an expression stands for (a callback, a factory), when it is one. */
  fn(mod: Module, expr: B.Node): { mod: Module; fn: Fn } | undefined {
    const s = this.resolve(mod, expr)
    if (s?.kind !== 'value') return undefined
    const n = s.node.type === 'VariableDeclarator' ? s.node.init : s.node
    return n && isFunction(n) ? { mod: s.mod, fn: n } : undefined
  }

  /**
   * Where the value of `expr` is created, when it is an SDK object: the `new`/call that makes it
   * and the function it happens in (null: module level, once per process). Follows variables,
   * imports, and calls to local factory functions.
   */
  origin(mod: Module, expr: B.Node, depth = 0): Origin | undefined {
    if (depth > MAX_DEPTH) return undefined
    const s = this.resolve(mod, expr, 0)
    if (!s || s.kind !== 'value') return undefined
    const node = unwrapAwait(s.node)
    if (node.type === 'NewExpression' || node.type === 'CallExpression') {
      const api = this.api(s.mod, node.callee)
      if (api) return { api, mod: s.mod, node, fn: enclosingFn(s.mod, node), binding: s.binding }
      // A call to a local factory: what does it return?
      const f = this.fn(s.mod, node.callee)
      if (f) {
        for (const r of returnedExpressions(f.fn)) {
          const o = this.origin(f.mod, r, depth + 1)
          if (!o) continue
          // Kept by the factory in a variable that outlives the call (a cache): made once.
          if (
            o.sharedBinding &&
            !(o.mod === f.mod && fnWithin(f.mod, o.sharedBinding.scope.fn, f.fn))
          )
            return { ...o, fn: o.sharedBinding.scope.fn, sharedBinding: undefined }
          // Made inside the factory: a new one per call, so it is made where the factory is called.
          if (o.mod === f.mod && fnWithin(f.mod, o.fn, f.fn) && !o.sharedBinding)
            return {
              api: o.api,
              mod: s.mod,
              node,
              fn: enclosingFn(s.mod, node),
              binding: s.binding,
              made: o.made ?? calleeText(o.node)
            }
          return o
        }
      }
      return undefined
    }
    if (node.type === 'Identifier' && s.binding && s.binding.assignments.length > 0) {
      // `let transport; … transport = new X()`: the variable outlives the assignment.
      for (const a of s.binding.assignments) {
        const o = this.origin(s.mod, a.value, depth + 1)
        if (o) return { ...o, sharedBinding: s.binding }
      }
    }
    return undefined
  }
}

export interface Origin {
  api: ApiEntry
  mod: Module
  node: B.NewExpression | B.CallExpression
  /** Where it is created; null = module level. */
  fn: Fn | null
  binding?: Binding
  /** Created by assignment to a variable declared outside the creating function. */
  sharedBinding?: Binding
  /** Set when `node` is a call to a local factory: the SDK class the factory makes (e.g. McpServer). */
  made?: string
}

function calleeText(n: B.NewExpression | B.CallExpression): string {
  const c = unwrap(n.callee)
  if (c.type === 'Identifier') return c.name
  if (c.type === 'MemberExpression' || c.type === 'OptionalMemberExpression')
    return memberName(c) ?? 'the object'
  return 'the object'
}

function unwrapAwait(e: B.Node): B.Node {
  let n = unwrap(e)
  while (n.type === 'AwaitExpression') n = unwrap(n.argument)
  return n
}

/** The expressions a function returns (its own `return`s, or an arrow's expression body). */
export function returnedExpressions(fn: Fn): B.Expression[] {
  if (fn.body.type !== 'BlockStatement') return [fn.body as B.Expression]
  const out: B.Expression[] = []
  const walk = (n: B.Node): void => {
    if (n !== fn && isFunction(n)) return
    if (n.type === 'ReturnStatement' && n.argument) out.push(n.argument)
    for (const { child } of children(n)) walk(child)
  }
  walk(fn.body)
  return out
}
