/**
 * What the two Node SDK lines export, as far as hosting on Azure Functions cares.
 *
 * 1.x: one package, `@modelcontextprotocol/sdk`, imported by subpath (`…/server/mcp.js`).
 * 2.x: split packages: `@modelcontextprotocol/server` (McpServer, createMcpHandler, the web-standard
 * transport; stdio under `/stdio`), `@modelcontextprotocol/node` (NodeStreamableHTTPServerTransport,
 * toNodeHandler), and the framework adapters `@modelcontextprotocol/express|hono|fastify`.
 * Checked against the published packages (sdk 1.10–1.32, server 2.0.0–2.4.0, node 2.0.0–2.1.2).
 */

export type SdkLine = 'sdk1' | 'split2'

export type EntityKind =
  | 'server' // McpServer / Server: one instance per connection
  | 'http-transport' // streamable HTTP transport (sessionIdGenerator decides stateless)
  | 'stdio'
  | 'sse'
  | 'handler-factory' // 2.x createMcpHandler(factory, options)
  | 'node-adapter' // 2.x toNodeHandler(handler)
  | 'app-factory' // createMcpExpressApp & co.

export interface ApiEntry {
  kind: EntityKind
  line: SdkLine
  /** The first version of the line that has it (1.x subpaths arrived over time). */
  since?: string
}

export const SDK1 = '@modelcontextprotocol/sdk'
export const SPLIT2_SERVER = '@modelcontextprotocol/server'
export const SPLIT2_PACKAGES = [
  '@modelcontextprotocol/server',
  '@modelcontextprotocol/node',
  '@modelcontextprotocol/express',
  '@modelcontextprotocol/hono',
  '@modelcontextprotocol/fastify',
  '@modelcontextprotocol/core'
]

/** Streamable HTTP arrived in the TypeScript SDK with 1.10.0. */
export const SDK1_MIN_STREAMABLE = '1.10.0'
/**
 * The published 1.x versions of @modelcontextprotocol/sdk from 1.10 on (npm, 2026-12): without a
 * lockfile npm installs the newest that the range allows, judged here without asking the
 * registry. A range newer than this table is taken as fine.
 */
export const SDK1_KNOWN_VERSIONS = [
  ...['1.0.0', '1.1.0', '1.2.0', '1.3.0', '1.4.0', '1.5.0', '1.6.0', '1.7.0', '1.8.0', '1.9.0'],
  ...['1.10.2', '1.11.5', '1.12.3', '1.13.3', '1.14.0', '1.15.1', '1.16.0', '1.17.5', '1.18.2'],
  ...['1.19.1', '1.20.2', '1.21.2', '1.22.0', '1.23.1', '1.24.3', '1.25.3', '1.26.0', '1.27.1'],
  ...['1.28.0', '1.29.0', '1.30.1', '1.31.0', '1.32.2']
]

/** Since 1.26 a reused server/stateless transport throws instead of silently mixing clients. */
export const SDK1_REUSE_THROWS = '1.26.0'

const SDK1_TABLE: Record<string, Record<string, Omit<ApiEntry, 'line'>>> = {
  'server/mcp': { McpServer: { kind: 'server' } },
  'server/index': { Server: { kind: 'server' } },
  server: { Server: { kind: 'server' } },
  'server/streamableHttp': {
    StreamableHTTPServerTransport: { kind: 'http-transport', since: SDK1_MIN_STREAMABLE }
  },
  'server/webStandardStreamableHttp': {
    WebStandardStreamableHTTPServerTransport: { kind: 'http-transport', since: '1.25.0' }
  },
  'server/stdio': { StdioServerTransport: { kind: 'stdio' } },
  'server/sse': { SSEServerTransport: { kind: 'sse' } },
  'server/express': { createMcpExpressApp: { kind: 'app-factory', since: '1.24.2' } }
}

/** Subpath modules of sdk 1.x and the version that added them (for the "every allowed version" rule). */
export const SDK1_SUBPATH_SINCE: Record<string, string> = {
  'server/streamableHttp': SDK1_MIN_STREAMABLE,
  'server/webStandardStreamableHttp': '1.25.0',
  'server/express': '1.24.2'
}

const SPLIT2_TABLE: Record<string, Record<string, Omit<ApiEntry, 'line'>>> = {
  '@modelcontextprotocol/server': {
    McpServer: { kind: 'server' },
    Server: { kind: 'server' },
    WebStandardStreamableHTTPServerTransport: { kind: 'http-transport' },
    createMcpHandler: { kind: 'handler-factory' }
  },
  '@modelcontextprotocol/server/stdio': {
    StdioServerTransport: { kind: 'stdio' },
    serveStdio: { kind: 'stdio' }
  },
  '@modelcontextprotocol/node': {
    NodeStreamableHTTPServerTransport: { kind: 'http-transport' },
    toNodeHandler: { kind: 'node-adapter' }
  },
  '@modelcontextprotocol/express': { createMcpExpressApp: { kind: 'app-factory' } },
  '@modelcontextprotocol/hono': { createMcpHonoApp: { kind: 'app-factory' } },
  '@modelcontextprotocol/fastify': { createMcpFastifyApp: { kind: 'app-factory' } }
}

/** Names people carry over from the other line; importing them from the wrong package fails at start. */
const WRONG_LINE: Record<SdkLine, Record<string, string>> = {
  split2: {
    StreamableHTTPServerTransport:
      "NodeStreamableHTTPServerTransport from '@modelcontextprotocol/node' (or createMcpHandler + toNodeHandler)",
    SSEServerTransport: 'nothing: 2.x has no SSE server transport; serve streamable HTTP',
    McpError: "ProtocolError from '@modelcontextprotocol/server'",
    ErrorCode: "ProtocolErrorCode from '@modelcontextprotocol/server'"
  },
  sdk1: {
    NodeStreamableHTTPServerTransport:
      "StreamableHTTPServerTransport from '@modelcontextprotocol/sdk/server/streamableHttp.js'",
    createMcpHandler:
      'a fresh McpServer + StreamableHTTPServerTransport per request (1.x has no createMcpHandler)',
    toNodeHandler: 'transport.handleRequest(req, res, req.body) (1.x has no toNodeHandler)',
    serveStdio: 'StdioServerTransport',
    ProtocolError: 'McpError'
  }
}

/** Valid module specifiers of the 2.x packages (their `exports`). */
const SPLIT2_SUBPATHS = new Set([
  '@modelcontextprotocol/server',
  '@modelcontextprotocol/server/stdio',
  '@modelcontextprotocol/server/validators/ajv',
  '@modelcontextprotocol/server/validators/cf-worker',
  '@modelcontextprotocol/server/ext/skills',
  '@modelcontextprotocol/server/ext/skills/node',
  '@modelcontextprotocol/node',
  '@modelcontextprotocol/express',
  '@modelcontextprotocol/hono',
  '@modelcontextprotocol/fastify',
  '@modelcontextprotocol/core',
  '@modelcontextprotocol/client'
])

/** The package name of a bare specifier (`@scope/name/sub` → `@scope/name`). */
export function packageOf(spec: string): string {
  const parts = spec.split('/')
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

export function lineOfSource(source: string): SdkLine | undefined {
  const pkg = packageOf(source)
  if (pkg === SDK1) return 'sdk1'
  if (pkg.startsWith('@modelcontextprotocol/') && pkg !== SDK1) return 'split2'
  return undefined
}

/** `@modelcontextprotocol/sdk/server/mcp.js` → `server/mcp` (undefined for other packages). */
export function sdk1Subpath(source: string): string | undefined {
  if (source === SDK1) return ''
  if (!source.startsWith(SDK1 + '/')) return undefined
  return source.slice(SDK1.length + 1).replace(/\.(js|cjs|mjs)$/, '')
}

export function lookupApi(source: string, name: string): ApiEntry | undefined {
  const line = lineOfSource(source)
  if (line === 'sdk1') {
    const sub = sdk1Subpath(source)
    const e = sub === undefined ? undefined : SDK1_TABLE[sub]?.[name]
    return e ? { ...e, line } : undefined
  }
  if (line === 'split2') {
    const e = SPLIT2_TABLE[source]?.[name]
    return e ? { ...e, line } : undefined
  }
  return undefined
}

/** The right replacement when `name` is imported from a package of `line` that does not have it. */
export function wrongLineName(source: string, name: string): string | undefined {
  const line = lineOfSource(source)
  if (!line) return undefined
  if (line === 'split2' && name === 'StdioServerTransport' && source === SPLIT2_SERVER) {
    return "StdioServerTransport from '@modelcontextprotocol/server/stdio'"
  }
  return WRONG_LINE[line][name]
}

/**
 * Why the module specifier cannot load, or undefined when it is fine (or unknown to us).
 * sdk 1.x maps `./*` to `./dist/esm/*` with no extension search: the `.js` is required.
 */
export function badSpecifier(source: string): { message: string; fix: string } | undefined {
  const line = lineOfSource(source)
  if (line === 'sdk1') {
    if (source === SDK1) return undefined
    const sub = source.slice(SDK1.length + 1)
    const bare = [
      'server',
      'client',
      'validation',
      'validation/ajv',
      'validation/cfworker',
      'experimental',
      'experimental/tasks'
    ]
    if (bare.includes(sub) || /\.(js|cjs|mjs)$/.test(sub)) return undefined
    return {
      message: `'${source}' does not resolve: @modelcontextprotocol/sdk maps subpaths to files without adding an extension, so Node fails to load it at start`,
      fix: `import from '${source}.js'`
    }
  }
  if (line === 'split2' && source.startsWith('@modelcontextprotocol/')) {
    const pkg = packageOf(source)
    if (SPLIT2_SUBPATHS.has(source) || !SPLIT2_SUBPATHS.has(pkg)) return undefined
    return {
      message: `'${source}' is not an entry point of ${pkg} 2.x (the 2.x packages have no deep imports)`,
      fix:
        pkg === SPLIT2_SERVER
          ? `import from '${SPLIT2_SERVER}' (stdio: '${SPLIT2_SERVER}/stdio')`
          : `import from '${pkg}'`
    }
  }
  return undefined
}
