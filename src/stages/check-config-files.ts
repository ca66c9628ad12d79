// Check mode, first check: the target's config files read as Kconfig. Then the two slow parts
// start: Buildroot's `make defconfig` (a second or so), and, when there is a core for it, the
// kernel check beside it (olddefconfig is a single-threaded make, as Buildroot's parse is).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  inputLines,
  loadDefconfig,
  locateConfigFiles,
  readRequestedConfig
} from '../buildroot/configure.js'
import { KconfigSyntaxError, parseKconfig } from '../kconfig/defconfig.js'
import { errorLocation } from '../util/errors.js'
import { patchedSlot, treeSlot } from './buildroot-patches.js'
import {
  checkedConfigSlot,
  checkReportSlot,
  checkScratch,
  heldReporter,
  recordCheck,
  startCheck,
  type CheckedConfig
} from './check.js'
import { kernelCheckWork } from './check-kernel.js'
import type { Stage } from './stage.js'

export const checkConfigFilesStage: Stage = {
  title: 'Config files',
  modes: ['check'],
  onImageCacheHit: 'run',
  needs: [patchedSlot, treeSlot],
  provides: [checkReportSlot, checkedConfigSlot],
  async run(run) {
    const { inputs } = run
    run.set(checkReportSlot, { rows: [], findings: [] })
    const checked: CheckedConfig = {
      kernelEntries: [],
      tree: { ...run.get(treeSlot), outputDir: path.join(checkScratch(run), 'buildroot') }
    }
    run.set(checkedConfigSlot, checked)
    const settled = await startCheck(async () => {
      const files = locateConfigFiles(inputs.configDir, inputs.target, {
        runtime: inputs.runtime,
        ownRuntimeDir: run.context.ownRuntimeDir
      })
      try {
        checked.requested = readRequestedConfig(
          files,
          inputs.configFragment,
          run.get(patchedSlot).series.sha256,
          inputLines(inputs)
        )
        checked.kernelEntries = parseKconfig(
          fs.readFileSync(files.kernelDefconfig, 'utf8'),
          files.kernelDefconfig,
          'CONFIG_'
        )
      } catch (error) {
        if (!(error instanceof KconfigSyntaxError)) throw error
        return {
          findings: [{ level: 'error', message: error.detail, at: errorLocation(error) }],
          detail: 'not Kconfig'
        }
      }
      return {
        findings: [],
        detail: `${checked.requested.requested.length} Buildroot and ${checked.kernelEntries.length} kernel settings read`
      }
    })
    recordCheck(run, this.title, settled)
    if (!checked.requested) return
    checked.loading = loadDefconfig(checked.tree, checked.requested)
    checked.loading.catch(() => undefined) // reported by the Buildroot check, which awaits it
    if (os.availableParallelism() > 1) {
      const reporter = heldReporter(run.reporter)
      checked.kernelEarly = {
        started: startCheck(kernelCheckWork(run, checked, reporter)),
        release: () => reporter.release()
      }
    }
  }
}
