/**
 * A fresh server and transport per request: objects made once and used by every request, variables
 * shared by all requests, and createMcpHandler factories that return one shared server.
 */
import type * as B from '@babel/types'
import { fnWithin, memberName, pos, propName, unwrap } from './ast.js'
import { returnedExpressions } from './graph.js'
import { calleeName, objectOf, type CodeRun } from './coderun.js'
import { RequestPaths } from './handlers.js'

export function checkReuse(c: CodeRun): void {
  const { graph, resolver } = c.input
  const reported = new Set<B.Node>()
  const paths = new RequestPaths(resolver)
  for (const mod of graph.modules.values()) {
    for (const site of mod.calls) {
      const callee = unwrap(site.node.callee)
      if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') continue
      const method = memberName(callee)
      if (method !== 'handleRequest' && method !== 'connect') continue
      const o = resolver.origin(mod, callee.object)
      if (!o || reported.has(o.node)) continue
      const kind = o.api.kind
      if (method === 'handleRequest' && kind !== 'http-transport') continue
      if (method === 'connect' && kind !== 'server') continue
      if (o.sharedBinding) {
        const d = o.sharedBinding.scope.fn
        if (o.fn !== d && fnWithin(o.mod, o.fn, d) && paths.onRequestPath(o.mod, o.fn, d)) {
          reported.add(o.node)
          c.add(
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
      if (!paths.reused(o, mod, site)) continue
      reported.add(o.node)
      const factory = calleeName(o.node.callee)
      const name = o.made ?? factory
      const made = o.made
        ? `one ${o.made} is made by ${factory}(), which is called ${o.fn ? 'outside the request handler' : 'once, at module level'},`
        : `one ${name} is created ${o.fn ? 'outside the request handler' : 'at module level'}`
      if (kind === 'server') {
        c.add(
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
        c.add(
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

export function checkHandlerFactories(c: CodeRun): void {
  const { resolver } = c.input
  for (const e of c.of('handler-factory')) {
    const call = e.site.node
    const arg = call.arguments[0]
    if (!arg) continue
    const direct = resolver.origin(e.mod, arg)
    if (direct?.api.kind === 'server') {
      c.add(
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
          c.add(
            'node-code/server-reused',
            'error',
            o.mod.file,
            o.node,
            `the createMcpHandler factory (${e.mod.file}:${pos(call).line}) returns one shared ${calleeName(o.node.callee)} instead of a new one: overlapping requests fail with "already connected to a transport"`,
            'build the server inside the factory: createMcpHandler(() => { const server = new McpServer(…); …; return server })'
          )
        }
      }
    }
    const opts = call.arguments[1]
      ? objectOf(c.input.resolver, e.mod, call.arguments[1])
      : undefined
    for (const p of opts?.node.properties ?? []) {
      if (
        p.type === 'ObjectProperty' &&
        propName(p.key, p.computed) === 'legacy' &&
        p.value.type === 'StringLiteral' &&
        p.value.value === 'reject'
      ) {
        c.add(
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
