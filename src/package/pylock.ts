/**
 * uv.lock → what pip installs: the locked closure for the target (CPython version, Linux x86_64),
 * each package pinned to its locked version with every sha256 the lock records, so pip installs
 * exactly those files (`--require-hashes`, `--no-deps`: the lock already is the whole closure).
 *
 * uv itself is not needed (nor used): the lock is resolved here (src/project/python/lock.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { UserError } from '../errors.js'
import { UV_LOCK, resolveUvLock } from '../project/python/lock.js'
import type { PythonDeps } from './python.js'

/** The requirement lines for pip: `--require-hashes`, then `name==version --hash=sha256:…` per package. */
export function lockRequirementLines(
  lockText: string,
  pythonVersion: string,
  projectName?: string
): string[] {
  const r = resolveUvLock(lockText, { pythonVersion }, projectName)
  if (r.kind === 'problem') throw new UserError(r.message, 'run `uv lock` and commit uv.lock')
  const other = r.packages.filter(p => p.source === 'other')
  if (other.length)
    throw new UserError(
      `uv.lock installs ${other.map(p => p.name).join(', ')} from a git, path or URL source: pip cannot install them hash-checked from the lock`,
      'publish them to a package index, or list the dependencies in requirements.txt'
    )
  const lines = ['--require-hashes']
  for (const p of r.packages) {
    if (p.source !== 'registry') continue
    if (!p.hashes.length)
      throw new UserError(
        `uv.lock records no hash for ${p.name} ${p.version}: it cannot be installed hash-checked`,
        'run `uv lock` again'
      )
    lines.push(`${p.name}==${p.version} ${p.hashes.map(h => `--hash=${h}`).join(' ')}`)
  }
  return lines
}

/**
 * When the dependencies come from pyproject.toml and a uv.lock sits beside it, the install follows
 * the lock: the returned deps carry the hash-pinned lines and `locked`; otherwise `deps` unchanged.
 */
export async function withUvLock(
  dir: string,
  pythonVersion: string,
  deps: PythonDeps
): Promise<PythonDeps> {
  if (deps.source !== 'pyproject.toml') return deps
  const file = path.join(dir, UV_LOCK)
  let text: string
  try {
    text = await fs.promises.readFile(file, 'utf8')
  } catch {
    return deps
  }
  let projectName: string | undefined
  try {
    const doc = parseToml(await fs.promises.readFile(path.join(dir, 'pyproject.toml'), 'utf8')) as {
      project?: { name?: unknown }
    }
    if (typeof doc.project?.name === 'string') projectName = doc.project.name
  } catch {
    // readPythonDeps already refused an unreadable pyproject.toml
  }
  const lines = lockRequirementLines(text, pythonVersion, projectName)
  return { ...deps, lines, fingerprint: `# ${UV_LOCK}\n${text}`, locked: UV_LOCK }
}
