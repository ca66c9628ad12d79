// Stage: the image cache. When nothing that shapes the images changed (the inputs hash,
// buildroot/inputs-hash.ts), the images of the build that had the same inputs are restored
// instead of building again: configure, the package list, dl/, ccache and the build are skipped,
// and the restored images go through every stage after "Collect images" as built ones do.
// An entry holds the artifact folder as "Collect images" left it (images, SHA256SUMS,
// manifest.json, the SBOM) and what that stage returned. It is saved right after "Collect
// images": what comes later (the CVE report) is about the day of the run, not about the images.
// Keys end in the run's id, and restores match by prefix, so `rebuild: always` stores a fresh
// entry that later runs prefer over the older one. The cache layer (caches/layer.ts) checks
// every file against the entry's manifest before it moves into place; then each image is
// checked once more against the size and sha256 "Collect images" recorded when it was built.
import fs from 'node:fs'
import path from 'node:path'
import { CacheLayer, type CacheSpec } from '../caches/layer.js'
import { buildrootTool, GENERATE_CYCLONEDX } from '../buildroot/python-tools.js'
import type { CacheMode, RebuildMode } from '../inputs/schema.js'
import type { Platform } from '../platform/types.js'
import type { Target } from '../targets.js'
import { errorMessage } from '../util/errors.js'
import { sha256File } from '../util/hash.js'
import {
  announceImages,
  artifactDirOf,
  imagesSlot,
  type CollectedImages,
  type ImageManifest
} from './collect-images.js'
import { configHashSlot } from './configure.js'
import { inputsHashSlot, requestedSlot } from './inputs-hash.js'
import { buildrootSlot } from './resolve-buildroot.js'
import { sbomCounts, sbomSlot } from './sbom.js'
import { slot, type Stage } from './stage.js'

/** Bump to start the image cache afresh after a change to what an entry holds. */
const IMAGE_CACHE_SCHEMA = 'v1'
const DESCRIPTION_FILE = 'collected-images.json'

/** State for the post step: the key the images were restored from, when nothing was built. */
export const IMAGES_RESTORED_STATE = 'images-restored'

export interface ImageCachePlan {
  key: string
  restoreKeys: string[]
  artifactDir: string
  /** Holds what "Collect images" returned, beside the artifact folder (which is uploaded). */
  descriptionDir: string
}

export function planImageCache(options: {
  target: Target
  inputsHash: string
  runId: string
  outputDir: string
}): ImageCachePlan {
  const prefix = `buildroot-k8s-images-${IMAGE_CACHE_SCHEMA}-${options.target}-${options.inputsHash.slice(0, 32)}-`
  return {
    key: `${prefix}${options.runId}`,
    restoreKeys: [prefix],
    artifactDir: artifactDirOf(options.outputDir),
    descriptionDir: path.join(options.outputDir, 'image-cache')
  }
}

const cachePaths = (plan: ImageCachePlan): string[] => [plan.artifactDir, plan.descriptionDir]

const imageSpec = (plan: ImageCachePlan): CacheSpec => ({
  label: 'The images',
  paths: cachePaths(plan),
  key: plan.key,
  restoreKeys: plan.restoreKeys,
  withoutIt: 'Building the images instead.',
  notSaved: 'The next run with the same inputs builds them again.'
})

/** Each listed image against the size and sha256 it had when collected; what differs, if any. */
async function differingImages(
  dir: string,
  files: CollectedImages['files']
): Promise<string | undefined> {
  for (const file of files) {
    const full = path.join(dir, file.name)
    if (!fs.existsSync(full)) return `${file.name} is missing`
    if (fs.statSync(full).size !== file.bytes) {
      return `${file.name} is ${fs.statSync(full).size} bytes, not the ${file.bytes} it was built with`
    }
    if ((await sha256File(full)) !== file.sha256) {
      return `${file.name} does not match the sha256 it was built with`
    }
  }
  return undefined
}

export interface RestoredImages {
  images: CollectedImages
  key: string
}

/**
 * Every file the restored description lists, with the size and sha256 it had when it was
 * collected, and a manifest for these very inputs; else what is wrong.
 */
async function verify(plan: ImageCachePlan, inputsHash: string): Promise<CollectedImages | string> {
  const descriptionFile = path.join(plan.descriptionDir, DESCRIPTION_FILE)
  if (!fs.existsSync(descriptionFile)) return `${DESCRIPTION_FILE} is missing`
  const images = JSON.parse(fs.readFileSync(descriptionFile, 'utf8')) as CollectedImages
  if (images.dir !== plan.artifactDir) return `it was collected in ${images.dir}`
  const manifest = JSON.parse(fs.readFileSync(images.manifest, 'utf8')) as ImageManifest
  if (manifest.inputsHash !== inputsHash) return 'its manifest.json has another inputs hash'
  return (await differingImages(plan.artifactDir, images.files)) ?? images
}

export async function restoreImages(
  platform: Platform,
  plan: ImageCachePlan,
  options: { cache: CacheMode; rebuild: RebuildMode; inputsHash: string }
): Promise<RestoredImages | undefined> {
  const { reporter } = platform
  if (options.rebuild === 'always') {
    reporter.info('rebuild: always: building, whatever the image cache holds for these inputs.')
    return undefined
  }
  // What an earlier run left in the output folder must not mix with what is restored.
  for (const dir of cachePaths(plan)) fs.rmSync(dir, { recursive: true, force: true })
  const restored = await new CacheLayer(platform, options.cache).restore(imageSpec(plan))
  const key = restored.matchedKey
  if (!key) {
    if (restored.state === 'miss') {
      reporter.info(
        `No images in the cache for these inputs (${plan.restoreKeys[0]}*): building them.`
      )
    }
    return undefined
  }
  let verified: CollectedImages | string
  try {
    verified = await verify(plan, options.inputsHash)
  } catch (error) {
    verified = errorMessage(error)
  }
  if (typeof verified === 'string') {
    reporter.warning(
      `The images restored from ${key} are not usable (${verified}): building them instead.`
    )
    for (const dir of cachePaths(plan)) fs.rmSync(dir, { recursive: true, force: true })
    return undefined
  }
  reporter.info(
    `Nothing that shapes the images changed: restored them from ${key} (${verified.files.length} files, every sha256 checked). Set rebuild: always to build anyway.`
  )
  return { images: verified, key }
}

/**
 * Saves the collected images for later runs with the same inputs; a failure is a warning.
 * Each image is checked against what "Collect images" recorded first: a file changed since
 * (by anything) is never stored for a later run to deliver.
 */
export async function saveImages(
  platform: Platform,
  plan: ImageCachePlan,
  images: CollectedImages,
  cache: CacheMode
): Promise<string> {
  const caches = new CacheLayer(platform, cache)
  if (!caches.saves) return caches.whyNotSaved
  const changed = await differingImages(plan.artifactDir, images.files)
  if (changed) {
    platform.reporter.warning(
      `The images are not saved to the image cache: ${changed} (changed after it was collected). The next run with the same inputs builds them again.`
    )
    return `not saved: ${changed}`
  }
  fs.rmSync(plan.descriptionDir, { recursive: true, force: true })
  fs.mkdirSync(plan.descriptionDir, { recursive: true })
  fs.writeFileSync(path.join(plan.descriptionDir, DESCRIPTION_FILE), JSON.stringify(images))
  const saved = await caches.save(imageSpec(plan))
  return saved.saved ? `saved as \`${saved.key}\`` : saved.result
}

export const imageCachePlanSlot = slot<ImageCachePlan>('image cache plan')
/** The image cache entry the images came from, when nothing was built. */
export const restoredImagesSlot = slot<RestoredImages>('restored images')

export const restoreImagesStage: Stage = {
  title: 'Restore images',
  modes: ['build'],
  onImageCacheHit: 'run',
  needs: [buildrootSlot, inputsHashSlot, requestedSlot],
  provides: [imageCachePlanSlot],
  providesOnImageCacheHit: [restoredImagesSlot, imagesSlot, configHashSlot, sbomSlot],
  async run(run) {
    const { inputs, context, platform } = run
    const inputsHash = run.get(inputsHashSlot)
    const plan = planImageCache({
      target: inputs.target,
      inputsHash,
      runId: context.runId,
      outputDir: inputs.outputDir
    })
    run.set(imageCachePlanSlot, plan)
    const restored = await restoreImages(platform, plan, {
      cache: inputs.cache,
      rebuild: inputs.rebuild,
      inputsHash
    })
    run.output('image-cache-hit', String(restored !== undefined))
    if (!restored) return
    run.imageCacheHit = true
    run.set(restoredImagesSlot, restored)
    run.set(imagesSlot, restored.images)
    // The configuration these images were built from is the one requested now.
    const configHash = run.get(requestedSlot).configHash
    run.set(configHashSlot, configHash)
    run.output('config-hash', configHash)
    platform.saveState(IMAGES_RESTORED_STATE, restored.key)
    announceImages(run, restored.images)
    const { sbom } = restored.images
    run.set(sbomSlot, sbom ? sbomCounts(sbom) : undefined)
    if (!sbom && buildrootTool(run.get(buildrootSlot).sourceDir, GENERATE_CYCLONEDX)) {
      run.reporter.notice(
        'The images restored from the image cache have no SBOM (it could not be made when they were built): set rebuild: always to build them with one.'
      )
    }
  }
}

export const saveImagesStage: Stage = {
  title: 'Save images to the image cache',
  modes: ['build'],
  onImageCacheHit: 'skip',
  needs: [imageCachePlanSlot, imagesSlot],
  provides: [],
  async run(run) {
    await saveImages(
      run.platform,
      run.get(imageCachePlanSlot),
      run.get(imagesSlot),
      run.inputs.cache
    )
  }
}
