// Test fixture: one job of a workflow on a fresh simulated runner: the action's main step, then
// its post step with the main step's state, as the runner runs them (runner.ts), against the
// Buildroot-shaped fixture and a results service. Also reads back what a job uploaded.
import { execFileSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BuildrootFixture } from '../../helpers/buildroot-fixture.js'
import type { ResultsService } from './results-service.js'
import {
  annotations,
  cancelLikeTheRunner,
  inputEnv,
  readKeyValueFile,
  REPO,
  runnerEnv,
  runnerFolders,
  runStep,
  stateEnv,
  type RunnerFolders,
  type StepResult
} from './runner.js'

export { annotations }

export interface Job {
  main: StepResult
  post: StepResult
  outputs: Record<string, string>
  summary: string
  folders: RunnerFolders
  /** The signals the runner had to send to cancel the main step (cancelWhen). */
  cancelSignals?: NodeJS.Signals[]
}

export interface JobOptions {
  runId?: string
  jobId?: string
  env?: Record<string, string>
  ownSources?: boolean
  /** What actions/checkout would have put in the workspace. */
  checkout?: (workspace: string) => void
  /** Cancels the main step as the runner does once this file (under RUNNER_TEMP) has 4 lines. */
  cancelWhen?: string
  /** What earlier steps of the job left on the runner. */
  prepare?: (folders: RunnerFolders) => void
  /** What happens on the runner between the main and the post step. */
  beforePost?: (folders: RunnerFolders) => void
  /** Called with the post step's process once it started. */
  postStarted?: (child: ChildProcess) => void
}

export interface JobSetup {
  /** The runner's folder: emptied and made afresh for each job (same paths every time). */
  runnerDir: string
  /** ACTIONS_RESULTS_URL: the results service, or a proxy in front of it. */
  resultsUrl: string
  fx: BuildrootFixture
}

/** One job on a fresh runner: the main step, then the post step with the main step's state. */
export async function runJob(
  setup: JobSetup,
  inputs: Record<string, string>,
  options: JobOptions = {}
): Promise<Job> {
  const { fx } = setup
  fs.rmSync(setup.runnerDir, { recursive: true, force: true })
  const folders = runnerFolders(setup.runnerDir)
  options.checkout?.(folders.workspace)
  options.prepare?.(folders)
  const env = {
    ...runnerEnv(folders, {
      resultsUrl: setup.resultsUrl,
      runId: options.runId ?? '100',
      jobId: options.jobId ?? 'job-1'
    }),
    ...options.env,
    ...inputEnv({
      ...(options.ownSources === false ? {} : { 'buildroot-src': fx.buildrootDir }),
      'config-dir': fx.configDir,
      // The fixture's images are placeholders: smoke.e2e.test.ts boots real stand-ins.
      'smoke-test': 'off',
      ...inputs
    })
  }
  let cancelled: Promise<NodeJS.Signals[]> | undefined
  const main = await runStep(REPO, 'main', env, child => {
    if (!options.cancelWhen) return
    const file = path.join(folders.temp, options.cancelWhen)
    const poll = setInterval(() => {
      if (
        fs.existsSync(file) &&
        fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).length === 4
      ) {
        clearInterval(poll)
        cancelled = cancelLikeTheRunner(child)
      }
    }, 50)
    child.on('exit', () => clearInterval(poll))
  })
  const cancelSignals = await cancelled
  options.beforePost?.(folders)
  const post = await runStep(
    REPO,
    'post',
    { ...env, ...stateEnv(folders.state) },
    options.postStarted
  )
  return {
    cancelSignals,
    main,
    post,
    folders,
    outputs: readKeyValueFile(folders.output),
    summary: fs.readFileSync(folders.summary, 'utf8')
  }
}

/** Downloads an artifact back from Azurite, unzips it, and checks it against its SHA256SUMS. */
export async function verifiedArtifact(service: ResultsService, name: string): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'artifact-'))
  fs.writeFileSync(path.join(dir, 'artifact.zip'), await service.artifactZip(name))
  execFileSync('unzip', ['-q', 'artifact.zip', '-d', 'files'], { cwd: dir })
  execFileSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: path.join(dir, 'files') })
  const files = fs.readdirSync(path.join(dir, 'files')).sort()
  fs.rmSync(dir, { recursive: true, force: true })
  return files
}
