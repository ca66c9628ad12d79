// The Buildroot build. Runs `make` with its output streamed: every byte goes to the log file, the
// console shows one collapsible group per package with Buildroot's `>>> package version step`
// lines and the progress. On failure it names the package and step that failed: make's own
// error line names the stamp file of the step that failed (build/<pkg>-<version>/.stamp_<step>),
// which is right where the last `>>>` line is not (Buildroot prints no "Downloading" line for
// a file already in dl/, so a bad file there was blamed on the package before).
import fs from 'node:fs'
import path from 'node:path'
import type { Reporter } from '../platform/types.js'
import {
  downloadAdvice,
  downloadHeadline,
  readDownloadFailure,
  type DownloadFailure,
  type DownloadSites
} from './download-failure.js'
import { runMake, type BuildrootTree } from './make.js'

export interface BuildOptions {
  tree: BuildrootTree
  jobs: number
  /** Top-level parallel build (BR2_PER_PACKAGE_DIRECTORIES=y in the configuration). */
  parallel?: boolean
  /** More make command-line assignments (the download sites). */
  variables?: string[]
  /** Number of packages Buildroot will build, for the [n/N] progress. */
  packageCount: number
  /** Names and versions of the packages, to read make's stamp paths (`<name>-<version>`). */
  packages?: { name: string; version: string }[]
  /** The download sites the inputs set, for what a failed download says to do. */
  sites?: DownloadSites
  logFile: string
}

export interface BuildFailure {
  package?: string
  version?: string
  step?: string
  lastLines: string[]
  /** Packages started so far, of how many: how far the build got. */
  progress?: { started: number; total: number }
  /** A failed download: what the log says about it, and the download folder. */
  download?: DownloadFailure & { dlDir: string; sites?: DownloadSites }
}

/** Buildroot's step for each stamp file (package/pkg-generic.mk), as its `>>>` lines name it. */
const STAMP_STEPS: Record<string, string> = {
  downloaded: 'Downloading',
  actual_downloaded: 'Downloading',
  extracted: 'Extracting',
  rsynced: 'Syncing from source dir',
  patched: 'Patching',
  configured: 'Configuring',
  built: 'Building',
  host_installed: 'Installing to host directory',
  staging_installed: 'Installing to staging directory',
  images_installed: 'Installing to images directory',
  target_installed: 'Installing to target',
  installed: 'Installing',
  dircleaned: 'Cleaning'
}

/** `make[1]: *** [package/pkg-generic.mk:193: /o/build/foo-1.0/.stamp_downloaded] Error 1` */
const MAKE_STAMP_ERROR =
  /^make(?:\[\d+\])?: \*\*\* \[(?:.*?: )?(?:\S*\/)?build\/([^/\s]+)\/\.stamp_([a-z_]+)\] Error \d+/

/**
 * The package and step make says failed: its first error line that names a stamp file (the
 * innermost make's), read with the package list to split `<name>-<version>`.
 */
export function failedStamp(
  lines: string[],
  packages: { name: string; version: string }[] = []
): StepLine | undefined {
  for (const line of lines) {
    const match = MAKE_STAMP_ERROR.exec(line.trim())
    if (!match) continue
    const [, dir, stamp] = match
    const known = packages.find(p => (p.version ? `${p.name}-${p.version}` : p.name) === dir)
    // Not in the list: the version is what follows the first `-<digit>` (or a commit id).
    const guess = /^(.+?)-(\d.*|[0-9a-f]{7,40})$/.exec(dir)
    const split = known
      ? { package: known.name, version: known.version }
      : { package: guess?.[1] ?? dir, version: guess?.[2] ?? '' }
    return { ...split, step: STAMP_STEPS[stamp] ?? stamp.replace(/_/g, ' ') }
  }
  return undefined
}

export interface BuildResult {
  ok: boolean
  seconds: number
  logFile: string
  failure?: BuildFailure
}

/** `>>> busybox 1.37.0 Building` (the version is empty for some, e.g. host-skeleton); Buildroot may wrap it in terminal highlighting. */
const STEP_LINE = /^>>> (\S+) (\S*) (.+)$/
// eslint-disable-next-line no-control-regex
const TERMINAL_CODES = /\x1b\[[0-9;]*[A-Za-z]|\x1b\([A-Z0-9]/g

export interface StepLine {
  package: string
  version: string
  step: string
}

const ESC = 0x1b
const GT = 0x3e

/**
 * Whether a line of raw output may be one of Buildroot's `>>>` lines: `>>>` at its start, after
 * any terminal codes (the same codes as TERMINAL_CODES). Only these lines are decoded.
 */
export function mayBeStepLine(buffer: Buffer, start: number, end: number): boolean {
  let at = start
  while (at < end && buffer[at] === ESC) {
    const kind = buffer[at + 1]
    if (kind === 0x5b /* [ */) {
      at += 2
      while (at < end && ((buffer[at] >= 0x30 && buffer[at] <= 0x39) || buffer[at] === 0x3b)) {
        at += 1
      }
      const final = buffer[at] | 0x20 // a letter, either case
      if (!(final >= 0x61 && final <= 0x7a)) return false
      at += 1
    } else if (kind === 0x28 /* ( */) {
      const set = buffer[at + 2]
      if (!((set >= 0x41 && set <= 0x5a) || (set >= 0x30 && set <= 0x39))) return false
      at += 3
    } else {
      return false
    }
  }
  return end - at >= 3 && buffer[at] === GT && buffer[at + 1] === GT && buffer[at + 2] === GT
}

export function parseStepLine(line: string): StepLine | undefined {
  const match = STEP_LINE.exec(line.replace(TERMINAL_CODES, '').trimEnd())
  return match ? { package: match[1], version: match[2], step: match[3] } : undefined
}

/**
 * make's arguments for the build: BR2_JLEVEL, each package's own parallelism; with per-package
 * directories also a top-level -j<jobs>, which builds packages that do not depend on each other
 * at the same time (Buildroot's manual, "Top-level parallel build": enable
 * BR2_PER_PACKAGE_DIRECTORIES, and use make -jN; without it, its Makefile is .NOTPARALLEL).
 */
export function buildVariables(
  options: Pick<BuildOptions, 'jobs' | 'parallel' | 'variables'>
): string[] {
  return [
    ...(options.parallel ? [`-j${options.jobs}`] : []),
    `BR2_JLEVEL=${options.jobs}`,
    ...(options.variables ?? [])
  ]
}

export async function runBuild(reporter: Reporter, options: BuildOptions): Promise<BuildResult> {
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true })
  fs.writeFileSync(options.logFile, '')
  const started = Date.now()
  const seen = new Set<string>()
  let current: StepLine | undefined
  let groupOpen = false
  const closeGroup = (): void => {
    if (groupOpen) reporter.endGroup()
    groupOpen = false
  }

  reporter.info(
    `Building with ${options.jobs} jobs${options.parallel ? `, and up to ${options.jobs} packages at a time` : ''}; full log: ${options.logFile}`
  )
  const result = await runMake(options.tree, [], buildVariables(options), {
    logFile: options.logFile,
    keepLastLines: 80,
    wants: mayBeStepLine,
    onLine: line => {
      const step = parseStepLine(line)
      if (step) {
        seen.add(step.package)
        const total = Math.max(options.packageCount, seen.size)
        if (options.parallel) {
          // Packages build side by side: their lines interleave, so no group per package.
          current = step
          reporter.info(
            `[${seen.size}/${total}] >>> ${step.package} ${step.version} ${step.step}`.replace(
              /\s+/g,
              ' '
            )
          )
          return
        }
        if (step.package !== current?.package) {
          closeGroup()
          reporter.startGroup(`[${seen.size}/${total}] ${step.package} ${step.version}`.trimEnd())
          groupOpen = true
        }
        current = step
        reporter.info(`>>> ${step.package} ${step.version} ${step.step}`.replace(/\s+/g, ' '))
      } else {
        // `>>>   Finalizing target directory` and the like: Buildroot's own steps.
        closeGroup()
        current = undefined
        reporter.info(line.replace(TERMINAL_CODES, '').trimEnd())
      }
    }
  })
  closeGroup()
  const seconds = Math.round((Date.now() - started) / 1000)
  if (result.exitCode === 0) return { ok: true, seconds, logFile: options.logFile }
  const tail = result.lastLines.map(line => line.replace(TERMINAL_CODES, ''))
  const failed = failedStamp(tail, options.packages) ?? current
  const own = outputOfStep(tail, failed?.package)
  const dlDir = options.tree.env?.BR2_DL_DIR ?? path.join(options.tree.sourceDir, 'dl')
  return {
    ok: false,
    seconds,
    logFile: options.logFile,
    failure: {
      package: failed?.package,
      version: failed?.version,
      step: failed?.step,
      progress: { started: seen.size, total: Math.max(options.packageCount, seen.size) },
      lastLines: own.slice(-40),
      ...(failed?.step === 'Downloading'
        ? { download: { ...readDownloadFailure(own), dlDir, sites: options.sites } }
        : {})
    }
  }
}

/**
 * The failing package's own output: the tail from its last step line on, when that line is
 * still in the tail (so make's preamble and earlier packages don't crowd the annotation).
 */
export function outputOfStep(lastLines: string[], pkg: string | undefined): string[] {
  const start = lastLines.findLastIndex(line => parseStepLine(line)?.package === pkg)
  return pkg && start >= 0 ? lastLines.slice(start) : lastLines
}

/**
 * The error for a failed build: its first line names the package and step (and for a download
 * the file, the hash error and the URLs tried), then what to do, then the last lines of output.
 */
export function describeFailure(failure: BuildFailure): string {
  const where = failure.package
    ? `package ${failure.package} ${failure.version ?? ''} failed during "${failure.step ?? 'unknown step'}"`
    : 'the build failed before any package step started'
  const headline = `Buildroot build failed: ${where.replace(/\s+/g, ' ')}`
  const output = `Last lines of output:\n${failure.lastLines.join('\n')}`
  if (failure.download) {
    return `${headline}: ${downloadHeadline(failure.download)}.\n${downloadAdvice(failure.download, failure.download.dlDir, failure.download.sites)}\n${output}`
  }
  return `${headline}.\n${output}`
}

export interface PackageTime {
  package: string
  seconds: number
}

/**
 * Time per package from Buildroot's build/build-time.log, whose lines read
 * `<epoch seconds>:<start|end >:<step padded>: <package>`.
 */
export function slowestPackages(buildTimeLog: string, count: number): PackageTime[] {
  const open = new Map<string, number>()
  const totals = new Map<string, number>()
  for (const line of buildTimeLog.split('\n')) {
    const fields = line.split(':')
    if (fields.length < 4) continue
    const time = Number(fields[0])
    const edge = fields[1].trim()
    const step = fields[2].trim()
    const pkg = fields.slice(3).join(':').trim()
    const id = `${pkg}\0${step}`
    if (edge === 'start') open.set(id, time)
    else if (edge === 'end' && open.has(id)) {
      totals.set(pkg, (totals.get(pkg) ?? 0) + time - (open.get(id) ?? time))
      open.delete(id)
    }
  }
  return [...totals]
    .map(([pkg, seconds]) => ({ package: pkg, seconds }))
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, count)
}
