// Check mode: the merged configuration loaded by Buildroot's own Kconfig; every requested
// symbol that did not land is named at its file and line with why (a typo, an unmet
// dependency and what would select it); legacy options; whether the defconfig is normalized.
import path from 'node:path'
import { readBuildroot, type ConfiguredTree } from '../buildroot/configure.js'
import { explainUnmet } from '../buildroot/unmet-symbols.js'
import { legacyFindings, normalizationFinding } from '../check/buildroot.js'
import { checkedConfigSlot, checkStage } from './check.js'
import { slot } from './stage.js'

/** Buildroot's view of the checked configuration, when it loaded. */
export const checkedTreeSlot = slot<ConfiguredTree | undefined>('checked Buildroot tree')

export const checkBuildrootStage = checkStage({
  title: 'Buildroot configuration',
  needs: [checkedConfigSlot],
  provides: [checkedTreeSlot],
  work(run) {
    const checked = run.get(checkedConfigSlot)
    run.set(checkedTreeSlot, undefined)
    return async () => {
      if (!checked.requested || !checked.loading) {
        return 'skipped: the config files could not be read'
      }
      // savedefconfig rides along in the same make call as the package list.
      const saved = path.join(checked.tree.outputDir, 'savedefconfig')
      const configured = await readBuildroot(await checked.loading, { saveDefconfig: saved })
      run.set(checkedTreeSlot, configured)
      const findings = [...explainUnmet(configured), ...legacyFindings(configured)]
      const normalized = findings.length ? undefined : normalizationFinding(configured, saved)
      if (normalized) findings.push(normalized)
      const landed = configured.requested.length - configured.unmet.length
      const fragment = configured.files.runtimeFragment
      const merged = fragment
        ? ` (runtime ${run.inputs.runtime}: ${path.basename(fragment)} merged)`
        : ''
      return {
        findings,
        detail: `${landed} of ${configured.requested.length} requested symbols landed in Buildroot ${configured.buildrootVersion}${merged}; makefiles parse${normalized ? '; not normalized (see notice)' : ''}`
      }
    }
  }
})
