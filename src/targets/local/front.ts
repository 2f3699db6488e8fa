/**
 * The front, "the Functions host" on 127.0.0.1: route prefix, function routes, the key check, and the
 * host's forwarding mode (proxying streams both ways; legacy forwarding buffers and passes Host on).
 */
import http from 'node:http'
import { UserError } from '../../errors.js'
import type { HostConfig } from './config.js'
import { checkKey, matchRoute } from './routing.js'

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade'
])

function copyHeaders(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = {}
  const connectionTokens = String(headers.connection ?? '')
    .split(',')
    .map(t => t.trim().toLowerCase())
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined || HOP_BY_HOP.has(k) || connectionTokens.includes(k)) continue
    out[k] = v
  }
  return out
}

export function plain(res: http.ServerResponse, status: number, text: string): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  const body = text + '\n'
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body)
  })
  res.end(body)
}

export interface FrontContext {
  config: HostConfig
  handlerPort: number
  keys: Record<string, string>
}

export function handle(
  ctx: FrontContext,
  req: http.IncomingMessage,
  res: http.ServerResponse
): void {
  const url = new URL(req.url ?? '/', 'http://front.invalid')
  let rest = url.pathname.replace(/^\/+/, '')
  const prefix = ctx.config.routePrefix
  if (prefix) {
    const lower = rest.toLowerCase()
    const p = prefix.toLowerCase()
    if (lower !== p && !lower.startsWith(p + '/'))
      return plain(res, 404, `404 Not Found: the host serves functions under /${prefix}/`)
    rest = rest.slice(prefix.length).replace(/^\/+/, '')
  }
  rest = rest.replace(/\/+$/, '')
  const method = (req.method ?? 'GET').toUpperCase()
  const fn = ctx.config.functions.find(
    f => (!f.methods || f.methods.includes(method)) && matchRoute(f.route, rest)
  )
  if (!fn)
    return plain(res, 404, `404 Not Found: no function route matches ${method} ${url.pathname}`)
  if (
    !checkKey(fn.authLevel, req.headers['x-functions-key'], url.searchParams.get('code'), ctx.keys)
  ) {
    return plain(
      res,
      401,
      '401 Unauthorized: this function needs a key (x-functions-key header or ?code=)'
    )
  }
  switch (ctx.config.forwarding) {
    case 'proxy':
      return proxy(ctx, req, res)
    case 'forward':
      return forward(ctx, req, res)
    default:
      req.resume()
      return plain(
        res,
        500,
        `500 Internal Server Error: the Functions host does not forward this HTTP request to the handler: host.json customHandler has neither enableProxyingHttpRequest nor enableForwardingHttpRequest set to true, so the host would POST a JSON invocation payload to /${fn.name} instead, which an MCP server cannot answer. Set customHandler.enableProxyingHttpRequest: true.` +
          (ctx.config.notes.length ? ' ' + ctx.config.notes.join(' ') : '')
      )
  }
}

/** enableProxyingHttpRequest: streams both ways; the handler sees its own address as Host. */
function proxy(ctx: FrontContext, req: http.IncomingMessage, res: http.ServerResponse): void {
  const headers = copyHeaders(req.headers)
  const clientHost = req.headers.host ?? ''
  headers.host = `127.0.0.1:${ctx.handlerPort}`
  headers['x-forwarded-host'] = clientHost
  headers['x-forwarded-proto'] = req.headers['x-forwarded-proto'] ?? 'http'
  const remote = req.socket.remoteAddress ?? ''
  const prior = req.headers['x-forwarded-for']
  headers['x-forwarded-for'] = prior ? `${String(prior)}, ${remote}` : remote
  const upstream = toHandler(ctx, req, res, { headers }, up => {
    res.writeHead(up.statusCode ?? 502, up.statusMessage, copyHeaders(up.headers))
    // Send the status line and headers now: an SSE response may wait a while for its first event.
    res.flushHeaders()
    up.pipe(res)
    up.on('error', () => res.destroy())
  })
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy()
  })
  req.pipe(upstream)
}

/** Legacy enableForwardingHttpRequest: buffered, and the client's Host header is passed on. */
function forward(ctx: FrontContext, req: http.IncomingMessage, res: http.ServerResponse): void {
  const chunks: Buffer[] = []
  req.on('data', (c: Buffer) => chunks.push(c))
  req.on('error', () => res.destroy())
  req.on('end', () => {
    const body = Buffer.concat(chunks)
    const headers = copyHeaders(req.headers)
    headers['content-length'] = body.length
    const upstream = toHandler(ctx, req, res, { headers, setHost: false }, up => {
      const out: Buffer[] = []
      up.on('data', (c: Buffer) => out.push(c))
      up.on('error', () => res.destroy())
      up.on('end', () => {
        const payload = Buffer.concat(out)
        const h = copyHeaders(up.headers)
        h['content-length'] = payload.length
        res.writeHead(up.statusCode ?? 502, up.statusMessage, h)
        res.end(payload)
      })
    })
    upstream.end(body)
  })
}

/** The client's request to the handler (method and path as sent); not reaching it answers 502. */
function toHandler(
  ctx: FrontContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: Pick<http.RequestOptions, 'headers' | 'setHost'>,
  onResponse: (up: http.IncomingMessage) => void
): http.ClientRequest {
  const upstream = http.request(
    {
      host: '127.0.0.1',
      port: ctx.handlerPort,
      method: req.method,
      path: req.url,
      agent: false,
      ...options
    },
    onResponse
  )
  upstream.on('error', err =>
    plain(
      res,
      502,
      `502 Bad Gateway: the handler on port ${ctx.handlerPort} did not answer (${err.message})`
    )
  )
  return upstream
}

/** Listens on 127.0.0.1:port (0: a free one); resolves the port it got. */
export function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void => {
      server.off('listening', onListening)
      reject(
        err.code === 'EADDRINUSE'
          ? new UserError(
              `port ${port} on 127.0.0.1 is already in use (set local-port to another port, or 0 for a free one)`
            )
          : new UserError(`cannot listen on 127.0.0.1:${port}: ${err.message}`)
      )
    }
    const onListening = (): void => {
      server.off('error', onError)
      const addr = server.address()
      resolve(typeof addr === 'object' && addr ? addr.port : port)
    }
    server.once('error', onError)
    server.once('listening', onListening)
    server.listen(port, '127.0.0.1')
  })
}
