// The action's inputs, validated once. Both front-ends (action.yml inputs and command-line
// flags) produce a RawInputs record with the action.yml names; everything after this works
// with a typed, checked Inputs.
import os from 'node:os'
import path from 'node:path'
import { isInside } from './util/fs.js'
import { quote } from './util/text.js'
import { SMOKE_LEVELS, type SmokeLevel } from './smoke/protocol.js'

export const TARGETS = ['amd64', 'arm64'] as const
export type Target = (typeof TARGETS)[number]
export const MODES = ['build', 'check'] as const
export type Mode = (typeof MODES)[number]
export const CACHE_MODES = ['read-write', 'read-only', 'off'] as const
export type CacheMode = (typeof CACHE_MODES)[number]
export const REBUILD_MODES = ['auto', 'always'] as const
export type RebuildMode = (typeof REBUILD_MODES)[number]
export const CVE_REPORT_MODES = ['off', 'report', 'fail-on-high'] as const
export type CveReportMode = (typeof CVE_REPORT_MODES)[number]
/** auto: boot the images when QEMU is installed; true: QEMU missing is an error; off. */
export const SMOKE_TEST_MODES = ['auto', 'true', 'off'] as const
export type SmokeTestMode = (typeof SMOKE_TEST_MODES)[number]

/** The Buildroot release the action is tested with, and has a patch series for. */
export const DEFAULT_BUILDROOT_VERSION = '2026.02.3'

/** The value of the buildroot-patches input that turns the patch series off. */
export const NO_PATCHES = 'none'

/** What the buildroot-patches input asks for: the default rule, no series, or a folder. */
export type PatchSeriesChoice =
  { kind: 'default' } | { kind: 'none' } | { kind: 'folder'; dir: string }

/** xz preset for the images (see docs/image.md, "Compression", for the measurements). */
export const DEFAULT_COMPRESSION_LEVEL = 6

export interface Inputs {
  target: Target
  mode: Mode
  buildrootVersion: string
  buildrootSrc?: string
  buildrootPatches: PatchSeriesChoice
  linuxSrc?: string
  configDir: string
  br2External: string[]
  configFragment: string
  outputDir: string
  cache: CacheMode
  ccacheMaxSize: string
  jobs: number
  /** xz preset, 0 (fastest) to 9 (smallest), for the root filesystem and SD card images. */
  compressionLevel: number
  upload: boolean
  artifactName: string
  retentionDays?: number
  /** How long the build may run (seconds) before it is stopped cleanly; see time-limit. */
  timeLimitSeconds?: number
  rebuild: RebuildMode
  cveReport: CveReportMode
  /** Percent of size change (either way) past which an image gets a warning; undefined: off. */
  sizeChangeWarning?: number
  smokeTest: SmokeTestMode
  smokeTestLevel: SmokeLevel
}

/** Input values by their action.yml names; '' means not given. */
export type RawInputs = Partial<Record<string, string>>

export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

export interface InputDefaults {
  /** The action's own configs/ folder. */
  configDir: string
  /** Parent of the default output folder (RUNNER_TEMP on GitHub). */
  workDir: string
  /** Base for relative paths (GITHUB_WORKSPACE on GitHub, the current folder locally). */
  baseDir: string
  /** The action's own folder (holds action.yml): never an output folder. */
  actionDir?: string
  /** The repository's artifact retention (GITHUB_RETENTION_DAYS), when above GitHub's usual 90. */
  maxRetentionDays?: number
}

export function parseInputs(raw: RawInputs, defaults: InputDefaults): Inputs {
  const get = (name: string): string => (raw[name] ?? '').trim()
  const target = oneOf(get('target'), TARGETS, 'target', undefined)
  const resolve = (p: string): string => path.resolve(defaults.baseDir, p)
  const optionalPath = (name: string): string | undefined =>
    get(name) ? resolve(get(name)) : undefined

  const buildrootVersion = get('buildroot-version') || DEFAULT_BUILDROOT_VERSION
  if (!/^\d{4}\.\d{2}(\.\d+)?(-rc\d+)?$/.test(buildrootVersion)) {
    throw new InputError(
      `buildroot-version ${quote(buildrootVersion)} is not a Buildroot release name such as ${DEFAULT_BUILDROOT_VERSION}`
    )
  }

  const inputs: Inputs = {
    target,
    mode: oneOf(get('mode'), MODES, 'mode', 'build'),
    buildrootVersion,
    buildrootSrc: optionalPath('buildroot-src'),
    buildrootPatches:
      get('buildroot-patches').toLowerCase() === NO_PATCHES
        ? { kind: 'none' }
        : get('buildroot-patches')
          ? { kind: 'folder', dir: resolve(get('buildroot-patches')) }
          : { kind: 'default' },
    linuxSrc: optionalPath('linux-src'),
    configDir: get('config-dir') ? resolve(get('config-dir')) : defaults.configDir,
    br2External: br2ExternalTrees(get('br2-external')).map(resolve),
    configFragment: raw['config-fragment'] ?? '',
    outputDir: get('output-dir')
      ? resolve(get('output-dir'))
      : path.join(defaults.workDir, `buildroot-k8s-${target}`),
    cache: oneOf(get('cache'), CACHE_MODES, 'cache', 'read-write'),
    ccacheMaxSize: parseSize(get('ccache-max-size') || '3G'),
    jobs: get('jobs') ? parseJobs(get('jobs')) : os.availableParallelism() + 1,
    compressionLevel: compressionLevel(get('compression-level')),
    upload: parseBoolean(get('upload'), 'upload', true),
    artifactName: artifactName(get('artifact-name') || `buildroot-k8s-${target}`),
    retentionDays: get('retention-days')
      ? retentionDays(get('retention-days'), defaults.maxRetentionDays)
      : undefined,
    timeLimitSeconds: get('time-limit') ? parseTimeLimit(get('time-limit')) : undefined,
    rebuild: oneOf(get('rebuild'), REBUILD_MODES, 'rebuild', 'auto'),
    cveReport: oneOf(get('cve-report'), CVE_REPORT_MODES, 'cve-report', 'report'),
    sizeChangeWarning: percentOrOff(get('size-change-warning') || '10%', 'size-change-warning'),
    smokeTest: oneOf(get('smoke-test'), SMOKE_TEST_MODES, 'smoke-test', 'auto'),
    smokeTestLevel: oneOf(get('smoke-test-level'), SMOKE_LEVELS, 'smoke-test-level', 'basic')
  }
  checkOutputDirPlace(inputs, defaults)
  return inputs
}

function oneOf<T extends string>(
  value: string,
  allowed: readonly T[],
  name: string,
  fallback: T | undefined
): T {
  if (value === '' && fallback !== undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  const shown = value === '' ? `${name} is required` : `${name} ${quote(value)} is not valid`
  throw new InputError(`${shown}: use one of ${allowed.join(', ')}`)
}

function wholeNumber(value: string, name: string, min: number, max: number, why: string): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new InputError(
      `${name} ${quote(value)} must be a whole number from ${min} to ${max} (${why})`
    )
  }
  return Number(value)
}

/**
 * make's parallelism. More than 4 jobs a CPU only adds memory pressure (every job is a compiler
 * or a Go build), and a typo such as 100000 would start that many processes hours into a build.
 */
export function maxJobs(cpus = os.availableParallelism()): number {
  return 4 * cpus
}

function parseJobs(value: string): number {
  const cpus = os.availableParallelism()
  return wholeNumber(value, 'jobs', 1, maxJobs(cpus), `at most 4 per CPU; this machine has ${cpus}`)
}

/** GitHub keeps artifacts 1 to 90 days; a repository can set a longer retention for itself. */
function retentionDays(value: string, repositoryMax: number | undefined): number {
  const max = Math.max(90, repositoryMax ?? 0)
  return wholeNumber(
    value,
    'retention-days',
    1,
    max,
    max > 90 ? "this repository's artifact retention setting" : "GitHub's artifact retention range"
  )
}

/**
 * time-limit on GitHub when the input is empty: 5 h 45 min, which leaves 15 min of the 6 h
 * that hosted runners give a job (and of the default timeout-minutes, 360) for the upload and
 * the post step that saves the caches.
 */
export const DEFAULT_TIME_LIMIT_SECONDS = (5 * 60 + 45) * 60

/** Self-hosted runners run a job for at most 5 days (GitHub's usage limits); nothing needs more. */
const MAX_TIME_LIMIT_SECONDS = 5 * 24 * 3600

/**
 * time-limit: `345` (minutes), or hours and minutes such as `5h45m`, `5h`, `90m`. The build is
 * stopped cleanly when it is reached, so that the caches can still be saved.
 */
export function parseTimeLimit(value: string): number {
  const match = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*(?:m|min)?)?$/i.exec(value.trim())
  const seconds =
    match && (match[1] || match[2])
      ? (Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0)) * 60
      : NaN
  if (!(seconds > 0) || seconds > MAX_TIME_LIMIT_SECONDS) {
    throw new InputError(
      `time-limit ${quote(value)} is not a duration from 1 minute to 5 days: write minutes (345) or hours and minutes (5h45m)`
    )
  }
  return seconds
}

function compressionLevel(value: string): number {
  if (value === '') return DEFAULT_COMPRESSION_LEVEL
  if (!/^\d$/.test(value)) {
    throw new InputError(
      `compression-level ${quote(value)} is not an xz preset: use a number from 0 (fastest, largest) to 9 (slowest, smallest); the default is ${DEFAULT_COMPRESSION_LEVEL}`
    )
  }
  return Number(value)
}

function parseBoolean(value: string, name: string, fallback: boolean): boolean {
  if (value === '') return fallback
  if (/^(true|yes|1)$/i.test(value)) return true
  if (/^(false|no|0)$/i.test(value)) return false
  throw new InputError(`${name} ${quote(value)} must be true or false`)
}

/** `10%` (or `10`) → 10; `off` → undefined. */
function percentOrOff(value: string, name: string): number | undefined {
  if (/^off$/i.test(value)) return undefined
  const match = /^(\d+(?:\.\d+)?)\s*%?$/.exec(value)
  if (!match) {
    throw new InputError(`${name} ${quote(value)} is not a percentage such as 10% (or off)`)
  }
  return Number(match[1])
}

/**
 * The characters @actions/artifact refuses in a name (validateArtifactName in its
 * internal/upload/path-and-artifact-name-validation), checked here so that a bad name fails in
 * the first second, not after the build.
 */
const ARTIFACT_NAME_FORBIDDEN = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/']

/**
 * The artifact service takes names of 1 to 256 characters ("name invalid length for artifact
 * name: must be between 1 and 256 characters", its 400 answer, as quoted in graalvm/mandrel#731).
 * A failed build also uploads `<artifact-name>-build-log`, which must fit too.
 */
export const ARTIFACT_NAME_MAX = 256
export const BUILD_LOG_SUFFIX = '-build-log'

function artifactName(value: string): string {
  const bad = ARTIFACT_NAME_FORBIDDEN.find(character => value.includes(character))
  if (bad !== undefined) {
    throw new InputError(
      `artifact-name ${quote(value)} contains ${JSON.stringify(bad)}, which artifact names cannot hold (nor any of ${ARTIFACT_NAME_FORBIDDEN.map(c => JSON.stringify(c)).join(' ')})`
    )
  }
  if (value === '.' || value === '..') {
    throw new InputError(
      `artifact-name ${quote(value)} is not a name: it would mean a folder, not an artifact`
    )
  }
  const max = ARTIFACT_NAME_MAX - BUILD_LOG_SUFFIX.length
  if (value.length > max) {
    throw new InputError(
      `artifact-name is ${value.length} characters long (${quote(value, 40)}): GitHub takes at most ${ARTIFACT_NAME_MAX}, and ${max} leaves room for the ${BUILD_LOG_SUFFIX} artifact of a failed build`
    )
  }
  return value
}

/**
 * br2-external: one tree a line. Buildroot splits BR2_EXTERNAL at colons and spaces, so
 * `a:b` on one line would silently become two trees, and a path with a space two wrong ones.
 */
function br2ExternalTrees(value: string): string[] {
  const lines = value
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '')
  for (const line of lines) {
    if (/[:\s]/.test(line)) {
      throw new InputError(
        `br2-external line ${quote(line)} holds a ${line.includes(':') ? 'colon' : 'space'}, which Buildroot reads as a separator between trees: give one tree a line, and a path without colons or spaces`
      )
    }
  }
  return lines
}

/** ccache's size syntax: a number with an optional K, M, G or T suffix (e.g. 500M, 3G). */
function parseSize(value: string): string {
  if (!/^\d+(\.\d+)?[KMGT]?$/i.test(value)) {
    throw new InputError(
      `ccache-max-size ${quote(value)} is not a size such as 500M or 3G (ccache's --max-size syntax)`
    )
  }
  return value.toUpperCase()
}

/** Folders of the system that are never a build folder, nor is anything inside them. */
const SYSTEM_TREES = ['/bin', '/boot', '/dev', '/etc', '/lib', '/lib32', '/lib64', '/libx32']
  .concat(['/proc', '/sbin', '/sys', '/usr/bin', '/usr/include', '/usr/lib', '/usr/sbin'])
  .concat(['/usr/share'])
/** Folders that hold other things: never a build folder themselves (a folder inside is fine). */
const SHARED_FOLDERS = [
  '/',
  '/home',
  '/media',
  '/mnt',
  '/opt',
  '/root',
  '/run',
  '/srv',
  '/tmp'
].concat(['/usr', '/usr/local', '/usr/src', '/var', '/var/lib', '/var/tmp'])

/**
 * Buildroot writes .config, Makefile, build/, host/, target/ and images/ straight into its
 * output folder, so output-dir must be a folder of its own: never a system folder, the
 * workspace, the home folder, or a folder that holds the configuration or the sources (the
 * README promises config-dir is never written). What is in an existing folder is checked when
 * the run starts (stages/output-folder.ts).
 */
function checkOutputDirPlace(inputs: Inputs, defaults: InputDefaults): void {
  const dir = inputs.outputDir
  const refuse = (why: string): never => {
    throw new InputError(
      `output-dir ${quote(dir)} ${why}. Buildroot writes .config, build/, host/ and images/ straight into it: give it a folder of its own, such as ${path.join(defaults.workDir, `buildroot-k8s-${inputs.target}`)}.`
    )
  }
  const tree = SYSTEM_TREES.find(system => isInside(system, dir))
  if (tree) refuse(tree === dir ? 'is a system folder' : `is inside the system folder ${tree}`)
  if (SHARED_FOLDERS.includes(dir) || dir === os.homedir())
    refuse('is a folder shared by many things')
  const kept: [string, string | undefined][] = [
    ['the workspace', defaults.baseDir],
    ['config-dir', inputs.configDir],
    ["the action's own folder", defaults.actionDir],
    ['buildroot-src', inputs.buildrootSrc],
    ['linux-src', inputs.linuxSrc],
    ...inputs.br2External.map((tree): [string, string] => ['a br2-external tree', tree])
  ]
  for (const [name, folder] of kept) if (folder === dir) refuse(`is ${name}`)
  for (const [name, folder] of kept) {
    if (folder && isInside(dir, folder)) refuse(`holds ${name} (${folder})`)
  }
  // A folder of its own beside the configs is fine; not among a target's config files.
  const targetConfigs = path.join(inputs.configDir, inputs.target)
  if (isInside(targetConfigs, dir)) refuse(`is inside ${targetConfigs}, which is never written`)
}
