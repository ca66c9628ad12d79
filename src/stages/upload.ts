// Stage: upload. The artifact folder is uploaded as one artifact. Every large file in it is
// already compressed (xz images, bzImage, ISO), so the artifact is stored without zipping again.
import fs from 'node:fs'
import path from 'node:path'
import type { Platform, UploadedArtifact } from '../platform/types.js'
import { errorMessage } from '../util/errors.js'
import { buildSlot } from './build.js'
import { imagesSlot } from './collect-images.js'
import { smokeSlot } from './smoke-test.js'
import { slot, type Stage } from './stage.js'

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile())
    .map(entry => path.join(entry.parentPath, entry.name))
    .sort()
}

export async function uploadImages(
  platform: Platform,
  name: string,
  dir: string,
  retentionDays?: number
): Promise<UploadedArtifact> {
  try {
    return await platform.artifacts.upload(name, filesUnder(dir), dir, {
      retentionDays,
      compress: false
    })
  } catch (error) {
    const message = errorMessage(error)
    // The service answers 409 when the run already has an artifact of that name.
    const hint = /\(409\)|already exists/i.test(message)
      ? ' The name is taken in this run: give each matrix job its own artifact-name.'
      : ''
    throw new Error(
      `Uploading the artifact ${name} to ${platform.artifacts.description} failed: ${message}. ` +
        `The images are still in ${dir}.${hint || ' A re-run of the job uploads them again (restoring them from the image cache if they were saved there).'}`,
      { cause: error }
    )
  }
}

/**
 * Uploads a failed build's log as `<artifact-name>-build-log` (text compresses well, so this
 * one is zipped); a failure here is only a warning, the log stays on disk.
 */
export async function uploadBuildLog(
  platform: Platform,
  artifactName: string,
  logFile: string,
  retentionDays?: number
): Promise<void> {
  await uploadLogs(
    platform,
    `${artifactName}-build-log`,
    [logFile],
    retentionDays,
    'full build log'
  )
}

/** Uploads the smoke test's serial console logs as `<artifact-name>-smoke-console`. */
export async function uploadSmokeConsole(
  platform: Platform,
  artifactName: string,
  consoleLogs: string[],
  retentionDays?: number
): Promise<void> {
  const name = `${artifactName}-smoke-console`
  await uploadLogs(platform, name, consoleLogs, retentionDays, 'smoke test console log')
}

async function uploadLogs(
  platform: Platform,
  name: string,
  files: string[],
  retentionDays: number | undefined,
  what: string
): Promise<void> {
  try {
    const uploaded = await platform.artifacts.upload(name, files, path.dirname(files[0]), {
      retentionDays,
      compress: true
    })
    const copies = uploaded.location
      ? files.map(file => path.join(uploaded.location ?? '', path.basename(file)))
      : []
    platform.reporter.info(
      copies.length
        ? `The ${what} was copied to ${copies.join(', ')}.`
        : `The ${what} is in the artifact ${name}.`
    )
  } catch (error) {
    platform.reporter.warning(
      `The ${what} could not be uploaded: ${errorMessage(error)}. It stays at ${files.join(', ')}.`
    )
  }
}

export const artifactSlot = slot<UploadedArtifact & { name: string }>('artifact')

export const uploadImagesStage: Stage = {
  title: 'Upload images',
  modes: ['build'],
  onImageCacheHit: 'run',
  needs: [imagesSlot],
  provides: [artifactSlot],
  enabled: run => run.inputs.upload,
  // Built images are worth keeping even when the time limit stopped a later stage.
  inReserve: true,
  async run(run) {
    const { inputs, platform } = run
    const uploaded = await uploadImages(
      platform,
      inputs.artifactName,
      run.get(imagesSlot).dir,
      inputs.retentionDays
    )
    run.set(artifactSlot, { ...uploaded, name: inputs.artifactName })
    if (uploaded.id !== undefined) run.output('artifact-id', String(uploaded.id))
    if (uploaded.url) run.output('artifact-url', uploaded.url)
  }
}

export const uploadSmokeConsoleStage: Stage = {
  title: 'Upload the smoke test console',
  modes: ['build'],
  onImageCacheHit: 'run',
  needs: [smokeSlot],
  provides: [],
  enabled: run => run.inputs.upload && run.get(smokeSlot).boots.length > 0,
  inReserve: true,
  async run(run) {
    const { inputs } = run
    const consoleLogs = run.get(smokeSlot).boots.map(boot => boot.consoleLog)
    await uploadSmokeConsole(run.platform, inputs.artifactName, consoleLogs, inputs.retentionDays)
  }
}

/** A build that failed or was stopped leaves its log as an artifact of its own. */
export const uploadBuildLogStage: Stage = {
  title: 'Upload the build log',
  modes: ['build'],
  onImageCacheHit: 'skip',
  needs: [buildSlot],
  provides: [],
  enabled: run => run.inputs.upload && !run.get(buildSlot).ok,
  afterFailure: true,
  inReserve: true,
  async run(run) {
    const { inputs } = run
    await uploadBuildLog(
      run.platform,
      inputs.artifactName,
      run.get(buildSlot).logFile,
      inputs.retentionDays
    )
  }
}
