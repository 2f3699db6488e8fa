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
      return `fastmcp${extras}>=2.3,<3`
    default:
      return `mcp${extras}>=2,<3`
  }
}
