// Stage: check free space. A build that runs out of disk fails hours in, somewhere in a
// compiler or tar, so the space it needs is checked before anything is restored or built: the
// output folder and the cache folders, on whichever disks they are. The figures (see README,
// "Disk space") are what a first build of the shipped configuration writes; what an earlier
// run left in the same folders is counted as already there.
import type { Target } from '../targets.js'
import type { Reporter } from '../platform/types.js'
import { describeSpace, FREE_SPACE_ADVICE, spaceAt, type Folder } from '../util/disk.js'
import { directorySize } from '../util/fs.js'
import { formatBytes } from '../util/format.js'
import { UserError } from '../util/errors.js'

const GiB = 1024 ** 3

/**
 * What a first build writes into output-dir (build/, host/, staging/, target/, images/ and the
 * artifact folder), per target, and into dl/; see README "Disk space" for where they come from.
 */
export interface SpaceNeeded {
  output: Record<Target, number>
  dl: number
}

export const SPACE_NEEDED: SpaceNeeded = {
  output: { amd64: 12 * GiB, arm64: 14 * GiB },
  dl: 2 * GiB
}

/** ccache's size syntax (decimal units, as ccache reads them): 500M, 3G, 1.5T. */
export function ccacheBytes(size: string): number {
  const match = /^(\d+(?:\.\d+)?)([KMGT]?)$/i.exec(size)
  if (!match) return 0
  const power = ['', 'K', 'M', 'G', 'T'].indexOf(match[2].toUpperCase())
  return Number(match[1]) * 1000 ** power
}

export class NotEnoughSpaceError extends UserError {}

export interface SpaceCheck {
  target: Target
  outputDir: string
  dlDir: string
  ccacheDir: string
  ccacheMaxSize: string
  /** The figures to check against (SPACE_NEEDED; tests give their fixture's), or false to skip. */
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
  const needed = check.needed ?? SPACE_NEEDED
  const needs: Need[] = [
    {
      name: 'output-dir',
      dir: check.outputDir,
      bytes: needed.output[check.target] - directorySize(check.outputDir),
      what: `the build in output-dir (about ${formatBytes(needed.output[check.target])} for ${check.target})`
    },
    {
      name: 'dl/',
      dir: check.dlDir,
      bytes: needed.dl - directorySize(check.dlDir),
      what: `the sources in dl/ (about ${formatBytes(needed.dl)})`
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
