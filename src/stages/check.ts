// Check mode's stages share this: each check is a stage whose work returns findings (or why it
// was skipped); its findings are reported (errors fail the run, the next checks still run), and
// it gets a row in the check summary. A check may start early, beside another (the kernel's
// olddefconfig beside Buildroot's parse), and keep what it says until its own group opens.
import path from 'node:path'
import type { LoadedConfig, RequestedConfig } from '../buildroot/configure.js'
import type { Finding } from '../buildroot/findings.js'
import type { BuildrootTree } from '../buildroot/make.js'
import type { KconfigEntry } from '../kconfig/defconfig.js'
import type { Mode } from '../inputs/schema.js'
import type { Reporter } from '../platform/types.js'
import { diskFullMessage, isDiskFull } from '../util/disk.js'
import { errorDetail, errorLocation, errorMessage } from '../util/errors.js'
import { formatDuration } from '../util/format.js'
import { cancellation, CancelledError } from '../util/process-groups.js'
import { slot, type Run, type Slot, type Stage } from './stage.js'

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip'

export interface CheckRow {
  name: string
  status: CheckStatus
  detail: string
  seconds: number
}

/** What the checks found so far: one row per check, and every finding. */
export interface CheckReport {
  rows: CheckRow[]
  findings: Finding[]
}

export const checkReportSlot = slot<CheckReport>('check report')

/** A check's work: its findings, or a string saying why it was skipped. */
export type CheckWork = () => Promise<{ findings: Finding[]; detail: string } | string>

/** How a check's work ended, and how long it took. */
export type Settled = { seconds: number } & (
  { result: Awaited<ReturnType<CheckWork>> } | { error: unknown }
)

export const CHECK_ICON: Record<CheckStatus, string> = {
  pass: '✅',
  fail: '❌',
  warn: '⚠️',
  skip: '⏭️'
}

/** Runs a check's work now; the check's stage reports it when its turn comes. Never rejects. */
export function startCheck(work: CheckWork): Promise<Settled> {
  const started = Date.now()
  const seconds = () => (Date.now() - started) / 1000
  // After a cancel, the checks not yet started are skipped rather than run.
  const stopped = cancellation()
  if (stopped) {
    return Promise.resolve({
      result: `skipped: ${new CancelledError(stopped).message}`,
      seconds: 0
    })
  }
  return work().then(
    result => ({ result, seconds: seconds() }),
    (error: unknown) => ({ error, seconds: seconds() })
  )
}

/**
 * A reporter for work started early: it keeps what the work says until `release`, so that it
 * shows in the work's own group rather than in the group open at the time.
 */
export function heldReporter(reporter: Reporter): Reporter & { release(): void } {
  let held: (() => void)[] | undefined = []
  const pass =
    <A extends unknown[]>(say: (...args: A) => void) =>
    (...args: A) => {
      if (held) held.push(() => say(...args))
      else say(...args)
    }
  return {
    info: pass(message => reporter.info(message)),
    notice: pass((message, at) => reporter.notice(message, at)),
    warning: pass((message, at) => reporter.warning(message, at)),
    error: pass((message, at) => reporter.error(message, at)),
    startGroup: pass(title => reporter.startGroup(title)),
    endGroup: pass(() => reporter.endGroup()),
    release() {
      for (const say of held ?? []) say()
      held = undefined
    }
  }
}

/** Turns how a check ended into its findings and row, and reports them. */
export function recordCheck(run: Run, name: string, settled: Settled): void {
  const report = run.get(checkReportSlot)
  let outcome: { findings: Finding[]; detail: string; skipped?: boolean }
  if ('result' in settled) {
    const { result } = settled
    outcome = typeof result === 'string' ? { findings: [], detail: result, skipped: true } : result
  } else {
    const { error } = settled
    // A full disk is news about the disk, not about the file that was being read.
    const message = isDiskFull(error)
      ? `${diskFullMessage(
          [
            { name: 'output-dir', dir: run.inputs.outputDir },
            { name: 'the tool cache', dir: run.platform.tools.dir }
          ],
          name
        )}\n${errorMessage(error)}`
      : errorDetail(error)
    outcome = {
      findings: [
        { level: 'error', message, at: isDiskFull(error) ? undefined : errorLocation(error) }
      ],
      detail: 'could not run'
    }
  }
  for (const finding of outcome.findings) {
    if (finding.level === 'error') run.fail(finding.message, finding.at)
    else run.reporter[finding.level](finding.message, finding.at)
  }
  report.findings.push(...outcome.findings)
  const errors = outcome.findings.filter(f => f.level === 'error').length
  const warnings = outcome.findings.filter(f => f.level === 'warning').length
  const status: CheckStatus = outcome.skipped
    ? 'skip'
    : errors
      ? 'fail'
      : warnings
        ? 'warn'
        : 'pass'
  const counts = [errors && `${errors} error(s)`, warnings && `${warnings} warning(s)`]
    .filter(Boolean)
    .join(', ')
  const detail = counts ? `${counts}; ${outcome.detail}` : outcome.detail
  report.rows.push({ name, status, detail, seconds: settled.seconds })
  run.reporter.info(`${CHECK_ICON[status]} ${name}: ${detail} (${formatDuration(settled.seconds)})`)
}

/**
 * A check-mode stage: `work` returns what runs (or what was started earlier, with the reporter
 * whose held lines to release in this stage's group). It never throws: a check that cannot run
 * is an error finding, and the next checks still run.
 */
export function checkStage(spec: {
  title: string
  needs?: readonly Slot<unknown>[]
  provides?: readonly Slot<unknown>[]
  work(run: Run): CheckWork | { started: Promise<Settled>; release(): void }
}): Stage {
  const modes: readonly Mode[] = ['check']
  return {
    title: spec.title,
    modes,
    onImageCacheHit: 'run',
    needs: spec.needs ?? [checkReportSlot],
    provides: spec.provides ?? [],
    async run(run) {
      const work = spec.work(run)
      let settled: Settled
      if (typeof work === 'function') {
        settled = await startCheck(work)
      } else {
        work.release()
        settled = await work.started
      }
      recordCheck(run, spec.title, settled)
    }
  }
}

/** What the later checks start from. */
export interface CheckedConfig {
  requested?: RequestedConfig
  kernelEntries: KconfigEntry[]
  /** Buildroot's tree for the checks, with an O= folder of their own. */
  tree: BuildrootTree
  /** Buildroot's `make defconfig`, started once the files read. */
  loading?: Promise<LoadedConfig>
  /** The kernel check, when it started beside Buildroot's parse. */
  kernelEarly?: { started: Promise<Settled>; release(): void }
}

export const checkedConfigSlot = slot<CheckedConfig>('checked config')

/** Scratch space of the checks (their O= folders), inside output-dir. */
export function checkScratch(run: Run): string {
  return path.join(run.inputs.outputDir, `check-${run.inputs.target}`)
}
