// Stage: restore caches. Two caches with different lifetimes:
// - dl/ (source tarballs) is keyed on the exact download list and shared by all targets;
//   a changed list restores the newest older entry, which still holds most files.
// - ccache is per target and toolchain and changes on every build, so each run saves a new
//   entry and the next run restores the newest one through the restore-key prefix.
// Every key ends in the run's id and is restored by its prefix, so an entry is never saved over
// and the newest one wins: a damaged entry is replaced by the next run that saves one.
// Restoring, checking and saving are the cache layer's (caches/layer.ts).
// Buildroot reads both locations from the BR2_DL_DIR and BR2_CCACHE_DIR environment variables.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { ConfiguredTree } from '../buildroot/configure.js'
import { removeBadDownloads, type BadDownload } from '../buildroot/download-hashes.js'
import { CacheLayer, markRepaired, type CacheSpec, type RestoredCache } from '../caches/layer.js'
import { downloadList } from '../buildroot/show-info.js'
import { cacheFolders } from '../caches/folders.js'
import type { Runtime } from '../runtimes.js'
import type { CacheMode } from '../inputs/schema.js'
import type { Platform } from '../platform/types.js'
import type { Target } from '../targets.js'
import { patchedSlot } from './buildroot-patches.js'
import { configuredSlot } from './configure.js'
import { packagesSlot } from './package-list.js'
import { buildrootSlot } from './resolve-buildroot.js'
import { slot, type Run, type Stage } from './stage.js'

/** Bump to start every cache afresh after a change to what the caches hold. */
const CACHE_SCHEMA = 'v1'

export interface CachePlan {
  dlDir: string
  ccacheDir: string
  /** This run's dl/ key: the download list's hash, then the run id. */
  dlKey: string
  /** The list's own prefix first (an entry of the same list is a hit), then any list's. */
  dlRestoreKeys: string[]
  ccacheKey: string
  ccacheRestoreKeys: string[]
}

export interface CachePlanInput {
  target: Target
  /** Two runtimes of one target build in the same run: their ccache saves need keys of their own. */
  runtime: Runtime
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
 * entry from another series is safe, just less useful). Within a series, the newest entry of
 * the run's own runtime comes first, then that of the other runtime, which compiled the same
 * kernel and base system.
 */
export function planCaches(input: CachePlanInput): CachePlan {
  const dlPrefix = `buildroot-dl-${CACHE_SCHEMA}-`
  const ccacheToolchain = `buildroot-ccache-${CACHE_SCHEMA}-${input.target}-${input.buildrootVersion}-${toolchainFingerprint(input.dotConfig)}-`
  const series = input.patchSeries ? `p${input.patchSeries.slice(0, 12)}` : 'unpatched'
  const ccachePrefix = `${ccacheToolchain}${series}-`
  const dlList = `${dlPrefix}${sha(input.downloads.join('\n')).slice(0, 20)}-`
  // Neither runtime's name is the start of the other's: each prefix matches its own entries only.
  const ccacheRuntime = `${ccachePrefix}${input.runtime}-`
  return {
    ...cacheFolders(input.cacheRoot, input.target),
    dlKey: `${dlList}${input.runId}`,
    dlRestoreKeys: [dlList, dlPrefix],
    ccacheKey: `${ccacheRuntime}${input.runId}`,
    ccacheRestoreKeys: [ccacheRuntime, ccachePrefix, ccacheToolchain]
  }
}

export type { RestoredCache } from '../caches/layer.js'

/** What the main step hands to the post step. */
export interface CacheState {
  mode: CacheMode
  plan: CachePlan
  /** The download list, relative to dl/. */
  downloads: string[]
  /** ccache's size limit (ccache syntax), and the ccache Buildroot builds (host/bin/ccache). */
  ccacheMaxSize: string
  ccacheProgram: string
}

export const CACHE_STATE = 'caches'

/** What the cache layer restores and saves for dl/ and ccache. */
export function cacheSpecs(plan: CachePlan): { dl: CacheSpec; ccache: CacheSpec } {
  const withoutIt = 'The build goes on without it (slower).'
  return {
    dl: {
      label: 'dl/',
      paths: [plan.dlDir],
      key: plan.dlKey,
      restoreKeys: plan.dlRestoreKeys,
      withoutIt
    },
    ccache: {
      label: 'ccache',
      paths: [plan.ccacheDir],
      key: plan.ccacheKey,
      restoreKeys: plan.ccacheRestoreKeys,
      withoutIt
    }
  }
}

export interface RestoredCaches {
  dl: RestoredCache
  ccache: RestoredCache
  /** True when dl/ came from an entry of this very download list. */
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
  const caches = new CacheLayer(platform, mode)
  const specs = cacheSpecs(plan)
  const dl = await caches.restore(specs.dl)
  const ccache: RestoredCache = remoteOnly
    ? { state: 'off', result: 'not restored: ccache-remote-only' }
    : await caches.restore(specs.ccache)
  return { dl, ccache, dlExactHit: dl.state === 'hit' }
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
  return restoreCaches(platform, state.plan, state.mode, remoteOnly)
}

/**
 * Checks what dl/ holds (restored, or left by an earlier run) against the packages' .hash
 * files before the build; a file that fails is removed and named, the build downloads it again,
 * and the dl/ entry saved after the build carries the good file.
 */
export async function checkDownloads(
  platform: Platform,
  configured: ConfiguredTree,
  plan: CachePlan
): Promise<BadDownload[]> {
  const bad = await removeBadDownloads(configured, plan.dlDir)
  if (!bad.length) return bad
  markRepaired(
    cacheSpecs(plan).dl,
    bad.map(b => b.file)
  )
  const listed = bad.map(
    b =>
      `${b.file} (${b.package}: ${b.hashFile} lists ${b.type} ${b.expected}, the file has ${b.got})`
  )
  const one = bad.length === 1
  platform.reporter.warning(
    `dl/: ${bad.length} file${one ? '' : 's'} failed ${one ? 'its' : 'their'} package's .hash check and ${one ? 'was' : 'were'} removed before the build: ${listed.join('; ')}. ` +
      `The build downloads ${one ? 'it' : 'them'} again, and dl/ is saved with the good ${one ? 'file' : 'files'} when it completes.`
  )
  return bad
}

/** The cache plan of this run's configured tree: what the restore and the mirror stage read. */
export function planCachesOf(run: Run): CachePlan {
  const { inputs, context } = run
  return planCaches({
    target: inputs.target,
    runtime: inputs.runtime,
    buildrootVersion: run.get(buildrootSlot).version,
    dotConfig: run.get(configuredSlot).dotConfig,
    patchSeries: run.get(patchedSlot).series.sha256,
    downloads: downloadList(run.get(packagesSlot)),
    cacheRoot: context.cacheRoot,
    runId: context.runId
  })
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
    const { inputs, platform } = run
    const downloads = downloadList(run.get(packagesSlot))
    const configured = run.get(configuredSlot)
    const plan = planCachesOf(run)
    run.set(cachePlanSlot, plan)
    const restored = await setUpCaches(
      platform,
      {
        mode: inputs.cache,
        plan,
        downloads,
        ccacheMaxSize: inputs.ccacheMaxSize,
        ccacheProgram: path.join(inputs.outputDir, 'host', 'bin', 'ccache')
      },
      inputs.ccacheRemoteOnly
    )
    // Restored files are checked against their packages' .hash files before the build.
    await checkDownloads(platform, configured, plan)
    run.set(restoredCachesSlot, restored)
    run.output('dl-cache-hit', String(restored.dlExactHit))
    run.output('ccache-cache-hit', String(restored.ccache.matchedKey !== undefined))
  }
}
