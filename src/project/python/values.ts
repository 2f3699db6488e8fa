/**
 * Evaluating Python expressions from the syntax tree: literals, names bound once, environment
 * lookups (`os.environ.get("X", 8080)`), conversions (`int(...)`) and calls. What cannot be known
 * statically is `unknown` with the reason. The analyzer (code.ts) builds on this.
 */
import type { SyntaxNode } from '@lezer/common'
import { LineIndex } from '../json.js'
import type { Arg, CallInfo, ImportRef, Pos, PyValue } from './model.js'
import { argNodes, children, clip, isParam, scopeOf } from './syntax.js'

const ENV_GETTERS = new Set(['os.environ.get', 'os.getenv', 'os.environ.setdefault'])
export const MAX_DEPTH = 8

export class Evaluator {
  protected readonly lines: LineIndex
  /** Local name → fully qualified dotted name. */
  protected readonly aliases = new Map<string, string>()
  /** name → assignments (value node, or undefined when not a simple assignment), keyed by scope. */
  protected readonly bindings = new Map<
    string,
    Array<{ value: SyntaxNode | undefined; scope: SyntaxNode | null }>
  >()
  /** Local names imported from local modules: `from config import PORT as P` → P. */
  protected readonly importedNames = new Map<string, ImportRef>()
  /** Local modules imported whole: `import config` → config. */
  protected readonly importedModules = new Set<string>()

  constructor(
    protected readonly src: string,
    protected readonly file: string
  ) {
    this.lines = new LineIndex(src)
  }

  /** The value a module-level name is bound to (for names other modules import from this one). */
  moduleValue(name: string): PyValue {
    const here = (this.bindings.get(name) ?? []).filter(b => b.scope === null)
    const texts = new Set(here.map(b => (b.value ? this.text(b.value) : '\u0000')))
    if (here.length === 0 || texts.size !== 1 || !here[0].value)
      return {
        kind: 'unknown',
        why: `\`${name}\` is not assigned once at the top of ${this.file}`
      }
    return this.evaluate(here[0].value, 1)
  }

  // ---- positions and text

  protected pos(n: SyntaxNode | number): Pos {
    return this.lines.at(typeof n === 'number' ? n : n.from)
  }

  protected text(n: SyntaxNode): string {
    return this.src.slice(n.from, n.to)
  }

  /** Replace the first segment of a dotted name by what it was imported as. */
  qualify(dotted: string): string {
    const [first, ...rest] = dotted.split('.')
    const q = this.aliases.get(first)
    return q ? [q, ...rest].join('.') : dotted
  }

  // ---- assignments

  protected bind(name: string, value: SyntaxNode | undefined, scope: SyntaxNode | null): void {
    let list = this.bindings.get(name)
    if (!list) this.bindings.set(name, (list = []))
    list.push({ value, scope })
  }

  /** Split an AssignStatement into target groups and the value node. */
  protected assignParts(n: SyntaxNode): { targets: SyntaxNode[][]; value: SyntaxNode[] } {
    const groups: SyntaxNode[][] = [[]]
    for (const k of children(n)) {
      if (k.name === 'AssignOp') groups.push([])
      else if (k.name !== 'TypeDef') groups[groups.length - 1].push(k)
    }
    const value = groups.pop() ?? []
    return { targets: groups, value }
  }

  /** `a.b.c` for VariableName/MemberExpression chains of names, else undefined. */
  protected dotted(n: SyntaxNode): string | undefined {
    if (n.name === 'VariableName') return this.text(n)
    if (n.name !== 'MemberExpression') return undefined
    const kids = children(n)
    if (kids.length !== 3 || kids[1].name !== '.' || kids[2].name !== 'PropertyName')
      return undefined
    const left = this.dotted(kids[0])
    return left ? `${left}.${this.text(kids[2])}` : undefined
  }

  protected callInfo(call: SyntaxNode, depth: number): CallInfo | undefined {
    const callee = call.firstChild
    const argList = call.lastChild
    if (!callee || argList?.name !== 'ArgList') return undefined
    const name = this.dotted(callee) ?? this.text(callee)
    const nodes = argNodes(argList, this.src)
    const arg = (v: SyntaxNode): Arg => ({
      value: this.evaluate(v, depth + 1),
      pos: this.pos(v),
      text: this.text(v)
    })
    const keywords = new Map<string, Arg>()
    for (const [k, v] of nodes.keywords) keywords.set(k, arg(v))
    return {
      pos: this.pos(call),
      callee: name,
      positional: nodes.positional.map(arg),
      keywords,
      spread: nodes.spread
    }
  }

  // ---- values

  /** The single value node a name is bound to, seen from `at`; undefined when not exactly one. */
  protected resolve(at: SyntaxNode): SyntaxNode | undefined {
    const r = this.resolveBinding(at)
    return 'node' in r ? r.node : undefined
  }

  protected resolveBinding(at: SyntaxNode): { node: SyntaxNode } | { why: string } {
    const name = this.text(at)
    const all = this.bindings.get(name) ?? []
    // innermost function scope first, then the module
    for (let scope: SyntaxNode | null = scopeOf(at); ; scope = scope ? scopeOf(scope) : null) {
      if (scope && isParam(scope, name, this.src))
        return { why: `\`${name}\` is a parameter of a function` }
      const here = all.filter(b => b.scope === scope)
      if (here.length) {
        const texts = new Set(here.map(b => (b.value ? this.text(b.value) : '\u0000')))
        if (here.some(b => !b.value))
          return { why: `\`${name}\` is assigned in a way that cannot be followed` }
        if (texts.size > 1)
          return { why: `\`${name}\` is assigned different values in different places` }
        return { node: here[here.length - 1].value! }
      }
      if (!scope) break
    }
    return { why: `\`${name}\` is not assigned in this file` }
  }

  evaluate(n: SyntaxNode, depth: number): PyValue {
    if (depth > MAX_DEPTH) return { kind: 'unknown', why: 'too many indirections' }
    switch (n.name) {
      case 'String':
        return this.stringValue(n)
      case 'ContinuedString': {
        let s = ''
        for (const k of children(n)) {
          const v = this.evaluate(k, depth + 1)
          if (v.kind !== 'str') return v
          s += v.value
        }
        return { kind: 'str', value: s }
      }
      case 'FormatString':
        return children(n).some(k => k.name === 'FormatReplacement')
          ? { kind: 'unknown', why: 'an f-string' }
          : this.stringValue(n)
      case 'Number': {
        const t = this.text(n).replace(/_/g, '')
        const v = /^0[xob]/i.test(t) ? Number(t) : Number.parseFloat(t)
        return Number.isFinite(v)
          ? { kind: 'num', value: v }
          : { kind: 'unknown', why: `the number ${t}` }
      }
      case 'Boolean':
        return { kind: 'bool', value: this.text(n) === 'True' }
      case 'None':
        return { kind: 'none' }
      case 'ParenthesizedExpression': {
        const inner = children(n).filter(k => k.name !== '(' && k.name !== ')')
        return inner.length === 1
          ? this.evaluate(inner[0], depth + 1)
          : { kind: 'unknown', why: `\`${this.text(n)}\`` }
      }
      case 'UnaryExpression': {
        const kids = children(n)
        const v = kids.length === 2 ? this.evaluate(kids[1], depth + 1) : undefined
        if (v?.kind === 'num' && this.text(kids[0]) === '-') return { kind: 'num', value: -v.value }
        return { kind: 'unknown', why: `\`${this.text(n)}\`` }
      }
      case 'VariableName': {
        const r = this.resolveBinding(n)
        if ('why' in r) {
          const q = this.qualify(this.text(n))
          const ref = this.importedNames.get(this.text(n))
          if (ref && !(this.bindings.get(this.text(n)) ?? []).length)
            return {
              kind: 'unknown',
              why: `\`${this.text(n)}\` (imported from ${'.'.repeat(ref.level)}${ref.module})`,
              ref
            }
          return {
            kind: 'unknown',
            why:
              q !== this.text(n)
                ? `\`${this.text(n)}\` (imported from ${q.split('.').slice(0, -1).join('.')})`
                : r.why
          }
        }
        return this.evaluate(r.node, depth + 1)
      }
      case 'BinaryExpression': {
        const kids = children(n)
        if (kids.length === 3 && kids[1].name === 'or') {
          const left = this.evaluate(kids[0], depth + 1)
          if (left.kind === 'env' && !left.fallback)
            return { ...left, fallback: this.evaluate(kids[2], depth + 1) }
        }
        return { kind: 'unknown', why: `the expression \`${clip(this.text(n))}\`` }
      }
      case 'MemberExpression': {
        // os.environ["NAME"]
        const kids = children(n)
        if (kids.length === 4 && kids[1].name === '[') {
          const obj = this.dotted(kids[0])
          if (obj && this.qualify(obj) === 'os.environ') {
            const key = this.evaluate(kids[2], depth + 1)
            return key.kind === 'str'
              ? { kind: 'env', name: key.value }
              : { kind: 'unknown', why: 'an environment variable whose name is computed' }
          }
        }
        // config.PORT, with `import config` (a local module)
        if (kids.length === 3 && kids[1].name === '.' && kids[0].name === 'VariableName') {
          const mod = this.text(kids[0])
          if (this.importedModules.has(mod) && !(this.bindings.get(mod) ?? []).length)
            return {
              kind: 'unknown',
              why: `\`${clip(this.text(n))}\` (imported from ${mod})`,
              ref: { module: mod, level: 0, name: this.text(kids[2]) }
            }
        }
        return { kind: 'unknown', why: `\`${clip(this.text(n))}\`` }
      }
      case 'CallExpression':
        return this.callValue(n, depth)
      default:
        return { kind: 'unknown', why: `\`${clip(this.text(n))}\`` }
    }
  }

  protected callValue(n: SyntaxNode, depth: number): PyValue {
    const info = this.callInfo(n, depth)
    if (!info) return { kind: 'unknown', why: `\`${clip(this.text(n))}\`` }
    const q = this.qualify(info.callee)
    if (
      (q === 'int' || q === 'str' || q === 'float') &&
      info.positional.length === 1 &&
      info.keywords.size === 0
    ) {
      const v = info.positional[0].value
      if (v.kind === 'str' && q !== 'str') {
        const num = Number(v.value.trim())
        return Number.isFinite(num) && v.value.trim()
          ? { kind: 'num', value: num }
          : { kind: 'unknown', why: `${q}("${v.value}")` }
      }
      if (v.kind === 'num' && q === 'str') return { kind: 'str', value: String(v.value) }
      return v
    }
    if (ENV_GETTERS.has(q)) {
      const key = info.positional[0]?.value ?? info.keywords.get('key')?.value
      if (key?.kind !== 'str')
        return { kind: 'unknown', why: 'an environment variable whose name is computed' }
      const fb = info.positional[1]?.value ?? info.keywords.get('default')?.value
      return { kind: 'env', name: key.value, ...(fb ? { fallback: fb } : {}) }
    }
    return { kind: 'call', callee: q, args: info.positional, keywords: info.keywords }
  }

  protected stringValue(n: SyntaxNode): PyValue {
    const t = this.text(n)
    const m = /^([a-zA-Z]*)('''|"""|'|")([\s\S]*)\2$/.exec(t)
    if (!m) return { kind: 'unknown', why: `the string ${clip(t)}` }
    const prefix = m[1].toLowerCase()
    if (prefix.includes('b')) return { kind: 'unknown', why: 'a bytes literal' }
    let body = m[3]
    if (!prefix.includes('r')) {
      body = body.replace(
        /\\(\r?\n|\\|'|"|n|t|r)/g,
        (_, c: string) => ({ '\\': '\\', "'": "'", '"': '"', n: '\n', t: '\t', r: '\r' })[c] ?? ''
      )
    }
    return { kind: 'str', value: body }
  }
}
