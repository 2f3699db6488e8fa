/**
 * Each door fed hostile input directly: the read door (ProjectFiles and the requirements
 * includes), bounded JSON, the write door (generate and the local target's unzip), and the print
 * door as the Ui implementations enforce it (runner log, terminal, the CLI).
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import yazl from 'yazl'
import { cli } from '../../src/cli.js'
import { WriteRefused, createFileInside, writeNewFile } from '../../src/io/write.js'
import { ProjectFiles } from '../../src/project/files.js'
import { JsonDoc, MAX_JSON_DEPTH } from '../../src/project/json.js'
import {
  MAX_QUOTE,
  readPyproject,
  readRequirementsTxt
} from '../../src/project/python/requirements.js'
import type { ArtifactPlan } from '../../src/project/generate.js'
import { writeMissing } from '../../src/project/generate.js'
import { ActionUi, TerminalUi } from '../../src/report/ui.js'
import { unzip } from '../../src/targets/local/unzip.js'
import { readPythonDeps } from '../../src/package/python.js'
import { loadIgnore } from '../../src/package/stage.js'
import { manifest } from '../../src/package/index.js'
import { CANARY, HOSTILE, MARK, TOKEN, foreignCommands, makeWorld, worldHash } from './harness.js'

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/

describe('the read door (ProjectFiles)', () => {
  it('refuses .git, paths and folders that leave the server folder; reads the rest', () => {
    const w = makeWorld()
    fs.writeFileSync(path.join(w.ws, 'ok.txt'), 'fine\n')
    fs.symlinkSync('../outside', path.join(w.ws, 'link'))
    fs.symlinkSync('.git/config', path.join(w.ws, 'cfg'))
    fs.symlinkSync('.', path.join(w.ws, 'self'))
    const files = new ProjectFiles(w.ws)
    const kind = (rel: string) => files.read(rel).kind
    expect(kind('ok.txt')).toBe('ok')
    expect(kind('self/ok.txt')).toBe('ok') // a link that stays inside is followed
    expect(kind('.git/config')).toBe('git')
    expect(kind('.GIT/config')).toBe('git')
    expect(kind('sub/../.git/config')).toBe('git')
    expect(kind('cfg')).toBe('git') // a link into .git
    expect(kind('self/.git/config')).toBe('git')
    expect(kind('link/secret.txt')).toBe('outside') // through a linked folder
    expect(kind('link/nothing-here.txt')).toBe('outside') // even what does not exist there
    expect(kind('../outside/secret.txt')).toBe('outside')
    expect(kind('missing.txt')).toBe('missing')
    expect(files.isFile('link/secret.txt')).toBe(false)
    expect(files.isDirectory('link')).toBe(false)
    expect(files.isFile('.git/config')).toBe(false)
  })

  it('includes go through it: .git and outside are findings, never read, never quoted', () => {
    const w = makeWorld()
    fs.symlinkSync('../outside', path.join(w.ws, 'link'))
    const long = `mcp>=2 ${'x'.repeat(300)} ${CANARY}`
    fs.writeFileSync(path.join(w.ws, 'base.txt'), `${long}\n`)
    fs.writeFileSync(
      path.join(w.ws, 'requirements.txt'),
      [
        '-r .git/config',
        '-c ./.git/config',
        '--requirement=link/requirements.txt',
        '-r /etc/passwd',
        '-r ../outside/requirements.txt',
        '-r base.txt'
      ].join('\n')
    )
    const r = readRequirementsTxt(new ProjectFiles(w.ws), 'requirements.txt')
    const all = [...r.problems, ...r.notes]
    expect(all.map(p => [p.line, p.rule ?? 'default'])).toEqual([
      [1, 'python-deps/include-git'],
      [2, 'python-deps/include-git'],
      [1, 'default'], // base.txt line 1: a syntax problem, quoted only in part
      [3, 'default'],
      [4, 'default'],
      [5, 'default']
    ])
    const text = JSON.stringify(all)
    for (const s of [TOKEN, CANARY, 'extraheader', 'root:']) expect(text).not.toContain(s)
    const quoted = r.problems.find(p => p.file === 'base.txt')!.message
    expect(quoted.length).toBeLessThan(MAX_QUOTE + 200)
    expect(r.notes[0].message).toContain('the include points outside the server folder')
  })

  it("the package step's reads of the staged copy go through it too (.funcignore, includes)", async () => {
    const w = makeWorld()
    fs.symlinkSync('../outside', path.join(w.ws, 'link'))
    fs.symlinkSync('../outside/secret.txt', path.join(w.ws, '.funcignore'))
    fs.writeFileSync(
      path.join(w.ws, 'requirements.txt'),
      '-r .git/config\n-r link/requirements.txt\n-r ../outside/secret.txt\nmcp>=2,<3\n'
    )
    const deps = await readPythonDeps(w.ws)
    expect(deps.fingerprint).toContain('mcp>=2,<3')
    for (const s of [TOKEN, CANARY]) expect(deps.fingerprint).not.toContain(s)
    const ig = await loadIgnore(w.ws, 'python')
    expect(ig.ignores(CANARY)).toBe(false) // the linked file's lines are not rules
  })

  it('pip index redirects are a notice naming the host, never the credentials in the URL', () => {
    const w = makeWorld()
    fs.writeFileSync(
      path.join(w.ws, 'requirements.txt'),
      [
        '--index-url https://user:s3cret-pw@pkgs.example.com/simple',
        '-i https://mirror.example.org/pypi',
        '--extra-index-url=https://extra.example.net/simple',
        '--trusted-host insecure.example.com',
        '-f ./wheels',
        '--find-links file:///srv/wheels',
        'mcp>=2,<3'
      ].join('\n')
    )
    const r = readRequirementsTxt(new ProjectFiles(w.ws), 'requirements.txt')
    expect(r.problems).toEqual([])
    expect(r.notes.map(n => [n.rule, n.severity, n.line])).toEqual(
      [1, 2, 3, 4, 5, 6].map(l => ['python-deps/index-redirect', 'notice', l])
    )
    const msgs = r.notes.map(n => n.message)
    expect(msgs[0]).toContain('pkgs.example.com')
    expect(msgs[1]).toContain('mirror.example.org')
    expect(msgs[2]).toMatch(/also fetch packages from extra\.example\.net/)
    expect(msgs[3]).toMatch(/skip TLS verification for insecure\.example\.com/)
    expect(msgs[4]).toContain('the local path ./wheels')
    expect(msgs[5]).toContain('the local path /srv/wheels')
    expect(JSON.stringify(r.notes)).not.toMatch(/s3cret|user:/)
  })
})

describe('bounded parsing', () => {
  it('TOML: 5,000 levels of nesting in pyproject.toml are a finding at the file (smol-toml bounds depth)', () => {
    const w = makeWorld()
    const nest = '['.repeat(5000) + ']'.repeat(5000)
    fs.writeFileSync(path.join(w.ws, 'pyproject.toml'), `[project]\ndependencies = ${nest}\n`)
    const r = readPyproject(new ProjectFiles(w.ws))
    expect(r.problems).toEqual([
      expect.objectContaining({
        file: 'pyproject.toml',
        message: expect.stringMatching(/not valid TOML: .*nested/)
      })
    ])
  })

  it('up to the depth bound it parses; past it a one-line error at the place, no stack overflow', () => {
    const nest = (n: number) => '['.repeat(n) + ']'.repeat(n)
    expect(new JsonDoc(`{"a": ${nest(MAX_JSON_DEPTH - 1)}}`).ok).toBe(true) // JSON
    // brackets in strings and comments do not count
    expect(new JsonDoc(`{"a": "${'['.repeat(500)}" /* ${'{'.repeat(500)} */}`).ok).toBe(true)
    for (const n of [MAX_JSON_DEPTH, 5000, 200000]) {
      const doc = new JsonDoc(`{"a": ${nest(n)}}`)
      expect(doc.ok).toBe(false)
      expect(doc.errors).toEqual([
        {
          message: expect.stringContaining('too deeply nested'),
          line: 1,
          column: 7 + MAX_JSON_DEPTH - 1
        }
      ])
    }
  })
})

describe('the write door', () => {
  it('refuses a path through a folder symlink that leaves the root, a symlink at the name, and ..', () => {
    const w = makeWorld()
    fs.symlinkSync('../outside', path.join(w.ws, 'link'))
    fs.symlinkSync('../outside/secret.txt', path.join(w.ws, 'name'))
    const before = worldHash({ ...w, base: w.outside })
    expect(() => writeNewFile(w.ws, 'link/new.json', '{}')).toThrow(WriteRefused)
    expect(() => writeNewFile(w.ws, 'link/deeper/new.json', '{}')).toThrow(/leads outside/)
    expect(() => writeNewFile(w.ws, '../outside/x', '{}')).toThrow(/leaves the folder/)
    expect(writeNewFile(w.ws, 'name', 'overwritten')).toBe('exists') // never followed
    expect(() => createFileInside(w.ws, 'name')).toThrow(/its name is a symlink/)
    expect(worldHash({ ...w, base: w.outside })).toBe(before)
    expect(writeNewFile(w.ws, 'a/b/new.json', '{}')).toBe('written')
    expect(writeNewFile(w.ws, 'a/b/new.json', '[]')).toBe('exists')
    expect(fs.readFileSync(path.join(w.ws, 'a/b/new.json'), 'utf8')).toBe('{}')
  })

  it('generate: a planned file under a folder symlinked outside is refused, the rest written', () => {
    const w = makeWorld()
    fs.mkdirSync(path.join(w.outside, 'handler'))
    fs.symlinkSync('../outside/handler', path.join(w.ws, 'mcp-handler'))
    const before = worldHash({ ...w, base: w.outside })
    const plan = {
      created: [
        { file: 'host.json', content: '{}' },
        { file: 'mcp-handler/function.json', content: '{}' }
      ]
    } as unknown as ArtifactPlan
    const r = writeMissing(w.ws, plan)
    expect(r.written).toEqual(['host.json'])
    expect(r.refused).toEqual([
      { file: 'mcp-handler/function.json', reason: expect.stringContaining('leads outside') }
    ])
    expect(worldHash({ ...w, base: w.outside })).toBe(before)
  })

  it("the local target's unzip: no entry lands outside through a symlink an earlier entry made", async () => {
    const w = makeWorld()
    const zipWith = async (entries: Array<[string, string, number]>) => {
      const zip = new yazl.ZipFile()
      for (const [name, data, mode] of entries)
        if (name.endsWith('/')) zip.addEmptyDirectory(name)
        else zip.addBuffer(Buffer.from(data), name, { mode })
      zip.end()
      const out = path.join(w.base, `z${Math.random().toString(36).slice(2)}.zip`)
      await new Promise<void>(resolve =>
        zip.outputStream.pipe(fs.createWriteStream(out)).on('close', () => resolve())
      )
      return out
    }
    const LINK = 0o120777
    const FILE = 0o100644
    const before = worldHash({ ...w, base: w.outside })
    // `d` → `.` is inside; `e` → `d/..` reads as inside but really is the folder above the root
    const chained = await zipWith([
      ['d', '.', LINK],
      ['e', 'd/..', LINK],
      ['e/pwned.txt', MARK, FILE]
    ])
    await expect(unzip(chained, path.join(w.base, 'app1'))).rejects.toThrow(/outside the app root/)
    const direct = await zipWith([
      ['out', '../outside', LINK],
      ['out/pwned.txt', MARK, FILE]
    ])
    await expect(unzip(direct, path.join(w.base, 'app2'))).rejects.toThrow(/outside the app root/)
    expect(worldHash({ ...w, base: w.outside })).toBe(before)
    expect(fs.existsSync(path.join(w.base, 'pwned.txt'))).toBe(false)
    // a link that stays inside still works
    const fine = await zipWith([
      ['sub/', '', 0o40755],
      ['s', 'sub', LINK],
      ['s/file.txt', 'ok', FILE]
    ])
    expect(await unzip(fine, path.join(w.base, 'app3'))).toBe(1)
    expect(fs.readFileSync(path.join(w.base, 'app3', 'sub', 'file.txt'), 'utf8')).toBe('ok')
  })
})

describe('the print door, enforced by the Ui implementations', () => {
  it('ActionUi: no hostile line becomes a runner command (log, group, debug, annotations)', async () => {
    let stdout = ''
    const real = process.stdout.write.bind(process.stdout)
    process.stdout.write = ((c: string | Uint8Array) => {
      stdout += String(c)
      return true
    }) as typeof process.stdout.write
    const saved = process.env.RUNNER_DEBUG
    process.env.RUNNER_DEBUG = '1'
    try {
      const ui = new ActionUi()
      await ui.group(`title ${HOSTILE}`, async () => {
        ui.info(HOSTILE)
        ui.info(`[handler] ${HOSTILE}`)
        ui.debug(HOSTILE)
        ui.notice(HOSTILE, { file: `a${HOSTILE}.py`, line: 1, title: HOSTILE })
        ui.warning(HOSTILE, { file: 'x.py', title: HOSTILE })
        ui.error(HOSTILE)
      })
    } finally {
      process.stdout.write = real
      if (saved === undefined) delete process.env.RUNNER_DEBUG
      else process.env.RUNNER_DEBUG = saved
    }
    expect(stdout.split(MARK).length).toBeGreaterThan(10) // it was all printed, as text
    expect(foreignCommands(stdout)).toEqual([])
    expect(stdout).not.toContain('\u001b')
    expect(stdout).not.toContain('\r')
  })

  it("the package manifest: a dependency's name and version (from the network) stay in their cells", () => {
    const md = manifest({
      bytes: 1,
      fileCount: 1,
      sha256: 'ab',
      dependencies: [{ name: 'evil | <img src=x>', version: '1.0\n| injected | row |' }]
    })
    const rows = md.split('\n').filter(l => l.startsWith('| ') && l.includes('evil'))
    expect(rows).toHaveLength(1)
    expect(rows[0].split(/(?<!\\)\|/).length).toBe(4)
    expect(md).not.toContain('<img')
  })

  it('TerminalUi and the CLI: no control character or ESC sequence reaches the terminal', async () => {
    const lines: string[] = []
    const ui = new TerminalUi(l => lines.push(l), true)
    await ui.group(HOSTILE, async () => {
      ui.info(HOSTILE)
      ui.error(HOSTILE, { file: `f${HOSTILE}`, line: 2 })
    })
    const w = makeWorld()
    fs.writeFileSync(path.join(w.ws, 'requirements.txt'), `-r x${HOSTILE}\nmcp ${HOSTILE}\n`)
    fs.writeFileSync(path.join(w.ws, 'host.json'), JSON.stringify({ version: HOSTILE }))
    const io = {
      out: (l: string) => lines.push(l),
      err: (l: string) => lines.push(l),
      env: {},
      cwd: w.ws
    }
    await cli(['check', '.'], io)
    await cli(['check', `missing${HOSTILE}`], io)
    expect(lines.join('\n')).toContain(MARK)
    for (const l of lines) expect(l).not.toMatch(CONTROLS)
  })
})
