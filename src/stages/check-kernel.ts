// Check mode: kernel_defconfig through the real kernel Kconfig (olddefconfig for the target's
// ARCH, in linux-src or in the configured kernel's verified source), then every kubeadm,
// container runtime and CNI requirement against the result.
import path from 'node:path'
import { checkKernelConfig, kernelConfigFragments, olddefconfig } from '../check/kernel.js'
import { downloadKernelSource } from '../check/kernel-source.js'
import { externalTreeNames } from '../check/references.js'
import { KERNEL_REQUIREMENTS } from '../kconfig/kernel-requirements.js'
import type { Reporter } from '../platform/types.js'
import { TARGET } from '../targets.js'
import {
  checkedConfigSlot,
  checkScratch,
  checkStage,
  type CheckedConfig,
  type CheckWork
} from './check.js'
import type { Run } from './stage.js'

export function kernelCheckWork(run: Run, checked: CheckedConfig, reporter: Reporter): CheckWork {
  const { inputs, platform } = run
  return async () => {
    const requested = checked.requested
    if (!requested) return 'skipped: the config files could not be read'
    let linuxDir = inputs.linuxSrc
    if (!linuxDir) {
      const loaded = await checked.loading?.catch(() => undefined)
      if (!loaded) {
        return 'skipped: no linux-src, and Buildroot could not load the configuration to find the kernel source'
      }
      linuxDir = await downloadKernelSource(reporter, {
        dotConfig: loaded.dotConfig,
        buildrootDir: loaded.tree.sourceDir,
        externals: externalTreeNames(loaded.tree.externalTrees),
        cacheDir: platform.tools.dir,
        tools: platform.tools
      })
    }
    const kernelDefconfig = requested.files.kernelDefconfig
    // Buildroot merges BR2_LINUX_KERNEL_CONFIG_FRAGMENT_FILES after the defconfig: so does this.
    const fragments = kernelConfigFragments(
      requested.requested,
      externalTreeNames(checked.tree.externalTrees),
      checked.tree.sourceDir
    )
    const resolved = await olddefconfig(
      linuxDir,
      kernelDefconfig,
      inputs.target,
      path.join(checkScratch(run), 'linux'),
      fragments.files
    )
    const findings = [
      ...fragments.findings,
      ...resolved.findings,
      ...checkKernelConfig({
        requested: checked.kernelEntries,
        dotConfig: resolved.dotConfig,
        requirements: KERNEL_REQUIREMENTS,
        linuxDir,
        overrideTree: Boolean(inputs.linuxSrc),
        kernelDefconfig
      })
    ]
    const required = KERNEL_REQUIREMENTS.filter(r => r.level === 'required').length
    return {
      findings,
      detail: `olddefconfig (ARCH=${TARGET[inputs.target].kernelArch.arch}) in ${linuxDir}; ${required} required and ${KERNEL_REQUIREMENTS.length - required} optional options checked`
    }
  }
}

export const checkKernelStage = checkStage({
  title: 'Kernel configuration',
  needs: [checkedConfigSlot],
  work(run) {
    const checked = run.get(checkedConfigSlot)
    return checked.kernelEarly ?? kernelCheckWork(run, checked, run.reporter)
  }
})
