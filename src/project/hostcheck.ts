/**
 * The rules over a parsed host.json: version, the MCP profile (port, authorization level), the
 * classic route prefix, and the HTTP switches that pass requests on. The command it starts is
 * hostcommand.ts.
 */
import type { ProjectFiles } from './files.js'
import type { JsonDoc } from './json.js'
import type { Finding } from './types.js'
import {
  caseInsensitive,
  FORWARD_SWITCH,
  HOST_JSON,
  isAuthLevelName,
  MCP_PROFILE,
  MISSPELLED_PROXY_SWITCH,
  PROXY_SWITCH,
  type Add,
  type HostCheckContext,
  type HostFacts
} from './hostjson.js'
import { checkArguments, checkExecutable, checkWorkingDirectory } from './hostcommand.js'

/** The rules over a parsed host.json. */
export function checkHost(
  files: ProjectFiles,
  doc: JsonDoc,
  facts: HostFacts,
  ctx: HostCheckContext
): Finding[] {
  const out: Finding[] = []
  doc = caseInsensitive(doc)
  const at = (p: Array<string | number>) => doc.position(p)
  const add = (
    rule: string,
    severity: Finding['severity'],
    p: Array<string | number>,
    message: string,
    fix: string
  ) => out.push({ rule, severity, file: HOST_JSON, ...at(p), message, fix })

  const version = doc.get(['version'])
  if (version !== '2.0') {
    add(
      'host-json/version',
      'error',
      ['version'],
      version === undefined
        ? 'host.json has no "version"'
        : `host.json "version" is ${JSON.stringify(version)}, not "2.0"`,
      'set "version": "2.0"'
    )
  }

  if (facts.layout === 'profile') {
    const profile = doc.get(['configurationProfile'])
    if (profile !== MCP_PROFILE) {
      add(
        'host-json/profile-unknown',
        'error',
        ['configurationProfile'],
        `configurationProfile ${JSON.stringify(profile)} is not one the host knows for MCP servers`,
        `set "configurationProfile": "${MCP_PROFILE}"`
      )
    }
    if (doc.get(['customHandler', 'port']) === undefined) {
      add(
        'host-json/profile-port',
        'error',
        ['customHandler', 'port'],
        'customHandler.port is missing: the profile layout needs the port your server listens on',
        ctx.codePort
          ? `add "port": ${ctx.codePort} (the port your server listens on) under customHandler`
          : 'add "port": 8000 (or the port your server uses) under customHandler'
      )
    } else if (facts.port === undefined || facts.port < 1 || facts.port > 65535) {
      add(
        'host-json/profile-port',
        'error',
        ['customHandler', 'port'],
        `customHandler.port ${JSON.stringify(doc.get(['customHandler', 'port']))} is not a port number`,
        'set customHandler.port to the number your server listens on, e.g. 8000'
      )
    }
    const lvl = doc.get(['customHandler', 'http', 'defaultAuthorizationLevel'])
    if (lvl !== undefined && !isAuthLevelName(lvl)) {
      add(
        'host-json/auth-level',
        'error',
        ['customHandler', 'http', 'defaultAuthorizationLevel'],
        `defaultAuthorizationLevel ${JSON.stringify(lvl)} is not anonymous, function or admin`,
        'use "function" (a key is needed) or remove it'
      )
    } else if (facts.authLevel === 'anonymous') {
      add(
        'host-json/anonymous',
        'warning',
        ['customHandler', 'http', 'defaultAuthorizationLevel'],
        'defaultAuthorizationLevel is anonymous: anyone who finds the URL can call your MCP server',
        'use "function" and give clients the key (the action outputs it), or put the app behind authentication'
      )
    }
  } else {
    checkRoutePrefix(doc, facts, ctx, add)
  }

  if (!doc.isObject(['customHandler', 'description'])) {
    add(
      'host-json/custom-handler',
      'error',
      ['customHandler', 'description'],
      'customHandler.description is missing: the host does not know what to start',
      'add customHandler.description with defaultExecutablePath and arguments (see `generate`)'
    )
    return out
  }
  checkExecutable(files, facts, ctx, add)
  checkArguments(files, doc, facts, ctx, add)
  checkWorkingDirectory(files, doc, facts, add)
  if (facts.layout === 'classic') checkSwitches(doc, facts, ctx, add)
  return out
}

/**
 * The classic host serves functions under the route prefix (default `api`) and forwards the
 * original path, prefix included, to the handler: a server that answers only /mcp gets
 * /api/mcp and answers 404 to every request.
 */
function checkRoutePrefix(doc: JsonDoc, facts: HostFacts, ctx: HostCheckContext, add: Add): void {
  const p = ['extensions', 'http', 'routePrefix']
  const raw = doc.get(p)
  const prefix = facts.routePrefix
  if (prefix === '') return
  const forwarded = `/${prefix}/mcp`
  const norm = (x: string) => x.replace(/\/+$/, '').toLowerCase()
  const paths = ctx.servedPaths
  const setting =
    raw === undefined
      ? 'extensions.http.routePrefix is not set, so the host serves under /api'
      : `routePrefix is ${JSON.stringify(raw)}, so the host serves under /${prefix}`
  if (paths?.some(x => norm(x) === norm(forwarded))) return // the server's own path is the prefixed one
  if (paths && !paths.includes('*')) {
    add(
      'host-json/route-prefix',
      'error',
      p,
      `${setting} and forwards the original path ${forwarded} to your server, which serves ${paths.join(', ')}: it answers 404 to every request`,
      `set "routePrefix": "" (${raw === undefined ? 'add "extensions": { "http": { "routePrefix": "" } }' : 'in extensions.http'}), or serve MCP at ${forwarded}`
    )
    return
  }
  add(
    'host-json/route-prefix',
    'warning',
    p,
    `${setting}: the endpoint is ${forwarded}, not /mcp${paths ? '' : ` (the host forwards ${forwarded} as is; it could not be told whether your server answers that path)`}`,
    raw === undefined
      ? 'add "extensions": { "http": { "routePrefix": "" } }'
      : 'set "routePrefix": "" unless you want that prefix'
  )
}
function checkSwitches(doc: JsonDoc, facts: HostFacts, ctx: HostCheckContext, add: Add): void {
  const ch = ['customHandler']
  if (facts.misspelledProxy) {
    add(
      'host-json/proxy-misspelled',
      'warning',
      [...ch, MISSPELLED_PROXY_SWITCH],
      `"${MISSPELLED_PROXY_SWITCH}" (the original recipe's spelling) is not a host setting: the host ignores it silently, so responses are not streamed`,
      `rename it to "${PROXY_SWITCH}": true`
    )
  }
  if (facts.proxying) return
  if (facts.forwarding) {
    const guard = ctx.hostGuard === true
    add(
      'host-json/forwarding-only',
      guard ? 'error' : 'warning',
      [...ch, FORWARD_SWITCH],
      guard
        ? `only "${FORWARD_SWITCH}" is active: the host buffers and passes the client's Host header on, and this server's MCP SDK (bound to 127.0.0.1, DNS-rebinding guard) refuses a foreign Host on every request (${ctx.language === 'node' ? "createMcpExpressApp's Host validation: 403" : '421 Misdirected Request'})`
        : `only "${FORWARD_SWITCH}" is active: legacy forwarding buffers every response (no streaming) and passes the client's Host header on`,
      `add "${PROXY_SWITCH}": true to customHandler (it sends the handler its own address as Host and streams)`
    )
    return
  }
  add(
    'host-json/no-http-switch',
    'error',
    ch,
    `neither "${PROXY_SWITCH}" nor "${FORWARD_SWITCH}" is true: the host will not pass HTTP requests to your server`,
    `add "${PROXY_SWITCH}": true to customHandler`
  )
}
