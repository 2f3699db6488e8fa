import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fixtureCopy, read, treeHash } from '../helpers/fixture.js'
import { runAction } from '../helpers/runner.js'

/** A workspace holding a copy of a fixture at `server/`. */
function workspace(fixture: string, changes: Parameters<typeof fixtureCopy>[1] = {}): string {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'mfd-ws-'))
  fs.renameSync(fixtureCopy(fixture, changes), path.join(ws, 'server'))
  return ws
}

describe('dist/index.js, run as the runner runs it', () => {
  it('check on the original recipe: annotations at file and line, findings output, summary, exit per fail-on, nothing written', async () => {
    const ws = workspace('original-recipe')
    const before = treeHash(ws)
    const r = await runAction(ws, { mode: 'check', path: 'server', comment: 'false' })
    expect(treeHash(ws)).toBe(before)
    expect(r.code).toBe(1)
    const findings = JSON.parse(r.outputs.findings) as Array<{
      rule: string
      file: string
      line: number
      severity: string
    }>
    const misspelled = findings.find(f => f.rule === 'host-json/proxy-misspelled')
    expect(misspelled).toMatchObject({ file: 'server/host.json', line: 15, severity: 'warning' })
    expect(findings.map(f => f.rule)).toContain('host-json/forwarding-only')
    const ann = r.annotations.find(a => a.props.title === 'host-json/proxy-misspelled')
    expect(ann).toMatchObject({ level: 'warning', props: { file: 'server/host.json', line: '15' } })
    expect(ann?.message).toContain('enableProxyingHttpRequest')
    expect(r.summary.split('\n')[0]).toBe('## ❌ MCP server check failed at check: `server`')
    expect(r.summary).toContain('| Severity | Rule | Where | Message |')
    expect(r.stdout).toMatch(/::error::check failed: \d+ errors?/)
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/) // no stack trace
  })

  it('fail-on never passes the same findings; a clean server passes fail-on warning', async () => {
    const r = await runAction(workspace('original-recipe'), {
      mode: 'check',
      path: 'server',
      'fail-on': 'never',
      comment: 'false'
    })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.outputs.findings).length).toBeGreaterThan(0)
    const clean = await runAction(workspace('artifacts-classic'), {
      mode: 'check',
      path: 'server',
      'fail-on': 'warning',
      comment: 'false'
    })
    expect(clean.outputs.findings).toBe('[]')
    expect(clean.code).toBe(0)
    expect(clean.summary).toContain(
      '`PYTHONPATH=/home/site/wwwroot/.python_packages/lib/site-packages`'
    )
    const profile = await runAction(workspace('artifacts-profile'), {
      mode: 'check',
      path: 'server',
      comment: 'false'
    })
    expect(profile.outputs.findings).toBe('[]')
    expect(profile.summary).toContain('`AzureWebJobsFeatureFlags=EnableMcpCustomHandlerPreview`')
  })

  it('generate writes only what is missing and prints the diff for the rest', async () => {
    const ws = workspace('original-recipe', { 'local.settings.json': null })
    const hostBefore = read(ws, 'server/host.json')
    const r = await runAction(ws, { mode: 'generate', path: 'server', 'fail-on': 'never' })
    expect(r.code).toBe(0)
    expect(read(ws, 'server/host.json')).toBe(hostBefore) // never overwritten
    expect(JSON.parse(read(ws, 'server/local.settings.json')).Values.FUNCTIONS_WORKER_RUNTIME).toBe(
      'custom'
    )
    expect(fs.existsSync(path.join(ws, 'server/.funcignore'))).toBe(true)
    expect(r.stdout).toContain('-        "enableHttpProxyingRequest": true')
    expect(r.stdout).toContain('+        "enableProxyingHttpRequest": true')
    expect(r.summary).toContain('```diff')
  })

  it('bad input: a path outside the workspace and an unknown mode are one clear line, no stack trace', async () => {
    const ws = workspace('artifacts-classic')
    for (const [inputs, text] of [
      [{ mode: 'check', path: '../..' }, 'is outside the workspace'],
      [{ mode: 'check', path: 'nope' }, 'does not exist'],
      [{ mode: 'destroy' }, 'input mode: "destroy" is not one of']
    ] as Array<[Record<string, string>, string]>) {
      const r = await runAction(ws, inputs)
      expect(r.code).toBe(1)
      const errors = r.stdout.split('\n').filter(l => l.startsWith('::error'))
      expect(errors).toHaveLength(1)
      expect(errors[0]).toContain(text)
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
    }
  })

  it('keeps the Azure SDK out of the main bundle (check never loads it)', () => {
    const main = fs.readFileSync(new URL('../../dist/index.js', import.meta.url), 'utf8')
    expect(main).not.toContain('WebSiteManagementClient')
    expect(main).not.toContain('ClientAssertionCredential')
  })
})
