/**
 * JavaScript/TypeScript modules read with @babel/parser (loaded lazily: it costs ~30 ms to import,
 * and `check` on a Python repo never needs it), plus the small scope analysis the rules need:
 * which declaration an identifier refers to, and which function a node sits in.
 */
import type * as B from '@babel/types'

export type ParseFn = (
  input: string,
  options: Record<string, unknown>
) => B.File & { errors?: Array<ParseErr> }
interface ParseErr {
  message: string
  loc?: { line: number; column: number }
  reasonCode?: string
}

let parseFn: ParseFn | undefined

/** Loads @babel/parser once. */
export async function loadParser(): Promise<ParseFn> {
  if (!parseFn) {
    const mod = (await import('@babel/parser')) as unknown as { parse: ParseFn }
    parseFn = mod.parse
  }
  return parseFn
}

/** The parser when already loaded (for synchronous callers). */
export function loadedParser(): ParseFn | undefined {
  return parseFn
}

export type Fn =
  | B.FunctionDeclaration
  | B.FunctionExpression
  | B.ArrowFunctionExpression
  | B.ObjectMethod
  | B.ClassMethod
  | B.ClassPrivateMethod

export type BindingKind =
  'var' | 'let' | 'const' | 'function' | 'class' | 'param' | 'import' | 'catch'

export interface Binding {
  name: string
  kind: BindingKind
  id: B.Identifier
  scope: Scope
  /** Initializer of `const x = init` (for destructuring: the whole right-hand side). */
  init?: B.Expression
  /** For `const { key: x } = init`: the property name read from init. */
  key?: string
  /** Default value in a destructuring pattern (`const { PORT = 3000 } = process.env`). */
  fallback?: B.Expression
  /** The declaring node: VariableDeclarator, FunctionDeclaration, ClassDeclaration, import specifier, the function of a param. */
  decl: B.Node
  importSource?: string
  /** 'default', '*' or the exported name. */
  imported?: string
  references: B.Identifier[]
  /** Right-hand sides of later `x = …` assignments. */
  assignments: Array<{ value: B.Expression; node: B.AssignmentExpression }>
}

export interface Scope {
  node: B.Node
  parent?: Scope
  /** The function whose body this scope belongs to; null at module level. */
  fn: Fn | null
  bindings: Map<string, Binding>
}

export interface CallSite {
  node: B.CallExpression | B.NewExpression | B.OptionalCallExpression
  fn: Fn | null
  scope: Scope
}

export interface Module {
  file: string
  ast: B.File
  text: string
  module: Scope
  /** Identifier (reference) → binding. */
  refs: Map<B.Identifier, Binding>
  /** Every declaration. */
  bindings: Binding[]
  /** Every call and `new`, in source order. */
  calls: CallSite[]
  /** Enclosing function of each function (null: module level). */
  parentFn: Map<Fn, Fn | null>
  /** Parent of every node. */
  parent: Map<B.Node, B.Node>
  imports: Array<{
    source: string
    node: B.Node
    typeOnly: boolean
    names: Array<{ imported: string; node: B.Node }>
  }>
  /** Exported name → what it is. */
  exports: Map<
    string,
    { expr?: B.Node; binding?: Binding; from?: { source: string; name: string } }
  >
  /** `export * from 'x'` sources. */
  starExports: string[]
}

const SKIP_KEYS = new Set([
  'loc',
  'start',
  'end',
  'range',
  'extra',
  'comments',
  'leadingComments',
  'trailingComments',
  'innerComments',
  'typeAnnotation',
  'typeParameters',
  'typeArguments',
  'returnType',
  'superTypeParameters',
  'superTypeArguments',
  'predicate'
])

function isNode(v: unknown): v is B.Node {
  return typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string'
}

/** Children of a node (skipping type annotations and TS-only declarations). */
export function children(node: B.Node): Array<{ key: string; child: B.Node }> {
  const out: Array<{ key: string; child: B.Node }> = []
  for (const key of Object.keys(node)) {
    if (SKIP_KEYS.has(key)) continue
    const v = (node as unknown as Record<string, unknown>)[key]
    if (Array.isArray(v)) {
      for (const c of v) if (isNode(c) && !isTypeOnly(c)) out.push({ key, child: c })
    } else if (isNode(v) && !isTypeOnly(v)) {
      out.push({ key, child: v })
    }
  }
  return out
}

function isTypeOnly(n: B.Node): boolean {
  switch (n.type) {
    case 'TSInterfaceDeclaration':
    case 'TSTypeAliasDeclaration':
    case 'TSDeclareFunction':
    case 'TSModuleDeclaration':
    case 'TSTypeAnnotation':
    case 'TSTypeParameterDeclaration':
    case 'TSTypeParameterInstantiation':
      return true
    case 'ImportDeclaration':
    case 'ExportNamedDeclaration':
      return (
        (n as { importKind?: string; exportKind?: string }).importKind === 'type' ||
        (n as { exportKind?: string }).exportKind === 'type'
      )
    case 'VariableDeclaration':
      return (n as { declare?: boolean }).declare === true
    default:
      return false
  }
}

export function isFunction(n: B.Node): n is Fn {
  return (
    n.type === 'FunctionDeclaration' ||
    n.type === 'FunctionExpression' ||
    n.type === 'ArrowFunctionExpression' ||
    n.type === 'ObjectMethod' ||
    n.type === 'ClassMethod' ||
    n.type === 'ClassPrivateMethod'
  )
}

/** Strips parentheses, TS casts and non-null assertions. */
export function unwrap(e: B.Node): B.Node {
  let n = e
  for (;;) {
    if (
      n.type === 'TSAsExpression' ||
      n.type === 'TSSatisfiesExpression' ||
      n.type === 'TSNonNullExpression' ||
      n.type === 'TSTypeAssertion' ||
      n.type === 'ParenthesizedExpression'
    ) {
      n = n.expression
    } else return n
  }
}

/** The name of a non-computed (or string-literal) property key / member property. */
export function propName(node: B.Node, computed: boolean): string | undefined {
  if (!computed && node.type === 'Identifier') return node.name
  if (node.type === 'StringLiteral') return node.value
  return undefined
}

export function memberName(m: B.MemberExpression | B.OptionalMemberExpression): string | undefined {
  return propName(m.property, m.computed)
}

export interface ParseOutcome {
  module?: Module
  error?: { message: string; line: number; column: number }
}

export function parseModule(parse: ParseFn, file: string, text: string): ParseOutcome {
  const lower = file.toLowerCase()
  const ts = /\.(ts|mts|cts|tsx)$/.test(lower)
  const jsx = /\.(tsx|jsx)$/.test(lower)
  const plugins: unknown[] = []
  // tsc compiles decorators away (experimentalDecorators), so TypeScript may carry them; Node's JavaScript may not.
  if (ts) plugins.push(['typescript', {}], 'decorators-legacy')
  if (jsx) plugins.push('jsx')
  let ast: B.File & { errors?: ParseErr[] }
  try {
    const cjs = lower.endsWith('.cjs') || lower.endsWith('.cts')
    ast = parse(text, {
      sourceType: cjs ? 'commonjs' : 'module',
      errorRecovery: true,
      // babel refuses these with sourceType commonjs (it implies the first; Node has no
      // top-level await there)
      ...(cjs ? {} : { allowReturnOutsideFunction: true, allowAwaitOutsideFunction: true }),
      allowImportExportEverywhere: true,
      allowUndeclaredExports: true,
      plugins
    })
  } catch (e) {
    const err = e as ParseErr
    return {
      error: {
        message: cleanMessage(err.message),
        line: err.loc?.line ?? 1,
        column: (err.loc?.column ?? 0) + 1
      }
    }
  }
  // Recoverable errors that still mean "does not run" (duplicate declarations are tolerated: the AST is sound).
  const fatal = (ast.errors ?? []).find(
    e => !/already been declared|ReservedWord/i.test(e.reasonCode ?? e.message)
  )
  const module = analyze(file, text, ast)
  if (fatal) {
    return {
      module,
      error: {
        message: cleanMessage(fatal.message),
        line: fatal.loc?.line ?? 1,
        column: (fatal.loc?.column ?? 0) + 1
      }
    }
  }
  return { module }
}

function cleanMessage(m: string): string {
  return m.replace(/\s*\(\d+:\d+\)\s*$/, '')
}

/** Builds scopes, resolves references, collects calls, imports and exports. */
function analyze(file: string, text: string, ast: B.File): Module {
  const parent = new Map<B.Node, B.Node>()
  const scopeOf = new Map<B.Node, Scope>()
  const parentFn = new Map<Fn, Fn | null>()
  const declIds = new Set<B.Identifier>()
  const moduleScope: Scope = { node: ast.program, fn: null, bindings: new Map() }
  scopeOf.set(ast.program, moduleScope)
  const mod: Module = {
    file,
    ast,
    text,
    module: moduleScope,
    refs: new Map(),
    bindings: [],
    calls: [],
    parentFn,
    parent,
    imports: [],
    exports: new Map(),
    starExports: []
  }

  const declare = (
    scope: Scope,
    id: B.Identifier,
    b: Omit<Binding, 'name' | 'id' | 'scope' | 'references' | 'assignments'>
  ): void => {
    declIds.add(id)
    if (!scope.bindings.has(id.name)) {
      const binding: Binding = { name: id.name, id, scope, references: [], assignments: [], ...b }
      scope.bindings.set(id.name, binding)
      mod.bindings.push(binding)
    }
  }
  const functionScope = (s: Scope): Scope => {
    let c = s
    while (c.parent && !isFunction(c.node) && c.node.type !== 'Program') c = c.parent
    return c
  }
  const declarePattern = (
    scope: Scope,
    pat: B.Node,
    kind: BindingKind,
    decl: B.Node,
    init: B.Expression | undefined,
    key?: string,
    fallback?: B.Expression
  ): void => {
    const p = unwrap(pat)
    if (p.type === 'Identifier') declare(scope, p, { kind, decl, init, key, fallback })
    else if (p.type === 'AssignmentPattern')
      declarePattern(scope, p.left, kind, decl, init, key, p.right)
    else if (p.type === 'ObjectPattern') {
      for (const prop of p.properties) {
        if (prop.type === 'RestElement') declarePattern(scope, prop.argument, kind, decl, undefined)
        else {
          const k = propName(prop.key, prop.computed)
          // One level of destructuring keeps the link to the source (`const { A } = require('x')`).
          declarePattern(
            scope,
            prop.value,
            kind,
            decl,
            key === undefined ? init : undefined,
            key === undefined ? k : undefined
          )
        }
      }
    } else if (p.type === 'ArrayPattern') {
      for (const el of p.elements) if (el) declarePattern(scope, el, kind, decl, undefined)
    } else if (p.type === 'RestElement') declarePattern(scope, p.argument, kind, decl, undefined)
  }

  // Pass 1: scopes and declarations.
  const visit1 = (node: B.Node, scope: Scope, fn: Fn | null): void => {
    let s = scope
    let f = fn
    if (isFunction(node)) {
      parentFn.set(node, fn)
      f = node
      s = { node, parent: scope, fn: node, bindings: new Map() }
      scopeOf.set(node, s)
      if (node.type === 'FunctionExpression' && node.id)
        declare(s, node.id, { kind: 'function', decl: node })
      for (const p of node.params)
        declarePattern(
          s,
          p.type === 'TSParameterProperty' ? p.parameter : p,
          'param',
          node,
          undefined
        )
    } else if (
      node.type === 'BlockStatement' ||
      node.type === 'ForStatement' ||
      node.type === 'ForInStatement' ||
      node.type === 'ForOfStatement' ||
      node.type === 'SwitchStatement' ||
      node.type === 'StaticBlock'
    ) {
      const p = parent.get(node)
      if (!(node.type === 'BlockStatement' && p && isFunction(p))) {
        s = { node, parent: scope, fn, bindings: new Map() }
        scopeOf.set(node, s)
      }
    } else if (node.type === 'CatchClause') {
      s = { node, parent: scope, fn, bindings: new Map() }
      scopeOf.set(node, s)
      if (node.param) declarePattern(s, node.param, 'catch', node, undefined)
    }

    switch (node.type) {
      case 'VariableDeclaration': {
        const kind = node.kind === 'var' ? 'var' : node.kind === 'const' ? 'const' : 'let'
        const target = kind === 'var' ? functionScope(s) : s
        for (const d of node.declarations)
          declarePattern(target, d.id, kind, d, d.init ?? undefined)
        break
      }
      case 'FunctionDeclaration':
        if (node.id) declare(scope, node.id, { kind: 'function', decl: node })
        break
      case 'ClassDeclaration':
        if (node.id) declare(s, node.id, { kind: 'class', decl: node })
        break
      case 'ImportDeclaration': {
        const typeOnly = node.importKind === 'type'
        const names: Array<{ imported: string; node: B.Node }> = []
        for (const sp of node.specifiers) {
          const spTypeOnly = (sp as { importKind?: string }).importKind === 'type'
          const imported =
            sp.type === 'ImportDefaultSpecifier'
              ? 'default'
              : sp.type === 'ImportNamespaceSpecifier'
                ? '*'
                : sp.imported.type === 'Identifier'
                  ? sp.imported.name
                  : sp.imported.value
          if (!typeOnly && !spTypeOnly) {
            declare(moduleScope, sp.local, {
              kind: 'import',
              decl: sp,
              importSource: node.source.value,
              imported
            })
            names.push({ imported, node: sp })
          }
        }
        mod.imports.push({
          source: node.source.value,
          node,
          typeOnly: typeOnly || (node.specifiers.length > 0 && names.length === 0),
          names
        })
        break
      }
      default:
        break
    }
    for (const { child } of children(node)) {
      parent.set(child, node)
      visit1(child, s, f)
    }
  }
  visit1(ast.program, moduleScope, null)

  const lookup = (scope: Scope, name: string): Binding | undefined => {
    for (let s: Scope | undefined = scope; s; s = s.parent) {
      const b = s.bindings.get(name)
      if (b) return b
    }
    return undefined
  }

  // Pass 2: references, calls, exports.
  const visit2 = (node: B.Node, scope: Scope, fn: Fn | null): void => {
    const s = scopeOf.get(node) ?? scope
    const f = isFunction(node) ? node : fn
    if (node.type === 'Identifier' && !declIds.has(node) && isReference(node, parent.get(node))) {
      const b = lookup(s, node.name)
      if (b) {
        mod.refs.set(node, b)
        b.references.push(node)
      }
    }
    if (
      node.type === 'CallExpression' ||
      node.type === 'NewExpression' ||
      node.type === 'OptionalCallExpression'
    ) {
      mod.calls.push({ node, fn: f, scope: s })
      // require('x') as an import of x (for the dependency rules).
      if (
        node.type === 'CallExpression' &&
        node.callee.type === 'Identifier' &&
        node.callee.name === 'require' &&
        !lookup(s, 'require')
      ) {
        const a = node.arguments[0]
        if (a?.type === 'StringLiteral')
          mod.imports.push({ source: a.value, node, typeOnly: false, names: [] })
      }
    }
    if (node.type === 'ImportExpression') {
      const a = node.source
      if (a.type === 'StringLiteral')
        mod.imports.push({ source: a.value, node, typeOnly: false, names: [] })
    }
    if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier') {
      const b = lookup(s, node.left.name)
      if (b && node.operator === '=') b.assignments.push({ value: node.right, node })
    }
    if (node.type === 'AssignmentExpression' && node.operator === '=')
      recordCjsExport(mod, node, lookup(s, 'module') || lookup(s, 'exports'))
    for (const { child } of children(node)) visit2(child, s, f)
  }
  visit2(ast.program, moduleScope, null)

  collectEsmExports(mod)
  return mod
}

function isReference(node: B.Identifier, parent: B.Node | undefined): boolean {
  if (!parent) return true
  switch (parent.type) {
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return parent.object === node || parent.computed
    case 'ObjectProperty':
      return parent.value === node || (parent.computed && parent.key === node)
    case 'ObjectMethod':
    case 'ClassMethod':
    case 'ClassPrivateMethod':
    case 'ClassProperty':
    case 'ClassAccessorProperty':
      return parent.computed && parent.key === node
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'MetaProperty':
      return false
    case 'ExportSpecifier':
      return parent.local === node
    case 'ImportSpecifier':
    case 'ImportDefaultSpecifier':
    case 'ImportNamespaceSpecifier':
      return false
    default:
      return true
  }
}

function collectEsmExports(mod: Module): void {
  const top = mod.module
  for (const st of mod.ast.program.body) {
    if (st.type === 'ExportNamedDeclaration') {
      if (st.exportKind === 'type') continue
      if (st.declaration) {
        const d = st.declaration
        if (d.type === 'VariableDeclaration') {
          for (const decl of d.declarations) {
            if (decl.id.type === 'Identifier') {
              const b = top.bindings.get(decl.id.name)
              mod.exports.set(decl.id.name, { binding: b })
            }
          }
        } else if ((d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id) {
          mod.exports.set(d.id.name, { binding: top.bindings.get(d.id.name), expr: d })
        }
      }
      for (const sp of st.specifiers) {
        if (sp.type !== 'ExportSpecifier') continue
        const exported = sp.exported.type === 'Identifier' ? sp.exported.name : sp.exported.value
        const local =
          sp.local.type === 'Identifier' ? sp.local.name : (sp.local as B.StringLiteral).value
        if (st.source) mod.exports.set(exported, { from: { source: st.source.value, name: local } })
        else mod.exports.set(exported, { binding: top.bindings.get(local) })
      }
    } else if (st.type === 'ExportDefaultDeclaration') {
      const d = st.declaration
      if (d.type === 'Identifier')
        mod.exports.set('default', { binding: top.bindings.get(d.name), expr: d })
      else
        mod.exports.set('default', {
          expr: d,
          binding:
            (d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id
              ? top.bindings.get(d.id.name)
              : undefined
        })
    } else if (st.type === 'ExportAllDeclaration') {
      mod.starExports.push(st.source.value)
    }
  }
}

/** `module.exports = x`, `module.exports.a = x`, `exports.a = x`. */
function recordCjsExport(
  mod: Module,
  node: B.AssignmentExpression,
  shadow: Binding | undefined
): void {
  if (shadow) return
  const left = node.left
  if (left.type !== 'MemberExpression') return
  const obj = left.object
  const name = memberName(left)
  if (!name) return
  if (obj.type === 'Identifier' && obj.name === 'module' && name === 'exports') {
    mod.exports.set('default', { expr: node.right })
    const r = unwrap(node.right)
    if (r.type === 'ObjectExpression') {
      for (const p of r.properties) {
        if (p.type === 'ObjectProperty') {
          const k = propName(p.key, p.computed)
          if (k) mod.exports.set(k, { expr: p.value })
        } else if (p.type === 'ObjectMethod') {
          const k = propName(p.key, p.computed)
          if (k) mod.exports.set(k, { expr: p })
        }
      }
    }
  } else if (
    (obj.type === 'Identifier' && obj.name === 'exports') ||
    (obj.type === 'MemberExpression' &&
      obj.object.type === 'Identifier' &&
      obj.object.name === 'module' &&
      memberName(obj) === 'exports')
  ) {
    mod.exports.set(name, { expr: node.right })
  }
}

/** The nearest enclosing function of a node (null: module level). */
export function enclosingFn(mod: Module, node: B.Node): Fn | null {
  for (let p = mod.parent.get(node); p; p = mod.parent.get(p)) if (isFunction(p)) return p
  return null
}

/** true when `inner` is `outer` or lies inside it (null = module, which contains everything). */
export function fnWithin(mod: Module, inner: Fn | null, outer: Fn | null): boolean {
  if (outer === null) return true
  for (let f: Fn | null = inner; f; f = mod.parentFn.get(f) ?? null) if (f === outer) return true
  return false
}

export function pos(node: B.Node): { line: number; column: number } {
  return { line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 }
}
