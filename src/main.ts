// The pipeline, front to back. Both front-ends (the GitHub action in entry/action-main.ts and
// the command line in entry/cli.ts) call runMain with their own Platform; the post step
// (post.ts) saves the caches from the state this step leaves behind. Each stage lives in
// stages/; what they share about Buildroot itself (make, configure, show-info, hashes) in
// buildroot/; check mode in check/.
import fs from 'node:fs'
import path from 'node:path'
import { ConfigError } from './buildroot/configure.js'
import type { BuildrootTree } from './buildroot/make.js'
import { buildablePackages, downloadList } from './buildroot/show-info.js'
import { runCheck } from './check/index.js'
import type { Inputs } from './inputs.js'
import { KconfigSyntaxError } from './kconfig/defconfig.js'
import type { Platform, Reporter } from './platform/types.js'
import { describeFailure, runBuild, slowestPackages } from './stages/build.js'
import { collectImages } from './stages/collect-images.js'
import { configure } from './stages/configure.js'
import { readPackageList } from './stages/package-list.js'
import { resolveBuildroot } from './stages/resolve-buildroot.js'
import { planCaches, setUpCaches } from './stages/restore-caches.js'
import { formatDuration, renderSummary, type SummaryFacts } from './stages/summary.js'
import type { BuildFailure } from './stages/build.js'
import type { CachePlan } from './stages/restore-caches.js'
import type { Cancellation } from './util/process-groups.js'
import { uploadBuildLog, uploadImages } from './stages/upload.js'
import { describeDownloadFailure } from './buildroot/download-failure.js'
import { cancellation, CancelledError, cancelRun, throwIfCancelled } from './util/process-groups.js'
import { diskFullMessage, isDiskFull } from './util/disk.js'
import { errorMessage, ReportedError } from './util/errors.js'
import { directorySize } from './util/fs.js'
import { checkFreeSpace, SPACE_NEEDED } from './stages/free-space.js'
import { prepareOutputFolder } from './stages/output-folder.js'

export interface RunContext {
  /** The action's own BR2_EXTERNAL tree, used when config-dir has no external/ of its own. */
  ownExternalTree: string
  /** Stable folder for dl/ and ccache: restore and save must see the same paths. */
  cacheRoot: string
  /** Makes each ccache save key unique. */
  runId: string
  /** Where Buildroot releases are downloaded from. */
  mirror?: string
  /**
   * When the clock of time-limit started (ms since the epoch): the job's start on a GitHub
   * runner, else the start of this step or command.
   */
  startedAt?: number
  /** What `startedAt` is, for messages: "the job's start" or "the start of this step". */
  startedFrom?: string
  /** time-limit when the input is not given (GitHub: 5 h 45 min; none on the command line). */
  defaultTimeLimitSeconds?: number
  /** What a build needs on disk (SPACE_NEEDED), or false to skip the free-space check. */
  spaceNeeded?: typeof SPACE_NEEDED | false
}

/** How long the build's make gets to stop at the time limit before it is killed. */
const TIME_LIMIT_GRACE_MS = 30_000

/**
 * The BR2_EXTERNAL tree that goes with a config folder: its own `external/` when it has one
 * (a copy of configs/ keeps the defconfigs and their packages together), else the action's.
 */
export function configExternalTree(configDir: string, ownExternalTree: string): string {
  const beside = path.join(configDir, 'external')
  return fs.existsSync(path.join(beside, 'external.desc')) ? beside : ownExternalTree
}

/** Runs one stage inside a collapsible group; none starts once the run is cancelled. */
async function stage<T>(reporter: Reporter, title: string, work: () => Promise<T>): Promise<T> {
  throwIfCancelled()
  reporter.startGroup(title)
  try {
    return await work()
  } finally {
    reporter.endGroup()
  }
}

/** Runs the pipeline; returns false when the run failed (every failure is already reported). */
export async function runMain(
  platform: Platform,
  inputs: Inputs,
  context: RunContext
): Promise<boolean> {
  const { reporter } = platform
  const facts: SummaryFacts = { target: inputs.target, outcome: 'failed' }
  let checkSummaryWritten = false

  try {
    if (process.platform !== 'linux') {
      throw new Error(
        `Buildroot builds only on Linux, and this runner is ${process.platform}: use a Linux runner such as runs-on: ubuntu-24.04.`
      )
    }
    // 0. The output folder: new, empty or the action's own, and writable
    await stage(reporter, 'Check the output folder', async () =>
      prepareOutputFolder(inputs.outputDir, inputs.target, [
        { name: 'the cache folder', dir: context.cacheRoot }
      ])
    )

    // 1. Resolve Buildroot
    const buildroot = await stage(reporter, 'Resolve Buildroot', () =>
      resolveBuildroot(reporter, {
        version: inputs.buildrootVersion,
        sourceDir: inputs.buildrootSrc,
        mirror: context.mirror
      })
    )
    facts.buildrootVersion = buildroot.version
    platform.setOutput('buildroot-version', buildroot.version)
    const tree: BuildrootTree = {
      sourceDir: buildroot.sourceDir,
      outputDir: inputs.outputDir,
      externalTrees: [
        configExternalTree(inputs.configDir, context.ownExternalTree),
        ...inputs.br2External
      ]
    }

    if (inputs.mode === 'check') {
      const result = await runCheck(platform, {
        target: inputs.target,
        configDir: inputs.configDir,
        configFragment: inputs.configFragment,
        buildrootDir: buildroot.sourceDir,
        linuxSrc: inputs.linuxSrc,
        externalTrees: tree.externalTrees,
        workDir: inputs.outputDir,
        cacheDir: platform.toolCacheDir
      })
      await platform.writeSummary(result.summaryMarkdown)
      checkSummaryWritten = true
      return result.ok
    }

    // 2. Configure
    const configured = await stage(reporter, 'Configure', () => configure(reporter, tree, inputs))
    facts.configHash = configured.configHash
    platform.setOutput('config-hash', configured.configHash)

    // 3. Read the package list (and check every download's hash)
    const packages = await stage(reporter, 'Read the package list', () =>
      readPackageList(reporter, configured)
    )

    // 4. Restore caches
    const downloads = downloadList(packages)
    const plan = planCaches({
      target: inputs.target,
      buildrootVersion: buildroot.version,
      dotConfig: configured.dotConfig,
      downloads,
      cacheRoot: context.cacheRoot,
      runId: context.runId
    })
    if (context.spaceNeeded !== false) {
      const needed = context.spaceNeeded ?? SPACE_NEEDED
      await stage(reporter, 'Check free disk space', async () =>
        checkFreeSpace(reporter, {
          target: inputs.target,
          outputDir: inputs.outputDir,
          dlDir: plan.dlDir,
          ccacheDir: plan.ccacheDir,
          ccacheMaxSize: inputs.ccacheMaxSize,
          needed
        })
      )
    }
    const restored = await stage(reporter, 'Restore caches', () =>
      setUpCaches(platform, {
        mode: inputs.cache,
        plan,
        dlExactHit: false,
        downloads,
        ccacheMaxSize: inputs.ccacheMaxSize,
        ccacheProgram: path.join(inputs.outputDir, 'host', 'bin', 'ccache')
      })
    )
    platform.setOutput('dl-cache-hit', String(restored.dlExactHit))
    platform.setOutput('ccache-cache-hit', String(restored.ccache.matchedKey !== undefined))

    // 5. Build
    tree.env = {
      BR2_DL_DIR: plan.dlDir,
      BR2_CCACHE_DIR: plan.ccacheDir,
      CCACHE_MAXSIZE: inputs.ccacheMaxSize
    }
    throwIfCancelled()
    const timeLimit = inputs.timeLimitSeconds ?? context.defaultTimeLimitSeconds
    const deadline =
      timeLimit === undefined ? undefined : (context.startedAt ?? Date.now()) + timeLimit * 1000
    if (deadline !== undefined && deadline <= Date.now()) {
      throw new Error(
        `The time limit (${formatDuration(timeLimit ?? 0)} from ${context.startedFrom ?? 'the start'}) was reached before the build started: raise time-limit, or make the steps before this one faster.`
      )
    }
    // At the time limit, make is stopped as a cancel would stop it, leaving time for the
    // upload and for the post step to save ccache before the runner's own limit.
    const timer =
      deadline === undefined
        ? undefined
        : setTimeout(() => {
            reporter.warning(
              `The time limit (time-limit ${formatDuration(timeLimit ?? 0)} from ${context.startedFrom ?? 'the start'}) is reached: stopping the build so that the caches can still be saved.`
            )
            void cancelRun('time-limit', { signal: 'SIGTERM', graceMs: TIME_LIMIT_GRACE_MS })
          }, deadline - Date.now())
    if (deadline !== undefined) {
      reporter.info(
        `The build stops cleanly at ${new Date(deadline).toISOString()} (time-limit ${formatDuration(timeLimit ?? 0)} from ${context.startedFrom ?? 'the start'}).`
      )
    }
    const build = await runBuild(reporter, {
      tree,
      jobs: inputs.jobs,
      packageCount: buildablePackages(packages).length,
      logFile: path.join(inputs.outputDir, 'build.log')
    }).finally(() => clearTimeout(timer))
    facts.buildSeconds = build.seconds
    facts.logFile = build.logFile
    facts.caches = [
      { name: 'dl/', result: restored.dl.result, size: directorySize(plan.dlDir) },
      { name: 'ccache', result: restored.ccache.result, size: directorySize(plan.ccacheDir) }
    ]
    const buildTimeLog = path.join(inputs.outputDir, 'build', 'build-time.log')
    if (fs.existsSync(buildTimeLog))
      facts.slowest = slowestPackages(fs.readFileSync(buildTimeLog, 'utf8'), 10)
    if (!build.ok) {
      const failure = build.failure ?? { lastLines: [] }
      const stopped = cancellation()
      if (stopped) {
        facts.outcome = stopped.reason === 'time-limit' ? 'stopped' : 'cancelled'
        facts.failure = describeStop(stopped, failure, build.seconds, context, timeLimit)
        reporter.error(facts.failure, {
          file: build.logFile,
          title: stopped.reason === 'time-limit' ? 'Stopped at the time limit' : 'Build cancelled'
        })
      } else if (isDiskFull(failure.lastLines.join('\n'))) {
        facts.failure = `${diskFullMessage(spaceFolders(inputs, plan), `the build of ${failure.package ?? 'Buildroot'}`)}\n${describeFailure(failure)}`
        reporter.error(facts.failure)
      } else {
        facts.failure = describeFailure(failure)
        if (failure.step === 'Downloading') {
          facts.failure += `\n${describeDownloadFailure(failure, plan.dlDir)}`
        }
        reporter.error(facts.failure, { file: build.logFile, title: 'Buildroot build failed' })
      }
      // A cancelled job is killed seconds after its signal: no time for an upload then.
      if (inputs.upload && stopped?.reason !== 'signal') {
        await uploadBuildLog(platform, inputs.artifactName, build.logFile, inputs.retentionDays)
      }
      throw new ReportedError(facts.failure)
    }

    // 6. Collect images
    const images = await stage(reporter, 'Collect images', () =>
      collectImages({
        target: inputs.target,
        imagesDir: path.join(inputs.outputDir, 'images'),
        artifactDir: path.join(inputs.outputDir, 'artifact'),
        buildDir: path.join(inputs.outputDir, 'build'),
        packages,
        buildrootVersion: buildroot.version,
        configHash: configured.configHash
      })
    )
    facts.images = images.files
    facts.versions = JSON.parse(fs.readFileSync(images.manifest, 'utf8')).versions
    platform.setOutput('images-dir', images.dir)
    platform.setOutput('kernel', images.kernel)
    platform.setOutput('rootfs', images.rootfs)
    platform.setOutput('checksums', images.checksums)
    if (images.iso) platform.setOutput('iso', images.iso)
    if (images.sdcard) platform.setOutput('sdcard', images.sdcard)

    // 7. Upload
    if (inputs.upload) {
      const uploaded = await stage(reporter, 'Upload images', () =>
        uploadImages(platform, inputs.artifactName, images.dir, inputs.retentionDays)
      )
      facts.artifact = { name: inputs.artifactName, url: uploaded.url, location: uploaded.location }
      if (uploaded.id !== undefined) platform.setOutput('artifact-id', String(uploaded.id))
      if (uploaded.url) platform.setOutput('artifact-url', uploaded.url)
    }
    facts.outcome = 'built'
    return true
  } catch (error) {
    if (error instanceof CancelledError) {
      facts.outcome = error.cancellation.reason === 'time-limit' ? 'stopped' : 'cancelled'
      facts.failure ??= `${error.message} before the build started.`
      reporter.error(facts.failure)
    } else if (!(error instanceof ReportedError)) {
      if (cancellation()) {
        // What failed was stopped by the cancel: say that, not what it broke.
        const stopped = cancellation()
        facts.outcome = stopped?.reason === 'time-limit' ? 'stopped' : 'cancelled'
        facts.failure = `${new CancelledError(stopped ?? { reason: 'signal', at: Date.now() }).message}: ${errorMessage(error)}`
        reporter.error(facts.failure)
      } else if (isDiskFull(error)) {
        // A full disk makes make, tar or a write fail anywhere: that is the news, not the file
        // that was being read.
        facts.failure = `${diskFullMessage(spaceFolders(inputs), 'this run')}\n${errorMessage(error)}`
        reporter.error(facts.failure)
      } else {
        const at =
          (error instanceof ConfigError || error instanceof KconfigSyntaxError) && error.file
            ? { file: error.file, line: error.line }
            : undefined
        reporter.error(error instanceof KconfigSyntaxError ? error.detail : errorMessage(error), at)
      }
    }
    facts.failure ??= errorMessage(error)
    return false
  } finally {
    // 8. Summary (the post step saves the caches)
    if (!checkSummaryWritten) await platform.writeSummary(renderSummary(facts))
  }
}

/** The folders a build writes to, for messages about disk space. */
function spaceFolders(inputs: Inputs, plan?: CachePlan): { name: string; dir: string }[] {
  return [
    { name: 'output-dir', dir: inputs.outputDir },
    ...(plan
      ? [
          { name: 'dl/', dir: plan.dlDir },
          { name: 'ccache', dir: plan.ccacheDir }
        ]
      : [])
  ]
}

/** "Cancelled (SIGINT) after 42 min, during busybox 1.37.0 "Building" (37 of 120 packages)". */
export function describeStop(
  stopped: Cancellation,
  failure: BuildFailure,
  seconds: number,
  context: Pick<RunContext, 'startedFrom'>,
  timeLimit?: number
): string {
  const during = failure.package
    ? `during ${`${failure.package} ${failure.version ?? ''}`.trim()} "${failure.step ?? 'unknown step'}"`
    : 'before the first package'
  const progress = failure.progress
    ? ` (package ${failure.progress.started} of ${failure.progress.total})`
    : ''
  const what =
    stopped.reason === 'time-limit'
      ? `Stopped at the time limit (time-limit ${formatDuration(timeLimit ?? 0)} from ${context.startedFrom ?? 'the start'})`
      : `Cancelled (${stopped.signal ?? 'signal'})`
  return (
    `${what} after ${formatDuration(seconds)} of building, ${during}${progress}. ` +
    'The post step saves ccache (and dl/ only once it is complete), so a re-run continues from where this one got.'
  )
}
