import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { cli } from '../../src/cli.js'
import { fixtureCopy, treeHash } from '../helpers/fixture.js'

async function run(argv: string[], cwd: string) {
  const out: string[] = []
  const err: string[] = []
  const code = await cli(argv, {
    out: l => out.push(l),
    err: l => err.push(l),
    env: { PATH: process.env.PATH },
    cwd
  })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('mcp-functions-deploy (CLI)', () => {
  it('check prints file:line, severity, message and fix, and exits 1 on errors', async () => {
    const dir = fixtureCopy('original-recipe')
    const before = treeHash(dir)
    const r = await run(['check', '.'], dir)
    expect(r.code).toBe(1)
    expect(r.out).toMatch(
      /^\s*host\.json:15:\d+ {2}warning {2}.*ignores it silently.*\[host-json\/proxy-misspelled\]$/m
    )
    expect(r.out).toMatch(/^\s+fix: rename it to "enableProxyingHttpRequest": true$/m)
    expect(r.err).toMatch(/^failed: check failed/)
    expect(treeHash(dir)).toBe(before)
  })

  it('takes the path as positional or --path, inputs as flags', async () => {
    const dir = fixtureCopy('original-recipe')
    const parent = path.dirname(dir)
    const r = await run(['check', '--path', path.basename(dir), '--fail-on', 'never'], parent)
    expect(r.code).toBe(0)
    expect(r.out).toContain(`${path.basename(dir)}/host.json:15`)
  })

  it('generate writes the missing files and shows the diffs', async () => {
    const dir = fixtureCopy('original-recipe', { 'local.settings.json': null })
    const r = await run(['generate', '.', '--fail-on', 'never'], dir)
    expect(r.code).toBe(0)
    expect(r.out).toContain('created local.settings.json')
    expect(r.out).toContain('+        "enableProxyingHttpRequest": true')
    expect(fs.existsSync(path.join(dir, 'local.settings.json'))).toBe(true)
  })

  it('usage errors exit 2 with one line', async () => {
    const dir = fixtureCopy('artifacts-classic')
    for (const argv of [['frobnicate'], ['check', '--no-such-flag'], ['check', 'a', 'b'], []]) {
      const r = await run(argv, dir)
      expect([argv, r.code]).toEqual([argv, 2])
    }
    const bad = await run(['check', '--fail-on', 'sometimes'], dir)
    expect(bad.code).toBe(1)
    expect(bad.err).toBe('error: input fail-on: "sometimes" is not one of error, warning, never')
    const help = await run(['--help'], dir)
    expect(help.code).toBe(0)
    expect(help.out).toContain('usage: mcp-functions-deploy')
  })
})
