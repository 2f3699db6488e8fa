/**
 * The URL path a Node server answers MCP on, read from its route registrations:
 * `app.post('/mcp', …)`, `app.all('/mcp', c => handler.fetch(…))`, `fastify.route({ url })`.
 * A bare `http.createServer(handler)` (or `serve({ fetch })`) answers every path unless the
 * handler compares the URL with a literal path. The host.json rules need it: the host forwards
 * the original path, route prefix included.
 */
import type * as B from '@babel/types'
import { fnWithin, memberName, propName, unwrap } from './ast.js'
import type { Fn, Module } from './ast.js'
import type { Graph, Resolver } from './graph.js'

/** Any path: the server does not look at the path. */
export const ANY_PATH = '*'

const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'all', 'use', 'any'])
const MCP_KINDS = new Set(['server', 'http-transport', 'handler-factory', 'node-adapter'])
const SERVER_FACTORIES = new Set(['createServer', 'createSecureServer', 'serve'])

export function servedPaths(graph: Graph, resolver: Resolver): string[] | undefined {
  const paths = new Set<string>()
  const touches = new Touches(resolver)
  for (const mod of graph.modules.values()) {
    for (const site of mod.calls) {
      const callee = unwrap(site.node.callee)
      const name =
        callee.type === 'Identifier'
          ? callee.name
          : callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression'
            ? memberName(callee)
            : undefined
      if (!name) continue
      const args = site.node.arguments as B.Node[]
      const first = args[0] ? unwrap(args[0]) : undefined
      if (
        ROUTE_METHODS.has(name) &&
        first?.type === 'StringLiteral' &&
        first.value.startsWith('/') &&
        args.slice(1).some(a => touches.expr(mod, a, 0))
      ) {
        paths.add(first.value)
      } else if (name === 'route' && first?.type === 'ObjectExpression') {
        // fastify.route({ method, url: '/mcp', handler })
        let url: string | undefined
        let handled = false
        for (const p of first.properties) {
          if (p.type !== 'ObjectProperty') continue
          const key = propName(p.key, p.computed)
          const v = unwrap(p.value)
          if (key === 'url' && v.type === 'StringLiteral') url = v.value
          if (key === 'handler' && touches.expr(mod, p.value, 0)) handled = true
        }
        if (url && handled) paths.add(url)
      } else if (SERVER_FACTORIES.has(name)) {
        // http.createServer(handler) / serve({ fetch: handler.fetch }): every path, unless the
        // handler compares the URL with a literal path.
        const handlers = args.flatMap(a => {
          const n = unwrap(a)
          if (n.type !== 'ObjectExpression') return [a]
          return n.properties.flatMap(p =>
            p.type === 'ObjectProperty' && propName(p.key, p.computed) === 'fetch'
              ? [p.value as B.Node]
              : []
          )
        })
        for (const h of handlers) {
          if (!touches.expr(mod, h, 0)) continue
          const f = resolver.fn(mod, h)
          const literal = f ? comparedPath(f.mod, f.fn) : undefined
          paths.add(literal ?? ANY_PATH)
        }
      }
    }
  }
  return paths.size ? [...paths].sort() : undefined
}

/** A `'/…'` literal the handler compares something with (`req.url === '/mcp'`, `pathname !== '/mcp'`). */
function comparedPath(mod: Module, fn: Fn): string | undefined {
  let found: string | undefined
  const walk = (n: B.Node): void => {
    if (found) return
    if (
      n.type === 'BinaryExpression' &&
      ['===', '!==', '==', '!='].includes(n.operator) &&
      [n.left, n.right].some(s => s.type === 'StringLiteral' && s.value.startsWith('/'))
    ) {
      const s = [n.left, n.right].find(x => x.type === 'StringLiteral') as B.StringLiteral
      found = s.value.split('?')[0]
      return
    }
    for (const key of Object.keys(n)) {
      if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments') continue
      const v = (n as unknown as Record<string, unknown>)[key]
      const kids = Array.isArray(v) ? v : [v]
      for (const k of kids)
        if (k && typeof k === 'object' && typeof (k as B.Node).type === 'string') walk(k as B.Node)
    }
  }
  walk(fn.body)
  void mod
  return found
}

/** Does an expression (a handler) lead to MCP handling? */
class Touches {
  private readonly memo = new Map<Fn, boolean>()
  constructor(private readonly resolver: Resolver) {}

  expr(mod: Module, e: B.Node, depth: number): boolean {
    if (depth > 4) return false
    const n = unwrap(e)
    if (n.type === 'CallExpression' || n.type === 'NewExpression') {
      const api = this.resolver.api(mod, n.callee)
      if (api && MCP_KINDS.has(api.kind)) return true
    }
    const o = this.resolver.origin(mod, n)
    if (o && MCP_KINDS.has(o.api.kind)) return true
    if (n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') {
      // handler.fetch, app.fetch: the object decides
      if (this.expr(mod, n.object, depth + 1)) return true
    }
    const f = this.resolver.fn(mod, n)
    return f ? this.fn(f.mod, f.fn, depth + 1) : false
  }

  private fn(mod: Module, fn: Fn, depth: number): boolean {
    const memo = this.memo.get(fn)
    if (memo !== undefined) return memo
    this.memo.set(fn, false)
    let result = false
    for (const site of mod.calls) {
      if (!fnWithin(mod, site.fn, fn)) continue
      const c = unwrap(site.node.callee)
      if (
        (c.type === 'MemberExpression' || c.type === 'OptionalMemberExpression') &&
        memberName(c) === 'handleRequest'
      ) {
        result = true
        break
      }
      if (this.expr(mod, site.node.callee, depth + 1)) {
        result = true
        break
      }
    }
    this.memo.set(fn, result)
    return result
  }
}
