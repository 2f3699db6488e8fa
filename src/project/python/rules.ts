/** The code rules: arguments in the right place, transport, statelessness; the port goes to port.ts. */
import type { Finding, RuleContext } from '../types.js'
import type { Pos } from './code.js'
import type { Internal, PythonFacts } from './facts.js'
import { LINES } from './lines.js'
import { checkOptionPort, checkPort, portSetting } from './port.js'
import { firstImport } from './load.js'
import { describe, lookup, pickRun } from './settings.js'

export function finding(
  rule: string,
  severity: Finding['severity'],
  file: string,
  pos: Pos,
  message: string,
  fix: string
): Finding {
  return { rule, severity, file, line: pos.line, column: pos.column, message, fix }
}

export function checkCode(facts: PythonFacts, internal: Internal, ctx: RuleContext): Finding[] {
  const out: Finding[] = []
  if (internal.entryUnusable) return [internal.entryUnusable]
  out.push(...internal.skipped)
  if (!facts.entry) {
    out.push({
      rule: 'python-code/no-entry',
      severity: 'warning',
      file: 'host.json',
      line: 1,
      message:
        'no Python script here imports an MCP server (FastMCP, MCPServer or fastmcp.FastMCP); the server code was not checked',
      fix: 'name the server script in host.json `customHandler.description.arguments` (e.g. ["server.py"])'
    })
    return out
  }
  for (const m of internal.modules) {
    const e = m.syntaxError
    if (!e) continue
    out.push(
      e.certain
        ? finding(
            'python-code/syntax',
            'error',
            m.file,
            e.pos,
            `${m.file} has a syntax error at line ${e.pos.line} (\`${e.near}\`): Python refuses to start it`,
            `correct the syntax at ${m.file}:${e.pos.line}`
          )
        : finding(
            'python-code/syntax',
            'notice',
            m.file,
            e.pos,
            `${m.file} line ${e.pos.line} (\`${e.near}\`) could not be read by the checker (it may be valid newer Python); the checks below may miss things there`,
            `run \`python -m py_compile ${m.file}\` to be sure`
          )
    )
  }
  const apiLine = facts.apiLine
  const server = internal.server
  if (!apiLine || !server) {
    const main = internal.modules.find(m => m.lowLevel) ?? internal.modules[0]
    const file = main?.file ?? facts.entry
    out.push({
      rule: 'python-code/no-server',
      severity: 'notice',
      file,
      line: main?.lowLevel?.line ?? firstImport(internal)?.pos.line ?? 1,
      message: main?.lowLevel
        ? `${file} uses the low-level mcp Server: transport, port and statelessness were not checked`
        : `${facts.entry} does not visibly build an MCP server (FastMCP(...), MCPServer(...)); transport, port and statelessness were not checked`,
      fix: `build the server in ${facts.entry} with the SDK's server class (\`${LINES[apiLine ?? 'mcp2'].importText}\`)`
    })
    out.push(...checkOptionPort(internal, ctx))
    return out
  }
  const spec = LINES[apiLine]

  // arguments in the wrong place for this line (TypeError at start); the checks of the same
  // settings below are skipped, the fix of the misplaced argument covers them
  const misplaced = new Set<string>()
  if (apiLine === 'mcp2') {
    for (const k of [
      'host',
      'port',
      'stateless_http',
      'json_response',
      'streamable_http_path',
      'transport_security',
      'mount_path',
      'sse_path'
    ]) {
      const a = server.ctor.keywords.get(k)
      if (a) {
        misplaced.add(k)
        out.push(
          finding(
            'python-code/misplaced-argument',
            'error',
            server.file,
            a.pos,
            `\`${server.ctor.callee}(..., ${k}=...)\`: in mcp 2.x MCPServer takes no \`${k}\` (TypeError at start); it is an argument of run()`,
            `move \`${k}=${a.text}\` into \`mcp.run(transport="streamable-http", ${k}=...)\``
          )
        )
      }
    }
  }
  if (apiLine === 'mcp1') {
    for (const run of internal.runs.filter(r => r.kind === 'run')) {
      for (const [k, a] of run.call.keywords) {
        if (k === 'transport' || k === 'mount_path') continue
        misplaced.add(k)
        out.push(
          finding(
            'python-code/misplaced-argument',
            'error',
            run.file,
            a.pos,
            `\`${run.call.callee}(..., ${k}=...)\`: in mcp 1.x FastMCP.run() takes only transport and mount_path (TypeError at start)`,
            `pass \`${k}=${a.text}\` to \`FastMCP("name", ${k}=...)\` instead`
          )
        )
      }
    }
  }

  // transport
  const picked = pickRun(apiLine, internal)
  if (!picked) {
    out.push(
      finding(
        'python-code/no-run',
        'notice',
        server.file,
        server.ctor.pos,
        `the server built here is never started in a way the checker can follow (no \`.run(...)\` on it, no \`uvicorn.run(...)\` of its app); transport and port were not checked`,
        `start it at the end of ${facts.entry}: \`if __name__ == "__main__": ${spec.runExample}\``
      )
    )
  } else {
    const v = picked.verdict
    if (v.kind === 'bad') {
      const sse = v.name === 'sse'
      const known = ['stdio', 'sse'].includes(v.name)
      out.push(
        finding(
          'python-code/transport',
          'error',
          v.file,
          v.pos,
          v.defaulted
            ? `\`${picked.run.call.callee}()\` without a transport runs over stdio: the Functions host talks HTTP, so every request fails`
            : known
              ? `the server runs with the ${v.name} transport${sse ? ' (the deprecated HTTP+SSE protocol)' : ''}: Azure Functions custom handlers need streamable HTTP`
              : `"${v.name}" is not a transport ${spec.label} knows (ValueError at start)`,
          `start it with streamable HTTP: \`${spec.runExample}\``
        )
      )
    } else if (v.kind === 'unknown') {
      out.push(
        finding(
          'python-code/transport',
          'notice',
          v.file,
          v.pos,
          `cannot tell the transport: ${v.why}; it must be ${spec.streamable.map(s => `"${s}"`).join(' or ')} on Azure Functions`,
          `pass the transport as a literal: \`${spec.runExample}\``
        )
      )
    }
  }
  // a bad transport is the one finding that matters; with an unknown one, go on checking its run
  const run = picked && picked.verdict.kind !== 'bad' ? picked.run : undefined
  if (!run) return out

  // stateless
  const statelessPlaces: Array<'ctor' | 'settings' | 'run'> =
    apiLine === 'mcp1'
      ? ['settings', 'ctor']
      : apiLine === 'mcp2'
        ? ['run']
        : ['settings', 'run', 'ctor']
  const stateless =
    lookup(internal, 'stateless_http', statelessPlaces, run) ??
    (apiLine === 'fastmcp' ? lookup(internal, 'stateless', ['run'], run) : undefined)
  const statelessFix =
    apiLine === 'mcp1'
      ? 'pass `stateless_http=True` to `FastMCP("name", stateless_http=True, ...)`'
      : `pass \`stateless_http=True\` to \`${run.appFactory?.call.callee ?? run.call.callee}(...)\``
  if (misplaced.has('stateless_http')) {
    // reported above
  } else if (!stateless) {
    const spread =
      apiLine === 'mcp1' ? server.ctor.spread : (run.appFactory?.call ?? run.call).spread
    if (spread) {
      out.push(
        finding(
          'python-code/not-stateless',
          'notice',
          server.file,
          server.ctor.pos,
          'cannot tell whether the server is stateless: its arguments come from *args/**kwargs',
          statelessFix
        )
      )
    } else {
      const at =
        apiLine === 'mcp1'
          ? { file: server.file, pos: server.ctor.pos }
          : { file: run.file, pos: (run.appFactory?.call ?? run.call).pos }
      out.push(
        finding(
          'python-code/not-stateless',
          'error',
          at.file,
          at.pos,
          `the server keeps sessions (stateless_http is not set): Azure Functions may route the requests of one client to different instances, which do not know its session`,
          statelessFix
        )
      )
    }
  } else if (stateless.value.kind === 'bool') {
    if (!stateless.value.value)
      out.push(
        finding(
          'python-code/not-stateless',
          'error',
          stateless.file,
          stateless.pos,
          `\`stateless_http=False\` in ${stateless.where}: Azure Functions needs a stateless server`,
          statelessFix
        )
      )
  } else {
    out.push(
      finding(
        'python-code/not-stateless',
        'notice',
        stateless.file,
        stateless.pos,
        `cannot tell whether the server is stateless: stateless_http is ${describe(stateless.value)}`,
        `set it to the literal True: ${statelessFix}`
      )
    )
  }

  // port
  const { port, spread: portSpread } = portSetting(apiLine, internal, run)
  if (!misplaced.has('port')) out.push(...checkPort(port, portSpread, ctx, apiLine, server, run))
  return out
}
