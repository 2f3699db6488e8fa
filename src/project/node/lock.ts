/**
 * package-lock.json (or npm-shrinkwrap.json) as `npm ci` reads it: the versions it installs at
 * the top of node_modules, and whether it is in sync with package.json (npm ci refuses
 * otherwise: "Missing: x from lock file", "Invalid: lock file's x@1 does not satisfy x@^2").
 */
import type { ProjectFiles } from '../files.js'

export interface NpmLock {
  file: 'package-lock.json' | 'npm-shrinkwrap.json'
  /** Top-level node_modules entries: name → version. */
  versions: Map<string, string>
}

/** Reads the lockfile as data; undefined when there is none or it is not usable JSON. */
export function readNpmLock(files: ProjectFiles): NpmLock | undefined {
  for (const file of ['npm-shrinkwrap.json', 'package-lock.json'] as const) {
    const text = files.text(file)
    if (text === undefined) continue
    let lock: {
      packages?: Record<string, { version?: unknown }>
      dependencies?: Record<string, { version?: unknown }>
    }
    try {
      lock = JSON.parse(text) as typeof lock
    } catch {
      return undefined
    }
    if (!lock || typeof lock !== 'object') return undefined
    const versions = new Map<string, string>()
    if (lock.packages && typeof lock.packages === 'object') {
      for (const [key, entry] of Object.entries(lock.packages)) {
        if (!key.startsWith('node_modules/')) continue
        const rest = key.slice('node_modules/'.length)
        if (rest.includes('/node_modules/')) continue
        versions.set(rest, typeof entry?.version === 'string' ? entry.version : '')
      }
    } else if (lock.dependencies && typeof lock.dependencies === 'object') {
      // lockfileVersion 1
      for (const [name, entry] of Object.entries(lock.dependencies))
        versions.set(name, typeof entry?.version === 'string' ? entry.version : '')
    } else return undefined
    return { file, versions }
  }
  return undefined
}

export interface LockDrift {
  name: string
  spec: string
  /** undefined: not in the lockfile at all. */
  locked?: string
}

type Semver = typeof import('semver')

/**
 * The dependencies of package.json that the lockfile does not satisfy, as npm ci sees them:
 * missing from it, or locked at a version outside the range. Specs that are not version ranges
 * (git, file, tags, aliases) are checked for presence only; optional dependencies may be absent.
 */
export function lockDrift(
  lock: NpmLock,
  deps: Array<{ name: string; spec: string; optional: boolean }>,
  semver: Semver
): LockDrift[] {
  const out: LockDrift[] = []
  for (const d of deps) {
    const locked = lock.versions.get(d.name)
    if (locked === undefined) {
      if (!d.optional) out.push({ name: d.name, spec: d.spec })
      continue
    }
    const range = semver.validRange(d.spec.trim() === '' ? '*' : d.spec)
    if (!range || !semver.valid(locked)) continue
    if (!semver.satisfies(locked, range, { includePrerelease: true }))
      out.push({ name: d.name, spec: d.spec, locked })
  }
  return out
}

/** pnpm's own protocols, which npm refuses (EUNSUPPORTEDPROTOCOL). */
export function isPnpmSpec(spec: string): boolean {
  return /^(catalog|workspace):/.test(spec.trim())
}
