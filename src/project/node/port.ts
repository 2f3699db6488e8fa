/**
 * The port rule: where the server listens (.listen(…), @hono/node-server serve({ port })) against the
 * port the Functions host sends requests to (FUNCTIONS_CUSTOMHANDLER_PORT, or the profile's
 * customHandler.port).
 */
import type * as B from '@babel/types'
import { memberName, propName, unwrap } from './ast.js'
import type { Module } from './ast.js'
import { packageOf } from './api.js'
import type { Graph, Resolver } from './graph.js'
import { objectOf, type CodeRun } from './coderun.js'
import { defaultNumber, effective, evalPort, PORT_ENV, type PortExpr } from './portexpr.js'

interface Listen {
  mod: Module
  node: B.Node
  port: PortExpr
}

/**
 * The port number the code ends up on when the host's variable is not set: a literal, or the
 * default of a `process.env.X ?? 3000` chain. What the profile's customHandler.port should say.
 */
export function listenPort(graph: Graph, resolver: Resolver): number | undefined {
  for (const l of listens(graph, resolver)) {
    const n = defaultNumber(l.port)
    if (n !== undefined && n > 0 && n < 65536) return n
  }
  return undefined
}

function listens(graph: Graph, resolver: Resolver): Listen[] {
  const out: Listen[] = []
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
          const obj = objectOf(resolver, mod, a)
          if (obj) {
            const p = obj.node.properties.find(
              x => x.type === 'ObjectProperty' && propName(x.key, x.computed) === 'port'
            ) as B.ObjectProperty | undefined
            port = p ? evalPort(resolver, obj.mod, p.value, 0) : { k: 'none' }
          } else port = evalPort(resolver, mod, a, 0)
        }
        out.push({ mod, node: a ?? site.node, port })
        continue
      }
      const s = resolver.resolve(mod, callee)
      if (s?.kind === 'ext' && packageOf(s.source) === '@hono/node-server' && s.name === 'serve') {
        const obj = site.node.arguments[0]
          ? objectOf(resolver, mod, site.node.arguments[0])
          : undefined
        const p = obj?.node.properties.find(
          x => x.type === 'ObjectProperty' && propName(x.key, x.computed) === 'port'
        ) as B.ObjectProperty | undefined
        out.push({
          mod,
          node: site.node,
          port: p
            ? evalPort(resolver, obj?.mod ?? mod, p.value, 0)
            : obj
              ? { k: 'num', n: 3000 }
              : { k: 'unknown', node: site.node }
        })
      }
    }
  }
  return out
}

export function checkPort(c: CodeRun): void {
  const { ctx, graph, resolver } = c.input
  const found = listens(graph, resolver)
  if (found.length === 0) {
    if (c.servesHttp) {
      const at = c.of('http-transport')[0] ?? c.of('handler-factory')[0]
      c.add(
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
  const start = c.out.length
  let anyRight = false
  for (const l of found) {
    const eff = effective(l.port, ctx.portFromArguments === true)
    const where = l.node
    if (eff.k === 'host' || (eff.k === 'num' && profile && eff.n === ctx.hostPort)) anyRight = true
    if (eff.k === 'unknown') {
      c.add(
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
        c.add(
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
      c.add(
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
        c.add(
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
    c.add(
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
    for (const f of c.out.slice(start)) {
      if (f.rule === 'node-code/port' && f.severity === 'error') {
        f.severity = 'notice'
        f.message = `another listener besides the one on the host's port: ${f.message}`
        f.fix = 'nothing to do if this is not the MCP endpoint (a health or metrics listener)'
      }
    }
  }
}
