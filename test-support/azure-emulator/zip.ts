/**
 * The emulator's own zip handling (yazl/yauzl), so that the test infrastructure does not move
 * with the product's package step: a deterministic zip of a folder, and Kudu's unpacking.
 */
import { createHash } from 'node:crypto'
import { createWriteStream, lstatSync, mkdirSync, readdirSync, readlinkSync } from 'node:fs'
import { chmod } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import yauzl from 'yauzl'
import yazl from 'yazl'

/** Zips every file under `dir` (sorted, fixed timestamps, Unix modes kept). */
export async function zipFolder(
  dir: string,
  outFile: string
): Promise<{ sha256: string; bytes: number; fileCount: number }> {
  const zip = new yazl.ZipFile()
  const mtime = new Date(1980, 0, 1)
  let fileCount = 0
  const walk = (rel: string) => {
    const names = readdirSync(path.join(dir, rel)).sort()
    for (const name of names) {
      const r = rel ? `${rel}/${name}` : name
      const full = path.join(dir, r)
      const st = lstatSync(full)
      if (st.isDirectory()) walk(r)
      else if (st.isSymbolicLink()) {
        zip.addBuffer(Buffer.from(readlinkSync(full)), r, { mtime, mode: 0o120777 })
        fileCount++
      } else if (st.isFile()) {
        zip.addFile(full, r, {
          mtime,
          mode: st.mode & 0o777 ? 0o100000 | (st.mode & 0o777) : 0o100644
        })
        fileCount++
      }
    }
  }
  walk('')
  zip.end()
  const hash = createHash('sha256')
  let bytes = 0
  zip.outputStream.on('data', (c: Buffer) => {
    hash.update(c)
    bytes += c.length
  })
  await pipeline(zip.outputStream, createWriteStream(outFile))
  return { sha256: hash.digest('hex'), bytes, fileCount }
}

/** Unpacks like Kudu: files with their modes, folders; names are checked by yauzl. Returns the file count. */
export async function unzipTo(zipFile: string, dest: string): Promise<number> {
  mkdirSync(dest, { recursive: true })
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(zipFile, { lazyEntries: true, strictFileNames: true }, (err, z) =>
      err || !z ? reject(err ?? new Error('no zip')) : resolve(z)
    )
  )
  let files = 0
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject)
    zip.on('end', () => resolve())
    zip.on('entry', (entry: yauzl.Entry) => {
      const target = path.join(dest, entry.fileName)
      if (!target.startsWith(path.resolve(dest) + path.sep))
        return reject(new Error(`unsafe name ${entry.fileName}`))
      if (entry.fileName.endsWith('/')) {
        mkdirSync(target, { recursive: true })
        zip.readEntry()
        return
      }
      mkdirSync(path.dirname(target), { recursive: true })
      zip.openReadStream(entry, (err, stream) => {
        if (err || !stream) return reject(err ?? new Error('no stream'))
        const mode = (entry.externalFileAttributes >>> 16) & 0o777
        pipeline(stream, createWriteStream(target))
          .then(() => (mode ? chmod(target, mode) : undefined))
          .then(() => {
            files++
            zip.readEntry()
          }, reject)
      })
    })
    zip.readEntry()
  })
  return files
}
