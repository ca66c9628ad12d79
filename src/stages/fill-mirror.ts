// Stage of the command line's `mirror`: fills a folder to serve as download-mirror from a dl/
// folder (--dl-dir) or, without one, from the dl/ cache entry a build of this configuration
// would restore. Each file goes in only when it passes its package's .hash; nothing in the
// folder is replaced or removed (buildroot/mirror.ts).
import path from 'node:path'
import { fillMirror, type FillReport } from '../buildroot/mirror.js'
import { CacheLayer } from '../caches/layer.js'
import { codeBlock } from '../util/format.js'
import { safeMessage, tableCell } from '../util/text.js'
import { patchedSlot } from './buildroot-patches.js'
import { configuredSlot } from './configure.js'
import { packagesSlot } from './package-list.js'
import { buildrootSlot } from './resolve-buildroot.js'
import { cacheSpecs, planCachesOf } from './restore-caches.js'
import { slot, type Run, type RunResult, type Stage } from './stage.js'
import { renderStageTimes } from './stage-times.js'

export interface MirrorFacts extends FillReport {
  outDir: string
  /** The dl/ folder it was filled from. */
  from: string
}

export const mirrorSlot = slot<MirrorFacts>('mirror folder')

/** Where the files come from: --dl-dir, or the dl/ cache entry restored as a build would. */
async function sourceFolder(run: Run): Promise<string> {
  const given = run.context.fillMirror?.dlDir
  if (given) return given
  const plan = planCachesOf(run)
  await new CacheLayer(run.platform, 'read-only').restore({
    ...cacheSpecs(plan).dl,
    withoutIt: 'Only what the dl/ folder holds already goes to the mirror.'
  })
  return plan.dlDir
}

export const fillMirrorStage: Stage = {
  title: 'Fill the mirror folder',
  modes: ['build'],
  onImageCacheHit: 'skip',
  needs: [buildrootSlot, patchedSlot, configuredSlot, packagesSlot],
  provides: [mirrorSlot],
  async run(run) {
    const outDir = run.context.fillMirror?.outDir
    if (!outDir) throw new Error('internal: the mirror stage runs without a folder to fill')
    const { reporter } = run
    const from = await sourceFolder(run)
    const configured = run.get(configuredSlot)
    const report = await fillMirror({
      packages: run.get(packagesSlot),
      hashVariables: configured.hashVariables,
      tree: configured.tree,
      dlDir: from,
      outDir
    })
    run.set(mirrorSlot, { ...report, outDir, from })
    for (const refused of report.refused) {
      const message = `${refused.file} (${refused.package}) is not mirrored: ${refused.why}.`
      // A file that fails its hash is a damaged download; one without a hash is only unvouched.
      if (refused.mismatch) run.fail(`${message} The dl/ folder holds a damaged or wrong file.`)
      else reporter.notice(message)
    }
    for (const conflict of report.conflicts) {
      reporter.warning(`${path.join(outDir, conflict.file)} was left as it is: ${conflict.why}.`)
    }
    if (report.missing.length) {
      reporter.notice(
        `${report.missing.length} file(s) of the download list are not in ${from} (a build downloads them), so not in the mirror: ${report.missing
          .slice(0, 10)
          .map(m => m.file)
          .join(', ')}${report.missing.length > 10 ? ', ...' : ''}.`
      )
    }
    reporter.info(
      `Mirror ${outDir}: ${report.written.length} file(s) written, ${report.present.length} already there, each checked against its package's .hash.`
    )
  }
}

/** The summary of `mirror`. */
export function summarizeMirror(run: Run, result: RunResult): string {
  const facts = run.find(mirrorSlot)
  const lines = [
    `## ${result.outcome === 'succeeded' ? '✅' : '❌'} Download mirror: ${run.inputs.target}`,
    ''
  ]
  if (result.failure && !facts)
    lines.push('### What failed', '', ...codeBlock(safeMessage(result.failure)), '')
  if (facts) {
    lines.push(
      `\`${tableCell(facts.outDir)}\`, filled from \`${tableCell(facts.from)}\`: every file written passed its package's .hash.`,
      '',
      '| | Files |',
      '| --- | ---: |',
      `| written | ${facts.written.length} |`,
      `| already there | ${facts.present.length} |`,
      `| left as they were (other content) | ${facts.conflicts.length} |`,
      `| refused (hash) | ${facts.refused.length} |`,
      `| not in dl/ | ${facts.missing.length} |`,
      ''
    )
    if (facts.refused.length) {
      lines.push('### Refused', '')
      for (const refused of facts.refused) {
        lines.push(
          `- \`${tableCell(refused.file)}\` (${refused.package}): ${tableCell(refused.why)}`
        )
      }
      lines.push('')
    }
  }
  lines.push(...renderStageTimes(result.stages))
  return lines.join('\n')
}
