/**
 * The pipeline writes its job summary whatever happens: the package step and the target are
 * replaced (no install, no host), everything else is real (scan, plan, the summary, the Ui).
 */
import { afterAll, describe, expect, it, jest } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { PackageOptions } from '../../src/package/index.js'
import type { AnnotationPlace } from '../../src/report/ui.js'
import type { DeployRequest } from '../../src/targets/target.js'
import { RecordingUi } from '../comment/helpers.js'
import { REPO } from '../helpers/fixture.js'

type Behaviour = 'ok' | 'install-fails' | 'zip-throws'
let behaviour: Behaviour = 'ok'
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mfd-summary-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

jest.unstable_mockModule('../../src/package/index.js', () => ({
  buildPackage: async (opts: PackageOptions) => {
    const { UserError } = await import('../../src/errors.js')
    const { phase } = await import('../../src/report/timeline.js')
    opts.ui.warning('host.json is missing from the repo: the package uses a generated one', {
      file: 'host.json',
      line: 1
    })
    await phase('install', async () => {
      if (behaviour === 'install-fails')
        throw new UserError('npm ci failed (exit code 1)', 'full npm log: /tmp/npm.log', {
          causeLines: ['npm error code E404', 'npm error 404 Not Found - GET left-padd'],
          step: 'install'
        })
    })
    await phase('zip', async () => {
      if (behaviour === 'zip-throws') throw new Error('EACCES: permission denied')
    })
    opts.ui.summary('### Package\n\n| | |\n| --- | --- |\n| files | 3 |')
    const stageDir = fs.mkdtempSync(path.join(tmp, 'stage-'))
    return {
      zipPath: path.join(tmp, 'server.zip'),
      sha256: 'a'.repeat(64),
      bytes: 4096,
      fileCount: 3,
      dependencies: [],
      stageDir
    }
  }
}))

jest.unstable_mockModule('../../src/targets/local/index.js', () => ({
  LocalTarget: class {
    readonly name = 'local'
    async deploy(req: DeployRequest) {
      const { phase } = await import('../../src/report/timeline.js')
      await phase('host start', async () => undefined)
      req.ui.warning('a note about the host', { file: 'host.json' })
      return {
        endpoint: 'http://127.0.0.1:7071/mcp',
        authLevel: 'anonymous',
        deployed: true,
        details: [['target', 'local Functions-host emulation']],
        stop: async () => {}
      }
    }
  }
}))

const { runPipeline } = await import('../../src/main.js')
const { readSettings } = await import('../../src/inputs.js')

class PlaceUi extends RecordingUi {
  readonly places: Array<AnnotationPlace | undefined> = []
  override warning(message: string, place?: AnnotationPlace): void {
    super.warning(message, place)
    this.places.push(place)
  }
}

function workspace(): string {
  const ws = fs.mkdtempSync(path.join(tmp, 'ws-'))
  fs.cpSync(path.join(REPO, 'examples', 'weather-node'), path.join(ws, 'server'), {
    recursive: true,
    filter: src => !/[\\/]node_modules([\\/]|$)/.test(src)
  })
  return ws
}

async function deploy(b: Behaviour) {
  behaviour = b
  const ws = workspace()
  const inputs: Record<string, string> = {
    mode: 'deploy',
    target: 'local',
    path: 'server',
    'smoke-test': 'false'
  }
  const settings = readSettings(name => inputs[name], { GITHUB_WORKSPACE: ws, RUNNER_TEMP: tmp })
  const ui = new PlaceUi()
  const run = runPipeline(settings, ui)
  return { ui, run }
}

describe('the job summary of a deploy', () => {
  it('a failed install: the summary opens with the failure and the log lines npm left', async () => {
    const { ui, run } = await deploy('install-fails')
    await expect(run).rejects.toThrow('npm ci failed')
    expect(ui.sections).toHaveLength(1)
    const md = ui.sections[0]
    expect(md.split('\n')[0]).toBe('## ❌ MCP server deploy failed at install: `server`')
    expect(md).toContain('**Error:** npm ci failed \\(exit code 1\\)') // escaped text
    expect(md).toContain('npm error 404 Not Found - GET left-padd')
    expect(md).toContain('**Fix:** full npm log: /tmp/npm.log')
    expect(md).not.toContain('ready to be hosted')
    expect(md).toMatch(/\| &emsp;install \| [\d.]+ s \| [\d.]+ s \| ❌ failed \|/)
  })

  it('a failure without a step of its own is placed at the phase that was running', async () => {
    const { ui, run } = await deploy('zip-throws')
    await expect(run).rejects.toThrow('EACCES')
    expect(ui.sections[0].split('\n')[0]).toBe('## ❌ MCP server deploy failed at zip: `server`')
  })

  it('a deploy that worked: headline, findings, the steps’ sections, the timeline', async () => {
    const { ui, run } = await deploy('ok')
    const result = await run
    expect(result.failure).toBeUndefined()
    const md = ui.sections.join('\n\n')
    expect(md.split('\n')[0]).toBe('## ✅ MCP server deployed: `server`')
    const at = (s: string) => md.indexOf(s)
    expect(at('Endpoint: `http://127.0.0.1:7071/mcp`')).toBeGreaterThan(0)
    expect(at('### Package')).toBeGreaterThan(at('Endpoint:'))
    expect(at('### Deployment')).toBeGreaterThan(at('### Package'))
    expect(at('### Timeline')).toBeGreaterThan(at('### Deployment'))
    for (const p of ['scan', 'package', 'deploy']) expect(md).toContain(`| **${p}** |`)
    for (const p of ['install', 'zip', 'host start']) expect(md).toContain(`| &emsp;${p} |`)
  })

  it('annotations of the package step and the target carry the workspace path', async () => {
    const { ui, run } = await deploy('ok')
    await run
    const files = ui.places.map(p => p?.file)
    expect(files).toContain('server/host.json')
    expect(files).not.toContain('host.json')
  })
})
