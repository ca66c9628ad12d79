// Stage: save caches (the post step; it runs even when the build failed). ccache is saved
// under a new key every run, trimmed to ccache-max-size first.
// dl/ is saved only when it holds every file of the download list: a build that stopped
// half-way must not store a partial dl/ under the key of the complete list. What the list
// does not name (another target's sources restored through the key prefix, old versions, git
// clones) is removed first, so an entry holds one list and does not grow from run to run.
// The cache layer (caches/layer.ts) applies the cache mode and skips what did not change since
// it was restored: an exact dl/ hit is saved again only when the build changed it (a file
// that failed its .hash check was replaced).
import fs from 'node:fs'
import path from 'node:path'
import { CacheLayer, type SavedCache } from '../caches/layer.js'
import type { Platform } from '../platform/types.js'
import { errorMessage } from '../util/errors.js'
import { directorySize, isEmptyDirectory } from '../util/fs.js'
import { cancellation } from '../util/process-groups.js'
import { capture, CommandError } from '../util/run.js'
import { cacheSpecs, type CacheState } from './restore-caches.js'
import { formatBytes } from '../util/format.js'

export function missingDownloads(dlDir: string, downloads: string[]): string[] {
  return downloads.filter(file => !fs.existsSync(path.join(dlDir, file)))
}

/** Removes what under dlDir the download list does not name; returns how many files. */
export function pruneDownloads(dlDir: string, downloads: string[]): number {
  if (!fs.existsSync(dlDir)) return 0
  const wanted = new Set(downloads.map(file => path.normalize(file)))
  const prune = (dir: string): number => {
    let removed = 0
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        removed += prune(full)
        if (fs.readdirSync(full).length === 0) fs.rmdirSync(full)
      } else if (!wanted.has(path.relative(dlDir, full))) {
        fs.rmSync(full)
        removed++
      }
    }
    return removed
  }
  return prune(dlDir)
}

export async function saveCaches(platform: Platform, state: CacheState): Promise<SavedCache[]> {
  const { reporter } = platform
  const caches = new CacheLayer(platform, state.mode)
  if (!caches.saves) {
    reporter.info(`Caches are ${caches.whyNotSaved}.`)
    return []
  }
  const results: SavedCache[] = []
  const { plan } = state
  const specs = cacheSpecs(plan)

  if (isEmptyDirectory(plan.ccacheDir)) {
    results.push({ name: 'ccache', result: 'not saved: empty' })
  } else if (await trimCcache(platform, state)) {
    results.push(await caches.save(specs.ccache))
  } else {
    results.push({
      name: 'ccache',
      key: plan.ccacheKey,
      result: 'not saved: the trim was cancelled'
    })
  }

  const missing = missingDownloads(plan.dlDir, state.downloads)
  if (missing.length) {
    const examples = missing.slice(0, 5).join(', ')
    reporter.notice(
      `dl/ not saved: ${missing.length} of ${state.downloads.length} source files are missing (${examples}${missing.length > 5 ? ', ...' : ''}). ` +
        'A partial download is never cached; the next complete build saves it.'
    )
    results.push({
      name: 'dl/',
      result: `not saved: ${missing.length} of ${state.downloads.length} files missing`
    })
  } else {
    const removed = pruneDownloads(plan.dlDir, state.downloads)
    if (removed) {
      reporter.info(
        `dl/: ${removed} file(s) this build does not download were left out of the cache.`
      )
    }
    results.push(await caches.save(specs.dl))
  }
  return results
}

/**
 * ccache trims itself while it writes; a build that stopped early, or a limit lowered since the
 * last run, leaves more. Buildroot's ccache reads its folder from BR_CACHE_DIR (see its
 * package/ccache/ccache.mk); without that program (the build stopped before it), nothing to do.
 * Returns false when a cancel stopped the trim (then nothing is saved).
 */
async function trimCcache(platform: Platform, state: CacheState): Promise<boolean> {
  if (!fs.existsSync(state.ccacheProgram)) return true
  const before = directorySize(state.plan.ccacheDir)
  try {
    await capture(state.ccacheProgram, ['--cleanup'], {
      env: {
        ...process.env,
        BR_CACHE_DIR: state.plan.ccacheDir,
        CCACHE_MAXSIZE: state.ccacheMaxSize
      }
    })
    const after = directorySize(state.plan.ccacheDir)
    platform.reporter.info(
      `ccache trimmed to its ${state.ccacheMaxSize} limit: ${formatBytes(before)} → ${formatBytes(after)}.`
    )
    return true
  } catch (error) {
    // Killed by the step's cancel (not failed by itself).
    const stopped =
      error instanceof CommandError && error.result.signal ? cancellation() : undefined
    if (stopped) {
      platform.reporter.info(
        `The ccache trim was cancelled (${stopped.signal ?? stopped.reason}): ccache is not saved this time.`
      )
      return false
    }
    platform.reporter.warning(
      `ccache could not be trimmed to ${state.ccacheMaxSize} (${errorMessage(error)}); it is saved as it is.`
    )
    return true
  }
}
