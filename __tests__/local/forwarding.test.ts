import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import {
  INIT_BODY,
  KEY,
  MCP_HEADERS,
  PY_FIXTURE,
  classicHost,
  copyApp,
  host,
  removeTemps,
  request,
  stopAll
} from './helpers.js'

afterEach(stopAll)
afterAll(removeTemps)

describe("startHost: the host's forwarding modes", () => {
  it('proxying: the handler sees its own Host plus X-Forwarded-*, and SSE streams', async () => {
    const h = await host(await copyApp(PY_FIXTURE))
    expect(h.forwarding).toBe('proxy')
    const echo = await request(`${h.url}/echo`, {
      headers: { host: 'myapp.azurewebsites.net', 'x-functions-key': KEY }
    })
    const seen = JSON.parse(echo.body).headers
    expect(seen.host).toBe(`127.0.0.1:${h.handlerPort}`)
    expect(seen['x-forwarded-host']).toBe('myapp.azurewebsites.net')
    expect(seen['x-forwarded-proto']).toBe('http')
    expect(seen['x-forwarded-for']).toBe('127.0.0.1')
    // A server that guards its Host (like the Python SDK) accepts the proxied request.
    const mcp = await request(`${h.url}/mcp`, {
      method: 'POST',
      headers: { ...MCP_HEADERS, host: 'myapp.azurewebsites.net', 'x-functions-key': KEY },
      body: INIT_BODY
    })
    expect(mcp.status).toBe(200)

    // The first event arrives while the handler still holds the response open.
    const first = await new Promise<{ chunk: string; rest: Promise<string> }>((resolve, reject) => {
      const req = http.get(`${h.url}/stream?code=${KEY}`, { agent: false }, res => {
        res.setEncoding('utf8')
        let all = ''
        const rest = new Promise<string>(done => res.on('end', () => done(all)))
        res.once('data', (d: string) => {
          all += d
          res.on('data', (more: string) => (all += more))
          resolve({ chunk: d, rest })
        })
      })
      req.on('error', reject)
    })
    expect(first.chunk).toContain('data: one')
    expect(first.chunk).not.toContain('two')
    await request(`${h.url}/release?code=${KEY}`, { method: 'POST' })
    expect(await first.rest).toContain('data: two')
  })

  it("legacy forwarding (the recipe as written): the client's Host goes on, a guarded server answers 421, responses are buffered", async () => {
    const app = await copyApp(
      PY_FIXTURE,
      classicHost({ enableForwardingHttpRequest: true, enableHttpProxyingRequest: true })
    )
    const h = await host(app)
    expect(h.forwarding).toBe('forward')
    expect(h.notes.join('\n')).toContain('enableHttpProxyingRequest is not a host setting')
    const echo = await request(`${h.url}/echo`, {
      headers: { host: 'myapp.azurewebsites.net', 'x-functions-key': KEY }
    })
    const seen = JSON.parse(echo.body).headers
    expect(seen.host).toBe('myapp.azurewebsites.net')
    expect(seen['x-forwarded-host']).toBeUndefined()
    const mcp = await request(`${h.url}/mcp`, {
      method: 'POST',
      headers: { ...MCP_HEADERS, host: 'myapp.azurewebsites.net', 'x-functions-key': KEY },
      body: INIT_BODY
    })
    expect(mcp.status).toBe(421)
    expect(mcp.body).toContain('Invalid Host header')
    // buffered: the whole event stream comes back at once, with a length
    await request(`${h.url}/release?code=${KEY}`, { method: 'POST' })
    const stream = await request(`${h.url}/stream?code=${KEY}`)
    expect(stream.headers['content-length']).toBe(String(Buffer.byteLength(stream.body)))
    expect(stream.body).toContain('data: two')
  })

  it('neither switch: the host does not forward, 500 saying why', async () => {
    const h = await host(await copyApp(PY_FIXTURE, classicHost({})))
    expect(h.forwarding).toBe('none')
    const r = await request(`${h.url}/mcp`, {
      method: 'POST',
      headers: { ...MCP_HEADERS, 'x-functions-key': KEY },
      body: INIT_BODY
    })
    expect(r.status).toBe(500)
    expect(r.body).toContain('enableProxyingHttpRequest')
    expect(r.body).toContain('/mcp-handler')
  })

  it('the misspelled enableHttpProxyingRequest alone is ignored, as the host does', async () => {
    const h = await host(
      await copyApp(PY_FIXTURE, classicHost({ enableHttpProxyingRequest: true }))
    )
    expect(h.forwarding).toBe('none')
    const r = await request(`${h.url}/mcp`, {
      method: 'POST',
      headers: { ...MCP_HEADERS, 'x-functions-key': KEY },
      body: INIT_BODY
    })
    expect(r.status).toBe(500)
    expect(r.body).toContain('enableHttpProxyingRequest is not a host setting')
  })
})
