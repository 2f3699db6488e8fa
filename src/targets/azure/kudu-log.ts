/**
 * The deployment log of the SCM (Kudu) site: `log_url` lists entries (`message`, and a
 * `details_url` for the output of a step), read while the deployment runs so that its lines show
 * as they appear (`LiveLog`), and the end of it when a deployment fails (`logTail`).
 *
 * Reading the log is a convenience: it never fails the deployment. Each read has its own short
 * timeout (never past the run's deadline), a poll makes a bounded number of requests, the log is
 * read at most every LOG_EVERY_MS while the deployment runs, and after MAX_FAILURES failed reads
 * in a row it is left alone. Every line passes through `forLog`, and at most MAX_LINES are printed.
 */
import type { Deadline } from '../../io/deadline.js'
import { forLog } from '../../io/escape.js'
import type { Ui } from '../../report/ui.js'
import { parseArray } from './kudu-text.js'

/** GET a URL on the SCM site; '' for anything but 200. Throws on a timeout or a dead connection. */
export type GetText = (url: string, timeoutMs?: number) => Promise<string>

/** One log read waits at most this (a slow log must not hold up the status polls). */
export const LOG_REQUEST_TIMEOUT_MS = 10000
/** While the deployment runs, the log is read at most this often (deadline clock). */
export const LOG_EVERY_MS = 2000
/** Requests per read while running (the entries and a few details), and on the final read. */
const RUNNING_REQUESTS = 4
const FINAL_REQUESTS = 24
/** Failed reads in a row after which the live log is left alone. */
const MAX_FAILURES = 3
/** Lines printed live at most (a runaway build log stays in the portal). */
export const MAX_LINES = 500
/** Characters of one line at most. */
const MAX_LINE = 2000

/** True for a URL on the SCM site itself (the bearer token goes nowhere else). */
export function sameOrigin(base: string, url: string): boolean {
  try {
    return new URL(url, base).origin === new URL(base).origin
  } catch {
    return false
  }
}

/** A log entry's (or detail's) lines: split on every line break, empty ones dropped, escaped. */
function entryLines(e: Record<string, unknown>): string[] {
  const msg = typeof e.message === 'string' ? e.message : ''
  return msg
    .split(/\r\n|\r|\n/)
    .map(l => l.trimEnd())
    .filter(l => l.trim())
    .map(l => forLog(l).slice(0, MAX_LINE))
}

/** Kudu gives each entry an id; without one, its place in the list. */
function keyOf(e: Record<string, unknown>, i: number): string {
  return typeof e.id === 'string' && e.id ? `id:${e.id}` : `at:${i}`
}

/** Follows one deployment's log: each new entry (and detail) printed once, in order. */
export class LiveLog {
  private readonly seen = new Set<string>()
  /** Entries whose details were read (the newest of them is `open`). */
  private readonly opened = new Set<string>()
  /** The newest entry with details: a running step whose output may still grow. */
  private open?: { url: string; seen: Set<string> }
  private readonly printedLines = new Set<string>()
  private readonly recent: string[] = []
  private printed = 0
  private failures = 0
  private nextAt = Number.NEGATIVE_INFINITY
  /** True once the final read went through (the whole log was seen, none of it cut). */
  complete = false

  constructor(
    private readonly base: string,
    private readonly get: GetText,
    private readonly ui: Ui,
    private readonly deadline: Deadline
  ) {}

  /** Reads the log of `rec` and prints what is new; `final` once the deployment has ended. */
  async follow(rec: { log_url?: unknown }, final = false): Promise<void> {
    if (this.failures >= MAX_FAILURES || this.printed >= MAX_LINES) return
    if (!final && this.deadline.now() < this.nextAt) return
    if (typeof rec.log_url !== 'string' || !sameOrigin(this.base, rec.log_url)) return
    this.nextAt = this.deadline.now() + LOG_EVERY_MS
    let budget = final ? FINAL_REQUESTS : RUNNING_REQUESTS
    const timeout = Math.min(LOG_REQUEST_TIMEOUT_MS, this.deadline.requestTimeout())
    const read = async (url: string) => {
      budget--
      return parseArray(await this.get(new URL(url, this.base).href, timeout))
    }
    try {
      const entries = await read(rec.log_url)
      // the running step's new output first, then the entries after it, in order
      if (this.open) await this.details(this.open, await read(this.open.url))
      let cut = false
      for (const [i, e] of entries.entries()) {
        const key = keyOf(e, i)
        const url =
          typeof e.details_url === 'string' && sameOrigin(this.base, e.details_url)
            ? e.details_url
            : undefined
        // an entry seen before may have gained details since (its step started writing)
        if (this.seen.has(key) && (!url || this.opened.has(key))) continue
        if (url && budget <= 0) {
          cut = true // the rest on the next read
          break
        }
        if (!this.seen.has(key)) {
          this.seen.add(key)
          this.print(entryLines(e))
        }
        if (url) {
          this.opened.add(key)
          this.open = { url, seen: new Set() }
          await this.details(this.open, await read(url))
        }
      }
      this.failures = 0
      if (final && !cut) this.complete = this.printed < MAX_LINES
    } catch (err) {
      this.failures++
      this.ui.debug(
        `reading the deployment log failed (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`
      )
    }
  }

  /** The last lines printed (for the error of a failed deployment). */
  tail(max = 15): string[] {
    return this.recent.slice(-max)
  }

  /** True when this line was printed live. */
  has(line: string): boolean {
    return this.printedLines.has(line)
  }

  private async details(
    open: { seen: Set<string> },
    items: Array<Record<string, unknown>>
  ): Promise<void> {
    for (const [i, d] of items.entries()) {
      const key = keyOf(d, i)
      if (open.seen.has(key)) continue
      open.seen.add(key)
      this.print(entryLines(d))
    }
  }

  private print(lines: string[]): void {
    for (const line of lines) {
      if (this.printed >= MAX_LINES) return
      if (this.printed === 0) this.ui.info('deployment log (Kudu):')
      this.printed++
      this.ui.info(`  ${line}`)
      this.printedLines.add(line)
      this.recent.push(line)
      if (this.recent.length > 50) this.recent.shift()
      if (this.printed === MAX_LINES)
        this.ui.info(`  … the log goes on: the rest is in the portal (Deployment Center)`)
    }
  }
}

/** The last lines of the deployment log (log_url and the details of its last entries). */
export async function logTail(
  base: string,
  get: GetText,
  rec: { log_url?: unknown },
  max = 15
): Promise<string[]> {
  if (typeof rec.log_url !== 'string' || !sameOrigin(base, rec.log_url)) return []
  try {
    const entries = parseArray(await get(new URL(rec.log_url, base).href))
    const lines: string[] = []
    const lastEntries = entries.slice(-max)
    for (const [i, e] of lastEntries.entries()) {
      lines.push(...entryLines(e))
      // The details of the last few entries carry the build's or the deployer's own output.
      if (
        typeof e.details_url === 'string' &&
        sameOrigin(base, e.details_url) &&
        i >= lastEntries.length - 3
      ) {
        const details = parseArray(await get(new URL(e.details_url, base).href))
        for (const d of details.slice(-max)) lines.push(...entryLines(d))
      }
    }
    return lines.slice(-max)
  } catch {
    return []
  }
}
