// What the smoke test needs from the kernels, after the kernel's own olddefconfig (LINUX_SRC:
// CI unpacks Debian's linux-source-6.12): both show QEMU's fw_cfg entries in sysfs (the smoke
// unit's trigger) and /proc/config.gz; the arm64 kernel has the devices of QEMU's virt machine,
// where the smoke test boots it (QEMU has no usable Raspberry Pi 4/5).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from '@jest/globals'
import { olddefconfig } from '../../src/check/kernel.js'
import { kernelConfigPath } from './helpers.js'
import { describeIf, withoutLinux } from '../helpers/witness.js'

const linuxSrc = process.env.LINUX_SRC
const withLinux = describeIf(withoutLinux)
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kernel-smoke-'))
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

// One olddefconfig per target, shared by the tests (each takes seconds, minutes on a busy machine).
const configs = new Map<string, Promise<Map<string, string>>>()
const resolved = (target: 'amd64' | 'arm64'): Promise<Map<string, string>> => {
  if (!configs.has(target)) {
    configs.set(
      target,
      olddefconfig(linuxSrc as string, kernelConfigPath(target), target, path.join(scratch, target)).then(
        result => result.dotConfig
      )
    )
  }
  return configs.get(target) as Promise<Map<string, string>>
}

/** The virt machine's devices: PCIe host, virtio (disk, network, console, RNG), RTC, PSCI, PL011. */
const VIRT_MACHINE = [
  'PCI_HOST_GENERIC',
  'VIRTIO_PCI',
  'VIRTIO_MMIO',
  'VIRTIO_BLK',
  'VIRTIO_NET',
  'VIRTIO_CONSOLE',
  'HW_RANDOM_VIRTIO',
  'RTC_DRV_PL031',
  'ARM_PSCI_FW',
  'SERIAL_AMBA_PL011_CONSOLE',
  'FW_CFG_SYSFS'
]

withLinux('kernel options for the smoke test (LINUX_SRC)', () => {
  it.each(['amd64', 'arm64'] as const)(
    '%s: fw_cfg in sysfs and /proc/config.gz, built in',
    async target => {
      const config = await resolved(target)
      for (const option of ['FW_CFG_SYSFS', 'IKCONFIG', 'IKCONFIG_PROC']) {
        expect([option, config.get(`CONFIG_${option}`)]).toEqual([option, 'y'])
      }
    },
    300_000
  )

  it('arm64: every device of the virt machine, built in', async () => {
    const config = await resolved('arm64')
    const missing = VIRT_MACHINE.filter(option => config.get(`CONFIG_${option}`) !== 'y')
    expect(missing).toEqual([])
  }, 300_000)
})
