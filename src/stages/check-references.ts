// Check mode: the files the configuration names exist, external packages have .hash files, and
// every download has a hash Buildroot will accept (its own rule), so a pull request learns it
// before a build gets there an hour in.
import { downloadHashFindings } from '../buildroot/download-hashes.js'
import { downloadList } from '../buildroot/show-info.js'
import { hashFindings, referenceFindings } from '../check/references.js'
import { checkedConfigSlot, checkStage } from './check.js'
import { checkedTreeSlot } from './check-buildroot.js'

export const checkReferencesStage = checkStage({
  title: 'Referenced files and hashes',
  needs: [checkedConfigSlot, checkedTreeSlot],
  work(run) {
    const checked = run.get(checkedConfigSlot)
    const configured = run.get(checkedTreeSlot)
    return async () => {
      if (!checked.requested) return 'skipped: the config files could not be read'
      const findings = [
        ...referenceFindings({
          requested: checked.requested.requested,
          externalTrees: checked.tree.externalTrees,
          buildrootDir: checked.tree.sourceDir
        }),
        ...hashFindings(checked.tree.externalTrees)
      ]
      let downloads = 'download hashes not checked (Buildroot could not load the configuration)'
      if (configured) {
        findings.push(...downloadHashFindings(configured))
        downloads = `each of the ${downloadList(configured.packages).length} downloads checked against its package's .hash files`
      }
      return {
        findings,
        detail: `files named by the defconfig exist; external packages have .hash files; ${downloads}`
      }
    }
  }
})
