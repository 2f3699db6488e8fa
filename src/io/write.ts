/**
 * The one door for writing a file inside a folder (generate's new artifacts, the local target's
 * unpacked package). The folder's content is not ours: a committed symlink, or a zip entry that
 * made one, can turn `folder/sub/file` into a path anywhere on the machine. So every folder on the
 * way is walked one segment at a time; a symlink is followed only when its real path stays inside
 * the root, and the file itself is opened without following a symlink at its name.
 */
import fs from 'node:fs'
import path from 'node:path'
import { UserError } from '../errors.js'

/** A write that would have landed outside its folder (or through something that is not a folder). */
export class WriteRefused extends UserError {
  constructor(
    readonly rel: string,
    readonly reason: string
  ) {
    super(`refused to write ${rel}: ${reason}`)
    this.name = 'WriteRefused'
  }
}

/**
 * The kernel's realpath(3). Node's own fs.realpathSync resolves `..` after a symlink lexically
 * (`e` → `d/..` with `d` → `.` reads as the folder itself while the kernel goes one up), so what
 * it says is not always where a read or write lands.
 */
function realpath(p: string): string {
  return fs.realpathSync.native(p)
}

function inside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

function segments(rel: string): string[] {
  const parts = rel.split(/[\\/]+/).filter(p => p !== '' && p !== '.')
  if (path.isAbsolute(rel) || path.win32.isAbsolute(rel) || parts.includes('..'))
    throw new WriteRefused(rel, 'the path leaves the folder')
  return parts
}

/**
 * Makes the folder `relDir` below `root` (and every folder on the way), refusing a path that
 * leads outside `root` through a symlink. Returns the folder's real absolute path.
 */
export function ensureDirInside(root: string, relDir: string): string {
  const realRoot = realpath(root)
  let cur = realRoot
  for (const part of segments(relDir)) {
    const next = path.join(cur, part)
    let st: fs.Stats
    try {
      st = fs.lstatSync(next)
    } catch {
      fs.mkdirSync(next)
      cur = next
      continue
    }
    if (st.isSymbolicLink()) {
      let real: string
      try {
        real = realpath(next)
      } catch {
        throw new WriteRefused(relDir, `${part} is a broken symlink`)
      }
      if (!inside(realRoot, real))
        throw new WriteRefused(relDir, `${part} is a symlink that leads outside the folder`)
      st = fs.statSync(real)
      cur = real
    } else {
      cur = next
    }
    if (!st.isDirectory()) throw new WriteRefused(relDir, `${part} is not a folder`)
  }
  return cur
}

/** The real path a new file `rel` below `root` would have (its folders made, checked). */
function placeInside(root: string, rel: string): string {
  const parts = segments(rel)
  if (parts.length === 0) throw new WriteRefused(rel, 'no file name')
  const dir = ensureDirInside(root, parts.slice(0, -1).join('/'))
  return path.join(dir, parts[parts.length - 1])
}

/**
 * Creates `rel` below `root` with `content`, never overwriting: 'exists' when something (a file,
 * a folder, a symlink) already has the name. Throws WriteRefused for a path leaving `root`.
 */
export function writeNewFile(
  root: string,
  rel: string,
  content: string | Buffer,
  mode = 0o644
): 'written' | 'exists' {
  const target = placeInside(root, rel)
  try {
    // wx = O_CREAT | O_EXCL: fails on any existing name, a symlink included (never followed)
    fs.writeFileSync(target, content, { flag: 'wx', mode })
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return 'exists'
    throw e
  }
  return 'written'
}

/**
 * A write stream for the file `rel` below `root` (unpacking): created or truncated, but never
 * through a symlink, at its name (O_NOFOLLOW) or on the way (WriteRefused).
 */
export function createFileInside(root: string, rel: string, mode = 0o644): fs.WriteStream {
  const target = placeInside(root, rel)
  const { O_CREAT, O_TRUNC, O_WRONLY, O_NOFOLLOW } = fs.constants
  let fd: number
  try {
    fd = fs.openSync(target, O_CREAT | O_TRUNC | O_WRONLY | O_NOFOLLOW, mode)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP')
      throw new WriteRefused(rel, 'its name is a symlink')
    throw e
  }
  return fs.createWriteStream(target, { fd })
}

/**
 * Makes the symlink `rel` → `link` below `root` when the link's target stays inside `root`, as
 * the link is written and as it resolves once made (an earlier link on the way counts).
 */
export function symlinkInside(root: string, rel: string, link: string): void {
  const realRoot = realpath(root)
  const target = placeInside(root, rel)
  if (path.isAbsolute(link) || !inside(realRoot, path.resolve(path.dirname(target), link)))
    throw new WriteRefused(rel, `it is a symlink that points outside the folder (${link})`)
  fs.symlinkSync(link, target)
  let real: string | undefined
  try {
    real = realpath(target)
  } catch {
    real = undefined // dangling: whatever it would reach is checked when written through
  }
  if (real !== undefined && !inside(realRoot, real)) {
    fs.unlinkSync(target)
    throw new WriteRefused(rel, `it is a symlink that resolves outside the folder (${link})`)
  }
}
