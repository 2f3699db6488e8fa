/**
 * The shapes the Node rules work on (a parsed module with its scopes, bindings, calls, imports and
 * exports) and small helpers over @babel/types nodes. Parsing is parse.ts; the analysis, scope.ts.
 */
import type * as B from '@babel/types'

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
