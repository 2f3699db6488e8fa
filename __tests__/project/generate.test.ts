import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { scanProject } from '../../src/project/scan.js'
import { planArtifacts, writeMissing } from '../../src/project/generate.js'
import { fixtureCopy, read, treeHash } from '../helpers/fixture.js'

describe('scan', () => {
  it('finds on the original recipe exactly the known traps, and writes nothing', async () => {
    const dir = fixtureCopy('original-recipe')
    const before = treeHash(dir)
    const p = await scanProject(dir)
    expect(treeHash(dir)).toBe(before)
    expect(p.layout).toBe('classic')
    expect(p.language).toBe('python')
    const rules = p.findings.map(f => f.rule)
    expect(rules).toEqual(
      expect.arrayContaining([
        'host-json/proxy-misspelled',
        'host-json/forwarding-only',
        'funcignore/local-settings'
      ])
    )
    expect(p.findings.find(f => f.rule === 'host-json/forwarding-only')?.severity).toBe('error')
    // The SDK range lets mcp 2.x in, where FastMCP is gone: an error in requirements.txt
    const deps = p.findings.filter(f => f.file === 'requirements.txt' && f.severity === 'error')
    expect(deps.length).toBeGreaterThan(0)
  })

  it('is clean on the correct fixtures of both layouts', async () => {
    for (const name of ['artifacts-classic', 'artifacts-profile']) {
      const p = await scanProject(fixtureCopy(name))
      expect([name, p.findings]).toEqual([name, []])
    }
  })

  it('reports one clear finding for an empty folder', async () => {
    const p = await scanProject(
      fixtureCopy('artifacts-classic', {
        'host.json': null,
        'server.py': null,
        'requirements.txt': null,
        'mcp-handler': null
      })
    )
    expect(p.findings.map(f => f.rule)).toEqual(
      expect.arrayContaining(['host-json/missing', 'project/language'])
    )
    expect(p.findings.map(f => f.rule)).not.toContain('function-json/missing')
  })
})

describe('generate', () => {
  it('plans the recipe fixes as diffs that keep the file as written, and nothing is left after them', async () => {
    const dir = fixtureCopy('original-recipe')
    const plan = await planArtifacts(await scanProject(dir), 'auto')
    expect(plan.layout).toBe('classic')
    expect(plan.created.map(c => c.file)).toEqual(['.funcignore'])
    const host = plan.changed.find(c => c.file === 'host.json')!
    expect(host.diff).toContain('-        "enableHttpProxyingRequest": true')
    expect(host.diff).toContain('+        "enableProxyingHttpRequest": true')
    expect(host.after).toContain('    "version": "2.0"') // 4-space indentation kept
    expect(JSON.parse(host.after).customHandler).toEqual({
      description: {
        defaultExecutablePath: 'python',
        workingDirectory: '',
        arguments: ['weather.py']
      },
      enableForwardingHttpRequest: true,
      enableProxyingHttpRequest: true
    })
    expect(plan.changed.map(c => c.file)).toContain('requirements.txt')
    expect(plan.blocking).toEqual([])
    expect(plan.remaining.filter(f => f.severity === 'error')).toEqual([])
  })

  it('writes only missing files and never overwrites', async () => {
    const dir = fixtureCopy('original-recipe', { 'local.settings.json': null, 'mcp-handler': null })
    const hostBefore = read(dir, 'host.json')
    const plan = await planArtifacts(await scanProject(dir), 'auto')
    // a file that appears between planning and writing is left alone
    fs.writeFileSync(path.join(dir, '.funcignore'), 'mine\n')
    const res = writeMissing(dir, plan)
    expect(res.written.sort()).toEqual(['local.settings.json', 'mcp-handler/function.json'])
    expect(res.skipped).toEqual(['.funcignore'])
    expect(read(dir, '.funcignore')).toBe('mine\n')
    expect(read(dir, 'host.json')).toBe(hostBefore)
    expect((await scanProject(dir)).findings.map(f => f.rule)).not.toContain(
      'function-json/missing'
    )
  })

  it('writes a complete profile layout for a bare server, and the result checks clean', async () => {
    const dir = fixtureCopy('artifacts-profile', {
      'host.json': null,
      'local.settings.json': null,
      '.funcignore': null
    })
    const plan = await planArtifacts(await scanProject(dir), 'profile')
    expect(plan.layout).toBe('profile')
    writeMissing(dir, plan)
    const host = JSON.parse(read(dir, 'host.json'))
    expect(host).toMatchObject({
      configurationProfile: 'mcp-custom-handler',
      customHandler: {
        port: 8000,
        description: { defaultExecutablePath: 'python', arguments: ['server.py'] }
      }
    })
    expect(fs.existsSync(path.join(dir, 'mcp-handler'))).toBe(false)
    expect((await scanProject(dir)).findings).toEqual([])
  })

  it('writes a requirements.txt matching the API line when there is none', async () => {
    const dir = fixtureCopy('artifacts-classic', { 'requirements.txt': null })
    const plan = await planArtifacts(await scanProject(dir), 'auto')
    const req = plan.created.find(c => c.file === 'requirements.txt')
    expect(req?.content).toMatch(/^mcp\b.*<3/m)
    expect(plan.changed.map(c => c.file)).not.toContain('requirements.txt')
    expect(plan.blocking).toEqual([])
  })

  it('keeps the layout on disk when the input asks for the other one', async () => {
    const plan = await planArtifacts(await scanProject(fixtureCopy('artifacts-classic')), 'profile')
    expect(plan.layout).toBe('classic')
    expect(plan.created).toEqual([])
    expect(plan.changed).toEqual([])
  })
})

describe('Host guard across languages', () => {
  const forwardingOnly = JSON.stringify({
    version: '2.0',
    extensions: { http: { routePrefix: '' } },
    customHandler: {
      description: { defaultExecutablePath: 'node', workingDirectory: '', arguments: ['index.js'] },
      enableForwardingHttpRequest: true
    }
  })
  it('makes forwarding-only an error for a Node server built on createMcpExpressApp (403 to a foreign Host)', async () => {
    const p = await scanProject(
      fixtureCopy('node-split2-transport', { 'host.json': forwardingOnly })
    )
    expect(p.node?.hostGuard).toBe(true)
    const f = p.findings.find(x => x.rule === 'host-json/forwarding-only')
    expect(f?.severity).toBe('error')
    expect(f?.message).toContain('403')
  })
  it('keeps it a warning for a plain express server', async () => {
    const p = await scanProject(
      fixtureCopy('node-sdk1-express', {
        'host.json': forwardingOnly.replace('index.js', 'server.js')
      })
    )
    expect(p.node?.hostGuard).toBeUndefined()
    expect(p.findings.find(x => x.rule === 'host-json/forwarding-only')?.severity).toBe('warning')
  })
})
