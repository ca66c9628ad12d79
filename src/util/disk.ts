// Disk space: a full disk shows up as ENOSPC from Node or "No space left on device" in a tool's
// output, wherever it happens (make, tar, a compiler, our own writes). Whoever sees it first
// would blame what it was doing (the defconfig, the kernel tree); this names the folder that
// is full and how much is free instead.
import fs from 'node:fs'
import path from 'node:path'
import { formatBytes } from './format.js'
import { errorMessage } from './errors.js'

export interface Space {
  free: number
  total: number
  /** The device the folder is on: folders on one device share its free space. */
  device: number
}

/** Free space of the file system holding `dir` (or its nearest existing parent). */
export function spaceAt(dir: string): Space | undefined {
  let existing = path.resolve(dir)
  while (!fs.existsSync(existing)) {
    const parent = path.dirname(existing)
    if (parent === existing) return undefined
    existing = parent
  }
  try {
    const stats = fs.statfsSync(existing)
    return {
      free: stats.bavail * stats.bsize,
      total: stats.blocks * stats.bsize,
      device: fs.statSync(existing).dev
    }
  } catch {
    return undefined
  }
}

const NO_SPACE = /No space left on device|ENOSPC|Disk quota exceeded|EDQUOT/

/** Whether an error (or a command's output within it) says the disk is full. */
export function isDiskFull(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOSPC' || code === 'EDQUOT') return true
    if (NO_SPACE.test(errorMessage(e))) return true
  }
  return false
}

/** How to make room: the README's clean-up step on hosted runners, or a larger disk. */
export const FREE_SPACE_ADVICE =
  'On GitHub-hosted runners, free-disk-space (auto by default) removes the runner\'s unused toolchains when the space falls short (README, "Bigger builds"); set it to true on another runner, or point output-dir at a larger disk; ' +
  'on your own machine, delete old output folders or lower ccache-max-size.'

export interface Folder {
  name: string
  dir: string
}

/** "<name> <dir>: X free of Y" for each file system among `folders`, the fullest first. */
export function describeSpace(folders: Folder[]): string[] {
  const byDevice = new Map<number, { space: Space; folders: Folder[] }>()
  for (const folder of folders) {
    const space = spaceAt(folder.dir)
    if (!space) continue
    const entry = byDevice.get(space.device) ?? { space, folders: [] }
    entry.folders.push(folder)
    byDevice.set(space.device, entry)
  }
  return [...byDevice.values()]
    .sort((a, b) => a.space.free - b.space.free)
    .map(
      ({ space, folders: on }) =>
        `${on.map(f => `${f.name} (${f.dir})`).join(', ')}: ${formatBytes(space.free)} free of ${formatBytes(space.total)}`
    )
}

/** The message for a full disk: which folders are on which file system, and what is free. */
export function diskFullMessage(folders: Folder[], during: string): string {
  const lines = describeSpace(folders)
  return [
    `No space left on device during ${during}.`,
    ...(lines.length ? [`Free space now: ${lines.join('; ')}.`] : []),
    FREE_SPACE_ADVICE
  ].join(' ')
}
