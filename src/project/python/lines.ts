/** What each SDK line needs: import, versions with its API, transports, examples. */
import type { PythonApiLine } from './code.js'

interface LineSpec {
  pkg: 'mcp' | 'fastmcp'
  label: string
  importText: string
  /** Versions in which the code's API (import + streamable HTTP) exists: [from, to). */
  from: string
  to?: string
  /** Why versions below `from` do not work. */
  belowWhy: string
  streamable: string[]
  runExample: string
}

export const LINES: Record<PythonApiLine, LineSpec> = {
  mcp1: {
    pkg: 'mcp',
    label: 'mcp 1.x (FastMCP)',
    importText: 'from mcp.server.fastmcp import FastMCP',
    from: '1.8',
    to: '2',
    belowWhy: 'mcp before 1.8 has no streamable HTTP transport',
    streamable: ['streamable-http'],
    runExample: 'mcp.run(transport="streamable-http")'
  },
  mcp2: {
    pkg: 'mcp',
    label: 'mcp 2.x (MCPServer)',
    importText: 'from mcp.server.mcpserver import MCPServer',
    from: '2',
    belowWhy: 'mcp 1.x has no mcp.server.mcpserver module',
    streamable: ['streamable-http'],
    runExample:
      'mcp.run(transport="streamable-http", port=int(os.environ.get("FUNCTIONS_CUSTOMHANDLER_PORT", 8000)), stateless_http=True)'
  },
  fastmcp: {
    pkg: 'fastmcp',
    label: 'fastmcp (standalone)',
    importText: 'from fastmcp import FastMCP',
    from: '2.3',
    belowWhy: 'fastmcp before 2.3 has no streamable HTTP transport',
    streamable: ['http', 'streamable-http'],
    runExample:
      'mcp.run(transport="http", port=int(os.environ.get("FUNCTIONS_CUSTOMHANDLER_PORT", 8000)), stateless_http=True)'
  }
}

/** mcp 1.23.0 made FastMCP turn on DNS-rebinding protection (Host allow-list, 421) when bound to localhost. */
export const MCP_HOST_GUARD_SINCE = '1.23.0'
export const PORT_ENV = 'FUNCTIONS_CUSTOMHANDLER_PORT'
export const SDK_DEFAULT_PORT = 8000
export const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1'])

export function sdkLine(apiLine: PythonApiLine | undefined, extras = ''): string {
  switch (apiLine) {
    case 'mcp1':
      return `mcp${extras}>=1.8,<2`
    case 'fastmcp':
      return `fastmcp${extras}>=2.3,<${CURRENT_MAJOR.fastmcp + 1}`
    default:
      return `mcp${extras}>=2,<3`
  }
}

/**
 * The newest major line of each SDK package the checker knows: a range it proposes is bounded above
 * that line, never below it (bounding a bare `fastmcp` at `<3` would downgrade 4.x code silently).
 */
export const CURRENT_MAJOR = { mcp: 2, fastmcp: 4 } as const

/**
 * fastmcp's API by line, read from the published wheels (FastMCP.__init__ and run_http_async of
 * 2.14, 3.4 and 4.2): 3.0 removed these constructor keywords (`_REMOVED_KWARGS`: "FastMCP() no
 * longer accepts `port`", a TypeError); they all have a run()/http_app() or setting equivalent.
 */
export const FASTMCP_CTOR_REMOVED_IN_3 = [
  'host',
  'port',
  'sse_path',
  'message_path',
  'streamable_http_path',
  'json_response',
  'stateless_http',
  'debug',
  'log_level',
  'on_duplicate_tools',
  'on_duplicate_resources',
  'on_duplicate_prompts',
  'tool_serializer',
  'include_tags',
  'exclude_tags',
  'tool_transformations'
]
/** 4.0 removed server-initiated sampling from the constructor. */
export const FASTMCP_CTOR_REMOVED_IN_4 = ['sampling_handler', 'sampling_handler_behavior']
/** run()/run_http_async()/http_app() keywords that exist from 3.0 on (2.x: TypeError). */
export const FASTMCP_RUN_SINCE_3 = [
  'host_origin_protection',
  'allowed_hosts',
  'allowed_origins',
  'stateless'
]
