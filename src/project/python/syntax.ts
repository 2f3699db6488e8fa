/** Small helpers over @lezer/python syntax nodes, shared by the evaluator and the analyzer. */
import type { SyntaxNode } from '@lezer/common'

export function children(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = []
  for (let c = n.firstChild; c; c = c.nextSibling) out.push(c)
  return out
}

/** The argument nodes of an ArgList: positional, keyword (`name=value`), and whether `*`/`**` appear. */
export function argNodes(
  argList: SyntaxNode,
  src: string
): { positional: SyntaxNode[]; keywords: Map<string, SyntaxNode>; spread: boolean } {
  const positional: SyntaxNode[] = []
  const keywords = new Map<string, SyntaxNode>()
  let spread = false
  const kids = children(argList).filter(k => k.name !== '(' && k.name !== ')' && k.name !== ',')
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i]
    if (k.name === '*' || k.name === '**') {
      spread = true
      i++
    } else if (k.name === 'VariableName' && kids[i + 1]?.name === 'AssignOp' && kids[i + 2]) {
      keywords.set(src.slice(k.from, k.to), kids[i + 2])
      i += 2
    } else {
      positional.push(k)
    }
  }
  return { positional, keywords, spread }
}

export function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ')
  return one.length > 60 ? `${one.slice(0, 57)}...` : one
}

/** The nearest enclosing function (or lambda), or null at module level. */
export function scopeOf(n: SyntaxNode): SyntaxNode | null {
  for (let p = n.parent; p; p = p.parent) {
    if (p.name === 'FunctionDefinition' || p.name === 'LambdaExpression') return p
  }
  return null
}

export function isParam(fn: SyntaxNode, name: string, src: string): boolean {
  const params = fn.getChild('ParamList')
  if (!params) return false
  for (let c = params.firstChild; c; c = c.nextSibling) {
    if (c.name === 'VariableName' && src.slice(c.from, c.to) === name) return true
  }
  return false
}

const KNOWN_PACKAGES = new Set([
  'os',
  'sys',
  'json',
  'typing',
  'asyncio',
  'anyio',
  'trio',
  'logging',
  'pathlib',
  'datetime',
  're',
  'time',
  'dataclasses',
  'enum',
  'functools',
  'itertools',
  'collections',
  'contextlib',
  'uuid',
  'math',
  'random',
  'mcp',
  'fastmcp',
  'httpx',
  'requests',
  'uvicorn',
  'starlette',
  'fastapi',
  'pydantic',
  'dotenv',
  'azure',
  'aiohttp',
  'urllib',
  'base64',
  'hashlib',
  'typing_extensions',
  '__future__',
  'argparse',
  'subprocess'
])

export function isKnownPackage(module: string): boolean {
  return KNOWN_PACKAGES.has(module.split('.')[0])
}
