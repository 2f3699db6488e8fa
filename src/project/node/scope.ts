/**
 * The small scope analysis the rules need: which declaration an identifier refers to, which
 * function a node sits in, and the calls, imports and exports of a module.
 */
import type * as B from '@babel/types'
import { children, isFunction, propName, unwrap } from './ast.js'
import type { Binding, BindingKind, Fn, Module, Scope } from './ast.js'
import { collectEsmExports, recordCjsExport } from './exports.js'

/** Builds scopes, resolves references, collects calls, imports and exports. */
export function analyze(file: string, text: string, ast: B.File): Module {
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
