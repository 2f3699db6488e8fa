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
