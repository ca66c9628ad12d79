// Stage: restore caches. Two caches with different lifetimes:
// - dl/ (source tarballs) is keyed on the exact download list and shared by all targets;
//   a changed list restores the newest older entry, which still holds most files.
// - ccache is per target and toolchain and changes on every build, so each run saves a new
//   entry and the next run restores the newest one through the restore-key prefix.
// Buildroot reads both locations from the BR2_DL_DIR and BR2_CCACHE_DIR environment variables.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Target } from '../targets.js'
import type { CacheMode } from '../inputs/schema.js'
import type { Platform } from '../platform/types.js'
import { downloadList } from '../buildroot/show-info.js'
import { patchedSlot } from './buildroot-patches.js'
import { configuredSlot } from './configure.js'
import { packagesSlot } from './package-list.js'
import { buildrootSlot } from './resolve-buildroot.js'
import { restoreOne, type RestoredCache } from '../caches/entries.js'
import { cacheFolders } from '../caches/folders.js'
import { slot, type Stage } from './stage.js'

/** Bump to start every cache afresh after a change to what the caches hold. */
const CACHE_SCHEMA = 'v1'

export interface CachePlan {
  dlDir: string
  ccacheDir: string
  dlKey: string
  dlRestoreKeys: string[]
  ccacheKey: string
  ccacheRestoreKeys: string[]
}

export interface CachePlanInput {
  target: Target
  buildrootVersion: string
  dotConfig: Map<string, string>
  /** sha256 of the Buildroot patch series ('' without one): it changes what Buildroot builds. */
  patchSeries?: string
  downloads: string[]
  /** Stable folder for the cached directories: restore and save must use the same paths. */
  cacheRoot: string
  /** Makes each ccache save key unique (GitHub: run id and attempt). */
  runId: string
}

const sha = (text: string): string => crypto.createHash('sha256').update(text).digest('hex')

/** Symbols that change what the compiler produces: a different toolchain needs its own ccache. */
function toolchainFingerprint(dotConfig: Map<string, string>): string {
  const lines = [...dotConfig]
    .filter(([symbol]) =>
      /^BR2_(TOOLCHAIN|GCC|BINUTILS|ARCH|ENDIAN|ABI|x86|aarch64|arm|cortex|KERNEL_HEADERS|GLIBC|OPTIMIZE|SSP|FORTIFY|RELRO|PIC_PIE)/.test(
        symbol
      )
    )
    .map(([symbol, value]) => `${symbol}=${value}`)
    .sort()
  return sha(lines.join('\n')).slice(0, 12)
}

/**
 * dl/ is keyed on the download list alone: a patch series that changes a package's version changes
 * the list, and nothing else about the series changes what dl/ holds. ccache entries carry the
 * series (`p<sha>`, or `unpatched`); a run restores the newest entry of its own series first,
 * then the newest of any series of the same toolchain (ccache hashes what it compiles, so an
 * entry from another series is safe, just less useful).
 */
export function planCaches(input: CachePlanInput): CachePlan {
  const dlPrefix = `buildroot-dl-${CACHE_SCHEMA}-`
  const ccacheToolchain = `buildroot-ccache-${CACHE_SCHEMA}-${input.target}-${input.buildrootVersion}-${toolchainFingerprint(input.dotConfig)}-`
  const series = input.patchSeries ? `p${input.patchSeries.slice(0, 12)}` : 'unpatched'
  const ccachePrefix = `${ccacheToolchain}${series}-`
  return {
    ...cacheFolders(input.cacheRoot, input.target),
    dlKey: `${dlPrefix}${sha(input.downloads.join('\n')).slice(0, 20)}`,
    dlRestoreKeys: [dlPrefix],
    ccacheKey: `${ccachePrefix}${input.runId}`,
    ccacheRestoreKeys: [ccachePrefix, ccacheToolchain]
  }
}

/** What the main step hands to the post step. */
export interface CacheState {
  mode: CacheMode
  plan: CachePlan
  dlExactHit: boolean
  /** The download list, relative to dl/. */
  downloads: string[]
  /** ccache's size limit (ccache syntax), and the ccache Buildroot builds (host/bin/ccache). */
  ccacheMaxSize: string
  ccacheProgram: string
}

export const CACHE_STATE = 'caches'

export interface RestoredCaches {
  dl: RestoredCache
  ccache: RestoredCache
  /** True only when dl/ came from its exact key: nothing new to save. */
  dlExactHit: boolean
}

export async function restoreCaches(
  platform: Platform,
  plan: CachePlan,
  mode: CacheMode,
  /** ccache-remote-only: ccache keeps nothing locally, so nothing is restored. */
  remoteOnly = false
): Promise<RestoredCaches> {
  fs.mkdirSync(plan.dlDir, { recursive: true })
  fs.mkdirSync(plan.ccacheDir, { recursive: true })
  if (mode === 'off') {
    platform.reporter.info('Caches are off (cache: off): starting with empty dl/ and ccache.')
    const off = { result: 'off' }
    return { dl: off, ccache: off, dlExactHit: false }
  }
  const dl = await restoreOne(platform, 'dl/', plan.dlDir, plan.dlKey, plan.dlRestoreKeys)
  const ccache = remoteOnly
    ? { result: 'not restored: ccache-remote-only' }
    : await restoreOne(platform, 'ccache', plan.ccacheDir, plan.ccacheKey, plan.ccacheRestoreKeys)
  return { dl, ccache, dlExactHit: dl.matchedKey === plan.dlKey }
}

/**
 * Hands the cache plan to the post step before restoring, so that ccache is saved whatever
 * happens next, then restores both caches.
 */
export async function setUpCaches(
  platform: Platform,
  state: CacheState,
  remoteOnly = false
): Promise<RestoredCaches> {
  platform.saveState(CACHE_STATE, JSON.stringify(state))
  const restored = await restoreCaches(platform, state.plan, state.mode, remoteOnly)
  platform.saveState(CACHE_STATE, JSON.stringify({ ...state, dlExactHit: restored.dlExactHit }))
  return restored
}

export const cachePlanSlot = slot<CachePlan>('cache plan')
export const restoredCachesSlot = slot<RestoredCaches>('restored caches')

export const restoreCachesStage: Stage = {
  title: 'Restore caches',
  modes: ['build'],
  onImageCacheHit: 'skip',
  needs: [buildrootSlot, patchedSlot, configuredSlot, packagesSlot],
  provides: [cachePlanSlot, restoredCachesSlot],
  async run(run) {
    const { inputs, context, platform } = run
    const downloads = downloadList(run.get(packagesSlot))
    const plan = planCaches({
      target: inputs.target,
      buildrootVersion: run.get(buildrootSlot).version,
      dotConfig: run.get(configuredSlot).dotConfig,
      patchSeries: run.get(patchedSlot).series.sha256,
      downloads,
      cacheRoot: context.cacheRoot,
      runId: context.runId
    })
    run.set(cachePlanSlot, plan)
    const restored = await setUpCaches(
      platform,
      {
        mode: inputs.cache,
        plan,
        dlExactHit: false,
        downloads,
        ccacheMaxSize: inputs.ccacheMaxSize,
        ccacheProgram: path.join(inputs.outputDir, 'host', 'bin', 'ccache')
      },
      inputs.ccacheRemoteOnly
    )
    run.set(restoredCachesSlot, restored)
    run.output('dl-cache-hit', String(restored.dlExactHit))
    run.output('ccache-cache-hit', String(restored.ccache.matchedKey !== undefined))
  }
}
