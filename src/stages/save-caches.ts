// Stage: save caches (the post step; it runs even when the build failed). ccache is saved
// under a new key every run, trimmed by ccache itself to ccache-max-size during the build.
// dl/ is saved only when it holds every file of the download list: a build that stopped
// half-way must not store a partial dl/ under the key of the complete list.
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
