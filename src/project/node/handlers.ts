/**
 * What runs per request: functions registered as request handlers (app.post(…, fn),
 * http.createServer(fn), { fetch: fn }, …), the functions they call, and the objects made outside them.
 */
import type * as B from '@babel/types'
import { enclosingFn, fnWithin, memberName, propName, unwrap } from './ast.js'
import type { Binding, CallSite, Fn, Module } from './ast.js'
import type { Origin, Resolver } from './graph.js'

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

export class RequestPaths {
  private readonly handlerMemo = new Map<Fn, boolean>()

  constructor(private readonly resolver: Resolver) {}

  /** Is the object of `o` created once and used from a request handler at `site`? */
  reused(o: Origin, mod: Module, site: CallSite): boolean {
    if (o.mod !== mod) return o.fn === null && this.onRequestPath(mod, site.fn, null)
    if (o.fn === site.fn || !fnWithin(mod, site.fn, o.fn)) return false
    return this.onRequestPath(mod, site.fn, o.fn)
  }

  /** Does some function from `fn` up to (not including) `stop` run per request? */
  onRequestPath(mod: Module, fn: Fn | null, stop: Fn | null, depth = 0): boolean {
    for (let f = fn; f && f !== stop; f = mod.parentFn.get(f) ?? null)
      if (this.isHandler(mod, f, depth)) return true
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
          const caller = enclosingFn(mod, p)
          if (caller && this.onRequestPath(mod, caller, null, depth + 1)) return true
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
              this.onRequestPath(mod, site.fn, null, depth + 1)
            )
              return true
          }
        }
      }
    }
    return false
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
    const api = this.resolver.api(mod, callee)
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
}
