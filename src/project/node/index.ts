/**
 * The NODE rule family: package.json dependencies (`node-deps/*`) and the server code
 * (`node-code/*`), for @modelcontextprotocol/sdk 1.x and the 2.x split packages.
 *
 * loadNode() reads package.json, finds the server file and parses it (with the local modules it
 * imports) using @babel/parser, which is imported lazily on the first call. checkNode() is pure.
 */
import type { ProjectFiles } from '../files.js'
import { unusableFileFinding } from '../files.js'
import type { Finding, RuleContext } from '../types.js'
import type { CallSite } from './ast.js'
import { loadedParser, loadParser, parseModule } from './parse.js'
import type { ParseFn } from './parse.js'
import type { SdkLine } from './api.js'
import { checkCode, codeListenPort, summarize } from './code.js'
import {
  buildBundles,
  checkDeps,
  declaredSdk,
  loadSemver,
  PACKAGE_JSON,
  readPackageJson
} from './deps.js'
import type { PackageInfo } from './deps.js'
import { findEntry, isTypeScript, outputOf, readTsconfig, scriptFile } from './entry.js'
import type { EntryChoice, TsLayout } from './entry.js'
import { isCodeFile, isLocalSpecifier, loadGraph, resolveLocal, Resolver } from './graph.js'
import { servedPaths } from './paths.js'
import type { Graph } from './graph.js'

export type NodeSdkLine = 'sdk1' | 'split2' // @modelcontextprotocol/sdk 1.x | @modelcontextprotocol/server 2.x

export interface NodeFacts {
  sdk?: { package: string; range: string; line: number; line2?: NodeSdkLine }
  entry?: string // the server file, relative to the server folder
  startScript?: string // package.json scripts.start, if any
  hasBuild: boolean // scripts.build exists
  typescript: boolean
  /** The server refuses a foreign Host header (createMcpExpressApp's localhost validation: 403). */
  hostGuard?: boolean
  /** The URL paths the server answers MCP on ('*': any path); undefined when not found. */
  mcpPaths?: string[]
  /** The port the code listens on when the host's variable is not set (a literal or an env default). */
  listenPort?: number
}

interface Analysis {
  pkg: PackageInfo
  ts: TsLayout
  entry: EntryChoice
  graph?: Graph
  bundled: boolean
}

/** What loadNode learnt beyond the public facts, for checkNode and nodeLaunch. */
const analyses = new WeakMap<NodeFacts, Analysis>()

/**
 * A Node server: a package.json that requires an MCP SDK package, or any package.json when there
 * is no Python requirements file (a Python server may keep a package.json for tooling).
 */
export function isNodeProject(files: ProjectFiles): boolean {
  if (!files.exists(PACKAGE_JSON)) return false
  const pkg = readPackageJson(files)
  if ([...pkg.deps.keys()].some(n => n.startsWith('@modelcontextprotocol/'))) return true
  return !files.exists('requirements.txt') && !files.exists('pyproject.toml')
}

export async function loadNode(files: ProjectFiles, ctx: RuleContext): Promise<NodeFacts> {
  const [parse] = await Promise.all([loadParser(), loadSemver()])
  return analyzeWith(parse, files, ctx)
}

type Parse = ParseFn

function analyzeWith(parse: Parse, files: ProjectFiles, ctx: RuleContext): NodeFacts {
  const pkg = readPackageJson(files)
  const ts = readTsconfig(files)
  const entry = findEntry(
    files,
    pkg,
    ts,
    ctx.entryHint ? ctx.entryHint.replace(/^\.\//, '') : undefined,
    () => searchSdkFile(parse, files)
  )
  const graph = entry.source ? loadGraph(parse, files, entry.source) : undefined
  const summary = graph ? summarize(graph) : undefined
  const resolver = graph ? new Resolver(graph, files) : undefined
  const mcpPaths = graph && resolver ? servedPaths(graph, resolver) : undefined
  const listenPort =
    graph && resolver
      ? codeListenPort({ graph, resolver, ctx, pkg, bundled: buildBundles(pkg) })
      : undefined
  const codeLines = summary ? summary.lines : new Set<SdkLine>()
  const { sdk1, split2 } = declaredSdk(pkg)
  const chosen =
    sdk1 && split2
      ? codeLines.has('split2') && !codeLines.has('sdk1')
        ? split2
        : sdk1
      : (sdk1 ?? split2)
  const facts: NodeFacts = {
    ...(chosen
      ? {
          sdk: {
            package: chosen.name,
            range: chosen.spec,
            line: chosen.line,
            line2: chosen === split2 ? 'split2' : 'sdk1'
          }
        }
      : {}),
    ...(entry.source ? { entry: entry.source } : {}),
    ...(pkg.scripts.start !== undefined ? { startScript: pkg.scripts.start } : {}),
    hasBuild: pkg.scripts.build !== undefined,
    ...(summary?.hostGuard ? { hostGuard: true } : {}),
    ...(mcpPaths ? { mcpPaths } : {}),
    ...(listenPort !== undefined ? { listenPort } : {}),
    typescript: entry.source ? isTypeScript(entry.source) : ts.present
  }
  analyses.set(facts, { pkg, ts, entry, graph, bundled: buildBundles(pkg) })
  return facts
}

export function checkNode(files: ProjectFiles, facts: NodeFacts, ctx: RuleContext): Finding[] {
  let a = analyses.get(facts)
  if (!a) {
    // Facts made elsewhere: re-analyze when the parser is already loaded, else check package.json only.
    const parse = loadedParser()
    if (parse) a = analyses.get(analyzeWith(parse, files, ctx))
    if (!a) {
      const pkg = readPackageJson(files)
      return [
        ...checkDeps(pkg, { sdk1Subpaths: [], bundled: buildBundles(pkg), lock: pkg.lock }),
        {
          rule: 'node-code/not-analyzed',
          severity: 'notice',
          file: facts.entry ?? PACKAGE_JSON,
          line: 1,
          message: 'the server code was not analyzed (loadNode was not called first)',
          fix: 'call loadNode() before checkNode()'
        }
      ]
    }
  }
  const out: Finding[] = []
  const summary = a.graph ? summarize(a.graph) : undefined
  const lines = summary?.lines ?? new Set<SdkLine>()
  out.push(
    ...checkDeps(a.pkg, {
      codeLine: lines.size === 1 ? [...lines][0] : undefined,
      sdk1Subpaths: summary?.sdk1Subpaths ?? [],
      bundled: a.bundled,
      lock: a.pkg.lock
    })
  )
  out.push(...a.entry.notes)
  if (!a.entry.source && !(a.pkg.present && !a.pkg.doc)) {
    out.push({
      rule: 'node-code/entry-not-found',
      severity: a.pkg.present ? 'warning' : 'notice',
      file: a.pkg.doc ? PACKAGE_JSON : '.',
      line: a.pkg.doc ? a.pkg.doc.line(['main']) : 1,
      message:
        'could not find the server file: host.json names none, package.json has no "main" or plain `node <file>` start script, and no file imports @modelcontextprotocol/*',
      fix: 'set "main" in package.json to the server file (e.g. "dist/index.js"), or point host.json "arguments" at it'
    })
  }
  out.push(...typescriptFindings(files, a, facts, ctx))
  if (a.graph && !a.graph.entry && a.entry.source && a.graph.parseErrors.length === 0) {
    const bad = unusableFileFinding(
      'node-code/entry-unreadable',
      a.entry.source,
      files.read(a.entry.source)
    )
    if (bad) out.push(bad)
  }
  if (a.graph)
    out.push(
      ...checkCode({
        graph: a.graph,
        resolver: new Resolver(a.graph, files),
        ctx,
        pkg: a.pkg,
        bundled: a.bundled
      })
    )
  return out
}

function typescriptFindings(
  files: ProjectFiles,
  a: Analysis,
  facts: NodeFacts,
  ctx: RuleContext
): Finding[] {
  const out: Finding[] = []
  const src = a.entry.source
  if (!src || !isTypeScript(src) || !a.pkg.doc) return out
  const runtime = a.entry.runtime
  if (ctx.entryHint && isTypeScript(ctx.entryHint)) {
    out.push({
      rule: 'node-code/typescript-entry',
      severity: 'warning',
      file: 'host.json',
      line: 1,
      message: `host.json runs the TypeScript source ${ctx.entryHint} with node: older Node versions cannot load it, and newer ones only strip types (no enums, no path aliases, imports must name .ts files)`,
      fix: `build it (e.g. "build": "tsc") and run the output: "arguments": ["${outputOf(src, a.ts)}"]`
    })
  }
  if (!facts.hasBuild) {
    const output = runtime && runtime !== src ? runtime : outputOf(src, a.ts)
    // Running the .ts source itself (newer Node strips types) may work; a .js nobody builds never does.
    const runsSource = !!ctx.entryHint && isTypeScript(ctx.entryHint)
    const fatal = !runsSource && !files.isFile(output)
    out.push({
      rule: 'node-deps/no-build-script',
      severity: fatal ? 'error' : 'warning',
      file: PACKAGE_JSON,
      line: a.pkg.doc.line(['scripts']),
      message: `the server is TypeScript (${src}) but package.json has no "build" script: nothing produces ${output} on deploy${fatal ? ', so there is no entry to start (generate cannot name one that will exist)' : ''}`,
      fix: 'add "build": "tsc" to "scripts" (and "outDir": "dist" in tsconfig.json)'
    })
  }
  return out
}

/** Default host.json description for a Node server: executable and arguments (e.g. node + ["dist/index.js"], or npm + ["start"]). */
export function nodeLaunch(facts: NodeFacts): {
  defaultExecutablePath: string
  arguments: string[]
} {
  const start = scriptFile(facts.startScript)
  if (start && start.runner === 'node')
    return { defaultExecutablePath: 'node', arguments: start.args }
  const a = analyses.get(facts)
  if (a?.entry.runtime && !isTypeScript(a.entry.runtime))
    return { defaultExecutablePath: 'node', arguments: [a.entry.runtime] }
  if (facts.entry && !isTypeScript(facts.entry))
    return { defaultExecutablePath: 'node', arguments: [facts.entry] }
  if (facts.entry && facts.hasBuild)
    return {
      defaultExecutablePath: 'node',
      arguments: [
        outputOf(
          facts.entry,
          a?.ts ?? {
            present: true,
            outDir: 'dist',
            rootDir: facts.entry.startsWith('src/') ? 'src' : '.'
          }
        )
      ]
    }
  if (facts.startScript) return { defaultExecutablePath: 'npm', arguments: ['start'] }
  return { defaultExecutablePath: 'node', arguments: [facts.entry ?? 'index.js'] }
}

const SERVE_NAMES = new Set([
  'StreamableHTTPServerTransport',
  'NodeStreamableHTTPServerTransport',
  'WebStandardStreamableHTTPServerTransport',
  'createMcpHandler',
  'toNodeHandler',
  'serve'
])

function calleeName(n: CallSite['node']): string {
  const c = n.callee
  if (c.type === 'Identifier') return c.name
  if (c.type === 'MemberExpression' && !c.computed && c.property.type === 'Identifier')
    return c.property.name
  return ''
}

function isListenCall(n: CallSite['node']): boolean {
  return calleeName(n) === 'listen'
}

/**
 * The server file when nothing names it: among the code files that import @modelcontextprotocol/*,
 * one that serves (creates a transport or listens), then one no other imports, then by name
 * (index/server/main/app).
 */
function searchSdkFile(parse: Parse, files: ProjectFiles): string | undefined {
  const candidates: string[] = []
  for (const f of files.list(isCodeFile, 4, 2000)) {
    if (candidates.length >= 40) break
    const t = files.text(f)
    // A cheap pre-filter on the file's bytes; what counts is the parsed imports below.
    if (t !== undefined && t.includes('@modelcontextprotocol/')) candidates.push(f)
  }
  const sdkFiles: string[] = []
  const serving = new Set<string>()
  const imported = new Set<string>()
  for (const f of candidates) {
    const m = parseModule(parse, f, files.text(f) as string).module
    if (!m) continue
    if (m.imports.some(i => !i.typeOnly && i.source.startsWith('@modelcontextprotocol/')))
      sdkFiles.push(f)
    if (m.calls.some(c => isListenCall(c.node) || SERVE_NAMES.has(calleeName(c.node))))
      serving.add(f)
    for (const i of m.imports) {
      if (!isLocalSpecifier(i.source)) continue
      const t = resolveLocal(files, f, i.source)
      if (t) imported.add(t)
    }
  }
  const rank = (f: string): number => {
    const base =
      f
        .split('/')
        .pop()
        ?.replace(/\.[^.]+$/, '') ?? ''
    const i = ['index', 'server', 'main', 'app'].indexOf(base)
    return (
      (serving.has(f) ? 0 : 10000) +
      (imported.has(f) ? 1000 : 0) +
      (i < 0 ? 10 : i) * 10 +
      f.split('/').length
    )
  }
  const pool = sdkFiles
  return [...pool].sort((x, y) => rank(x) - rank(y) || x.localeCompare(y))[0]
}
