/**
 * uv.lock: which versions a locked project installs on a given target.
 *
 * The lock holds every package for every platform and Python; what one target installs is the
 * closure of the project's dependencies with the environment markers evaluated for that target
 * (PEP 508 markers parsed by pip-requirements-js, versions compared by @renovatebot/pep440).
 * The check reads it to judge the SDK line by what will be installed; the package step
 * (src/package/pylock.ts) turns the same closure into hash-checked requirements for pip.
 */
import { satisfies } from '@renovatebot/pep440'
import { parsePipRequirementsLine } from 'pip-requirements-js'
import type { EnvironmentMarker } from 'pip-requirements-js'
import { parse as parseToml } from 'smol-toml'
import { normalizeName } from './requirements.js'

export const UV_LOCK = 'uv.lock'

export interface LockedPackage {
  name: string
  version: string
  /** registry: installable by name, version and hashes; other sources (git, path, url) are not. */
  source: 'registry' | 'root' | 'other'
  /** sha256 hashes of every artifact (wheels and sdist) of this version. */
  hashes: string[]
  /** Line of its `name = ` in the lock (1-based). */
  line: number
}

export interface LockTarget {
  /** `3.12` */
  pythonVersion: string
}

export type LockResult =
  { kind: 'ok'; packages: LockedPackage[] } | { kind: 'problem'; message: string }

interface Dep {
  name: string
  marker?: string
  extra?: string[]
  version?: string
}

interface RawPackage {
  name: string
  version?: string
  source?: Record<string, unknown>
  dependencies?: Dep[]
  'optional-dependencies'?: Record<string, Dep[]>
  'resolution-markers'?: string[]
  sdist?: { hash?: string }
  wheels?: Array<{ hash?: string }>
}

/** The marker environment of the Functions Linux image for a CPython version. */
export function targetEnvironment(target: LockTarget): Record<string, string> {
  return {
    python_version: target.pythonVersion,
    python_full_version: `${target.pythonVersion}.0`,
    implementation_version: `${target.pythonVersion}.0`,
    os_name: 'posix',
    sys_platform: 'linux',
    platform_system: 'Linux',
    platform_machine: 'x86_64',
    platform_python_implementation: 'CPython',
    implementation_name: 'cpython',
    platform_release: '',
    platform_version: ''
  }
}

const VERSION_VARS = new Set(['python_version', 'python_full_version', 'implementation_version'])

function unquote(s: string): string {
  return s.length >= 2 && (s[0] === '"' || s[0] === "'") ? s.slice(1, -1) : s
}

function evalTree(tree: EnvironmentMarker, env: Record<string, string>, extra: string): boolean {
  if ('left' in tree && (tree.operator === 'and' || tree.operator === 'or')) {
    const node = tree as {
      operator: 'and' | 'or'
      left: EnvironmentMarker
      right: EnvironmentMarker
    }
    const l = evalTree(node.left, env, extra)
    return node.operator === 'and'
      ? l && evalTree(node.right, env, extra)
      : l || evalTree(node.right, env, extra)
  }
  const leaf = tree as { left: string; operator: string; right: string }
  const side = (s: string): { value: string; variable?: string } =>
    /^["']/.test(s)
      ? { value: unquote(s) }
      : { value: s === 'extra' ? extra : (env[s] ?? ''), variable: s }
  const l = side(leaf.left)
  const r = side(leaf.right)
  const op = leaf.operator
  if (op === 'in') return r.value.includes(l.value)
  if (op === 'not in') return !r.value.includes(l.value)
  const isVersion = VERSION_VARS.has(l.variable ?? '') || VERSION_VARS.has(r.variable ?? '')
  if (isVersion) {
    try {
      return satisfies(l.value, `${op}${r.value}`)
    } catch {
      return false
    }
  }
  const a = l.variable === 'extra' ? normalizeName(l.value) : l.value
  const b = r.variable === 'extra' || l.variable === 'extra' ? normalizeName(r.value) : r.value
  switch (op) {
    case '==':
    case '===':
      return a === b
    case '!=':
      return a !== b
    default:
      return false
  }
}

/** Evaluates a PEP 508 marker for the target (and the extra being resolved); true when empty. */
export function markerHolds(
  marker: string | undefined,
  env: Record<string, string>,
  extra = ''
): boolean {
  if (!marker || !marker.trim()) return true
  let req
  try {
    req = parsePipRequirementsLine(`x ; ${marker}`)
  } catch {
    return false
  }
  const tree = req && 'environmentMarkerTree' in req ? req.environmentMarkerTree : undefined
  return tree ? evalTree(tree, env, extra) : true
}

function lineOf(text: string, name: string, version: string | undefined): number {
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== `name = ${JSON.stringify(name)}`) continue
    if (!version || (lines[i + 1] ?? '').trim() === `version = ${JSON.stringify(version)}`)
      return i + 1
  }
  return 1
}

function hashesOf(p: RawPackage): string[] {
  const out: string[] = []
  for (const w of p.wheels ?? []) if (typeof w.hash === 'string') out.push(w.hash)
  if (typeof p.sdist?.hash === 'string') out.push(p.sdist.hash)
  return out
}

/**
 * The packages the project installs on the target, from the lock's text: the closure of the root
 * project's dependencies (its extras and dev groups excluded), each marker evaluated for the target.
 * `projectName`: [project].name of pyproject.toml, to find the root among workspace members.
 */
export function resolveUvLock(text: string, target: LockTarget, projectName?: string): LockResult {
  let doc: { package?: RawPackage[] }
  try {
    doc = parseToml(text) as { package?: RawPackage[] }
  } catch (err) {
    return {
      kind: 'problem',
      message: `uv.lock is not valid TOML: ${(err as Error).message.split('\n')[0]}`
    }
  }
  const all = Array.isArray(doc.package)
    ? doc.package.filter(p => p && typeof p.name === 'string')
    : []
  const isRoot = (p: RawPackage): boolean => {
    const s = p.source ?? {}
    return (
      (s.virtual === '.' || s.editable === '.') &&
      (!projectName || normalizeName(p.name) === normalizeName(projectName))
    )
  }
  const root =
    all.find(isRoot) ?? all.find(p => p.source?.virtual === '.' || p.source?.editable === '.')
  if (!root)
    return {
      kind: 'problem',
      message: 'uv.lock has no package for the project itself (source = { virtual/editable = "." })'
    }
  const env = targetEnvironment(target)
  const byName = new Map<string, RawPackage[]>()
  for (const p of all) {
    const n = normalizeName(p.name)
    byName.set(n, [...(byName.get(n) ?? []), p])
  }
  const pick = (dep: Dep): RawPackage | undefined => {
    const candidates = byName.get(normalizeName(dep.name)) ?? []
    if (dep.version) return candidates.find(c => c.version === dep.version)
    if (candidates.length <= 1) return candidates[0]
    return (
      candidates.find(c => (c['resolution-markers'] ?? []).some(m => markerHolds(m, env))) ??
      candidates[0]
    )
  }
  const chosen = new Map<RawPackage, Set<string>>()
  const queue: Array<[RawPackage, string[]]> = [[root, []]]
  const missing: string[] = []
  while (queue.length) {
    const [p, extras] = queue.shift()!
    let seen = chosen.get(p)
    const fresh = !seen
    if (!seen) chosen.set(p, (seen = new Set()))
    const newExtras = extras.map(normalizeName).filter(e => !seen!.has(e))
    newExtras.forEach(e => seen!.add(e))
    const deps: Array<[Dep, string]> = []
    if (fresh) for (const d of p.dependencies ?? []) deps.push([d, ''])
    for (const e of newExtras) {
      const opt = p['optional-dependencies'] ?? {}
      const key = Object.keys(opt).find(k => normalizeName(k) === e)
      for (const d of key ? opt[key] : []) deps.push([d, e])
    }
    for (const [d, extra] of deps) {
      if (!d || typeof d.name !== 'string' || !markerHolds(d.marker, env, extra)) continue
      const next = pick(d)
      if (!next) {
        missing.push(d.name)
        continue
      }
      queue.push([next, Array.isArray(d.extra) ? d.extra : []])
    }
  }
  if (missing.length)
    return {
      kind: 'problem',
      message: `uv.lock names ${[...new Set(missing)].join(', ')} without a [[package]] entry: it is incomplete (run \`uv lock\`)`
    }
  const packages: LockedPackage[] = []
  for (const p of chosen.keys()) {
    const source =
      p === root ? 'root' : typeof p.source?.registry === 'string' ? 'registry' : 'other'
    packages.push({
      name: normalizeName(p.name),
      version: String(p.version ?? ''),
      source,
      hashes: hashesOf(p),
      line: lineOf(text, p.name, p.version)
    })
  }
  packages.sort((a, b) => a.name.localeCompare(b.name))
  return { kind: 'ok', packages }
}
