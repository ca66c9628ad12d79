#!/usr/bin/env node
// Command-line front-end: the same pipeline as the action, with local folders in place of
// GitHub's cache and artifact services. Its options are the action's inputs (cli-options.ts).
//   buildroot-k8s build --target amd64 [--buildroot-src DIR] [--output-dir DIR] ...
//   buildroot-k8s check --target arm64 --linux-src DIR ...
//   buildroot-k8s smoke --target amd64 --images DIR [--smoke-test-level cluster]
//   buildroot-k8s mirror --target amd64 --out DIR [--dl-dir DIR] (a download-mirror folder)
//   buildroot-k8s node-config --out DIR ... (src/node-config: a node's first-boot folder)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import {
  DEFAULT_BUILDROOT_VERSION,
  parseInputs,
  SMOKE_LEVELS,
  type Inputs,
  type RawInputs,
  type SmokeLevel
} from '../inputs/schema.js'
import {
  binaryBytes,
  closest,
  InputError,
  oneOf,
  parseSize,
  positiveNumber
} from '../inputs/values.js'
import { NODE_CONFIG_USAGE, nodeConfigCommand } from '../node-config/command.js'
import { NodeConfigError } from '../node-config/index.js'
import { runContext, type FrontEndFacts } from '../pipeline/context.js'
import { ownerOf } from '../stages/output-folder.js'
import { runMain, runMirror } from '../pipeline/main.js'
import { runPost } from '../pipeline/post.js'
import {
  ARTIFACTS_MARKER,
  CACHE_MARKER,
  DEFAULT_CACHE_LIMITS,
  localPlatform,
  terminalReporter
} from '../platform/local.js'
import type { Reporter } from '../platform/types.js'
import { claimFolder, whyNotAPlace, whyNotForMake, type FolderMarker } from '../util/places.js'
import { SMOKE_OUTPUT_MARKER, smokeCommand } from '../smoke/command.js'
import { targetAlias, TARGETS, type Target } from '../targets.js'
import { errorMessage } from '../util/errors.js'
import { handleStopSignals } from '../util/process-groups.js'
import { quote } from '../util/text.js'
import { actionRoot } from './action-layout.js'
import { COMMANDS, DEPRECATED_FLAGS, optionsOf, usage, type Command } from './cli-options.js'

/** The Node the action runs on GitHub (action.yml: runs.using node24) and the tests use. */
const TESTED_NODE_MAJOR = 24

function say(line: string): void {
  process.stderr.write(`${line}\n`)
}

/** Says once which Node runs this, and when it is older than the one the action is built for. */
function sayNode(): void {
  const major = Number(process.versions.node.split('.')[0])
  say(
    `buildroot-k8s on Node ${process.version} (${process.execPath})` +
      (major < TESTED_NODE_MAJOR
        ? `: older than Node ${TESTED_NODE_MAJOR}, which the action runs on and is tested with; if something fails, run it with Node ${TESTED_NODE_MAJOR}.`
        : '')
  )
}

/** A mistake in how the command was called: exit code 2, with the usage of the command. */
class UsageError extends InputError {
  constructor(
    message: string,
    readonly command?: Command
  ) {
    super(message)
  }
}

type Values = Record<string, string[] | boolean | undefined>

/** Reads `args` as `command`'s options: unknown flags and single flags given twice are refused. */
function parseOptions(command: Command, args: string[]): Values {
  const options: Record<
    string,
    { type: 'string' | 'boolean'; multiple?: boolean; short?: string }
  > = {}
  const known = optionsOf(command)
  for (const option of known) {
    // Every value flag is read as multiple, so that a repeated one can be refused, not dropped.
    options[option.flag] = option.value
      ? { type: 'string', multiple: true }
      : { type: 'boolean', ...(option.flag === 'help' ? { short: 'h' } : {}) }
  }
  if (command === 'build' || command === 'check') {
    for (const [flag, old] of Object.entries(DEPRECATED_FLAGS)) {
      options[flag] = old.value ? { type: 'string', multiple: true } : { type: 'boolean' }
    }
  }
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    const unknown = /Unknown option '(--?[^']+)'/.exec(errorMessage(error))?.[1]
    if (unknown) {
      const name = unknown.replace(/^-+/, '').split('=')[0]
      const near = closest(
        name,
        known.map(o => o.flag)
      )
      const elsewhere = COMMANDS.filter(
        other => other !== command && optionsOf(other).some(o => o.flag === name)
      )
      throw new UsageError(
        `${unknown} is not an option of ${command}` +
          (near
            ? `: did you mean --${near}?`
            : elsewhere.length
              ? ` (it is one of ${elsewhere.join(', ')})`
              : '') +
          ` (buildroot-k8s ${command} --help lists them)`,
        command
      )
    }
    throw new UsageError(errorMessage(error), command)
  }
  if (parsed.positionals.length) {
    throw new UsageError(
      `unexpected argument ${quote(parsed.positionals[0])} after ${command}: every value belongs to a --flag`,
      command
    )
  }
  const values = parsed.values as Values
  for (const option of known) {
    const given = values[option.flag]
    if (!option.multiple && Array.isArray(given) && given.length > 1) {
      throw new UsageError(
        `--${option.flag} is given ${given.length} times (${given.map(v => quote(v)).join(', ')}): give it once`,
        command
      )
    }
  }
  return values
}

const single = (values: Values, flag: string): string | undefined => {
  const given = values[flag]
  return Array.isArray(given) ? given[0] : undefined
}
const many = (values: Values, flag: string): string[] => {
  const given = values[flag]
  return Array.isArray(given) ? given : []
}

/** --config-fragment-file, then each --config-fragment line (later lines win, as in a fragment). */
function configFragment(values: Values): string {
  const lines: string[] = []
  const readFragment = (name: string): string => {
    try {
      return fs.readFileSync(name, 'utf8')
    } catch (error) {
      throw new InputError(
        `the config fragment file ${quote(name)} cannot be read: ${errorMessage(error)}`
      )
    }
  }
  const file = single(values, 'config-fragment-file')
  if (file) lines.push(readFragment(file))
  for (const value of many(values, 'config-fragment')) {
    // Before the flags matched the inputs, --config-fragment took a file.
    if (!value.includes('=') && !value.trimStart().startsWith('#') && fs.existsSync(value)) {
      say(
        `buildroot-k8s: --config-fragment ${value} reads a file; write --config-fragment-file ${value} (--config-fragment now takes the lines themselves, as the input does).`
      )
      lines.push(readFragment(value))
    } else {
      lines.push(value)
    }
  }
  return lines.join('\n')
}

/** The version of this tool: package.json's, and the Buildroot release it builds by default. */
function version(root: string): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    version: string
  }
  return `buildroot-k8s ${pkg.version} (Buildroot ${DEFAULT_BUILDROOT_VERSION} by default)`
}

async function main(argv: string[]): Promise<number> {
  const root = actionRoot(fileURLToPath(import.meta.url))
  const [first, ...rest] = argv
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
    const command = first === 'help' && COMMANDS.includes(rest[0] as Command) ? rest[0] : undefined
    process.stdout.write(`${usage(command as Command | undefined)}\n`)
    return first === undefined ? 2 : 0
  }
  if (first === 'version' || first === '--version' || first === '-V') {
    process.stdout.write(`${version(root)}\n`)
    return 0
  }
  if (!COMMANDS.includes(first as Command)) {
    const near = closest(first, COMMANDS)
    throw new UsageError(
      first.startsWith('-')
        ? `the command comes first: buildroot-k8s build|check|smoke|mirror|node-config ${first} ...`
        : `unknown command ${quote(first)}${near ? `: did you mean ${near}?` : ''} (commands: ${COMMANDS.join(', ')})`
    )
  }
  const command = first as Command
  if (command === 'node-config') return nodeConfigCommand(rest)
  const values = parseOptions(command, rest)
  if (values.help) {
    process.stdout.write(`${usage(command)}\n`)
    return 0
  }
  sayNode()
  if (command === 'smoke') return smoke(values)
  if (command === 'mirror') return mirror(values, root)
  return runCommand(command as 'build' | 'check', values, root)
}

/** --cache-dir, or ~/.cache/buildroot-k8s. */
function cacheDirOf(values: Values): string {
  return path.resolve(
    single(values, 'cache-dir') ??
      path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'buildroot-k8s')
  )
}

/** The inputs of the options `command` takes, parsed as the action parses its inputs. */
function commandInputs(
  command: Command,
  mode: 'build' | 'check',
  values: Values,
  root: string,
  cacheDir: string,
  reporter: Reporter
): Inputs {
  const raw: RawInputs = { mode }
  for (const option of optionsOf(command)) {
    const spec = option.input
    if (!spec || spec.name === 'mode') continue
    raw[spec.name] = spec.multiple ? many(values, spec.name).join('\n') : single(values, spec.name)
  }
  raw['config-fragment'] = configFragment(values)
  raw['output-dir'] ??= single(values, 'output')
  if (values['no-upload']) raw.upload = 'false'
  return parseInputs(raw, {
    configDir: path.join(root, 'configs'),
    // Output folders live with the caches, out of the clone and the current folder.
    workDir: path.join(cacheDir, 'output'),
    baseDir: process.cwd(),
    actionDir: root,
    runner: 'local',
    warn: message => reporter.warning(message),
    notice: message => reporter.notice(message)
  })
}

/** What a long-running command says on a first and a second Ctrl-C: `what` it stops, and then. */
function sayOnStop(what: string): void {
  handleStopSignals((signal, first) =>
    say(
      first
        ? `\n${signal}: stopping ${what} (${signal === 'SIGINT' ? 'Ctrl-C' : signal} again to stop at once${what.includes('saved') ? ', without saving them' : ''}).`
        : `\n${signal}: stopping at once: every process this run started is killed${what.includes('saved') ? ', and the caches are not saved' : ''}.`
    )
  )
}

/**
 * `mirror`: a folder to serve as download-mirror, filled from a dl/ folder (--dl-dir) or the
 * local cache's dl/ entry for the configuration, each file checked against its .hash.
 */
async function mirror(values: Values, root: string): Promise<number> {
  const out = single(values, 'out')
  if (!out) throw new UsageError('mirror needs --out DIR, the folder to fill', 'mirror')
  const dlDir = single(values, 'dl-dir')
  const cacheDir = cacheDirOf(values)
  const reporter = terminalReporter()
  const inputs = commandInputs('mirror', 'build', values, root, cacheDir, reporter)
  claimOwnFolders('mirror', inputs, [['--cache-dir', cacheDir, CACHE_MARKER]])
  // The mirror folder may hold files of others (they are kept): it is not claimed, only placed.
  const outDir = path.resolve(out)
  const why = whyNotAPlace(outDir, [
    ...readOnlyFolders(inputs),
    { name: '--dl-dir', dir: dlDir, inside: true },
    { name: '--cache-dir', dir: cacheDir, inside: true }
  ])
  if (why) {
    throw new UsageError(
      `--out ${quote(outDir)} ${why}: give the mirror a folder of its own.`,
      'mirror'
    )
  }
  const summaryFile = path.join(inputs.outputDir, 'mirror-summary.md')
  const platform = localPlatform({
    cacheDir,
    artifactsDir: path.join(cacheDir, 'tmp', 'mirror-artifacts'),
    summaryFile,
    summaryFolderIsOurs: dir => ownerOf(dir).ours,
    reporter
  })
  sayOnStop('filling the mirror')
  const ok = await runMirror(
    platform,
    inputs,
    commandContext(root, cacheDir, inputs, {
      fillMirror: { outDir, dlDir: dlDir ? path.resolve(dlDir) : undefined }
    })
  )
  process.stdout.write(`mirror=${outDir}\n`)
  if (platform.summaryWritten()) say(`Summary: ${summaryFile}`)
  return ok ? 0 : 1
}

/** The run context of a command: the clock starts now, the work folder is the target's own. */
function commandContext(
  root: string,
  cacheDir: string,
  inputs: Inputs,
  extra: Pick<FrontEndFacts, 'fillMirror' | 'waitForFolders'>
) {
  return runContext({
    actionRoot: root,
    // One work folder per target: before saving, the post step prunes dl/ to this target's
    // download list, which must not touch the files of another target building beside it.
    cacheRoot: path.join(cacheDir, 'work', inputs.target),
    runId: new Date().toISOString().replace(/[-:.]/g, ''),
    startedAt: Date.now(),
    startedFrom: 'the start of this command',
    runner: 'local',
    ...extra
  })
}

/** The folders a run only reads: the command line's folders are never among them. */
const readOnlyFolders = (inputs: Inputs) => [
  { name: 'buildroot-src', dir: inputs.buildrootSrc, inside: true },
  { name: 'config-dir', dir: inputs.configDir, inside: true },
  { name: 'linux-src', dir: inputs.linuxSrc, inside: true }
]

/**
 * The command line's own folders: never a place shared by many things or one the run only
 * reads, and never among files this program did not write. The cache folder is claimed now; an
 * artifacts folder when something is copied into it (LocalArtifactStore).
 */
function claimOwnFolders(
  command: Command,
  inputs: Inputs,
  folders: [string, string, FolderMarker][]
): void {
  for (const [flag, dir, marker] of folders) {
    // The cache folder holds dl/ and the output folders, which Buildroot reads.
    const why =
      whyNotAPlace(dir, readOnlyFolders(inputs)) ??
      (flag === '--cache-dir' ? whyNotForMake(dir) : undefined)
    if (why) {
      throw new UsageError(
        `${flag} ${quote(dir)} ${why}: give ${marker.what} a folder of its own.`,
        command
      )
    }
  }
  const cache = folders.find(([flag]) => flag === '--cache-dir')
  const refused = cache && claimFolder(cache[1], CACHE_MARKER)
  if (refused) throw new UsageError(`--cache-dir: ${refused}.`, command)
}

async function runCommand(mode: 'build' | 'check', values: Values, root: string): Promise<number> {
  for (const [flag, old] of Object.entries(DEPRECATED_FLAGS)) {
    if (values[flag] !== undefined)
      say(`buildroot-k8s: --${flag} is an old spelling: write ${old.instead}.`)
  }
  const cacheDir = cacheDirOf(values)
  const reporter = terminalReporter()
  const inputs = commandInputs(mode, mode, values, root, cacheDir, reporter)
  const cacheMaxSize = single(values, 'cache-max-size')
  const cacheMaxAge = single(values, 'cache-max-age')
  const artifactsDir = path.resolve(single(values, 'artifacts-dir') ?? 'buildroot-k8s-artifacts')
  claimOwnFolders(mode, inputs, [
    ['--cache-dir', cacheDir, CACHE_MARKER],
    ['--artifacts-dir', artifactsDir, ARTIFACTS_MARKER]
  ])
  const platform = localPlatform({
    cacheDir,
    artifactsDir,
    summaryFile: path.join(inputs.outputDir, 'summary.md'),
    summaryFolderIsOurs: dir => ownerOf(dir).ours,
    reporter,
    cacheLimits: {
      maxBytes:
        cacheMaxSize === undefined
          ? DEFAULT_CACHE_LIMITS.maxBytes
          : binaryBytes(parseSize(cacheMaxSize, '--cache-max-size', '500M or 10G')),
      maxAgeDays:
        cacheMaxAge === undefined
          ? DEFAULT_CACHE_LIMITS.maxAgeDays
          : positiveNumber(cacheMaxAge, '--cache-max-age')
    }
  })

  sayOnStop('the build; the caches are saved next')
  const ok = await runMain(
    platform,
    inputs,
    commandContext(root, cacheDir, inputs, { waitForFolders: values.wait === true })
  )
  if (mode === 'build') await runPost(platform)
  for (const [name, value] of platform.outputs) process.stdout.write(`${name}=${value}\n`)
  if (platform.summaryWritten()) say(`Summary: ${path.join(inputs.outputDir, 'summary.md')}`)
  return ok ? 0 : 1
}

/** `smoke`: the action's smoke test on an images folder (src/smoke/command.ts). */
async function smoke(values: Values): Promise<number> {
  const target = oneOf(single(values, 'target') ?? '', TARGETS, 'target', targetAlias) as Target
  const images = single(values, 'images')
  if (!images) {
    throw new UsageError(
      'smoke needs --images DIR, the folder of the images (a downloaded artifact)',
      'smoke'
    )
  }
  const level = oneOf(
    single(values, 'smoke-test-level') || 'basic',
    SMOKE_LEVELS,
    'smoke-test-level'
  ) as SmokeLevel
  const outputDir = path.resolve(single(values, 'output-dir') ?? `buildroot-k8s-smoke-${target}`)
  // Console logs, a copy of each disk and the summary go there: a folder of its own.
  const why = whyNotAPlace(outputDir, [{ name: 'the images folder', dir: images }])
  if (why) {
    throw new UsageError(
      `--output-dir ${quote(outputDir)} ${why}: give the smoke test a folder of its own.`,
      'smoke'
    )
  }
  const refused = claimFolder(outputDir, SMOKE_OUTPUT_MARKER)
  if (refused) throw new UsageError(`--output-dir: ${refused}.`, 'smoke')
  return smokeCommand({ target, level, images: path.resolve(images), outputDir })
}

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  const command = error instanceof UsageError ? error.command : inferCommand()
  // A mistake in how the command was called: exit code 2, with the usage of that command.
  const usageText =
    error instanceof NodeConfigError
      ? `\n\n${NODE_CONFIG_USAGE}`
      : error instanceof UsageError || error instanceof InputError
        ? `\n\n${usage(command)}`
        : ''
  const prefix =
    error instanceof InputError && !(error instanceof UsageError) ? 'invalid input: ' : ''
  say(`buildroot-k8s: ${prefix}${errorMessage(error)}${usageText}`)
  process.exitCode = usageText ? 2 : 1
}

/** The command of this invocation, for the usage after an input error. */
function inferCommand(): Command | undefined {
  const first = process.argv[2]
  return COMMANDS.includes(first as Command) ? (first as Command) : undefined
}
