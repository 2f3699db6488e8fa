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
import { formatSeconds, isTimeout, type Deadline } from '../../io/deadline.js'
import { forLog } from '../../io/escape.js'
import type { Ui } from '../../report/ui.js'
import { LiveLog, logTail } from './kudu-log.js'
import {
  bodyLine,
  netReason,
  parseArray,
  parseObject,
  parseRecord,
  uploadError
} from './kudu-text.js'

export const DEPLOYER = 'mcp-functions-deploy'
export const MAX_UPLOAD_ATTEMPTS = 6
/** 404s in a row on the deployment record before its outcome is confirmed another way. */
export const MAX_404 = 5
/** 403 on the upload is retried this long (access restrictions propagate), then it is final. */
const FORBIDDEN_WINDOW_MS = 3 * 60000
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
  deadline: Deadline
}

/** What the host says when the deployment record is gone. */
export interface HostCheck {
  state: 'running' | 'error' | 'unknown'
  detail: string
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
  private readonly deadline: Deadline
  constructor(
    scmHost: string,
    private readonly credential: TokenCredential,
    private readonly scope: string,
    deps: KuduDeps,
    private readonly ui: Ui
  ) {
    this.base = `https://${scmHost}`
    this.http = deps.httpClient ?? createDefaultHttpClient()
    this.deadline = deps.deadline
  }

  private async send(
    method: 'GET' | 'POST',
    pathOrUrl: string,
    body?: { file: string; bytes: number },
    timeoutMs?: number
  ): Promise<PipelineResponse> {
    const url = pathOrUrl.startsWith('https://') ? pathOrUrl : this.base + pathOrUrl
    const got = await this.credential.getToken(this.scope)
    if (!got) throw new UserError('the login returned no token for the SCM site')
    const headers = createHttpHeaders({
      Authorization: `Bearer ${got.token}`,
      Accept: 'application/json'
    })
    if (body) {
      headers.set('Content-Type', 'application/zip')
      headers.set('Content-Length', String(body.bytes))
    }
    // An upload may take as long as sending it at 256 KiB/s; anything else its own timeout.
    const own = body
      ? Math.max(this.deadline.requestTimeoutMs, (body.bytes / (256 * 1024)) * 1000)
      : (timeoutMs ?? this.deadline.requestTimeoutMs)
    const timeout = this.deadline.requestTimeout(own)
    const req = createPipelineRequest({
      url,
      method,
      headers,
      // A factory: each attempt streams the file again from its start.
      body: body ? () => createReadStream(body.file) : undefined,
      timeout
    })
    try {
      return await this.http.sendRequest(req)
    } catch (err) {
      if (isTimeout(err)) {
        throw new UserError(
          `the SCM site ${this.base} accepted the connection but did not answer ${method} ${new URL(url).pathname}${body ? ' (the package upload)' : ''} within ${formatSeconds(timeout)}`,
          'the SCM site may be restarting or degraded; run again, or raise timeout-minutes'
        )
      }
      throw err
    }
  }

  /**
   * Sends the zip. Retried with jittered backoff (Retry-After capped), within the deadline:
   * 408/429/5xx and dropped connections, 409 while another deployment runs, 400
   * BlobUploadFailedException while a new storage role assignment propagates, 403 for a few
   * minutes while an access-restriction change propagates. Anything else fails with Kudu's message.
   */
  async upload(zipFile: string, bytes: number, flex: boolean): Promise<UploadResult> {
    const path = flex
      ? `/api/publish?RemoteBuild=false&Deployer=${DEPLOYER}`
      : `/api/zipdeploy?isAsync=true&Deployer=${DEPLOYER}`
    let sendMs = 0
    let first403: number | undefined
    for (let attempt = 1; ; attempt++) {
      let res: PipelineResponse | undefined
      let why: string
      const t0 = performance.now()
      try {
        res = await this.send('POST', path, { file: zipFile, bytes })
        why = `HTTP ${res.status}`
      } catch (err) {
        if (err instanceof UserError) throw err
        why = `connection failed (${netReason(err)})`
      } finally {
        sendMs += performance.now() - t0
      }
      if (res && res.status >= 200 && res.status < 300) {
        return { ...this.accepted(res, flex), attempts: attempt, sendMs }
      }
      const text = res?.bodyAsText ?? ''
      let reason: string | undefined
      let bounded = true
      if (!res) reason = why
      else if (res.status === 409 && /Run-From-Zip is set to a remote URL/i.test(text)) {
        throw new UserError(
          `${this.base} refused the package: WEBSITE_RUN_FROM_PACKAGE is a URL, so the app runs the package at that URL and takes no upload (HTTP 409)`,
          'remove the WEBSITE_RUN_FROM_PACKAGE app setting (or set it to 1) and run again; on Linux Consumption, move to Flex Consumption'
        )
      } else if (res.status === 409) reason = `${why} (another deployment is running)`
      else if (res.status === 400 && /BlobUploadFailed/i.test(text)) {
        reason = `${why} BlobUploadFailedException (the app's access to its deployment storage may still be propagating: a new role assignment can take minutes)`
        bounded = false
      } else if (res.status === 403) {
        first403 ??= this.deadline.now()
        if (this.deadline.now() - first403 < FORBIDDEN_WINDOW_MS)
          reason = `${why} (an access-restriction or role change may still be propagating)`
      } else if (RETRY_STATUS.has(res.status)) reason = why
      if (!reason) throw uploadError(res!, this.base)
      if (bounded && attempt >= MAX_UPLOAD_ATTEMPTS) {
        throw new UserError(
          `upload to ${this.base} failed after ${attempt} attempts; last: ${why}${res ? ' ' + bodyLine(text) : ''}`.trim(),
          res?.status === 409
            ? 'another deployment kept running on the app; wait for it, then run again'
            : undefined
        )
      }
      const retryAfter =
        res?.status === 429 || res?.status === 503
          ? this.deadline.retryAfter(res.headers.get('retry-after'))
          : undefined
      const wait = retryAfter ?? this.deadline.backoff(attempt)
      this.ui.info(`upload attempt ${attempt}: ${reason}; retrying in ${formatSeconds(wait)}`)
      await this.deadline.sleep(
        wait,
        `upload to ${this.base} (attempt ${attempt}, last: ${reason}${res ? ' ' + bodyLine(text) : ''})`
      )
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
   * Polls the deployment record with bounded backoff until it ends, within the deadline: 4
   * (Success) is success, 6 (PartialSuccess) a warning with the log, the rest a failure. After
   * MAX_404 answers of 404 in a row (the Flex deployment worker was recycled, or the record of a
   * failed deployment is gone), the outcome is confirmed another way: the latest deployment, then
   * the host (`confirmHost`).
   */
  async wait(
    up: UploadResult,
    confirmHost?: () => Promise<HostCheck>
  ): Promise<DeploymentRecord & { confirmedBy?: string }> {
    const started = this.deadline.now()
    let delay = 200
    let last: DeploymentRecord | undefined
    let lastProblem = ''
    let notFound = 0
    let statusUrl = up.statusUrl
    let triedLatest = false
    // Kudu's log, printed as it grows (as functions-action prints it at the end)
    const live = new LiveLog(this.base, (u, t) => this.getText(u, t), this.ui, this.deadline)
    for (;;) {
      let res: PipelineResponse | undefined
      try {
        res = await this.send('GET', statusUrl)
      } catch (err) {
        lastProblem =
          err instanceof UserError ? 'no answer' : `connection failed (${netReason(err)})`
      }
      if (res?.status === 200 || res?.status === 202) {
        notFound = 0
        const rec = parseRecord(res.bodyAsText ?? undefined)
        if (rec) {
          last = rec
          if (FINAL.has(rec.status)) return this.ended(rec, up, live)
          await live.follow(rec)
        }
      } else if (res && (res.status === 401 || res.status === 403)) {
        throw new UserError(
          `reading deployment ${up.id ?? ''} was refused (HTTP ${res.status})`.replace('  ', ' '),
          'the identity needs Website Contributor (or Contributor) on the app'
        )
      } else if (res?.status === 404) {
        lastProblem = 'HTTP 404 (no deployment record)'
        if (++notFound >= MAX_404) {
          if (!triedLatest && !statusUrl.endsWith('/api/deployments/latest')) {
            triedLatest = true
            notFound = 0
            const latest = await this.latest()
            if (latest && (!up.id || latest.id === up.id)) {
              this.ui.info(
                `deployment ${up.id ?? ''}: its record answers 404; following the latest deployment instead`.replace(
                  '  ',
                  ' '
                )
              )
              statusUrl = `${this.base}/api/deployments/latest`
              last = latest
              if (FINAL.has(latest.status)) return this.ended(latest, up, live)
              continue
            }
          }
          return this.confirmWithHost(up, confirmHost)
        }
      } else if (res) {
        lastProblem = `HTTP ${res.status}`
      }
      const state = last
        ? `${DEPLOY_STATUS[last.status] ?? last.status}`
        : lastProblem || 'no record yet'
      await this.deadline.sleep(
        delay,
        `deployment ${last?.id ?? up.id ?? ''} did not finish (last status: ${state}; see ${up.statusUrl})`.replace(
          '  ',
          ' '
        )
      )
      // Short polls early (most deployments end within seconds, and each second of slack is the
      // action's overhead): every 0.5 s for 15 s, every 1 s to the minute, then every 5 s.
      const since = this.deadline.now() - started
      const cap = since < 15000 ? 500 : since < 60000 ? 1000 : 5000
      delay = Math.min(Math.round(delay * 1.5), cap)
    }
  }

  private async latest(): Promise<DeploymentRecord | undefined> {
    try {
      const res = await this.send('GET', '/api/deployments/latest')
      return res.status === 200 ? parseRecord(res.bodyAsText ?? undefined) : undefined
    } catch (err) {
      if (err instanceof UserError) return undefined
      return undefined
    }
  }

  private async confirmWithHost(
    up: UploadResult,
    confirmHost?: () => Promise<HostCheck>
  ): Promise<DeploymentRecord & { confirmedBy?: string }> {
    const id = up.id ?? '(no id)'
    const check = confirmHost ? await confirmHost() : { state: 'unknown' as const, detail: '' }
    if (check.state === 'running') {
      this.ui.info(
        `deployment ${id}: the SCM site lost its record (HTTP 404); the host runs (${check.detail}), so the deployment is taken as done and the smoke test confirms it`
      )
      return { id: up.id, status: 4, confirmedBy: 'host' }
    }
    if (check.state === 'error') {
      throw new UserError(
        `deployment ${id}: the SCM site has no record of it (HTTP 404) and the host reports an error: ${check.detail}`,
        'the deployment most likely failed; see the app’s log stream in the portal'
      )
    }
    this.ui.warning(
      `deployment ${id}: the SCM site has no record of it (HTTP 404) and the host could not be asked${check.detail ? ` (${check.detail})` : ''}; the smoke test will tell whether the package runs`
    )
    return { id: up.id, status: 4, confirmedBy: 'none' }
  }

  private async ended(
    rec: DeploymentRecord,
    up: UploadResult,
    live: LiveLog
  ): Promise<DeploymentRecord & { confirmedBy?: string }> {
    await live.follow(rec, true)
    if (rec.status === 4) return rec
    if (rec.status === 6) {
      const tail = await this.tailOf(rec, live)
      const rest = tail.filter(l => !live.has(l))
      this.ui.warning(
        `deployment ${rec.id ?? up.id ?? ''} ended PartialSuccess: the package is deployed, but part of the deployment reported a problem${rest.length ? '; the end of its log follows' : tail.length ? ' (its log is above)' : ''}`.replace(
          '  ',
          ' '
        )
      )
      for (const line of rest) this.ui.info(`  ${line}`)
      return rec
    }
    throw await this.failure(rec, up, live)
  }

  /** The end of the log: what was printed live when it saw all of it, else read again. */
  private async tailOf(rec: DeploymentRecord, live: LiveLog): Promise<string[]> {
    return live.complete ? live.tail() : this.logTail(rec)
  }

  /**
   * After an app-settings write the SCM site restarts: waits until `/api/settings` answers and
   * shows `expect` (undefined = absent), as Core Tools does before it uploads.
   */
  async waitForSettings(expect: Record<string, string | undefined>): Promise<number> {
    let polls = 0
    let lastSaid = this.deadline.now()
    const t0 = lastSaid
    for (let attempt = 1; ; attempt++) {
      polls++
      let state: string
      try {
        const res = await this.send('GET', '/api/settings')
        if (res.status === 200) {
          const have = parseObject(res.bodyAsText ?? '')
          const pending = Object.entries(expect).filter(([k, v]) => have[k] !== v)
          if (pending.length === 0) return polls
          state = `not showing ${pending.map(([k]) => k).join(', ')} yet`
        } else state = `HTTP ${res.status}`
      } catch (err) {
        state = err instanceof UserError ? 'no answer' : `connection failed (${netReason(err)})`
      }
      if (this.deadline.now() - lastSaid >= 5000 || attempt === 1) {
        this.ui.info(
          `waiting for the SCM site to restart with the new app settings (${state}, ${formatSeconds(this.deadline.now() - t0)})`
        )
        lastSaid = this.deadline.now()
      }
      await this.deadline.sleep(
        Math.min(this.deadline.backoff(attempt, 500, 5000), 5000),
        `the SCM site ${this.base} did not come back with the new app settings (${state})`
      )
    }
  }

  /** The end of the app's container log on the SCM site (Linux Premium and Dedicated), if any. */
  async containerLog(max = 15): Promise<string[]> {
    try {
      const res = await this.send('GET', '/api/logs/docker')
      if (res.status !== 200) return []
      const files = parseArray(res.bodyAsText ?? '')
        .filter(f => typeof f.href === 'string')
        .sort((a, b) => String(b.lastUpdated ?? '').localeCompare(String(a.lastUpdated ?? '')))
      const href = files[0]?.href as string | undefined
      if (!href || new URL(href, this.base).origin !== new URL(this.base).origin) return []
      const text = await this.getText(new URL(href, this.base).href)
      return text
        .split(/\r?\n|\r/)
        .filter(Boolean)
        .slice(-max)
        .map(forLog)
    } catch {
      return []
    }
  }

  private async failure(
    rec: DeploymentRecord,
    up: UploadResult,
    live: LiveLog
  ): Promise<UserError> {
    const what = DEPLOY_STATUS[rec.status] ?? String(rec.status)
    const tail = await this.tailOf(rec, live)
    // lines already printed live are not printed again
    const rest = tail.filter(l => !live.has(l))
    if (rest.length > 0) {
      this.ui.error(`deployment ${rec.id ?? up.id ?? ''} ended ${what}; the end of its log:`)
      for (const line of rest) this.ui.info(`  ${line}`)
    } else if (tail.length > 0) {
      this.ui.error(`deployment ${rec.id ?? up.id ?? ''} ended ${what} (its log is above)`)
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
      hint,
      { causeLines: tail, step: 'platform deployment' }
    )
  }

  /** The last lines of the deployment log (log_url and the details of its last entries). */
  async logTail(rec: DeploymentRecord, max = 15): Promise<string[]> {
    return logTail(this.base, (u, t) => this.getText(u, t), rec, max)
  }

  private async getText(url: string, timeoutMs?: number): Promise<string> {
    const res = await this.send('GET', url, undefined, timeoutMs)
    return res.status === 200 ? (res.bodyAsText ?? '') : ''
  }
}
