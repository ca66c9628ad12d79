// Stage: summary. The Markdown a person reads on the run page: what was built, how long it
// took, what the caches did, the slowest packages, and on failure what failed.
import type { PackageTime } from './build.js'

export interface SummaryFacts {
  target: string
  buildrootVersion?: string
  configHash?: string
  outcome: 'built' | 'failed'
  failure?: string
  buildSeconds?: number
  images?: { name: string; bytes: number }[]
  artifact?: { name: string; url?: string; location?: string }
  caches?: { name: string; result: string; size?: number }[]
  slowest?: PackageTime[]
  versions?: Record<string, string>
  logFile?: string
  /** The smoke test's section (smoke/summary.ts). */
  smokeSection?: string
}

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

export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = Math.round(seconds % 60)
  return h ? `${h} h ${m} min` : m ? `${m} min ${s} s` : `${s} s`
}

const escape = (text: string): string => text.replace(/\|/g, '\\|')

export function renderSummary(facts: SummaryFacts): string {
  const lines: string[] = []
  const icon = facts.outcome === 'built' ? '✅' : '❌'
  lines.push(`## ${icon} Buildroot Kubernetes node image: ${facts.target}`, '')
  const about = [
    facts.buildrootVersion && `Buildroot ${facts.buildrootVersion}`,
    facts.buildSeconds !== undefined && `build time ${formatDuration(facts.buildSeconds)}`,
    facts.configHash && `config \`${facts.configHash.slice(0, 12)}\``
  ].filter(Boolean)
  if (about.length) lines.push(about.join(' · '), '')

  if (facts.failure) {
    lines.push('### What failed', '', '```', facts.failure, '```', '')
    if (facts.logFile) lines.push(`Full log: \`${facts.logFile}\``, '')
  }
  if (facts.images?.length) {
    lines.push('### Images', '', '| File | Size |', '| --- | ---: |')
    for (const image of facts.images)
      lines.push(`| \`${escape(image.name)}\` | ${formatBytes(image.bytes)} |`)
    lines.push('')
  }
  if (facts.smokeSection) lines.push(facts.smokeSection)
  if (facts.artifact) {
    const where = facts.artifact.url
      ? `[${facts.artifact.name}](${facts.artifact.url})`
      : `\`${facts.artifact.name}\`${facts.artifact.location ? ` in \`${facts.artifact.location}\`` : ''}`
    lines.push(`Artifact: ${where}`, '')
  }
  if (facts.versions && Object.keys(facts.versions).length) {
    lines.push('### Versions', '', '| Component | Version |', '| --- | --- |')
    for (const [name, version] of Object.entries(facts.versions))
      lines.push(`| ${name} | ${escape(version)} |`)
    lines.push('')
  }
  if (facts.caches?.length) {
    lines.push('### Caches', '', '| Cache | Result | Size |', '| --- | --- | ---: |')
    for (const cache of facts.caches) {
      const size = cache.size === undefined ? '' : formatBytes(cache.size)
      lines.push(`| ${cache.name} | ${escape(cache.result)} | ${size} |`)
    }
    lines.push('')
  }
  if (facts.slowest?.length) {
    lines.push('### Slowest packages', '', '| Package | Time |', '| --- | ---: |')
    for (const entry of facts.slowest)
      lines.push(`| ${escape(entry.package)} | ${formatDuration(entry.seconds)} |`)
    lines.push('')
  }
  return lines.join('\n')
}
