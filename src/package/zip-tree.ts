import fs from 'node:fs'
import path from 'node:path'
import { UserError } from '../errors.js'
import { MAX_NAME_BYTES } from './zip-format.js'

export interface ZipEntrySource {
  /** POSIX name inside the archive; directories end with '/'. */
  name: string
  /** Absolute path on disk (files only). */
  file?: string
  size: number
  executable: boolean
}

/**
 * A file name as it may appear in a one-line message: control characters escaped (a name may
 * hold a newline), very long names shortened in the middle.
 */
export function shown(name: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, c =>
    c.charCodeAt(0) < 0x100
      ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
      : `\\u${c.charCodeAt(0).toString(16)}`
  )
  return safe.length > 160 ? `${safe.slice(0, 80)}…${safe.slice(-60)}` : safe
}

/** One line for an fs error on `rel` while listing. */
function listError(rel: string, err: unknown): UserError {
  const code = (err as NodeJS.ErrnoException).code
  if (code === 'ENAMETOOLONG') {
    return new UserError(`${shown(rel)}: the path is too long to read (ENAMETOOLONG)`)
  }
  if (code === 'ENOENT') return new UserError(`${shown(rel)} vanished while it was being listed`)
  return new UserError(`${shown(rel || '.')} cannot be read (${code ?? String(err)})`)
}

function attempt<T>(rel: string, op: () => T): T {
  try {
    return op()
  } catch (err) {
    throw listError(rel, err)
  }
}

function kind(st: fs.Stats): string {
  if (st.isFIFO()) return 'a named pipe (FIFO)'
  if (st.isSocket()) return 'a socket'
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device'
  return 'not a regular file'
}

/**
 * Lists `dir` for the archive: regular files, and directories that have no entries, sorted by
 * their UTF-8 name bytes (so readdir order does not matter). Symlinks inside `dir` are followed
 * (stored as the content they point at); a link that leaves `dir`, dangles, or loops is a
 * UserError. Pipes, sockets and devices are left out with a warning (nothing ever opens them).
 */
export async function listTree(
  dir: string,
  onWarning: (message: string) => void = () => {}
): Promise<ZipEntrySource[]> {
  const root = await fs.promises.realpath(dir)
  const out: ZipEntrySource[] = []
  // synchronous calls: one stat is microseconds, a thread-pool round trip per file is not
  const walk = (abs: string, rel: string, ancestors: Set<string>): void => {
    const names = attempt(rel, () => fs.readdirSync(abs))
    let entries = 0
    for (const name of names) {
      const p = path.join(abs, name)
      const r = rel ? `${rel}/${name}` : name
      if (Buffer.byteLength(r) + 1 > MAX_NAME_BYTES) {
        throw new UserError(
          `${shown(r)}: the path is longer than a zip entry name can be (${MAX_NAME_BYTES} bytes)`
        )
      }
      let st = attempt(r, () => fs.lstatSync(p))
      if (st.isSymbolicLink()) {
        let real: string
        try {
          real = fs.realpathSync.native(p)
        } catch {
          const to = attempt(r, () => fs.readlinkSync(p))
          throw new UserError(`${shown(r)} is a symbolic link to nothing (${shown(to)})`)
        }
        if (real !== root && !real.startsWith(root + path.sep)) {
          throw new UserError(
            `${shown(r)} is a symbolic link that leaves the package folder (to ${shown(real)})`
          )
        }
        st = attempt(r, () => fs.statSync(real))
        if (st.isDirectory() && ancestors.has(real)) {
          throw new UserError(`${shown(r)} is a symbolic link that loops back to a parent folder`)
        }
      }
      if (st.isDirectory()) {
        const real = attempt(r, () => fs.realpathSync.native(p))
        walk(p, r, new Set([...ancestors, real]))
        entries++
      } else if (st.isFile()) {
        out.push({ name: r, file: p, size: st.size, executable: (st.mode & 0o111) !== 0 })
        entries++
      } else {
        onWarning(`${shown(r)} is ${kind(st)}: left out of the package`)
      }
    }
    if (entries === 0 && rel) out.push({ name: `${rel}/`, size: 0, executable: false })
  }
  walk(root, '', new Set([root]))
  const keyed = out.map(e => ({ e, k: Buffer.from(e.name) }))
  keyed.sort((a, b) => Buffer.compare(a.k, b.k))
  return keyed.map(x => x.e)
}
