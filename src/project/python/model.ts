/**
 * What the Python code analysis (code.ts) finds in one module: the shapes of values, calls, servers,
 * run calls and settings, and which SDK line a module path belongs to.
 */
export type PythonApiLine = 'mcp1' | 'mcp2' | 'fastmcp'

export type PyValue =
  | { kind: 'str'; value: string }
  | { kind: 'num'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'none' }
  | { kind: 'env'; name: string; fallback?: PyValue }
  | { kind: 'call'; callee: string; args: Arg[]; keywords: Map<string, Arg> }
  | { kind: 'unknown'; why: string; ref?: ImportRef }

/** A name imported from a local module (`from config import PORT`, `config.PORT`): the loader follows it. */
export interface ImportRef {
  module: string
  level: number
  name: string
}

export interface Pos {
  line: number
  column: number
}

export interface Arg {
  value: PyValue
  pos: Pos
  text: string
}

export interface CallInfo {
  pos: Pos
  /** Dotted callee as written (`mcp.run`). */
  callee: string
  positional: Arg[]
  keywords: Map<string, Arg>
  /** `*args` or `**kwargs` present: arguments we cannot see. */
  spread: boolean
}

export interface ServerInfo {
  apiLine: PythonApiLine
  /** Fully qualified class (`mcp.server.fastmcp.FastMCP`). */
  className: string
  /** Names the server object is bound to. */
  variables: string[]
  ctor: CallInfo
}

export type RunKind =
  | 'run'
  | 'run_async'
  | 'run_http_async'
  | 'run_streamable_http_async'
  | 'run_sse_async'
  | 'run_stdio_async'
  | 'uvicorn'

export interface RunInfo {
  kind: RunKind
  call: CallInfo
  /** For uvicorn.run: the app factory of the server passed in (`mcp.streamable_http_app(...)`). */
  appFactory?: { method: string; call: CallInfo }
}

export interface SettingAssign {
  name: string
  value: PyValue
  pos: Pos
}

export interface ApiImport {
  apiLine: PythonApiLine
  pos: Pos
  /** The module imported from. */
  module: string
}

export interface ModuleAnalysis {
  file: string
  syntaxError?: { pos: Pos; certain: boolean; near: string }
  apiImports: ApiImport[]
  /** `from mcp.server.lowlevel import Server` and friends. */
  lowLevel?: Pos
  /** Imports anything from `mcp` or `fastmcp`. */
  importsSdk: boolean
  servers: ServerInfo[]
  runs: RunInfo[]
  settings: SettingAssign[]
  /** `from .server import mcp` / `from pkg.server import mcp` / `import server`. */
  localImports: Array<{
    module: string
    level: number
    names: Array<{ name: string; alias: string }>
  }>
  /** The value a module-level name is bound to (for names other modules import from this one). */
  valueOf(name: string): PyValue
}

/** Which SDK line a module path belongs to. */
export function apiLineOfModule(module: string, names: string[] = []): PythonApiLine | undefined {
  if (module === 'mcp.server.fastmcp' || module.startsWith('mcp.server.fastmcp.')) return 'mcp1'
  if (module === 'mcp.server.mcpserver' || module.startsWith('mcp.server.mcpserver.')) return 'mcp2'
  if (module === 'fastmcp' || module.startsWith('fastmcp.')) return 'fastmcp'
  if (module === 'mcp.server' || module === 'mcp') {
    if (names.includes('FastMCP') || names.includes('fastmcp')) return 'mcp1'
    if (names.includes('MCPServer') || names.includes('mcpserver')) return 'mcp2'
  }
  return undefined
}
