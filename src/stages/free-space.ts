// Stage: check free space. A build that runs out of disk fails hours in, somewhere in a
// compiler or tar, so the space it needs is checked before anything is restored or built: the
// output folder and the cache folders, on whichever disks they are. The figures (see README,
// "Disk space") are what a first build of the shipped configuration writes; what an earlier
// run left in the same folders is counted as already there.
import { ccacheBytes } from '../inputs/values.js'
import { TARGET, type Target } from '../targets.js'
import type { Reporter } from '../platform/types.js'
import { describeSpace, FREE_SPACE_ADVICE, spaceAt, type Folder } from '../util/disk.js'
import { directorySize } from '../util/fs.js'
import { formatBytes } from '../util/format.js'
import { UserError } from '../util/errors.js'
import { cacheFolders } from '../caches/folders.js'
import type { Stage } from './stage.js'

const GiB = 1024 ** 3

/**
 * What a first build writes into output-dir (build/, host/, staging/, target/, images/ and the
 * artifact folder: the target's record) and into dl/; see README "Disk space".
 */
export interface SpaceNeeded {
  outputBytes: number
  dlBytes: number
}

export const DL_BYTES = 2 * GiB

export class NotEnoughSpaceError extends UserError {}

export interface SpaceCheck {
  target: Target
  outputDir: string
  dlDir: string
  ccacheDir: string
  ccacheMaxSize: string
  /** The figures to check against (default: the target's; tests give their fixture's), or false to skip. */
  needed?: SpaceNeeded | false
}

interface Need extends Folder {
  bytes: number
  what: string
}

export function checkFreeSpace(reporter: Reporter, check: SpaceCheck): void {
  if (check.needed === false) {
    reporter.info('Free space is not checked (BUILDROOT_K8S_SPACE_CHECK=off).')
    return
  }
  const needed = check.needed ?? {
    outputBytes: TARGET[check.target].outputBytes,
    dlBytes: DL_BYTES
  }
  const needs: Need[] = [
    {
      name: 'output-dir',
      dir: check.outputDir,
      bytes: needed.outputBytes - directorySize(check.outputDir),
      what: `the build in output-dir (about ${formatBytes(needed.outputBytes)} for ${check.target})`
    },
    {
      name: 'dl/',
      dir: check.dlDir,
      bytes: needed.dlBytes - directorySize(check.dlDir),
      what: `the sources in dl/ (about ${formatBytes(needed.dlBytes)})`
    },
    {
      name: 'ccache',
      dir: check.ccacheDir,
      bytes: ccacheBytes(check.ccacheMaxSize) - directorySize(check.ccacheDir),
      what: `ccache (up to ccache-max-size, ${check.ccacheMaxSize})`
    }
  ]
  // Folders on one disk share its free space.
  const byDevice = new Map<number, { free: number; needs: Need[] }>()
  for (const need of needs) {
    const space = spaceAt(need.dir)
    if (!space) continue
    const entry = byDevice.get(space.device) ?? { free: space.free, needs: [] }
    entry.needs.push({ ...need, bytes: Math.max(0, need.bytes) })
    byDevice.set(space.device, entry)
  }
  for (const { free, needs: on } of byDevice.values()) {
    const needed = on.reduce((sum, need) => sum + need.bytes, 0)
    const folders = on.map(need => `${need.name} (${need.dir})`).join(', ')
    if (free < needed) {
      throw new NotEnoughSpaceError(
        `Not enough free disk space for a build of ${check.target}: ${folders} ${on.length > 1 ? 'are on a disk' : 'is on a disk'} with ${formatBytes(free)} free, ` +
          `and ${formatBytes(needed)} more is needed there for ${on.map(need => need.what).join(', ')}. ${FREE_SPACE_ADVICE}`
      )
    }
  }
  reporter.info(
    `Free space: ${describeSpace(needs).join('; ')}. Enough for a build of ${check.target} (README, "Disk space").`
  )
}

export const freeSpaceStage: Stage = {
  title: 'Check free disk space',
  modes: ['build'],
  onImageCacheHit: 'skip',
  needs: [],
  provides: [],
  async run({ inputs, context, reporter }) {
    const folders = cacheFolders(context.cacheRoot, inputs.target)
    checkFreeSpace(reporter, {
      target: inputs.target,
      outputDir: inputs.outputDir,
      dlDir: folders.dlDir,
      ccacheDir: folders.ccacheDir,
      ccacheMaxSize: inputs.ccacheMaxSize,
      needed: context.spaceNeeded
    })
  }
}
