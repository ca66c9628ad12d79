// The pipeline, front to back. Both front-ends (the GitHub action in entry/action-main.ts and
// the command line in entry/cli.ts) call runMain with their own Platform; the post step
// (post.ts) saves the caches from the state this step leaves behind. Each stage lives in
// stages/; what they share about Buildroot itself (make, configure, show-info, hashes) in
// buildroot/; check mode in check/.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ConfigError, locateConfigFiles, readRequestedConfig } from './buildroot/configure.js'
import { buildrootTool, GENERATE_CYCLONEDX } from './buildroot/python-tools.js'
import type { BuildrootTree } from './buildroot/make.js'
import { buildablePackages, downloadList, showInfoFile } from './buildroot/show-info.js'
import { runCheck } from './check/index.js'
import { actionRoot } from './entry/action-layout.js'
import type { Inputs } from './inputs.js'
import { KconfigSyntaxError } from './kconfig/defconfig.js'
import type { Platform, Reporter } from './platform/types.js'
import { describeFailure, runBuild, slowestPackages, type BuildResult } from './stages/build.js'
import { applyBuildrootPatches } from './stages/buildroot-patches.js'
import { collectImages, type CollectedImages, type ImageManifest } from './stages/collect-images.js'
import { configure } from './stages/configure.js'
import { cveReport, CVE_REPORT_FILE, NVD_FEED_URL } from './stages/cve-report.js'
import { checkFreeSpace, type SpaceNeeded } from './stages/free-space.js'
import {
  hashInputs,
  IMAGES_RESTORED_STATE,
  planImageCache,
  restoreImages,
  saveImages
} from './stages/image-cache.js'
import { lockRunFolders, prepareOutputFolder } from './stages/output-folder.js'
import { readPackageList } from './stages/package-list.js'
import { resolveBuildroot, type ResolvedBuildroot } from './stages/resolve-buildroot.js'
import { checkDownloads, planCaches, setUpCaches, type CachePlan } from './stages/restore-caches.js'
import { generateSbom, sbomCounts } from './stages/sbom.js'
import {
  planLastManifest,
  reportSizeTrend,
  restoreLastManifest,
  saveLastManifest
} from './stages/size-trend.js'
import { runSmokeTest, smokeFailureMessage } from './stages/smoke-test.js'
import { describeStop, withinTimeLimit, type TimeLimit } from './stages/stop.js'
import { renderSummary, type SummaryFacts } from './stages/summary.js'
import { uploadBuildLog, uploadImages, uploadSmokeConsole } from './stages/upload.js'
import { renderSmokeSection } from './smoke/summary.js'
import { diskFullMessage, isDiskFull } from './util/disk.js'
import { errorMessage, ReportedError } from './util/errors.js'
import { directorySize } from './util/fs.js'
import { cancellation, CancelledError, throwIfCancelled } from './util/process-groups.js'

export interface RunContext {
  /** The action's own BR2_EXTERNAL tree, used when config-dir has no external/ of its own. */
  ownExternalTree: string
  /** The action's own Buildroot patch series, used when config-dir has no buildroot-patches/. */
  ownPatchSeries?: string
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
  spaceNeeded?: SpaceNeeded | false
  /** The NVD JSON feed repository the CVE report clones (default: cve-check's own). */
  nvdUrl?: string
  /** Wait for another run using output-dir or the cache folder, instead of failing (CLI --wait). */
  waitForFolders?: boolean
}

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
    await stage(reporter, 'Check the output folder', async () => {
      prepareOutputFolder(inputs.outputDir, inputs.target, [
        { name: 'the cache folder', dir: context.cacheRoot }
      ])
      await lockRunFolders(
        reporter,
        [
          { name: 'output-dir', dir: inputs.outputDir },
          { name: 'the cache folder', dir: context.cacheRoot }
        ],
        { wait: context.waitForFolders }
      )
    })

    // 1. Resolve Buildroot, then apply the patch series to a copy of it (in both modes)
    const buildroot = await stage(reporter, 'Resolve Buildroot', () =>
      resolveBuildroot(reporter, {
        version: inputs.buildrootVersion,
        sourceDir: inputs.buildrootSrc,
        mirror: context.mirror
      })
    )
    facts.buildrootVersion = buildroot.version
    platform.setOutput('buildroot-version', buildroot.version)
    const patched = await stage(reporter, 'Apply Buildroot patches', () =>
      applyBuildrootPatches(reporter, {
        choice: inputs.buildrootPatches,
        configDir: inputs.configDir,
        ownSeriesDir: context.ownPatchSeries,
        buildroot,
        cacheDir: platform.toolCacheDir
      })
    )
    facts.buildrootPatches = patched.series.patches.map(patch => patch.name)
    const tree: BuildrootTree = {
      sourceDir: patched.sourceDir,
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
        buildrootDir: patched.sourceDir,
        patchSeries: patched.series,
        linuxSrc: inputs.linuxSrc,
        externalTrees: tree.externalTrees,
        workDir: inputs.outputDir,
        cacheDir: platform.toolCacheDir
      })
      await platform.writeSummary(result.summaryMarkdown)
      checkSummaryWritten = true
      return result.ok
    }

    // 2. Inputs hash: when nothing that shapes the images changed, the image cache has them
    const requested = readRequestedConfig(
      locateConfigFiles(inputs.configDir, inputs.target),
      inputs.configFragment,
      patched.series.sha256
    )
    const inputsHash = await stage(reporter, 'Inputs hash', async () =>
      hashInputs(reporter, {
        target: inputs.target,
        configHash: requested.configHash,
        requested: requested.requested,
        kernelDefconfig: requested.files.kernelDefconfig,
        externalTrees: tree.externalTrees,
        buildrootDir: buildroot.sourceDir,
        buildrootVersion: buildroot.version,
        actionDir: actionRoot(fileURLToPath(import.meta.url)),
        // The Buildroot patch series (buildroot-patches), in the order it is applied; the
        // tree hashed above is Buildroot as resolved, before the series.
        patches: patched.series.patches.map(({ name, sha256 }) => ({ name, sha256 })),
        // Inputs that change what "Collect images" writes.
        artifactOptions: { 'compression-level': String(inputs.compressionLevel) },
        exclude: [inputs.outputDir, context.cacheRoot]
      })
    )
    facts.inputsHash = inputsHash
    platform.setOutput('inputs-hash', inputsHash)
    const imageCache = planImageCache({
      target: inputs.target,
      inputsHash,
      runId: context.runId,
      outputDir: inputs.outputDir
    })
    const restoredImages = await stage(reporter, 'Restore images', () =>
      restoreImages(platform, imageCache, {
        cache: inputs.cache,
        rebuild: inputs.rebuild,
        inputsHash
      })
    )
    platform.setOutput('image-cache-hit', String(restoredImages !== undefined))
    if (restoredImages) {
      facts.imagesRestoredFrom = restoredImages.key
      facts.configHash = requested.configHash
      platform.setOutput('config-hash', requested.configHash)
      platform.saveState(IMAGES_RESTORED_STATE, restoredImages.key)
      return await deliverImages(platform, inputs, context, buildroot, restoredImages.images, facts)
    }

    // 3. Configure
    const configured = await stage(reporter, 'Configure', () =>
      configure(reporter, tree, { ...inputs, patchSeries: patched.series.sha256 })
    )
    facts.configHash = configured.configHash
    platform.setOutput('config-hash', configured.configHash)

    // 4. Read the package list (and check every download's hash)
    const packages = await stage(reporter, 'Read the package list', () =>
      readPackageList(reporter, configured)
    )

    // 5. Check free space, restore caches
    const downloads = downloadList(packages)
    const plan = planCaches({
      target: inputs.target,
      buildrootVersion: buildroot.version,
      dotConfig: configured.dotConfig,
      patchSeries: patched.series.sha256,
      downloads,
      cacheRoot: context.cacheRoot,
      runId: context.runId
    })
    await stage(reporter, 'Check free disk space', async () =>
      checkFreeSpace(reporter, {
        target: inputs.target,
        outputDir: inputs.outputDir,
        dlDir: plan.dlDir,
        ccacheDir: plan.ccacheDir,
        ccacheMaxSize: inputs.ccacheMaxSize,
        needed: context.spaceNeeded
      })
    )
    const restored = await stage(reporter, 'Restore caches', async () => {
      const caches = await setUpCaches(platform, {
        mode: inputs.cache,
        plan,
        downloads,
        ccacheMaxSize: inputs.ccacheMaxSize,
        ccacheProgram: path.join(inputs.outputDir, 'host', 'bin', 'ccache')
      })
      await checkDownloads(platform, configured, plan)
      return caches
    })
    platform.setOutput('dl-cache-hit', String(restored.dlExactHit))
    platform.setOutput('ccache-cache-hit', String(restored.ccache.matchedKey !== undefined))

    // 6. Build
    tree.env = {
      BR2_DL_DIR: plan.dlDir,
      BR2_CCACHE_DIR: plan.ccacheDir,
      CCACHE_MAXSIZE: inputs.ccacheMaxSize
    }
    const limit = timeLimit(inputs, context)
    throwIfCancelled()
    const build = await withinTimeLimit(reporter, limit, () =>
      runBuild(reporter, {
        tree,
        jobs: inputs.jobs,
        packageCount: buildablePackages(packages).length,
        packages: buildablePackages(packages),
        logFile: path.join(inputs.outputDir, 'build.log')
      })
    )
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
      reportBuildFailure(reporter, facts, build, { inputs, plan, limit })
      // A cancelled job is killed seconds after its signal: no time for an upload then.
      if (inputs.upload && facts.outcome !== 'cancelled') {
        await uploadBuildLog(platform, inputs.artifactName, build.logFile, inputs.retentionDays)
      }
      throw new ReportedError(facts.failure ?? 'the build failed')
    }

    // 7. SBOM, from the show-info JSON the package list was read from
    facts.sbom = await stage(reporter, 'SBOM', () =>
      generateSbom(platform, {
        buildrootDir: buildroot.sourceDir,
        buildrootVersion: buildroot.version,
        showInfo: showInfoFile(tree),
        outputFile: path.join(inputs.outputDir, 'sbom.cdx.json'),
        licenseListDir: path.join(context.cacheRoot, 'spdx'),
        cache: inputs.cache,
        runId: context.runId,
        projectName: `buildroot-k8s-${inputs.target}`,
        projectVersion: inputsHash.slice(0, 12)
      })
    )

    // 8. Collect images, and keep them for the next run with the same inputs
    const images = await stage(reporter, 'Collect images', async () => {
      const collected = await collectImages({
        target: inputs.target,
        imagesDir: path.join(inputs.outputDir, 'images'),
        artifactDir: imageCache.artifactDir,
        buildDir: path.join(inputs.outputDir, 'build'),
        packages,
        buildrootVersion: buildroot.version,
        configHash: configured.configHash,
        compressionLevel: inputs.compressionLevel,
        reporter,
        inputsHash,
        sbom: facts.sbom?.file
      })
      await saveImages(platform, imageCache, collected, inputs.cache)
      return collected
    })
    return await deliverImages(platform, inputs, context, buildroot, images, facts)
  } catch (error) {
    const stopped = cancellation()
    if (stopped) {
      // Whatever failed was stopped by the cancel: say that, not what it broke.
      facts.outcome = stopped.reason === 'time-limit' ? 'stopped' : 'cancelled'
      if (!(error instanceof ReportedError)) {
        facts.failure =
          error instanceof CancelledError
            ? `${error.message} before the build started.`
            : `${new CancelledError(stopped).message}: ${errorMessage(error)}`
        reporter.error(facts.failure)
      }
    } else if (isDiskFull(error) && !(error instanceof ReportedError)) {
      // A full disk makes make, tar or a write fail anywhere: that is the news, not the file
      // that was being read.
      facts.failure = `${diskFullMessage(spaceFolders(inputs), 'this run')}\n${errorMessage(error)}`
      reporter.error(facts.failure)
    } else if (!(error instanceof ReportedError)) {
      const at =
        (error instanceof ConfigError || error instanceof KconfigSyntaxError) && error.file
          ? { file: error.file, line: error.line }
          : undefined
      reporter.error(error instanceof KconfigSyntaxError ? error.detail : errorMessage(error), at)
    }
    facts.failure ??= errorMessage(error)
    return false
  } finally {
    // Summary (the post step saves the caches)
    if (!checkSummaryWritten) await platform.writeSummary(renderSummary(facts))
  }
}

/** The folders a build writes to, for messages about disk space. */
function spaceFolders(inputs: Inputs, plan?: CachePlan): { name: string; dir: string }[] {
  const caches = plan
    ? [
        { name: 'dl/', dir: plan.dlDir },
        { name: 'ccache', dir: plan.ccacheDir }
      ]
    : []
  return [{ name: 'output-dir', dir: inputs.outputDir }, ...caches]
}

/** time-limit, or on GitHub its default, counted from the job's start where known. */
function timeLimit(inputs: Inputs, context: RunContext): TimeLimit | undefined {
  const seconds = inputs.timeLimitSeconds ?? context.defaultTimeLimitSeconds
  if (seconds === undefined) return undefined
  return {
    seconds,
    startedAt: context.startedAt ?? Date.now(),
    from: context.startedFrom ?? 'the start of this step'
  }
}

/**
 * One error for a build that did not finish, saying what matters most: that it was stopped (and
 * how far it got), that the disk is full, or which package failed, with a download's ways out.
 */
function reportBuildFailure(
  reporter: Reporter,
  facts: SummaryFacts,
  build: BuildResult,
  at: { inputs: Inputs; plan: CachePlan; limit?: TimeLimit }
): void {
  const failure = build.failure ?? { lastLines: [] }
  const stopped = cancellation()
  if (stopped) {
    facts.outcome = stopped.reason === 'time-limit' ? 'stopped' : 'cancelled'
    facts.failure = describeStop(stopped, failure, build.seconds, at.limit)
    const title = stopped.reason === 'time-limit' ? 'Stopped at the time limit' : 'Build cancelled'
    reporter.error(facts.failure, { file: build.logFile, title })
  } else if (isDiskFull(failure.lastLines.join('\n'))) {
    const during = `the build of ${failure.package ?? 'Buildroot'}`
    facts.failure = `${diskFullMessage(spaceFolders(at.inputs, at.plan), during)}\n${describeFailure(failure)}`
    reporter.error(facts.failure)
  } else {
    facts.failure = describeFailure(failure)
    reporter.error(facts.failure, { file: build.logFile, title: 'Buildroot build failed' })
  }
}

/**
 * Everything after "Collect images", for built images and for images restored from the image
 * cache alike: outputs, the CVE report, the size trend, the upload.
 */
async function deliverImages(
  platform: Platform,
  inputs: Inputs,
  context: RunContext,
  buildroot: ResolvedBuildroot,
  images: CollectedImages,
  facts: SummaryFacts
): Promise<boolean> {
  const { reporter } = platform
  const manifest = JSON.parse(fs.readFileSync(images.manifest, 'utf8')) as ImageManifest
  facts.images = images.files
  facts.versions = manifest.versions
  platform.setOutput('images-dir', images.dir)
  platform.setOutput('kernel', images.kernel)
  platform.setOutput('rootfs', images.rootfs)
  platform.setOutput('checksums', images.checksums)
  if (images.iso) platform.setOutput('iso', images.iso)
  if (images.sdcard) platform.setOutput('sdcard', images.sdcard)
  if (images.sbom) {
    platform.setOutput('sbom', images.sbom)
    facts.sbom ??= sbomCounts(images.sbom)
  } else if (facts.imagesRestoredFrom && buildrootTool(buildroot.sourceDir, GENERATE_CYCLONEDX)) {
    reporter.notice(
      'The images restored from the image cache have no SBOM (it could not be made when they were built): set rebuild: always to build them with one.'
    )
  }

  // 9. Smoke test: boot the images in QEMU (restored images as built ones). Its verdict waits
  // until they are uploaded.
  const smoke = await stage(reporter, 'Smoke test', () =>
    runSmokeTest(reporter, {
      mode: inputs.smokeTest,
      level: inputs.smokeTestLevel,
      target: inputs.target,
      imagesDir: images.dir,
      workDir: path.join(inputs.outputDir, 'smoke')
    })
  )
  platform.setOutput('smoke-test', smoke.outcome)
  facts.smokeSection = renderSmokeSection(smoke)

  // 10. CVE report
  const cves = await stage(reporter, 'CVE report', () =>
    cveReport(platform, {
      mode: inputs.cveReport,
      sbom: images.sbom,
      buildrootDir: buildroot.sourceDir,
      buildrootVersion: buildroot.version,
      outputFile: path.join(images.dir, CVE_REPORT_FILE),
      nvdDir: path.join(context.cacheRoot, 'nvd'),
      nvdUrl: context.nvdUrl ?? NVD_FEED_URL,
      cache: inputs.cache,
      now: new Date(),
      runId: context.runId
    })
  )
  facts.cves = cves.facts
  if (cves.facts) {
    const count = cves.facts.unfixed.reduce((sum, p) => sum + p.cves.length, 0)
    platform.setOutput('unfixed-cves', String(count))
  }

  // 11. Size against the last successful build of this target
  const lastManifest = planLastManifest({
    target: inputs.target,
    runId: context.runId,
    cacheRoot: context.cacheRoot
  })
  facts.sizes = await stage(reporter, 'Size against the last build', async () =>
    reportSizeTrend(
      platform,
      manifest,
      await restoreLastManifest(platform, lastManifest, inputs.cache),
      inputs.sizeChangeWarning
    )
  )

  // 12. Upload
  if (inputs.upload) {
    const uploaded = await stage(reporter, 'Upload images', () =>
      uploadImages(platform, inputs.artifactName, images.dir, inputs.retentionDays)
    )
    facts.artifact = { name: inputs.artifactName, url: uploaded.url, location: uploaded.location }
    if (uploaded.id !== undefined) platform.setOutput('artifact-id', String(uploaded.id))
    if (uploaded.url) platform.setOutput('artifact-url', uploaded.url)
    const consoleLogs = smoke.boots.map(boot => boot.consoleLog)
    if (consoleLogs.length) {
      await uploadSmokeConsole(platform, inputs.artifactName, consoleLogs, inputs.retentionDays)
    }
  }
  if (smoke.outcome === 'failed') {
    // Uploaded for the user to look at, but not the last good build the next size trend uses.
    facts.failure = smokeFailureMessage(smoke)
    const failedBoot = smoke.boots.find(boot => !boot.ok)
    reporter.error(
      facts.failure,
      failedBoot && { file: failedBoot.consoleLog, title: 'Smoke test failed' }
    )
    throw new ReportedError(facts.failure)
  }
  await saveLastManifest(platform, lastManifest, images.manifest, inputs.cache)
  if (cves.failure) throw new ReportedError(cves.failure)
  facts.outcome = 'built'
  return true
}
