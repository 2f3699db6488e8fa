/** What a module exports: ESM export declarations and CommonJS `module.exports` / `exports.x` assignments. */
import type * as B from '@babel/types'
import { memberName, propName, unwrap } from './ast.js'
import type { Binding, Module } from './ast.js'

export function collectEsmExports(mod: Module): void {
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
export function recordCjsExport(
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
