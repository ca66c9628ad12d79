// Retries with backoff for the transient failures of a network service (HTTP 429, 5xx, a
// connection reset), around operations whose client library does not retry them itself. The
// total time is bounded: a service that stays down costs a run at most `maxTotalMs` more.
import { errorMessage } from './errors.js'
import { cancellation } from './process-groups.js'

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number
  /** Wait before the second try; each later wait is `factor` times longer (plus up to 20 % jitter). */
  firstDelayMs: number
  factor: number
  /** No new try starts once this much time has passed since the first. */
  maxTotalMs: number
}

/** Two more tries, 2 s and 6 s later; none after a minute. */
export const SERVICE_RETRIES: RetryPolicy = {
  attempts: 3,
  firstDelayMs: 2000,
  factor: 3,
  maxTotalMs: 60_000
}

export interface RetryOptions {
  policy?: RetryPolicy
  /** Whether a failure may go away by itself, so trying again makes sense. */
  isTransient: (error: unknown) => boolean
  /** Called before each new try: what failed, and when the next try comes. */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void
  sleep?: (ms: number) => Promise<void>
}

const defaultSleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

/**
 * Runs `operation` (given the try's number, from 1), again after a transient failure. The
 * error of the last try is thrown, with `attempts` (how many tries were made) set on it.
 */
export async function withRetries<T>(
  operation: (attempt: number) => Promise<T>,
  options: RetryOptions
): Promise<T> {
  const policy = options.policy ?? SERVICE_RETRIES
  const sleep = options.sleep ?? defaultSleep
  const started = Date.now()
  let delay = policy.firstDelayMs
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt)
    } catch (error) {
      const wait = Math.round(delay * (1 + Math.random() * 0.2))
      const last =
        attempt >= policy.attempts ||
        !options.isTransient(error) ||
        Date.now() - started + wait > policy.maxTotalMs ||
        cancellation() !== undefined
      if (last) {
        if (error instanceof Error) Object.assign(error, { attempts: attempt })
        throw error
      }
      options.onRetry?.(error, attempt, wait)
      await sleep(wait)
      delay *= policy.factor
    }
  }
}

/** How many tries an error thrown by withRetries took (1 when it did not come from there). */
export function attemptsOf(error: unknown): number {
  return (error as { attempts?: number } | undefined)?.attempts ?? 1
}

/** "; tried 3 times" for an error withRetries gave up on, else "". */
export function triedTimes(error: unknown): string {
  const attempts = attemptsOf(error)
  return attempts > 1 ? ` (tried ${attempts} times)` : ''
}

/**
 * Status codes as the clients put them in messages, and the reason phrases; Azure Storage's
 * messages name its error code instead (ServerBusy, OperationTimedOut, InternalError).
 */
const TRANSIENT_STATUS =
  /\((429|500|502|503|504)\)|\b(?:HTTP|status(?: code)?|responded with) (429|500|502|503|504)\b|\bRate limited\b|Too Many Requests|Service Unavailable|Bad Gateway|Gateway Time-?out|Internal Server Error|ServerBusy|server is busy|OperationTimedOut|\bInternalError\b/i
const TRANSIENT_NETWORK =
  /\b(ECONNRESET|ECONNREFUSED|ETIMEDOUT|ESOCKETTIMEDOUT|EPIPE|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH)\b|socket hang up|Incomplete download|network error|aborted|premature close|HTTP error and no message/i
/** The client already retried (its own "after N attempts" message): another round won't help. */
const ALREADY_RETRIED = /after \d+ attempts/i

/**
 * Whether a service error is one that goes away by itself: rate limiting (429), a server error
 * (5xx), a connection reset or timeout; and not one the client library already retried.
 */
export function isTransientServiceError(error: unknown): boolean {
  const text = errorText(error)
  if (ALREADY_RETRIED.test(text)) return false
  const status = (error as { statusCode?: number } | undefined)?.statusCode
  if (typeof status === 'number' && (status === 429 || (status >= 500 && status <= 504))) {
    return true
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code && TRANSIENT_NETWORK.test(code)) return true
  return TRANSIENT_STATUS.test(text) || TRANSIENT_NETWORK.test(text)
}

/** An error's message and those of its causes. */
function errorText(error: unknown): string {
  const parts: string[] = []
  for (let e: unknown = error; e && parts.length < 5; e = (e as { cause?: unknown }).cause) {
    parts.push(errorMessage(e))
  }
  return parts.join('\n')
}
