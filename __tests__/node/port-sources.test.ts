import { afterAll, describe, expect, it } from '@jest/globals'
import { cleanup, run, tree, pkgJson, SDK1_OK } from './helpers.js'

afterAll(cleanup)

const server = (listen: string, extra = '') => `import http from 'node:http'
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js'
${extra}
http.createServer(async (req, res) => {
  const s = new McpServer({ name: 'x', version: '1' })
  const t = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined })
  await s.connect(t)
  await t.handleRequest(req, res)
}).${listen}
`
const portRules = async (files: Record<string, string>) =>
  (await run(tree({ 'package.json': pkgJson(SDK1_OK), ...files }))).findings
    .filter(f => f.rule.startsWith('node-code/port'))
    .map(f => `${f.severity} ${f.rule}: ${f.message.slice(0, 60)}`)

describe('port sources', () => {
  const cases: Array<[string, Record<string, string>]> = [
    ['process.env.PORT', { 'index.js': server('listen(process.env.PORT)') }],
    ["process.env['PORT']", { 'index.js': server("listen(process.env['PORT'])") }],
    [
      'a named import from a config module',
      {
        'index.js': server('listen(port)', "import { port } from './config.js'"),
        'config.js': 'export const port = Number(process.env.PORT)\n'
      }
    ],
    [
      'a default-exported config object',
      {
        'index.js': server('listen(config.port)', "import config from './config.js'"),
        'config.js': 'export default { port: process.env.PORT ?? 3000 }\n'
      }
    ],
    [
      'a function in a local module',
      {
        'index.js': server('listen(getPort())', "import { getPort } from './config.js'"),
        'config.js': 'export function getPort() { return Number(process.env.PORT || 3000) }\n'
      }
    ],
    [
      'a CommonJS config',
      {
        'index.js': server('listen(cfg.port)', "import cfg from './config.cjs'"),
        'config.cjs': 'module.exports = { port: parseInt(process.env.PORT, 10) }\n'
      }
    ],
    [
      'a let assigned later',
      {
        'index.js': server(
          'listen(port)',
          'let port = 3000\nif (process.env.PORT) port = Number(process.env.PORT)'
        )
      }
    ]
  ]
  for (const [name, files] of cases) {
    it(name, async () => {
      const r = await portRules(files)
      expect([name, r.length, r.join(' | ')]).toEqual([
        name,
        1,
        expect.stringMatching(/^error node-code\/port: /)
      ])
    })
  }
})
