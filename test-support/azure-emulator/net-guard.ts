import https from 'node:https'
import net from 'node:net'
import tls from 'node:tls'
import {
  createDefaultHttpClient,
  type HttpClient,
  type PipelineRequest
} from '@azure/core-rest-pipeline'

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1'])

export interface LoopbackGuard {
  /** Every refused destination, `host:port`. */
  violations: string[]
  restore(): void
}

/**
 * Refuses, in this process, every TCP connection that is not to loopback (169.254.169.254
 * included): the connection fails at once and the destination is recorded.
 */
export function guardLoopback(): LoopbackGuard {
  const proto = net.Socket.prototype as unknown as { connect: (...args: unknown[]) => net.Socket }
  const original = proto.connect
  const violations: string[] = []
  proto.connect = function (this: net.Socket, ...args: unknown[]) {
    const dest = destination(args)
    if (dest && !LOOPBACK.has(dest.host)) {
      violations.push(`${dest.host}:${dest.port}`)
      const err = Object.assign(
        new Error(`test guard: no connection to ${dest.host}:${dest.port} (loopback only)`),
        { code: 'ECONNREFUSED' }
      )
      process.nextTick(() => this.destroy(err))
      return this
    }
    return original.apply(this, args)
  }
  return {
    violations,
    restore: () => {
      proto.connect = original
    }
  }
}

function destination(args: unknown[]): { host: string; port: string } | undefined {
  let a0 = args[0]
  // net internals call connect([options, cb]) with a normalized array
  if (Array.isArray(a0)) a0 = a0[0]
  if (a0 && typeof a0 === 'object') {
    const o = a0 as { host?: string; port?: number | string; path?: string }
    if (o.path) return undefined
    return { host: String(o.host ?? 'localhost'), port: String(o.port ?? '') }
  }
  if (typeof a0 === 'number' || (typeof a0 === 'string' && /^\d+$/.test(a0))) {
    return { host: typeof args[1] === 'string' ? args[1] : 'localhost', port: String(a0) }
  }
  return undefined
}

/** An HttpClient for @azure/core-rest-pipeline that trusts `ca` (and only it) through its own agent. */
export function trustingHttpClient(ca: string): { client: HttpClient; agent: https.Agent } {
  const agent = new https.Agent({ ca, keepAlive: true })
  const inner = createDefaultHttpClient()
  const client: HttpClient = {
    sendRequest(request: PipelineRequest) {
      request.agent = agent
      return inner.sendRequest(request)
    }
  }
  return { client, agent }
}

/**
 * Makes TLS connections to 127.0.0.1 in this process trust `ca` too, for clients that take no
 * agent (the global fetch the MCP SDK client uses). A child process uses NODE_EXTRA_CA_CERTS instead.
 */
export function trustInProcess(ca: string): { restore(): void } {
  const t = tls as unknown as { connect: (...args: unknown[]) => tls.TLSSocket }
  const original = t.connect
  t.connect = function (this: unknown, ...args: unknown[]) {
    const o = args[0]
    if (o && typeof o === 'object' && !Array.isArray(o)) {
      const opts = o as tls.ConnectionOptions
      const host = opts.host ?? opts.servername ?? 'localhost'
      if (LOOPBACK.has(String(host)) && !opts.ca)
        args[0] = { ...opts, ca: [...tls.rootCertificates, ca] }
    }
    return original.apply(this, args)
  }
  return {
    restore: () => {
      t.connect = original
    }
  }
}
