import { afterAll, describe, expect, it } from '@jest/globals'
import { scanProject } from '../../src/project/scan.js'
import { fixtureCopy } from '../helpers/fixture.js'
import { cleanup, rules, run, tree, pkgJson, SDK1_OK } from './helpers.js'

afterAll(cleanup)

const codeRules = (fs: Array<{ rule: string; severity: string }>) =>
  rules(fs as never).filter(r => r.includes('node-'))

describe('the port, as the host passes it', () => {
  it('%FUNCTIONS_CUSTOMHANDLER_PORT% in arguments counts as reading the port', async () => {
    const p = await scanProject(fixtureCopy('node-port-argument'))
    expect(p.host?.portArgument).toBe(true)
    expect(codeRules(p.findings)).toEqual([])
    // the same server without the argument: the port is unknown to the host
    const bare = await scanProject(
      fixtureCopy('node-port-argument', {
        'host.json': JSON.stringify({
          version: '2.0',
          extensions: { http: { routePrefix: '' } },
          customHandler: {
            description: { defaultExecutablePath: 'node', arguments: ['server.js'] },
            enableProxyingHttpRequest: true
          }
        })
      })
    )
    expect(codeRules(bare.findings)).toEqual(['notice node-code/port-unknown'])
  })
})

describe('the path the server answers MCP on', () => {
  it('express route, node:http with and without a path check, hono with createMcpHandler', async () => {
    expect((await run('node-sdk1-express')).facts.mcpPaths).toEqual(['/mcp'])
    expect((await run('node-port-argument')).facts.mcpPaths).toEqual(['*'])
    expect((await run('node-factory-reuse')).facts.mcpPaths).toEqual(['/mcp'])
    const checked = tree({
      'package.json': pkgJson(SDK1_OK),
      'index.js': `import http from 'node:http'
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js'
http.createServer(async (req, res) => {
  if (new URL(req.url, 'http://x').pathname !== '/api/mcp') return void res.writeHead(404).end()
  const s = new McpServer({ name: 'x', version: '1' })
  const t = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined })
  await s.connect(t)
  await t.handleRequest(req, res)
}).listen(Number(process.env.FUNCTIONS_CUSTOMHANDLER_PORT))
`
    })
    expect((await run(checked)).facts.mcpPaths).toEqual(['/api/mcp'])
    const hono = tree({
      'package.json': pkgJson({
        '@modelcontextprotocol/server': '^2.0.0',
        '@modelcontextprotocol/hono': '^2.0.0',
        '@hono/node-server': '^1.14.0'
      }),
      'index.js': `import { serve } from '@hono/node-server'
import { createMcpHonoApp } from '@modelcontextprotocol/hono'
import { createMcpHandler, McpServer } from '@modelcontextprotocol/server'
const handler = createMcpHandler(() => new McpServer({ name: 'h', version: '1' }))
const app = createMcpHonoApp()
app.all('/v1/mcp', c => handler.fetch(c.req.raw))
serve({ fetch: app.fetch, port: Number(process.env.FUNCTIONS_CUSTOMHANDLER_PORT) })
`
    })
    expect((await run(hono)).facts.mcpPaths).toEqual(['/v1/mcp'])
  })
})
