// The build summary: the Markdown a person reads on the run page: what was built, how long it
// took, what the caches did, the slowest packages, and on failure what failed. Each stage left
// its own facts in its slot; this reads them once the run is over.
import fs from 'node:fs'
import type { PackageTime } from '../buildroot/build.js'
import type { CcacheStats } from '../buildroot/ccache.js'
import { RUNTIME, type Runtime } from '../runtimes.js'
import { renderSmokeSection } from '../smoke/summary.js'
import { codeBlock, formatBytes, formatDuration, formatPercent } from '../util/format.js'
import { directorySize } from '../util/fs.js'
import { safeMessage, tableCell } from '../util/text.js'
import { buildSlot } from './build.js'
import { patchedSlot } from './buildroot-patches.js'
import { imagesSlot, type ImageManifest } from './collect-images.js'
import { configHashSlot } from './configure.js'
import { cvesSlot, type CveReportFacts } from './cve-report.js'
import { restoredImagesSlot } from './image-cache.js'
import { inputsHashSlot } from './inputs-hash.js'
import { buildrootSlot } from './resolve-buildroot.js'
import { cachePlanSlot, restoredCachesSlot } from './restore-caches.js'
import { sbomSlot, type SbomFacts } from './sbom.js'
import { sizesSlot, type SizeChange } from './size-trend.js'
import { smokeSlot } from './smoke-test.js'
import type { Run, RunResult } from './stage.js'
import { renderStageTimes } from './stage-times.js'
import { artifactSlot } from './upload.js'

export interface SummaryFacts {
  target: string
  /** The container runtime; shown beside the target. */
  runtime?: Runtime
  buildrootVersion?: string
  /** The Buildroot patch series applied, by file name. */
  buildrootPatches?: string[]
  configHash?: string
  /** stopped: at the time limit; cancelled: by a signal (a workflow cancel, Ctrl-C). */
  outcome: 'built' | 'failed' | 'cancelled' | 'stopped'
  failure?: string
  buildSeconds?: number
  images?: { name: string; bytes: number }[]
  artifact?: { name: string; url?: string; location?: string }
  caches?: { name: string; result: string; size?: number }[]
  /** What ccache did in this build, and its remote storage (as shown: credentials masked). */
  ccache?: { stats: CcacheStats; remote: string[]; remoteOnly: boolean }
  slowest?: PackageTime[]
  versions?: Record<string, string>
  logFile?: string
  inputsHash?: string
  /** The image cache entry the images were restored from, when nothing was built. */
  imagesRestoredFrom?: string
  sbom?: SbomFacts
  cves?: CveReportFacts
  sizes?: SizeChange[]
  /** The smoke test's section (smoke/summary.ts). */
  smokeSection?: string
  stages?: RunResult['stages']
}

const OUTCOME: Record<RunResult['outcome'], SummaryFacts['outcome']> = {
  succeeded: 'built',
  failed: 'failed',
  cancelled: 'cancelled',
  stopped: 'stopped'
}

/** The build summary of a finished run, from what each stage left in its slot. */
export function summarizeBuild(run: Run, result: RunResult): string {
  const build = run.find(buildSlot)
  const images = run.find(imagesSlot)
  const plan = run.find(cachePlanSlot)
  const restored = run.find(restoredCachesSlot)
  const manifest =
    images && fs.existsSync(images.manifest)
      ? (JSON.parse(fs.readFileSync(images.manifest, 'utf8')) as ImageManifest)
      : undefined
  const smoke = run.find(smokeSlot)
  return renderSummary({
    target: run.inputs.target,
    runtime: run.inputs.runtime,
    outcome: OUTCOME[result.outcome],
    failure: result.failure,
    buildrootVersion: run.find(buildrootSlot)?.version,
    buildrootPatches: run.find(patchedSlot)?.series.patches.map(patch => patch.name),
    configHash: run.find(configHashSlot),
    inputsHash: run.find(inputsHashSlot),
    imagesRestoredFrom: run.find(restoredImagesSlot)?.key,
    buildSeconds: build?.seconds,
    logFile: build?.logFile,
    slowest: build?.slowest,
    caches:
      plan && restored && build
        ? [
            { name: 'dl/', result: restored.dl.result, size: directorySize(plan.dlDir) },
            { name: 'ccache', result: restored.ccache.result, size: directorySize(plan.ccacheDir) }
          ]
        : undefined,
    ccache: build?.ccache && {
      stats: build.ccache,
      remote: run.inputs.ccacheRemoteStorage.map(remote => remote.shown),
      remoteOnly: run.inputs.ccacheRemoteOnly
    },
    images: images?.files,
    versions: manifest?.versions,
    sbom: run.find(sbomSlot),
    cves: run.find(cvesSlot),
    sizes: run.find(sizesSlot),
    smokeSection: smoke && renderSmokeSection(smoke),
    artifact: run.find(artifactSlot),
    stages: result.stages
  })
}

function renderSizes(sizes: SizeChange[]): string[] {
  const lines = [
    '### Size against the last build',
    '',
    '| File | Size | Last build | Change |',
    '| --- | ---: | ---: | ---: |'
  ]
  for (const size of sizes) {
    const change =
      size.percent === undefined
        ? 'new'
        : `${formatPercent(size.percent)}${size.flagged ? ' ⚠️' : ''}`
    const before = size.previous === undefined ? '' : formatBytes(size.previous)
    lines.push(`| \`${escape(size.name)}\` | ${formatBytes(size.bytes)} | ${before} | ${change} |`)
  }
  return [...lines, '']
}

/** ccache's counters of this build (its stats log), local and remote. */
function renderCcache({
  stats,
  remote,
  remoteOnly
}: NonNullable<SummaryFacts['ccache']>): string[] {
  const looked = stats.hits + stats.misses
  const rate = looked ? ` (${Math.round((100 * stats.hits) / looked)}%)` : ''
  const lines = [
    `ccache saw ${stats.calls} compiler calls: ${stats.hits} hits${rate}, ${stats.misses} misses.`,
    '',
    '| ccache storage | Hits | Misses | Errors |',
    '| --- | ---: | ---: | ---: |',
    remoteOnly
      ? '| local | not used (ccache-remote-only) | | |'
      : `| local | ${stats.local.hits} | ${stats.local.misses} | |`
  ]
  if (remote.length) {
    const errors = stats.remote.errors + stats.remote.timeouts
    lines.push(
      `| remote ${remote.map(url => `\`${tableCell(url)}\``).join(' ')} | ${stats.remote.hits} | ${stats.remote.misses} | ${errors}${errors ? ' ⚠️' : ''} |`
    )
  }
  return [...lines, '']
}

/** At most this many packages, and CVEs per package, in the summary; the file has them all. */
const CVE_PACKAGES_SHOWN = 50
const CVES_PER_PACKAGE_SHOWN = 8

function renderCves(report: CveReportFacts): string[] {
  const total = report.unfixed.reduce((sum, p) => sum + p.cves.length, 0)
  const date = report.nvdDate ? ` (NVD data of ${report.nvdDate})` : ''
  if (!total) return ['### Unfixed CVEs', '', `None known${date}.`, '']
  const lines = [
    '### Unfixed CVEs',
    '',
    `${total} in ${report.unfixed.length} package(s), ${report.high} rated high or critical${date}. All of them, with their details: \`cve-report.cdx.json\`.`,
    '',
    '| Package | Version | CVEs, most severe first |',
    '| --- | --- | --- |'
  ]
  for (const pkg of report.unfixed.slice(0, CVE_PACKAGES_SHOWN)) {
    const shown = pkg.cves
      .slice(0, CVES_PER_PACKAGE_SHOWN)
      .map(c => `${c.id} (${c.severity}${c.score === undefined ? '' : ` ${c.score}`})`)
    const more = pkg.cves.length - shown.length
    lines.push(
      `| ${escape(pkg.package)} | ${escape(pkg.version)} | ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''} |`
    )
  }
  if (report.unfixed.length > CVE_PACKAGES_SHOWN) {
    lines.push('', `And ${report.unfixed.length - CVE_PACKAGES_SHOWN} more packages.`)
  }
  return [...lines, '']
}

export function renderSummary(facts: SummaryFacts): string {
  const lines: string[] = []
  const heading = {
    built: '✅ Buildroot Kubernetes node image',
    failed: '❌ Buildroot Kubernetes node image',
    cancelled: '⏹️ Cancelled: Buildroot Kubernetes node image',
    stopped: '⏱️ Stopped at the time limit: Buildroot Kubernetes node image'
  }[facts.outcome]
  const runtime = facts.runtime ? ` with ${RUNTIME[facts.runtime].title}` : ''
  lines.push(`## ${heading}: ${facts.target}${runtime}`, '')
  const about = [
    facts.buildrootVersion && `Buildroot ${facts.buildrootVersion}`,
    facts.buildSeconds !== undefined && `build time ${formatDuration(facts.buildSeconds)}`,
    facts.configHash && `config \`${facts.configHash.slice(0, 12)}\``,
    facts.inputsHash && `inputs \`${facts.inputsHash.slice(0, 12)}\``
  ].filter(Boolean)
  if (about.length) lines.push(about.join(' · '), '')
  if (facts.buildrootPatches?.length) {
    lines.push(
      `Buildroot patches applied: ${facts.buildrootPatches.map(name => `\`${escape(name)}\``).join(', ')}`,
      ''
    )
  }
  if (facts.imagesRestoredFrom) {
    lines.push(
      `Nothing that shapes the images changed: they were restored from the image cache (\`${escape(facts.imagesRestoredFrom)}\`), not built.`,
      ''
    )
  }

  if (facts.failure) {
    const title = facts.outcome === 'failed' ? 'What failed' : 'How far it got'
    lines.push(`### ${title}`, '', ...codeBlock(safeMessage(facts.failure)), '')
    if (facts.logFile) lines.push(`Full log: \`${facts.logFile}\``, '')
  }
  if (facts.images?.length) {
    lines.push('### Images', '', '| File | Size |', '| --- | ---: |')
    for (const image of facts.images)
      lines.push(`| \`${tableCell(image.name)}\` | ${formatBytes(image.bytes)} |`)
    lines.push('')
  }
  if (facts.smokeSection) lines.push(facts.smokeSection)
  if (facts.artifact) {
    const where = facts.artifact.url
      ? `[${facts.artifact.name}](${facts.artifact.url})`
      : `\`${facts.artifact.name}\`${facts.artifact.location ? ` in \`${facts.artifact.location}\`` : ''}`
    lines.push(`Artifact: ${where}`, '')
  }
  if (facts.sizes?.length) lines.push(...renderSizes(facts.sizes))
  if (facts.sbom) {
    lines.push(
      '### Software bill of materials',
      '',
      `\`sbom.cdx.json\` (CycloneDX): ${facts.sbom.components} components, ${facts.sbom.licenses} distinct licenses (${facts.sbom.spdxLicenses} of them SPDX identifiers).`,
      ''
    )
  }
  if (facts.cves) lines.push(...renderCves(facts.cves))
  if (facts.versions && Object.keys(facts.versions).length) {
    lines.push('### Versions', '', '| Component | Version |', '| --- | --- |')
    for (const [name, version] of Object.entries(facts.versions))
      lines.push(`| ${name} | ${tableCell(version)} |`)
    lines.push('')
  }
  if (facts.caches?.length) {
    lines.push('### Caches', '', '| Cache | Result | Size |', '| --- | --- | ---: |')
    for (const cache of facts.caches) {
      const size = cache.size === undefined ? '' : formatBytes(cache.size)
      lines.push(`| ${cache.name} | ${tableCell(cache.result)} | ${size} |`)
    }
    lines.push('')
  }
  if (facts.ccache) lines.push(...renderCcache(facts.ccache))
  if (facts.stages) lines.push(...renderStageTimes(facts.stages))
  if (facts.slowest?.length) {
    lines.push('### Slowest packages', '', '| Package | Time |', '| --- | ---: |')
    for (const entry of facts.slowest)
      lines.push(`| ${tableCell(entry.package)} | ${formatDuration(entry.seconds)} |`)
    lines.push('')
  }
  return lines.join('\n')
}
