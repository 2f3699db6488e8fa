/**
 * PEP 440 version ranges as one interval, so that "does this requirement allow any mcp 2.x?" or
 * "is there an upper bound?" are questions about interval ends. Versions are compared with
 * @renovatebot/pep440 (a port of Python's `packaging`); specifiers are split and validated by its
 * specifier parser. Pre-releases are treated as pip treats them by default: `<2` keeps out 2.0 and
 * its pre-releases.
 */
import { compare, explain } from '@renovatebot/pep440'
import { parse as parseSpecifier } from '@renovatebot/pep440/lib/specifier.js'

export interface Bound {
  version: string
  inclusive: boolean
}

/** An interval of versions; `lo`/`hi` undefined means unbounded on that side. */
export interface VersionRange {
  lo?: Bound
  hi?: Bound
  /** Exact pins (`==1.2.3`, `===x`). */
  exact?: string
}

/** The interval a specifier allows, or undefined when it is not valid PEP 440. `''` allows everything. */
export function specifierRange(specifier: string): VersionRange | undefined {
  const spec = specifier.trim()
  if (!spec) return {}
  let clauses: Array<{
    operator: string
    version?: string
    prefix?: string
    legacy?: string
  }> | null
  try {
    clauses = parseSpecifier(spec) as typeof clauses
  } catch {
    return undefined
  }
  if (!clauses) return undefined
  let range: VersionRange = {}
  for (const c of clauses) {
    const v = c.version ?? c.legacy
    if (!v) return undefined
    const clause = clauseRange(c.operator, v, Boolean(c.prefix))
    if (!clause) return undefined
    range = intersect(range, clause)
  }
  return range
}

function clauseRange(op: string, version: string, wildcard: boolean): VersionRange | undefined {
  switch (op) {
    case '>=':
      return { lo: { version, inclusive: true } }
    case '>':
      return { lo: { version, inclusive: false } }
    case '<=':
      return { hi: { version, inclusive: true } }
    case '<':
      return { hi: { version, inclusive: false } }
    case '!=':
      return {}
    case '===':
      return { lo: { version, inclusive: true }, hi: { version, inclusive: true }, exact: version }
    case '==':
      if (wildcard) {
        const next = bumpLast(version)
        return next
          ? { lo: { version, inclusive: true }, hi: { version: next, inclusive: false } }
          : undefined
      }
      return { lo: { version, inclusive: true }, hi: { version, inclusive: true }, exact: version }
    case '~=': {
      const v = explain(version)
      if (!v || v.release.length < 2) return undefined
      const next = bumpLast(v.release.slice(0, -1).join('.'))
      return next
        ? { lo: { version, inclusive: true }, hi: { version: next, inclusive: false } }
        : undefined
    }
    default:
      return undefined
  }
}

/** `1.8` → `1.9`, `2` → `3`: the first release after every version with this prefix. */
function bumpLast(prefix: string): string | undefined {
  const v = explain(prefix)
  if (!v) return undefined
  const release = [...v.release]
  release[release.length - 1] += 1
  return (v.epoch ? `${v.epoch}!` : '') + release.join('.')
}

function cmp(a: string, b: string): number {
  return compare(a, b)
}

function maxLo(a?: Bound, b?: Bound): Bound | undefined {
  if (!a) return b
  if (!b) return a
  const c = cmp(a.version, b.version)
  if (c !== 0) return c > 0 ? a : b
  return { version: a.version, inclusive: a.inclusive && b.inclusive }
}

function minHi(a?: Bound, b?: Bound): Bound | undefined {
  if (!a) return b
  if (!b) return a
  const c = cmp(a.version, b.version)
  if (c !== 0) return c < 0 ? a : b
  return { version: a.version, inclusive: a.inclusive && b.inclusive }
}

export function intersect(a: VersionRange, b: VersionRange): VersionRange {
  const out: VersionRange = { lo: maxLo(a.lo, b.lo), hi: minHi(a.hi, b.hi) }
  const exact = a.exact ?? b.exact
  if (exact) out.exact = exact
  return out
}

export function isEmpty(r: VersionRange): boolean {
  if (!r.lo || !r.hi) return false
  const c = cmp(r.lo.version, r.hi.version)
  return c > 0 || (c === 0 && !(r.lo.inclusive && r.hi.inclusive))
}

/** true when some version satisfies both. */
export function overlaps(a: VersionRange, b: VersionRange): boolean {
  return !isEmpty(intersect(a, b))
}

/** No upper bound: a future major release is allowed. */
export function isUnbounded(r: VersionRange): boolean {
  return !r.hi
}

/** `[from, to)`. */
export function window(from?: string, to?: string): VersionRange {
  return {
    lo: from ? { version: from, inclusive: true } : undefined,
    hi: to ? { version: to, inclusive: false } : undefined
  }
}

/** Does the range allow a version at or above `version`? */
export function reachesAtLeast(r: VersionRange, version: string): boolean {
  return overlaps(r, window(version))
}

/** Does the range allow a version below `version`? */
export function reachesBelow(r: VersionRange, version: string): boolean {
  return overlaps(r, window(undefined, version))
}

/** Major version of the range's lower end, when it has one. */
export function lowerMajor(r: VersionRange): number | undefined {
  const v = r.lo && explain(r.lo.version)
  return v ? v.release[0] : undefined
}

export function satisfiesRange(version: string, r: VersionRange): boolean {
  if (!explain(version)) return false
  const point: VersionRange = { lo: { version, inclusive: true }, hi: { version, inclusive: true } }
  return overlaps(point, r)
}

/** PEP 440 order: < 0, 0, > 0. */
export function compareVersions(a: string, b: string): number {
  return cmp(a, b)
}
