// Stage: build. Runs Buildroot's make (buildroot/build.ts) with dl/ and ccache in the cache
// folders, and on failure says one thing that matters most: that the run was stopped (and how
// far it got), that the disk is full, or which package failed, with a download's ways out.
import fs from 'node:fs'
import path from 'node:path'
import {
  describeFailure,
  runBuild,
  slowestPackages,
  type BuildFailure,
  type BuildResult,
  type PackageTime
} from '../buildroot/build.js'
import { buildablePackages } from '../buildroot/show-info.js'
import { diskFullMessage, isDiskFull } from '../util/disk.js'
import { ReportedError } from '../util/errors.js'
import { formatDuration } from '../util/format.js'
import { cancellation, type Cancellation } from '../util/process-groups.js'
import { treeSlot } from './buildroot-patches.js'
import { packagesSlot } from './package-list.js'
import { cachePlanSlot, type CachePlan } from './restore-caches.js'
import {
  describeTimeLimit,
  slot,
  timeLimitOf,
  type Run,
  type Stage,
  type TimeLimit
} from './stage.js'

export interface BuildFacts extends BuildResult {
  /** The ten slowest packages (Buildroot's build-time.log). */
  slowest: PackageTime[]
}

export const buildSlot = slot<BuildFacts>('build')

export const buildStage: Stage = {
  title: 'Build',
  modes: ['build'],
  onImageCacheHit: 'skip',
  needs: [treeSlot, packagesSlot, cachePlanSlot],
  provides: [buildSlot],
  async run(run) {
    const { inputs } = run
    const plan = run.get(cachePlanSlot)
    const tree = run.get(treeSlot)
    // Buildroot reads both folders from its environment (its Makefile lets it win).
    tree.env = {
      ...tree.env,
      BR2_DL_DIR: plan.dlDir,
      BR2_CCACHE_DIR: plan.ccacheDir,
      CCACHE_MAXSIZE: inputs.ccacheMaxSize
    }
    const result = await runBuild(run.reporter, {
      tree,
      jobs: inputs.jobs,
      packageCount: buildablePackages(run.get(packagesSlot)).length,
      packages: buildablePackages(run.get(packagesSlot)),
      logFile: path.join(inputs.outputDir, 'build.log')
    })
    const buildTimeLog = path.join(inputs.outputDir, 'build', 'build-time.log')
    const slowest = fs.existsSync(buildTimeLog)
      ? slowestPackages(fs.readFileSync(buildTimeLog, 'utf8'), 10)
      : []
    run.set(buildSlot, { ...result, slowest })
    if (!result.ok) throw new ReportedError(reportBuildFailure(run, result, plan))
  }
}

/** Reports the one error for a build that did not finish; returns its text. */
function reportBuildFailure(run: Run, build: BuildResult, plan: CachePlan): string {
  const { reporter, inputs } = run
  const failure = build.failure ?? { lastLines: [] }
  const stopped = cancellation()
  if (stopped) {
    const message = describeStop(stopped, failure, build.seconds, timeLimitOf(inputs, run.context))
    const title = stopped.reason === 'time-limit' ? 'Stopped at the time limit' : 'Build cancelled'
    reporter.error(message, { file: build.logFile, title })
    return message
  }
  if (isDiskFull(failure.lastLines.join('\n'))) {
    const folders = [
      { name: 'output-dir', dir: inputs.outputDir },
      { name: 'dl/', dir: plan.dlDir },
      { name: 'ccache', dir: plan.ccacheDir }
    ]
    const during = `the build of ${failure.package ?? 'Buildroot'}`
    const message = `${diskFullMessage(folders, during)}\n${describeFailure(failure)}`
    reporter.error(message)
    return message
  }
  const message = describeFailure(failure)
  reporter.error(message, { file: build.logFile, title: 'Buildroot build failed' })
  return message
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
