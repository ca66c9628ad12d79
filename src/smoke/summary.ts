// The smoke test's section of the job summary: one table per boot, one row per check with its
// result and time, and what the check proves or why it failed; the boot's milestones.
import { formatDuration } from '../util/format.js'
import type { CheckRow } from './verdict.js'
import type { MilestoneName } from './watch.js'

export interface BootReport {
  name: string
  /** e.g. "SeaBIOS, KVM". */
  how: string
  level: string
  /** Whether this boot had a fresh data disk, or the disks of the boot before. */
  dataDisk?: 'fresh' | 'reuse'
  ok: boolean
  seconds: number
  /** The boot milestones seen, with their time since QEMU started. */
  milestones: { name: MilestoneName; seconds: number }[]
  rows: CheckRow[]
  /** Expected checks the image printed no result line for. */
  missing: string[]
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
    const disk = { fresh: ', an empty data disk', reuse: ', the disks of the boot before' }
    const milestones = boot.milestones.map(m => `${m.name} ${formatDuration(m.seconds)}`)
    lines.push(
      `**${boot.name}** (${boot.how}, level ${boot.level}${boot.dataDisk ? disk[boot.dataDisk] : ''}): ${boot.ok ? 'passed' : 'failed'} in ${formatDuration(boot.seconds)}. Console log: \`${boot.consoleLog}\``,
      '',
      `Milestones: ${milestones.join(', ') || 'none reached'}.`,
      '',
      '| Check | Result | Time | Detail |',
      '| --- | --- | ---: | --- |'
    )
    for (const row of boot.rows) {
      const result = row.status === 'skip' && !row.ok ? '❌ skip' : ICON[row.status]
      const time = row.seconds === undefined ? '' : formatDuration(row.seconds)
      lines.push(`| ${row.check} | ${result} | ${time} | ${cell(row.detail)} |`)
    }
    if (boot.missing.length) {
      lines.push('', `No result line for: ${boot.missing.join(', ')}.`)
    }
    lines.push('')
  }
  return lines.join('\n')
}
