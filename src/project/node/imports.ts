/**
 * Import rules: SDK import paths and names that exist in the line the code uses, packages the
 * deploy installs (declared in package.json, not only in devDependencies), one SDK line throughout.
 */
import { builtinModules } from 'node:module'
import type * as B from '@babel/types'
import type { Module } from './ast.js'
import { badSpecifier, lineOfSource, packageOf, wrongLineName } from './api.js'
import type { SdkLine } from './api.js'
import { declaredSdk, PACKAGE_JSON } from './deps.js'
import { isLocalSpecifier } from './graph.js'
import type { CodeRun } from './coderun.js'

const BUILTINS = new Set(builtinModules)

export function checkImports(c: CodeRun, mod: Module): void {
  const { pkg, bundled } = c.input
  for (const imp of mod.imports) {
    if (imp.typeOnly) continue
    const bad = badSpecifier(imp.source)
    if (bad)
      c.add(
        'node-code/sdk-import-path',
        bundled ? 'warning' : 'error',
        mod.file,
        imp.node,
        bad.message,
        bad.fix
      )
    for (const n of imp.names) {
      const instead = wrongLineName(imp.source, n.imported)
      if (instead) {
        const line = lineOfSource(imp.source) === 'sdk1' ? '1.x' : '2.x'
        c.add(
          'node-code/wrong-sdk-api',
          'error',
          mod.file,
          n.node,
          `'${n.imported}' is not exported by ${imp.source} (SDK ${line}); the import fails when the server starts`,
          `use ${instead}`
        )
      }
    }
    // Undeclared packages: the deploy installs only what package.json lists.
    if (!pkg.doc || isLocalSpecifier(imp.source) || imp.source.startsWith('/')) continue
    const name = packageOf(imp.source)
    if (
      imp.source.startsWith('node:') ||
      imp.source.startsWith('bun:') ||
      BUILTINS.has(imp.source) ||
      BUILTINS.has(name) ||
      name === pkg.name
    )
      continue
    const dep = pkg.deps.get(name)
    const dynamic = imp.node.type === 'CallExpression' || imp.node.type === 'ImportExpression'
    if (!dep) {
      // npm hoists dependencies of dependencies, so an undeclared import often loads anyway; it is
      // an error when nothing can bring it: the other SDK line, or a lockfile without it.
      const line = lineOfSource(name)
      const { sdk1, split2 } = declaredSdk(pkg)
      const otherLine = line !== undefined && (line === 'sdk1' ? !sdk1 : !split2)
      const absent = otherLine || (pkg.installed !== undefined && !pkg.installed.has(name))
      const severity = bundled || dynamic ? 'warning' : absent ? 'error' : 'warning'
      c.add(
        'node-deps/undeclared-import',
        severity,
        mod.file,
        imp.node,
        absent
          ? `${mod.file} imports '${imp.source}', but ${name} is not in package.json${otherLine ? '' : ' nor in package-lock.json'}: the deployed server cannot load it${bundled ? ' (unless the bundler inlines it)' : ''}`
          : `${mod.file} imports '${imp.source}', but ${name} is not in package.json: it loads only while another dependency happens to bring it along`,
        `npm install ${name} (adds it to "dependencies")`
      )
    } else if (dep.section === 'devDependencies' && !bundled && !lineOfSource(name)) {
      c.add(
        'node-deps/dev-dependency-import',
        'warning',
        mod.file,
        imp.node,
        `${mod.file} imports '${imp.source}' at run time, but ${name} is only in devDependencies: a production install leaves it out`,
        `move "${name}" from "devDependencies" to "dependencies" in ${PACKAGE_JSON}`
      )
    }
  }
}

export function checkLinesMixed(c: CodeRun): void {
  const lines = new Map<SdkLine, { mod: Module; node: B.Node }>()
  for (const mod of c.input.graph.modules.values()) {
    for (const imp of mod.imports) {
      const l = imp.typeOnly ? undefined : lineOfSource(imp.source)
      if (l && !lines.has(l)) lines.set(l, { mod, node: imp.node })
    }
  }
  const split = lines.get('split2')
  if (lines.has('sdk1') && split) {
    c.add(
      'node-code/mixed-sdk-lines',
      'warning',
      split.mod.file,
      split.node,
      'the code imports both @modelcontextprotocol/sdk (1.x) and the 2.x packages; a 1.x transport cannot serve a 2.x server (and back)',
      'use one line throughout: 1.x (@modelcontextprotocol/sdk) or 2.x (@modelcontextprotocol/server + @modelcontextprotocol/node)'
    )
  }
}
