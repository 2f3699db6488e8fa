import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import yauzl from 'yauzl'
import { UserError } from '../../errors.js'
import { createFileInside, ensureDirInside, symlinkInside, WriteRefused } from '../../io/write.js'

const S_IFMT = 0o170000
const S_IFLNK = 0o120000
const S_IFDIR = 0o040000

/**
 * Unpacks a zip into `dest` as Kudu/the Functions platform would: files with their Unix mode bits
 * (exec bits kept), folders, and symlinks whose targets stay inside `dest`. yauzl rejects absolute
 * names and `..` segments; every write goes through the write door (src/io/write.ts), so an entry
 * cannot land outside `dest` through a symlink an earlier entry made. Returns the number of files.
 */
export async function unzip(zipPath: string, dest: string): Promise<number> {
  const root = path.resolve(dest)
  await mkdir(root, { recursive: true })
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.openPromise(zipPath, {
      lazyEntries: true,
      strictFileNames: false,
      validateEntrySizes: true
    })
  } catch (err) {
    throw new UserError(`cannot open the package ${zipPath}: ${(err as Error).message}`)
  }
  let files = 0
  try {
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName
      const target = path.resolve(root, name)
      if (target !== root && !target.startsWith(root + path.sep)) {
        throw new UserError(`the package entry "${name}" would land outside the app root`)
      }
      const unixMode = (entry.externalFileAttributes >>> 16) & 0xffff
      const type = unixMode & S_IFMT
      if (name.endsWith('/') || type === S_IFDIR) {
        ensureDirInside(root, name)
        continue
      }
      const stream = await zip.openReadStreamPromise(entry)
      if (type === S_IFLNK) {
        const chunks: Buffer[] = []
        for await (const c of stream) chunks.push(c as Buffer)
        const link = Buffer.concat(chunks).toString('utf8')
        try {
          symlinkInside(root, name, link)
        } catch (err) {
          if (!(err instanceof WriteRefused)) throw err
          throw new UserError(
            `the package entry "${name}" is a symlink that points outside the app root (${link})`
          )
        }
        continue
      }
      const perms = unixMode & 0o777
      const mode = perms ? perms | 0o600 : 0o644
      await pipeline(stream, createFileInside(root, name, mode))
      files++
    }
  } catch (err) {
    if (err instanceof UserError) throw err
    throw new UserError(`cannot unpack the package ${zipPath}: ${(err as Error).message}`)
  } finally {
    zip.close()
  }
  return files
}
