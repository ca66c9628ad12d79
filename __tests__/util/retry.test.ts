// Retries of transient service errors: bounded in tries and time, never for errors that stay.
import { describe, expect, it } from '@jest/globals'
import { isTransientServiceError, triedTimes, withRetries } from '../../src/util/retry.js'

const policy = { attempts: 3, firstDelayMs: 1000, factor: 3, maxTotalMs: 60_000 }

/** Runs withRetries with a recorded instead of a real sleep; the operation fails `failures` times. */
async function attempt(failures: Error[], options: Partial<typeof policy> = {}) {
  const waits: number[] = []
  let calls = 0
  const result = await withRetries(
    async () => {
      calls += 1
      if (calls <= failures.length) throw failures[calls - 1]
      return 'done'
    },
    {
      policy: { ...policy, ...options },
      isTransient: isTransientServiceError,
      sleep: async ms => void waits.push(ms)
    }
  ).catch((error: Error) => error)
  return { result, calls, waits }
}

describe('withRetries', () => {
  it('tries again after a transient failure, waiting longer each time', async () => {
    const { result, calls, waits } = await attempt([
      new Error('Failed request: (429) Too Many Requests'),
      new Error('read ECONNRESET')
    ])
    expect(result).toBe('done')
    expect(calls).toBe(3)
    expect(waits[0]).toBeGreaterThanOrEqual(1000)
    expect(waits[1]).toBeGreaterThanOrEqual(3000)
    expect(waits[1]).toBeLessThanOrEqual(3600)
  })

  it('gives up after its tries, saying how many', async () => {
    const { result, calls } = await attempt([
      new Error('(503) Service Unavailable'),
      new Error('(503) Service Unavailable'),
      new Error('(503) Service Unavailable')
    ])
    expect(calls).toBe(3)
    expect(result).toBeInstanceOf(Error)
    expect(triedTimes(result)).toBe(' (tried 3 times)')
  })

  it('does not try again past its time budget', async () => {
    const { calls } = await attempt([new Error('(500) Internal Server Error')], { maxTotalMs: 500 })
    expect(calls).toBe(1)
  })

  it('does not retry what stays: a taken name, a bad request, what the client already retried', async () => {
    for (const message of [
      'Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists',
      'Failed request: (400) Bad Request',
      'Failed to make request after 5 attempts: Failed request: (500) Internal Server Error',
      'tar: Unexpected EOF in archive'
    ]) {
      const { calls, result } = await attempt([new Error(message)])
      expect([message, calls]).toEqual([message, 1])
      expect(triedTimes(result)).toBe('')
    }
  })
})

describe('isTransientServiceError', () => {
  it('knows status codes from the error object and from the message', () => {
    expect(isTransientServiceError(Object.assign(new Error('x'), { statusCode: 502 }))).toBe(true)
    expect(isTransientServiceError(Object.assign(new Error('x'), { statusCode: 404 }))).toBe(false)
    expect(isTransientServiceError(Object.assign(new Error('x'), { code: 'ETIMEDOUT' }))).toBe(true)
    expect(isTransientServiceError(new Error('Rate limited: Failed request: (429)'))).toBe(true)
    expect(isTransientServiceError(new Error('Incomplete download. Expected file size: 10'))).toBe(
      true
    )
    expect(isTransientServiceError(new Error('socket hang up'))).toBe(true)
  })
})
