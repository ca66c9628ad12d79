// Stopping a build before it ends: at the time limit (time-limit), or on a cancel (a signal,
// see util/process-groups.ts). Either way make's whole process group is stopped, and what the
// summary says is how far the build got, so that a re-run continues from ccache.
import type { Reporter } from '../platform/types.js'
import { cancelRun, type Cancellation } from '../util/process-groups.js'
import type { BuildFailure } from './build.js'
import { formatDuration } from '../util/format.js'

/** How long make gets to stop at the time limit before it is killed. */
const TIME_LIMIT_GRACE_MS = 30_000

export interface TimeLimit {
  seconds: number
  /** When the clock started (ms since the epoch). */
  startedAt: number
  /** What that start is, for messages: "the job's start", "the start of this step". */
  from: string
}

export function describeTimeLimit(limit: TimeLimit): string {
  return `time-limit ${formatDuration(limit.seconds)} from ${limit.from}`
}

/**
 * Runs the build with the time limit armed: make is stopped as a cancel would stop it (SIGTERM
 * to its group, then a kill after the grace), leaving time for the upload and the post step.
 */
export async function withinTimeLimit<T>(
  reporter: Reporter,
  limit: TimeLimit | undefined,
  work: () => Promise<T>
): Promise<T> {
  if (!limit) return work()
  const deadline = limit.startedAt + limit.seconds * 1000
  if (deadline <= Date.now()) {
    throw new Error(
      `The time limit (${describeTimeLimit(limit)}) was reached before the build started: raise time-limit, or make the steps before this one faster.`
    )
  }
  reporter.info(
    `The build stops cleanly at ${new Date(deadline).toISOString()} (${describeTimeLimit(limit)}).`
  )
  const timer = setTimeout(() => {
    reporter.warning(
      `The time limit (${describeTimeLimit(limit)}) is reached: stopping the build so that the caches can still be saved.`
    )
    void cancelRun('time-limit', { signal: 'SIGTERM', graceMs: TIME_LIMIT_GRACE_MS })
  }, deadline - Date.now())
  try {
    return await work()
  } finally {
    clearTimeout(timer)
  }
}

/** "Cancelled (SIGINT) after 42 min of building, during busybox 1.37.0 "Building" (package 37 of 120)." */
export function describeStop(
  stopped: Cancellation,
  failure: BuildFailure,
  seconds: number,
  limit?: TimeLimit
): string {
  const during = failure.package
    ? `during ${`${failure.package} ${failure.version ?? ''}`.trim()} "${failure.step ?? 'unknown step'}"`
    : 'before the first package'
  const progress = failure.progress
    ? ` (package ${failure.progress.started} of ${failure.progress.total})`
    : ''
  const what =
    stopped.reason === 'time-limit'
      ? `Stopped at the time limit${limit ? ` (${describeTimeLimit(limit)})` : ''}`
      : `Cancelled (${stopped.signal ?? 'signal'})`
  return (
    `${what} after ${formatDuration(seconds)} of building, ${during}${progress}. ` +
    'The post step saves ccache (and dl/ only once it is complete), so a re-run continues from where this one got.'
  )
}
