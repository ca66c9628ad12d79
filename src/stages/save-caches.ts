// Stage: save caches (the post step; it runs even when the build failed). ccache is saved
// under a new key every run, trimmed by ccache itself to ccache-max-size during the build.
// dl/ is saved only when it holds every file of the download list: a build that stopped
// half-way must not store a partial dl/ under the key of the complete list. What the list
// does not name (another target's sources restored through the key prefix, old versions, git
// clones) is removed first, so an entry holds one list and does not grow from run to run.
import fs from 'node:fs'
import path from 'node:path'
import type { CacheMode } from '../inputs.js'
import type { Platform } from '../platform/types.js'
import { errorMessage } from '../util/errors.js'
import { directorySize, isEmptyDirectory } from '../util/fs.js'
import type { CachePlan } from './restore-caches.js'

/** What the main step hands to the post step. */
export interface CacheState {
  mode: CacheMode
  plan: CachePlan
  dlExactHit: boolean
  /** The download list, relative to dl/. */
  downloads: string[]
}

export const CACHE_STATE = 'caches'

export interface SavedCache {
  name: string
  key?: string
  result: string
  size?: number
}

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
  if (state.mode !== 'read-write') {
    reporter.info(`Caches are not saved (cache: ${state.mode}).`)
    return []
  }
  const results: SavedCache[] = []
  const { plan } = state

  if (isEmptyDirectory(plan.ccacheDir)) {
    results.push({ name: 'ccache', result: 'not saved: empty' })
  } else {
    results.push(await saveOne(platform, 'ccache', plan.ccacheDir, plan.ccacheKey))
  }

  if (state.dlExactHit) {
    results.push({
      name: 'dl/',
      key: plan.dlKey,
      result: 'not saved: restored from this exact key'
    })
  } else {
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
      results.push(await saveOne(platform, 'dl/', plan.dlDir, plan.dlKey))
    }
  }
  return results
}

async function saveOne(
  platform: Platform,
  name: string,
  dir: string,
  key: string
): Promise<SavedCache> {
  const size = directorySize(dir)
  try {
    await platform.cache.save([dir], key)
    platform.reporter.info(`${name} saved as ${key}.`)
    return { name, key, result: 'saved', size }
  } catch (error) {
    platform.reporter.warning(
      `${name} could not be saved to ${platform.cache.description} as ${key}: ${errorMessage(error)}`
    )
    return { name, key, result: `not saved: ${errorMessage(error)}`, size }
  }
}
