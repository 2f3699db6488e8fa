import { describe, it, expect } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { writeZip } from '../../src/package/zip.js'
import {
  crc32File,
  digestZip,
  sha256File,
  unzipTest,
  within,
  writeRepeated,
  zipCrcs
} from './ziputil.js'

// The sizes users meet with data and model files: a 200 MiB compressible file and a 1 GiB sparse
// one in the same tree (one test, to pay for the tree once). Created at test time, removed after.

describe('writeZip on large files', () => {
  it('zips a 200 MiB compressible file and a 1 GiB sparse one, in bounded memory', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-large-'))
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-large-out-'))
    try {
      writeRepeated(path.join(root, 'model.bin'), 200 << 20)
      const sparse = path.join(root, 'sparse.img')
      fs.closeSync(fs.openSync(sparse, 'w'))
      fs.truncateSync(sparse, 1 << 30)
      fs.writeFileSync(path.join(root, 'server.py'), 'print("hi")\n')
      const out = path.join(outDir, 'big.zip')
      const seen: number[] = []
      const rss0 = process.memoryUsage().rss
      let rssMax = rss0
      const stats = await within(
        150_000,
        writeZip(root, out, {
          onProgress: p => {
            seen.push(p.bytes)
            rssMax = Math.max(rssMax, process.memoryUsage().rss)
          }
        })
      )
      expect(stats.fileCount).toBe(3)
      expect(stats.bytes).toBeLessThan(8 << 20)
      // memory follows the look-ahead window, not the file sizes
      expect(rssMax - rss0).toBeLessThan(400 << 20)
      expect(seen.length).toBeGreaterThan(1000)
      unzipTest(out)
      const got = await digestZip(out, ['model.bin'])
      expect(got.get('model.bin')).toEqual({
        size: 200 << 20,
        sha256: await sha256File(path.join(root, 'model.bin'))
      })
      expect(got.get('sparse.img')!.size).toBe(1 << 30)
      // the sparse file's data: Info-ZIP checked it against the CRC, which matches the source's
      expect((await zipCrcs(out)).get('sparse.img')).toBe(await crc32File(sparse))
    } finally {
      fs.rmSync(root, { recursive: true, force: true })
      fs.rmSync(outDir, { recursive: true, force: true })
    }
  }, 240_000)
})
