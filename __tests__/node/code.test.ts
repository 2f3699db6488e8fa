import { afterAll, describe, expect, it } from '@jest/globals'
import { cleanup, pkgJson, rules, run, SDK1_OK, sdk1Server, SPLIT2_OK, tree } from './helpers.js'
import type { RuleContext } from '../../src/project/types.js'

afterAll(cleanup)

const sdk1 = async (
  code: string,
  ctx?: RuleContext,
  extra: Record<string, string> = {}
): Promise<Awaited<ReturnType<typeof run>>> =>
  run(tree({ 'package.json': pkgJson(SDK1_OK), 'index.js': code, ...extra }), ctx)

const split2 = async (
  code: string,
  deps: Record<string, string> = {}
): Promise<Awaited<ReturnType<typeof run>>> =>
  run(tree({ 'package.json': pkgJson({ ...SPLIT2_OK, ...deps }), 'index.js': code }))

describe('fresh server and transport per request', () => {
  it('the pre-1.26 README pattern (module-level server, transport per request) is an error', async () => {
    const { findings } = await sdk1(
      sdk1Server({
        top: "const server = new McpServer({ name: 's', version: '1' })",
        handler: `  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined })
  await server.connect(transport)
  await transport.handleRequest(req, res, req.body)`
      })
    )
    expect(rules(findings)).toEqual(['error node-code/server-reused'])
    expect(findings[0].line).toBe(4)
  })

  it('server and transport made once in main() and used by a route registered there: both reused', async () => {
    const code = `import express from 'express'
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js'
async function main() {
  const server = new McpServer({ name: 's', version: '1' })
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined })
  const app = express()
  app.post('/mcp', async (req, res) => {
    await server.connect(transport)
    await transport.handleRequest(req, res, req.body)
  })
  process.on('SIGINT', () => transport.close())
  app.listen(process.env.FUNCTIONS_CUSTOMHANDLER_PORT)
}
main()
`
    expect(rules((await sdk1(code)).findings)).toEqual([
      'error node-code/server-reused',
      'error node-code/transport-reused'
    ])
  })

  it('a named handler function registered by reference is followed', async () => {
    const code = `import http from 'node:http'
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js'
const server = new McpServer({ name: 's', version: '1' })
async function serve(req, res) {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined })
  await server.connect(transport)
  await transport.handleRequest(req, res)
}
const handle = (req, res) => serve(req, res)
http.createServer(handle).listen(process.env.FUNCTIONS_CUSTOMHANDLER_PORT)
`
    expect(rules((await sdk1(code)).findings)).toEqual(['error node-code/server-reused'])
  })

  it('a factory in another module that returns a new server each call passes; one returning a singleton fails', async () => {
    const index = sdk1Server({
      top: "import { getServer } from './server.js'",
      handler: `  const server = getServer()
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined })
  await server.connect(transport)
  await transport.handleRequest(req, res, req.body)`
    })
    const fresh =
      "import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'\nexport const getServer = () => new McpServer({ name: 's', version: '1' })\n"
    expect((await sdk1(index, undefined, { 'server.js': fresh })).findings).toEqual([])
    const single =
      "import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'\nconst shared = new McpServer({ name: 's', version: '1' })\nexport function getServer() { return shared }\n"
    const { findings } = await sdk1(index, undefined, { 'server.js': single })
    expect(rules(findings)).toEqual(['error node-code/server-reused'])
    expect(findings[0]).toMatchObject({ file: 'server.js', line: 2 })
  })

  it('a module-level variable assigned per request is a warning (shared between concurrent requests)', async () => {
    const code = sdk1Server({
      top: 'let transport',
      handler: `  const server = new McpServer({ name: 's', version: '1' })
  transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined })
  await server.connect(transport)
  await transport.handleRequest(req, res, req.body)`
    })
    expect(rules((await sdk1(code)).findings)).toEqual(['warning node-code/shared-variable'])
  })
})

describe('stateless', () => {
  const withOptions = async (opts: string, top = ''): Promise<string[]> =>
    rules(
      (
        await sdk1(
          sdk1Server({
            top,
            handler: `  const server = new McpServer({ name: 's', version: '1' })
  const transport = new StreamableHTTPServerTransport(${opts})
  await server.connect(transport)
  await transport.handleRequest(req, res, req.body)`
          })
        )
      ).findings
    )

  it('a generator (function, imported function, crypto.randomUUID) is stateful', async () => {
    expect(
      await withOptions(
        '{ sessionIdGenerator: randomUUID }',
        "import { randomUUID } from 'node:crypto'"
      )
    ).toEqual(['error node-code/stateful-transport'])
    expect(await withOptions('{ sessionIdGenerator: crypto.randomUUID }')).toEqual([
      'error node-code/stateful-transport'
    ])
    expect(await withOptions('{ sessionIdGenerator() { return "x" } }')).toEqual([
      'error node-code/stateful-transport'
    ])
  })

  it('options in a const object, absent key, undefined or null are stateless', async () => {
    expect(
      await withOptions(
        'OPTS',
        'const OPTS = { sessionIdGenerator: undefined, enableJsonResponse: true }'
      )
    ).toEqual([])
    expect(await withOptions('{ enableJsonResponse: true }')).toEqual([])
    expect(await withOptions('{ sessionIdGenerator: null }')).toEqual([])
  })

  it('options decided at run time are a notice, never an error', async () => {
    expect(
      await withOptions('{ sessionIdGenerator: process.env.STATEFUL ? () => "x" : undefined }')
    ).toEqual(['notice node-code/stateless-unknown'])
    expect(await withOptions('{ ...base }', 'const base = JSON.parse(process.env.OPTS)')).toEqual([
      'notice node-code/stateless-unknown'
    ])
  })

  it('1.x without options is a warning when the range allows 1.24 and older (they throw), fine from 1.25', async () => {
    const code = sdk1Server({
      handler: `  const server = new McpServer({ name: 's', version: '1' })
  const transport = new StreamableHTTPServerTransport()
  await server.connect(transport)
  await transport.handleRequest(req, res, req.body)`
    })
    const at = async (spec: string): Promise<string[]> =>
      rules(
        (
          await run(
            tree({
              'package.json': pkgJson({ ...SDK1_OK, '@modelcontextprotocol/sdk': spec }),
              'index.js': code
            })
          )
        ).findings
      )
    expect(await at('^1.20.0')).toEqual(['warning node-code/transport-options'])
    expect(await at('^1.25.0')).toEqual([])
  })
})

describe('transports that cannot be hosted', () => {
  it('SSE alone is an error; stdio next to streamable HTTP is a warning', async () => {
    const sse = `import express from 'express'
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { SSEServerTransport } from '@modelcontextprotocol/sdk/server/sse.js'
const app = express()
app.get('/sse', async (req, res) => {
  const server = new McpServer({ name: 's', version: '1' })
  await server.connect(new SSEServerTransport('/messages', res))
})
app.listen(process.env.FUNCTIONS_CUSTOMHANDLER_PORT)
`
    expect(rules((await sdk1(sse)).findings)).toEqual(['error node-code/sse-transport'])
    const dual = sdk1Server({
      top: "import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js'\nif (process.argv.includes('--stdio')) { await new McpServer({ name: 's', version: '1' }).connect(new StdioServerTransport()) }"
    })
    expect(rules((await sdk1(dual)).findings)).toEqual(['warning node-code/stdio-transport'])
  })
})

describe('port', () => {
  const listen = async (line: string, ctx?: RuleContext, top = ''): Promise<string[]> =>
    rules((await sdk1(sdk1Server({ listen: line, top }), ctx)).findings)

  it('classic: FUNCTIONS_CUSTOMHANDLER_PORT (with any fallback, through consts and Number/parseInt) passes', async () => {
    expect(
      await listen(
        'app.listen(parseInt(process.env["FUNCTIONS_CUSTOMHANDLER_PORT"] || "8080", 10))'
      )
    ).toEqual([])
    expect(
      await listen(
        'app.listen(config.port)',
        undefined,
        'const config = { port: +(process.env.FUNCTIONS_CUSTOMHANDLER_PORT ?? 3000) }'
      )
    ).toEqual([])
    expect(
      await listen(
        'app.listen(port)',
        undefined,
        "import { env } from 'node:process'\nconst port = env.FUNCTIONS_CUSTOMHANDLER_PORT"
      )
    ).toEqual([])
  })

  it('classic: a fixed port, another env var, or no port is an error', async () => {
    expect(await listen('app.listen(3000)')).toEqual(['error node-code/port'])
    expect(await listen('app.listen(process.env.PORT)')).toEqual(['error node-code/port'])
    expect(await listen('app.listen()')).toEqual(['error node-code/port'])
  })

  it('another env var read before FUNCTIONS_CUSTOMHANDLER_PORT is a warning', async () => {
    expect(
      await listen('app.listen(process.env.PORT || process.env.FUNCTIONS_CUSTOMHANDLER_PORT)')
    ).toEqual(['warning node-code/port'])
  })

  it('profile: the env var or the literal customHandler.port pass; a different literal fails', async () => {
    const profile: RuleContext = { layout: 'profile', hostPort: 8000 }
    expect(await listen('app.listen(process.env.FUNCTIONS_CUSTOMHANDLER_PORT)', profile)).toEqual(
      []
    )
    expect(await listen('app.listen(process.env.PORT ?? 8000)', profile)).toEqual([])
    expect(await listen('app.listen(8080)', profile)).toEqual(['error node-code/port'])
  })

  it('a second listener on a fixed port next to the right one is only a notice', async () => {
    expect(
      await listen(
        'app.listen(process.env.FUNCTIONS_CUSTOMHANDLER_PORT)\nhealth.listen(9090)',
        undefined,
        "import http from 'node:http'\nconst health = http.createServer((q, s) => s.end('ok'))"
      )
    ).toEqual(['notice node-code/port'])
  })

  it('a port computed by a call is a notice', async () => {
    expect(
      await listen(
        'app.listen(getPort())',
        undefined,
        'function getPort() { return Math.floor(Math.random() * 1000) }'
      )
    ).toEqual(['notice node-code/port-unknown'])
  })

  it('@hono/node-server serve({ port }) is read too', async () => {
    const code = `import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js'
const app = new Hono()
app.all('/mcp', async c => {
  const server = new McpServer({ name: 's', version: '1' })
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined })
  await server.connect(transport)
  return transport.handleRequest(c.req.raw)
})
serve({ fetch: app.fetch, port: 3000 })
`
    const { findings } = await run(
      tree({
        'package.json': pkgJson({
          '@modelcontextprotocol/sdk': '^1.26.0',
          hono: '^4',
          '@hono/node-server': '^1'
        }),
        'index.js': code
      })
    )
    expect(rules(findings)).toEqual(['error node-code/port'])
  })
})

describe('2.x API', () => {
  it('createMcpHandler given a shared server, or a factory returning one, is an error', async () => {
    const base = `import { createServer } from 'node:http'
import { createMcpHandler, McpServer } from '@modelcontextprotocol/server'
import { toNodeHandler } from '@modelcontextprotocol/node'
const server = new McpServer({ name: 'a', version: '1' })
`
    const listen =
      'createServer(toNodeHandler(handler)).listen(process.env.FUNCTIONS_CUSTOMHANDLER_PORT)\n'
    expect(
      rules(
        (await split2(`${base}const handler = createMcpHandler(() => server)\n${listen}`)).findings
      )
    ).toEqual(['error node-code/server-reused'])
    expect(
      rules((await split2(`${base}const handler = createMcpHandler(server)\n${listen}`)).findings)
    ).toEqual(['error node-code/server-reused'])
    expect(
      rules(
        (
          await split2(
            `${base}const handler = createMcpHandler(() => server, { legacy: 'reject' })\n${listen}`
          )
        ).findings
      )
    ).toEqual(['error node-code/server-reused', 'warning node-code/legacy-rejected'])
  })

  it('1.x names imported from the 2.x packages (and 2.x names from 1.x) are errors', async () => {
    const code = `import { createServer } from 'node:http'
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/node'
import { McpServer } from '@modelcontextprotocol/server'
createServer(async (req, res) => {
  const server = new McpServer({ name: 'a', version: '1' })
  const t = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined })
  await server.connect(t)
  await t.handleRequest(req, res)
}).listen(process.env.FUNCTIONS_CUSTOMHANDLER_PORT)
`
    const { findings } = await split2(code)
    expect(findings.map(f => [f.rule, f.line])).toContainEqual(['node-code/wrong-sdk-api', 2])
    expect(findings.find(f => f.rule === 'node-code/wrong-sdk-api')?.fix).toContain(
      'NodeStreamableHTTPServerTransport'
    )
    const v1 = sdk1Server({
      top: "import { NodeStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js'"
    })
    expect(rules((await sdk1(v1)).findings)).toEqual(['error node-code/wrong-sdk-api'])
  })

  it('a 1.x subpath without .js and a 2.x deep import do not resolve', async () => {
    const v1 = sdk1Server().replace(
      "'@modelcontextprotocol/sdk/server/mcp.js'",
      "'@modelcontextprotocol/sdk/server/mcp'"
    )
    const r = await sdk1(v1)
    expect(rules(r.findings)).toEqual(['error node-code/sdk-import-path'])
    expect(r.findings[0].fix).toContain("'@modelcontextprotocol/sdk/server/mcp.js'")
    const v2 = `import { McpServer } from '@modelcontextprotocol/server/mcp.js'\nimport { createMcpHandler } from '@modelcontextprotocol/server'\nexport const h = createMcpHandler(() => new McpServer({ name: 'a', version: '1' }))\n`
    expect(rules((await split2(v2)).findings)).toContain('error node-code/sdk-import-path')
  })

  it('mixing both lines in code is a warning', async () => {
    const code = `${sdk1Server()}import { McpServer as McpServer2 } from '@modelcontextprotocol/server'\n`
    const { findings } = await run(
      tree({
        'package.json': pkgJson({ ...SDK1_OK, '@modelcontextprotocol/server': '^2.4.0' }),
        'index.js': code
      })
    )
    expect(rules(findings)).toEqual([
      'notice node-deps/two-sdk-lines',
      'warning node-code/mixed-sdk-lines'
    ])
  })
})

describe('code that cannot be read or decided', () => {
  it('a syntax error is an error at its position', async () => {
    const { findings } = await sdk1(
      'import express from "express"\nconst app = express()\napp.listen(1))\n'
    )
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'node-code/syntax-error',
        severity: 'error',
        file: 'index.js',
        line: 3,
        column: 14
      })
    ])
  })

  it('a transport made dynamically is a notice', async () => {
    const code = `import * as sdk from '@modelcontextprotocol/sdk/server/streamableHttp.js'
const name = process.env.T
export const make = () => new sdk[name]({})
`
    expect(rules((await sdk1(code)).findings)).toEqual(['notice node-code/transport-not-found'])
  })

  it('namespace imports and CommonJS member access resolve', async () => {
    const code = `const express = require('express')
const mcp = require('@modelcontextprotocol/sdk/server/mcp.js')
const http = require('@modelcontextprotocol/sdk/server/streamableHttp.js')
const server = new mcp.McpServer({ name: 's', version: '1' })
const app = express()
app.post('/mcp', async (req, res) => {
  const t = new http.StreamableHTTPServerTransport({ sessionIdGenerator: () => 'fixed' })
  await server.connect(t)
  await t.handleRequest(req, res, req.body)
})
app.listen(process.env.FUNCTIONS_CUSTOMHANDLER_PORT)
`
    const { findings } = await run(
      tree({
        'package.json': JSON.stringify({ name: 'c', main: 'index.js', dependencies: SDK1_OK }),
        'index.js': code
      })
    )
    expect(rules(findings)).toEqual([
      'error node-code/server-reused',
      'error node-code/stateful-transport'
    ])
  })
})
