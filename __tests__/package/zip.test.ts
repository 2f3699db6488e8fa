import { describe, it, expect } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { writeZip } from '../../src/package/index.js'
import { UserError } from '../../src/errors.js'
import { readZip } from './ziputil.js'

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'zip-test-'))
}

function makeTree(root: string): void {
  fs.mkdirSync(path.join(root, 'pkg', 'sub'), { recursive: true })
  fs.mkdirSync(path.join(root, 'empty'), { recursive: true })
  fs.writeFileSync(path.join(root, 'pkg', 'a.py'), 'print("hello")\n'.repeat(200))
  fs.writeFileSync(path.join(root, 'pkg', 'sub', 'b.txt'), 'b')
  fs.writeFileSync(path.join(root, 'pkg', 'zero'), '')
  fs.writeFileSync(path.join(root, 'run.sh'), '#!/bin/sh\nexec python server.py\n')
  fs.chmodSync(path.join(root, 'run.sh'), 0o700)
  fs.chmodSync(path.join(root, 'pkg', 'sub', 'b.txt'), 0o600)
  // a large file (several chunks): compressible text then random bytes (stored chunks)
  const text = Buffer.from('def handler(request):\n    return response\n'.repeat(60000))
  fs.writeFileSync(path.join(root, 'big.bin'), Buffer.concat([text, crypto.randomBytes(1_500_000)]))
  fs.writeFileSync(path.join(root, 'ünïcode.txt'), 'x')
}

describe('writeZip', () => {
  it('writes a valid, sorted zip with normalised Unix modes and the exec bit kept', async () => {
    const root = tmp()
    makeTree(root)
    const out = path.join(tmp(), 'a.zip')
    const stats = await writeZip(root, out)
    expect(stats.bytes).toBe(fs.statSync(out).size)
    expect(stats.sha256).toBe(
      crypto.createHash('sha256').update(fs.readFileSync(out)).digest('hex')
    )
    expect(stats.fileCount).toBe(6)

    const items = await readZip(out)
    const names = items.map(i => i.name)
    expect(names).toEqual([
      'big.bin',
      'empty/',
      'pkg/a.py',
      'pkg/sub/b.txt',
      'pkg/zero',
      'run.sh',
      'ünïcode.txt'
    ])
    const by = Object.fromEntries(items.map(i => [i.name, i]))
    expect(by['run.sh'].mode).toBe(0o100755)
    expect(by['pkg/sub/b.txt'].mode).toBe(0o100644)
    expect(by['empty/'].mode).toBe(0o40755)
    for (const i of items) expect(i.madeBy).toBe(3) // Unix
    expect(by['pkg/a.py'].method).toBe(8)
    expect(by['pkg/sub/b.txt'].method).toBe(0) // one byte: stored
    for (const name of ['big.bin', 'pkg/a.py', 'pkg/zero', 'run.sh']) {
      expect(by[name].data.equals(fs.readFileSync(path.join(root, name)))).toBe(true)
    }
    // CRCs (the large file's is combined from its chunks) checked by Info-ZIP, and exec bits restored
    const x = tmp()
    execFileSync('unzip', ['-q', out, '-d', x])
    expect(fs.statSync(path.join(x, 'run.sh')).mode & 0o777).toBe(0o755)
    expect(
      fs.readFileSync(path.join(x, 'big.bin')).equals(fs.readFileSync(path.join(root, 'big.bin')))
    ).toBe(true)
    const listing = execFileSync('unzip', ['-Z', out]).toString()
    expect(listing).toMatch(/-rwxr-xr-x .* unx .* run\.sh/)
  })

  it('gives the same bytes for the same tree, whatever the timestamps and permissions of the files', async () => {
    const root = tmp()
    makeTree(root)
    const a = await writeZip(root, path.join(tmp(), 'a.zip'))
    const old = new Date('2001-02-03T04:05:06Z')
    for (const f of ['pkg/a.py', 'run.sh', 'big.bin']) fs.utimesSync(path.join(root, f), old, old)
    fs.chmodSync(path.join(root, 'pkg', 'a.py'), 0o640)
    fs.chmodSync(path.join(root, 'run.sh'), 0o750)
    const b = await writeZip(root, path.join(tmp(), 'b.zip'))
    expect(b.sha256).toBe(a.sha256)
    fs.writeFileSync(path.join(root, 'pkg', 'sub', 'b.txt'), 'c')
    const c = await writeZip(root, path.join(tmp(), 'c.zip'))
    expect(c.sha256).not.toBe(a.sha256)
  })

  it('follows links inside the tree and refuses one that leaves it', async () => {
    const root = tmp()
    fs.writeFileSync(path.join(root, 'target.js'), 'console.log(1)\n')
    fs.chmodSync(path.join(root, 'target.js'), 0o755)
    fs.mkdirSync(path.join(root, 'bin'))
    fs.symlinkSync('../target.js', path.join(root, 'bin', 'tool'))
    const out = path.join(tmp(), 'l.zip')
    await writeZip(root, out)
    const items = await readZip(out)
    const tool = items.find(i => i.name === 'bin/tool')!
    expect(tool.data.toString()).toBe('console.log(1)\n')
    expect(tool.mode).toBe(0o100755)

    const outside = tmp()
    fs.writeFileSync(path.join(outside, 'secret'), 's')
    fs.symlinkSync(path.join(outside, 'secret'), path.join(root, 'leak'))
    const bad = path.join(tmp(), 'bad.zip')
    await expect(writeZip(root, bad)).rejects.toThrow(UserError)
    await expect(writeZip(root, bad)).rejects.toThrow(/leak .*leaves the package folder/)
  })
})
