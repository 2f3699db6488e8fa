import { afterEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js'
import { UserError } from '../../src/errors.js'
import { Timeline } from '../../src/report/timeline.js'
import { TerminalUi } from '../../src/report/ui.js'
import { backoffMs, smokeTest } from '../../src/verify/smoke.js'

/**
 * A real stateless MCP server (the SDK's own) behind a small gate that plays the Functions
 * front: it can answer 503 for the first requests (a cold start) and checks x-functions-key.
 */
interface Gate {
  coldAnswers?: number
  key?: string
  tools?: string[]
  /** Always answer this (status, body) instead of MCP. */
  always?: [number, string]
  /** One McpServer for every request (the reuse the concurrency round must catch). */
  reuse?: boolean
  /** Tools that take no arguments answer after this many ms (so calls overlap). */
  slowMs?: number
  calls?: string[]
}

const servers: http.Server[] = []
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      s =>
        new Promise<void>(r => {
          s.close(() => r())
          s.closeAllConnections()
        })
    )
  )
})

async function serve(gate: Gate): Promise<{ endpoint: string; hits: () => number }> {
  let hits = 0
  let cold = gate.coldAnswers ?? 0
  let shared: McpServer | undefined
  const build = (): McpServer => {
    const server = new McpServer({ name: 'gate-test', version: '2.0.1' })
    for (const name of gate.tools ?? ['zeta', 'alpha', 'mid']) {
      server.registerTool(name, { description: name }, async () => {
        gate.calls?.push(name)
        if (gate.slowMs) await new Promise(r => setTimeout(r, gate.slowMs))
        return { content: [{ type: 'text', text: name }] }
      })
    }
    return server
  }
  const srv = http.createServer(async (req, res) => {
    hits++
    if (gate.always) {
      res.writeHead(gate.always[0], { 'content-type': 'text/plain' }).end(gate.always[1])
      return
    }
    if (cold > 0) {
      cold--
      res.writeHead(503, { 'content-type': 'text/plain' }).end('Function host is not running.')
      return
    }
    const url = new URL(req.url ?? '/', 'http://x')
    if (
      gate.key &&
      req.headers['x-functions-key'] !== gate.key &&
      url.searchParams.get('code') !== gate.key
    ) {
      res.writeHead(401).end()
      return
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end()
      return
    }
    const server = gate.reuse ? (shared ??= build()) : build()
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined })
    res.on('close', () => {
      void transport.close()
      if (!gate.reuse) void server.close()
    })
    try {
      await server.connect(transport)
      await transport.handleRequest(req, res)
    } catch (err) {
      // what express-style handlers do with a thrown error
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err))
    }
  })
  servers.push(srv)
  await new Promise<void>(r => srv.listen(0, '127.0.0.1', r))
  return {
    endpoint: `http://127.0.0.1:${(srv.address() as AddressInfo).port}/mcp`,
    hits: () => hits
  }
}

function recorder(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = []
  return { waits, sleep: async ms => void waits.push(ms) }
}

function ui(): { ui: TerminalUi; lines: string[] } {
  const lines: string[] = []
  return { ui: new TerminalUi(l => lines.push(l)), lines }
}

async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p
  } catch (err) {
    expect(err).toBeInstanceOf(UserError)
    return (err as Error).message
  }
  throw new Error('expected the smoke test to fail')
}

describe('smokeTest', () => {
  it('initializes, lists tools sorted, and sees the keyless request refused', async () => {
    const { endpoint } = await serve({ key: 'k1' })
    const { sleep, waits } = recorder()
    const u = ui()
    const r = await smokeTest({ endpoint, key: 'k1', authLevel: 'function', ui: u.ui, sleep })
    expect(r.tools).toEqual(['alpha', 'mid', 'zeta'])
    expect(r.serverName).toBe('gate-test')
    expect(r.serverVersion).toBe('2.0.1')
    expect(r.protocolVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(r.keyRefused).toBe(true)
    expect(waits).toEqual([])
    expect(u.lines.join('\n')).not.toContain('k1')
    expect(u.lines.join('\n')).toContain('refused (HTTP 401)')
  })

  it('waits out a cold start with backoff (injected sleep)', async () => {
    const { endpoint } = await serve({ key: 'k1', coldAnswers: 2 })
    const { sleep, waits } = recorder()
    const r = await smokeTest({ endpoint, key: 'k1', authLevel: 'function', ui: ui().ui, sleep })
    expect(r.tools).toHaveLength(3)
    expect(waits).toEqual([1000, 2000])
  })

  it('a wait for the app shows on the run timeline as its cold start; a warm app has none', async () => {
    const cold = await serve({ key: 'k1', coldAnswers: 2 })
    const { sleep } = recorder()
    const timeline = new Timeline()
    const opts = { key: 'k1', authLevel: 'function' as const, ui: ui().ui, sleep }
    await timeline.run(() =>
      timeline.mark('smoke test', () => smokeTest({ endpoint: cold.endpoint, ...opts }))
    )
    const coldStart = timeline.phases.find(p => p.name === 'cold start')
    expect(coldStart).toMatchObject({ depth: 1, failed: false })
    const warm = await serve({ key: 'k1' })
    const again = new Timeline()
    await again.run(() =>
      again.mark('smoke test', () => smokeTest({ endpoint: warm.endpoint, ...opts }))
    )
    expect(again.phases.map(p => p.name)).toEqual(['smoke test'])
  })

  it('gives up after the bounded attempts and shows the server answer', async () => {
    const { endpoint, hits } = await serve({ always: [503, 'Function host is not running.'] })
    const { sleep, waits } = recorder()
    const msg = await failure(
      smokeTest({ endpoint, key: 'k1', authLevel: 'function', ui: ui().ui, attempts: 3, sleep })
    )
    expect(msg).toContain('MCP initialize after 3 attempts')
    expect(msg).toContain('HTTP 503: Function host is not running.')
    expect(waits).toEqual([1000, 2000])
    expect(hits()).toBe(4) // 3 tries + the diagnostic POST
  })

  it('a refused key fails at once, saying so', async () => {
    const { endpoint } = await serve({ key: 'right' })
    const { sleep, waits } = recorder()
    const msg = await failure(
      smokeTest({ endpoint, key: 'wrong', authLevel: 'function', ui: ui().ui, sleep })
    )
    expect(msg).toContain('MCP initialize')
    expect(msg).toContain('HTTP 401')
    expect(msg).toContain('the key was refused')
    expect(waits).toEqual([])
  })

  it('a 421 names the Host-header cause', async () => {
    const { endpoint } = await serve({ always: [421, 'Invalid Host header'] })
    const msg = await failure(
      smokeTest({ endpoint, authLevel: 'function', ui: ui().ui, sleep: recorder().sleep })
    )
    expect(msg).toContain('HTTP 421: Invalid Host header')
    expect(msg).toContain('enableProxyingHttpRequest')
  })

  it('fails when a request without the key is let in', async () => {
    const { endpoint } = await serve({})
    const msg = await failure(
      smokeTest({
        endpoint,
        key: 'k1',
        authLevel: 'function',
        ui: ui().ui,
        sleep: recorder().sleep
      })
    )
    expect(msg).toContain('key check')
    expect(msg).toMatch(/HTTP 200/)
  })

  it('anonymous: no key check, a warning instead', async () => {
    const { endpoint } = await serve({})
    const u = ui()
    const r = await smokeTest({
      endpoint,
      authLevel: 'anonymous',
      ui: u.ui,
      sleep: recorder().sleep
    })
    expect(r.keyRefused).toBe('anonymous')
    expect(u.lines.join('\n')).toMatch(/warning: .*anonymous: anyone who knows the URL/)
  })

  it('no server at all: retried, then "no HTTP answer"', async () => {
    const { endpoint } = await serve({})
    const s = servers.pop()!
    await new Promise<void>(r => s.close(() => r()))
    const { sleep, waits } = recorder()
    const msg = await failure(
      smokeTest({ endpoint, key: 'k', authLevel: 'function', ui: ui().ui, attempts: 2, sleep })
    )
    expect(msg).toContain('no HTTP answer')
    expect(waits).toEqual([1000])
  })

  it('a concurrency round: overlapping tools/list and tools/call pass on a per-request server', async () => {
    const calls: string[] = []
    const { endpoint } = await serve({ key: 'k', slowMs: 50, calls })
    const { ui: u, lines } = ui()
    const r = await smokeTest({
      endpoint,
      key: 'k',
      authLevel: 'function',
      ui: u,
      sleep: async () => {}
    })
    expect(r.tools).toEqual(['alpha', 'mid', 'zeta'])
    // one tool (the first without required arguments) called 4 times, overlapping
    expect(calls).toEqual(['zeta', 'zeta', 'zeta', 'zeta'])
    expect(lines.join('\n')).toContain(
      'MCP concurrency round: 8 overlapping tools/list and 4 tools/call zeta, all answered'
    )
  })

  it('a server reused across requests fails the concurrency round, naming the cause', async () => {
    const { endpoint } = await serve({ key: 'k', slowMs: 200, reuse: true })
    const msg = await failure(
      smokeTest({ endpoint, key: 'k', authLevel: 'function', ui: ui().ui, sleep: async () => {} })
    )
    expect(msg).toContain('smoke test failed at the concurrency round')
    expect(msg).toContain('Already connected to a transport')
    expect(msg).toContain('create the server and the transport inside the request handler')
  })

  it('the round calls no tool that needs arguments or says it is destructive', async () => {
    const { toolForRound } = await import('../../src/verify/smoke.js')
    expect(
      toolForRound([
        { name: 'a', inputSchema: { required: ['x'] } },
        { name: 'b', annotations: { destructiveHint: true } },
        { name: 'c' },
        { name: 'd', annotations: { readOnlyHint: true } }
      ])?.name
    ).toBe('d')
    expect(toolForRound([{ name: 'a', inputSchema: { required: ['x'] } }])).toBeUndefined()
  })

  it('backoff doubles up to 15 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(backoffMs)).toEqual([
      1000, 2000, 4000, 8000, 15000, 15000, 15000
    ])
  })
})
