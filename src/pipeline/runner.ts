// The one runner: executes a declared list of stages for build and check mode alike. It opens a
// log group per stage, times it, skips what the mode, an image-cache hit or the inputs rule out,
// stops at a cancel or the time limit, maps how the run ended to one outcome, reports an error
// once, and leaves the summary to the pipeline's own renderer. Everything it says goes through
// the mask of the run's secrets (platform/masking.ts).
import { secretsOf, type Inputs } from '../inputs/schema.js'
import { maskedPlatform } from '../platform/masking.js'
import type { Platform } from '../platform/types.js'
import {
  describeTimeLimit,
  timeLimitOf,
  type Outcome,
  type Run,
  type RunContext,
  type RunResult,
  type Slot,
  type Stage,
  type StageRecord,
  type StageStatus
} from '../stages/stage.js'
import { diskFullMessage, isDiskFull } from '../util/disk.js'
import { errorDetail, errorLocation, errorMessage, ReportedError } from '../util/errors.js'
import {
  cancellation,
  cancelledBy,
  cancelRun,
  CancelledError,
  groupsStopped,
  whenCancelled
} from '../util/process-groups.js'

export interface Pipeline {
  stages: readonly Stage[]
  /** The job summary's Markdown for a finished run. */
  summarize(run: Run, result: RunResult): string
}

/** How long make gets to stop at the time limit before it is killed. */
const TIME_LIMIT_GRACE_MS = 30_000

class StageRun implements Run {
  imageCacheHit = false
  readonly reporter
  private readonly values = new Map<string, unknown>()
  /** Failures of stages that let the run go on (Run.fail), in order. */
  readonly failures: string[] = []
  constructor(
    readonly platform: Platform,
    readonly inputs: Inputs,
    readonly context: RunContext
  ) {
    this.reporter = platform.reporter
  }
  get<T>(slot: Slot<T>): T {
    if (!this.values.has(slot.name)) {
      throw new Error(`internal: "${slot.name}" is read before any stage provided it`)
    }
    return this.values.get(slot.name) as T
  }
  find<T>(slot: Slot<T>): T | undefined {
    return this.values.get(slot.name) as T | undefined
  }
  set<T>(slot: Slot<T>, value: T): void {
    this.values.set(slot.name, value)
  }
  has(slot: Slot<unknown>): boolean {
    return this.values.has(slot.name)
  }
  output(name: string, value: string): void {
    this.platform.setOutput(name, value)
  }
  fail(message: string, at?: { file: string; line?: number; title?: string }): void {
    this.failures.push(message)
    this.reporter.error(message, at)
  }
}

/** Why a stage does not run, or undefined when it does. */
function whyNotRun(
  stage: Stage,
  run: StageRun,
  state: { failed: boolean; stoppedAtLimit: boolean }
): string | undefined {
  if (!stage.modes.includes(run.inputs.mode)) return `not in ${run.inputs.mode} mode`
  if (cancelledBy('signal')) return 'cancelled'
  if (state.stoppedAtLimit && !stage.inReserve) return 'stopped at the time limit'
  if (state.failed && !stage.afterFailure && !state.stoppedAtLimit) return 'an earlier stage failed'
  if (run.imageCacheHit && stage.onImageCacheHit === 'skip')
    return 'images restored from the image cache'
  const missing = stage.needs.filter(slot => !run.has(slot))
  if (missing.length) return `it needs ${missing.map(slot => slot.name).join(', ')}`
  if (stage.enabled && !stage.enabled(run)) return 'not asked for'
  return undefined
}

/** How long a stage's own work gets, once what it started is stopped, to say how far it got. */
const WRAP_UP_MS = 2000

/**
 * The stage's work, ended early by a cancel or the time limit: once the commands it started are
 * stopped, it gets a moment to report how far it got (the build names the package), then the
 * run moves on whether or not its work (an HTTP request, say) has ended.
 */
async function untilCancelled(work: Promise<void>, inReserve: boolean): Promise<void> {
  work.catch(() => undefined) // its error is read below, or no longer matters
  // A stage in the reserve is not stopped by the time limit, only by a signal.
  const cancelled = whenCancelled(inReserve ? ['signal'] : ['signal', 'time-limit']).then(
    async stopped => {
      await groupsStopped()
      let wrapUp: NodeJS.Timeout | undefined
      const gaveUp = new Promise<'gave up'>(resolve => {
        wrapUp = setTimeout(() => resolve('gave up'), WRAP_UP_MS)
      })
      const ended = await Promise.race([work.then(() => 'ended' as const), gaveUp])
      clearTimeout(wrapUp)
      if (ended === 'gave up') throw new CancelledError(stopped)
    }
  )
  cancelled.catch(() => undefined)
  await Promise.race([work, cancelled])
}

/**
 * Runs the pipeline's stages in order and writes the summary; returns whether the run
 * succeeded. Every failure is reported where it happened or here, once.
 */
export async function runPipeline(
  pipeline: Pipeline,
  given: Platform,
  inputs: Inputs,
  context: RunContext
): Promise<{ ok: boolean; result: RunResult; run: Run }> {
  // Credentials in the inputs never reach a message, the summary or an output.
  const platform = maskedPlatform(given, secretsOf(inputs))
  const run = new StageRun(platform, inputs, context)
  const { reporter } = platform
  const records: StageRecord[] = []
  const state = { failed: false, stoppedAtLimit: false }
  let failure: string | undefined

  /**
   * Arms the time limit for a stage the limit covers. The limit's clock is read as the stage
   * starts (the job's start on GitHub). Returns the timer, or why the stage may not start.
   */
  const armTimeLimit = (stage: Stage): NodeJS.Timeout | string | undefined => {
    const limit = timeLimitOf(inputs, context)
    if (!limit || stage.inReserve) return undefined
    const left = limit.startedAt + limit.seconds * 1000 - Date.now()
    if (left <= 0) {
      return `The time limit (${describeTimeLimit(limit)}) was reached before "${stage.title}" started: raise time-limit, or make the steps before it faster.`
    }
    const timer = setTimeout(() => {
      reporter.warning(
        `The time limit (${describeTimeLimit(limit)}) is reached during "${stage.title}": stopping it so that the caches can still be saved.`
      )
      void cancelRun('time-limit', { signal: 'SIGTERM', graceMs: TIME_LIMIT_GRACE_MS })
    }, left)
    timer.unref()
    return timer
  }

  for (const stage of pipeline.stages) {
    const why = whyNotRun(stage, run, state)
    if (why) {
      if (stage.modes.includes(inputs.mode)) {
        records.push({ title: stage.title, status: 'skipped', seconds: 0, why })
      }
      continue
    }
    const timer = armTimeLimit(stage)
    if (typeof timer === 'string') {
      state.stoppedAtLimit = true
      records.push({ title: stage.title, status: 'stopped', seconds: 0 })
      if (!failure) {
        failure = timer
        reporter.error(timer)
      }
      await cancelRun('time-limit', { signal: 'SIGTERM', graceMs: TIME_LIMIT_GRACE_MS })
      continue
    }
    const started = Date.now()
    reporter.startGroup(stage.title)
    try {
      await untilCancelled(stage.run(run), stage.inReserve === true)
      // What a cancel stopped half-way is not done, even when the stage ended without a word.
      const stoppedDuring = [
        cancelledBy('signal'),
        stage.inReserve ? undefined : cancelledBy('time-limit')
      ].find(stopped => stopped && stopped.at >= started)
      if (stoppedDuring) throw new CancelledError(stoppedDuring)
      const missing = stage.provides.filter(slot => !run.has(slot))
      if (missing.length) {
        throw new Error(
          `internal: "${stage.title}" ended without providing ${missing.map(s => s.name).join(', ')}`
        )
      }
      records.push({ title: stage.title, status: 'done', seconds: (Date.now() - started) / 1000 })
    } catch (error) {
      const stopped = cancellation()
      const status: StageStatus = stopped
        ? stopped.reason === 'time-limit'
          ? 'stopped'
          : 'cancelled'
        : 'failed'
      records.push({ title: stage.title, status, seconds: (Date.now() - started) / 1000 })
      failure ??= reportFailure(run, stage, error)
      state.failed = true
      if (stopped?.reason === 'time-limit') state.stoppedAtLimit = true
    } finally {
      if (timer) clearTimeout(timer)
      reporter.endGroup()
    }
  }

  const stopped = cancellation()
  const outcome: Outcome = stopped
    ? stopped.reason === 'time-limit'
      ? 'stopped'
      : 'cancelled'
    : state.failed || run.failures.length
      ? 'failed'
      : 'succeeded'
  if (stopped && !failure) {
    failure = `${new CancelledError(stopped).message} after the last stage had finished`
  }
  const result: RunResult = { outcome, failure: failure ?? run.failures[0], stages: records }
  try {
    await platform.writeSummary(pipeline.summarize(run, result))
  } catch (error) {
    reporter.warning(`The job summary could not be written: ${errorMessage(error)}`)
  }
  return { ok: outcome === 'succeeded', result, run }
}

/** One error line for a stage that threw, unless it already reported its own; returns its text. */
function reportFailure(run: StageRun, stage: Stage, error: unknown): string {
  const { reporter, inputs, context } = run
  const stopped = cancellation()
  if (error instanceof ReportedError) return error.message
  if (stopped) {
    // Whatever failed was stopped by the cancel: say that, not what it broke.
    const message =
      error instanceof CancelledError
        ? `${error.message} during "${stage.title}"`
        : `${new CancelledError(stopped).message} during "${stage.title}": ${errorMessage(error)}`
    reporter.error(message)
    return message
  }
  if (isDiskFull(error)) {
    // A full disk makes make, tar or a write fail anywhere: that is the news, not the file
    // that was being read.
    const folders = [
      { name: 'output-dir', dir: inputs.outputDir },
      { name: 'the cache folder', dir: context.cacheRoot }
    ]
    const message = `${diskFullMessage(folders, `"${stage.title}"`)}\n${errorMessage(error)}`
    reporter.error(message)
    return message
  }
  reporter.error(errorDetail(error), errorLocation(error))
  return errorMessage(error)
}
