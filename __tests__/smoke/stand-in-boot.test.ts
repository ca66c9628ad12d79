// A real QEMU boot of a stand-in amd64 ISO (Buildroot's ISO layout, the image's own GRUB menus,
// the kernel of kernel_defconfig, a busybox initramfs running the image's own smoke script)
// through the smoke-test stage, by BIOS and, with OVMF, UEFI. The checks that need no
// Buildroot-built program run for real against the real kernel; the others skip, which the
// stage accepts only because this image's manifest lists no systemd, containerd or Kubernetes.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { findOvmf, realProbe } from '../../src/smoke/host.js'
import type { SmokeReport } from '../../src/smoke/summary.js'
import { runSmokeTest } from '../../src/stages/smoke-test.js'
import { standInImages, standInTools, testKernel } from '../helpers/stand-in-image.js'
import { recordingPlatform } from '../helpers/recording-platform.js'
import { describeIf } from '../helpers/witness.js'

const kernel = testKernel()
const missingTools = standInTools()
const qemu = realProbe.which('qemu-system-x86_64')
const skipReason =
  typeof kernel === 'string'
    ? kernel
    : (missingTools ?? (qemu ? undefined : 'qemu-system-x86_64 is not installed'))
const withStandIn = describeIf(skipReason)

withStandIn('smoke test of a stand-in ISO in QEMU', () => {
  let root: string
  let report: SmokeReport
  let log: string[]

  beforeAll(async () => {
    if (typeof kernel === 'string') throw new Error(kernel)
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'smoke-stand-in-'))
    const images = standInImages(kernel, 'passing', path.join(root, 'images'))
    const platform = recordingPlatform(path.join(root, 'platform'))
    report = await runSmokeTest(platform.reporter, {
      mode: 'true',
      level: 'basic',
      target: 'amd64',
      imagesDir: images,
      workDir: path.join(root, 'smoke')
    })
    log = platform.messages.map(message => message.text)
  }, 600_000)
  afterAll(() => {
    if (root) fs.rmSync(root, { recursive: true, force: true })
  })

  it('boots the ISO by BIOS, and by UEFI where OVMF is installed, and passes', () => {
    expect(report.note).toBeUndefined()
    expect(report.boots.map(boot => boot.name)).toEqual(
      findOvmf(realProbe) ? ['BIOS', 'UEFI'] : ['BIOS']
    )
    expect(report.outcome).toBe('passed')
  })

  it('runs the kernel, module, sysctl and overlayfs checks for real, on the real kernel', () => {
    for (const boot of report.boots) {
      const status = Object.fromEntries(boot.rows.map(row => [row.check, row.status]))
      expect(status).toEqual({
        systemd: 'skip',
        'kernel-config': 'pass',
        modules: 'pass',
        sysctl: 'pass',
        overlayfs: 'pass',
        containerd: 'skip',
        runc: 'skip',
        docker: 'skip',
        'cri-o': 'skip',
        'cri-o-run': 'skip',
        versions: 'skip',
        'kubeadm-preflight': 'skip'
      })
      const detail = Object.fromEntries(boot.rows.map(row => [row.check, row.detail]))
      expect(detail.modules).toBe('loaded: overlay br_netfilter')
      expect(detail.sysctl).toBe('3 settings from /etc/sysctl.d in effect')
      expect(detail.systemd).toMatch(/the image's manifest lists no systemd/)
    }
  })

  it('keeps each boot’s serial console, GRUB menu and kernel included', () => {
    for (const boot of report.boots) {
      const console = fs.readFileSync(boot.consoleLog, 'utf8')
      expect(console).toContain('Kubernetes node')
      expect(console).toContain('Linux version')
      expect(console).toMatch(/K8S-SMOKE v1 done passed=4 failed=0 skipped=8/)
    }
    expect(log.join('\n')).toMatch(/pass kernel-config \(\d+ s\)/)
  })
})
