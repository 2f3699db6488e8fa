/**
 * The versions of its SDK package the code needs: the API line's window, narrowed by what the code
 * uses that exists only in some versions (fastmcp 2.x constructor keywords, 3.x run keywords).
 */
import type { PythonApiLine, Pos } from './code.js'
import type { Internal } from './facts.js'
import {
  FASTMCP_CTOR_REMOVED_IN_3,
  FASTMCP_CTOR_REMOVED_IN_4,
  FASTMCP_RUN_SINCE_3,
  LINES
} from './lines.js'
import { compareVersions } from './versions.js'

export interface Need {
  /** The code needs at least this version… */
  from?: string
  /** …or a version below this one. */
  to?: string
  /** What in the code needs it, e.g. "`FastMCP(..., port=...)`". */
  what: string
  /** Why, in a few words: "fastmcp 3.0 removed it (TypeError at start)". */
  why: string
  file: string
  pos: Pos
  /** The same code written for every version, when there is one. */
  portable?: string
}

export interface ApiWindow {
  from: string
  to?: string
  /** The needs that moved the bounds (the line's own bounds are not listed). */
  needs: Need[]
}

export function codeNeeds(apiLine: PythonApiLine, internal: Internal): Need[] {
  if (apiLine !== 'fastmcp') return []
  const out: Need[] = []
  const s = internal.server
  if (s) {
    for (const [k, a] of s.ctor.keywords) {
      const at = { file: s.file, pos: a.pos, what: `\`${s.ctor.callee}(..., ${k}=...)\`` }
      if (FASTMCP_CTOR_REMOVED_IN_3.includes(k))
        out.push({
          ...at,
          to: '3',
          why: `fastmcp 3.0 and later refuse the \`${k}\` keyword (TypeError: FastMCP() no longer accepts \`${k}\`)`,
          portable: ['host', 'port', 'stateless_http', 'json_response', 'log_level'].includes(k)
            ? `pass \`${k}=${a.text}\` to \`mcp.run(transport="http", ${k}=...)\` instead, which every fastmcp line accepts`
            : undefined
        })
      else if (FASTMCP_CTOR_REMOVED_IN_4.includes(k))
        out.push({
          ...at,
          to: '4',
          why: `fastmcp 4.0 and later refuse the \`${k}\` keyword (TypeError at start)`
        })
    }
  }
  for (const run of internal.runs) {
    const call = run.appFactory?.call ?? run.call
    for (const [k, a] of call.keywords) {
      if (!FASTMCP_RUN_SINCE_3.includes(k)) continue
      out.push({
        file: run.file,
        pos: a.pos,
        what: `\`${call.callee}(..., ${k}=...)\``,
        from: '3',
        why: `\`${k}\` exists from fastmcp 3.0 on (TypeError in 2.x)`
      })
    }
  }
  if (internal.awaitedState)
    out.push({
      ...internal.awaitedState,
      from: '3',
      what: '`await ctx.set_state(...)`/`get_state(...)`',
      why: 'Context state became async in fastmcp 3.0 (in 2.x the call returns a plain value and awaiting it fails)'
    })
  return out
}

/** The window of versions with everything the code uses. */
export function apiWindow(apiLine: PythonApiLine, internal: Internal): ApiWindow {
  const spec = LINES[apiLine]
  let from = spec.from
  let to = spec.to
  const needs = codeNeeds(apiLine, internal)
  for (const n of needs) {
    if (n.from && compareVersions(n.from, from) > 0) from = n.from
    if (n.to && (to === undefined || compareVersions(n.to, to) < 0)) to = n.to
  }
  return { from, ...(to ? { to } : {}), needs }
}
