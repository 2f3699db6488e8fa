import { describe, it, expect, afterAll } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeZip } from '../../src/package/index.js'
import { UserError } from '../../src/errors.js'
import { listTree, writeEntries } from '../../src/package/zip.js'
import type { ZipProgress } from '../../src/package/zip.js'
import {
  digestZip,
  readZip,
  sha256File,
  unzipTest,
  unzipNames,
  within,
  writeRepeated,
  zipEntryCount
} from './ziputil.js'

const made: string[] = []
function tmp(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-test-'))
  made.push(dir)
  return dir
}
afterAll(() => {
  // rm -rf: fs.rmSync cannot remove a tree deeper than PATH_MAX
  if (made.length > 0) execFileSync('rm', ['-rf', ...made.splice(0)])
})

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

  it('orders entries by their whole name, not by the folder walk', async () => {
    // a walk visits a/ (and a/b) before a-c, but '-' and '.' sort before '/'
    const root = tmp()
    fs.mkdirSync(path.join(root, 'a'))
    for (const f of ['a/b', 'a-c', 'a.d', 'B']) fs.writeFileSync(path.join(root, f), f)
    const out = path.join(tmp(), 'o.zip')
    await writeZip(root, out)
    expect(unzipNames(out)).toEqual(['B', 'a-c', 'a.d', 'a/b'])
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

describe('writeZip on any size and mix', () => {
  it('finishes on a compressible file above 16 MiB (the old writer hung) and reports progress during it', async () => {
    const root = tmp()
    fs.cpSync(fileURLToPath(new URL('../../examples/weather-python', import.meta.url)), root, {
      recursive: true
    })
    writeRepeated(path.join(root, 'data.bin'), 17 << 20)
    const out = path.join(tmp(), 'w.zip')
    const seen: ZipProgress[] = []
    const stats = await within(
      20_000,
      writeZip(root, out, { onProgress: p => seen.push({ ...p }) })
    )
    unzipTest(out)
    const got = await digestZip(out)
    expect(got.get('data.bin')).toEqual({
      size: 17 << 20,
      sha256: await sha256File(path.join(root, 'data.bin'))
    })
    expect(stats.bytes).toBeLessThan(1 << 20)
    // progress: called while data.bin was being written (bytes advancing, file not yet done)
    const last = seen[seen.length - 1]
    expect(last).toEqual({
      files: stats.fileCount,
      bytes: last.totalBytes,
      totalFiles: stats.fileCount,
      totalBytes: last.totalBytes
    })
    // during data.bin (17 chunks): calls where the bytes advance but no file has finished yet
    const inBig = seen.filter(
      (p, k) =>
        k > 0 &&
        p.files === seen[k - 1].files &&
        p.bytes > seen[k - 1].bytes &&
        p.bytes < p.totalBytes
    )
    expect(inBig.length).toBeGreaterThanOrEqual(15)
  })

  it('zips 20,000 small files and empty ones, with the same bytes twice', async () => {
    const root = tmp()
    for (let d = 0; d < 100; d++) {
      const dir = path.join(root, `pkg${d}`)
      fs.mkdirSync(dir)
      for (let f = 0; f < 200; f++) {
        fs.writeFileSync(path.join(dir, `m${f}.py`), f % 50 === 0 ? '' : `x = ${d * 200 + f}\n`)
      }
    }
    const a = path.join(tmp(), 'a.zip')
    const stats = await within(60_000, writeZip(root, a))
    expect(stats.fileCount).toBe(20_000)
    unzipTest(a)
    expect(await zipEntryCount(a)).toBe(20_000)
    expect(unzipNames(a).slice(0, 3)).toEqual(['pkg0/m0.py', 'pkg0/m1.py', 'pkg0/m10.py'])
    expect(execFileSync('unzip', ['-p', a, 'pkg7/m0.py']).length).toBe(0)
    expect(execFileSync('unzip', ['-p', a, 'pkg99/m199.py']).toString()).toBe('x = 19999\n')
    const b = await writeZip(root, path.join(tmp(), 'b.zip'))
    expect(b.sha256).toBe(stats.sha256)
  }, 90_000)

  it('zips a tree of only large files; incompressible data is stored, not grown', async () => {
    const root = tmp()
    writeRepeated(path.join(root, 'a.bin'), 3 << 20)
    fs.writeFileSync(path.join(root, 'random.bin'), crypto.randomBytes((2 << 20) + 123))
    fs.writeFileSync(path.join(root, 'small-random.bin'), crypto.randomBytes(200_000))
    fs.writeFileSync(path.join(root, 'z.txt'), 'line of text\n'.repeat(300_000))
    const out = path.join(tmp(), 'l.zip')
    const stats = await within(20_000, writeZip(root, out))
    unzipTest(out)
    const got = await digestZip(out)
    for (const name of ['a.bin', 'random.bin', 'small-random.bin', 'z.txt']) {
      expect(got.get(name)!.sha256).toBe(await sha256File(path.join(root, name)))
    }
    const items = await readZip(out)
    const by = Object.fromEntries(items.map(i => [i.name, i]))
    expect(by['small-random.bin'].method).toBe(0)
    // the random chunks are stored blocks inside the deflate stream: a few bytes per 64 KiB
    const random = fs.statSync(path.join(root, 'random.bin')).size
    expect(stats.bytes).toBeLessThan(random + 200_000 + 64 * 1024 + 4096)
  })

  it('writes zip64 end records when there are more than 65,535 entries', async () => {
    const root = tmp()
    fs.writeFileSync(path.join(root, 'one.txt'), 'same bytes\n')
    const [one] = await listTree(root)
    const entries = Array.from({ length: 65_600 }, (_, i) => ({
      ...one,
      name: `d${Math.floor(i / 1000)}/f${String(i).padStart(5, '0')}.txt`
    }))
    const out = path.join(tmp(), 'many.zip')
    const stats = await within(60_000, writeEntries(entries, out))
    expect(stats.fileCount).toBe(65_600)
    unzipTest(out)
    expect(await zipEntryCount(out)).toBe(65_600)
    expect(unzipNames(out).length).toBe(65_600)
  }, 90_000)
})
