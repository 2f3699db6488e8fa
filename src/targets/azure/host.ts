/**
 * The Functions host of the deployed app: its status (`/admin/host/status` with the master key, as
 * Core Tools checks a Flex app after a deployment) and what to show when the app does not start.
 */
import {
  createDefaultHttpClient,
  createHttpHeaders,
  createPipelineRequest,
  type HttpClient
} from '@azure/core-rest-pipeline'
import type { Deadline } from '../../io/deadline.js'
import { forLog } from '../../io/escape.js'
import type { HostCheck } from './kudu.js'

export interface HostStatus {
  /** HTTP status of the status route (undefined: no answer). */
  http?: number
  /** The host's own state: Running, Default, Error, Offline… */
  state?: string
  errors: string[]
}

const STATUS_TIMEOUT_MS = 15000

/** GET https://<app>/admin/host/status with the master key; never throws. */
export async function hostStatus(
  defaultHostName: string,
  masterKey: string,
  deadline: Deadline,
  httpClient?: HttpClient
): Promise<HostStatus> {
  const http = httpClient ?? createDefaultHttpClient()
  const req = createPipelineRequest({
    url: `https://${defaultHostName}/admin/host/status`,
    method: 'GET',
    headers: createHttpHeaders({ 'x-functions-key': masterKey, Accept: 'application/json' }),
    timeout: deadline.requestTimeout(STATUS_TIMEOUT_MS)
  })
  try {
    const res = await http.sendRequest(req)
    let state: string | undefined
    let errors: string[] = []
    try {
      const body = JSON.parse(res.bodyAsText ?? '') as { state?: unknown; errors?: unknown }
      if (typeof body.state === 'string') state = forLog(body.state).slice(0, 40)
      if (Array.isArray(body.errors))
        errors = body.errors.map(e => forLog(String(e)).replace(/\n/g, ' ')).slice(0, 10)
    } catch {
      // not JSON: the front end answered for a host that is not there
    }
    return { http: res.status, state, errors }
  } catch {
    return { errors: [] }
  }
}

/** One line for a person. */
export function describeHost(s: HostStatus): string {
  if (s.http === undefined) return 'the host status route did not answer'
  if (!s.state) return `the host status route answered HTTP ${s.http}`
  return `host state ${s.state}${s.errors.length ? `; errors: ${s.errors.join(' | ')}` : ''}`
}

/** The host's verdict on a deployment whose record is gone. */
export function hostCheck(s: HostStatus): HostCheck {
  if (s.state === 'Running' && s.errors.length === 0)
    return { state: 'running', detail: describeHost(s) }
  if (s.state === 'Error' || s.errors.length > 0) return { state: 'error', detail: describeHost(s) }
  return { state: 'unknown', detail: describeHost(s) }
}

/**
 * What the smoke test shows when the app never answers: whether the host itself is down (it
 * never started: a package or settings problem) or it runs and the handler fails.
 */
export function diagnosis(s: HostStatus, log: string[]): string[] {
  const lines = [`host status: ${describeHost(s)}`]
  if (s.state === 'Running' && s.errors.length === 0)
    lines.push(
      'the Functions host runs, so the custom handler itself fails to start or to answer: see its output below or in the app’s log stream'
    )
  else if (s.state && s.state !== 'Running')
    lines.push('the Functions host did not start: check host.json and the app settings')
  else if (!s.state)
    lines.push(
      'the Functions host did not start (the platform answers for it): check host.json, the app settings and the runtime'
    )
  if (log.length) lines.push('the end of the app’s log on the SCM site:', ...log.map(l => `  ${l}`))
  return lines
}
