// Turns one boot's smoke events into one row per check and a verdict. A skip is accepted only
// for a check whose component the image's manifest does not list (a stand-in image without
// containerd, say): a real image that lists containerd must pass the containerd check.
import { RUNTIME, type Runtime } from '../runtimes.js'
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
}

/**
 * What is wrong when the image does not run the runtime its manifest names and lists: the smoke
 * script says which one /etc/crictl.yaml names on its start line. Undefined when they agree,
 * when there is no start line (the boot's own failure says why), or when the manifest names no
 * runtime or does not list its package (a stand-in image; the component checks judge that).
 */
function runtimeMismatch(
  events: SmokeEvent[],
  expected: string | undefined,
  components: Record<string, string> | undefined
): string | undefined {
  const start = events.find(event => event.kind === 'start')
  const listed = expected !== undefined && expected in RUNTIME
  if (!listed || components?.[RUNTIME[expected as Runtime].component] === undefined)
    return undefined
  if (!start || start.kind !== 'start' || start.runtime === expected) return undefined
  const found = start.runtime
    ? `its CRI runtime is ${start.runtime} (/etc/crictl.yaml)`
    : 'its smoke script does not say which CRI runtime it has'
  return `the image's manifest.json says runtime ${expected}, but ${found}: these are not the images that manifest describes`
}

export function judgeBoot(options: {
  level: SmokeLevel
  events: SmokeEvent[]
  failure?: WatchFailure
  /** manifest.json's versions, or undefined when the images came without one. */
  components?: Record<string, string>
  /** manifest.json's runtime, when it names one: an image that lists its package must run it. */
  runtime?: string
}): BootVerdict {
  const { events, failure, components } = options
  const results = new Map<string, Extract<SmokeEvent, { kind: 'result' }>>()
  for (const event of events) if (event.kind === 'result') results.set(event.check, event)

  const rows: CheckRow[] = []
  const mismatch = runtimeMismatch(events, options.runtime, components)
  if (mismatch) rows.push({ check: 'runtime', status: 'fail', detail: mismatch, ok: false })
  if (
    failure &&
    !results.has(failure.check) &&
    !checksFor(options.level).some(c => c.name === failure.check)
  ) {
    rows.push({ check: failure.check, status: 'fail', detail: failure.reason, ok: false })
  }
  for (const check of checksFor(options.level)) {
    const result = results.get(check.name)
    results.delete(check.name)
    if (!result) {
      const blamed = failure?.check === check.name
      rows.push({
        check: check.name,
        status: blamed ? 'fail' : 'not run',
        detail: blamed
          ? failure.reason
          : failure
            ? `not run: ${failure.check} failed first`
            : 'no result from the image (its smoke script does not run this check)',
        ok: false
      })
      continue
    }
    const row: CheckRow = {
      check: check.name,
      status: result.status,
      seconds: result.seconds,
      detail: result.detail,
      ok: result.status === 'pass'
    }
    if (result.status === 'skip') {
      const listed = check.component === undefined ? undefined : components?.[check.component]
      const unlisted = check.uses?.find(used => components?.[used] === undefined)
      if (check.component === undefined) {
        row.detail += ' (this check needs nothing but the kernel and base system: it must pass)'
      } else if (components === undefined) {
        row.detail += ' (the images came without manifest.json, so every check must pass)'
      } else if (listed !== undefined && unlisted !== undefined) {
        row.ok = true
        row.detail += ` (the image's manifest lists no ${unlisted}, which this check uses)`
      } else if (listed !== undefined) {
        row.detail += ` (the image's manifest lists ${check.component} ${listed}: it must pass)`
      } else {
        row.ok = true
        row.detail += ` (the image's manifest lists no ${check.component})`
      }
    }
    rows.push(row)
  }
  // Checks a newer script runs that this action does not know: shown, judged the same way.
  for (const result of results.values()) {
    rows.push({
      check: result.check,
      status: result.status,
      seconds: result.seconds,
      detail: result.detail,
      ok: result.status !== 'fail'
    })
  }
  const failedChecks = rows.filter(row => !row.ok && row.status !== 'not run').map(row => row.check)
  return { ok: failure === undefined && rows.every(row => row.ok), rows, failedChecks }
}
