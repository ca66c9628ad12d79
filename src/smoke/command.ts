// The `smoke` command of the command line: the smoke test (run.ts) on an images folder, e.g. a
// downloaded artifact, as the action runs it after a build; QEMU missing is an error here.
// Console logs and summary.md go to --output-dir. SIGINT/SIGTERM stop QEMU, remove its work
// files (disk copies, the data disk) and still write the summary.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { TARGETS, type Target } from '../inputs.js'
import { terminalReporter } from '../platform/local.js'
import { errorMessage, fileErrorSentence } from '../util/errors.js'
import { cancellation, handleStopSignals } from '../util/process-groups.js'
import { SMOKE_LEVELS, type SmokeLevel } from './protocol.js'
import { BOOT_TIMEOUT_ENV, runSmokeTest, smokeFailureMessage } from './run.js'
import { renderSmokeSection } from './summary.js'

export const SMOKE_USAGE = `Usage: buildroot-k8s smoke --target amd64|arm64 --images DIR [options]

Boots the images in DIR (a downloaded buildroot-k8s-<target> artifact, or a build's images-dir)
in QEMU and tests them as a Kubernetes node, as the action's smoke test does. Prints
smoke-test=passed|failed and exits 0 when it passed.

  --target amd64|arm64        which images (required)
  --images DIR                the folder of the images (required)
  --smoke-test-level basic|cluster
                              basic (default), or cluster: also kubeadm init, node Ready, a pod
  --output-dir DIR            console logs and summary.md (default ./buildroot-k8s-smoke-<target>)
  -h, --help
${BOOT_TIMEOUT_ENV}=SECONDS changes the boot limit.`

const OPTIONS = {
  target: { type: 'string' },
  images: { type: 'string' },
  'smoke-test-level': { type: 'string' },
  'output-dir': { type: 'string' },
  // The old spelling of --output-dir.
  output: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

class SmokeUsageError extends Error {}

function say(line: string): void {
  process.stderr.write(`${line}\n`)
}

function parse(argv: string[]) {
  let parsed
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS })
  } catch (error) {
    throw new SmokeUsageError(errorMessage(error))
  }
  const { values, positionals } = parsed
  if (values.help) return undefined
  if (positionals.length) throw new SmokeUsageError(`unexpected argument "${positionals[0]}"`)
  const target = values.target ?? ''
  if (!(TARGETS as readonly string[]).includes(target)) {
    throw new SmokeUsageError(
      values.target === undefined
        ? `--target is required: ${TARGETS.join(' or ')}`
        : `--target "${target}" is not a target: ${TARGETS.join(' or ')}`
    )
  }
  if (!values.images) {
    throw new SmokeUsageError('--images DIR is required: the folder of the images to boot')
  }
  const level = values['smoke-test-level'] ?? 'basic'
  if (!(SMOKE_LEVELS as readonly string[]).includes(level)) {
    throw new SmokeUsageError(
      `--smoke-test-level "${level}" is not valid: use one of ${SMOKE_LEVELS.join(', ')}`
    )
  }
  if (values.output !== undefined) {
    say('buildroot-k8s: --output is an old spelling: write --output-dir.')
  }
  return {
    target: target as Target,
    level: level as SmokeLevel,
    images: path.resolve(values.images),
    outputDir: path.resolve(
      values['output-dir'] ?? values.output ?? `buildroot-k8s-smoke-${target}`
    )
  }
}

/** Runs `smoke` with its arguments (after the word smoke); returns the exit code. */
export async function smokeCommand(argv: string[]): Promise<number> {
  let options: ReturnType<typeof parse>
  try {
    options = parse(argv)
  } catch (error) {
    say(`buildroot-k8s smoke: ${errorMessage(error)}\n\n${SMOKE_USAGE}`)
    return 2
  }
  if (!options) {
    process.stdout.write(`${SMOKE_USAGE}\n`)
    return 0
  }
  const release = handleStopSignals((signal, first) =>
    say(
      first
        ? `\n${signal}: stopping QEMU and removing its work files; the summary is written next.`
        : `\n${signal}: stopping at once.`
    )
  )
  try {
    const report = await runSmokeTest(terminalReporter(), {
      mode: 'true',
      level: options.level,
      target: options.target,
      imagesDir: options.images,
      workDir: options.outputDir
    })
    const summary = path.join(options.outputDir, 'summary.md')
    try {
      fs.mkdirSync(options.outputDir, { recursive: true })
      fs.writeFileSync(summary, `${renderSmokeSection(report)}\n`)
    } catch (error) {
      say(`buildroot-k8s smoke: ${fileErrorSentence(error, summary, 'write the summary')}`)
      return 1
    }
    process.stdout.write(`smoke-test=${report.outcome}\n`)
    if (report.outcome === 'failed') say(smokeFailureMessage(report))
    say(`Summary: ${summary}`)
    const stopped = cancellation()
    if (stopped?.signal) return 128 + (os.constants.signals[stopped.signal] ?? 0)
    return report.outcome === 'passed' ? 0 : 1
  } finally {
    release()
  }
}
