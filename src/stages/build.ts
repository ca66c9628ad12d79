// Stage: build. Runs Buildroot's make (buildroot/build.ts) with dl/ and ccache in the cache
// folders, ccache's remote storage and the download sites of the inputs, and on failure says one
// thing that matters most: that the run was stopped (and how far it got), that the disk is
// full, or which package failed, with a download's ways out. What ccache did goes to the summary.
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
import {
  ccacheEnvironment,
  probeRemoteStorage,
  readStatsLog,
  remoteErrorWarning,
  type CcacheStats
} from '../buildroot/ccache.js'
import { downloadSiteVariables } from '../buildroot/mirror.js'
import { secretsOf } from '../inputs/schema.js'
import { buildablePackages } from '../buildroot/show-info.js'
import { diskFullMessage, isDiskFull } from '../util/disk.js'
import { ReportedError } from '../util/errors.js'
import { formatDuration } from '../util/format.js'
import { redactFile } from '../util/secrets.js'
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
  /** This build's ccache counters, when a compiler call went through ccache. */
  ccache?: CcacheStats
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
    const statsLog = path.join(inputs.outputDir, 'ccache-stats.log')
    fs.rmSync(statsLog, { force: true })
    const remoteWarned = await announceRemoteStorage(run)
    // Buildroot reads both folders from its environment (its Makefile lets it win); ccache
    // reads its own settings there, in every compiler call (buildroot/ccache.ts).
    tree.env = {
      ...tree.env,
      BR2_DL_DIR: plan.dlDir,
      BR2_CCACHE_DIR: plan.ccacheDir,
      CCACHE_MAXSIZE: inputs.ccacheMaxSize,
      ...ccacheEnvironment({
        remote: inputs.ccacheRemoteStorage,
        remoteOnly: inputs.ccacheRemoteOnly,
        statsLog
      })
    }
    const result = await runBuild(run.reporter, {
      tree,
      jobs: inputs.jobs,
      parallel: inputs.parallelBuild === 'per-package',
      variables: downloadSiteVariables(inputs),
      packageCount: buildablePackages(run.get(packagesSlot)).length,
      packages: buildablePackages(run.get(packagesSlot)),
      sites: { mirror: inputs.downloadMirror?.shown, mirrorOnly: inputs.downloadMirrorOnly },
      logFile: path.join(inputs.outputDir, 'build.log')
    })
    // What printed a credential (a build system echoing its environment, `ccache -p`, a
    // download tool) wrote it into the log, which is uploaded when the build fails.
    redactFile(result.logFile, secretsOf(inputs))
    const buildTimeLog = path.join(inputs.outputDir, 'build', 'build-time.log')
    const slowest = fs.existsSync(buildTimeLog)
      ? slowestPackages(fs.readFileSync(buildTimeLog, 'utf8'), 10)
      : []
    const ccache = readStatsLog(statsLog)
    run.set(buildSlot, { ...result, slowest, ccache })
    if (ccache) reportCcache(run, ccache, remoteWarned)
    if (!result.ok) throw new ReportedError(reportBuildFailure(run, result, plan))
  }
}

/**
 * Names the remote storage the build uses and asks each backend once: one that does not answer
 * is one warning now (ccache then goes on without it in every call, silently). Returns whether
 * it warned.
 */
async function announceRemoteStorage(run: Run): Promise<boolean> {
  const { inputs, reporter } = run
  if (!inputs.ccacheRemoteStorage.length) return false
  const probes = await Promise.all(inputs.ccacheRemoteStorage.map(probeRemoteStorage))
  let warned = false
  for (const [index, remote] of inputs.ccacheRemoteStorage.entries()) {
    const probe = probes[index]
    if (probe.reachable === false) {
      warned = true
      reporter.warning(
        `ccache's remote storage ${remote.shown} cannot be used: ${probe.why.replace(/\.$/, '')}. The build goes on with${inputs.ccacheRemoteOnly ? 'out a compiler cache (ccache-remote-only)' : ' the local ccache'}; ccache tries it again in each compiler call, without a word.`
      )
    } else {
      reporter.info(
        `ccache's remote storage: ${remote.shown} (${probe.reachable ? 'answers' : `not asked: ${probe.why}`}${inputs.ccacheRemoteOnly ? '; remote only, no local cache' : '; after the local cache'}).`
      )
    }
  }
  return warned
}

/** The build's ccache counters in the log, and a warning when the remote storage failed. */
function reportCcache(run: Run, stats: CcacheStats, remoteWarned: boolean): void {
  const { inputs, reporter } = run
  const remote = inputs.ccacheRemoteStorage.length
    ? `; remote: ${stats.remote.hits} hits, ${stats.remote.misses} misses, ${stats.remote.errors + stats.remote.timeouts} errors`
    : ''
  reporter.info(
    `ccache: ${stats.calls} compiler calls, ${stats.hits} hits, ${stats.misses} misses; local: ${stats.local.hits} hits, ${stats.local.misses} misses${remote}.`
  )
  const warning = remoteErrorWarning(
    stats,
    inputs.ccacheRemoteStorage.map(r => r.shown),
    remoteWarned
  )
  if (warning) reporter.warning(warning)
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
