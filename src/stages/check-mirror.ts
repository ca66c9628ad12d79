// Check mode: which files of the download list download-mirror lacks, asked with a HEAD request
// each (buildroot/mirror.ts), so a pull request learns it before a build falls back to the
// packages' own sites (or, with download-mirror-only, stops at the first file it lacks).
import { lookUpMirror, mirrorFiles } from '../buildroot/mirror.js'
import type { Finding } from '../buildroot/findings.js'
import { checkedConfigSlot, checkStage } from './check.js'
import { checkedTreeSlot } from './check-buildroot.js'
import type { Stage } from './stage.js'

/** How many missing files a finding names; the rest are counted. */
const NAMED = 20

export const checkMirrorStage: Stage = {
  ...checkStage({
    title: 'Download mirror',
    needs: [checkedConfigSlot, checkedTreeSlot],
    work(run) {
      const configured = run.get(checkedTreeSlot)
      const { downloadMirror, downloadMirrorOnly } = run.inputs
      return async () => {
        if (!downloadMirror) return 'skipped: no download-mirror'
        if (!configured) return 'skipped: Buildroot could not load the configuration'
        const files = mirrorFiles(configured.packages)
        const lookup = await lookUpMirror(downloadMirror, files)
        if (!lookup.checked) return `skipped: ${downloadMirror.shown} not checked: ${lookup.why}`
        const findings: Finding[] = []
        if (lookup.missing.length) {
          const named = lookup.missing.slice(0, NAMED).map(f => `${f.file} (${f.package})`)
          const more = lookup.missing.length - named.length
          findings.push({
            level: downloadMirrorOnly ? 'error' : 'warning',
            message:
              `${downloadMirror.shown} lacks ${lookup.missing.length} of the ${lookup.total} files the build downloads: ${named.join(', ')}${more ? `, and ${more} more` : ''}. ` +
              (downloadMirrorOnly
                ? 'With download-mirror-only the build stops at the first of them: add them to the mirror (buildroot-k8s mirror fills a folder from a dl/ folder).'
                : "The build downloads them from the packages' own sites; add them to the mirror to build without those (buildroot-k8s mirror fills a folder from a dl/ folder).")
          })
        }
        return {
          findings,
          detail: `${lookup.total - lookup.missing.length} of ${lookup.total} downloads on ${downloadMirror.shown}`
        }
      }
    }
  }),
  enabled: run => Boolean(run.inputs.downloadMirror)
}
