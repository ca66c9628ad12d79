// The smoke test's section of the job summary: one table per boot, one row per check with its
// result and time, and what the check proves or why it failed.
import { formatDuration } from '../util/format.js'
import type { CheckRow } from './verdict.js'

export interface BootReport {
  name: string
  /** e.g. "SeaBIOS, KVM". */
  how: string
  level: string
  ok: boolean
  seconds: number
  rows: CheckRow[]
  consoleLog: string
}

export interface SmokeReport {
  outcome: 'passed' | 'failed' | 'skipped'
  /** Why it was skipped, or what kept it from booting. */
  note?: string
  boots: BootReport[]
}

const ICON: Record<CheckRow['status'], string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  skip: '⏭️ skip',
  'not run': '➖ not run'
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')

export function renderSmokeSection(report: SmokeReport): string {
  const title = { passed: '✅ passed', failed: '❌ failed', skipped: 'skipped' }[report.outcome]
  const lines = [`### Smoke test: ${title}`, '']
  if (report.note) lines.push(report.note, '')
  for (const boot of report.boots) {
    lines.push(
      `**${boot.name}** (${boot.how}, level ${boot.level}): ${boot.ok ? 'passed' : 'failed'} in ${formatDuration(boot.seconds)}. Console log: \`${boot.consoleLog}\``,
      '',
      '| Check | Result | Time | Detail |',
      '| --- | --- | ---: | --- |'
    )
    for (const row of boot.rows) {
      const result = row.status === 'skip' && !row.ok ? '❌ skip' : ICON[row.status]
      const time = row.seconds === undefined ? '' : formatDuration(row.seconds)
      lines.push(`| ${row.check} | ${result} | ${time} | ${cell(row.detail)} |`)
    }
    lines.push('')
  }
  return lines.join('\n')
}
