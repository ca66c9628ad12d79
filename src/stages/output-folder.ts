// Stage: the output folder. Before Buildroot writes anything, output-dir must be a folder of
// this action's own: new or empty, or one that an earlier run of the action built in. An
// existing folder with anything else in it is refused, so a mistyped output-dir can never mix
// Buildroot's build/, host/ and .config into someone's files. A folder that cannot be written
// is named here, not an hour later as an ENOENT from deep inside make.
import fs from 'node:fs'
import path from 'node:path'
import { RUNTIME, type Runtime } from '../runtimes.js'
import type { Target } from '../targets.js'
import type { Reporter } from '../platform/types.js'
import type { Stage } from './stage.js'
import { errorMessage, UserError } from '../util/errors.js'
import { isInside, whyNotWritable } from '../util/fs.js'
import { acquireLock, describeHolder, LockBusyError } from '../util/lock.js'

/** The file every run writes into its output folder: what makes a folder the action's own. */
export const OUTPUT_MARKER = '.buildroot-k8s-output.json'

/** The lock file of a folder a run is using (util/lock.ts): one run per folder. */
export const RUN_LOCK = '.buildroot-k8s.lock'

/** The merged defconfig the action writes (buildroot/configure.ts): no other tool makes it. */
const MERGED_DEFCONFIG = 'buildroot-k8s_defconfig'

interface Marker {
  tool: 'buildroot-k8s-action'
  target: Target
  /** Absent in markers from before runtimes: those folders hold containerd builds. */
  runtime?: Runtime
}

export class OutputFolderError extends UserError {}

/**
 * How a folder is recognised as an output folder of this action: its marker file; or, for
 * folders made before the marker existed, the merged defconfig that only this action writes
 * (build mode) or nothing but its check-<target> folders (check mode).
 */
export function ownerOf(dir: string): { ours: boolean; target?: Target; runtime?: Runtime } {
  const markerFile = path.join(dir, OUTPUT_MARKER)
  if (fs.existsSync(markerFile)) {
    try {
      const marker = JSON.parse(fs.readFileSync(markerFile, 'utf8')) as Partial<Marker>
      if (marker.tool === 'buildroot-k8s-action') {
        const runtime = marker.runtime ?? (marker.target ? 'containerd' : undefined)
        return { ours: true, target: marker.target, runtime }
      }
    } catch {
      // An unreadable marker is not ours: fall through to the other signs.
    }
  }
  const entries = fs.readdirSync(dir)
  if (entries.includes(MERGED_DEFCONFIG)) return { ours: true }
  if (entries.length && entries.every(name => /^check-(amd64|arm64)$/.test(name))) {
    return { ours: true }
  }
  return { ours: false }
}

const WRITE_ERRORS = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST'])

/**
 * Makes sure `dir` may be used as the output folder of `target` with `runtime` and can be
 * written, then marks it as the action's own. `keepOut` names folders it must never contain
 * (the caches).
 */
export function prepareOutputFolder(
  dir: string,
  target: Target,
  runtime: Runtime,
  keepOut: { name: string; dir: string }[] = []
): void {
  for (const kept of keepOut) {
    if (isInside(dir, kept.dir)) {
      throw new OutputFolderError(
        `output-dir ${dir} holds ${kept.name} (${kept.dir}): give the build a folder of its own.`
      )
    }
  }
  if (fs.existsSync(dir)) {
    if (!fs.statSync(dir).isDirectory()) {
      throw new OutputFolderError(
        `output-dir ${dir} is a file, not a folder: point it at a folder.`
      )
    }
    let owner: ReturnType<typeof ownerOf>
    try {
      owner = fs.readdirSync(dir).length === 0 ? { ours: true } : ownerOf(dir)
    } catch (error) {
      throw new OutputFolderError(`output-dir ${dir} cannot be read: ${errorMessage(error)}.`)
    }
    if (!owner.ours) {
      throw new OutputFolderError(
        `output-dir ${dir} already holds files that are not a build of this action (no ${OUTPUT_MARKER}). ` +
          'Buildroot would write .config, build/, host/ and images/ among them: choose a new or empty folder, or empty this one yourself.'
      )
    }
    if (owner.target && owner.target !== target) {
      throw new OutputFolderError(
        `output-dir ${dir} holds a build of ${owner.target}, not ${target}: Buildroot cannot switch the architecture of an output folder (its manual asks for a full clean). Give each target its own output-dir.`
      )
    }
    if (owner.runtime && owner.runtime !== runtime) {
      // Buildroot never removes what a package installed into target/: the other runtime's
      // programs, units and configuration would ship in this image.
      throw new OutputFolderError(
        `output-dir ${dir} holds a ${RUNTIME[owner.runtime].title} build of ${target}, not ${RUNTIME[runtime].title}: Buildroot does not remove the packages a changed configuration drops (its manual, "Understanding when a full rebuild is necessary"), so the other runtime would stay in the image. Give each runtime its own output-dir (the default does), or empty this one.`
      )
    }
  }
  try {
    fs.mkdirSync(dir, { recursive: true })
    const marker: Marker = { tool: 'buildroot-k8s-action', target, runtime }
    fs.writeFileSync(path.join(dir, OUTPUT_MARKER), `${JSON.stringify(marker)}\n`)
  } catch (caught) {
    // Node's recursive mkdir reports ENOENT when a parent cannot be written to: ask the
    // nearest existing folder for the real reason.
    const error = whyNotWritable(dir) ?? caught
    const code = (error as NodeJS.ErrnoException).code ?? ''
    if (!WRITE_ERRORS.has(code)) throw caught
    const why = code === 'EROFS' ? 'it is on a read-only file system' : errorMessage(error)
    throw new OutputFolderError(
      `output-dir ${dir} cannot be written (${why}). Choose a folder this user can write, on a disk with room for the build.`
    )
  }
}

/**
 * Takes each folder for this run, one run at a time (output-dir, and the cache folder whose
 * dl/ and ccache a run prunes and saves): a second run fails at once naming the first, or with
 * `wait` waits for it. The locks are held until this process ends; a lock left by a process
 * that was killed is taken over with a notice.
 */
export async function lockRunFolders(
  reporter: Reporter,
  folders: { name: string; dir: string }[],
  options: { wait?: boolean } = {}
): Promise<void> {
  for (const folder of folders) {
    const what = `${folder.name} ${folder.dir}`
    try {
      await acquireLock(path.join(folder.dir, RUN_LOCK), {
        what,
        wait: options.wait,
        onWait: holder =>
          reporter.info(
            `${what} is in use by ${describeHolder(holder)}: waiting for it to finish.`
          ),
        onTakeOver: holder =>
          reporter.notice(
            `${what} was locked by ${describeHolder(holder)}, which is no longer running (killed before it finished): this run takes it over.`
          )
      })
    } catch (error) {
      if (!(error instanceof LockBusyError)) throw error
      throw new OutputFolderError(
        `${error.message} Two runs in one folder would overwrite each other's .config, images and caches: ` +
          `wait until it has finished (the command line waits with --wait), or give this run its own ${folder.name === 'output-dir' ? 'output-dir' : 'cache folder (--cache-dir)'}.`
      )
    }
  }
}

export const outputFolderStage: Stage = {
  title: 'Check the output folder',
  modes: ['build', 'check'],
  onImageCacheHit: 'run',
  needs: [],
  provides: [],
  async run({ inputs, context, reporter }) {
    if (process.platform !== 'linux') {
      throw new OutputFolderError(
        `Buildroot builds only on Linux, and this runner is ${process.platform}: use a Linux runner such as runs-on: ubuntu-24.04.`
      )
    }
    prepareOutputFolder(inputs.outputDir, inputs.target, inputs.runtime, [
      { name: 'the cache folder', dir: context.cacheRoot }
    ])
    await lockRunFolders(
      reporter,
      [
        { name: 'output-dir', dir: inputs.outputDir },
        { name: 'the cache folder', dir: context.cacheRoot }
      ],
      { wait: context.waitForFolders }
    )
  }
}
