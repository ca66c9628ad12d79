// GitHub front-end, main step: reads the inputs as the runner passes them (INPUT_*), then runs
// the pipeline with the GitHub platform.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as core from '@actions/core'
import {
  DEFAULT_TIME_LIMIT_SECONDS,
  INPUTS,
  InputError,
  parseInputs,
  secretsOf
} from '../inputs/schema.js'
import { runContext } from '../pipeline/context.js'
import { runMain } from '../pipeline/main.js'
import { githubPlatform } from '../platform/github.js'
import { jobStartedAt } from '../platform/job-clock.js'
import { errorMessage } from '../util/errors.js'
import { handleStopSignals } from '../util/process-groups.js'
import { actionRoot } from './action-layout.js'

async function main(): Promise<void> {
  const stepStarted = Date.now()
  // A workflow cancel sends SIGINT, then SIGTERM: stop make's whole process group and write
  // the summary before the runner kills this process.
  handleStopSignals(signal =>
    core.warning(
      `${signal} received (the workflow was cancelled or timed out): stopping the build, then writing the summary.`
    )
  )
  const platform = githubPlatform()
  try {
    const root = actionRoot(fileURLToPath(import.meta.url))
    const raw = Object.fromEntries(INPUTS.map(spec => [spec.name, core.getInput(spec.name)]))
    const runner =
      process.env.RUNNER_ENVIRONMENT === 'github-hosted' ? 'github-hosted' : 'self-hosted'
    const inputs = parseInputs(raw, {
      configDir: path.join(root, 'configs'),
      workDir: platform.tempDir,
      baseDir: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      actionDir: root,
      maxRetentionDays: Number(process.env.GITHUB_RETENTION_DAYS) || undefined,
      runner,
      warn: message => platform.reporter.warning(message),
      notice: message => platform.reporter.notice(message)
    })
    // The runner masks them in everything the step prints, the reporters in what they say.
    for (const secret of secretsOf(inputs)) core.setSecret(secret)
    const jobStart = jobStartedAt()
    const ok = await runMain(
      platform,
      inputs,
      runContext({
        actionRoot: root,
        cacheRoot: path.join(platform.tempDir, 'buildroot-k8s-cache'),
        runId: `${process.env.GITHUB_RUN_ID ?? Date.now()}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`,
        startedAt: jobStart ?? stepStarted,
        startedFrom: jobStart ? "the job's start" : 'the start of this step',
        defaultTimeLimitSeconds: DEFAULT_TIME_LIMIT_SECONDS,
        runner
      })
    )
    if (!ok) process.exitCode = 1
  } catch (error) {
    core.setFailed(
      error instanceof InputError ? `Invalid input: ${error.message}` : errorMessage(error)
    )
  } finally {
    platform.reporter.flush()
  }
}

await main().catch(error => core.setFailed(errorMessage(error)))
