// One cache entry restored or saved through the platform's store, with what happened in one line
// for the log and the summary. A failed restore or save is a warning: the run goes on without
// it (slower), never fails for it.
import type { Platform } from '../platform/types.js'
import { errorMessage } from '../util/errors.js'
import { directorySize } from '../util/fs.js'

export interface RestoredCache {
  /** Key the folder came from; undefined on a miss or when the service failed. */
  matchedKey?: string
  /** One line for the summary: how the restore went. */
  result: string
}

export interface SavedCache {
  name: string
  key?: string
  result: string
  size?: number
}

export async function restoreOne(
  platform: Platform,
  label: string,
  dir: string,
  key: string,
  restoreKeys: string[],
  /** What a failed restore means for the run. */
  withoutIt = 'The build goes on without it (slower).'
): Promise<RestoredCache> {
  try {
    const matchedKey = await platform.cache.restore([dir], key, restoreKeys)
    if (!matchedKey) {
      platform.reporter.info(
        `${label}: no cache entry for ${key} or its prefix ${restoreKeys.join(', ')}; starting empty.`
      )
      return { result: 'miss' }
    }
    const exact = matchedKey === key
    platform.reporter.info(`${label} restored from ${matchedKey}${exact ? ' (exact match)' : ''}.`)
    return { matchedKey, result: `${exact ? 'hit' : 'restored from'} \`${matchedKey}\`` }
  } catch (error) {
    platform.reporter.warning(
      `${label} could not be restored from ${platform.cache.description}: ${errorMessage(error)}. ${withoutIt}`
    )
    return { result: `unavailable: ${errorMessage(error)}` }
  }
}

export async function saveOne(
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
