/**
 * Stateless streamable HTTP: the transport's options, and whether its sessionIdGenerator makes
 * sessions (which Functions instances do not share).
 */
import type * as B from '@babel/types'
import { isFunction, memberName, propName, unwrap } from './ast.js'
import type { Module } from './ast.js'
import { SDK1 } from './api.js'
import { allowsBelow } from './deps.js'
import { calleeName, objectOf, type CodeRun } from './coderun.js'
import type { Resolver } from './graph.js'

export function checkTransports(c: CodeRun): void {
  for (const e of c.of('http-transport')) {
    const node = e.site.node
    if (node.type !== 'NewExpression') continue
    const name = calleeName(node.callee)
    const arg = node.arguments[0]
    if (!arg) {
      const dep = c.input.pkg.deps.get(SDK1)
      if (e.api.line === 'sdk1' && (!dep || allowsBelow(dep.spec, '1.25.0') !== false)) {
        c.add(
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
    const verdict = sessionMode(c.input.resolver, e.mod, arg)
    if (verdict.mode === 'stateful') {
      c.add(
        'node-code/stateful-transport',
        'error',
        e.mod.file,
        verdict.node ?? node,
        `${name} is created with a sessionIdGenerator (stateful sessions): Azure Functions spreads requests over instances and recycles them, so later requests of a session fail with "Session not found"`,
        `make it stateless: new ${name}({ sessionIdGenerator: undefined }), with a fresh server and transport per request`
      )
    } else if (verdict.mode === 'unknown') {
      c.add(
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

function sessionMode(
  resolver: Resolver,
  mod: Module,
  arg: B.Node
): { mode: 'stateless' | 'stateful' | 'unknown'; node?: B.Node } {
  const obj = objectOf(resolver, mod, arg)
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
    return { mode: generatorMode(resolver, obj.mod, p.value, 0), node: p }
  }
  return spread ? { mode: 'unknown', node: arg } : { mode: 'stateless' }
}

function generatorMode(
  resolver: Resolver,
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
        return generatorMode(resolver, mod, b.init, depth + 1)
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
      const s = resolver.resolve(mod, v)
      if (s?.kind === 'ext') return 'stateful'
      if (s?.kind === 'value' && isFunction(s.node)) return 'stateful'
      return memberName(v) === 'randomUUID' ? 'stateful' : 'unknown'
    }
    case 'ConditionalExpression': {
      const a = generatorMode(resolver, mod, v.consequent, depth + 1)
      const b = generatorMode(resolver, mod, v.alternate, depth + 1)
      return a === b ? a : 'unknown'
    }
    default:
      return 'unknown'
  }
}
