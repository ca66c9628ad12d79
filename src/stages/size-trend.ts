// Stage: size trend. Each image's size against the last successful build of the same target
// and runtime, whose manifest.json is kept in a small cache entry per target and runtime (a
// new key per run; the newest
// is restored through the key prefix). A change past size-change-warning, either way, is a
// warning: an image that shrank by a fifth because packages fell out of the configuration
// builds and boots just as green as a good one.
import fs from 'node:fs'
import path from 'node:path'
import { RUNTIME, type Runtime } from '../runtimes.js'
import type { CacheMode } from '../inputs/schema.js'
import type { Target } from '../targets.js'
import type { Platform } from '../platform/types.js'
import { CacheLayer, type CacheSpec } from '../caches/layer.js'
import { errorMessage } from '../util/errors.js'
import { imagesSlot, SBOM_FILE, type ImageManifest } from './collect-images.js'
import { smokeSlot } from './smoke-test.js'
import { slot, type Stage } from './stage.js'
import { formatBytes, formatPercent } from '../util/format.js'

export interface SizeChange {
  name: string
  bytes: number
  /** Size in the last build; undefined for a file that build did not have. */
  previous?: number
  /** Change in percent of the previous size. */
  percent?: number
  /** Past the size-change-warning threshold. */
  flagged: boolean
}

export interface LastManifestPlan {
  dir: string
  key: string
  restoreKeys: string[]
}

const MANIFEST_SCHEMA = 'v1'

export function planLastManifest(options: {
  target: Target
  runtime: Runtime
  runId: string
  cacheRoot: string
}): LastManifestPlan {
  // Both names in full: neither runtime's key starts with the other's prefix, so a containerd
  // build never compares itself with a CRI-O one.
  const image = `${options.target}-${options.runtime}`
  const prefix = `buildroot-k8s-manifest-${MANIFEST_SCHEMA}-${image}-`
  return {
    dir: path.join(options.cacheRoot, `last-manifest-${image}`),
    key: `${prefix}${options.runId}`,
    restoreKeys: [prefix]
  }
}

/** The images' sizes against the previous build's (the SBOM is not an image). */
export function compareSizes(
  current: { name: string; bytes: number }[],
  previous: { name: string; bytes: number }[],
  thresholdPercent: number | undefined
): SizeChange[] {
  const before = new Map(previous.map(file => [file.name, file.bytes]))
  return current
    .filter(file => file.name !== SBOM_FILE)
    .map(file => {
      const old = before.get(file.name)
      if (!old) return { name: file.name, bytes: file.bytes, previous: old, flagged: false }
      const percent = ((file.bytes - old) / old) * 100
      return {
        name: file.name,
        bytes: file.bytes,
        previous: old,
        percent,
        flagged: thresholdPercent !== undefined && Math.abs(percent) > thresholdPercent
      }
    })
}

const manifestSpec = (plan: LastManifestPlan, label: string): CacheSpec => ({
  label,
  paths: [plan.dir],
  key: plan.key,
  restoreKeys: plan.restoreKeys,
  withoutIt: 'No size comparison this time.'
})

/** The last successful build's manifest for this target, when the cache has one. */
export async function restoreLastManifest(
  platform: Platform,
  plan: LastManifestPlan,
  cache: CacheMode
): Promise<ImageManifest | undefined> {
  fs.rmSync(plan.dir, { recursive: true, force: true })
  const restored = await new CacheLayer(platform, cache).restore(
    manifestSpec(plan, 'The last build’s manifest')
  )
  const file = path.join(plan.dir, 'manifest.json')
  if (!restored.matchedKey || !fs.existsSync(file)) return undefined
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as ImageManifest
  } catch (error) {
    platform.reporter.warning(
      `The last build’s manifest from ${restored.matchedKey} does not read (${errorMessage(error)}): no size comparison.`
    )
    return undefined
  }
}

/** "amd64 with CRI-O"; a manifest from before runtimes is containerd's. */
function describeImage(manifest: ImageManifest): string {
  return `${manifest.target} with ${RUNTIME[manifest.runtime ?? 'containerd'].title}`
}

/** Compares, warns on each change past the threshold, and returns the rows for the summary. */
export function reportSizeTrend(
  platform: Platform,
  current: ImageManifest,
  previous: ImageManifest | undefined,
  thresholdPercent: number | undefined
): SizeChange[] {
  if (!previous) {
    platform.reporter.info(
      `No earlier successful build of ${describeImage(current)} in the cache: no size comparison this time.`
    )
    return []
  }
  const changes = compareSizes(current.files, previous.files, thresholdPercent)
  for (const change of changes.filter(c => c.flagged)) {
    platform.reporter.warning(
      `${change.name} is ${formatBytes(change.bytes)}, ${formatPercent(change.percent ?? 0)} against ${formatBytes(change.previous ?? 0)} in the last successful build of ${describeImage(current)} ` +
        `(size-change-warning: ${thresholdPercent}%). If the change is not intended, compare the two builds' manifest.json and package lists.`
    )
  }
  return changes
}

/** Keeps this build's manifest as the one the next build compares with. */
export async function saveLastManifest(
  platform: Platform,
  plan: LastManifestPlan,
  manifestFile: string,
  cache: CacheMode
): Promise<void> {
  const caches = new CacheLayer(platform, cache)
  const spec = manifestSpec(plan, 'This build’s manifest')
  if (!caches.saves) return
  fs.rmSync(plan.dir, { recursive: true, force: true })
  fs.mkdirSync(plan.dir, { recursive: true })
  fs.copyFileSync(manifestFile, path.join(plan.dir, 'manifest.json'))
  await caches.save(spec)
}

export const sizesSlot = slot<SizeChange[]>('sizes')
const lastManifestSlot = slot<LastManifestPlan>('last manifest plan')

function readManifest(file: string): ImageManifest {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ImageManifest
}

export const sizeTrendStage: Stage = {
  title: 'Size against the last build',
  modes: ['build'],
  onImageCacheHit: 'run',
  needs: [imagesSlot],
  provides: [sizesSlot, lastManifestSlot],
  async run(run) {
    const { inputs, context, platform } = run
    const plan = planLastManifest({
      target: inputs.target,
      runtime: inputs.runtime,
      runId: context.runId,
      cacheRoot: context.cacheRoot
    })
    run.set(lastManifestSlot, plan)
    const previous = await restoreLastManifest(platform, plan, inputs.cache)
    run.set(
      sizesSlot,
      reportSizeTrend(
        platform,
        readManifest(run.get(imagesSlot).manifest),
        previous,
        inputs.sizeChangeWarning
      )
    )
  }
}

/** Only a build whose smoke test did not fail is the last good build the next one compares with. */
export const keepManifestStage: Stage = {
  title: 'Keep this build for the size trend',
  modes: ['build'],
  onImageCacheHit: 'run',
  needs: [imagesSlot, lastManifestSlot],
  provides: [],
  enabled: run => run.find(smokeSlot)?.outcome !== 'failed',
  async run(run) {
    await saveLastManifest(
      run.platform,
      run.get(lastManifestSlot),
      run.get(imagesSlot).manifest,
      run.inputs.cache
    )
  }
}
