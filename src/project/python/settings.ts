/** Evaluating the server's configuration: where a setting is given, which run serves, which transport. */
import type { Arg, PythonApiLine, PyValue, Pos, RunInfo } from './code.js'
import { internals } from './facts.js'
import type { Internal, PythonFacts } from './facts.js'
import { LINES, LOOPBACK, MCP_HOST_GUARD_SINCE } from './lines.js'
import { compareVersions, reachesAtLeast, specifierRange } from './versions.js'

export interface Setting {
  value: PyValue
  file: string
  pos: Pos
  /** Where it was given: `FastMCP(...)`, `run(...)`, `mcp.settings`. */
  where: string
}

/** A keyword of the server constructor, a `settings.X =` assignment, or a run keyword, in that order of strength. */
export function lookup(
  internal: Internal,
  name: string,
  places: Array<'ctor' | 'settings' | 'run'>,
  run?: RunInfo & { file: string }
): Setting | undefined {
  const s = internal.server
  for (const p of places) {
    if (p === 'settings') {
      const a = [...internal.settings].reverse().find(x => x.name === name)
      if (a) return { value: a.value, file: a.file, pos: a.pos, where: `settings.${name}` }
    }
    if (p === 'ctor' && s) {
      const k = s.ctor.keywords.get(name)
      if (k) return { value: k.value, file: s.file, pos: k.pos, where: `${s.ctor.callee}(...)` }
    }
    if (p === 'run' && run) {
      const call = run.appFactory?.call ?? run.call
      const k =
        call.keywords.get(name) ??
        (run.kind === 'uvicorn' && name === 'port' ? run.call.keywords.get('port') : undefined)
      if (k) return { value: k.value, file: run.file, pos: k.pos, where: `${call.callee}(...)` }
    }
  }
  return undefined
}

export type TransportVerdict =
  | { kind: 'streamable'; name: string }
  | { kind: 'bad'; name: string; pos: Pos; file: string; defaulted: boolean }
  | { kind: 'unknown'; why: string; pos: Pos; file: string }

export function transportOf(
  apiLine: PythonApiLine,
  run: RunInfo & { file: string }
): TransportVerdict {
  const spec = LINES[apiLine]
  const at = { pos: run.call.pos, file: run.file }
  const named = (name: string, pos: Pos, defaulted: boolean): TransportVerdict =>
    spec.streamable.includes(name)
      ? { kind: 'streamable', name }
      : { kind: 'bad', name, pos, file: run.file, defaulted }
  switch (run.kind) {
    case 'run_streamable_http_async':
      return { kind: 'streamable', name: 'streamable-http' }
    case 'run_sse_async':
      return { kind: 'bad', name: 'sse', ...at, defaulted: false }
    case 'run_stdio_async':
      return { kind: 'bad', name: 'stdio', ...at, defaulted: false }
    case 'uvicorn': {
      const f = run.appFactory
      if (!f)
        return {
          kind: 'unknown',
          why: 'uvicorn.run() is given an app that is not built here from the server',
          ...at
        }
      if (f.method === 'sse_app')
        return { kind: 'bad', name: 'sse', pos: f.call.pos, file: run.file, defaulted: false }
      if (f.method === 'streamable_http_app') return { kind: 'streamable', name: 'streamable-http' }
      const t = f.call.keywords.get('transport')
      if (!t) return { kind: 'streamable', name: 'http' }
      return fromValue(t, named, run.file)
    }
    case 'run_http_async':
    case 'run_async':
    case 'run': {
      if (run.kind === 'run_http_async') {
        const t = run.call.keywords.get('transport')
        return t ? fromValue(t, named, run.file) : { kind: 'streamable', name: 'http' }
      }
      if (run.kind === 'run_async' && apiLine !== 'fastmcp')
        return { kind: 'unknown', why: `${run.call.callee}() is not part of ${spec.label}`, ...at }
      const t = run.call.positional[0] ?? run.call.keywords.get('transport')
      if (!t) {
        if (run.call.spread)
          return {
            kind: 'unknown',
            why: `${run.call.callee}() takes its arguments from *args/**kwargs`,
            ...at
          }
        return { kind: 'bad', name: 'stdio', ...at, defaulted: true }
      }
      return fromValue(t, named, run.file)
    }
  }
}

function fromValue(
  arg: Arg,
  named: (name: string, pos: Pos, defaulted: boolean) => TransportVerdict,
  file: string
): TransportVerdict {
  const v = arg.value
  if (v.kind === 'str') return named(v.value, arg.pos, false)
  if (v.kind === 'env' && v.fallback?.kind === 'str') {
    const verdict = named(v.fallback.value, arg.pos, false)
    if (verdict.kind === 'streamable') return verdict
    return {
      kind: 'unknown',
      why: `the transport comes from the environment variable ${v.name} (default "${v.fallback.value}")`,
      pos: arg.pos,
      file
    }
  }
  return { kind: 'unknown', why: `the transport is ${describe(v)}`, pos: arg.pos, file }
}

export function describe(v: PyValue): string {
  switch (v.kind) {
    case 'str':
      return `"${v.value}"`
    case 'num':
      return String(v.value)
    case 'bool':
      return v.value ? 'True' : 'False'
    case 'none':
      return 'None'
    case 'env':
      return `the environment variable ${v.name}${v.fallback ? ` (default ${describe(v.fallback)})` : ''}`
    case 'call':
      return `the result of ${v.callee}()`
    case 'unknown':
      return v.why
  }
}

export function hostGuardOf(facts: PythonFacts, internal: Internal): boolean | undefined {
  const apiLine = facts.apiLine
  if (!apiLine || !internal.server) return undefined
  const run = pickRun(apiLine, internal)?.run
  if (apiLine === 'fastmcp') {
    const p = lookup(internal, 'host_origin_protection', ['run'], run)
    if (p?.value.kind === 'bool') return p.value.value
    const host = lookup(internal, 'host', ['settings', 'ctor', 'run'], run)
    if (host?.value.kind === 'str' && !LOOPBACK.has(host.value.value)) return false
    return undefined
  }
  const places: Array<'ctor' | 'settings' | 'run'> =
    apiLine === 'mcp1' ? ['settings', 'ctor'] : ['run']
  const sec = lookup(internal, 'transport_security', places, run)
  if (sec && sec.value.kind !== 'none') {
    if (sec.value.kind === 'call') {
      const flag = sec.value.keywords.get('enable_dns_rebinding_protection')?.value
      if (flag?.kind === 'bool') return flag.value
    }
    return undefined
  }
  const host = lookup(internal, 'host', places, run)
  if (host) {
    if (host.value.kind !== 'str') return undefined
    if (!LOOPBACK.has(host.value.value)) return false
  }
  if (apiLine === 'mcp2') return true
  // mcp 1.x: the guard exists from 1.23.0 on; before that, no Host check
  if (facts.sdk?.locked) return compareVersions(facts.sdk.locked, MCP_HOST_GUARD_SINCE) >= 0
  const range = internal.sdkReq ? specifierRange(internal.sdkReq.specifier) : {}
  if (!range) return undefined
  return reachesAtLeast(range, MCP_HOST_GUARD_SINCE)
}

/** The run call that serves: the first streamable one, else the first one. */
export function pickRun(
  apiLine: PythonApiLine,
  internal: Internal
): { run: RunInfo & { file: string }; verdict: TransportVerdict } | undefined {
  let first: { run: RunInfo & { file: string }; verdict: TransportVerdict } | undefined
  for (const run of internal.runs) {
    const verdict = transportOf(apiLine, run)
    if (verdict.kind === 'streamable') return { run, verdict }
    first ??= { run, verdict }
  }
  return first
}

/**
 * The URL path the server answers MCP on, for the host.json route-prefix rule: each SDK line's
 * default is /mcp (mcp `streamable_http_path`, fastmcp `path`); undefined when there is no
 * server or the path is computed at run time. (Added by the host rules; owned by the Python family.)
 */
export function pythonServedPath(facts: PythonFacts): string | undefined {
  const internal = internals.get(facts)
  if (!internal?.server) return undefined
  const run = internal.runs[0]
  const set =
    lookup(internal, 'streamable_http_path', ['ctor', 'settings', 'run'], run) ??
    (facts.apiLine === 'fastmcp' ? lookup(internal, 'path', ['ctor', 'run'], run) : undefined)
  if (!set) return '/mcp'
  return set.value.kind === 'str' ? set.value.value : undefined
}
