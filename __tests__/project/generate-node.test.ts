import { describe, expect, it } from '@jest/globals'
import { scanProject } from '../../src/project/scan.js'
import { planArtifacts } from '../../src/project/generate.js'
import { fixtureCopy } from '../helpers/fixture.js'

const hostOf = (plan: Awaited<ReturnType<typeof planArtifacts>>) =>
  JSON.parse(plan.created.find(c => c.file === 'host.json')!.content) as {
    customHandler: {
      port?: number
      description: { defaultExecutablePath: string; arguments: string[] }
    }
  }

describe('generate: the profile port is the one the code uses', () => {
  it('a literal port (8080)', async () => {
    const plan = await planArtifacts(await scanProject(fixtureCopy('node-profile')), 'profile')
    expect(hostOf(plan).customHandler.port).toBe(8080)
    expect(plan.remaining.filter(f => f.rule.includes('port'))).toEqual([])
  })

  it('the default of a PORT-style variable (process.env.PORT || 9100)', async () => {
    const dir = fixtureCopy('node-sdk1-express', {
      'server.js': (await import('node:fs'))
        .readFileSync(new URL('../fixtures/node-sdk1-express/server.js', import.meta.url), 'utf8')
        .replace('process.env.FUNCTIONS_CUSTOMHANDLER_PORT ?? 3000', 'process.env.PORT || 9100')
    })
    const plan = await planArtifacts(await scanProject(dir), 'profile')
    expect(hostOf(plan).customHandler.port).toBe(9100)
    expect(plan.blocking).toEqual([])
    expect(plan.remaining.filter(f => f.rule.includes('port'))).toEqual([])
  })

  it('a profile host.json without a port gets the code port, and check names the same one', async () => {
    const dir = fixtureCopy('node-profile', {
      'host.json': JSON.stringify({
        version: '2.0',
        configurationProfile: 'mcp-custom-handler',
        customHandler: { description: { defaultExecutablePath: 'node', arguments: ['index.js'] } }
      })
    })
    const project = await scanProject(dir)
    const missing = project.findings.find(f => f.rule === 'host-json/profile-port')!
    expect(missing.fix).toContain('"port": 8080')
    const plan = await planArtifacts(project, 'auto')
    expect(plan.changed.find(c => c.file === 'host.json')!.after).toMatch(/"port": 8080/)
    expect(plan.remaining.filter(f => f.rule.includes('port'))).toEqual([])
  })
})

describe('generate: entries that will exist', () => {
  it('TypeScript with a build: the build output from tsconfig outDir (main and start agree)', async () => {
    const plan = await planArtifacts(
      await scanProject(fixtureCopy('node-factory-reuse', { 'host.json': null })),
      'classic'
    )
    expect(hostOf(plan).customHandler.description.arguments).toEqual(['build/main.js'])
    const noMain = fixtureCopy('node-factory-reuse', {
      'host.json': null,
      'package.json': JSON.stringify({
        name: 'x',
        type: 'module',
        scripts: { build: 'tsc -p .' },
        dependencies: { '@modelcontextprotocol/sdk': '^1.26.0', express: '^5.1.0', zod: '^3.25.0' },
        devDependencies: { typescript: '^5.5.0' }
      })
    })
    const p2 = await planArtifacts(await scanProject(noMain), 'classic')
    expect(hostOf(p2).customHandler.description.arguments).toEqual(['build/main.js'])
  })

  it('TypeScript with no build: not a server.js that never exists; the plan says why it cannot', async () => {
    const dir = fixtureCopy('node-factory-reuse', {
      'host.json': null,
      'package.json': JSON.stringify({
        name: 'x',
        type: 'module',
        main: 'server.js',
        dependencies: { '@modelcontextprotocol/sdk': '^1.26.0', express: '^5.1.0', zod: '^3.25.0' }
      })
    })
    const plan = await planArtifacts(await scanProject(dir), 'classic')
    const why = plan.blocking.find(f => f.rule === 'node-deps/no-build-script')
    expect(why?.message).toContain('nothing produces build/main.js on deploy')
  })

  it('a Python package started with -m: the module, not server.py', async () => {
    const server = (await import('node:fs')).readFileSync(
      new URL('../fixtures/python-mcp1-good/server.py', import.meta.url),
      'utf8'
    )
    const args = async (imports: string): Promise<unknown> => {
      const dir = fixtureCopy('python-mcp1-good', {
        'server.py': null,
        'weather/__init__.py': '',
        'weather/tools.py': '',
        'weather/server.py': imports + server
      })
      const plan = await planArtifacts(await scanProject(dir), 'classic')
      expect(plan.remaining.filter(f => f.rule.startsWith('host-json/'))).toEqual([])
      return hostOf(plan).customHandler.description.arguments
    }
    // it imports its own package (relatively or by name): only `python -m` can run it
    expect(await args('from . import tools\n')).toEqual(['-m', 'weather.server'])
    expect(await args('from weather import tools\n')).toEqual(['-m', 'weather.server'])
    // nothing of its package: the script runs as it is
    expect(await args('')).toEqual(['weather/server.py'])
  })
})
