import { createWriteStream } from 'node:fs'
import { mkdir, symlink } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import yauzl from 'yauzl'
import { UserError } from '../../errors.js'

const S_IFMT = 0o170000
const S_IFLNK = 0o120000
const S_IFDIR = 0o040000

/**
 * Unpacks a zip into `dest` as Kudu/the Functions platform would: files with their Unix mode bits
 * (exec bits kept), folders, and symlinks whose targets stay inside `dest`. yauzl rejects absolute
 * names and `..` segments. Returns the number of files written.
 */
export async function unzip(zipPath: string, dest: string): Promise<number> {
  const root = path.resolve(dest)
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
        await mkdir(target, { recursive: true })
        continue
      }
      await mkdir(path.dirname(target), { recursive: true })
      const stream = await zip.openReadStreamPromise(entry)
      if (type === S_IFLNK) {
        const chunks: Buffer[] = []
        for await (const c of stream) chunks.push(c as Buffer)
        const link = Buffer.concat(chunks).toString('utf8')
        const resolved = path.resolve(path.dirname(target), link)
        if (path.isAbsolute(link) || (resolved !== root && !resolved.startsWith(root + path.sep))) {
          throw new UserError(
            `the package entry "${name}" is a symlink that points outside the app root (${link})`
          )
        }
        await symlink(link, target)
        continue
      }
      const perms = unixMode & 0o777
      const mode = perms ? perms | 0o600 : 0o644
      await pipeline(stream, createWriteStream(target, { mode }))
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
