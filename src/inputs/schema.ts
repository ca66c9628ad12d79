// The action's inputs: one table gives each its name (the action.yml input and the command
// line's --flag), default, accepted values, description and parser. action.yml's inputs and the
// README's input table are generated from it (npm run generate; a test fails when they differ),
// the command line's options and --help are built from it, and values are parsed once, here.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  imageName,
  RUNTIME,
  runtimeAlias,
  RUNTIMES,
  DEFAULT_RUNTIME,
  type Runtime
} from '../runtimes.js'
import { TARGET, targetAlias, TARGETS, type Target } from '../targets.js'
import { whyNotAPlace, whyNotForMake } from '../util/places.js'
import { quote } from '../util/text.js'
import { parseRemoteStorage, parseSiteUrl, type GivenUrl, type RemoteStorage } from './urls.js'
import {
  InputError,
  oneOf,
  parseBoolean,
  parseDuration,
  parseSize,
  percentOrOff,
  wholeNumber
} from './values.js'

export { InputError } from './values.js'

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
export const SMOKE_LEVELS = ['basic', 'cluster'] as const
export type SmokeLevel = (typeof SMOKE_LEVELS)[number]
/** auto: on a GitHub-hosted runner when the free-space check would fail; true: always; false. */
export const FREE_DISK_SPACE_MODES = ['auto', 'true', 'false'] as const
export type FreeDiskSpaceMode = (typeof FREE_DISK_SPACE_MODES)[number]
/** off: one package at a time (Buildroot's default); per-package: top-level parallel build. */
export const PARALLEL_BUILD_MODES = ['off', 'per-package'] as const
export type ParallelBuildMode = (typeof PARALLEL_BUILD_MODES)[number]

/** The value of backup-site that turns Buildroot's backup site off. */
export const NO_BACKUP_SITE = 'none'

/** The Buildroot release the action is tested with, and has a patch series for. */
export const DEFAULT_BUILDROOT_VERSION = '2026.02.3'

/** The value of the buildroot-patches input that turns the patch series off. */
export const NO_PATCHES = 'none'

/** What the buildroot-patches input asks for: the default rule, no series, or a folder. */
export type PatchSeriesChoice =
  { kind: 'default' } | { kind: 'none' } | { kind: 'folder'; dir: string }

/** xz preset for the images (see docs/image.md, "Compression", for the measurements). */
export const DEFAULT_COMPRESSION_LEVEL = 6

/**
 * time-limit on GitHub when the input is empty: 5 h 45 min, which leaves 15 min of the 6 h
 * that hosted runners give a job (and of the default timeout-minutes, 360) for the upload, the
 * summary and the post step that saves the caches.
 */
export const DEFAULT_TIME_LIMIT_SECONDS = (5 * 60 + 45) * 60
/** GitHub-hosted runners end every job at 6 h (GitHub's usage limits). */
export const HOSTED_JOB_LIMIT_SECONDS = 6 * 3600

/**
 * The artifact service takes names of 1 to 256 characters ("name invalid length for artifact
 * name: must be between 1 and 256 characters", its 400 answer, as quoted in graalvm/mandrel#731).
 * A failed build also uploads `<artifact-name>-build-log`, which must fit too.
 */
export const ARTIFACT_NAME_MAX = 256
export const BUILD_LOG_SUFFIX = '-build-log'

export interface Inputs {
  target: Target
  /** The container runtime of the image: which configs/runtime/<runtime>.fragment is merged. */
  runtime: Runtime
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
  /** ccache's remote storage backends, each passed to every compiler call; empty: none. */
  ccacheRemoteStorage: RemoteStorage[]
  /** Remote storage only: no local ccache. */
  ccacheRemoteOnly: boolean
  /** BR2_PRIMARY_SITE: tried first for every download. */
  downloadMirror?: GivenUrl
  /** BR2_PRIMARY_SITE_ONLY: no other site is tried. */
  downloadMirrorOnly: boolean
  /** BR2_BACKUP_SITE: Buildroot's default, none, or a site of the user's. */
  backupSite: 'default' | typeof NO_BACKUP_SITE | GivenUrl
  /** Remove the runner's preinstalled toolchains that a Buildroot build never uses. */
  freeDiskSpace: FreeDiskSpaceMode
  jobs: number
  /** per-package: BR2_PER_PACKAGE_DIRECTORIES=y and a top-level `make -j<jobs>`. */
  parallelBuild: ParallelBuildMode
  /** xz preset, 0 (fastest) to 9 (smallest), for the root filesystem and SD card images. */
  compressionLevel: number
  upload: boolean
  artifactName: string
  retentionDays?: number
  /** How long the run may take (seconds) before it is stopped cleanly; see time-limit. */
  timeLimitSeconds?: number
  rebuild: RebuildMode
  cveReport: CveReportMode
  /** Percent of size change (either way) past which an image gets a warning; undefined: off. */
  sizeChangeWarning?: number
  smokeTest: SmokeTestMode
  smokeTestLevel: SmokeLevel
}

/** Input values by their action.yml names; '' or absent means not given. */
export type RawInputs = Partial<Record<string, string>>

/** What the defaults of a run depend on: where it runs. */
export interface InputContext {
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
  /** A GitHub-hosted runner (jobs end at 6 h), a self-hosted one, or a terminal. */
  runner?: 'github-hosted' | 'self-hosted' | 'local'
  /** Says what was accepted but deserves a word (a warning on GitHub). */
  warn?: (message: string) => void
  notice?: (message: string) => void
}

/** What a parser sees: the value (trimmed; '' when not given), the run, and the inputs before it. */
interface ParseScope {
  value: string
  context: InputContext
  parsed: Partial<Inputs>
  resolve(p: string): string
}

export interface InputSpec<K extends keyof Inputs = keyof Inputs> {
  /** The action.yml name; on the command line --<name> (mode is the command itself). */
  name: string
  key: K
  required?: boolean
  /** action.yml's `default:`, when it is a fixed value. */
  default?: string
  /** The default as README and --help show it (Markdown), when it depends on the run. */
  defaultText?: string
  /** Accepted values, when they are a fixed list. */
  values?: readonly string[]
  /** The value's shape on the command line, when not a list of values (e.g. DIR, SIZE). */
  placeholder?: string
  /** May be given more than once on the command line, each adding a line. */
  multiple?: boolean
  /** For action.yml and the README table. */
  description: string
  /** README section that explains more, as [title](#anchor). */
  see?: { title: string; anchor: string }
  /** Short help for --help (the default is added to it). */
  help: string
  parse(scope: ParseScope): Inputs[K]
}

/** Declares one input; keeps the parser's type tied to its key. */
function input<K extends keyof Inputs>(spec: InputSpec<K>): InputSpec<K> {
  return spec
}

const optionalPath = ({ value, resolve }: ParseScope): string | undefined =>
  value ? resolve(value) : undefined

/**
 * An input whose value is one of a list: parsed from the spec's own name, values and default, so
 * the three cannot disagree.
 */
function choice<K extends keyof Inputs>(
  spec: Omit<InputSpec<K>, 'parse'> & { values: readonly Inputs[K][] & readonly string[] }
): InputSpec<K> {
  return {
    ...spec,
    parse: ({ value }) =>
      (value === '' && spec.default !== undefined
        ? spec.default
        : oneOf(value, spec.values, spec.name)) as Inputs[K]
  }
}

/** Every input, in the order action.yml and the README list them (target first: defaults use it). */
export const INPUTS: readonly InputSpec[] = [
  input({
    name: 'target',
    key: 'target',
    required: true,
    values: TARGETS,
    description: `Image to build: amd64 (${TARGET.amd64.describe}) or arm64 (${TARGET.arm64.describe}).`,
    help: 'image to build or check',
    parse: ({ value }) => oneOf(value, TARGETS, 'target', targetAlias)
  }),
  input({
    name: 'runtime',
    key: 'runtime',
    default: DEFAULT_RUNTIME,
    values: RUNTIMES,
    description: `Container runtime of the image: containerd (${RUNTIME.containerd.describe}) or cri-o (${RUNTIME['cri-o'].describe}). Its runtime/<runtime>.fragment (config-dir's, else the action's) is merged over buildroot_defconfig.`,
    see: { title: 'containerd or CRI-O', anchor: 'containerd-or-cri-o' },
    help: 'container runtime of the image: containerd or cri-o',
    parse: ({ value }) =>
      value === '' ? DEFAULT_RUNTIME : oneOf(value, RUNTIMES, 'runtime', runtimeAlias)
  }),
  choice({
    name: 'mode',
    key: 'mode',
    default: 'build',
    values: MODES,
    description:
      'build: build, test and upload the images. check: validate the configuration without building (for pull requests).',
    help: 'the command: build or check'
  }),
  input({
    name: 'buildroot-version',
    key: 'buildrootVersion',
    default: DEFAULT_BUILDROOT_VERSION,
    placeholder: 'VERSION',
    description: `Buildroot release to download from buildroot.org, verified by sha256: against the hash the action pins for its tested releases (${DEFAULT_BUILDROOT_VERSION}, 2025.02.16), else against the SHA256 line of the release's .sign statement. Ignored when buildroot-src is set.`,
    help: 'Buildroot release to download',
    parse: ({ value }) => {
      const version = value || DEFAULT_BUILDROOT_VERSION
      if (!/^\d{4}\.\d{2}(\.\d+)?(-rc\d+)?$/.test(version)) {
        throw new InputError(
          `buildroot-version ${quote(version)} is not a Buildroot release name such as ${DEFAULT_BUILDROOT_VERSION}`
        )
      }
      return version
    }
  }),
  input({
    name: 'buildroot-src',
    key: 'buildrootSrc',
    placeholder: 'DIR',
    description:
      'An existing Buildroot source tree; nothing is downloaded. It is only read: Buildroot runs from a copy or with its output elsewhere.',
    help: 'an existing Buildroot tree; nothing is downloaded',
    parse: optionalPath
  }),
  input({
    name: 'buildroot-patches',
    key: 'buildrootPatches',
    defaultText: '`<config-dir>/buildroot-patches`',
    placeholder: 'DIR|none',
    description:
      "A folder of *.patch files applied in name order to a copy of the Buildroot tree, or none. A folder may hold one series per Buildroot release in subfolders named after it (2026.02.3/): the one for this run's release applies. Default: config-dir's buildroot-patches/ when it exists, else this action's own series.",
    see: { title: 'Buildroot patch series', anchor: 'buildroot-patch-series' },
    help: 'folder of *.patch files for the Buildroot tree, or none',
    parse: ({ value, resolve }) =>
      value.toLowerCase() === NO_PATCHES
        ? { kind: 'none' }
        : value
          ? { kind: 'folder', dir: resolve(value) }
          : { kind: 'default' }
  }),
  input({
    name: 'linux-src',
    key: 'linuxSrc',
    placeholder: 'DIR',
    description:
      'check mode: a kernel source tree to check kernel_defconfig against, instead of downloading the configured kernel.',
    help: 'check: kernel tree to check against (default: download the configured kernel)',
    parse: scope => {
      const dir = optionalPath(scope)
      // The top of a kernel tree has its Makefile and its top Kconfig file.
      if (dir && !['Makefile', 'Kconfig'].every(name => fs.existsSync(path.join(dir, name)))) {
        throw new InputError(
          `linux-src ${quote(dir)} is not a kernel source tree (no Makefile and Kconfig at its top): point it at the top folder of an unpacked kernel, such as linux-6.12.91/ or Debian's /usr/src/linux-source-6.12 once unpacked.`
        )
      }
      return dir
    }
  }),
  input({
    name: 'config-dir',
    key: 'configDir',
    defaultText: "the action's `configs/`",
    placeholder: 'DIR',
    description:
      'Folder holding <target>/buildroot_defconfig and <target>/kernel_defconfig; relative paths are from the workspace. It is only read.',
    help: 'folder with <target>/buildroot_defconfig and kernel_defconfig',
    parse: ({ value, resolve, context }) => (value ? resolve(value) : context.configDir)
  }),
  input({
    name: 'br2-external',
    key: 'br2External',
    placeholder: 'DIR',
    multiple: true,
    description:
      "Extra BR2_EXTERNAL trees, one path a line, used beside the action's own; no colons or spaces in a path (Buildroot splits paths at them).",
    help: 'extra BR2_EXTERNAL tree (repeat for more)',
    parse: ({ value, resolve }) => br2ExternalTrees(value).map(resolve)
  }),
  input({
    name: 'config-fragment',
    key: 'configFragment',
    placeholder: 'LINE',
    multiple: true,
    description:
      'Extra Kconfig lines (e.g. BR2_PACKAGE_HTOP=y) merged over the defconfig; later lines win.',
    help: 'Kconfig line merged over the defconfig, e.g. BR2_PACKAGE_HTOP=y (repeat for more)',
    // Kept as written: its lines are annotated by number.
    parse: ({ value }) => value
  }),
  input({
    name: 'output-dir',
    key: 'outputDir',
    defaultText: '`$RUNNER_TEMP/buildroot-k8s-<target>` (`-cri-o` added for cri-o)',
    placeholder: 'DIR',
    description:
      "Buildroot's O= folder: a new or empty folder, or one this action built in before (it leaves .buildroot-k8s-output.json there). Never the workspace, config-dir, buildroot-src or a system folder; not /tmp (on new runners a small RAM disk).",
    see: { title: 'Output folder', anchor: 'output-folder' },
    help: 'Buildroot output folder',
    parse: ({ value, resolve, context, parsed }) =>
      value
        ? resolve(value)
        : path.join(
            context.workDir,
            imageName(parsed.target ?? '', parsed.runtime ?? DEFAULT_RUNTIME)
          )
  }),
  input({
    name: 'free-disk-space',
    key: 'freeDiskSpace',
    default: 'auto',
    values: FREE_DISK_SPACE_MODES,
    description:
      "Remove the runner's large preinstalled toolchains that a Buildroot build never uses (.NET, Android, Haskell, CodeQL, Swift, Julia, PowerShell, browsers: a fixed list), and say how much space that gave. auto: on a GitHub-hosted runner, when the free-space check would fail. true: always, on any runner. false: never. Nothing outside the list is touched.",
    see: { title: 'Bigger builds', anchor: 'bigger-builds' },
    help: "remove the runner's unused preinstalled toolchains (auto: on hosted runners short of space)",
    parse: ({ value }) => {
      if (value === '' || value === 'auto') return 'auto'
      try {
        return parseBoolean(value, 'free-disk-space') ? 'true' : 'false'
      } catch {
        throw new InputError(
          `free-disk-space ${quote(value)} is not valid: use auto, true or false`
        )
      }
    }
  }),
  choice({
    name: 'cache',
    key: 'cache',
    default: 'read-write',
    values: CACHE_MODES,
    description:
      'read-write: restore and save dl/, ccache and the image cache. read-only: restore, never save (pull requests). off: no caching.',
    see: { title: 'How the caches work', anchor: 'how-the-caches-work' },
    help: 'what to do with the cache'
  }),
  input({
    name: 'ccache-max-size',
    key: 'ccacheMaxSize',
    default: '3G',
    placeholder: 'SIZE',
    description:
      "Largest ccache to keep, in ccache's syntax (500M, 3G); two targets' ccache plus dl/ must fit the repository's 10 GB cache quota.",
    help: "ccache's size limit",
    parse: ({ value }) =>
      parseSize(value || '3G', 'ccache-max-size', "500M or 3G (ccache's --max-size syntax)")
  }),
  input({
    name: 'ccache-remote-storage',
    key: 'ccacheRemoteStorage',
    placeholder: 'URL',
    description:
      "ccache's remote storage, shared by every runner of a fleet: redis://[PASSWORD@]HOST[:PORT], redis+unix:/SOCKET, http://HOST[:PORT]/PATH or file:/DIRECTORY, several separated by spaces (ccache's remote_storage syntax, |attributes included). Credentials are masked in logs, summaries and artifacts. A backend that cannot be reached is one warning; the build goes on with the local ccache.",
    see: { title: 'Bigger builds', anchor: 'bigger-builds' },
    help: "ccache's remote storage (redis://, redis+unix:, http://, file:), e.g. redis://cache.lan",
    parse: ({ value }) => parseRemoteStorage(value)
  }),
  input({
    name: 'ccache-remote-only',
    key: 'ccacheRemoteOnly',
    default: 'false',
    values: ['true', 'false'],
    description:
      'true: use only ccache-remote-storage, with no local ccache (nothing restored or written locally: for runners short of disk). false: the local ccache first, then the remote storage.',
    see: { title: 'Bigger builds', anchor: 'bigger-builds' },
    help: 'use only the remote ccache, no local one',
    parse: ({ value, parsed, context }) =>
      onlySwitch(value, 'ccache-remote-only', {
        needs: 'ccache-remote-storage',
        given: Boolean(parsed.ccacheRemoteStorage?.length),
        otherwise: 'the local ccache is used',
        warn: context.warn
      })
  }),
  input({
    name: 'download-mirror',
    key: 'downloadMirror',
    placeholder: 'URL',
    description:
      "Buildroot's primary download site (BR2_PRIMARY_SITE), tried before each package's own: an http(s):// URL, scp://[USER@]HOST:PATH or file:///PATH of a flat folder of source archives (the command line's mirror command fills one). Every file is still checked against its package's .hash; check mode lists what the mirror lacks.",
    see: { title: 'Bigger builds', anchor: 'bigger-builds' },
    help: 'download site tried first (BR2_PRIMARY_SITE)',
    parse: ({ value }) => (value ? parseSiteUrl(value, 'download-mirror') : undefined)
  }),
  input({
    name: 'download-mirror-only',
    key: 'downloadMirrorOnly',
    default: 'false',
    values: ['true', 'false'],
    description:
      "true: download from download-mirror only, never from the packages' own sites or the backup site (BR2_PRIMARY_SITE_ONLY).",
    see: { title: 'Bigger builds', anchor: 'bigger-builds' },
    help: 'download from download-mirror only (BR2_PRIMARY_SITE_ONLY)',
    parse: ({ value, parsed, context }) =>
      onlySwitch(value, 'download-mirror-only', {
        needs: 'download-mirror',
        given: Boolean(parsed.downloadMirror),
        otherwise: "Buildroot downloads from the packages' own sites",
        warn: context.warn
      })
  }),
  input({
    name: 'backup-site',
    key: 'backupSite',
    defaultText: "Buildroot's (`https://sources.buildroot.net`)",
    placeholder: 'URL|none',
    description:
      "Buildroot's backup download site (BR2_BACKUP_SITE), tried after a package's own site: a URL as for download-mirror, or none.",
    see: { title: 'Bigger builds', anchor: 'bigger-builds' },
    help: 'download site tried last (BR2_BACKUP_SITE), or none',
    parse: ({ value, parsed, context }) => {
      if (value === '') return 'default'
      if (parsed.downloadMirrorOnly) {
        context.notice?.(
          'backup-site is set, but download-mirror-only is true: Buildroot then tries no site but download-mirror.'
        )
      }
      return value.toLowerCase() === NO_BACKUP_SITE
        ? NO_BACKUP_SITE
        : parseSiteUrl(value, 'backup-site')
    }
  }),
  input({
    name: 'jobs',
    key: 'jobs',
    defaultText: 'CPUs + 1',
    placeholder: 'N',
    description: 'Parallel jobs for the build (BR2_JLEVEL), at most 4 per CPU.',
    help: 'make parallelism',
    parse: ({ value }) => {
      const cpus = os.availableParallelism()
      if (value === '') return cpus + 1
      return wholeNumber(
        value,
        'jobs',
        1,
        maxJobs(cpus),
        `at most 4 per CPU; this machine has ${cpus}`
      )
    }
  }),
  choice({
    name: 'parallel-build',
    key: 'parallelBuild',
    default: 'off',
    values: PARALLEL_BUILD_MODES,
    description:
      "off: Buildroot builds one package at a time, each with jobs in parallel. per-package: BR2_PER_PACKAGE_DIRECTORIES=y and a top-level make -j<jobs>, so packages that do not depend on each other build at the same time (Buildroot's top-level parallel build, still experimental upstream; it uses more disk).",
    see: { title: 'Bigger builds', anchor: 'bigger-builds' },
    help: 'per-package: build independent packages at the same time (experimental in Buildroot)'
  }),
  input({
    name: 'compression-level',
    key: 'compressionLevel',
    default: String(DEFAULT_COMPRESSION_LEVEL),
    placeholder: '0-9',
    description:
      'xz preset for rootfs.ext4.xz and the SD card image, 0 (fastest) to 9 (smallest); the measured trade-off is in docs/image.md, "Compression".',
    help: 'xz preset for the root filesystem and SD card images',
    parse: ({ value }) => {
      if (value === '') return DEFAULT_COMPRESSION_LEVEL
      if (!/^\d$/.test(value)) {
        throw new InputError(
          `compression-level ${quote(value)} is not an xz preset: use a number from 0 (fastest, largest) to 9 (slowest, smallest); the default is ${DEFAULT_COMPRESSION_LEVEL}`
        )
      }
      return Number(value)
    }
  }),
  input({
    name: 'upload',
    key: 'upload',
    default: 'true',
    values: ['true', 'false'],
    description:
      'Upload the images as a workflow artifact (on the command line: copy them to --artifacts-dir).',
    help: 'upload the images',
    parse: ({ value }) => (value === '' ? true : parseBoolean(value, 'upload'))
  }),
  input({
    name: 'artifact-name',
    key: 'artifactName',
    defaultText: '`buildroot-k8s-<target>` (`-cri-o` added for cri-o)',
    placeholder: 'NAME',
    description: `Artifact name, unique within a workflow run (a re-run attempt replaces its earlier upload); at most ${ARTIFACT_NAME_MAX - BUILD_LOG_SUFFIX.length} characters, none of " : < > | * ? \\ / or a line break.`,
    help: 'artifact name',
    parse: ({ value, parsed }) =>
      artifactName(value || imageName(parsed.target ?? '', parsed.runtime ?? DEFAULT_RUNTIME))
  }),
  input({
    name: 'retention-days',
    key: 'retentionDays',
    defaultText: "the repository's setting",
    placeholder: 'DAYS',
    description:
      "Days to keep the artifact: 1 to 90 (or up to the repository's setting when that is longer).",
    help: 'days to keep the artifact (the local folder keeps everything until you delete it)',
    parse: ({ value, context }) =>
      value ? retentionDays(value, context.maxRetentionDays) : undefined
  }),
  input({
    name: 'time-limit',
    key: 'timeLimitSeconds',
    defaultText: "`5h45m` from the job's start on GitHub; none on the command line",
    placeholder: 'DURATION',
    description:
      "Stop the run cleanly after this long, counted from the job's start, so that the caches are still saved and a re-run continues from ccache: minutes (345) or hours and minutes (5h45m). The default leaves 15 min of the 6 h a hosted job may run; with another timeout-minutes, set it to that less 15 min.",
    see: { title: 'Time limit and cancelling', anchor: 'time-limit-and-cancelling' },
    help: 'stop cleanly after this long, e.g. 5h45m or 90 (minutes)',
    parse: ({ value, context }) => (value ? timeLimit(value, context) : undefined)
  }),
  choice({
    name: 'rebuild',
    key: 'rebuild',
    default: 'auto',
    values: REBUILD_MODES,
    description:
      'auto: when nothing that shapes the images changed (the inputs hash), restore the images of the build that had these inputs instead of building. always: build anyway.',
    see: { title: 'No-change rebuilds', anchor: 'no-change-rebuilds' },
    help: 'always: build even when the image cache has images for these inputs'
  }),
  choice({
    name: 'cve-report',
    key: 'cveReport',
    default: 'report',
    values: CVE_REPORT_MODES,
    description:
      "report: list the image's unfixed CVEs (Buildroot's cve-check against the NVD) in the summary and the artifact. fail-on-high: also fail on any rated high or critical. off: no report.",
    see: { title: 'SBOM and CVE report', anchor: 'sbom-and-cve-report' },
    help: 'CVE report from the SBOM'
  }),
  input({
    name: 'size-change-warning',
    key: 'sizeChangeWarning',
    default: '10%',
    placeholder: 'PERCENT|off',
    description:
      'Warn when an image grew or shrank by more than this against the last successful build of the same target (e.g. 10%), or off.',
    help: "warn when an image's size changed by more than this since the last build",
    parse: ({ value }) => percentOrOff(value || '10%', 'size-change-warning')
  }),
  input({
    name: 'smoke-test',
    key: 'smokeTest',
    default: 'auto',
    values: ['auto', 'true', 'false'],
    description:
      'Boot the images in QEMU and test them as a Kubernetes node, after they are collected. auto: when QEMU is installed, else a notice. true: QEMU missing is an error. false (or off): no smoke test.',
    see: { title: 'Smoke test', anchor: 'smoke-test-every-image-boots-and-works-as-a-node' },
    help: 'boot the images in QEMU and test them as a node',
    parse: ({ value }) => {
      if (value === '' || value === 'auto') return 'auto'
      if (value === 'off') return 'off'
      try {
        return parseBoolean(value, 'smoke-test') ? 'true' : 'off'
      } catch {
        throw new InputError(
          `smoke-test ${quote(value)} is not valid: use auto, true or false (off is read as false)`
        )
      }
    }
  }),
  choice({
    name: 'smoke-test-level',
    key: 'smokeTestLevel',
    default: 'basic',
    values: SMOKE_LEVELS,
    description:
      'basic: systemd, kernel config, modules, sysctls, the container runtime (containerd, runc and docker, or CRI-O with crun), kubeadm preflight, first boot with a data disk, without network. cluster: also kubeadm init over QEMU user networking, node Ready, a pod runs.',
    help: 'basic, or cluster: also kubeadm init, node Ready, a pod runs'
  })
]

/** The spec of an input by its name. */
export function inputSpec(name: string): InputSpec | undefined {
  return INPUTS.find(spec => spec.name === name)
}

/** How README and --help show an input's default. */
export function defaultShown(spec: InputSpec): string {
  if (spec.required) return '(required)'
  if (spec.default !== undefined) return `\`${spec.default}\``
  return spec.defaultText ?? ''
}

/** The credentials the inputs hold: masked in every log line, summary and artifact. */
export function secretsOf(inputs: Inputs): string[] {
  const urls = [
    ...inputs.ccacheRemoteStorage,
    inputs.downloadMirror,
    typeof inputs.backupSite === 'object' ? inputs.backupSite : undefined
  ]
  return [...new Set(urls.flatMap(url => url?.secrets ?? []))]
}

/** Parses every input once; throws InputError naming the input and what to write instead. */
export function parseInputs(raw: RawInputs, context: InputContext): Inputs {
  const parsed: Partial<Inputs> = {}
  const resolve = (p: string): string => path.resolve(context.baseDir, p)
  for (const spec of INPUTS) {
    // config-fragment keeps its own whitespace and line numbers.
    const given = raw[spec.name] ?? ''
    const value = spec.key === 'configFragment' ? given : given.trim()
    ;(parsed as Record<string, unknown>)[spec.key] = spec.parse({ value, context, parsed, resolve })
  }
  const inputs = parsed as Inputs
  checkPlaces(inputs, context)
  return inputs
}

/**
 * make's parallelism. More than 4 jobs a CPU only adds memory pressure (every job is a compiler
 * or a Go build), and a typo such as 100000 would start that many processes hours into a build.
 */
export function maxJobs(cpus = os.availableParallelism()): number {
  return 4 * cpus
}

/** GitHub keeps artifacts 1 to 90 days; a repository can set a longer retention for itself. */
/**
 * A "…-only" switch narrows the run to another input. That input left empty is often a secret
 * this run is not given (a pull request from a fork): the run goes on without it, with a warning.
 */
function onlySwitch(
  value: string,
  name: string,
  other: { needs: string; given: boolean; otherwise: string; warn: InputContext['warn'] }
): boolean {
  const only = value === '' ? false : parseBoolean(value, name)
  if (only && !other.given) {
    other.warn?.(
      `${name} is true, but ${other.needs} is empty (a secret this run is not given?): ${other.otherwise}.`
    )
    return false
  }
  return only
}

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

/** A time limit past a hosted runner's 6 h never fires: the runner ends the job first. */
function timeLimit(value: string, context: InputContext): number {
  const seconds = parseDuration(value, 'time-limit')
  if (seconds > HOSTED_JOB_LIMIT_SECONDS) {
    if (context.runner === 'github-hosted') {
      context.warn?.(
        `time-limit ${value} is longer than the 6 h a GitHub-hosted runner gives a job: the runner ends the job first, without saving the caches. Set time-limit to 5h45m or less.`
      )
    } else if (context.runner === 'self-hosted') {
      context.notice?.(
        `time-limit ${value} is longer than 6 h: raise the job's timeout-minutes (default 360) above it too, or the job ends first.`
      )
    }
  }
  return seconds
}

/**
 * The characters @actions/artifact refuses in a name (validateArtifactName in its
 * internal/upload/path-and-artifact-name-validation), checked here so that a bad name fails in
 * the first second, not after the build.
 */
const ARTIFACT_NAME_FORBIDDEN = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/']

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

/**
 * Buildroot writes .config, Makefile, build/, host/, target/ and images/ straight into its
 * output folder, so output-dir must be a folder of its own: never a system folder, the
 * workspace, the home folder, or a folder that holds the configuration or the sources, nor one
 * inside buildroot-src or config-dir (both are only read). What is in an existing folder is
 * checked when the run starts (stages/output-folder.ts). And every path Buildroot reads must be
 * free of spaces.
 */
function checkPlaces(inputs: Inputs, context: InputContext): void {
  const dir = inputs.outputDir
  const why = whyNotAPlace(dir, [
    { name: 'the workspace', dir: context.baseDir },
    { name: 'config-dir', dir: inputs.configDir },
    // A folder of its own beside the configs is fine; not among a target's config files.
    {
      name: `the ${inputs.target} config folder`,
      dir: path.join(inputs.configDir, inputs.target),
      inside: true
    },
    { name: "the action's own folder", dir: context.actionDir },
    { name: 'buildroot-src', dir: inputs.buildrootSrc, inside: true },
    { name: 'linux-src', dir: inputs.linuxSrc, inside: true },
    ...inputs.br2External.map(tree => ({ name: 'a br2-external tree', dir: tree, inside: true }))
  ])
  if (why) {
    throw new InputError(
      `output-dir ${quote(dir)} ${why}. Buildroot writes .config, build/, host/ and images/ straight into it: give it a folder of its own, such as ${path.join(context.workDir, imageName(inputs.target, inputs.runtime))}.`
    )
  }
  const readByMake: [string, string | undefined][] = [
    ['output-dir', inputs.outputDir],
    ['buildroot-src', inputs.buildrootSrc],
    ['config-dir', inputs.configDir],
    ['linux-src', inputs.linuxSrc]
  ]
  for (const [name, folder] of readByMake) {
    const spaces = folder && whyNotForMake(folder)
    if (spaces) {
      throw new InputError(`${name} ${quote(folder)} ${spaces}: move it to a path without spaces.`)
    }
  }
}
