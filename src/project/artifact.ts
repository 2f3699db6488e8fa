import type { ProjectFiles } from './files.js'
import { unusableFileFinding } from './files.js'
import { JsonDoc } from './json.js'
import type { Finding } from './types.js'

export function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export type JsonArtifact =
  | { kind: 'missing' }
  /** Exists but cannot be used: unreadable, binary, not an object, or a syntax error (then `doc`). */
  | { kind: 'problem'; finding: Finding; doc?: JsonDoc }
  | { kind: 'ok'; doc: JsonDoc; value: Record<string, unknown> }

/**
 * Reads one JSON artifact the way the Functions host does (comments and trailing commas
 * tolerated). Problems with the file itself come back as one `rules.unreadable` or
 * `rules.syntax` finding at the position of the error; what "missing" means is the caller's.
 */
export function readJsonArtifact(
  files: ProjectFiles,
  file: string,
  rules: { unreadable: string; syntax: string },
  syntaxFix: string
): JsonArtifact {
  const r = files.read(file)
  if (r.kind === 'missing') return { kind: 'missing' }
  const unusable = unusableFileFinding(rules.unreadable, file, r)
  if (unusable || r.kind !== 'ok') return { kind: 'problem', finding: unusable! }
  const doc = new JsonDoc(r.text)
  const syntax = (
    line: number,
    column: number | undefined,
    message: string,
    fix: string
  ): JsonArtifact => ({
    kind: 'problem',
    doc,
    finding: {
      rule: rules.syntax,
      severity: 'error',
      file,
      line,
      ...(column ? { column } : {}),
      message,
      fix
    }
  })
  if (!doc.ok) {
    const e = doc.errors[0] ?? { message: 'empty file', line: 1, column: 1 }
    return syntax(
      e.line,
      e.column,
      `${file} does not parse: ${e.message} at line ${e.line}, column ${e.column}`,
      syntaxFix
    )
  }
  if (!isObj(doc.value)) {
    return syntax(
      1,
      undefined,
      `${file} must hold a JSON object`,
      'replace its content with an object such as the one `generate` writes'
    )
  }
  return { kind: 'ok', doc, value: doc.value }
}

/**
 * The key of `obj` that the Functions host binds to `key`: it reads host.json and function.json
 * case-insensitively (`DefaultAuthorizationLevel` is `defaultAuthorizationLevel`). An exact
 * spelling wins; otherwise the last key that matches, as a JSON reader that keeps the last
 * duplicate would.
 */
export function ciKey(obj: Record<string, unknown>, key: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(obj, key)) return key
  const lower = key.toLowerCase()
  let found: string | undefined
  for (const k of Object.keys(obj)) if (k.toLowerCase() === lower) found = k
  return found
}

/** `obj[key]`, the key matched case-insensitively. */
export function ciGet(obj: unknown, key: string): unknown {
  if (!isObj(obj)) return undefined
  const k = ciKey(obj, key)
  return k === undefined ? undefined : obj[k]
}

/** `ciGet` along a path of keys; `undefined` as soon as one is missing. */
export function ciPathGet(obj: unknown, keys: string[]): unknown {
  let v = obj
  for (const k of keys) v = ciGet(v, k)
  return v
}

/**
 * A path of a JSON document as spelled in the file: each existing key matched
 * case-insensitively, the rest as asked. Edits through it change the key the host reads
 * instead of adding a second one with another case.
 */
export function ciPath(doc: JsonDoc, p: Array<string | number>): Array<string | number> {
  const out: Array<string | number> = []
  let v: unknown = doc.value ?? doc.get([])
  for (let i = 0; i < p.length; i++) {
    const seg = p[i]
    if (typeof seg === 'number' && Array.isArray(v)) {
      out.push(seg)
      v = v[seg]
      continue
    }
    if (typeof seg === 'number' || !isObj(v)) {
      out.push(...p.slice(i))
      return out
    }
    const k = ciKey(v, seg)
    if (k === undefined) {
      out.push(...p.slice(i))
      return out
    }
    out.push(k)
    v = v[k]
  }
  return out
}
