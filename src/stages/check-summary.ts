// The check summary: one row per check with its time, the problems found (each at its file and
// line), and the notices.
import path from 'node:path'
import { RUNTIME } from '../runtimes.js'
import { codeBlock, formatDuration } from '../util/format.js'
import { safeMessage, tableCell } from '../util/text.js'
import { patchedSlot } from './buildroot-patches.js'
import { CHECK_ICON, checkReportSlot } from './check.js'
import type { Run, RunResult } from './stage.js'
import { renderStageTimes } from './stage-times.js'

export function summarizeCheck(run: Run, result: RunResult): string {
  const report = run.find(checkReportSlot) ?? { rows: [], findings: [] }
  const series = run.find(patchedSlot)?.series
  const ok = result.outcome === 'succeeded'
  const escape = (text: string): string => tableCell(text, 2000)
  const patches = series?.patches.length
    ? [
        `Buildroot patches applied (${series.patches.length}, from \`${series.dir}\`): ${series.patches.map(p => `\`${p.name}\``).join(', ')}`,
        ''
      ]
    : series
      ? ['No Buildroot patches applied.', '']
      : []
  const heading = `${run.inputs.target} with ${RUNTIME[run.inputs.runtime].title}`
  const lines = [`## ${ok ? '✅' : '❌'} Config check: ${heading}`, '', ...patches]
  // A run that stopped before the checks (Buildroot could not be resolved, say) says why.
  if (result.failure && !report.rows.length) {
    lines.push('### What failed', '', ...codeBlock(safeMessage(result.failure)), '')
  }
  if (report.rows.length) {
    lines.push(
      '| Check | Result | Time | Detail |',
      '| --- | --- | ---: | --- |',
      ...report.rows.map(
        c =>
          `| ${c.name} | ${CHECK_ICON[c.status]} ${c.status} | ${formatDuration(c.seconds)} | ${escape(c.detail)} |`
      ),
      ''
    )
  }
  const problems = report.findings.filter(f => f.level !== 'notice')
  if (problems.length) {
    lines.push('### Problems', '')
    for (const finding of problems) {
      const where = finding.at
        ? `\`${path.basename(finding.at.file)}${finding.at.line ? `:${finding.at.line}` : ''}\` `
        : ''
      lines.push(`- **${finding.level}** ${where}${escape(finding.message)}`)
    }
    lines.push('')
  }
  for (const notice of report.findings.filter(f => f.level === 'notice')) {
    lines.push('### Notice', '', ...codeBlock(safeMessage(notice.message)), '')
  }
  lines.push(...renderStageTimes(result.stages))
  return lines.join('\n')
}
