import fs from 'node:fs'
import path from 'node:path'
import { UserError } from '../errors.js'
import type { Finding } from './types.js'

/** Text files larger than this are not read (a host.json of megabytes is a mistake, not config). */
export const MAX_TEXT_BYTES = 1024 * 1024

export type ReadResult =
  | { kind: 'ok'; text: string }
  | { kind: 'missing' }
  | { kind: 'not-a-file' }
  /** Over `limit` bytes: MAX_TEXT_BYTES, or the smaller bound the caller read with. */
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'binary' }
  | { kind: 'outside'; target: string }
  /** Under a `.git` folder: the repository's own data (actions/checkout keeps the job's token there). */
  | { kind: 'git' }
  | { kind: 'unreadable'; reason: string }

/** Where a path leads: a real path inside the folder, or why it is refused. */
type Resolved =
  | { kind: 'real'; real: string }
  | Extract<ReadResult, { kind: 'missing' | 'outside' | 'git' | 'unreadable' }>

/** Folders never worth walking when looking for server code. */
const SKIP_DIRS = new Set([
  '.git',
  'node_modules',
  '.venv',
  'venv',
  '__pycache__',
  '.python_packages',
  '.mypy_cache',
  '.pytest_cache',
  '.tox',
  'dist',
  'build'
])

/**
 * The kernel's realpath(3). Node's own fs.realpathSync resolves `..` after a symlink lexically
 * (`e` → `d/..` with `d` → `.` reads as the folder itself while the kernel goes one up), so what
 * it says is not always where a read or write lands.
 */
function realpath(p: string): string {
  return fs.realpathSync.native(p)
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/')
}

/** Has a `.git` segment (a repository's own data: config, credentials, objects). */
export function inGitDir(rel: string): boolean {
  return rel.split(/[\\/]/).some(seg => seg.toLowerCase() === '.git')
}

/** true when `child` (absolute) is `parent` or lies below it. */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/**
 * Resolve the `path` input against the workspace: it must exist, be a folder and stay inside the
 * workspace (also after following symlinks). Returns the real absolute path.
 */
export function resolveServerDir(workspace: string, input: string): string {
  const ws = realpath(workspace)
  const lexical = path.resolve(ws, input)
  if (!isInside(ws, lexical)) {
    throw new UserError(
      `path "${input}" is outside the workspace ${ws}`,
      'give a folder inside the repository'
    )
  }
  let real: string
  try {
    real = realpath(lexical)
  } catch {
    throw new UserError(`path "${input}" does not exist in the workspace ${ws}`)
  }
  if (!isInside(ws, real)) {
    throw new UserError(`path "${input}" leads outside the workspace (a symlink to ${real})`)
  }
  if (!fs.statSync(real).isDirectory())
    throw new UserError(`path "${input}" is a file; give the server's folder`)
  return real
}

/**
 * The one door for reading the repository: read-only, memoized access to the files of the server
 * folder. Never writes. Every path is resolved to its real path first; anything that lands outside
 * the folder (`..`, an absolute path, a symlink anywhere along the way) or under a `.git` folder is
 * refused, not read. Reads are bounded in size and tell a directory from a file.
 */
export class ProjectFiles {
  private readonly cache = new Map<string, ReadResult>()
  private realRootCache: string | undefined

  /**
   * @param overlay files (relative POSIX path → text) that read as if they were on disk: how a
   *   plan's fixes are checked again without writing anything.
   */
  constructor(
    readonly root: string,
    private readonly overlay: ReadonlyMap<string, string> = new Map()
  ) {}

  /** The same folder seen with `files` laid over it; reads of the other files are reused. */
  withOverlay(files: Iterable<[string, string]>): ProjectFiles {
    const over = new Map([...this.overlay, ...files])
    const next = new ProjectFiles(this.root, over)
    for (const [key, result] of this.cache) if (!over.has(key)) next.cache.set(key, result)
    return next
  }

  abs(rel: string): string {
    return path.resolve(this.root, rel)
  }

  /** Lexically inside the server folder (no `..` escape, not absolute elsewhere). */
  contains(rel: string): boolean {
    return isInside(this.root, this.abs(rel))
  }

  /**
   * @param maxBytes a bound below MAX_TEXT_BYTES for files whose analysis is costly (a Python
   *   module goes through a parser): a larger file reads as `too-large` with this limit.
   */
  read(rel: string, maxBytes = MAX_TEXT_BYTES): ReadResult {
    const key = toPosix(path.normalize(rel))
    let result = this.cache.get(key)
    if (!result) {
      result = this.readUncached(key)
      this.cache.set(key, result)
    }
    if (result.kind === 'ok' && maxBytes < MAX_TEXT_BYTES && result.text.length > maxBytes / 4) {
      const bytes = Buffer.byteLength(result.text)
      if (bytes > maxBytes) return { kind: 'too-large', bytes, limit: maxBytes }
    }
    return result
  }

  /** The text, or undefined for anything but a readable text file (of at most `maxBytes`). */
  text(rel: string, maxBytes = MAX_TEXT_BYTES): string | undefined {
    const r = this.read(rel, maxBytes)
    return r.kind === 'ok' ? r.text : undefined
  }

  exists(rel: string): boolean {
    return this.read(rel).kind !== 'missing'
  }

  isFile(rel: string): boolean {
    if (this.overlay.has(toPosix(path.normalize(rel)))) return true
    const r = this.resolve(rel)
    if (r.kind !== 'real') return false
    try {
      return fs.statSync(r.real).isFile()
    } catch {
      return false
    }
  }

  isDirectory(rel: string): boolean {
    const prefix = toPosix(path.normalize(rel)) + '/'
    if ([...this.overlay.keys()].some(k => k.startsWith(prefix))) return true
    const r = this.resolve(rel)
    if (r.kind !== 'real') return false
    try {
      return fs.statSync(r.real).isDirectory()
    } catch {
      return false
    }
  }

  private get realRoot(): string {
    if (this.realRootCache === undefined) {
      try {
        this.realRootCache = realpath(this.root)
      } catch {
        this.realRootCache = path.resolve(this.root)
      }
    }
    return this.realRootCache
  }

  /**
   * Where `rel` really leads: lexically inside the folder and not in `.git`, then every symlink
   * along the path followed (a linked folder as much as a linked file) and checked again.
   */
  private resolve(rel: string): Resolved {
    const abs = this.abs(rel)
    if (!isInside(this.root, abs)) return { kind: 'outside', target: abs }
    if (inGitDir(path.relative(this.root, abs))) return { kind: 'git' }
    let real: string
    try {
      real = realpath(abs)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' && code !== 'ENOTDIR')
        return { kind: 'unreadable', reason: code ?? String(e) }
      // not there: still say where it would be, so a missing file in a linked folder is outside
      const parent = existingAncestor(abs)
      if (!isInside(this.realRoot, parent)) return { kind: 'outside', target: parent }
      try {
        fs.lstatSync(abs)
      } catch {
        return { kind: 'missing' }
      }
      return { kind: 'unreadable', reason: 'a broken symlink' }
    }
    if (!isInside(this.realRoot, real)) return { kind: 'outside', target: real }
    if (inGitDir(path.relative(this.realRoot, real))) return { kind: 'git' }
    return { kind: 'real', real }
  }

  /** Files below the root whose name passes `accept`, skipping dependency and VCS folders. */
  list(accept: (name: string) => boolean, maxDepth = 4, maxFiles = 2000): string[] {
    const out: string[] = []
    const walk = (dir: string, depth: number): void => {
      let entries: fs.Dirent[]
      try {
        entries = fs.readdirSync(path.join(this.root, dir), { withFileTypes: true })
      } catch {
        return
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      for (const e of entries) {
        if (out.length >= maxFiles) return
        const rel = dir ? `${dir}/${e.name}` : e.name
        if (e.isDirectory()) {
          if (depth < maxDepth && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.'))
            walk(rel, depth + 1)
        } else if (e.isFile() && accept(e.name)) {
          out.push(rel)
        }
      }
    }
    walk('', 0)
    return out
  }

  private readUncached(rel: string): ReadResult {
    const over = this.overlay.get(rel)
    if (over !== undefined) return { kind: 'ok', text: over }
    const r = this.resolve(rel)
    if (r.kind !== 'real') return r
    const real = r.real
    let st: fs.Stats
    try {
      st = fs.statSync(real)
    } catch (e) {
      return { kind: 'unreadable', reason: (e as NodeJS.ErrnoException).code ?? String(e) }
    }
    if (!st.isFile()) return { kind: 'not-a-file' }
    if (st.size > MAX_TEXT_BYTES)
      return { kind: 'too-large', bytes: st.size, limit: MAX_TEXT_BYTES }
    let buf: Buffer
    try {
      buf = fs.readFileSync(real)
    } catch (e) {
      return { kind: 'unreadable', reason: (e as NodeJS.ErrnoException).code ?? String(e) }
    }
    if (buf.includes(0)) return { kind: 'binary' }
    let text = buf.toString('utf8')
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    return { kind: 'ok', text }
  }
}

/** The real path of the deepest folder of `abs` that exists. */
function existingAncestor(abs: string): string {
  for (let dir = path.dirname(abs); ; dir = path.dirname(dir)) {
    try {
      return realpath(dir)
    } catch {
      if (path.dirname(dir) === dir) return dir
    }
  }
}

/** A finding for a file that exists but cannot be used as text; undefined for ok/missing. */
export function unusableFileFinding(
  rule: string,
  file: string,
  r: ReadResult
): Finding | undefined {
  const base = { rule, severity: 'error' as const, file, line: 1 }
  switch (r.kind) {
    case 'not-a-file':
      return {
        ...base,
        message: `${file} is a directory (or another non-file); a file is expected here`,
        fix: `remove or rename the folder and create ${file} as a file`
      }
    case 'too-large':
      return {
        ...base,
        message: `${file} is ${r.bytes} bytes, larger than the ${r.limit}-byte limit; it was not read`,
        fix: `replace ${file} with the small text file it should be`
      }
    case 'binary':
      return {
        ...base,
        message: `${file} is a binary file, not text`,
        fix: `replace ${file} with a UTF-8 text file`
      }
    case 'outside':
      return {
        ...base,
        message: `${file} leaves the server folder through a symlink (to ${r.target}); it was not read`,
        fix: `replace the symlink with a real file inside the server folder`
      }
    case 'git':
      return {
        ...base,
        message: `${file} leads into .git (the repository's own data, where the job's credentials are kept); it was not read`,
        fix: `replace it with a real file outside .git`
      }
    case 'unreadable':
      return {
        ...base,
        message: `${file} cannot be read (${r.reason})`,
        fix: `make ${file} a readable regular file`
      }
    default:
      return undefined
  }
}
