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
import { runSmokeTest, smokeFailureMessage } from './stages/smoke-test.js'
import { renderSummary, type SummaryFacts } from './stages/summary.js'
import { uploadBuildLog, uploadImages, uploadSmokeConsole } from './stages/upload.js'
import { renderSmokeSection } from './smoke/summary.js'
import { errorMessage, ReportedError } from './util/errors.js'
import { directorySize } from './util/fs.js'

export interface RunContext {
  /** The action's own BR2_EXTERNAL tree, used when config-dir has no external/ of its own. */
  ownExternalTree: string
  /** Stable folder for dl/ and ccache: restore and save must see the same paths. */
  cacheRoot: string
  /** Makes each ccache save key unique. */
  runId: string
  /** Where Buildroot releases are downloaded from. */
  mirror?: string
}

/**
 * The BR2_EXTERNAL tree that goes with a config folder: its own `external/` when it has one
 * (a copy of configs/ keeps the defconfigs and their packages together), else the action's.
 */
export function configExternalTree(configDir: string, ownExternalTree: string): string {
  const beside = path.join(configDir, 'external')
  return fs.existsSync(path.join(beside, 'external.desc')) ? beside : ownExternalTree
}

/** Runs one stage inside a collapsible group. */
async function stage<T>(reporter: Reporter, title: string, work: () => Promise<T>): Promise<T> {
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
    const build = await runBuild(reporter, {
      tree,
      jobs: inputs.jobs,
      packageCount: buildablePackages(packages).length,
      logFile: path.join(inputs.outputDir, 'build.log')
    })
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
      facts.failure = describeFailure(build.failure ?? { lastLines: [] })
      reporter.error(facts.failure, { file: build.logFile, title: 'Buildroot build failed' })
      if (inputs.upload) {
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

    // 7. Smoke test: boot the images in QEMU. Its verdict waits until they are uploaded.
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

    // 8. Upload
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
      facts.failure = smokeFailureMessage(smoke)
      const failedBoot = smoke.boots.find(boot => !boot.ok)
      reporter.error(
        facts.failure,
        failedBoot && { file: failedBoot.consoleLog, title: 'Smoke test failed' }
      )
      throw new ReportedError(facts.failure)
    }
    facts.outcome = 'built'
    return true
  } catch (error) {
    if (!(error instanceof ReportedError)) {
      const at =
        (error instanceof ConfigError || error instanceof KconfigSyntaxError) && error.file
          ? { file: error.file, line: error.line }
          : undefined
      reporter.error(error instanceof KconfigSyntaxError ? error.detail : errorMessage(error), at)
    }
    facts.failure ??= errorMessage(error)
    return false
  } finally {
    // 9. Summary (the post step saves the caches)
    if (!checkSummaryWritten) await platform.writeSummary(renderSummary(facts))
  }
}
