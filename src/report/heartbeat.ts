import type { Ui } from './ui.js'

export interface HeartbeatOptions {
  /** How often to say it (default 10 s). */
  everyMs?: number
  /** For tests: the timer (default setInterval/clearInterval) and the clock. */
  setTimer?: (fn: () => void, ms: number) => () => void
  now?: () => number
}

const realTimer = (fn: () => void, ms: number): (() => void) => {
  const t = setInterval(fn, ms)
  t.unref?.()
  return () => clearInterval(t)
}

/**
 * Runs `fn` and, while it has not settled, says "still waiting for <label> (20 s)" every ~10 s,
 * so a long wait (pip, an upload, a platform deployment, a cold start) never looks like a hang.
 * Nothing is printed for a wait shorter than the interval.
 */
export async function heartbeat<T>(
  ui: Ui,
  label: string,
  fn: () => Promise<T>,
  options: HeartbeatOptions = {}
): Promise<T> {
  const every = options.everyMs ?? 10000
  const now = options.now ?? Date.now
  const started = now()
  const stop = (options.setTimer ?? realTimer)(() => {
    const s = Math.round((now() - started) / 1000)
    ui.info(`still waiting for ${label} (${s} s)`)
  }, every)
  try {
    return await fn()
  } finally {
    stop()
  }
}
