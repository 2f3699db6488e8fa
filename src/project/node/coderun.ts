/**
 * One run of the server-code rules: what they read (the module graph, the resolver, the project
 * context), the SDK objects found in the code, and the findings they add.
 */
import type * as B from '@babel/types'
import type { Finding, RuleContext } from '../types.js'
import { memberName, pos, unwrap } from './ast.js'
import type { CallSite, Module } from './ast.js'
import type { ApiEntry } from './api.js'
import type { PackageInfo } from './deps.js'
import type { Graph, Resolver } from './graph.js'

export interface CodeCheckInput {
  graph: Graph
  resolver: Resolver
  ctx: RuleContext
  pkg: PackageInfo
  bundled: boolean
}

/** A call or `new` of an SDK (or server framework) API, where it stands. */
export interface Entity {
  api: ApiEntry
  site: CallSite
  mod: Module
}

export class CodeRun {
  readonly out: Finding[] = []
  readonly entities: Entity[] = []

  constructor(readonly input: CodeCheckInput) {
    for (const mod of input.graph.modules.values()) {
      for (const site of mod.calls) {
        const api = input.resolver.api(mod, site.node.callee)
        if (api) this.entities.push({ api, site, mod })
      }
    }
  }

  add(
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

  of(kind: ApiEntry['kind']): Entity[] {
    return this.entities.filter(e => e.api.kind === kind)
  }

  get servesHttp(): boolean {
    return this.of('http-transport').length > 0 || this.of('handler-factory').length > 0
  }
}

/** The object literal an argument is, or names (`const opts = { … }`). */
export function objectOf(
  resolver: Resolver,
  mod: Module,
  arg: B.Node
): { mod: Module; node: B.ObjectExpression } | undefined {
  const a = unwrap(arg)
  if (a.type === 'ObjectExpression') return { mod, node: a }
  const s = resolver.resolve(mod, a)
  if (s?.kind === 'value') {
    const n = unwrap(s.node)
    if (n.type === 'ObjectExpression') return { mod: s.mod, node: n }
  }
  return undefined
}

/** The name a call or `new` is made with, for messages. */
export function calleeName(callee: B.Node): string {
  const c = unwrap(callee)
  if (c.type === 'Identifier') return c.name
  if (c.type === 'MemberExpression' || c.type === 'OptionalMemberExpression')
    return memberName(c) ?? 'the object'
  return 'the object'
}
