import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser'
import type { JSONPath, Node, ParseError } from 'jsonc-parser'

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
    const errors: ParseError[] = []
    this.root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false })
    this.lines = new LineIndex(text)
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
