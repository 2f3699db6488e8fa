/** What loading a Python server yields: the public facts and the internal detail the rules read. */
import type { Finding } from '../types.js'
import type {
  ImportRef,
  ModuleAnalysis,
  PythonApiLine,
  Pos,
  PyValue,
  RunInfo,
  ServerInfo
} from './code.js'
import type { LockedPackage } from './lock.js'
import type { DepsRead, LocatedRequirement, Requirement } from './requirements.js'

export interface PythonFacts {
  depsFile?: 'requirements.txt' | 'pyproject.toml'
  requirements: Requirement[]
  sdk?: {
    package: 'mcp' | 'fastmcp'
    specifier: string
    file: string
    line: number
    /** The version the lock (uv.lock) installs, when the install follows one. */
    locked?: string
  }
  /** The lock the install follows (uv.lock beside a pyproject.toml), when there is one. */
  lockFile?: 'uv.lock'
  /** The server script, relative to the server folder. */
  entry?: string
  /** Run as `python -m <module>` (the entry is a package's __main__.py, or imports its package relatively). */
  module?: string
  /** What the code imports. */
  apiLine?: PythonApiLine
  /** true when the server may refuse a foreign Host header with 421 (DNS-rebinding guard: mcp 2.x and late 1.x
      bound to 127.0.0.1); false when surely not; undefined when unknown. */
  hostGuard?: boolean
  /** The port the server listens on when the host sets no variable it reads: a literal, the default
      of the variable it reads (\`int(os.environ.get("PORT", 3000))\` → 3000), or the SDK's 8000
      when none is given; undefined when unknown. Generate writes it as customHandler.port. */
  listenPort?: number
  /** The environment variables the port is read from, first one first (\`PORT\`, \`MCP_PORT\`). */
  portFromEnv?: string[]
}

export interface Internal {
  deps: DepsRead
  depsUnusable?: Finding
  poetry: boolean
  /** A pyproject.toml exists but has no [project].dependencies. */
  pyprojectWithoutDeps: boolean
  sdkReq?: LocatedRequirement
  otherSdkReq?: LocatedRequirement
  modules: ModuleAnalysis[]
  entryUnusable?: Finding
  /** Local modules the entry imports that were not analysed (over MAX_PY_BYTES). */
  skipped: Finding[]
  server?: ServerInfo & { file: string }
  runs: Array<RunInfo & { file: string }>
  settings: Array<ModuleAnalysis['settings'][number] & { file: string }>
  apiImport?: { file: string; pos: Pos; module: string }
  /** `await ctx.set_state(...)` (fastmcp 3.x and later: async context state). */
  awaitedState?: { file: string; pos: Pos }
  /** The lock the install follows, resolved for the default target (CPython 3.12 on Linux). */
  lock?: { file: string; packages: LockedPackage[] } | { file: string; problem: string }
  /** Lock files present but not used by the install (poetry.lock, pylock.toml, uv.lock beside requirements.txt). */
  unusedLocks: Array<{ file: string; why: string }>
  /** A low-level server's `@click.option("--port", default=N)`. */
  optionPort?: { file: string; pos: Pos; port: number }
  /** The text of each loaded module. */
  texts?: Map<string, string>
  /** Follows a name imported from a local module to its value there. */
  resolveImport?: (file: string, ref: ImportRef) => { value: PyValue; file: string } | undefined
}

export const internals = new WeakMap<PythonFacts, Internal>()
