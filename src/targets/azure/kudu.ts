/**
 * The SCM (Kudu) site: One Deploy for Flex Consumption, zip deploy for the other plans, the
 * deployment record polled until it ends, and its log when it fails.
 */
import { createReadStream } from 'node:fs'
import {
  createDefaultHttpClient,
  createHttpHeaders,
  createPipelineRequest,
  type HttpClient,
  type PipelineResponse
} from '@azure/core-rest-pipeline'
import type { TokenCredential } from '@azure/identity'
import { UserError } from '../../errors.js'
import type { Ui } from '../../report/ui.js'

export const DEPLOYER = 'mcp-functions-deploy'
export const MAX_UPLOAD_ATTEMPTS = 6
/** Retry-After is honoured up to this. */
const MAX_RETRY_AFTER_MS = 120000
const RETRY_STATUS = new Set([408, 409, 429, 500, 502, 503, 504])

/** Kudu's DeployStatus. Only Success is a success. */
export const DEPLOY_STATUS: Record<number, string> = {
  [-1]: 'Cancelled',
  0: 'Pending',
  1: 'Building',
  2: 'Deploying',
  3: 'Failed',
  4: 'Success',
  5: 'Conflict',
  6: 'PartialSuccess'
}
const FINAL = new Set([-1, 3, 4, 5, 6])

export interface KuduDeps {
  httpClient?: HttpClient
  sleep: (ms: number) => Promise<void>
  now: () => number
}

export interface UploadResult {
  /** The deployment id, when Kudu gave one. */
  id?: string
  /** Where the deployment record is polled. */
  statusUrl: string
  attempts: number
  /** Time spent sending the package (all attempts), without the waits between them. */
  sendMs: number
}

export interface DeploymentRecord {
  id?: string
  status: number
  status_text?: string
  complete?: boolean
  log_url?: string
  [k: string]: unknown
}

export class Kudu {
  private readonly base: string
  private readonly http: HttpClient
  constructor(
    scmHost: string,
    private readonly credential: TokenCredential,
    private readonly scope: string,
    private readonly deps: KuduDeps,
    private readonly ui: Ui
  ) {
    this.base = `https://${scmHost}`
    this.http = deps.httpClient ?? createDefaultHttpClient()
  }

  private async send(
    method: 'GET' | 'POST',
    pathOrUrl: string,
    body?: { file: string; bytes: number }
  ): Promise<PipelineResponse> {
    const url = pathOrUrl.startsWith('https://') ? pathOrUrl : this.base + pathOrUrl
    const got = await this.credential.getToken(this.scope)
    if (!got) throw new UserError('the login returned no token for the SCM site')
    const token = got.token
    const headers = createHttpHeaders({
      Authorization: `Bearer ${token}`,
      Accept: 'application/json'
    })
    if (body) {
      headers.set('Content-Type', 'application/zip')
      headers.set('Content-Length', String(body.bytes))
    }
    const req = createPipelineRequest({
      url,
      method,
      headers,
      // A factory: each attempt streams the file again from its start.
      body: body ? () => createReadStream(body.file) : undefined,
      timeout: body ? 0 : 60000
    })
    return this.http.sendRequest(req)
  }

  /**
   * Sends the zip, retrying 408/409/429/5xx and dropped connections with bounded backoff
   * (Retry-After honoured). Flex: One Deploy; other plans: async zip deploy.
   */
  async upload(zipFile: string, bytes: number, flex: boolean): Promise<UploadResult> {
    const path = flex
      ? `/api/publish?RemoteBuild=false&Deployer=${DEPLOYER}`
      : `/api/zipdeploy?isAsync=true&Deployer=${DEPLOYER}`
    let sendMs = 0
    for (let attempt = 1; ; attempt++) {
      let res: PipelineResponse | undefined
      let why: string
      const t0 = performance.now()
      try {
        res = await this.send('POST', path, { file: zipFile, bytes })
        why = `HTTP ${res.status}`
      } catch (err) {
        why = `connection failed (${netReason(err)})`
      } finally {
        sendMs += performance.now() - t0
      }
      if (res && res.status >= 200 && res.status < 300) {
        return { ...this.accepted(res, flex), attempts: attempt, sendMs }
      }
      if (res && !RETRY_STATUS.has(res.status)) throw uploadError(res, this.base)
      if (attempt >= MAX_UPLOAD_ATTEMPTS) {
        throw new UserError(
          `upload to ${this.base} failed after ${attempt} attempts; last: ${why}${res ? ' ' + bodyLine(res.bodyAsText ?? undefined) : ''}`.trim(),
          res?.status === 409
            ? 'another deployment kept running on the app; wait for it, then run again'
            : undefined
        )
      }
      const retryAfter =
        res?.status === 429 || res?.status === 503
          ? retryAfterMs(res.headers.get('retry-after') ?? undefined, this.deps.now())
          : undefined
      const wait = retryAfter ?? backoffMs(attempt)
      this.ui.info(
        `upload attempt ${attempt}: ${why}${res?.status === 409 ? ' (another deployment is running)' : ''}; retrying in ${(wait / 1000).toFixed(1)} s`
      )
      await this.deps.sleep(wait)
    }
  }

  private accepted(res: PipelineResponse, flex: boolean): { id?: string; statusUrl: string } {
    let id: string | undefined
    const text = (res.bodyAsText ?? '').trim()
    if (text) {
      try {
        const parsed = JSON.parse(text) as unknown
        if (typeof parsed === 'string') id = parsed
        else if (
          parsed &&
          typeof parsed === 'object' &&
          typeof (parsed as { id?: unknown }).id === 'string'
        )
          id = (parsed as { id: string }).id
      } catch {
        if (/^[\w-]{6,64}$/.test(text)) id = text
      }
    }
    const location = res.headers.get('location')
    let statusUrl = id
      ? `${this.base}/api/deployments/${encodeURIComponent(id)}`
      : `${this.base}/api/deployments/latest`
    if (location) {
      // Follow Location only on the SCM host itself: the bearer token goes nowhere else.
      const u = new URL(location, this.base)
      if (u.origin === new URL(this.base).origin) statusUrl = u.href
    }
    if (!flex && !location && !id) statusUrl = `${this.base}/api/deployments/latest`
    return { id, statusUrl }
  }

  /**
   * Polls the deployment record with bounded backoff until it ends; only 4 (Success) is success.
   * Transient answers (404 before the record exists, 5xx, dropped connections) are waited out.
   */
  async wait(up: UploadResult, timeoutMinutes: number): Promise<DeploymentRecord> {
    const started = this.deps.now()
    const deadline = started + timeoutMinutes * 60000
    let delay = 250
    let last: DeploymentRecord | undefined
    let lastProblem = ''
    for (;;) {
      let res: PipelineResponse | undefined
      try {
        res = await this.send('GET', up.statusUrl)
      } catch (err) {
        lastProblem = `connection failed (${netReason(err)})`
      }
      if (res?.status === 200 || res?.status === 202) {
        const rec = parseRecord(res.bodyAsText ?? undefined)
        if (rec) {
          last = rec
          if (FINAL.has(rec.status)) {
            if (rec.status === 4) return rec
            throw await this.failure(rec, up)
          }
        }
      } else if (res && (res.status === 401 || res.status === 403)) {
        throw new UserError(
          `reading deployment ${up.id ?? ''} was refused (HTTP ${res.status})`.replace('  ', ' '),
          'the identity needs Website Contributor (or Contributor) on the app'
        )
      } else if (res) {
        lastProblem = `HTTP ${res.status}`
      }
      if (this.deps.now() >= deadline) {
        const state = last
          ? `${DEPLOY_STATUS[last.status] ?? last.status}`
          : lastProblem || 'no record yet'
        throw new UserError(
          `deployment ${last?.id ?? up.id ?? ''} did not finish within ${timeoutMinutes} minutes (last status: ${state})`.replace(
            '  ',
            ' '
          ),
          `see ${up.statusUrl}; raise timeout-minutes if the app is slow to start`
        )
      }
      await this.deps.sleep(delay)
      // Short polls during the first minute (most deployments end there, and each second of slack
      // is the action's overhead), then at most every 5 s.
      const cap = this.deps.now() - started < 60000 ? 1000 : 5000
      delay = Math.min(Math.round(delay * 1.5), cap)
    }
  }

  private async failure(rec: DeploymentRecord, up: UploadResult): Promise<UserError> {
    const what = DEPLOY_STATUS[rec.status] ?? String(rec.status)
    const tail = await this.logTail(rec)
    if (tail.length > 0) {
      this.ui.error(`deployment ${rec.id ?? up.id ?? ''} ended ${what}; the end of its log:`)
      for (const line of tail) this.ui.info(`  ${line}`)
    }
    const last = tail.slice(-3).join(' | ')
    const hint =
      rec.status === 5
        ? 'another deployment ran at the same time; run again'
        : rec.status === -1
          ? 'the deployment was cancelled on the app'
          : undefined
    return new UserError(
      `deployment ${rec.id ?? up.id ?? ''} ended ${what}${last ? `: ${last}` : rec.status_text ? `: ${rec.status_text}` : ''}`.replace(
        '  ',
        ' '
      ),
      hint
    )
  }

  /** The last lines of the deployment log (log_url and the details of its last entries). */
  async logTail(rec: DeploymentRecord, max = 15): Promise<string[]> {
    if (typeof rec.log_url !== 'string') return []
    const sameHost = (u: string) => {
      try {
        return new URL(u, this.base).origin === new URL(this.base).origin
      } catch {
        return false
      }
    }
    if (!sameHost(rec.log_url)) return []
    try {
      const entries = parseArray(await this.getText(new URL(rec.log_url, this.base).href))
      const lines: string[] = []
      const lastEntries = entries.slice(-max)
      for (const [i, e] of lastEntries.entries()) {
        const msg = typeof e.message === 'string' ? e.message.trim() : ''
        if (msg) lines.push(msg)
        // The details of the last few entries carry the build's or the deployer's own output.
        if (
          typeof e.details_url === 'string' &&
          sameHost(e.details_url) &&
          i >= lastEntries.length - 3
        ) {
          const details = parseArray(await this.getText(new URL(e.details_url, this.base).href))
          for (const d of details.slice(-max)) {
            const m = typeof d.message === 'string' ? d.message.trim() : ''
            if (m) lines.push(m)
          }
        }
      }
      return lines
        .flatMap(l => l.split(/\r?\n/))
        .filter(Boolean)
        .slice(-max)
    } catch {
      return []
    }
  }

  private async getText(url: string): Promise<string> {
    const res = await this.send('GET', url)
    return res.status === 200 ? (res.bodyAsText ?? '') : ''
  }
}

/** 2 s, 4 s, 8 s, 16 s, then 30 s. */
export function backoffMs(attempt: number): number {
  return Math.min(30000, 2000 * 2 ** (attempt - 1))
}

/** Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined
  const v = value.trim()
  let ms: number
  if (/^\d+(\.\d+)?$/.test(v)) ms = Number(v) * 1000
  else {
    const t = Date.parse(v)
    if (Number.isNaN(t)) return undefined
    ms = t - now
  }
  return Math.max(0, Math.min(MAX_RETRY_AFTER_MS, Math.round(ms)))
}

function netReason(err: unknown): string {
  const e = err as { code?: string; message?: string }
  return e?.code || (e?.message ?? String(err)).split('\n')[0].slice(0, 120)
}

function uploadError(res: PipelineResponse, base: string): UserError {
  const line = bodyLine(res.bodyAsText ?? undefined)
  if (res.status === 401 || res.status === 403) {
    return new UserError(
      `the SCM site ${base} refused the upload (HTTP ${res.status}) ${line}`.trim(),
      'the identity needs Website Contributor (or Contributor) on the app, and the SCM site must accept Entra ID tokens'
    )
  }
  if (res.status === 413) return new UserError(`the package is too large for ${base} (HTTP 413)`)
  return new UserError(`upload to ${base} failed: HTTP ${res.status} ${line}`.trim())
}

function bodyLine(body: string | null | undefined): string {
  if (!body) return ''
  let text = body
  try {
    const parsed = JSON.parse(body) as
      { Message?: string; message?: string; error?: { message?: string } } | string
    text =
      typeof parsed === 'string'
        ? parsed
        : (parsed.error?.message ?? parsed.Message ?? parsed.message ?? body)
  } catch {
    // plain text
  }
  return text.replace(/\s+/g, ' ').trim().slice(0, 300)
}

function parseRecord(text: string | undefined): DeploymentRecord | undefined {
  try {
    const v = JSON.parse(text ?? '') as DeploymentRecord | DeploymentRecord[]
    const rec = Array.isArray(v) ? v[0] : v
    if (rec && typeof rec.status === 'number') return rec
  } catch {
    // not JSON yet
  }
  return undefined
}

function parseArray(text: string): Array<Record<string, unknown>> {
  try {
    const v = JSON.parse(text) as unknown
    return Array.isArray(v) ? (v as Array<Record<string, unknown>>) : []
  } catch {
    return []
  }
}
