import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { smokeTest } from '../../src/verify/smoke.js'
import {
  INIT_BODY,
  KEY,
  MCP_HEADERS,
  PYTHON,
  PYTHONPATH_SETTING,
  ROOT,
  captureUi,
  copyApp,
  host,
  noSleep,
  removeTemps,
  request,
  stopAll
} from './helpers.js'

/**
 * The real thing: examples/weather-python on mcp 2.x, installed into .python_packages from this
 * machine's local package index (no internet), hosted like the Functions host does.
 */
const LOCAL_INDEX = '/opt/pypi/simple'

afterEach(stopAll)
afterAll(removeTemps)

async function preparedExample(): Promise<string> {
  const app = await copyApp(path.join(ROOT, 'examples/weather-python'))
  const target = path.join(app, '.python_packages/lib/site-packages')
  const args = [
    '-m',
    'pip',
    'install',
    '--quiet',
    '--disable-pip-version-check',
    '--no-warn-conflicts',
    '--target',
    target,
    '-r',
    'requirements.txt'
  ]
  // Only the local index: the configured default index is unreachable here and pip would retry it.
  if (existsSync(LOCAL_INDEX)) args.push('--index-url', `file://${LOCAL_INDEX}`)
  const r = spawnSync(PYTHON, args, { cwd: app, encoding: 'utf8', timeout: 90000 })
  // The machine's local index is this test's documented resource: a failed install fails the test.
  expect([r.status, (r.stderr || r.error?.message || '').slice(-400)]).toEqual([
    0,
    expect.any(String)
  ])
  // The host.json names "python"; use the interpreter pip installed for.
  const file = path.join(app, 'host.json')
  await writeFile(file, (await readFile(file, 'utf8')).replace('"python"', JSON.stringify(PYTHON)))
  return app
}

describe('examples/weather-python (mcp 2.x) on the local host', () => {
  it('runs for real: smoke test passes through proxying; the recipe’s forwarding gets 421 for a foreign Host', async () => {
    const app = await preparedExample()
    const h = await host(app, { appSettings: { ...PYTHONPATH_SETTING }, readyTimeoutMs: 30000 })
    const { ui } = captureUi()
    const r = await smokeTest({
      endpoint: `${h.url}/mcp`,
      key: KEY,
      authLevel: h.authLevel,
      ui,
      sleep: noSleep
    })
    expect(r.tools).toEqual(['get_alerts', 'get_forecast'])
    expect(r.serverName).toBe('weather')
    expect(r.keyRefused).toBe(true)
    // Proxying: even a request for the app's public name reaches the SDK with its own Host.
    const proxied = await request(`${h.url}/mcp`, {
      method: 'POST',
      headers: { ...MCP_HEADERS, host: 'myapp.azurewebsites.net', 'x-functions-key': KEY },
      body: INIT_BODY
    })
    expect(proxied.status).toBe(200)
    await h.stop()

    // The recipe as written: legacy forwarding only (the proxy switch misspelled).
    const file = path.join(app, 'host.json')
    const hj = JSON.parse(await readFile(file, 'utf8'))
    delete hj.customHandler.enableProxyingHttpRequest
    hj.customHandler.enableForwardingHttpRequest = true
    hj.customHandler.enableHttpProxyingRequest = true
    await writeFile(file, JSON.stringify(hj))
    const legacy = await host(app, {
      appSettings: { ...PYTHONPATH_SETTING },
      readyTimeoutMs: 30000
    })
    expect(legacy.forwarding).toBe('forward')
    const refused = await request(`${legacy.url}/mcp`, {
      method: 'POST',
      headers: { ...MCP_HEADERS, host: 'myapp.azurewebsites.net', 'x-functions-key': KEY },
      body: INIT_BODY
    })
    expect(refused.status).toBe(421)
    expect(refused.body).toContain('Invalid Host header')
  }, 120000)
})
