import { describe, expect, it } from '@jest/globals'
import { ProjectFiles } from '../../src/project/files.js'
import { checkHost } from '../../src/project/hostcheck.js'
import { loadHost } from '../../src/project/hostjson.js'
import { scanProject } from '../../src/project/scan.js'
import fs from 'node:fs'
import path from 'node:path'
import { FIXTURES, fixtureCopy } from '../helpers/fixture.js'

const classic = (extensions: unknown, args = ['server.js'], exe = 'node') =>
  JSON.stringify({
    version: '2.0',
    ...(extensions === undefined ? {} : { extensions }),
    customHandler: {
      description: { defaultExecutablePath: exe, arguments: args },
      enableProxyingHttpRequest: true
    }
  })

function prefixFindings(hostJson: string, servedPaths: string[] | undefined) {
  const dir = fixtureCopy('node-sdk1-express', { 'host.json': hostJson })
  const files = new ProjectFiles(dir)
  const h = loadHost(files)
  return checkHost(files, h.doc!, h.facts!, { language: 'node', servedPaths })
    .filter(f => f.rule === 'host-json/route-prefix')
    .map(f => `${f.severity}: ${f.message}`)
}

describe('routePrefix and the path the server serves', () => {
  it('missing routePrefix is an error for a server that serves /mcp, saying why', () => {
    const [f] = prefixFindings(classic(undefined), ['/mcp'])
    expect(f).toMatch(/^error: /)
    expect(f).toContain('forwards the original path /api/mcp to your server, which serves /mcp')
    expect(f).toContain('404 to every request')
  })

  it('an explicit prefix the server does not serve is an error too', () => {
    const [f] = prefixFindings(classic({ http: { routePrefix: 'tools' } }), ['/mcp'])
    expect(f).toMatch(/^error: routePrefix is "tools".*\/tools\/mcp/)
  })

  it('a server whose own path is the prefixed one is fine', () => {
    expect(prefixFindings(classic(undefined), ['/api/mcp'])).toEqual([])
    expect(prefixFindings(classic({ Http: { RoutePrefix: 'v1' } }), ['/v1/mcp/'])).toEqual([])
  })

  it('a server that answers any path, or an unknown one: a warning about the endpoint', () => {
    expect(prefixFindings(classic(undefined), ['*'])).toEqual([
      'warning: extensions.http.routePrefix is not set, so the host serves under /api: the endpoint is /api/mcp, not /mcp'
    ])
    expect(prefixFindings(classic(undefined), undefined)[0]).toMatch(
      /^warning: .*could not be told/
    )
    expect(prefixFindings(classic({ http: { routePrefix: '' } }), ['/mcp'])).toEqual([])
  })

  it('scan: a Node express server on /mcp and a Python server (default /mcp) behind the default prefix', async () => {
    const node = await scanProject(
      fixtureCopy('node-sdk1-express', { 'host.json': classic(undefined) })
    )
    expect(node.findings.find(f => f.rule === 'host-json/route-prefix')?.severity).toBe('error')
    const py = await scanProject(
      fixtureCopy('python-mcp1-good', { 'host.json': classic(undefined, ['server.py'], 'python') })
    )
    expect(py.findings.find(f => f.rule === 'host-json/route-prefix')?.severity).toBe('error')
    const own = fs
      .readFileSync(path.join(FIXTURES, 'python-mcp1-good/server.py'), 'utf8')
      .replace('stateless_http=True,', 'stateless_http=True, streamable_http_path="/api/mcp",')
    expect(own).toContain('/api/mcp')
    const pyOwn = await scanProject(
      fixtureCopy('python-mcp1-good', {
        'host.json': classic(undefined, ['server.py'], 'python'),
        'server.py': own
      })
    )
    expect(pyOwn.findings.filter(f => f.rule === 'host-json/route-prefix')).toEqual([])
  })
})
