/** The port rules: what the server listens on against what the host expects. */
import type { Finding, RuleContext } from '../types.js'
import type { ImportRef, PythonApiLine, PyValue, RunInfo, ServerInfo } from './code.js'
import { PORT_ENV, SDK_DEFAULT_PORT } from './lines.js'
import { finding } from './rules.js'
import type { Internal, PythonFacts } from './facts.js'
import { describe, lookup, pickRun } from './settings.js'
import type { Setting } from './settings.js'

export function checkPort(
  port: Setting | undefined,
  spread: boolean,
  ctx: RuleContext,
  apiLine: PythonApiLine,
  server: ServerInfo & { file: string },
  run: RunInfo & { file: string }
): Finding[] {
  const where =
    apiLine === 'mcp1'
      ? 'FastMCP("name", port=...)'
      : run.kind === 'uvicorn'
        ? 'uvicorn.run(app, port=...)'
        : `${run.call.callee}(..., port=...)`
  const envFix =
    apiLine === 'mcp1'
      ? `\`mcp_port = int(os.environ.get("${PORT_ENV}", 8080))\` and \`FastMCP("name", stateless_http=True, port=mcp_port)\``
      : `\`${where.replace('port=...', `port=int(os.environ.get("${PORT_ENV}", 8000))`)}\``
  const at = port ?? {
    file: apiLine === 'mcp1' ? server.file : run.file,
    pos: apiLine === 'mcp1' ? server.ctor.pos : run.call.pos
  }
  if (!port && spread) {
    return [
      finding(
        'python-code/port-unknown',
        'notice',
        at.file,
        at.pos,
        'cannot tell the port: the arguments come from *args/**kwargs',
        `pass it explicitly: ${envFix}`
      )
    ]
  }
  let value: PyValue = port ? port.value : { kind: 'num', value: SDK_DEFAULT_PORT }
  const defaulted = !port
  if (value.kind === 'env' && value.name === PORT_ENV) return []
  let viaEnv: string | undefined
  if (value.kind === 'env') {
    viaEnv = value.name
    if (!value.fallback) {
      if (ctx.layout === 'classic' || ctx.layout === undefined)
        return [
          finding(
            'python-code/port-not-from-env',
            'error',
            at.file,
            at.pos,
            `the port is read from ${value.name}, which the Functions host does not set: it passes the port in ${PORT_ENV}`,
            `read ${PORT_ENV} instead: ${envFix}`
          )
        ]
      return [
        finding(
          'python-code/port-unknown',
          'notice',
          at.file,
          at.pos,
          `the port is read from ${value.name}, which the Functions host does not set`,
          `read ${PORT_ENV}: ${envFix}`
        )
      ]
    }
    value = value.fallback
  }
  if (value.kind === 'str' && /^\d+$/.test(value.value.trim()))
    value = { kind: 'num', value: Number(value.value) }
  if (value.kind !== 'num') {
    return [
      finding(
        'python-code/port-unknown',
        'notice',
        at.file,
        at.pos,
        `cannot tell the port: it is ${describe(value)}`,
        `read it from the environment: ${envFix}`
      )
    ]
  }
  const n = value.value
  const said = defaulted
    ? `the server listens on the SDK's default port ${n} (no port is given)`
    : viaEnv
      ? `the port is read from ${viaEnv}, which the Functions host does not set, so it is ${n}`
      : `the port is fixed to ${n}`
  if (ctx.layout === 'profile') {
    if (ctx.hostPort === undefined) return []
    if (n === ctx.hostPort) return []
    return [
      finding(
        'python-code/port-mismatch',
        'error',
        at.file,
        at.pos,
        `${said}, but host.json's customHandler.port is ${ctx.hostPort}: the host cannot reach the server`,
        `listen on ${ctx.hostPort} (or read ${PORT_ENV}, which the host sets to customHandler.port): ${envFix}`
      )
    ]
  }
  if (ctx.layout === 'classic') {
    return [
      finding(
        'python-code/port-not-from-env',
        'error',
        at.file,
        at.pos,
        `${said}: in the classic layout the Functions host picks the port and passes it in ${PORT_ENV}, so it cannot reach the server`,
        `read the port from the environment: ${envFix}`
      )
    ]
  }
  return [
    finding(
      'python-code/port-not-from-env',
      'warning',
      at.file,
      at.pos,
      `${said}: without host.json's profile layout (customHandler.port = ${n}) the Functions host passes the port in ${PORT_ENV} and cannot reach the server`,
      `read the port from the environment: ${envFix}`
    )
  ]
}

/** Where the port is given for this line (constructor, settings, run or uvicorn.run), names imported from local modules followed. */
export function portSetting(
  apiLine: PythonApiLine,
  internal: Internal,
  run: RunInfo & { file: string }
): { port?: Setting; spread: boolean } {
  const places: Array<'ctor' | 'settings' | 'run'> =
    apiLine === 'mcp1'
      ? ['settings', 'ctor']
      : apiLine === 'mcp2'
        ? ['run']
        : ['settings', 'run', 'ctor']
  let port = lookup(internal, 'port', places, run)
  if (run.kind === 'uvicorn') {
    const k = run.call.keywords.get('port')
    port = k ? { value: k.value, file: run.file, pos: k.pos, where: 'uvicorn.run(...)' } : undefined
  }
  if (port && internal.resolveImport)
    port = { ...port, value: followImports(port.value, port.file, internal.resolveImport) }
  const spread = !port && !!(apiLine === 'mcp1' ? internal.server?.ctor.spread : run.call.spread)
  return port ? { port, spread } : { spread }
}

function followImports(
  v: PyValue,
  file: string,
  resolve: (file: string, ref: ImportRef) => { value: PyValue; file: string } | undefined,
  depth = 0
): PyValue {
  if (depth > 3) return v
  if (v.kind === 'unknown' && v.ref) {
    const r = resolve(file, v.ref)
    return r ? followImports(r.value, r.file, resolve, depth + 1) : v
  }
  if (v.kind === 'env' && v.fallback)
    return { ...v, fallback: followImports(v.fallback, file, resolve, depth + 1) }
  return v
}

/**
 * The port the server listens on when the host sets no variable it reads (the literal, or the
 * default of PORT/MCP_PORT-style variables; the SDK's 8000 when none is given), and the
 * environment variables it reads the port from. Generate writes `listenPort` as the profile's
 * customHandler.port.
 */
export function portFacts(facts: PythonFacts, internal: Internal): void {
  const apiLine = facts.apiLine
  if (!apiLine || !internal.server) {
    // a low-level server started by a command-line option: `@click.option("--port", default=3000)`
    for (const [file, text] of internal.texts ?? []) {
      const m = /@click\.option\(\s*["']--port["'][^)]*?\bdefault\s*=\s*(\d{1,5})\b/.exec(text)
      if (m && Number(m[1]) > 0 && Number(m[1]) < 65536) {
        facts.listenPort = Number(m[1])
        const before = text.slice(0, m.index)
        internal.optionPort = {
          file,
          pos: { line: before.split('\n').length, column: m.index - before.lastIndexOf('\n') },
          port: facts.listenPort
        }
        return
      }
    }
    return
  }
  const picked = pickRun(apiLine, internal)
  if (!picked || picked.verdict.kind === 'bad') return
  const { port, spread } = portSetting(apiLine, internal, picked.run)
  if (!port) {
    if (!spread) facts.listenPort = SDK_DEFAULT_PORT
    return
  }
  let v: PyValue | undefined = port.value
  const env: string[] = []
  while (v?.kind === 'env') {
    env.push(v.name)
    v = v.fallback
  }
  if (env.length) facts.portFromEnv = env
  if (v?.kind === 'str' && /^\d+$/.test(v.value.trim())) v = { kind: 'num', value: Number(v.value) }
  if (v?.kind === 'num' && Number.isInteger(v.value) && v.value > 0 && v.value < 65536)
    facts.listenPort = v.value
}

/** A low-level server's port from its `--port` option default, against what the host expects. */
export function checkOptionPort(internal: Internal, ctx: RuleContext): Finding[] {
  const o = internal.optionPort
  if (!o || ctx.portFromArguments) return []
  const said = `the server listens on its \`--port\` option's default ${o.port}`
  const viaArgs = `pass the host's port on the command line: \`"arguments": [..., "--port", "%${PORT_ENV}%"]\``
  if (ctx.layout === 'profile') {
    if (ctx.hostPort === undefined || ctx.hostPort === o.port) return []
    return [
      finding(
        'python-code/port-mismatch',
        'error',
        o.file,
        o.pos,
        `${said}, but host.json's customHandler.port is ${ctx.hostPort}: the host cannot reach the server`,
        `set customHandler.port to ${o.port}, or ${viaArgs}`
      )
    ]
  }
  return [
    finding(
      'python-code/port-not-from-env',
      ctx.layout === 'classic' ? 'error' : 'warning',
      o.file,
      o.pos,
      `${said}: ${ctx.layout === 'classic' ? 'in the classic layout' : "without host.json's profile layout"} the Functions host picks the port and passes it in ${PORT_ENV}, so it cannot reach the server`,
      `${viaArgs}, or use the profile layout with customHandler.port ${o.port} (\`generate --layout profile\`)`
    )
  ]
}
