/** The port rules: what the server listens on against what the host expects. */
import type { Finding, RuleContext } from '../types.js'
import type { PythonApiLine, PyValue, RunInfo, ServerInfo } from './code.js'
import { PORT_ENV, SDK_DEFAULT_PORT } from './lines.js'
import { finding } from './rules.js'
import { describe } from './settings.js'
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
