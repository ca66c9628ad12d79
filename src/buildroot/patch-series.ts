// The Buildroot patch series. A folder of *.patch files (git format-patch style,
// -p1 from the top of the Buildroot tree), one per Buildroot release, brings packages of that
// release up to newer versions without forking Buildroot. It is applied right after Buildroot
// is resolved, in build and check mode alike, to a copy: neither the user's buildroot-src nor
// the release in the tool cache is ever changed. The copy is kept in the tool cache under a key
// made of the tree (its path, version and a fingerprint of its files) and the series, so a
// second run reuses it.
//
// The patches go through `patch`, not `git apply`: GNU patch >= 2.7 is one of Buildroot's own
// host requirements (support/dependencies/dependencies.sh) and what Buildroot applies package
// patches with, whereas the tree is no git checkout and git is not required to build. Each patch
// is dry-run first, so that one that does not apply stops the run, naming the patch, the file
// and the hunk, before anything is configured or built and without a half-patched tree.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { ConfigError } from './configure.js'
import { NO_PATCHES, type PatchSeriesChoice } from '../inputs/schema.js'
import type { Reporter } from '../platform/types.js'
import { errorMessage } from '../util/errors.js'
import { capture, CommandError, run } from '../util/run.js'

/** The folder name a config-dir (and the action's own configs/) keeps its series in. */
export const PATCH_SERIES_FOLDER = 'buildroot-patches'

export interface SeriesPatch {
  /** File name, e.g. 0001-package-runc-security-bump-to-version-1.3.6.patch. */
  name: string
  file: string
  sha256: string
}

export interface PatchSeries {
  /** The folder the series comes from; undefined when no series applies. */
  dir?: string
  /** In the order they apply. */
  patches: SeriesPatch[]
  /** sha256 of the series (names and contents, in order); '' when there is no patch. */
  sha256: string
}

export const NO_SERIES: PatchSeries = { patches: [], sha256: '' }

/** A patch that does not apply, or a series folder that is not there: annotated on the file. */
export class PatchSeriesError extends ConfigError {}

const sha256 = (data: string | Buffer): string =>
  crypto.createHash('sha256').update(data).digest('hex')

/**
 * The series in `dir`: every `*.patch` file directly in it, in name order (byte order, as
 * `LC_ALL=C ls` sorts), each with the sha256 of its content, and one sha256 for the whole series
 * (computed like a SHA256SUMS file of the patches in order). Config hash, cache keys and inputs
 * hashes all take it from here.
 */
export function readPatchSeries(dir: string): PatchSeries {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new PatchSeriesError(
      `buildroot-patches: ${dir} is not a folder. Point buildroot-patches at a folder of *.patch files, or set it to "${NO_PATCHES}" to build Buildroot as released.`
    )
  }
  const names = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter(entry => entry.name.endsWith('.patch') && !entry.isDirectory())
    .map(entry => entry.name)
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
  const patches = names.map(name => {
    const file = path.join(dir, name)
    return { name, file, sha256: sha256(fs.readFileSync(file)) }
  })
  return {
    dir,
    patches,
    sha256: patches.length ? sha256(patches.map(p => `${p.sha256}  ${p.name}\n`).join('')) : ''
  }
}

/** A Buildroot release name: 2025.02, 2025.02.16, 2026.02-rc1. */
const RELEASE_NAME = /^\d{4}\.\d{2}(?:\.\d+)?(?:-rc\d+)?$/

const isFolder = (dir: string | undefined): dir is string =>
  dir !== undefined && fs.existsSync(dir) && fs.statSync(dir).isDirectory()

/**
 * The series a folder holds for one Buildroot release. A series is written for the tree it
 * applies to, so a folder may keep one series per release in subfolders named after it
 * (`2025.02.16/`, `2026.02.3/`): the one for `version` is used. A folder with `*.patch` files
 * directly in it is a single series, used as it is. A folder with series for other releases
 * only has none for this one.
 */
export function seriesForRelease(
  dir: string,
  version: string
): { dir?: string; otherReleases: string[] } {
  const release = path.join(dir, version)
  if (isFolder(release)) return { dir: release, otherReleases: [] }
  const entries = fs.readdirSync(dir, { withFileTypes: true })
  if (entries.some(entry => entry.name.endsWith('.patch') && !entry.isDirectory())) {
    return { dir, otherReleases: [] }
  }
  const otherReleases = entries
    .filter(entry => entry.isDirectory() && RELEASE_NAME.test(entry.name))
    .map(entry => entry.name)
    .sort()
  return otherReleases.length ? { otherReleases } : { dir, otherReleases: [] }
}

/**
 * Which series applies, decided like the BR2_EXTERNAL tree (main.ts configExternalTree): the
 * folder buildroot-patches names; else config-dir's own buildroot-patches/ (a copy of configs/
 * keeps the defconfigs and their series together); else the action's own. In each, the series
 * for this run's Buildroot release (seriesForRelease); where the folder has series for other
 * releases only, none applies, with a warning that names them.
 */
export function choosePatchSeries(
  reporter: Reporter,
  choice: PatchSeriesChoice,
  where: { configDir: string; ownSeriesDir?: string; buildrootVersion: string }
): string | undefined {
  if (choice.kind === 'none') return undefined
  const version = where.buildrootVersion
  const own = where.ownSeriesDir
  const beside = path.join(where.configDir, PATCH_SERIES_FOLDER)
  // config-dir defaults to the action's own configs/: its series is then the action's own.
  const besideIsOwn =
    isFolder(own) && isFolder(beside) && fs.realpathSync(beside) === fs.realpathSync(own)
  const folder =
    choice.kind === 'folder'
      ? choice.dir
      : isFolder(beside) && !besideIsOwn
        ? beside
        : isFolder(own)
          ? own
          : undefined
  // A folder the user named that is not there is reported by readPatchSeries.
  if (folder === undefined || !isFolder(folder)) return folder
  const found = seriesForRelease(folder, version)
  if (!found.dir) {
    const isOwn = folder === own
    const what = isOwn
      ? `The action's own Buildroot patch series (${folder})`
      : `The Buildroot patch series in ${folder}`
    const remedy = isOwn
      ? `Set buildroot-patches to a series written for ${version}`
      : `Add a series for ${version} in ${path.join(folder, version)}`
    reporter.warning(
      `${what} is written for Buildroot ${found.otherReleases.join(', ')}, and this run uses Buildroot ${version}: ` +
        `none is applied, so that release's own package versions are built. ${remedy}, or set buildroot-patches to "${NO_PATCHES}" to silence this.`
    )
  }
  return found.dir
}

/** Top-level entries of a Buildroot tree that are not part of it: its git data and in-tree output. */
const NOT_COPIED = new Set(['.git', 'output', 'dl'])

/**
 * A fingerprint of the files under `dir` (paths, sizes, modification times, link targets): a
 * patched copy is reused only while the tree it was made from is unchanged.
 */
export function treeFingerprint(dir: string): string {
  const hash = crypto.createHash('sha256')
  const walk = (relative: string): void => {
    const entries = fs
      .readdirSync(path.join(dir, relative), { withFileTypes: true })
      .filter(entry => relative !== '' || !NOT_COPIED.has(entry.name))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const name = path.join(relative, entry.name)
      if (entry.isDirectory()) {
        hash.update(`d ${name}\n`)
        walk(name)
      } else if (entry.isSymbolicLink()) {
        hash.update(`l ${name} ${fs.readlinkSync(path.join(dir, name))}\n`)
      } else {
        const stat = fs.statSync(path.join(dir, name))
        hash.update(`f ${name} ${stat.size} ${Math.trunc(stat.mtimeMs)} ${stat.mode}\n`)
      }
    }
  }
  walk('')
  return hash.digest('hex')
}

export interface PatchedBuildroot {
  /** The tree to configure and build: the patched copy, or the original without a series. */
  sourceDir: string
  series: PatchSeries
  /** True when a copy an earlier run patched was reused. */
  reused: boolean
}

/** What went wrong in one file of a patch, from patch's own report. */
interface FileFailure {
  file: string
  problem: string
  /** 1-based line in the patch file where the failing part starts. */
  patchLine?: number
}

/** Line in the patch text of hunk `hunk` (1-based) of `file`, or of the file's header. */
function lineInPatch(patchText: string, file: string, hunk?: number): number | undefined {
  const lines = patchText.split('\n')
  const header = lines.findIndex(
    line => line === `+++ b/${file}` || line === `--- a/${file}` || line.startsWith(`+++ ${file}`)
  )
  if (header < 0) return undefined
  if (hunk === undefined) return header + 1
  let seen = 0
  for (let i = header + 1; i < lines.length; i++) {
    if (lines[i].startsWith('diff ') || lines[i].startsWith('--- ')) break
    if (lines[i].startsWith('@@') && ++seen === hunk) return i + 1
  }
  return header + 1
}

/** Reads GNU patch's report of a failed (dry) run: which file failed, and how. */
function explainFailure(output: string[], patchText: string): FileFailure[] {
  const failures: FileFailure[] = []
  let current: string | undefined
  for (let i = 0; i < output.length; i++) {
    const line = output[i]
    const checking = /^(?:checking|patching) file (.+)$/.exec(line)
    if (checking) {
      current = checking[1].replace(/^'(.*)'$/, '$1')
      continue
    }
    const hunk = /^Hunk #(\d+) FAILED at (\d+)/.exec(line)
    if (hunk && current) {
      failures.push({
        file: current,
        problem: `hunk #${hunk[1]} does not match the file (patch looked for its context around line ${hunk[2]})`,
        patchLine: lineInPatch(patchText, current, Number(hunk[1]))
      })
      continue
    }
    if (/^Reversed \(or previously applied\) patch detected/.test(line) && current) {
      failures.push({
        file: current,
        problem:
          'already has this change (or its reverse): this Buildroot tree may carry it already',
        patchLine: lineInPatch(patchText, current)
      })
      continue
    }
    if (/^can't find file to patch/.test(line)) {
      // patch quotes the text leading up to the diff (for the first file, the whole commit
      // message), up to where it gives up on this file.
      const end = output.findIndex((l, j) => j > i && /^(No file to patch|Skipping patch)/.test(l))
      const shown = output
        .slice(i + 1, end === -1 ? undefined : end)
        .map(l => /^\|\+\+\+ (?:b\/)?(\S+)/.exec(l)?.[1])
        .find(Boolean)
      const file = shown ?? 'a file'
      failures.push({
        file,
        problem: 'does not exist in this Buildroot tree',
        patchLine: shown ? lineInPatch(patchText, shown) : undefined
      })
      continue
    }
    const malformed = /malformed patch at line (\d+)/.exec(line)
    if (malformed) {
      failures.push({
        file: 'the patch itself',
        problem: `is malformed at line ${malformed[1]} (${line.replace(/^patch: \*+ /, '')})`,
        patchLine: Number(malformed[1])
      })
    }
    if (/Only garbage was found in the patch input/.test(line)) {
      failures.push({ file: 'the patch itself', problem: 'holds no diff that patch understands' })
    }
  }
  return failures
}

/** Environment for patch: English messages (they are parsed), no POSIX mode (it would prompt). */
function patchEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C' }
  delete env.POSIXLY_CORRECT
  return env
}

/** Options for a strict, unattended run: no fuzz (offsets only), no backups, no questions. */
const PATCH_ARGS = [
  '-p1',
  '--forward',
  '--batch',
  '--fuzz=0',
  '--no-backup-if-mismatch',
  '--remove-empty-files'
]

/** The top folders a series normally changes: packages, kernels, bootloaders, boards, configs. */
const PACKAGING_FOLDERS = ['package', 'linux', 'boot', 'board', 'configs', 'support']

/** The files a patch changes (-p1) that are not under Buildroot's packaging folders. */
export function filesOutsidePackaging(patchText: string): string[] {
  const files = new Set<string>()
  for (const match of patchText.matchAll(/^\+\+\+ (?:b\/)?(\S+)/gm)) {
    const file = match[1]
    if (file !== '/dev/null' && !PACKAGING_FOLDERS.includes(file.split('/')[0])) files.add(file)
  }
  return [...files]
}

async function runPatch(
  tree: string,
  patch: SeriesPatch,
  dryRun: boolean
): Promise<{ ok: boolean; output: string[] }> {
  const output: string[] = []
  const args = [...PATCH_ARGS, '-d', tree, '-i', patch.file, ...(dryRun ? ['--dry-run'] : [])]
  try {
    const result = await run('patch', args, {
      env: patchEnv(),
      keepLastLines: 200,
      onLine: line => output.push(line)
    })
    return { ok: result.exitCode === 0, output }
  } catch (error) {
    throw new PatchSeriesError(
      `could not run patch (${errorMessage(error)}): install GNU patch, which Buildroot needs as well (apt-get install patch).`
    )
  }
}

function notApplying(
  patch: SeriesPatch,
  series: PatchSeries,
  buildroot: { sourceDir: string; version: string },
  output: string[]
): PatchSeriesError {
  const text = fs.readFileSync(patch.file, 'utf8')
  const failures = explainFailure(output, text)
  const what = failures.length
    ? failures.map(f => `${f.file}: ${f.problem}`).join('; ')
    : `patch said:\n${output.slice(-15).join('\n')}`
  return new PatchSeriesError(
    `Buildroot patch ${patch.name} does not apply to Buildroot ${buildroot.version}: ${what}. ` +
      `Nothing was configured or built, and ${buildroot.sourceDir} is unchanged. ` +
      `Regenerate the patch against Buildroot ${buildroot.version} (git format-patch in a checkout of it), ` +
      `remove it from ${series.dir}, or set buildroot-patches to "${NO_PATCHES}" to build Buildroot as released.`,
    patch.file,
    failures.find(f => f.patchLine !== undefined)?.patchLine
  )
}

/** Copies a Buildroot tree (without its git data and in-tree output) with `cp -a`. */
async function copyTree(from: string, to: string): Promise<void> {
  fs.mkdirSync(to, { recursive: true })
  const entries = fs
    .readdirSync(from)
    .filter(name => !NOT_COPIED.has(name))
    .map(name => path.join(from, name))
  if (!entries.length) return
  try {
    await capture('cp', ['-a', '-t', to, ...entries])
  } catch (error) {
    const detail = error instanceof CommandError ? error.result.lastLines.join('\n') : ''
    throw new Error(`could not copy ${from} to ${to}: ${errorMessage(error)}${detail}`, {
      cause: error
    })
  }
}

export interface ApplyOptions {
  choice: PatchSeriesChoice
  configDir: string
  /** The action's own series (configs/buildroot-patches, one subfolder per release). */
  ownSeriesDir?: string
  buildroot: { sourceDir: string; version: string }
  /** Where patched copies are kept between runs (the runner's tool cache). */
  cacheDir: string
}

/**
 * Chooses the series, and returns the tree to use: the original when there is none, else a
 * copy with every patch applied in order (made now, or reused from an earlier run).
 */
export async function applyBuildrootPatches(
  reporter: Reporter,
  options: ApplyOptions
): Promise<PatchedBuildroot> {
  const { buildroot } = options
  const dir = choosePatchSeries(reporter, options.choice, {
    configDir: options.configDir,
    ownSeriesDir: options.ownSeriesDir,
    buildrootVersion: buildroot.version
  })
  const series = dir ? readPatchSeries(dir) : NO_SERIES
  if (!series.patches.length) {
    reporter.info(
      options.choice.kind === 'none'
        ? `No Buildroot patches (buildroot-patches: ${NO_PATCHES}): Buildroot ${buildroot.version} is built as released.`
        : `No Buildroot patches${dir ? ` (${dir} holds no *.patch file)` : ''}: Buildroot ${buildroot.version} is built as released.`
    )
    return { sourceDir: buildroot.sourceDir, series, reused: false }
  }

  const source = fs.realpathSync(buildroot.sourceDir)
  const key = sha256(
    [source, buildroot.version, treeFingerprint(source), series.sha256].join('\n')
  ).slice(0, 16)
  const target = path.join(options.cacheDir, 'buildroot-patched', `${buildroot.version}-${key}`)
  const names = series.patches.map(p => p.name).join(', ')
  if (fs.existsSync(target)) {
    reporter.info(
      `Buildroot ${buildroot.version} with the ${series.patches.length} patch(es) of ${dir} (${names}): reused from ${target}.`
    )
    return { sourceDir: target, series, reused: true }
  }

  // Patched in a folder of its own and moved into place only when every patch applied, so
  // that the tool cache never holds a half-patched tree, even when two runs race.
  const staging = `${target}.tmp-${process.pid}-${crypto.randomBytes(4).toString('hex')}`
  try {
    await copyTree(source, staging)
    for (const patch of series.patches) {
      const dry = await runPatch(staging, patch, true)
      if (!dry.ok) throw notApplying(patch, series, buildroot, dry.output)
      const applied = await runPatch(staging, patch, false)
      if (!applied.ok) throw notApplying(patch, series, buildroot, applied.output)
      reporter.info(`Applied ${patch.name}`)
      for (const file of filesOutsidePackaging(fs.readFileSync(patch.file, 'utf8'))) {
        reporter.warning(
          `${patch.name} changes ${file}, outside Buildroot's package/, linux/, boot/, board/, configs/ and support/ folders: it changes how Buildroot itself works, not a package. Make sure that is meant.`,
          { file: patch.file, title: 'Patch outside the package folders' }
        )
      }
    }
    try {
      fs.renameSync(staging, target)
    } catch (error) {
      // Another run patched the same tree with the same series first: use its copy.
      if (!fs.existsSync(target)) throw error
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
  reporter.info(
    `Buildroot ${buildroot.version} with the ${series.patches.length} patch(es) of ${dir} is in ${target}; ${buildroot.sourceDir} is unchanged.`
  )
  return { sourceDir: target, series, reused: false }
}
