// The pipeline, front to back. Both front-ends (the GitHub action in entry/action-main.ts and
// the command line in entry/cli.ts) call runMain with their own Platform; the post step
// (post.ts) saves the caches from the state this step leaves behind.
import fs from 'node:fs'
import path from 'node:path'
import { runCheck } from './check/index.js'
import type { Inputs } from './inputs.js'
import { explainUnmet, indexBuildrootKconfig } from './check/buildroot.js'
import { checkDownloadHashes } from './check/download-hashes.js'
import { KconfigSyntaxError } from './kconfig/defconfig.js'
import type { Platform } from './platform/types.js'
import type { BuildrootTree } from './stages/buildroot-make.js'
import { describeFailure, runBuild, slowestPackages } from './stages/build.js'
import { collectImages } from './stages/collect-images.js'
import {
  ConfigError,
  configureTree,
  locateConfigFiles,
  readRequestedConfig
} from './stages/configure.js'
import { buildablePackages, downloadList } from './stages/package-info.js'
import { resolveBuildroot } from './stages/resolve-buildroot.js'
import { planCaches, restoreCaches } from './stages/restore-caches.js'
import { CACHE_STATE, type CacheState } from './stages/save-caches.js'
import { renderSummary, type SummaryFacts } from './stages/summary.js'
import { uploadFolder, uploadLog } from './stages/upload.js'
import { errorMessage } from './util/errors.js'
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

/** A failure that has already been reported where it happened. */
class StageFailure extends Error {}

/** Runs the pipeline; returns false when the run failed (every failure is already reported). */
export async function runMain(
  platform: Platform,
  inputs: Inputs,
  context: RunContext
): Promise<boolean> {
  const { reporter } = platform
  const facts: SummaryFacts = { target: inputs.target, outcome: 'failed' }
  let checkSummaryWritten = false
  const stage = async <T>(title: string, work: () => Promise<T>): Promise<T> => {
    reporter.startGroup(title)
    try {
      return await work()
    } finally {
      reporter.endGroup()
    }
  }

  try {
    if (process.platform !== 'linux') {
      throw new Error(
        `Buildroot builds only on Linux, and this runner is ${process.platform}: use a Linux runner such as runs-on: ubuntu-24.04.`
      )
    }
    // 1. Resolve Buildroot
    const buildroot = await stage('Resolve Buildroot', () =>
      resolveBuildroot(reporter, {
        version: inputs.buildrootVersion,
        sourceDir: inputs.buildrootSrc,
        mirror: context.mirror
      })
    )
    facts.buildrootVersion = buildroot.version
    platform.setOutput('buildroot-version', buildroot.version)
    const externalTrees = [
      configExternalTree(inputs.configDir, context.ownExternalTree),
      ...inputs.br2External
    ]

    if (inputs.mode === 'check') {
      const result = await runCheck(platform, {
        target: inputs.target,
        configDir: inputs.configDir,
        configFragment: inputs.configFragment,
        buildrootDir: buildroot.sourceDir,
        linuxSrc: inputs.linuxSrc,
        externalTrees,
        workDir: inputs.outputDir,
        cacheDir: platform.toolCacheDir
      })
      await platform.writeSummary(result.summaryMarkdown)
      checkSummaryWritten = true
      return result.ok
    }

    // 2. Configure
    const tree: BuildrootTree = {
      sourceDir: buildroot.sourceDir,
      outputDir: inputs.outputDir,
      externalTrees
    }
    const configured = await stage('Configure', async () => {
      const requested = readRequestedConfig(
        locateConfigFiles(inputs.configDir, inputs.target),
        inputs.configFragment
      )
      const result = await configureTree(tree, requested)
      if (result.unmet.length) {
        for (const finding of explainUnmet(indexBuildrootKconfig(tree), result)) {
          reporter.error(finding.message, finding.at)
        }
        throw new StageFailure(
          `${result.unmet.length} requested symbol(s) did not land in .config (see the errors above): fix the spelling, or enable what they depend on.`
        )
      }
      reporter.info(
        `${requested.requested.length} requested symbols all landed in ${tree.outputDir}/.config.`
      )
      return result
    })
    if (configured.dotConfig.get('BR2_CCACHE') !== 'y') {
      reporter.notice(
        'BR2_CCACHE is not set in buildroot_defconfig: nothing will be compiler-cached between runs.',
        {
          file: configured.files.buildrootDefconfig
        }
      )
    }
    facts.configHash = configured.configHash
    platform.setOutput('config-hash', configured.configHash)

    // 3. Restore caches
    const packages = await stage('Read the package list', async () => {
      // A download without a hash stops Buildroot only when it gets there: say so now.
      const read = await checkDownloadHashes(configured)
      for (const finding of read.findings) reporter.error(finding.message, finding.at)
      if (read.findings.length) {
        throw new StageFailure(
          `${read.findings.length} download(s) have no hash Buildroot would accept (see the errors above).`
        )
      }
      return read.packages
    })
    const downloads = downloadList(packages)
    const cacheState: CacheState = {
      mode: inputs.cache,
      plan: planCaches({
        target: inputs.target,
        buildrootVersion: buildroot.version,
        dotConfig: configured.dotConfig,
        downloads,
        cacheRoot: context.cacheRoot,
        runId: context.runId
      }),
      dlExactHit: false,
      downloads,
      ccacheMaxSize: inputs.ccacheMaxSize,
      ccacheProgram: path.join(inputs.outputDir, 'host', 'bin', 'ccache')
    }
    // Saved before restoring, so the post step can save ccache whatever happens next.
    platform.saveState(CACHE_STATE, JSON.stringify(cacheState))
    const restored = await stage('Restore caches', () =>
      restoreCaches(platform, cacheState.plan, inputs.cache)
    )
    cacheState.dlExactHit = restored.dlExactHit
    platform.saveState(CACHE_STATE, JSON.stringify(cacheState))
    platform.setOutput('dl-cache-hit', String(restored.dlExactHit))
    platform.setOutput('ccache-cache-hit', String(restored.ccache.matchedKey !== undefined))

    // 4. Build
    const { plan } = cacheState
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
        const logArtifact = `${inputs.artifactName}-build-log`
        try {
          await uploadLog(platform.artifacts, logArtifact, build.logFile, inputs.retentionDays)
          reporter.info(`The full build log is in the artifact ${logArtifact}.`)
        } catch (error) {
          reporter.warning(
            `The build log could not be uploaded: ${errorMessage(error)}. It stays at ${build.logFile}.`
          )
        }
      }
      throw new StageFailure(facts.failure)
    }

    // 5. Collect images
    const images = await stage('Collect images', () =>
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

    // 6. Upload
    if (inputs.upload) {
      const uploaded = await stage('Upload images', async () => {
        try {
          return await uploadFolder(
            platform.artifacts,
            inputs.artifactName,
            images.dir,
            inputs.retentionDays
          )
        } catch (error) {
          throw new Error(
            `Uploading the artifact ${inputs.artifactName} to ${platform.artifacts.description} failed: ${errorMessage(error)}. ` +
              `The images are still in ${images.dir}. If the name is taken (409), give each matrix job its own artifact-name.`,
            { cause: error }
          )
        }
      })
      facts.artifact = { name: inputs.artifactName, url: uploaded.url, location: uploaded.location }
      if (uploaded.id !== undefined) platform.setOutput('artifact-id', String(uploaded.id))
      if (uploaded.url) platform.setOutput('artifact-url', uploaded.url)
    }
    facts.outcome = 'built'
    return true
  } catch (error) {
    if (!(error instanceof StageFailure)) {
      const at =
        error instanceof ConfigError && error.file
          ? { file: error.file, line: error.line }
          : error instanceof KconfigSyntaxError
            ? { file: error.file, line: error.line }
            : undefined
      reporter.error(error instanceof KconfigSyntaxError ? error.detail : errorMessage(error), at)
    }
    facts.failure ??= errorMessage(error)
    return false
  } finally {
    // 7. Summary
    if (!checkSummaryWritten) await platform.writeSummary(renderSummary(facts))
  }
}
