// Stage: check free space. A build that runs out of disk fails hours in, somewhere in a
// compiler or tar, so the space it needs is checked before anything is restored or built: the
// output folder and the cache folders, on whichever disks they are. The figures (see README,
// "Disk space") are what a first build of the shipped configuration writes; what an earlier
// run left in the same folders is counted as already there. Before it, free-disk-space may
// make room on the runner (platform/hosted-runner-disk.ts).
import { ccacheBytes } from '../inputs/values.js'
import { TARGET, type Target } from '../targets.js'
import type { Reporter } from '../platform/types.js'
import { describeSpace, FREE_SPACE_ADVICE, spaceAt, type Folder } from '../util/disk.js'
import { directorySize } from '../util/fs.js'
import { formatBytes } from '../util/format.js'
import { UserError } from '../util/errors.js'
import { freeRunnerDisk, RUNNER_TOOLCHAINS } from '../platform/hosted-runner-disk.js'
import { cacheFolders } from '../caches/folders.js'
import type { Run, Stage } from './stage.js'

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
  /** ccache's size limit; undefined when nothing is cached locally (ccache-remote-only). */
  ccacheMaxSize?: string
  /** The figures to check against (default: the target's; tests give their fixture's), or false to skip. */
  needed?: SpaceNeeded | false
}

interface Need extends Folder {
  bytes: number
  what: string
}

/** What the free-space check finds: the message when a disk is short, or the line when not. */
export function measureFreeSpace(
  check: SpaceCheck
): { short: false; line: string } | { short: true; message: string } {
  const needed = check.needed || {
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
    // With ccache-remote-only nothing is cached locally.
    ...(check.ccacheMaxSize
      ? [
          {
            name: 'ccache',
            dir: check.ccacheDir,
            bytes: ccacheBytes(check.ccacheMaxSize) - directorySize(check.ccacheDir),
            what: `ccache (up to ccache-max-size, ${check.ccacheMaxSize})`
          }
        ]
      : [])
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
      return {
        short: true,
        message:
          `Not enough free disk space for a build of ${check.target}: ${folders} ${on.length > 1 ? 'are on a disk' : 'is on a disk'} with ${formatBytes(free)} free, ` +
          `and ${formatBytes(needed)} more is needed there for ${on.map(need => need.what).join(', ')}. ${FREE_SPACE_ADVICE}`
      }
    }
  }
  return {
    short: false,
    line: `Free space: ${describeSpace(needs).join('; ')}. Enough for a build of ${check.target} (README, "Disk space").`
  }
}

export function checkFreeSpace(
  reporter: Reporter,
  check: SpaceCheck,
  measured = check.needed === false ? undefined : measureFreeSpace(check)
): void {
  if (!measured) {
    reporter.info('Free space is not checked (BUILDROOT_K8S_SPACE_CHECK=off).')
    return
  }
  if (measured.short) throw new NotEnoughSpaceError(measured.message)
  reporter.info(measured.line)
}

type Measured = ReturnType<typeof measureFreeSpace>

/**
 * free-disk-space: whether to remove the runner's unused toolchains now. auto does so on a
 * GitHub-hosted Linux runner when the check would fail (`measured`); a self-hosted runner is
 * someone's machine, and only true touches it.
 */
function shouldFreeDiskSpace(run: Run, measured: Measured | undefined): boolean {
  const { inputs, context, reporter } = run
  if (inputs.freeDiskSpace === 'true') return true
  if (inputs.freeDiskSpace === 'false' || !measured?.short) return false
  if (context.runner !== 'github-hosted' || process.platform !== 'linux') {
    reporter.info(
      `free-disk-space is auto, and this is ${context.runner === 'self-hosted' ? 'a self-hosted runner' : 'not a GitHub-hosted runner'}: nothing is removed here unless free-disk-space is true.`
    )
    return false
  }
  return true
}

/** Removes the runner's unused toolchains and says what that gave. */
export async function freeDiskSpace(run: Run, keep: string[]): Promise<void> {
  const root = run.context.runnerRoot ?? '/'
  const freed = await freeRunnerDisk({ root, keep })
  const { reporter } = run
  for (const kept of freed.kept) reporter.info(`free-disk-space left ${kept.path}: ${kept.why}.`)
  if (!freed.removed.length) {
    reporter.info(
      `free-disk-space: none of the toolchains it removes (${RUNNER_TOOLCHAINS.map(t => t.path).join(', ')}, under ${root}) is on this runner${freed.kept.length ? ' but those it left' : ''}: nothing removed.`
    )
    return
  }
  const gained = freed.disks
    .map(
      disk =>
        `${formatBytes(Math.max(0, disk.after - disk.before))} more free on the disk of ${disk.dir} (${formatBytes(disk.before)} → ${formatBytes(disk.after)})`
    )
    .join('; ')
  reporter.info(
    `free-disk-space removed ${freed.removed.map(r => `${r.path} (${r.what})`).join(', ')}: ${gained}.`
  )
}

export const freeSpaceStage: Stage = {
  title: 'Check free disk space',
  modes: ['build'],
  onImageCacheHit: 'skip',
  needs: [],
  provides: [],
  async run(run) {
    const { inputs, context, reporter, platform } = run
    const folders = cacheFolders(context.cacheRoot, inputs.target)
    const check: SpaceCheck = {
      target: inputs.target,
      outputDir: inputs.outputDir,
      dlDir: folders.dlDir,
      ccacheDir: folders.ccacheDir,
      ccacheMaxSize: inputs.ccacheRemoteOnly ? undefined : inputs.ccacheMaxSize,
      needed: context.spaceNeeded
    }
    let measured = check.needed === false ? undefined : measureFreeSpace(check)
    if (shouldFreeDiskSpace(run, measured)) {
      await freeDiskSpace(run, [
        inputs.outputDir,
        context.cacheRoot,
        context.actionRoot,
        inputs.configDir,
        ...[inputs.buildrootSrc, inputs.linuxSrc, context.env.GITHUB_WORKSPACE].filter(
          (dir): dir is string => Boolean(dir)
        ),
        ...inputs.br2External,
        platform.tempDir,
        platform.tools.dir
      ])
      if (measured) measured = measureFreeSpace(check)
    }
    checkFreeSpace(reporter, check, measured)
  }
}
