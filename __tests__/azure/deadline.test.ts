import { describe, expect, it } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import { Deadline, MAX_RETRY_AFTER_MS, retryAfterMs } from '../../src/io/deadline.js'

// The waiting door fed hostile answers: huge, negative, malformed Retry-After; waits past the end.

function clock(random = 0.5) {
  let t = 0
  const sleeps: number[] = []
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms)
      t += ms
    },
    random: () => random,
    sleeps
  }
}

describe('Retry-After', () => {
  it('reads seconds or an HTTP date, capped at 60 s, never negative', () => {
    expect(retryAfterMs('7', 0)).toBe(7000)
    expect(retryAfterMs('3600', 0)).toBe(MAX_RETRY_AFTER_MS)
    expect(retryAfterMs('1e309', 0)).toBeUndefined()
    expect(retryAfterMs('99999999999999999999', 0)).toBe(MAX_RETRY_AFTER_MS)
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4000)).toBe(6000)
    expect(retryAfterMs(new Date(0).toUTCString(), 4000)).toBe(0)
    expect(retryAfterMs('-5', 0)).toBeUndefined()
    expect(retryAfterMs('soon', 0)).toBeUndefined()
    expect(retryAfterMs(' ', 0)).toBeUndefined()
    expect(retryAfterMs(undefined, 0)).toBeUndefined()
  })
})

describe('Deadline', () => {
  it('backs off exponentially with ±20 % jitter, capped', () => {
    const low = new Deadline(60000, clock(0))
    const high = new Deadline(60000, clock(0.999999))
    const mid = new Deadline(60000, clock(0.5))
    expect([1, 2, 3, 4, 5, 6].map(n => mid.backoff(n))).toEqual([
      2000, 4000, 8000, 16000, 30000, 30000
    ])
    expect(low.backoff(1)).toBe(1600)
    expect(high.backoff(1)).toBe(2400)
    expect(mid.backoff(1000)).toBe(30000)
  })

  it('never sleeps past its end: the wait that would cross it throws at once, naming what waited', async () => {
    const c = clock()
    const d = new Deadline(10000, c)
    await d.sleep(4000, 'waiting for x')
    await expect(d.sleep(6000, 'waiting for the app')).rejects.toThrow(UserError)
    await expect(d.sleep(6000, 'waiting for the app')).rejects.toThrow(
      /^waiting for the app: gave up after 4\.0 s of the run, at the limit set by timeout-minutes \(0\.2 min\)/
    )
    expect(c.sleeps).toEqual([4000])
    expect(d.remaining()).toBe(6000)
  })

  it('bounds each request by its own timeout and by what is left', () => {
    let t = 0
    const d = new Deadline(90000, { now: () => t, requestTimeoutMs: 60000 })
    expect(d.requestTimeout()).toBe(60000)
    t = 80000
    expect(d.requestTimeout()).toBe(10000)
    t = 1e12
    expect(d.requestTimeout()).toBe(1)
    expect(d.expired()).toBe(true)
    expect(() => d.check('reading the keys')).toThrow(/^reading the keys: gave up/)
  })
})
