/**
 * `target: local` rehearses endpoint-auth entra: the whole pipeline in-process on the Node
 * example (real npm, real SDK): the staged function is anonymous (the repo untouched), a loopback
 * issuer and the platform's gate stand in front of the host, the door answers 401 with the
 * resource metadata, and the MCP smoke test runs with a bearer token. Outputs carry no key.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readSettings } from '../../src/inputs.js'
import { runPipeline } from '../../src/main.js'
import { REPO, treeHash } from '../helpers/fixture.js'
import { RecordingUi } from '../../test-support/azure-emulator/fixtures.js'

const ID = '5d1f0a4e-3c2b-4a1d-9e8f-7a6b5c4d3e2f'
const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
})

function workspace(): string {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'mfd-entra-'))
  dirs.push(ws)
  fs.cpSync(path.join(REPO, 'examples', 'weather-node'), path.join(ws, 'server'), {
    recursive: true,
    filter: src => !/[\\/]node_modules([\\/]|$)/.test(src)
  })
  return ws
}

describe('target local with endpoint-auth entra', () => {
  it('rehearses the sign-in: anonymous function behind the gate, 401 + metadata, MCP with a token, no key anywhere', async () => {
    const ws = workspace()
    const before = treeHash(ws)
    const inputs: Record<string, string> = {
      mode: 'deploy',
      target: 'local',
      path: 'server',
      'local-port': '0',
      'endpoint-auth': 'entra',
      'entra-client-id': ID
    }
    const settings = readSettings(n => inputs[n], {
      GITHUB_WORKSPACE: ws,
      RUNNER_TEMP: ws + '-tmp'
    })
    fs.mkdirSync(settings.tempDir, { recursive: true })
    dirs.push(settings.tempDir)
    const ui = new RecordingUi()
    const prevCache = process.env.MCP_FUNCTIONS_DEPLOY_CACHE_DIR
    process.env.MCP_FUNCTIONS_DEPLOY_CACHE_DIR = path.join(settings.tempDir, 'cache')
    let result
    try {
      result = await runPipeline(settings, ui, { serve: true })
    } finally {
      if (prevCache === undefined) delete process.env.MCP_FUNCTIONS_DEPLOY_CACHE_DIR
      else process.env.MCP_FUNCTIONS_DEPLOY_CACHE_DIR = prevCache
    }
    try {
      expect(result.failure).toBeUndefined()
      expect(treeHash(ws)).toBe(before) // the repo keeps its function level
      expect(ui.text()).toContain(
        'mcp-handler/function.json: function level anonymous in the package (endpoint-auth entra)'
      )
      const { endpoint, tools } = ui.outputs
      expect(JSON.parse(tools)).toEqual(['get_alerts', 'get_forecast'])
      expect(ui.outputs.key).toBeUndefined()
      const cfg = JSON.parse(ui.outputs['mcp-config'])
      expect(cfg.servers.server).toEqual({ type: 'http', url: endpoint })
      expect(cfg.inputs).toEqual([])
      expect(ui.text()).toMatch(/without a token: refused \(HTTP 401, Bearer challenge/)
      // the summary's sign-in table
      const summary = ui.sections.join('\n\n')
      const table = summary.slice(summary.indexOf('### Sign-in'))
      expect(table).toContain(`| App registration | ${ID} |`)
      // cells are escaped markdown (the check's line can carry a token service's text)
      expect(table).toContain(`| Scope (resource metadata) | api://${ID}/user\\_impersonation |`)
      expect(table).toMatch(/\| Checked \| door and room/)
      // the door, while it serves: no token, a foreign token, the metadata
      const res = await fetch(endpoint, { method: 'POST', body: '{}' })
      expect(res.status).toBe(401)
      const forged = 'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ4In0.c2ln'
      const res2 = await fetch(endpoint, {
        method: 'POST',
        headers: { authorization: `Bearer ${forged}` },
        body: '{}'
      })
      expect(res2.status).toBe(401)
      expect(res2.headers.get('www-authenticate')).toMatch(/error="invalid_token"/)
      const meta = (await (
        await fetch(new URL('/.well-known/oauth-protected-resource', endpoint))
      ).json()) as { authorization_servers: string[] }
      expect(meta.authorization_servers[0]).toMatch(
        /^http:\/\/127\.0\.0\.1:\d+\/[-0-9a-f]+\/v2\.0$/
      )
    } finally {
      await result.deployment?.stop()
    }
  }, 180000)
})
