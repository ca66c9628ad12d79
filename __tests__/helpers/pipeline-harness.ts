// What the pipeline tests share: the fixture's inputs and run context, and whether a process
// still runs.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseInputs, type Inputs, type RawInputs } from '../../src/inputs/schema.js'
import type { Finding } from '../../src/buildroot/findings.js'
import { PIPELINES } from '../../src/pipeline/pipelines.js'
import { runPipeline } from '../../src/pipeline/runner.js'
import type { Platform } from '../../src/platform/types.js'
import { checkReportSlot, type CheckRow } from '../../src/stages/check.js'
import type { RunContext } from '../../src/stages/stage.js'
import type { BuildrootFixture } from './buildroot-fixture.js'

/** The repository: the action's own folder (its package.json and dist/ are in the inputs hash). */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

const MiB = 1024 * 1024

/** Inputs for a run on the fixture tree: its Buildroot, its configs, an output folder per target. */
export function fixtureInputs(fx: BuildrootFixture, raw: RawInputs = {}): Inputs {
  const target = raw.target ?? 'amd64'
  return parseInputs(
    {
      target,
      'buildroot-src': fx.buildrootDir,
      'config-dir': fx.configDir,
      'output-dir': path.join(fx.root, `out-${target}`),
      jobs: '2',
      // The fixture's images are placeholders: the smoke stage has its own tests.
      'smoke-test': 'off',
      ...raw
    },
    { configDir: fx.configDir, workDir: fx.root, baseDir: fx.root, runner: 'local' }
  )
}

/** A run context in the fixture's folder; the action's own tree and series are left out. */
export function fixtureContext(fx: BuildrootFixture, extra: Partial<RunContext> = {}): RunContext {
  return {
    actionRoot: REPO,
    // config-dir has its own external/, which is used instead of this one.
    ownExternalTree: path.join(fx.root, 'no-such-tree'),
    ownPatchSeries: path.join(fx.root, 'no-such-series'),
    // config-dir has its own runtime/ fragments, written for the fixture tree.
    ownRuntimeDir: path.join(fx.root, 'no-such-runtimes'),
    cacheRoot: path.join(fx.root, 'cache-work'),
    runId: 'run-1',
    startedAt: Date.now(),
    startedFrom: 'the start of this test',
    // What the fixture's tiny build needs, not a real one's.
    spaceNeeded: { outputBytes: 100 * MiB, dlBytes: MiB },
    env: process.env,
    ...extra
  }
}

/** Whether a process runs (a zombie has ended). */
export function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    return !['Z', 'X'].includes(stat.slice(stat.lastIndexOf(')') + 2)[0])
  } catch {
    return false
  }
}

/** What a check-mode run found: its rows, findings and summary. */
export interface CheckRunResult {
  ok: boolean
  checks: CheckRow[]
  findings: Finding[]
  summaryMarkdown: string
}

/** Runs check mode's pipeline, as runMain does, and returns what the checks found. */
export async function runCheckMode(
  platform: Platform,
  inputs: Inputs,
  context: RunContext
): Promise<CheckRunResult> {
  let summaryMarkdown = ''
  const recording: Platform = {
    ...platform,
    async writeSummary(markdown) {
      summaryMarkdown += markdown
      await platform.writeSummary(markdown)
    }
  }
  const { ok, run } = await runPipeline(PIPELINES.check, recording, inputs, context)
  const report = run.find(checkReportSlot) ?? { rows: [], findings: [] }
  return { ok, checks: report.rows, findings: report.findings, summaryMarkdown }
}
