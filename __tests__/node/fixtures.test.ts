import { describe, expect, it } from '@jest/globals'
import { nodeLaunch } from '../../src/project/node/index.js'
import { rules, run } from './helpers.js'

describe('node fixtures', () => {
  it('a stateless 1.x express server passes', async () => {
    const { facts, findings } = await run('node-sdk1-express')
    expect(findings).toEqual([])
    expect(facts).toEqual({
      sdk: { package: '@modelcontextprotocol/sdk', range: '^1.26.0', line: 8, line2: 'sdk1' },
      entry: 'server.js',
      startScript: 'node server.js',
      hasBuild: false,
      typescript: false,
      mcpPaths: ['/mcp'],
      listenPort: 3000
    })
    expect(nodeLaunch(facts)).toEqual({ defaultExecutablePath: 'node', arguments: ['server.js'] })
  })

  it('a stateless 1.x node:http CommonJS server with a destructured env port passes', async () => {
    const { facts, findings } = await run('node-sdk1-http')
    expect(findings).toEqual([])
    expect(facts.entry).toBe('index.js')
  })

  it('a session-ful server is an error at the sessionIdGenerator', async () => {
    const { findings } = await run('node-stateful')
    expect(rules(findings)).toEqual(['error node-code/stateful-transport'])
    expect(findings[0]).toMatchObject({ file: 'index.js', line: 16 })
    expect(findings[0].fix).toContain('sessionIdGenerator: undefined')
  })

  it('a transport created once and reused by the handler is an error', async () => {
    const { findings } = await run('node-reused-transport')
    expect(rules(findings)).toEqual(['error node-code/transport-reused'])
    expect(findings[0]).toMatchObject({ file: 'index.js', line: 6 })
    expect(findings[0].message).toContain('index.js:11')
  })

  it('a module-level server (in another module) connected per request is an error', async () => {
    const { findings } = await run('node-reused-server')
    expect(rules(findings)).toEqual(['error node-code/server-reused'])
    expect(findings[0]).toMatchObject({ file: 'server.js', line: 3 })
    expect(findings[0].message).toContain('1.26')
  })

  it('stdio is an error, and its module-level server used once is not "reused"', async () => {
    const { findings } = await run('node-stdio')
    expect(rules(findings)).toEqual(['error node-code/stdio-transport'])
    expect(findings[0]).toMatchObject({ file: 'index.js', line: 7 })
  })

  it('a port from PORT with a literal fallback is an error in the classic layout', async () => {
    const { findings } = await run('node-wrong-port')
    expect(rules(findings)).toEqual(['error node-code/port'])
    expect(findings[0]).toMatchObject({ file: 'index.js', line: 14 })
    expect(findings[0].message).toContain('3000')
    expect(findings[0].fix).toContain('FUNCTIONS_CUSTOMHANDLER_PORT')
  })

  it('a 2.x createMcpHandler + toNodeHandler server passes', async () => {
    const { facts, findings } = await run('node-split2')
    expect(findings).toEqual([])
    expect(facts.sdk).toEqual({
      package: '@modelcontextprotocol/server',
      range: '^2.4.0',
      line: 7,
      line2: 'split2'
    })
  })

  it('a 2.x express + NodeStreamableHTTPServerTransport per request passes', async () => {
    const { findings } = await run('node-split2-transport')
    expect(findings).toEqual([])
  })

  it('a TypeScript server: dist/index.js from host.json maps to src/index.ts', async () => {
    const { facts, findings } = await run('node-typescript', {
      layout: 'classic',
      entryHint: 'dist/index.js'
    })
    expect(findings).toEqual([])
    expect(facts).toMatchObject({
      entry: 'src/index.ts',
      typescript: true,
      hasBuild: true,
      startScript: 'node dist/index.js'
    })
    expect(nodeLaunch(facts)).toEqual({
      defaultExecutablePath: 'node',
      arguments: ['dist/index.js']
    })
  })

  it('a package.json syntax error is one finding at its line and column', async () => {
    const { facts, findings } = await run('node-bad-json')
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'node-deps/package-json-syntax',
        severity: 'error',
        file: 'package.json',
        line: 5,
        column: 5
      })
    ])
    expect(facts.sdk).toBeUndefined()
  })

  it('profile layout: a literal port equal to customHandler.port passes, another one fails', async () => {
    expect((await run('node-profile', { layout: 'profile', hostPort: 8080 })).findings).toEqual([])
    const bad = await run('node-profile', { layout: 'profile', hostPort: 3000 })
    expect(rules(bad.findings)).toEqual(['error node-code/port'])
    expect(bad.findings[0].message).toContain('3000')
    const classic = await run('node-profile')
    expect(rules(classic.findings)).toEqual(['error node-code/port'])
  })
})
