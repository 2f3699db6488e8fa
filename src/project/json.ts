import {
  createScanner,
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode
} from 'jsonc-parser'
import type { JSONPath, Node, ParseError } from 'jsonc-parser'

/**
 * Deeper than this, a JSON file is not configuration: no host.json, function.json, package.json or
 * tsconfig.json nests past a dozen levels. jsonc-parser's tree builder recurses per level (about
 * 5,000 levels exhaust the stack), so depth is measured first with its flat scanner.
 */
export const MAX_JSON_DEPTH = 64
/** Longer than this (in characters), a JSON text is not parsed (ProjectFiles bounds reads the same). */
export const MAX_JSON_CHARS = 1024 * 1024

// jsonc-parser's SyntaxKind is an ambient const enum (not importable under isolatedModules).
const OPEN_BRACE = 1
const CLOSE_BRACE = 2
const OPEN_BRACKET = 3
const CLOSE_BRACKET = 4
const EOF = 17

/** Where the nesting first passes `limit` (an offset), or undefined. Strings and comments do not count. */
export function nestingPastLimit(text: string, limit = MAX_JSON_DEPTH): number | undefined {
  const scanner = createScanner(text, false)
  let depth = 0
  for (let kind = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind === OPEN_BRACE || kind === OPEN_BRACKET) {
      if (++depth > limit) return scanner.getTokenOffset()
    } else if (kind === CLOSE_BRACE || kind === CLOSE_BRACKET) {
      depth = Math.max(0, depth - 1)
    }
  }
  return undefined
}

export interface Position {
  line: number
  column: number
}

/** Turns offsets into 1-based line/column. */
export class LineIndex {
  private readonly starts: number[] = [0]
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1)
  }
  at(offset: number): Position {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 }
  }
}

/**
 * A JSON document as the Functions host reads it: comments and trailing commas tolerated,
 * everything else a syntax error with its position. Keeps positions for every value.
 */
export class JsonDoc {
  readonly root: Node | undefined
  readonly value: unknown
  readonly errors: Array<{ message: string; line: number; column: number }>
  private readonly lines: LineIndex

  constructor(readonly text: string) {
    this.lines = new LineIndex(text)
    const bound = boundError(text)
    if (bound) {
      this.root = undefined
      this.value = undefined
      this.errors = [{ message: bound.message, ...this.lines.at(bound.offset) }]
      return
    }
    const errors: ParseError[] = []
    this.root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false })
    this.errors = errors.map(e => ({
      message: describeParseError(printParseErrorCode(e.error)),
      ...this.lines.at(e.offset)
    }))
    this.value = this.root && errors.length === 0 ? getNodeValue(this.root) : undefined
  }

  get ok(): boolean {
    return this.errors.length === 0 && this.root !== undefined
  }

  node(p: JSONPath): Node | undefined {
    return this.root ? findNodeAtLocation(this.root, p) : undefined
  }

  get(p: JSONPath): unknown {
    const n = this.node(p)
    return n ? getNodeValue(n) : undefined
  }

  has(p: JSONPath): boolean {
    return this.node(p) !== undefined
  }

  /**
   * Where to point a person for `p`: the property's key when it exists, else the deepest
   * existing ancestor (so "missing x.y" points at x), else line 1.
   */
  position(p: JSONPath): Position {
    for (let n = p.length; n >= 0; n--) {
      const node = this.node(p.slice(0, n))
      if (!node) continue
      const target = node.parent?.type === 'property' ? node.parent : node
      return this.lines.at(target.offset)
    }
    return { line: 1, column: 1 }
  }

  line(p: JSONPath): number {
    return this.position(p).line
  }

  /** Keys of the object at `p` with their positions. */
  keys(p: JSONPath): Array<{ key: string; line: number; column: number }> {
    const n = this.node(p)
    if (!n || n.type !== 'object' || !n.children) return []
    return n.children.map(prop => ({
      key: String(prop.children?.[0]?.value),
      ...this.lines.at(prop.offset)
    }))
  }

  isObject(p: JSONPath): boolean {
    return this.node(p)?.type === 'object'
  }
}

/** A JSON text past the size or depth bound: not parsed, and why (a one-line reason). */
function boundError(text: string): { message: string; offset: number } | undefined {
  if (text.length > MAX_JSON_CHARS)
    return {
      message: `${text.length} characters long (past the ${MAX_JSON_CHARS}-character limit for a configuration file; not parsed)`,
      offset: 0
    }
  const at = nestingPastLimit(text)
  if (at === undefined) return undefined
  return {
    message: `nested more than ${MAX_JSON_DEPTH} levels deep (too deeply nested to be a real configuration file; not parsed)`,
    offset: at
  }
}

function describeParseError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'a property name (in double quotes) was expected',
    ValueExpected: 'a value was expected',
    ColonExpected: "a ':' was expected",
    CommaExpected: "a ',' was expected",
    CloseBraceExpected: "a closing '}' was expected",
    CloseBracketExpected: "a closing ']' was expected",
    EndOfFileExpected: 'the end of the file was expected',
    InvalidCommentToken: 'an invalid comment',
    UnexpectedEndOfComment: 'a comment that never ends',
    UnexpectedEndOfString: 'a string that never ends',
    UnexpectedEndOfNumber: 'a number that never ends',
    InvalidUnicode: 'an invalid unicode escape',
    InvalidEscapeCharacter: 'an invalid escape character',
    InvalidCharacter: 'an invalid character in a string'
  }
  return words[code] ?? code
}
