// Configuring a Buildroot tree, for build and check mode alike: merges the target's
// buildroot_defconfig with the runtime's fragment and the user's, points the kernel at
// kernel_defconfig, runs `make defconfig` on a merged copy (Buildroot never writes into the
// user's config folder) and finds every requested symbol that did not land.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {
  findUnmetRequests,
  mergeKconfig,
  parseKconfig,
  readDotConfig,
  renderKconfig,
  type KconfigEntry,
  type UnmetRequest
} from '../kconfig/defconfig.js'
import { RUNTIME, type Runtime } from '../runtimes.js'
import type { Inputs } from '../inputs/schema.js'
import type { Target } from '../targets.js'
import { errorMessage, UserError } from '../util/errors.js'
import { isInside } from '../util/fs.js'
import { echo } from '../util/text.js'
import { HASH_VARIABLES } from './download-hashes.js'
import { captureMake, queryBuildroot, type BuildrootTree } from './make.js'
import { parseShowInfo, showInfoFile, type PackageInfo } from './show-info.js'

export interface TargetConfigFiles {
  buildrootDefconfig: string
  kernelDefconfig: string
  /** The runtime's Kconfig fragment, merged over buildroot_defconfig (before config-fragment). */
  runtimeFragment?: string
}

/** A mistake in the configuration, annotated on its file and line when known. */
export class ConfigError extends UserError {}

/**
 * The BR2_EXTERNAL tree that goes with a config folder: its own `external/` when it has one
 * (a copy of configs/ keeps the defconfigs and their packages together), else the action's.
 */
export function configExternalTree(configDir: string, ownExternalTree: string): string {
  const beside = path.join(configDir, 'external')
  return fs.existsSync(path.join(beside, 'external.desc')) ? beside : ownExternalTree
}

/**
 * The Kconfig fragment of a runtime: config-dir's runtime/<runtime>.fragment when it has one (a
 * copy of configs/ keeps its defconfigs and fragments together), else the action's own.
 */
export function runtimeFragmentFile(
  configDir: string,
  runtime: Runtime,
  ownRuntimeDir: string
): string {
  const beside = path.join(configDir, 'runtime', RUNTIME[runtime].fragment)
  return fs.existsSync(beside) ? beside : path.join(ownRuntimeDir, RUNTIME[runtime].fragment)
}

/**
 * Where a target's config files live (with a runtime, its fragment too); a clear error when one
 * is missing.
 */
export function locateConfigFiles(
  configDir: string,
  target: Target,
  runtime?: { runtime: Runtime; ownRuntimeDir: string }
): TargetConfigFiles {
  const files: TargetConfigFiles = {
    buildrootDefconfig: path.join(configDir, target, 'buildroot_defconfig'),
    kernelDefconfig: path.join(configDir, target, 'kernel_defconfig')
  }
  if (runtime) {
    files.runtimeFragment = runtimeFragmentFile(configDir, runtime.runtime, runtime.ownRuntimeDir)
    if (!fs.existsSync(files.runtimeFragment)) {
      throw new ConfigError(
        `${files.runtimeFragment} not found: runtime ${runtime.runtime} merges runtime/${RUNTIME[runtime.runtime].fragment} over buildroot_defconfig, from config-dir (${configDir}) or from the action's own configs/. Add it to ${path.join(configDir, 'runtime')}, or choose another runtime.`
      )
    }
  }
  for (const file of [files.buildrootDefconfig, files.kernelDefconfig]) {
    if (!fs.existsSync(file)) {
      const folder = path.dirname(file)
      const present = fs.existsSync(folder)
        ? `it holds: ${fs.readdirSync(folder).join(', ') || 'nothing'}`
        : `${folder} does not exist`
      throw new ConfigError(
        `${file} not found (${present}). config-dir must hold <target>/buildroot_defconfig and <target>/kernel_defconfig for target ${target}.`
      )
    }
  }
  return files
}

/** Name under which the config-fragment input is reported in file:line messages. */
export const FRAGMENT_SOURCE = 'config-fragment'
/** Name under which the parallel-build input's line is reported. */
export const PARALLEL_BUILD_SOURCE = 'parallel-build'

/**
 * Lines an input adds to the configuration, after the fragment (so the input wins):
 * parallel-build: per-package turns on per-package directories, which top-level parallel
 * builds need (Buildroot's manual, "Top-level parallel build"). Check mode loads them too.
 */
export function inputLines(inputs: Pick<Inputs, 'parallelBuild'>): KconfigEntry[] {
  return inputs.parallelBuild === 'per-package'
    ? [{ symbol: 'BR2_PER_PACKAGE_DIRECTORIES', value: 'y', file: PARALLEL_BUILD_SOURCE, line: 0 }]
    : []
}

/** Whether a requested line came from an input rather than a file of the configuration. */
export const isInputLine = (entry: KconfigEntry): boolean =>
  entry.file === FRAGMENT_SOURCE || entry.file === PARALLEL_BUILD_SOURCE

export interface RequestedConfig {
  files: TargetConfigFiles
  /** Every requested BR2_ symbol after merging, with the file and line it came from. */
  requested: KconfigEntry[]
  /**
   * sha256 of the merged defconfig (the runtime's fragment in it), the kernel config and the
   * Buildroot patch series: what determines the build.
   */
  configHash: string
  mergedText: string
}

/**
 * Reads and merges the target's configuration; throws ConfigError with file:line on bad lines.
 * `patchSeries` is the sha256 of the Buildroot patch series ('' without one); `fromInputs` the
 * lines inputs add (inputLines).
 */
export function readRequestedConfig(
  files: TargetConfigFiles,
  fragment: string,
  patchSeries = '',
  fromInputs: KconfigEntry[] = []
): RequestedConfig {
  const defconfig = parseKconfig(
    fs.readFileSync(files.buildrootDefconfig, 'utf8'),
    files.buildrootDefconfig,
    'BR2_'
  )
  const kernelText = fs.readFileSync(files.kernelDefconfig, 'utf8')
  const kernel = parseKconfig(kernelText, files.kernelDefconfig, 'CONFIG_')
  // An empty file loads as Buildroot's or the kernel's defaults: never what was meant.
  for (const [file, entries, kind] of [
    [files.buildrootDefconfig, defconfig, 'BR2_'],
    [files.kernelDefconfig, kernel, 'CONFIG_']
  ] as const) {
    if (!entries.length) {
      throw new ConfigError(
        `${file} has no ${kind} setting at all (it is empty, or only comments): it would build the defaults. Put the target's configuration there (the action's configs/ has one to start from).`,
        file
      )
    }
  }
  // The kernel always follows the target's kernel_defconfig, wherever config-dir is.
  const kernelPointer: KconfigEntry[] = [
    { symbol: 'BR2_LINUX_KERNEL_USE_CUSTOM_CONFIG', value: 'y' },
    {
      symbol: 'BR2_LINUX_KERNEL_CUSTOM_CONFIG_FILE',
      value: JSON.stringify(path.resolve(files.kernelDefconfig))
    }
  ].map(e => ({ ...e, file: files.buildrootDefconfig, line: 0 }))
  // The runtime's fragment, then the user's: a later layer wins.
  const runtimeLayer = files.runtimeFragment
    ? parseKconfig(fs.readFileSync(files.runtimeFragment, 'utf8'), files.runtimeFragment, 'BR2_')
    : []
  const requested = mergeKconfig(
    defconfig,
    kernelPointer,
    runtimeLayer,
    parseKconfig(fragment, FRAGMENT_SOURCE, 'BR2_'),
    fromInputs
  )
  const mergedText = renderKconfig(requested)
  const hash = crypto.createHash('sha256').update(mergedText).update('\0').update(kernelText)
  // Without a series the hash stays what it was before series existed.
  if (patchSeries) hash.update('\0').update(`buildroot-patches ${patchSeries}`)
  const configHash = hash.digest('hex')
  return { files, requested, configHash, mergedText }
}

export interface LoadedConfig extends RequestedConfig {
  tree: BuildrootTree
  mergedDefconfig: string
  dotConfig: Map<string, string>
  /** Requested symbols that Kconfig dropped or changed. */
  unmet: UnmetRequest[]
}

export interface ConfiguredTree extends LoadedConfig {
  buildrootVersion: string
  /** What Buildroot will build and download (`make show-info`). */
  packages: PackageInfo[]
  /** <PKG>_HASH_FILES and BR_NO_CHECK_HASH_FOR, for the download hash rule. */
  hashVariables: Map<string, string>
}

/** Runs `make defconfig` on the merged configuration (a second or so: no package makefile is read). */
export async function loadDefconfig(
  tree: BuildrootTree,
  config: RequestedConfig
): Promise<LoadedConfig> {
  fs.mkdirSync(tree.outputDir, { recursive: true })
  const mergedDefconfig = path.join(tree.outputDir, 'buildroot-k8s_defconfig')
  fs.writeFileSync(mergedDefconfig, config.mergedText)
  try {
    await captureMake(tree, ['defconfig'], [`BR2_DEFCONFIG=${mergedDefconfig}`])
  } catch (error) {
    const refused = refusedExternalTree(errorMessage(error), tree.externalTrees)
    if (refused) throw refused
    const unreadable = unreadableKconfig(errorMessage(error), tree)
    if (unreadable) throw unreadable
    throw new ConfigError(
      `Buildroot could not load ${config.files.buildrootDefconfig}: ${errorMessage(error)}`,
      config.files.buildrootDefconfig
    )
  }
  const dotConfig = readDotConfig(fs.readFileSync(path.join(tree.outputDir, '.config'), 'utf8'))
  return {
    ...config,
    tree,
    mergedDefconfig,
    dotConfig,
    unmet: findUnmetRequests(config.requested, dotConfig)
  }
}

/**
 * Kconfig stops at a Config.in it cannot parse with `<file>:<line>: <what>` lines: the error
 * belongs to that file (a BR2_EXTERNAL tree's, usually), not to the defconfig.
 */
export function unreadableKconfig(output: string, tree: BuildrootTree): ConfigError | undefined {
  // Kconfig reports a broken block at its end first: the earliest line is the one to fix.
  const problems = [...output.matchAll(/^(\/[^\s:]+):(\d+): (.+)$/gm)]
    .filter(match => fs.existsSync(match[1]))
    .sort((a, b) => a[1].localeCompare(b[1]) || Number(a[2]) - Number(b[2]))
  if (!problems.length) return undefined
  const [first] = problems
  const file = first[1]
  const owner = tree.externalTrees.find(dir => isInside(dir, file))
  const where = owner ? `the BR2_EXTERNAL tree ${owner}` : `the Buildroot tree ${tree.sourceDir}`
  const more =
    problems.length > 1
      ? ` (and ${problems.length - 1} more: ${problems
          .slice(1, 4)
          .map(p => `line ${p[2]}: ${echo(p[3])}`)
          .join('; ')})`
      : ''
  return new ConfigError(
    `Kconfig cannot read ${file} of ${where}: line ${first[2]}: ${echo(first[3])}${more}. Fix that file; the defconfig was not loaded.`,
    file,
    Number(first[2])
  )
}

/**
 * Buildroot checks each BR2_EXTERNAL tree (support/scripts/br2-external) and stops with
 * `Makefile:NNN: *** '<tree or its file>': <what is wrong>.  Stop.`: no external.desc, no name,
 * a name another tree already uses... That is about the tree, not the defconfig: the error
 * names the tree and points at its external.desc when there is one.
 */
export function refusedExternalTree(output: string, trees: string[]): ConfigError | undefined {
  const match = /\*\*\* '([^']+)': (.*?)\.?\s+Stop\./.exec(output)
  if (!match) return undefined
  const [, where, what] = match
  const tree = trees.find(t => where === t || where.startsWith(`${t}/`))
  if (!tree) return undefined
  const desc = path.join(tree, 'external.desc')
  let line: number | undefined
  if (fs.existsSync(desc)) {
    const index = fs
      .readFileSync(desc, 'utf8')
      .split('\n')
      .findIndex(l => l.startsWith('name:'))
    line = index >= 0 ? index + 1 : undefined
  }
  const advice = /already used/.test(what)
    ? 'Each BR2_EXTERNAL tree needs a name of its own (the name: line of its external.desc).'
    : /external\.desc|name/.test(what)
      ? 'A BR2_EXTERNAL tree needs an external.desc with a name: line (Buildroot\'s manual, "Layout of a br2-external tree").'
      : 'Check the br2-external input: each line must be a BR2_EXTERNAL tree.'
  return new ConfigError(
    `Buildroot refuses the BR2_EXTERNAL tree ${tree}: ${echo(what)}. ${advice}`,
    fs.existsSync(desc) ? desc : undefined,
    line
  )
}

/**
 * One full parse of Buildroot's makefiles for everything build and check mode need from them:
 * the version, the package list and the hash variables (and, for check mode, savedefconfig).
 * It also surfaces Makefile errors now rather than an hour into the build.
 */
export async function readBuildroot(
  loaded: LoadedConfig,
  options: { saveDefconfig?: string } = {}
): Promise<ConfiguredTree> {
  let answers
  try {
    answers = await queryBuildroot(loaded.tree, {
      vars: ['BR2_VERSION', ...HASH_VARIABLES],
      showInfo: true,
      saveDefconfig: options.saveDefconfig
    })
  } catch (error) {
    throw new ConfigError(
      `Buildroot's makefiles do not parse with this configuration (make printvars show-info): ${errorMessage(error)}`,
      loaded.files.buildrootDefconfig
    )
  }
  const showInfo = answers.showInfo ?? '{}'
  // Kept beside the build: the SBOM is made from it (stages/sbom.ts).
  fs.writeFileSync(showInfoFile(loaded.tree), showInfo)
  return {
    ...loaded,
    buildrootVersion: answers.vars.get('BR2_VERSION') ?? 'unknown',
    packages: parseShowInfo(showInfo),
    hashVariables: answers.vars
  }
}

/** `make defconfig`, then the one parse of the makefiles. */
export async function configureTree(
  tree: BuildrootTree,
  config: RequestedConfig
): Promise<ConfiguredTree> {
  return readBuildroot(await loadDefconfig(tree, config))
}
