import { afterAll, describe, expect, it } from '@jest/globals'
import { cleanup, rules, run, tree, pkgJson, SDK1_OK } from './helpers.js'

afterAll(cleanup)

describe('a server made by a factory', () => {
  it('a factory called once at module level (Microsoft sample pattern, in another module): server-reused', async () => {
    const { findings } = await run('node-factory-reuse', { layout: 'profile', hostPort: 3100 })
    const reuse = findings.filter(f => f.rule === 'node-code/server-reused')
    expect(reuse).toHaveLength(1)
    expect(reuse[0]).toMatchObject({ severity: 'error', file: 'src/main.ts', line: 7 })
    expect(reuse[0].message).toContain('one McpServer is made by makeNotesServer()')
    expect(reuse[0].fix).toContain('const server = makeNotesServer()')
  })
})

const serverJs = (body: string) => `import express from 'express'
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js'
${body}
const app = express()
app.use(express.json())
app.post('/mcp', async (req, res) => {
  const server = getServer()
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined })
  await server.connect(transport)
  await transport.handleRequest(req, res, req.body)
})
app.listen(Number(process.env.FUNCTIONS_CUSTOMHANDLER_PORT ?? 3000))
`

describe('factories called per request', () => {
  it('a factory called inside the handler is fine', async () => {
    const dir = tree({
      'package.json': pkgJson(SDK1_OK, { main: 'index.js' }),
      'index.js': serverJs(
        `function getServer() { const s = new McpServer({ name: 'x', version: '1' }); return s }`
      )
    })
    expect(rules((await run(dir)).findings)).toEqual([])
  })

  it('a factory that caches its server in a module variable still hands out one server', async () => {
    const dir = tree({
      'package.json': pkgJson(SDK1_OK, { main: 'index.js' }),
      'index.js': serverJs(
        `let cached\nfunction getServer() { if (!cached) cached = new McpServer({ name: 'x', version: '1' }); return cached }`
      )
    })
    expect(rules((await run(dir)).findings)).toEqual(['error node-code/server-reused'])
  })
})

describe('the SDK stateless examples, reproduced', () => {
  it('1.x: getServer() per request, createMcpExpressApp, a fixed port: right for the profile on that port', async () => {
    const classic = await run('node-sdk1-stateless-example')
    expect(rules(classic.findings)).toEqual(['error node-code/port'])
    expect(classic.facts).toMatchObject({ listenPort: 3000, mcpPaths: ['/mcp'], hostGuard: true })
    const profile = await run('node-sdk1-stateless-example', { layout: 'profile', hostPort: 3000 })
    expect(rules(profile.findings)).toEqual([])
  })

  it('2.x: createMcpHandler(factory) behind createMcpHonoApp on /mcp', async () => {
    const { facts, findings } = await run('node-split2-hono')
    expect(rules(findings)).toEqual([])
    expect(facts).toMatchObject({ mcpPaths: ['/mcp'], listenPort: 3000 })
    expect(facts.sdk?.line2).toBe('split2')
  })
})
