// What a stage is, and what it gets to work with. The pipeline (pipeline/) holds the declared
// lists of stages and the one runner that executes them; each stage file declares one stage:
// when it runs, what it needs from earlier stages and what it provides to later ones (slots),
// and its work. A stage sets the outputs and summary facts it owns; nothing else writes them.
import type { Inputs, Mode } from '../inputs/schema.js'
import type { Platform, Reporter } from '../platform/types.js'
import { formatDuration } from '../util/format.js'

/**
 * A named value one stage provides and later stages read. The type rides on the slot, so a
 * stage reads what an earlier one wrote without a shared record of everything.
 */
export interface Slot<T> {
  readonly name: string
  /** Never set: carries T for the type checker. */
  readonly type?: T
}

export function slot<T>(name: string): Slot<T> {
  return { name }
}

/** What is fixed for a run before the pipeline starts; built from the environment by the front-end. */
export interface RunContext {
  /** The folder holding action.yml and configs/. */
  actionRoot: string
  /** The action's own BR2_EXTERNAL tree, used when config-dir has no external/ of its own. */
  ownExternalTree: string
  /** The action's own Buildroot patch series, used when config-dir has no buildroot-patches/. */
  ownPatchSeries: string
  /** The action's own runtime fragments, used when config-dir has no runtime/<runtime>.fragment. */
  ownRuntimeDir: string
  /** Stable folder for dl/, ccache and the small caches: restore and save see the same paths. */
  cacheRoot: string
  /** Makes each save key unique (GitHub: run id and attempt). */
  runId: string
  /** Where Buildroot releases are downloaded from (BUILDROOT_K8S_MIRROR). */
  mirror?: string
  /** When the clock of time-limit started (ms since the epoch). */
  startedAt: number
  /** What `startedAt` is, for messages: "the job's start" or "the start of this command". */
  startedFrom: string
  /** time-limit when the input is not given (GitHub: 5 h 45 min; none on the command line). */
  defaultTimeLimitSeconds?: number
  /** Skip the free-space check (BUILDROOT_K8S_SPACE_CHECK=off), or the figures to check. */
  spaceNeeded?: { outputBytes: number; dlBytes: number } | false
  /** The NVD JSON feed repository the CVE report clones (BUILDROOT_K8S_NVD_URL). */
  nvdUrl?: string
  /** Wait for another run using output-dir or the cache folder, instead of failing (CLI --wait). */
  waitForFolders?: boolean
  /** The environment the run reads (smoke-test boot timeout, KVM probe): process.env. */
  env: NodeJS.ProcessEnv
  /** A GitHub-hosted runner, a self-hosted one, or a terminal (free-disk-space: auto). */
  runner?: 'github-hosted' | 'self-hosted' | 'local'
  /** The root free-disk-space removes under ('/'; BUILDROOT_K8S_RUNNER_ROOT, for tests). */
  runnerRoot?: string
  /** The command line's `mirror`: the folder to fill, and the dl/ folder to fill it from. */
  fillMirror?: { outDir: string; dlDir?: string }
}

export interface Run {
  readonly platform: Platform
  readonly reporter: Reporter
  readonly inputs: Inputs
  readonly context: RunContext
  /** True once the image cache gave the images: the stages that make them are skipped. */
  imageCacheHit: boolean
  get<T>(slot: Slot<T>): T
  /** The value of a slot a stage may or may not have filled (a stage skipped, or not yet run). */
  find<T>(slot: Slot<T>): T | undefined
  set<T>(slot: Slot<T>, value: T): void
  /** Sets a step output (outputs: in action.yml; printed as name=value by the command line). */
  output(name: string, value: string): void
  /**
   * Fails the run without stopping it: the stages after this one still run (the images are
   * uploaded after a failed smoke test), and the run's outcome is failed. Reported as an error.
   */
  fail(message: string, at?: { file: string; line?: number; title?: string }): void
}

/** succeeded: built or checked; stopped: at the time limit; cancelled: by a signal. */
export type Outcome = 'succeeded' | 'failed' | 'cancelled' | 'stopped'

export type StageStatus = 'done' | 'skipped' | 'failed' | 'stopped' | 'cancelled'

export interface StageRecord {
  title: string
  status: StageStatus
  seconds: number
  /** Why it was skipped. */
  why?: string
}

export interface RunResult {
  outcome: Outcome
  /** What failed, or how far a stopped run got: the first error of the run. */
  failure?: string
  stages: StageRecord[]
}

export interface Stage {
  /** The log group's title and the summary's row. */
  title: string
  /** The modes whose pipeline includes it. */
  modes: readonly Mode[]
  /**
   * On an image-cache hit the images exist already: 'skip' for the stages that make them,
   * 'run' for those that deliver them (smoke test, CVE report, upload).
   */
  onImageCacheHit: 'run' | 'skip'
  /** Slots earlier stages must have filled. */
  needs: readonly Slot<unknown>[]
  /** Slots this stage fills when it succeeds. */
  provides: readonly Slot<unknown>[]
  /** Slots it fills only when it finds the images in the image cache (Restore images). */
  providesOnImageCacheHit?: readonly Slot<unknown>[]
  /** Whether the inputs and the run so far call for it (upload: false turns the upload off). */
  enabled?(run: Run): boolean
  /**
   * Runs in the time kept back after the time limit (the upload): not stopped by the limit, and
   * run after a stop at the limit when what it needs is there.
   */
  inReserve?: boolean
  /** Also runs after an earlier stage failed (not after a cancel): the build log's upload. */
  afterFailure?: boolean
  run(run: Run): Promise<void>
}

/** The time limit of a run, when it has one: time-limit, or the front-end's default. */
export interface TimeLimit {
  seconds: number
  /** When the clock started (ms since the epoch). */
  startedAt: number
  /** What that start is, for messages: "the job's start", "the start of this command". */
  from: string
}

export function timeLimitOf(inputs: Inputs, context: RunContext): TimeLimit | undefined {
  const seconds = inputs.timeLimitSeconds ?? context.defaultTimeLimitSeconds
  return seconds === undefined
    ? undefined
    : { seconds, startedAt: context.startedAt, from: context.startedFrom }
}

export function describeTimeLimit(limit: TimeLimit): string {
  return `time-limit ${formatDuration(limit.seconds)} from ${limit.from}`
}
