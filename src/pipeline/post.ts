// The post step: saves the caches the main step restored, whatever the build's outcome.
import type { Platform } from '../platform/types.js'
import { IMAGES_RESTORED_STATE } from '../stages/image-cache.js'
import { CACHE_STATE, type CacheState } from '../stages/restore-caches.js'
import { saveCaches } from '../stages/save-caches.js'
import { formatBytes } from '../util/format.js'
import { tableCell } from '../util/text.js'

export async function runPost(platform: Platform): Promise<void> {
  const raw = platform.getState(CACHE_STATE)
  if (!raw) {
    const restoredFrom = platform.getState(IMAGES_RESTORED_STATE)
    platform.reporter.info(
      restoredFrom
        ? `The images came from the image cache (${restoredFrom}): nothing was built, so there is no dl/ or ccache to save.`
        : 'The run stopped before the caches were set up: nothing to save.'
    )
    return
  }
  const saved = await saveCaches(platform, JSON.parse(raw) as CacheState)
  if (!saved.length) return
  const rows = saved.map(
    s =>
      `| ${s.name} | ${s.key ? `\`${tableCell(s.key)}\`` : ''} | ${tableCell(s.result)} | ${s.size === undefined ? '' : formatBytes(s.size)} |`
  )
  await platform.writeSummary(
    [
      '### Caches saved',
      '',
      '| Cache | Key | Result | Size |',
      '| --- | --- | --- | ---: |',
      ...rows,
      ''
    ].join('\n')
  )
}
