import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { smokeTest } from '../../src/verify/smoke.js'
import {
  INIT_BODY,
  KEY,
  MCP_HEADERS,
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
import { PY312, installReal } from '../python/realsite.js'

/**
 * The real thing: examples/weather-python on mcp 2.x, installed from PyPI by the product's
 * installer for CPython 3.12 on manylinux (shared cache: __tests__/python/realsite.ts), run by
 * CPython 3.12, hosted like the Functions host does.
 */
afterEach(stopAll)
afterAll(removeTemps)

async function preparedExample(): Promise<string> {
  const app = await copyApp(path.join(ROOT, 'examples/weather-python'))
  const { versions } = await installReal(app)
  expect(Number(versions.get('mcp')?.split('.')[0])).toBe(2)
  // The host.json names "python"; run it with the Azure image's Python line.
  const file = path.join(app, 'host.json')
  await writeFile(file, (await readFile(file, 'utf8')).replace('"python"', JSON.stringify(PY312)))
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
  }, 240000)
})
