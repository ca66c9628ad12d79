// How sizes, durations and percentages read in logs and summaries, and Markdown code blocks.

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`
}

export const formatPercent = (percent: number): string =>
  `${percent >= 0 ? '+' : '−'}${Math.abs(percent).toFixed(1)}%`

export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = Math.round(seconds % 60)
  return h ? `${h} h ${m} min` : m ? `${m} min ${s} s` : `${s} s`
}

/** A fence longer than any run of backticks in `text`, so that the block cannot be closed early. */
export function codeBlock(text: string): string[] {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(match => match[0].length))
  const fence = '`'.repeat(longest + 1)
  return [fence, text, fence]
}
