// The summary's table of stages: what ran, what was skipped and why, and how long each took.
import { formatDuration } from '../util/format.js'
import { tableCell } from '../util/text.js'
import type { StageRecord } from './stage.js'

const ICON: Record<StageRecord['status'], string> = {
  done: '✅',
  skipped: '⏭️',
  failed: '❌',
  stopped: '⏱️',
  cancelled: '⏹️'
}

export function renderStageTimes(stages: StageRecord[]): string[] {
  if (!stages.length) return []
  const lines = ['### Stages', '', '| Stage | Result | Time |', '| --- | --- | ---: |']
  for (const stage of stages) {
    const result = `${ICON[stage.status]} ${stage.status}${stage.why ? `: ${tableCell(stage.why)}` : ''}`
    const time = stage.status === 'skipped' ? '' : formatDuration(stage.seconds)
    lines.push(`| ${tableCell(stage.title)} | ${result} | ${time} |`)
  }
  return [...lines, '']
}
