import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import { freePort } from '../../src/targets/local/handler.js'
import { smokeTest } from '../../src/verify/smoke.js'
import {
  INIT_BODY,
  KEY,
  MCP_HEADERS,
  PROFILE_FLAG,
  PYTHON,
  PYTHONPATH_SETTING,
  PY_FIXTURE,
  alive,
  captureUi,
  classicHost,
  copyApp,
  host,
  noSleep,
  pidIn,
  profileHost,
  removeTemps,
  request,
  startFailure,
  stopAll
} from './helpers.js'

afterEach(stopAll)
afterAll(removeTemps)

describe('startHost: layouts, route prefix, keys', () => {
  it('runs the profile layout on customHandler.port with no route prefix', async () => {
    const port = await freePort()
    const app = await copyApp(PY_FIXTURE, profileHost(port))
    const { ui } = captureUi()
    const h = await host(app, { appSettings: { ...PYTHONPATH_SETTING, ...PROFILE_FLAG } })
    expect(h.layout).toBe('profile')
    expect(h.routePrefix).toBe('')
    expect(h.authLevel).toBe('function')
    expect(h.handlerPort).toBe(port)
    const r = await smokeTest({
      endpoint: `${h.url}/mcp`,
      key: KEY,
      authLevel: h.authLevel,
      ui,
      sleep: noSleep
    })
    expect(r.tools).toEqual(['get_alerts', 'get_forecast'])
    expect(r.keyRefused).toBe(true)
  })

  it('profile: defaultAuthorizationLevel anonymous lets everyone in, and the smoke test warns', async () => {
    const port = await freePort()
    const app = await copyApp(
      PY_FIXTURE,
      profileHost(port, { http: { defaultAuthorizationLevel: 'anonymous' } })
    )
    const h = await host(app, { appSettings: { ...PYTHONPATH_SETTING, ...PROFILE_FLAG } })
    expect(h.authLevel).toBe('anonymous')
    const { ui, lines } = captureUi()
    const r = await smokeTest({
      endpoint: `${h.url}/mcp`,
      authLevel: h.authLevel,
      ui,
      sleep: noSleep
    })
    expect(r.keyRefused).toBe('anonymous')
    expect(lines.join('\n')).toMatch(/warning: .*anonymous: anyone/)
  })

  it('keys in any case, as the host binds them: "DefaultAuthorizationLevel", "EnableProxyingHttpRequest", "Route"', async () => {
    const port = await freePort()
    const profile = await copyApp(PY_FIXTURE, {
      Version: '2.0',
      ConfigurationProfile: 'mcp-custom-handler',
      CustomHandler: {
        Description: { DefaultExecutablePath: PYTHON, Arguments: ['server.py'] },
        HTTP: { DefaultAuthorizationLevel: 'anonymous' },
        Port: String(port)
      }
    })
    const p = await host(profile, { appSettings: { ...PYTHONPATH_SETTING, ...PROFILE_FLAG } })
    expect(p).toMatchObject({ layout: 'profile', authLevel: 'anonymous', handlerPort: port })
    const open = await request(`${p.url}/mcp`, {
      method: 'POST',
      headers: MCP_HEADERS,
      body: INIT_BODY
    })
    expect(open.status).toBe(200)
    await p.stop()

    const classic = await copyApp(PY_FIXTURE, {
      version: '2.0',
      Extensions: { Http: { RoutePrefix: '' } },
      customHandler: {
        description: { defaultExecutablePath: PYTHON, arguments: ['server.py'] },
        EnableProxyingHttpRequest: true
      }
    })
    await writeFile(
      path.join(classic, 'mcp-handler/function.json'),
      JSON.stringify({
        Bindings: [
          { Type: 'httpTrigger', Direction: 'in', AuthLevel: 'Function', Route: '{*route}' },
          { Type: 'http', Direction: 'out' }
        ]
      })
    )
    const c = await host(classic)
    expect(c).toMatchObject({ routePrefix: '', forwarding: 'proxy', authLevel: 'function' })
    const keyless = await request(`${c.url}/mcp`, {
      method: 'POST',
      headers: MCP_HEADERS,
      body: INIT_BODY
    })
    expect(keyless.status).toBe(401)
  })

  it('profile: without the feature flag app setting the host refuses, naming the setting', async () => {
    const app = await copyApp(PY_FIXTURE, profileHost(await freePort()))
    const err = await startFailure(host(app))
    expect(err.message).toContain('AzureWebJobsFeatureFlags')
    expect(err.message).toContain('EnableMcpCustomHandlerPreview')
  })

  it("classic without extensions.http.routePrefix serves under /api (the host's default)", async () => {
    const app = await copyApp(PY_FIXTURE, classicHost({ enableProxyingHttpRequest: true }, null))
    const h = await host(app)
    expect(h.routePrefix).toBe('api')
    const ok = await request(`${h.url}/api/mcp`, {
      method: 'POST',
      headers: { ...MCP_HEADERS, 'x-functions-key': KEY },
      body: INIT_BODY
    })
    expect(ok.status).toBe(200)
    expect(JSON.parse(ok.body).result.serverInfo.name).toBe('fixture-weather')
    const outside = await request(`${h.url}/mcp`, {
      method: 'POST',
      headers: { ...MCP_HEADERS, 'x-functions-key': KEY },
      body: INIT_BODY
    })
    expect(outside.status).toBe(404)
  })

  it('environment: app settings (wwwroot mapped), the port, and no runner credentials', async () => {
    const saved = { ...process.env }
    process.env['INPUT_GITHUB-TOKEN'] = 'ghs_runner_secret'
    process.env.GITHUB_TOKEN = 'ghs_runner_secret'
    try {
      const app = await copyApp(PY_FIXTURE)
      const h = await host(app, {
        appSettings: { ...PYTHONPATH_SETTING, MY_SETTING: 'x', GITHUB_TOKEN: 'explicit' }
      })
      const env = JSON.parse((await request(`${h.url}/echo?code=${KEY}`)).body).env
      expect(env.FUNCTIONS_CUSTOMHANDLER_PORT).toBe(String(h.handlerPort))
      expect(env.PYTHONPATH).toBe(path.join(app, '.python_packages/lib/site-packages'))
      expect(env.MY_SETTING).toBe('x')
      expect(env['INPUT_GITHUB-TOKEN']).toBeNull()
      expect(env.GITHUB_TOKEN).toBe('explicit')
    } finally {
      delete process.env['INPUT_GITHUB-TOKEN']
      if (saved.GITHUB_TOKEN === undefined) delete process.env.GITHUB_TOKEN
      else process.env.GITHUB_TOKEN = saved.GITHUB_TOKEN
    }
  })

  it('enforces the key: header or ?code=, 401 without or with a wrong one', async () => {
    const app = await copyApp(PY_FIXTURE)
    const h = await host(app)
    const post = (url: string, headers: Record<string, string> = {}) =>
      request(url, { method: 'POST', headers: { ...MCP_HEADERS, ...headers }, body: INIT_BODY })
    expect((await post(`${h.url}/mcp`)).status).toBe(401)
    expect((await post(`${h.url}/mcp`, { 'x-functions-key': 'wrong' })).status).toBe(401)
    expect((await post(`${h.url}/mcp?code=wrong`)).status).toBe(401)
    expect((await post(`${h.url}/mcp`, { 'x-functions-key': KEY })).status).toBe(200)
    expect((await post(`${h.url}/mcp?code=${KEY}`)).status).toBe(200)
  })

  it('function.json authLevel admin accepts only the master key', async () => {
    const app = await copyApp(PY_FIXTURE)
    const fj = path.join(app, 'mcp-handler', 'function.json')
    await writeFile(fj, (await readFile(fj, 'utf8')).replace('"function"', '"admin"'))
    const h = await host(app, { keys: { default: KEY, _master: 'master-key' } })
    expect(h.authLevel).toBe('admin')
    const post = (k: string) =>
      request(`${h.url}/mcp`, {
        method: 'POST',
        headers: { ...MCP_HEADERS, 'x-functions-key': k },
        body: INIT_BODY
      })
    expect((await post(KEY)).status).toBe(401)
    expect((await post('master-key')).status).toBe(200)
  })
})

describe('startHost: failing starts are clear, bounded, and leave no process', () => {
  it('stop() ends the whole process group: a handler started through a shell leaves no orphan', async () => {
    const hj = classicHost({ enableProxyingHttpRequest: true }) as {
      customHandler: { description: Record<string, unknown> }
    }
    // sh forks python as its child (no exec), like `npm start` does with node
    hj.customHandler.description.defaultExecutablePath = 'sh'
    hj.customHandler.description.arguments = [
      '-c',
      `${JSON.stringify(PYTHON)} server.py; echo done`
    ]
    const lines: string[] = []
    const h = await host(await copyApp(PY_FIXTURE, hj), { log: l => lines.push(l) })
    const grandchild = Number(/listening on \S+ \(pid (\d+)\)/.exec(lines.join('\n'))?.[1])
    expect(grandchild).toBeGreaterThan(0)
    expect(grandchild).not.toBe(h.handlerPid)
    expect(alive(grandchild)).toBe(true)
    await h.stop()
    expect(alive(h.handlerPid)).toBe(false)
    expect(alive(grandchild)).toBe(false)
  })

  it('a handler on the wrong port fails within the readiness bound, with its output', async () => {
    const app = await copyApp(PY_FIXTURE)
    const other = await freePort()
    const err = await startFailure(
      host(app, {
        appSettings: { ...PYTHONPATH_SETTING, LISTEN_PORT: String(other) },
        readyTimeoutMs: 3000
      })
    )
    expect(err.message).toMatch(/did not answer HTTP on 127\.0\.0\.1:\d+ within 3 s/)
    expect(err.message).toContain('FUNCTIONS_CUSTOMHANDLER_PORT')
    expect(err.message).toContain(`listening on 127.0.0.1:${other}`)
    expect(alive(pidIn(err.message))).toBe(false)
  })

  it('without PYTHONPATH the packaged import fails and the error shows why', async () => {
    const app = await copyApp(PY_FIXTURE)
    const err = await startFailure(host(app, { appSettings: {} }))
    expect(err.message).toMatch(/exited with exit code 1 before it answered/)
    expect(err.message).toContain("No module named 'forecastlib'")
    expect(alive(pidIn(err.message))).toBe(false)
  })

  it('a missing executable is named', async () => {
    const hj = classicHost({ enableProxyingHttpRequest: true }) as {
      customHandler: { description: { defaultExecutablePath: string } }
    }
    hj.customHandler.description.defaultExecutablePath = 'no-such-python-here'
    const err = await startFailure(host(await copyApp(PY_FIXTURE, hj)))
    expect(err.message).toContain('"no-such-python-here"')
    expect(err.message).toContain('not found')
  })

  it('a busy front port is a clear error and the handler is stopped', async () => {
    const blocker = net.createServer()
    await new Promise<void>(r => blocker.listen(0, '127.0.0.1', r))
    const port = (blocker.address() as net.AddressInfo).port
    const lines: string[] = []
    try {
      const err = await startFailure(
        host(await copyApp(PY_FIXTURE), { port, log: l => lines.push(l) })
      )
      expect(err.message).toContain(`port ${port} on 127.0.0.1 is already in use`)
    } finally {
      blocker.close()
    }
    const pid = Number(/pid (\d+)/.exec(lines.join('\n'))?.[1] ?? NaN)
    if (!Number.isNaN(pid)) expect(alive(pid)).toBe(false)
  })
})
