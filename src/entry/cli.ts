#!/usr/bin/env node
// Command-line front-end: the same pipeline as the action, with local folders in place of
// GitHub's cache and artifact services. Its options are the action's inputs (cli-options.ts).
//   buildroot-k8s build --target amd64 [--buildroot-src DIR] [--output-dir DIR] ...
//   buildroot-k8s check --target arm64 --linux-src DIR ...
//   buildroot-k8s node-config --out DIR ... (src/node-config: a node's first-boot folder)
//   buildroot-k8s smoke --target amd64 --images DIR [--smoke-test-level cluster]
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { InputError, parseInputs, TARGETS, type RawInputs, type Target } from '../inputs.js'
import { runMain } from '../main.js'
import { NODE_CONFIG_USAGE, nodeConfigCommand } from '../node-config/command.js'
import { NodeConfigError } from '../node-config/index.js'
import { DEFAULT_CACHE_LIMITS, localPlatform, terminalReporter } from '../platform/local.js'
import { runPost } from '../post.js'
import { SMOKE_LEVELS, type SmokeLevel } from '../smoke/protocol.js'
import { renderSmokeSection } from '../smoke/summary.js'
import { runSmokeTest, smokeFailureMessage } from '../stages/smoke-test.js'
import { errorMessage } from '../util/errors.js'
import { handleStopSignals } from '../util/process-groups.js'
import { quote } from '../util/text.js'
import { actionRoot } from './action-layout.js'
import { CLI_OPTIONS, DEPRECATED_FLAGS, usage } from './cli-options.js'

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

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>

/** --config-fragment-file, then each --config-fragment line (later lines win, as in a fragment). */
function configFragment(values: Values): string {
  const lines: string[] = []
  const file = values['config-fragment-file'] as string | undefined
  const readFragment = (name: string): string => {
    try {
      return fs.readFileSync(name, 'utf8')
    } catch (error) {
      throw new InputError(
        `the config fragment file ${quote(name)} cannot be read: ${errorMessage(error)}`
      )
    }
  }
  if (file) lines.push(readFragment(file))
  for (const value of (values['config-fragment'] as string[] | undefined) ?? []) {
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

/** A size such as 500M or 10G, in binary units (G = GiB) as the summary shows sizes; 0 if not one. */
function binaryBytes(size: string): number {
  const match = /^(\d+(?:\.\d+)?)([KMGT]?)$/i.exec(size)
  if (!match) return 0
  return Number(match[1]) * 1024 ** ['', 'K', 'M', 'G', 'T'].indexOf(match[2].toUpperCase())
}

function positiveNumber(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0) {
    throw new InputError(`--${flag} ${quote(value)} must be a positive number`)
  }
  return Number(value)
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'node-config') return nodeConfigCommand(argv.slice(1))
  sayNode()
  const options: Record<
    string,
    { type: 'string' | 'boolean'; multiple?: boolean; short?: string }
  > = {}
  for (const option of CLI_OPTIONS) {
    options[option.flag] = {
      type: option.value ? 'string' : 'boolean',
      ...(option.multiple ? { multiple: true } : {}),
      ...(option.flag === 'help' ? { short: 'h' } : {})
    }
  }
  for (const [flag, old] of Object.entries(DEPRECATED_FLAGS)) {
    options[flag] = { type: old.value ? 'string' : 'boolean' }
  }
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options })
  const mode = positionals[0]
  if (values.help || !mode) {
    process.stdout.write(`${usage()}\n`)
    return values.help ? 0 : 2
  }
  if (positionals.length > 1) throw new InputError(`unexpected argument ${quote(positionals[1])}`)
  for (const [flag, old] of Object.entries(DEPRECATED_FLAGS)) {
    if (values[flag] !== undefined)
      say(`buildroot-k8s: --${flag} is an old spelling: write ${old.instead}.`)
  }

  if (mode === 'smoke') {
    return smoke({
      target: values.target as string | undefined,
      images: values.images as string | undefined,
      output: (values['output-dir'] ?? values.output) as string | undefined,
      'smoke-test-level': values['smoke-test-level'] as string | undefined
    })
  }

  // @actions/tool-cache writes ::debug:: lines to stdout and wants its folders in the environment.
  if (!values.verbose) hideDebugLines()
  const cacheDir = path.resolve(
    (values['cache-dir'] as string | undefined) ??
      path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'buildroot-k8s')
  )
  const root = actionRoot(fileURLToPath(import.meta.url))
  const cwd = process.cwd()
  const text = (flag: string) => values[flag] as string | undefined
  const raw: RawInputs = {
    target: text('target'),
    mode,
    'buildroot-src': text('buildroot-src'),
    'buildroot-version': text('buildroot-version'),
    'buildroot-patches': text('buildroot-patches'),
    'linux-src': text('linux-src'),
    'config-dir': text('config-dir'),
    'br2-external': ((values['br2-external'] as string[] | undefined) ?? []).join('\n'),
    'config-fragment': configFragment(values),
    'output-dir': text('output-dir') ?? text('output'),
    cache: text('cache'),
    'ccache-max-size': text('ccache-max-size'),
    jobs: text('jobs'),
    'compression-level': text('compression-level'),
    upload: values['no-upload'] ? 'false' : text('upload'),
    'artifact-name': text('artifact-name'),
    'retention-days': text('retention-days'),
    'time-limit': text('time-limit'),
    rebuild: text('rebuild'),
    'cve-report': text('cve-report'),
    'size-change-warning': text('size-change-warning'),
    'smoke-test': text('smoke-test'),
    'smoke-test-level': text('smoke-test-level')
  }
  const inputs = parseInputs(raw, {
    configDir: path.join(root, 'configs'),
    // Output folders live with the caches, out of the clone and the current folder.
    workDir: path.join(cacheDir, 'output'),
    baseDir: cwd,
    actionDir: root
  })
  const cacheMaxSize = text('cache-max-size')
  const cacheMaxBytes = cacheMaxSize === undefined ? undefined : binaryBytes(cacheMaxSize)
  if (cacheMaxBytes === 0) {
    throw new InputError(
      `--cache-max-size ${quote(cacheMaxSize ?? '')} is not a size such as 500M or 10G`
    )
  }
  const platform = localPlatform({
    cacheDir,
    artifactsDir: path.resolve(text('artifacts-dir') ?? 'buildroot-k8s-artifacts'),
    summaryFile: path.join(inputs.outputDir, 'summary.md'),
    cacheLimits: {
      maxBytes: cacheMaxBytes ?? DEFAULT_CACHE_LIMITS.maxBytes,
      maxAgeDays: positiveNumber(
        text('cache-max-age'),
        'cache-max-age',
        DEFAULT_CACHE_LIMITS.maxAgeDays
      )
    }
  })
  process.env.RUNNER_TEMP ??= platform.tempDir
  process.env.RUNNER_TOOL_CACHE ??= platform.toolCacheDir
  fs.mkdirSync(process.env.RUNNER_TEMP, { recursive: true })
  fs.mkdirSync(process.env.RUNNER_TOOL_CACHE, { recursive: true })

  handleStopSignals((signal, first) =>
    say(
      first
        ? `\n${signal}: stopping the build; the caches are saved next (${signal === 'SIGINT' ? 'Ctrl-C' : signal} again to stop at once, without saving them).`
        : `\n${signal}: stopping at once: every process this run started is killed, and the caches are not saved.`
    )
  )
  const started = Date.now()
  const ok = await runMain(platform, inputs, {
    ownExternalTree: path.join(root, 'configs', 'external'),
    ownPatchSeries: path.join(root, 'configs', 'buildroot-patches'),
    // One work folder per target: before saving, the post step prunes dl/ to this target's
    // download list, which must not touch the files of another target building beside it.
    cacheRoot: path.join(cacheDir, 'work', inputs.target),
    runId: new Date().toISOString().replace(/[-:.]/g, ''),
    mirror: process.env.BUILDROOT_K8S_MIRROR || undefined,
    startedAt: started,
    startedFrom: 'the start of this command',
    spaceNeeded: process.env.BUILDROOT_K8S_SPACE_CHECK === 'off' ? false : undefined,
    nvdUrl: process.env.BUILDROOT_K8S_NVD_URL || undefined,
    waitForFolders: values.wait === true
  })
  if (mode === 'build') await runPost(platform)
  for (const [name, value] of platform.outputs) process.stdout.write(`${name}=${value}\n`)
  if (platform.summaryWritten()) say(`Summary: ${path.join(inputs.outputDir, 'summary.md')}`)
  return ok ? 0 : 1
}

/**
 * `smoke`: the smoke-test stage on an images folder (a downloaded artifact), as the action runs
 * it after a build; QEMU missing is an error here. Console logs and summary.md go to --output.
 */
async function smoke(values: {
  target?: string
  images?: string
  output?: string
  'smoke-test-level'?: string
}): Promise<number> {
  const target = values.target ?? ''
  if (!(TARGETS as readonly string[]).includes(target)) {
    throw new InputError(`smoke needs --target ${TARGETS.join(' or ')}`)
  }
  if (!values.images)
    throw new InputError(
      'smoke needs --images DIR, the folder of the images (a downloaded artifact)'
    )
  const level = values['smoke-test-level'] || 'basic'
  if (!(SMOKE_LEVELS as readonly string[]).includes(level)) {
    throw new InputError(
      `smoke-test-level ${quote(level)} is not valid: use one of ${SMOKE_LEVELS.join(', ')}`
    )
  }
  const outputDir = path.resolve(values.output ?? `buildroot-k8s-smoke-${target}`)
  const report = await runSmokeTest(terminalReporter(), {
    mode: 'true',
    level: level as SmokeLevel,
    target: target as Target,
    imagesDir: path.resolve(values.images),
    workDir: outputDir
  })
  fs.mkdirSync(outputDir, { recursive: true })
  const summary = path.join(outputDir, 'summary.md')
  fs.writeFileSync(summary, `${renderSmokeSection(report)}\n`)
  process.stdout.write(`smoke-test=${report.outcome}\n`)
  if (report.outcome === 'failed') process.stderr.write(`${smokeFailureMessage(report)}\n`)
  process.stderr.write(`Summary: ${summary}\n`)
  return report.outcome === 'passed' ? 0 : 1
}

function hideDebugLines(): void {
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
    typeof chunk === 'string' && chunk.startsWith('::debug::')
      ? true
      : write(chunk, ...rest)) as typeof process.stdout.write
}

/** A mistake in how the command was called (exit code 2, with the usage), not a failed run. */
function isUsageError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code ?? ''
  return error instanceof InputError || code.startsWith('ERR_PARSE_ARGS')
}

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  const usageText =
    error instanceof NodeConfigError ? NODE_CONFIG_USAGE : isUsageError(error) ? usage() : ''
  say(`buildroot-k8s: ${errorMessage(error)}${usageText ? `\n\n${usageText}` : ''}`)
  process.exitCode = usageText ? 2 : 1
}
