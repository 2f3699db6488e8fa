/**
 * JavaScript/TypeScript modules read with @babel/parser (loaded lazily: it costs ~30 ms to import,
 * and `check` on a Python repo never needs it), then analysed (scope.ts).
 */
import type * as B from '@babel/types'
import type { Module } from './ast.js'
import { analyze } from './scope.js'

export type ParseFn = (
  input: string,
  options: Record<string, unknown>
) => B.File & { errors?: Array<ParseErr> }
interface ParseErr {
  message: string
  loc?: { line: number; column: number }
  reasonCode?: string
}

let parseFn: ParseFn | undefined

/** Loads @babel/parser once. */
export async function loadParser(): Promise<ParseFn> {
  if (!parseFn) {
    const mod = (await import('@babel/parser')) as unknown as { parse: ParseFn }
    parseFn = mod.parse
  }
  return parseFn
}

/** The parser when already loaded (for synchronous callers). */
export function loadedParser(): ParseFn | undefined {
  return parseFn
}

export interface ParseOutcome {
  module?: Module
  error?: { message: string; line: number; column: number }
}

export function parseModule(parse: ParseFn, file: string, text: string): ParseOutcome {
  const lower = file.toLowerCase()
  const ts = /\.(ts|mts|cts|tsx)$/.test(lower)
  const jsx = /\.(tsx|jsx)$/.test(lower)
  const plugins: unknown[] = []
  // tsc compiles decorators away (experimentalDecorators), so TypeScript may carry them; Node's JavaScript may not.
  if (ts) plugins.push(['typescript', {}], 'decorators-legacy')
  if (jsx) plugins.push('jsx')
  let ast: B.File & { errors?: ParseErr[] }
  try {
    const cjs = lower.endsWith('.cjs') || lower.endsWith('.cts')
    ast = parse(text, {
      sourceType: cjs ? 'commonjs' : 'module',
      errorRecovery: true,
      // babel refuses these with sourceType commonjs (it implies the first; Node has no
      // top-level await there)
      ...(cjs ? {} : { allowReturnOutsideFunction: true, allowAwaitOutsideFunction: true }),
      allowImportExportEverywhere: true,
      allowUndeclaredExports: true,
      plugins
    })
  } catch (e) {
    const err = e as ParseErr
    return {
      error: {
        message: cleanMessage(err.message),
        line: err.loc?.line ?? 1,
        column: (err.loc?.column ?? 0) + 1
      }
    }
  }
  // Recoverable errors that still mean "does not run" (duplicate declarations are tolerated: the AST is sound).
  const fatal = (ast.errors ?? []).find(
    e => !/already been declared|ReservedWord/i.test(e.reasonCode ?? e.message)
  )
  const module = analyze(file, text, ast)
  if (fatal) {
    return {
      module,
      error: {
        message: cleanMessage(fatal.message),
        line: fatal.loc?.line ?? 1,
        column: (fatal.loc?.column ?? 0) + 1
      }
    }
  }
  return { module }
}

function cleanMessage(m: string): string {
  return m.replace(/\s*\(\d+:\d+\)\s*$/, '')
}
