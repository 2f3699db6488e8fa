import { timingSafeEqual } from 'node:crypto'
import type { AuthLevel } from '../target.js'

/** A function route template as the host reads it: literals, {name}, {name?}, {*name}. */
export interface CompiledRoute {
  template: string
  segments: Array<
    { kind: 'literal'; text: string } | { kind: 'param'; optional: boolean } | { kind: 'catchAll' }
  >
  catchAll: boolean
}

export function compileRoute(template: string): CompiledRoute {
  const parts = template
    .replace(/^\/+|\/+$/g, '')
    .split('/')
    .filter(p => p !== '')
  const segments: CompiledRoute['segments'] = parts.map(p => {
    const m = /^\{(\*{1,2})?([^}:?=]+)(?::[^}]*)?(\?)?(?:=[^}]*)?\}$/.exec(p)
    if (!m) return { kind: 'literal', text: p.toLowerCase() }
    if (m[1]) return { kind: 'catchAll' }
    return { kind: 'param', optional: !!m[3] || p.includes('=') }
  })
  return { template, segments, catchAll: segments.some(s => s.kind === 'catchAll') }
}

/** Matches a path (no route prefix, no leading or trailing slash) against a route. */
export function matchRoute(route: CompiledRoute, rest: string): boolean {
  const parts = rest === '' ? [] : rest.split('/')
  let i = 0
  for (const seg of route.segments) {
    if (seg.kind === 'catchAll') return true
    if (i >= parts.length) {
      if (seg.kind === 'param' && seg.optional) continue
      return false
    }
    const part = parts[i]
    if (seg.kind === 'literal') {
      let decoded = part
      try {
        decoded = decodeURIComponent(part)
      } catch {
        /* keep the raw segment */
      }
      if (decoded.toLowerCase() !== seg.text) return false
    } else if (part === '') {
      return false
    }
    i++
  }
  return i === parts.length
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/**
 * The host's key check: anonymous lets everyone in; function accepts any function or host key;
 * admin only the master key (named `_master` or `master`). The key comes from the
 * `x-functions-key` header or the `code` query parameter.
 */
export function checkKey(
  level: AuthLevel,
  header: string | string[] | undefined,
  code: string | null,
  keys: Record<string, string>
): boolean {
  if (level === 'anonymous') return true
  const given = (Array.isArray(header) ? header[0] : header) || code || ''
  if (!given) return false
  const accepted = Object.entries(keys)
    .filter(
      ([name, value]) => value && (level === 'function' || name === '_master' || name === 'master')
    )
    .map(([, value]) => value)
  return accepted.some(v => same(v, given))
}
