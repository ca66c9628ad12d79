// The `smoke` command of the command line: the smoke test (run.ts) on an images folder, e.g. a
// downloaded artifact, as the action runs it after a build; QEMU missing is an error here.
// Console logs and summary.md go to --output-dir. SIGINT/SIGTERM stop QEMU, remove its work
// files (disk copies, the data disk) and still write the summary.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { SmokeLevel } from '../inputs/schema.js'
import type { Target } from '../targets.js'
import { terminalReporter } from '../platform/local.js'
import { fileErrorSentence } from '../util/errors.js'
import { type FolderMarker } from '../util/places.js'
import { cancellation, handleStopSignals } from '../util/process-groups.js'
import { runSmokeTest, smokeFailureMessage } from './run.js'
import { renderSmokeSection } from './summary.js'

/** What the command line read (entry/cli.ts parses the flags, as for every command). */
export interface SmokeCommandOptions {
  target: Target
  level: SmokeLevel
  /** The folder of the images (a downloaded artifact). */
  images: string
  /** Console logs, disk copies while it runs, and summary.md. */
  outputDir: string
}

/** What makes a folder the smoke command's own output folder (util/places.ts claimFolder). */
export const SMOKE_OUTPUT_MARKER: FolderMarker = {
  file: '.buildroot-k8s-smoke',
  what: 'the smoke test output',
  madeBefore: names => names.every(name => /^(summary\.md|.*\.log)$/.test(name))
}

function say(line: string): void {
  process.stderr.write(`${line}\n`)
}

/** Runs the smoke test for the command line; returns the exit code. */
export async function smokeCommand(options: SmokeCommandOptions): Promise<number> {
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
