import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ProjectFiles } from '../../src/project/files.js'
import { checkNode, loadNode } from '../../src/project/node/index.js'
import type { NodeFacts } from '../../src/project/node/index.js'
import type { Finding, RuleContext } from '../../src/project/types.js'

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')

const made: string[] = []

/** A temp server folder holding `files` (path → text). */
export function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mfd-node-'))
  made.push(dir)
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), text)
  }
  return dir
}

export function cleanup(): void {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true })
}

export const CLASSIC: RuleContext = { layout: 'classic' }

export async function run(
  dir: string,
  ctx: RuleContext = CLASSIC
): Promise<{ facts: NodeFacts; findings: Finding[] }> {
  const files = new ProjectFiles(path.isAbsolute(dir) ? dir : path.join(FIXTURES, dir))
  const facts = await loadNode(files, ctx)
  return { facts, findings: checkNode(files, facts, ctx) }
}

/** "severity rule" of each finding, sorted: compact to assert on. */
export function rules(findings: Finding[]): string[] {
  return findings.map(f => `${f.severity} ${f.rule}`).sort()
}

export function pkgJson(deps: Record<string, string>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify(
    {
      name: 'srv',
      version: '1.0.0',
      type: 'module',
      main: 'index.js',
      ...extra,
      dependencies: deps
    },
    null,
    2
  )
}

export const SDK1_OK = { '@modelcontextprotocol/sdk': '^1.26.0', express: '^5.1.0' }
export const SPLIT2_OK = {
  '@modelcontextprotocol/server': '^2.4.0',
  '@modelcontextprotocol/node': '^2.1.0'
}

/** A correct stateless 1.x express server; `body` replaces the request handler's body when given. */
export function sdk1Server(opts: { handler?: string; top?: string; listen?: string } = {}): string {
  return `import express from 'express'
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js'
${opts.top ?? ''}
const app = express()
app.use(express.json())
app.post('/mcp', async (req, res) => {
${
  opts.handler ??
  `  const server = new McpServer({ name: 's', version: '1.0.0' })
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined })
  await server.connect(transport)
  await transport.handleRequest(req, res, req.body)`
}
})
${opts.listen ?? 'app.listen(process.env.FUNCTIONS_CUSTOMHANDLER_PORT)'}
`
}
