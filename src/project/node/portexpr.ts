/**
 * What a port expression in the server code amounts to: a literal, process.env.X, process.argv, a
 * fallback chain (`process.env.A ?? 3000`), or something computed at run time.
 */
import type * as B from '@babel/types'
import { memberName, unwrap } from './ast.js'
import type { Module } from './ast.js'
import { returnedExpressions } from './graph.js'
import type { Resolver } from './graph.js'

export const PORT_ENV = 'FUNCTIONS_CUSTOMHANDLER_PORT'

export type PortExpr =
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

export function evalPort(resolver: Resolver, mod: Module, expr: B.Node, depth: number): PortExpr {
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
          a: evalPort(resolver, mod, e.left, depth + 1),
          b: evalPort(resolver, mod, e.right, depth + 1)
        }
      return { k: 'unknown', node: e }
    case 'UnaryExpression':
      return e.operator === '+'
        ? evalPort(resolver, mod, e.argument, depth + 1)
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
        (name === 'Number' || name === 'parseInt' || name === 'parseFloat' || name === 'String') &&
        e.arguments[0]
      )
        return evalPort(resolver, mod, e.arguments[0], depth + 1)
      // A local function (getPort(), config.port()): what it returns.
      const f = resolver.fn(mod, e.callee)
      if (f) {
        const returned = returnedExpressions(f.fn)
        if (returned.length === 1) return evalPort(resolver, f.mod, returned[0], depth + 1)
      }
      return { k: 'unknown', node: e }
    }
    case 'MemberExpression':
    case 'OptionalMemberExpression': {
      const name = memberName(e)
      if (name !== undefined && isProcessEnv(resolver, mod, e.object, 0)) return { k: 'env', name }
      if (isProcessArgv(mod, e.object)) return { k: 'argv', node: e }
      const s = resolver.resolve(mod, e)
      if (s?.kind === 'value' && s.node !== e) return evalPort(resolver, s.mod, s.node, depth + 1)
      return { k: 'unknown', node: e }
    }
    case 'Identifier': {
      const b = mod.refs.get(e)
      if (!b) return { k: 'unknown', node: e }
      if (b.key !== undefined && b.init && isProcessEnv(resolver, mod, b.init, 0)) {
        const env: PortExpr = { k: 'env', name: b.key }
        return b.fallback
          ? { k: 'or', a: env, b: evalPort(resolver, mod, b.fallback, depth + 1) }
          : env
      }
      if (
        (b.kind === 'const' ||
          (b.assignments.length === 0 && (b.kind === 'let' || b.kind === 'var'))) &&
        b.init &&
        b.key === undefined
      )
        return evalPort(resolver, mod, b.init, depth + 1)
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
          a: evalPort(resolver, mod, b.assignments[0].value, depth + 1),
          b: evalPort(resolver, mod, b.init, depth + 1)
        }
      if (b.kind === 'import') {
        const s = resolver.binding(mod, b)
        if (s?.kind === 'value' && s.node.type !== 'Identifier')
          return evalPort(resolver, s.mod, s.node, depth + 1)
        if (s?.kind === 'value' && s.binding?.init)
          return evalPort(resolver, s.mod, s.binding.init, depth + 1)
      }
      return { k: 'unknown', node: e }
    }
    default:
      return { k: 'unknown', node: e }
  }
}

/** `process.argv` (the command line host.json's arguments make). */
function isProcessArgv(mod: Module, node: B.Node): boolean {
  const n = unwrap(node)
  if (n.type !== 'MemberExpression' && n.type !== 'OptionalMemberExpression') return false
  const o = unwrap(n.object)
  return (
    memberName(n) === 'argv' && o.type === 'Identifier' && o.name === 'process' && !mod.refs.get(o)
  )
}

export function isProcessEnv(
  resolver: Resolver,
  mod: Module,
  node: B.Node,
  depth: number
): boolean {
  if (depth > 4) return false
  const n = unwrap(node)
  if (
    (n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') &&
    memberName(n) === 'env'
  ) {
    const o = unwrap(n.object)
    if (o.type === 'Identifier' && o.name === 'process' && !mod.refs.get(o)) return true
    const s = resolver.resolve(mod, o)
    return s?.kind === 'ext' && (s.source === 'process' || s.source === 'node:process')
  }
  if (n.type === 'Identifier') {
    const b = mod.refs.get(n)
    if (!b) return false
    if (b.kind === 'import')
      return (
        (b.importSource === 'process' || b.importSource === 'node:process') && b.imported === 'env'
      )
    if (b.init && b.key === undefined) return isProcessEnv(resolver, mod, b.init, depth + 1)
    if (b.init && b.key === 'env') {
      const o = unwrap(b.init)
      return o.type === 'Identifier' && o.name === 'process' && !mod.refs.get(o)
    }
  }
  return false
}

/**
 * What a port expression ends up as on the host. With `%FUNCTIONS_CUSTOMHANDLER_PORT%` in host.json's
 * arguments, a port from the command line (or computed from it) is the host's.
 */
/** A literal port, or the last number of a fallback chain (`env.A ?? env.B ?? 3000`). */
export function defaultNumber(p: PortExpr): number | undefined {
  if (p.k === 'num') return p.n
  if (p.k === 'or') return defaultNumber(p.b) ?? defaultNumber(p.a)
  return undefined
}

export function effective(p: PortExpr, argvIsPort: boolean): Effective {
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
