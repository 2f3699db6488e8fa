/**
 * Server-code rules, read from the AST of the entry and the local modules it imports:
 * stateless streamable HTTP, a fresh server and transport per request, the right port,
 * no stdio/SSE, and imports that exist in the SDK line the code uses. Each family has its
 * module (imports, stateless, perrequest, port); this one runs them in order.
 */
import type { Finding } from '../types.js'
import { pos } from './ast.js'
import { lineOfSource, sdk1Subpath } from './api.js'
import type { SdkLine } from './api.js'
import type { Graph } from './graph.js'
import { calleeName, CodeRun, type CodeCheckInput } from './coderun.js'
import { checkImports, checkLinesMixed } from './imports.js'
import { checkHandlerFactories, checkReuse } from './perrequest.js'
import { checkPort, listenPort } from './port.js'
import { checkTransports } from './stateless.js'

export type { CodeCheckInput } from './coderun.js'
export { PORT_ENV } from './portexpr.js'

export interface CodeSummary {
  /** The SDK line(s) the code imports. */
  lines: Set<SdkLine>
  sdk1Subpaths: Array<{ source: string; file: string; line: number }>
  importsSdk: boolean
  /** The app comes from createMcpExpressApp, whose Host validation admits only localhost names. */
  hostGuard: boolean
}

/** What the code imports from the SDK (also feeds the dependency rules). */
export function summarize(graph: Graph): CodeSummary {
  const s: CodeSummary = { lines: new Set(), sdk1Subpaths: [], importsSdk: false, hostGuard: false }
  for (const mod of graph.modules.values()) {
    for (const imp of mod.imports) {
      if (imp.typeOnly) continue
      const line = lineOfSource(imp.source)
      if (!line) continue
      s.importsSdk = true
      s.lines.add(line)
      if (imp.names.some(n => n.imported === 'createMcpExpressApp')) s.hostGuard = true
      if (line === 'sdk1' && sdk1Subpath(imp.source))
        s.sdk1Subpaths.push({ source: imp.source, file: mod.file, line: pos(imp.node).line })
    }
  }
  return s
}

export function checkCode(input: CodeCheckInput): Finding[] {
  const c = new CodeRun(input)
  const { graph } = input
  for (const e of graph.parseErrors) {
    c.out.push({
      rule: 'node-code/syntax-error',
      severity: 'error',
      file: e.file,
      line: e.line,
      column: e.column,
      message: `${e.file} does not parse: ${e.message}`,
      fix: 'fix the syntax at that position (the server dies at start with a SyntaxError)'
    })
  }
  for (const u of graph.unresolved) {
    c.add(
      'node-code/unresolved-import',
      'notice',
      u.file,
      u.node,
      `'${u.source}' does not resolve to a file in the repository; it was not checked`,
      'if it is build output, check its source instead; otherwise fix the path'
    )
  }
  if (graph.truncated) {
    c.add(
      'node-code/too-many-modules',
      'notice',
      graph.entry?.file ?? '.',
      undefined,
      'the server imports more local modules than are read; only the first ones were checked',
      'nothing to do, unless the MCP server is created in a module far from the entry'
    )
  }
  for (const mod of graph.modules.values()) checkImports(c, mod)
  checkLinesMixed(c)
  checkTransports(c)
  checkReuse(c)
  checkHandlerFactories(c)
  checkStdioSse(c)
  checkPort(c)
  checkFoundSomething(c)
  return c.out
}

/** The port the server listens on without the host's variable (see port.ts listenPort). */
export function codeListenPort(input: CodeCheckInput): number | undefined {
  return listenPort(input.graph, input.resolver)
}

// ---- transports that cannot be hosted --------------------------------------------------------

function checkStdioSse(c: CodeRun): void {
  const http = c.servesHttp
  for (const e of [...c.of('stdio'), ...c.of('sse')]) {
    const name = calleeName(e.site.node.callee)
    const stdio = e.api.kind === 'stdio'
    c.add(
      stdio ? 'node-code/stdio-transport' : 'node-code/sse-transport',
      http ? 'warning' : 'error',
      e.mod.file,
      e.site.node,
      stdio
        ? `${name} talks over stdin/stdout; Azure Functions sends HTTP requests to the custom handler${http ? ' (this server also serves streamable HTTP: make sure host.json starts that mode)' : ', so nothing answers them'}`
        : `${name} is the legacy HTTP+SSE transport: it keeps a session per connection, which Functions instances do not share${http ? ' (the streamable HTTP endpoint of this server is the one to use)' : ''}`,
      e.api.line === 'split2'
        ? 'serve streamable HTTP: createMcpHandler(() => new McpServer(…)) with toNodeHandler from @modelcontextprotocol/node, listening on process.env.FUNCTIONS_CUSTOMHANDLER_PORT'
        : 'serve streamable HTTP: per request, new McpServer(…) + new StreamableHTTPServerTransport({ sessionIdGenerator: undefined }), listening on process.env.FUNCTIONS_CUSTOMHANDLER_PORT'
    )
  }
}

// ---- nothing found --------------------------------------------------------------------------

function checkFoundSomething(c: CodeRun): void {
  const { graph } = c.input
  const entry = graph.entry
  if (!entry) return
  if (c.servesHttp || c.of('stdio').length || c.of('sse').length) return
  const imports = summarize(graph).importsSdk
  c.add(
    imports ? 'node-code/transport-not-found' : 'node-code/sdk-not-imported',
    'notice',
    entry.file,
    undefined,
    imports
      ? `could not find where ${entry.file} (and the local modules it imports) creates its MCP transport; the stateless and per-request rules were not checked`
      : `${entry.file} (and the local modules it imports) does not import the MCP SDK; the server code was not checked`,
    imports
      ? 'nothing to do if the transport is created in code that was not read (a dependency, a generated file)'
      : 'point host.json "arguments" (or package.json "main") at the file that creates the MCP server'
  )
}
