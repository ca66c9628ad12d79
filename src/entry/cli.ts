#!/usr/bin/env node
// Command-line front-end: the same pipeline as the action, with local folders in place of
// GitHub's cache and artifact services.
//   buildroot-k8s build --target amd64 [--buildroot-src DIR] [--output DIR] ...
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
import { localPlatform, terminalReporter } from '../platform/local.js'
import { runPost } from '../post.js'
import { SMOKE_LEVELS, type SmokeLevel } from '../smoke/protocol.js'
import { renderSmokeSection } from '../smoke/summary.js'
import { runSmokeTest, smokeFailureMessage } from '../stages/smoke-test.js'
import { errorMessage } from '../util/errors.js'
import { actionRoot } from './action-layout.js'

const USAGE = `Usage: buildroot-k8s <build|check> --target <amd64|arm64> [options]
       buildroot-k8s node-config --out DIR [options]   (node-config --help)
       buildroot-k8s smoke --target <amd64|arm64> --images DIR [--smoke-test-level basic|cluster]

Options (each matches the action input of the same name):
  --target amd64|arm64        image to build or check (required)
  --buildroot-src DIR         existing Buildroot tree; nothing is downloaded
  --buildroot-version V       release to download otherwise (default 2025.02.16)
  --linux-src DIR             kernel tree for check mode (default: download the configured kernel)
  --config-dir DIR            folder with <target>/buildroot_defconfig and kernel_defconfig
  --br2-external DIR          extra BR2_EXTERNAL tree (repeatable)
  --config-fragment FILE      file of extra Kconfig lines merged over the defconfig
  --output DIR                Buildroot output folder (default ./buildroot-k8s-<target>)
  --cache read-write|read-only|off
  --cache-dir DIR             local cache and tool folder (default ~/.cache/buildroot-k8s)
  --artifacts-dir DIR         where "uploaded" artifacts go (default ./buildroot-k8s-artifacts)
  --ccache-max-size SIZE      default 3G
  --jobs N                    make parallelism (default CPUs + 1)
  --no-upload                 leave the images in the output folder only
  --artifact-name NAME        default buildroot-k8s-<target>
  --smoke-test auto|true|off  boot the images in QEMU and test them (default auto)
  --smoke-test-level basic|cluster
  --images DIR                smoke: the images folder (a downloaded artifact) to boot
  --verbose                   also show the libraries' debug lines
  -h, --help`

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'node-config') return nodeConfigCommand(argv.slice(1))
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      target: { type: 'string' },
      'buildroot-src': { type: 'string' },
      'buildroot-version': { type: 'string' },
      'linux-src': { type: 'string' },
      'config-dir': { type: 'string' },
      'br2-external': { type: 'string', multiple: true },
      'config-fragment': { type: 'string' },
      output: { type: 'string' },
      cache: { type: 'string' },
      'cache-dir': { type: 'string' },
      'artifacts-dir': { type: 'string' },
      'ccache-max-size': { type: 'string' },
      jobs: { type: 'string' },
      'no-upload': { type: 'boolean' },
      'artifact-name': { type: 'string' },
      'smoke-test': { type: 'string' },
      'smoke-test-level': { type: 'string' },
      images: { type: 'string' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  const mode = positionals[0]
  if (values.help || !mode) {
    process.stdout.write(`${USAGE}\n`)
    return values.help ? 0 : 2
  }
  if (positionals.length > 1) throw new InputError(`unexpected argument "${positionals[1]}"`)

  if (mode === 'smoke') return smoke(values)

  // @actions/tool-cache writes ::debug:: lines to stdout and wants its folders in the environment.
  if (!values.verbose) hideDebugLines()
  const cacheDir = path.resolve(
    values['cache-dir'] ??
      path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'buildroot-k8s')
  )
  const root = actionRoot(fileURLToPath(import.meta.url))
  const cwd = process.cwd()
  const raw: RawInputs = {
    target: values.target,
    mode,
    'buildroot-src': values['buildroot-src'],
    'buildroot-version': values['buildroot-version'],
    'linux-src': values['linux-src'],
    'config-dir': values['config-dir'],
    'br2-external': (values['br2-external'] ?? []).join('\n'),
    'config-fragment': values['config-fragment']
      ? fs.readFileSync(values['config-fragment'], 'utf8')
      : '',
    'output-dir': values.output,
    cache: values.cache,
    'ccache-max-size': values['ccache-max-size'],
    jobs: values.jobs,
    upload: values['no-upload'] ? 'false' : 'true',
    'artifact-name': values['artifact-name'],
    'smoke-test': values['smoke-test'],
    'smoke-test-level': values['smoke-test-level']
  }
  const inputs = parseInputs(raw, {
    configDir: path.join(root, 'configs'),
    workDir: cwd,
    baseDir: cwd
  })
  const platform = localPlatform({
    cacheDir,
    artifactsDir: path.resolve(values['artifacts-dir'] ?? 'buildroot-k8s-artifacts'),
    summaryFile: path.join(inputs.outputDir, 'summary.md')
  })
  process.env.RUNNER_TEMP ??= platform.tempDir
  process.env.RUNNER_TOOL_CACHE ??= platform.toolCacheDir
  fs.mkdirSync(process.env.RUNNER_TEMP, { recursive: true })
  fs.mkdirSync(process.env.RUNNER_TOOL_CACHE, { recursive: true })

  const ok = await runMain(platform, inputs, {
    ownExternalTree: path.join(root, 'configs', 'external'),
    // One work folder per target: before saving, the post step prunes dl/ to this target's
    // download list, which must not touch the files of another target building beside it.
    cacheRoot: path.join(cacheDir, 'work', inputs.target),
    runId: new Date().toISOString().replace(/[-:.]/g, ''),
    mirror: process.env.BUILDROOT_K8S_MIRROR || undefined
  })
  if (mode === 'build') await runPost(platform)
  for (const [name, value] of platform.outputs) process.stdout.write(`${name}=${value}\n`)
  if (mode === 'build' || fs.existsSync(path.join(inputs.outputDir, 'summary.md'))) {
    process.stderr.write(`Summary: ${path.join(inputs.outputDir, 'summary.md')}\n`)
  }
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
  if (!values.images) throw new InputError('smoke needs --images DIR, the folder of the images')
  const level = values['smoke-test-level'] || 'basic'
  if (!(SMOKE_LEVELS as readonly string[]).includes(level)) {
    throw new InputError(
      `smoke-test-level "${level}" is not valid: use one of ${SMOKE_LEVELS.join(', ')}`
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

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  const usage =
    error instanceof InputError ? USAGE : error instanceof NodeConfigError ? NODE_CONFIG_USAGE : ''
  process.stderr.write(`buildroot-k8s: ${errorMessage(error)}\n\n${usage}\n`)
  process.exitCode = 2
}
