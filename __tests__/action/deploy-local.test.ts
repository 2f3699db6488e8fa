import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { REPO, treeHash } from '../helpers/fixture.js'
import { runAction } from '../helpers/runner.js'

/** A workspace with a copy of an example at server/ (the repo itself is never touched). */
function workspace(example: string): string {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'mfd-deploy-'))
  fs.cpSync(path.join(REPO, 'examples', example), path.join(ws, 'server'), {
    recursive: true,
    filter: src => !/[\\/](node_modules|\.python_packages)([\\/]|$)/.test(src)
  })
  return ws
}

describe('dist/index.js deploy with target local (the whole pipeline, no Azure)', () => {
  it('packages, hosts, smoke-tests the Node example; the key is masked before anything can print it', async () => {
    const ws = workspace('weather-node')
    const before = treeHash(ws)
    const r = await runAction(
      ws,
      { mode: 'deploy', target: 'local', path: 'server', 'local-port': '0' },
      { MCP_FUNCTIONS_DEPLOY_CACHE_DIR: path.join(ws, '..', 'mfd-cache') }
    )
    expect([r.code, r.stderr.slice(-500)]).toEqual([0, expect.any(String)])
    expect(treeHash(ws)).toBe(before) // deploy works on a staged copy
    const { key, endpoint, tools, deployed } = r.outputs
    expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/)
    expect(JSON.parse(tools)).toEqual(['get_alerts', 'get_forecast'])
    expect(deployed).toBe('true')
    expect(key.length).toBeGreaterThan(20)
    // masked first, and never printed anywhere else
    const lines = r.stdout.split('\n')
    const maskAt = lines.findIndex(l => l === `::add-mask::${key}`)
    expect(maskAt).toBeGreaterThanOrEqual(0)
    expect(lines.findIndex(l => l.includes(key))).toBe(maskAt)
    expect(lines.filter(l => l.includes(key) && l !== `::add-mask::${key}`)).toEqual([])
    expect(r.stderr).not.toContain(key)
    // the mcp.json entry prompts for the key instead of holding it
    const cfg = JSON.parse(r.outputs['mcp-config'])
    expect(cfg.servers.server).toEqual({
      type: 'http',
      url: endpoint,
      headers: { 'x-functions-key': '${input:functions-key}' }
    })
    expect(cfg.inputs[0]).toMatchObject({ id: 'functions-key', password: true })
    expect(r.outputs['mcp-config']).not.toContain(key)
    // the zip outlives the run, in RUNNER_TEMP, with its hash
    expect(Number(r.outputs['package-bytes'])).toBeGreaterThan(1000)
    expect(r.outputs['package-sha256']).toMatch(/^[0-9a-f]{64}$/)
    expect(r.summary).toContain('### Deployment')
    const deployTable = r.summary.slice(r.summary.indexOf('### Deployment'))
    expect(deployTable.match(/^\| package \|/gim)).toHaveLength(1)
    expect(deployTable).toMatch(/^\| package \| \d+\.\d MiB, \d+ files, sha256 [0-9a-f]{12}…/m)
  }, 180000)

  it('package mode: a deterministic zip, the same hash twice, nothing deployed', async () => {
    const ws = workspace('weather-node')
    const env = { MCP_FUNCTIONS_DEPLOY_CACHE_DIR: path.join(ws, '..', 'mfd-cache') }
    const a = await runAction(ws, { mode: 'package', path: 'server' }, env)
    const b = await runAction(ws, { mode: 'package', path: 'server' }, env)
    expect([a.code, b.code]).toEqual([0, 0])
    expect(a.outputs['package-sha256']).toBe(b.outputs['package-sha256'])
    expect(a.outputs.endpoint).toBeUndefined()
    expect(a.outputs['package-path']).toMatch(/server\.zip$/)
  }, 180000)

  it('a server the package cannot make work stops before anything is built', async () => {
    const ws = workspace('weather-python')
    const script = path.join(ws, 'server', 'weather.py')
    const src = fs.readFileSync(script, 'utf8')
    fs.writeFileSync(script, src.replace(/mcp\.run\([^)]*\)/, 'mcp.run(transport="stdio")'))
    const r = await runAction(ws, { mode: 'deploy', target: 'local', path: 'server' })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('python-code/transport')
    expect(r.stdout).toMatch(
      /::error::the server cannot be hosted as it is: .*nothing was packaged/
    )
    expect(r.outputs['package-path']).toBeUndefined()
  })
})
