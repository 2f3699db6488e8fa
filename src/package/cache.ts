import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Ui } from '../report/ui.js'
import { describeError } from '../errors.js'

/**
 * Where installed dependencies are kept between runs: the Actions cache when the runner has the
 * service, else a folder on this machine. Every failure here is a warning, never a failed build.
 */
export interface DepsCache {
  readonly kind: 'actions' | 'local'
  /** Fills `dir` (a fixed path, see workDir) from the cache; true on a hit. */
  restore(dir: string, key: string): Promise<boolean>
  /** Stores `dir` under `key`. */
  save(dir: string, key: string): Promise<void>
}

/** Env var that moves the local cache folder (tests, or a shared disk). */
export const CACHE_DIR_ENV = 'MCP_FUNCTIONS_DEPLOY_CACHE_DIR'

/** The user's cache folder for this tool. */
export function localCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env[CACHE_DIR_ENV]) return path.resolve(env[CACHE_DIR_ENV]!)
  const home = os.homedir()
  let base: string
  if (process.platform === 'win32') base = env.LOCALAPPDATA || path.join(home, 'AppData', 'Local')
  else if (process.platform === 'darwin') base = path.join(home, 'Library', 'Caches')
  else base = env.XDG_CACHE_HOME || path.join(home, '.cache')
  return path.join(base, 'mcp-functions-deploy')
}

/**
 * A fixed folder to install into: the Actions cache ties an entry to the paths it was saved
 * from, so the install must happen at the same path on every run.
 */
export function workDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.RUNNER_TEMP || os.tmpdir(), 'mcp-functions-deploy-pydeps')
}

/**
 * Copies a folder (files, folders, symbolic links as they are), many files at a time: several
 * times faster than fs.cp on a site-packages of a thousand small files.
 */
export async function copyTree(from: string, to: string): Promise<void> {
  const files: Array<[string, string]> = []
  const walk = async (src: string, dst: string): Promise<void> => {
    await fs.promises.mkdir(dst, { recursive: true })
    for (const d of await fs.promises.readdir(src, { withFileTypes: true })) {
      const s = path.join(src, d.name)
      const t = path.join(dst, d.name)
      if (d.isDirectory()) await walk(s, t)
      else if (d.isSymbolicLink()) {
        await fs.promises.rm(t, { force: true })
        await fs.promises.symlink(await fs.promises.readlink(s), t)
      } else if (d.isFile()) files.push([s, t])
    }
  }
  await walk(from, to)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const [s, t] = files[next++]
      await fs.promises.copyFile(s, t, fs.constants.COPYFILE_FICLONE)
    }
  }
  await Promise.all(Array.from({ length: 16 }, worker))
}

/** Moves a folder: a rename where it can, else a copy and a removal (another file system). */
export async function moveTree(from: string, to: string): Promise<void> {
  await fs.promises.mkdir(path.dirname(to), { recursive: true })
  try {
    await fs.promises.rename(from, to)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code !== 'EXDEV' && code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM') throw err
    await copyTree(from, to)
    await fs.promises.rm(from, { recursive: true, force: true })
  }
}

export class LocalCache implements DepsCache {
  readonly kind = 'local' as const
  constructor(readonly root: string) {}
  private entry(key: string): string {
    return path.join(this.root, 'pydeps', key.replace(/[^A-Za-z0-9._-]/g, '_'))
  }
  async restore(dir: string, key: string): Promise<boolean> {
    const src = path.join(this.entry(key), 'site-packages')
    if (!fs.existsSync(path.join(this.entry(key), 'complete'))) return false
    await fs.promises.rm(dir, { recursive: true, force: true })
    await copyTree(src, dir)
    return true
  }
  async save(dir: string, key: string): Promise<void> {
    const entry = this.entry(key)
    if (fs.existsSync(path.join(entry, 'complete'))) return
    // copy next to it, then rename: a reader never sees half an entry
    const tmp = `${entry}.tmp-${process.pid}-${Date.now()}`
    await fs.promises.mkdir(tmp, { recursive: true })
    try {
      await copyTree(dir, path.join(tmp, 'site-packages'))
      await fs.promises.writeFile(path.join(tmp, 'complete'), new Date().toISOString() + '\n')
      await fs.promises.rm(entry, { recursive: true, force: true })
      await fs.promises.rename(tmp, entry)
    } catch (err) {
      await fs.promises.rm(tmp, { recursive: true, force: true })
      throw err
    }
  }
}

export class ActionsCache implements DepsCache {
  readonly kind = 'actions' as const
  async restore(dir: string, key: string): Promise<boolean> {
    const cache = await import('@actions/cache')
    await fs.promises.rm(dir, { recursive: true, force: true })
    const hit = await cache.restoreCache([dir], key)
    return hit === key && fs.existsSync(dir)
  }
  async save(dir: string, key: string): Promise<void> {
    const cache = await import('@actions/cache')
    await cache.saveCache([dir], key)
  }
}

/** The Actions cache when the service is there (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL), else local. */
export async function pickCache(env: NodeJS.ProcessEnv = process.env): Promise<DepsCache> {
  if (env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL) {
    try {
      const cache = await import('@actions/cache')
      if (cache.isFeatureAvailable()) return new ActionsCache()
    } catch {
      // fall through to the local folder
    }
  }
  return new LocalCache(localCacheRoot(env))
}

/** Runs a cache operation; a failure becomes a warning and `fallback`. */
export async function softly<T>(
  ui: Ui,
  what: string,
  fn: () => Promise<T>,
  fallback: T
): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    ui.warning(`dependency cache: ${what} failed (${describeError(err)}); continuing without it`)
    return fallback
  }
}
