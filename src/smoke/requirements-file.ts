// The kernel requirement list as the image's smoke script reads it
// (/usr/share/k8s-node/kernel-requirements.txt): generated from the list check mode uses, so
// that the booted kernel is held to exactly what kernel_defconfig is checked against.
import { KERNEL_REQUIREMENTS, type KernelRequirement } from '../kconfig/kernel-requirements.js'

/** Where the generated file lives in the repository (the common rootfs overlay). */
export const REQUIREMENTS_FILE =
  'configs/external/board/common/rootfs-overlay/usr/share/k8s-node/kernel-requirements.txt'

/** One line per requirement: `required|optional OPTION[|OTHER_NAME...] reason`. */
export function renderKernelRequirements(
  requirements: readonly KernelRequirement[] = KERNEL_REQUIREMENTS
): string {
  const lines = [
    '# Kernel options a Kubernetes node needs, read by /usr/libexec/k8s-node/smoke.',
    '# Generated from src/kconfig/kernel-requirements.ts (the list check mode uses): do not edit;',
    '# regenerate with `npm run generate`.',
    '# <required|optional> <OPTION, or OPTION|RENAMED_OPTION> <why>',
    ...requirements.map(r => `${r.level} ${r.options.join('|')} ${r.reason.replace(/\s+/g, ' ')}`)
  ]
  return `${lines.join('\n')}\n`
}
