/**
 * The one door for waiting on Azure: one deadline for the whole run (login to smoke test, from
 * `timeout-minutes`), a timeout for every request, backoff with jitter, Retry-After capped, and
 * an injectable clock, sleep and randomness so that tests run minutes of waiting in milliseconds.
 *
 * Every wait goes through `sleep()`, which never sleeps past the deadline: a wait that would end
 * after it throws at once, naming what was being waited for.
 */
import { UserError } from '../errors.js'

export interface Clock {
  /** Milliseconds; Date.now by default. */
  now(): number
  /** Waits ms; a real timer by default. */
  sleep(ms: number): Promise<void>
  /** [0, 1); Math.random by default (the jitter). */
  random(): number
}

/** Retry-After is honoured up to this (a 3600 s answer must not stall the run). */
export const MAX_RETRY_AFTER_MS = 60000
/** The default timeout of one request without a body. */
export const REQUEST_TIMEOUT_MS = 60000

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
  random: () => Math.random()
}

export interface DeadlineOptions extends Partial<Clock> {
  /** The timeout of one request without a body (tests shorten it). */
  requestTimeoutMs?: number
  /** What the limit is called in messages; default "timeout-minutes (N)". */
  label?: string
}

export class Deadline {
  readonly startedAt: number
  readonly endsAt: number
  readonly clock: Clock
  readonly requestTimeoutMs: number
  readonly label: string

  constructor(
    readonly totalMs: number,
    opts: DeadlineOptions = {}
  ) {
    this.clock = {
      now: opts.now ?? realClock.now,
      sleep: opts.sleep ?? realClock.sleep,
      random: opts.random ?? realClock.random
    }
    this.startedAt = this.clock.now()
    this.endsAt = this.startedAt + totalMs
    this.requestTimeoutMs = opts.requestTimeoutMs ?? REQUEST_TIMEOUT_MS
    this.label = opts.label ?? `timeout-minutes (${formatMinutes(totalMs)})`
  }

  static fromMinutes(minutes: number, opts: DeadlineOptions = {}): Deadline {
    return new Deadline(Math.max(0, minutes) * 60000, opts)
  }

  now(): number {
    return this.clock.now()
  }

  /** Milliseconds since the run started. */
  elapsed(): number {
    return this.clock.now() - this.startedAt
  }

  remaining(): number {
    return Math.max(0, this.endsAt - this.clock.now())
  }

  expired(): boolean {
    return this.remaining() <= 0
  }

  /** The error for a wait that the deadline ends; `doing` says what was being waited for. */
  exceeded(doing: string, hint?: string): UserError {
    return new UserError(
      `${doing}: gave up after ${formatSeconds(this.elapsed())} of the run, at the limit set by ${this.label}`,
      hint ?? 'raise timeout-minutes if Azure is slow here, or look at the app in the portal'
    )
  }

  /** Throws when the deadline has passed. */
  check(doing: string, hint?: string): void {
    if (this.expired()) throw this.exceeded(doing, hint)
  }

  /**
   * Sleeps ms, or throws at once when the wait would end past the deadline (nothing is gained
   * by sleeping into a timeout).
   */
  async sleep(ms: number, doing: string, hint?: string): Promise<void> {
    if (ms >= this.remaining()) throw this.exceeded(doing, hint)
    await this.clock.sleep(ms)
  }

  /**
   * An AbortSignal that aborts when the deadline passes, for work that is not a wait (pip, npm):
   * a real timer over what remains now (unref'd: it keeps no process alive), already aborted when
   * nothing remains. Its reason is a DeadlineReached naming the limit.
   */
  signal(): AbortSignal {
    const ctl = new AbortController()
    const reason = new DeadlineReached(this.label)
    const ms = this.remaining()
    if (ms <= 0) ctl.abort(reason)
    else setTimeout(() => ctl.abort(reason), ms).unref()
    return ctl.signal
  }

  /** The timeout for one request: its own bound, and never past the deadline. */
  requestTimeout(ownMs = this.requestTimeoutMs): number {
    return Math.max(1, Math.min(ownMs, this.remaining()))
  }

  /**
   * Exponential backoff with jitter: base · 2^(attempt-1), capped, then spread over ±20 % so
   * that runs started together do not retry together.
   */
  backoff(attempt: number, baseMs = 2000, capMs = 30000): number {
    const raw = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1))
    return Math.round(raw * (0.8 + 0.4 * this.clock.random()))
  }

  /** Retry-After (seconds or an HTTP date), capped at MAX_RETRY_AFTER_MS; undefined when absent. */
  retryAfter(value: string | undefined | null): number | undefined {
    return retryAfterMs(value ?? undefined, this.clock.now())
  }
}

/** The reason of `Deadline.signal()`: the run reached its limit. */
export class DeadlineReached extends Error {
  constructor(readonly label: string) {
    super(`the run reached its limit, ${label}`)
    this.name = 'DeadlineReached'
  }
}

/** Retry-After as seconds or an HTTP date, capped; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined
  const v = value.trim()
  let ms: number
  if (/^\d+(\.\d+)?$/.test(v)) ms = Math.min(Number(v) * 1000, Number.MAX_SAFE_INTEGER)
  else {
    // An HTTP date (IMF-fixdate and its older forms) starts with the day's name.
    if (!/^[A-Za-z]{3},? /.test(v)) return undefined
    const t = Date.parse(v)
    if (Number.isNaN(t)) return undefined
    ms = t - now
  }
  return Math.max(0, Math.min(MAX_RETRY_AFTER_MS, Math.round(ms)))
}

/** True for the error a request timeout (or an abort) leaves behind. */
export function isTimeout(err: unknown): boolean {
  const e = err as { name?: string; code?: string }
  return e?.name === 'AbortError' || e?.code === 'ETIMEDOUT' || e?.name === 'TimeoutError'
}

export function formatSeconds(ms: number): string {
  const s = ms / 1000
  return s >= 10 ? `${Math.round(s)} s` : `${s.toFixed(1)} s`
}

function formatMinutes(ms: number): string {
  const m = ms / 60000
  return `${Number.isInteger(m) ? m : m.toFixed(1)} min`
}
