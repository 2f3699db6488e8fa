// A stateless MCP server on the official TypeScript SDK (1.x), ready for Azure Functions as a
// custom handler: a fresh McpServer and transport per request, no sessions, and the port the
// Functions host gives in FUNCTIONS_CUSTOMHANDLER_PORT.
import http from 'node:http'
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js'
import { z } from 'zod'

const port = Number(process.env.FUNCTIONS_CUSTOMHANDLER_PORT ?? 3000)

// No network here: the weather is computed from the city's name, the same every time.
function forecast(city, days) {
  const seed = [...city.toLowerCase()].reduce((sum, c) => sum + c.charCodeAt(0), 0)
  const kinds = ['sunny', 'cloudy', 'rain', 'showers', 'windy', 'fog']
  return Array.from({ length: days }, (_, d) => ({
    day: d + 1,
    summary: kinds[(seed + 3 * d) % kinds.length],
    highC: 12 + ((seed + 5 * d) % 15),
    lowC: 2 + ((seed + 5 * d) % 9)
  }))
}

function buildServer() {
  const server = new McpServer({ name: 'weather', version: '1.0.0' })
  server.registerTool(
    'get_forecast',
    {
      title: 'Forecast',
      description: 'Weather forecast for a city, for 1 to 7 days.',
      inputSchema: {
        city: z.string().min(1).describe('City name'),
        days: z.number().int().min(1).max(7).default(3)
      }
    },
    async ({ city, days }) => {
      const lines = forecast(city, days).map(
        f => `Day ${f.day}: ${f.summary}, ${f.lowC}–${f.highC} °C`
      )
      return { content: [{ type: 'text', text: `Forecast for ${city}:\n${lines.join('\n')}` }] }
    }
  )
  server.registerTool(
    'get_alerts',
    {
      title: 'Alerts',
      description: 'Active weather alerts for a US state (two-letter code).',
      inputSchema: { state: z.string().length(2).describe('Two-letter US state code, e.g. CA') }
    },
    async ({ state }) => ({
      content: [{ type: 'text', text: `No active alerts for ${state.toUpperCase()}.` }]
    })
  )
  return server
}

function jsonRpcError(res, status, message) {
  res.writeHead(status, {
    'content-type': 'application/json',
    ...(status === 405 ? { allow: 'POST' } : {})
  })
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }))
}

const httpServer = http.createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost')
  if (pathname !== '/mcp') return jsonRpcError(res, 404, 'Not found: the MCP endpoint is /mcp')
  // Stateless: no GET stream and no session to DELETE.
  if (req.method !== 'POST') return jsonRpcError(res, 405, 'Method not allowed.')
  const server = buildServer()
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined })
  res.on('close', () => {
    void transport.close()
    void server.close()
  })
  try {
    await server.connect(transport)
    await transport.handleRequest(req, res)
  } catch (err) {
    console.error('error handling MCP request:', err)
    if (!res.headersSent) jsonRpcError(res, 500, 'Internal server error')
  }
})

httpServer.listen(port, '127.0.0.1', () =>
  console.log(`weather MCP server listening on 127.0.0.1:${port}/mcp`)
)

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => httpServer.close(() => process.exit(0)))
}
