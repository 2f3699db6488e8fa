import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { cli, closest, version } from '../../src/cli.js'
import { colourEnabled, palette } from '../../src/report/colour.js'
import { fixtureCopy, REPO, treeHash } from '../helpers/fixture.js'

async function run(argv: string[], cwd: string, colour = false) {
  const out: string[] = []
  const err: string[] = []
  const code = await cli(argv, {
    out: l => out.push(l),
    err: l => err.push(l),
    env: { PATH: process.env.PATH },
    cwd,
    colour: { out: colour, err: colour }
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

  it('takes the folder as positional or --path, inputs as flags', async () => {
    const dir = fixtureCopy('original-recipe')
    const r = await run(['check', '--path', '.', '--fail-on', 'never'], dir)
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^\s*host\.json:15/m)
  })

  it('takes any folder: its git root is the workspace, else the folder itself', async () => {
    // a repository with the server in server/, and the user in a sibling folder
    const repo = fixtureCopy('original-recipe', { '.git': { dir: true } })
    fs.mkdirSync(path.join(repo, 'server'))
    for (const f of fs.readdirSync(repo))
      if (f !== '.git' && f !== 'server')
        fs.renameSync(path.join(repo, f), path.join(repo, 'server', f))
    const elsewhere = fixtureCopy('artifacts-classic')
    const rel = path.relative(elsewhere, path.join(repo, 'server'))
    expect(rel.startsWith('..')).toBe(true)
    const r = await run(['check', rel, '--fail-on', 'never'], elsewhere)
    expect([r.code, r.err]).toEqual([0, ''])
    expect(r.out).toMatch(/^\s*server\/host\.json:15/m)
    // a worktree's .git is a file: the same
    fs.rmSync(path.join(repo, '.git'), { recursive: true })
    fs.writeFileSync(path.join(repo, '.git'), 'gitdir: /elsewhere\n')
    expect((await run(['check', rel, '--fail-on', 'never'], elsewhere)).out).toContain(
      'server/host.json:15'
    )
    // outside a repository, the folder itself
    fs.rmSync(path.join(repo, '.git'))
    const plain = await run(['check', rel, '--fail-on', 'never'], elsewhere)
    expect(plain.out).toMatch(/^\s*host\.json:15/m)
    expect(plain.out).not.toContain('server/host.json')
    // a folder that is not there, or a file: usage errors
    const missing = await run(['check', '../no-such-folder'], elsewhere)
    expect(missing.code).toBe(2)
    expect(missing.err).toMatch(/^error: folder "..\/no-such-folder" does not exist/)
    expect((await run(['check', 'host.json'], elsewhere)).code).toBe(2)
  })

  it('generate writes the missing files and shows the diffs', async () => {
    const dir = fixtureCopy('original-recipe', { 'local.settings.json': null })
    const r = await run(['generate', '.', '--fail-on', 'never'], dir)
    expect(r.code).toBe(0)
    expect(r.out).toContain('created local.settings.json')
    expect(r.out).toContain('+        "enableProxyingHttpRequest": true')
    expect(fs.existsSync(path.join(dir, 'local.settings.json'))).toBe(true)
  })

  it('usage errors exit 2 with one line, before any work', async () => {
    const dir = fixtureCopy('artifacts-classic')
    for (const argv of [
      ['frobnicate'],
      ['check', '--no-such-flag'],
      ['check', 'a', 'b'],
      ['check', '--once=yes'],
      ['check', '--app-name'],
      []
    ]) {
      const r = await run(argv, dir)
      expect([argv, r.code]).toEqual([argv, 2])
    }
    const bad = await run(['check', '--fail-on', 'sometimes'], dir)
    expect([bad.code, bad.out]).toEqual([2, ''])
    expect(bad.err).toBe('error: input fail-on: "sometimes" is not one of error, warning, never')
    // deploy to Azure without --app-name: refused before the folder is scanned
    const noApp = await run(['deploy', '.'], dir)
    expect([noApp.code, noApp.out]).toEqual([2, ''])
    expect(noApp.err).toMatch(
      /^error: input app-name is required to deploy to Azure \(.*--app-name/
    )
    expect(noApp.err.split('\n')).toHaveLength(1)
    // what the user typed is printed back without its control sequences
    const hostile = await run(['check', 'x\u001b]52;c;aGk=\u0007\u001b[2Jy'], dir)
    expect(hostile.code).toBe(2)
    expect(hostile.err).toMatch(/^error: folder "xy" does not exist/)
    expect([...hostile.err].filter(c => c < ' ' && c !== '\n')).toEqual([])
    const help = await run(['--help'], dir)
    expect(help.code).toBe(0)
    expect(help.out).toContain('usage: mcp-functions-deploy')
    expect(help.out).toContain('exit codes: 0 ok, 1 findings')
    expect((await run(['-h'], dir)).code).toBe(0)
  })

  it('suggests the flag or mode meant', async () => {
    const dir = fixtureCopy('artifacts-classic')
    const cases: [string[], string][] = [
      [
        ['check', '--fail-onn', 'never'],
        'error: unknown flag --fail-onn (did you mean --fail-on?)'
      ],
      [['deploy', '--taget', 'local'], 'error: unknown flag --taget (did you mean --target?)'],
      [['check', '--no-cache'], 'error: unknown flag --no-cache (did you mean --cache false?)'],
      [['check', '--colour'], 'error: unknown flag --colour (see --help)'],
      [['chek', '.'], 'error: unknown mode "chek" (did you mean "check"?)'],
      [['Deploy'], 'error: unknown mode "Deploy" (did you mean "deploy"?)'],
      [
        ['.', 'check'],
        'error: unknown mode "." (the mode comes first: mcp-functions-deploy check .)'
      ],
      [
        ['launch'],
        'error: unknown mode "launch" (one of auto, check, generate, package, deploy, demo)'
      ]
    ]
    for (const [argv, line] of cases) {
      const r = await run(argv, dir)
      expect([argv, r.code, r.err]).toEqual([argv, 2, line])
    }
    expect(closest('pakage', ['package', 'check'])).toBe('package')
    expect(closest('xyz', ['package', 'check'])).toBeUndefined()
  })

  it('--version prints the version of package.json', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'))
    const r = await run(['--version'], REPO)
    expect([r.code, r.out]).toEqual([0, pkg.version])
    expect(version()).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('colours severities on a terminal and nothing otherwise', async () => {
    const dir = fixtureCopy('original-recipe')
    const plain = await run(['check', '.'], dir)
    expect(plain.out + plain.err).not.toContain('\u001b[')
    const coloured = await run(['check', '.'], dir, true)
    // ESC[ shown as ‹ to keep the expectations readable
    const show = (t: string) => t.split('\u001b[').join('‹')
    expect(show(coloured.out)).toMatch(/host\.json:15:\d+‹22m {2}‹33mwarning‹39m/)
    expect(show(coloured.out)).toMatch(/^\s+‹32mfix:‹39m rename it/m)
    expect(show(coloured.err)).toMatch(/^‹31mfailed:‹39m check failed/)
    // the same text once the colour is taken out
    const strip = (t: string) => show(t).replace(/‹\d+m/g, '')
    expect(strip(coloured.out)).toBe(plain.out)
  })
})

describe('colourEnabled', () => {
  it('follows the terminal, NO_COLOR and FORCE_COLOR', () => {
    expect(colourEnabled({}, true)).toBe(true)
    expect(colourEnabled({}, false)).toBe(false)
    expect(colourEnabled({}, undefined)).toBe(false)
    expect(colourEnabled({ TERM: 'dumb' }, true)).toBe(false)
    expect(colourEnabled({ NO_COLOR: '1' }, true)).toBe(false)
    expect(colourEnabled({ NO_COLOR: '' }, true)).toBe(true)
    expect(colourEnabled({ FORCE_COLOR: '1' }, false)).toBe(true)
    expect(colourEnabled({ FORCE_COLOR: '' }, false)).toBe(true)
    expect(colourEnabled({ FORCE_COLOR: '0' }, true)).toBe(false)
    expect(colourEnabled({ FORCE_COLOR: 'false' }, true)).toBe(false)
    expect(colourEnabled({ FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(true)
  })

  it('a disabled palette returns its text unchanged', () => {
    const p = palette(false)
    for (const line of ['▸ check', 'a.json:1:2  error  x  [r/x]', '    fix: y', 'error: z'])
      expect(p.line(line)).toBe(line)
    expect(palette(true).line('error: z')).toBe('\u001b[31m\u001b[1merror\u001b[22m\u001b[39m: z')
  })
})
