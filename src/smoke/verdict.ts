// Turns one boot's smoke events into one row per check and a verdict. A check that ever
// reported fail has failed, whatever it reported after. A skip is accepted only for a check
// whose component the image's manifest does not list (a stand-in image without containerd,
// say), or that needs a data disk this boot did not have: a real image that lists containerd
// must pass the containerd check. The done line's counts must match the result lines read,
// every expected check must have reported, and the guest must power off by itself.
import { checksFor, type CheckStatus, type SmokeEvent, type SmokeLevel } from './protocol.js'
import type { WatchFailure } from './watch.js'

export interface CheckRow {
  check: string
  status: CheckStatus | 'not run'
  seconds?: number
  detail: string
  /** Whether this row lets the smoke test pass. */
  ok: boolean
}

export interface BootVerdict {
  ok: boolean
  rows: CheckRow[]
  /** The checks that failed, in order: what the error message names. */
  failedChecks: string[]
  /** Expected checks the image printed no result line for, although nothing failed first. */
  missingChecks: string[]
}

type Result = Extract<SmokeEvent, { kind: 'result' }>

/** One row from every result line of a check: the first fail wins, else the last word. */
function rowOf(check: string, results: Result[]): CheckRow {
  const failed = results.find(result => result.status === 'fail')
  const last = results[results.length - 1]
  const chosen = failed ?? last
  const row: CheckRow = {
    check,
    status: chosen.status,
    seconds: chosen.seconds,
    detail: chosen.detail,
    ok: chosen.status !== 'fail'
  }
  if (failed && last !== failed) {
    row.detail += ` (a later line said ${last.status}: the fail stands)`
  }
  return row
}

export function judgeBoot(options: {
  level: SmokeLevel
  events: SmokeEvent[]
  failure?: WatchFailure
  /** manifest.json's versions, or undefined when the images came without one. */
  components?: Record<string, string>
  /** Whether the host attached a data disk to this boot. */
  dataDisk?: boolean
  /** The guest printed its done line but did not power off within this many seconds. */
  poweroffMissedAfter?: number
}): BootVerdict {
  const { events, failure, components } = options
  const results = new Map<string, Result[]>()
  for (const event of events) {
    if (event.kind === 'result')
      results.set(event.check, [...(results.get(event.check) ?? []), event])
  }
  const expected = checksFor(options.level)

  const rows: CheckRow[] = []
  const missingChecks: string[] = []
  if (failure && !results.has(failure.check) && !expected.some(c => c.name === failure.check)) {
    rows.push({ check: failure.check, status: 'fail', detail: failure.reason, ok: false })
  }
  for (const check of expected) {
    const reported = results.get(check.name)
    results.delete(check.name)
    if (!reported) {
      const blamed = failure?.check === check.name
      if (!failure) missingChecks.push(check.name)
      rows.push({
        check: check.name,
        status: blamed ? 'fail' : 'not run',
        detail: blamed
          ? failure.reason
          : failure
            ? `not run: ${failure.check} failed first`
            : 'no result line from the image for this check',
        ok: false
      })
      continue
    }
    const row = rowOf(check.name, reported)
    if (row.status === 'skip') {
      const listed = check.component === undefined ? undefined : components?.[check.component]
      if (check.needsDataDisk) {
        row.ok = !options.dataDisk
        row.detail += options.dataDisk
          ? ' (a data disk was attached to this boot: it must pass)'
          : ' (this boot has no data disk)'
      } else if (check.component === undefined) {
        row.ok = false
        row.detail += ' (this check needs nothing but the kernel and base system: it must pass)'
      } else if (components === undefined) {
        row.ok = false
        row.detail += ' (the images came without manifest.json, so every check must pass)'
      } else if (listed !== undefined) {
        row.ok = false
        row.detail += ` (the image's manifest lists ${check.component} ${listed}: it must pass)`
      } else {
        row.detail += ` (the image's manifest lists no ${check.component})`
      }
    }
    rows.push(row)
  }
  // Checks a newer script runs that this action does not know: shown, judged the same way.
  for (const [check, reported] of results) rows.push(rowOf(check, reported))

  const done = events.find(event => event.kind === 'done')
  if (done) {
    const count = (status: CheckStatus) =>
      events.filter(event => event.kind === 'result' && event.status === status).length
    const read = { passed: count('pass'), failed: count('fail'), skipped: count('skip') }
    if (
      read.passed !== done.passed ||
      read.failed !== done.failed ||
      read.skipped !== done.skipped
    ) {
      rows.push({
        check: 'done',
        status: 'fail',
        detail:
          `the done line says passed=${done.passed} failed=${done.failed} skipped=${done.skipped}, ` +
          `but the console has ${read.passed} pass, ${read.failed} fail and ${read.skipped} skip ` +
          'result lines: some were lost or garbled on the way',
        ok: false
      })
    }
  }
  if (options.poweroffMissedAfter !== undefined) {
    rows.push({
      check: 'poweroff',
      status: 'fail',
      detail: `the guest printed its done line but did not power off within ${options.poweroffMissedAfter} s, so QEMU was stopped (k8s-smoke.service powers the machine off: see the console log's end)`,
      ok: false
    })
  }
  const failedChecks = rows.filter(row => !row.ok && row.status !== 'not run').map(row => row.check)
  return {
    ok: failure === undefined && rows.every(row => row.ok),
    rows,
    failedChecks,
    missingChecks
  }
}
