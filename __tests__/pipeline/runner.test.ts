// The one runner, with stages made for the test: what runs after a failure, a cancel or the
// time limit, what the run's outcome is, and that a stopped stage leaves no process behind.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { parseInputs, type RawInputs } from '../../src/inputs/schema.js'
import { runPipeline, type Pipeline } from '../../src/pipeline/runner.js'
import { slot, type RunContext, type Stage } from '../../src/stages/stage.js'
import { UserError } from '../../src/util/errors.js'
import { cancelRun, cancellation, resetCancellation } from '../../src/util/process-groups.js'
import { run as runCommand } from '../../src/util/run.js'
import { alive, REPO } from '../helpers/pipeline-harness.js'
import { recordingPlatform, type RecordingPlatform } from '../helpers/recording-platform.js'

let dir: string
let platform: RecordingPlatform
let ran: string[]
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-'))
  platform = recordingPlatform(path.join(dir, 'platform'))
  ran = []
})
afterEach(() => {
  resetCancellation()
  fs.rmSync(dir, { recursive: true, force: true })
})

const inputs = (raw: RawInputs = {}) =>
  parseInputs(
    { target: 'amd64', 'output-dir': path.join(dir, 'out'), ...raw },
    { configDir: path.join(dir, 'configs'), workDir: dir, baseDir: dir }
  )
const context = (extra: Partial<RunContext> = {}): RunContext => ({
  actionRoot: REPO,
  ownExternalTree: path.join(dir, 'none'),
  ownPatchSeries: path.join(dir, 'none'),
  ownRuntimeDir: path.join(dir, 'none'),
  cacheRoot: path.join(dir, 'cache'),
  runId: 'run-1',
  startedAt: Date.now(),
  startedFrom: "the job's start",
  env: process.env,
  ...extra
})

/** A stage that records that it ran, then does `work`. */
function stage(
  title: string,
  extra: Partial<Stage> = {},
  work: () => Promise<void> = async () => undefined
): Stage {
  return {
    title,
    modes: ['build'],
    onImageCacheHit: 'run',
    needs: [],
    provides: [],
    ...extra,
    async run(run) {
      ran.push(title)
      await (extra.run ? extra.run(run) : work())
    }
  }
}

const pipeline = (stages: Stage[]): Pipeline => ({
  stages,
  summarize: (_run, result) =>
    result.stages.map(s => `${s.title}: ${s.status}${s.why ? ` (${s.why})` : ''}`).join('\n')
})

it('stops a covered stage at the time limit with SIGTERM, its whole process tree; the reserve still runs', async () => {
  const pidFile = path.join(dir, 'pid')
  const result = await runPipeline(
    pipeline([
      stage('Long', {}, async () => {
        await runCommand('sh', ['-c', `sleep 600 & echo $! > '${pidFile}'; wait`])
      }),
      stage('Covered after'),
      stage('Upload', { inReserve: true })
    ]),
    platform,
    inputs({ 'time-limit': '1' }),
    // The job is 1 min old less 3 s: the limit falls 3 s into the first stage.
    context({ startedAt: Date.now() - 57_000 })
  )
  expect(result.ok).toBe(false)
  expect(result.result.outcome).toBe('stopped')
  expect(cancellation()).toMatchObject({ reason: 'time-limit' })
  expect(ran).toEqual(['Long', 'Upload'])
  expect(result.result.stages.map(s => [s.title, s.status])).toEqual([
    ['Long', 'stopped'],
    ['Covered after', 'skipped'],
    ['Upload', 'done']
  ])
  expect(platform.warnings().map(w => w.text)).toEqual([
    'The time limit (time-limit 1 min 0 s from the job\'s start) is reached during "Long": stopping it so that the caches can still be saved.'
  ])
  expect(alive(Number(fs.readFileSync(pidFile, 'utf8')))).toBe(false)
  expect(platform.summary.join('\n')).toContain(
    'Covered after: skipped (stopped at the time limit)'
  )
})

it('leaves alone a stage that ends before the deadline, and the timer with it', async () => {
  const result = await runPipeline(
    pipeline([stage('Quick'), stage('Next')]),
    platform,
    inputs({ 'time-limit': '60' }),
    context()
  )
  expect(result.result.outcome).toBe('succeeded')
  expect(cancellation()).toBeUndefined()
  expect(ran).toEqual(['Quick', 'Next'])
})

it('moves on at a cancel even when the stage waits on something that never ends, and runs nothing after, not even the reserve', async () => {
  const started = Date.now()
  const result = await runPipeline(
    pipeline([
      stage('Hangs', {}, () => {
        setTimeout(() => void cancelRun('signal', { signal: 'SIGINT', graceMs: 100 }), 200)
        return new Promise<void>(() => undefined)
      }),
      stage('Upload', { inReserve: true, afterFailure: true })
    ]),
    platform,
    inputs(),
    context()
  )
  expect(Date.now() - started).toBeLessThan(10_000)
  expect(result.result.outcome).toBe('cancelled')
  expect(ran).toEqual(['Hangs'])
  expect(platform.errors().map(e => e.text)).toEqual(['cancelled (SIGINT) during "Hangs"'])
})

it('a failure that lets the run go on: the later stages run, the outcome is failed, the first failure is the news', async () => {
  const result = await runPipeline(
    pipeline([
      stage('Smoke', { run: async run => run.fail('the smoke test failed') }),
      stage('Upload'),
      stage('Report', { run: async run => run.fail('a high CVE') })
    ]),
    platform,
    inputs(),
    context()
  )
  expect(ran).toEqual(['Smoke', 'Upload', 'Report'])
  expect(result.result).toMatchObject({ outcome: 'failed', failure: 'the smoke test failed' })
  expect(platform.errors().map(e => e.text)).toEqual(['the smoke test failed', 'a high CVE'])
})

it('a stage that throws: one error at its file and line; only the stages meant for after a failure run', async () => {
  const result = await runPipeline(
    pipeline([
      stage('Configure', {
        run: async () => {
          throw new UserError('BR2_FOO=y: no such option', '/configs/amd64/buildroot_defconfig', 7)
        }
      }),
      stage('Build'),
      stage('Upload the build log', { afterFailure: true })
    ]),
    platform,
    inputs(),
    context()
  )
  expect(result.result.outcome).toBe('failed')
  expect(ran).toEqual(['Configure', 'Upload the build log'])
  expect(platform.errors().map(e => [e.text, e.at])).toEqual([
    ['BR2_FOO=y: no such option', { file: '/configs/amd64/buildroot_defconfig', line: 7 }]
  ])
})

it('skips what the image cache makes unnecessary, what is not asked for, and what lacks what it needs', async () => {
  const images = slot<string>('images')
  const result = await runPipeline(
    pipeline([
      stage('Restore images', {
        run: async run => {
          run.imageCacheHit = true
          run.set(images, 'restored')
        }
      }),
      stage('Build', { onImageCacheHit: 'skip' }),
      stage('Needs a slot nobody fills', { needs: [slot<string>('never')] }),
      stage('Upload', { enabled: run => run.inputs.upload, needs: [images] }),
      stage('Check only', { modes: ['check'] })
    ]),
    platform,
    inputs({ upload: 'false' }),
    context()
  )
  expect(result.result.outcome).toBe('succeeded')
  expect(ran).toEqual(['Restore images'])
  expect(result.result.stages.map(s => [s.title, s.why])).toEqual([
    ['Restore images', undefined],
    ['Build', 'images restored from the image cache'],
    ['Needs a slot nobody fills', 'it needs never'],
    ['Upload', 'not asked for']
  ])
})

it('says so when a stage ends without what it promised to provide', async () => {
  const result = await runPipeline(
    pipeline([stage('Promises', { provides: [slot<string>('promised')] })]),
    platform,
    inputs(),
    context()
  )
  expect(result.result.outcome).toBe('failed')
  expect(platform.errors().map(e => e.text)).toEqual([
    'internal: "Promises" ended without providing promised'
  ])
})
