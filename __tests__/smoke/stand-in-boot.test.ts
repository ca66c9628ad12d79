// Real QEMU boots of a stand-in amd64 ISO (Buildroot's ISO layout, the image's own GRUB menus
// and /init, the kernel of kernel_defconfig, a busybox initramfs running the image's own
// first-boot and smoke scripts with real blkid, wipefs, mkfs.ext4, ssh-keygen where the image
// has them) through the smoke test, by BIOS and, with OVMF, UEFI. The checks that need no
// Buildroot-built program run for real against the real kernel: the kernel, module, sysctl and
// overlayfs checks, and first boot: the empty data disk of the first boot must come back
// formatted K8SDATA and mounted with the node's state, and the boot after it, from the same
// disk, must keep the node's identity. The others skip, which the smoke test accepts only
// because this image's manifest lists no systemd, containerd or Kubernetes.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { findOvmf, realProbe } from '../../src/smoke/host.js'
import type { SmokeLevel } from '../../src/smoke/protocol.js'
import { runSmokeTest, smokeFailureMessage } from '../../src/smoke/run.js'
import type { BootReport, SmokeReport } from '../../src/smoke/summary.js'
import {
  standInImages,
  standInTools,
  testKernel,
  type StandInVariant
} from '../helpers/stand-in-image.js'
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
const uefi = findOvmf(realProbe) !== undefined

interface Run {
  root: string
  report: SmokeReport
  log: string[]
}

async function smoke(variant: StandInVariant, level: SmokeLevel): Promise<Run> {
  if (typeof kernel === 'string') throw new Error(kernel)
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `smoke-stand-in-${variant}-`))
  const images = standInImages(kernel, variant, path.join(root, 'images'))
  const platform = recordingPlatform(path.join(root, 'platform'))
  const started = Date.now()
  const report = await runSmokeTest(platform.reporter, {
    mode: 'true',
    level,
    target: 'amd64',
    imagesDir: images,
    workDir: path.join(root, 'smoke')
  })
  console.info(
    `stand-in ${variant}, level ${level}: ${report.outcome} in ${Math.round((Date.now() - started) / 1000)} s; ` +
      report.boots
        .map(
          b =>
            `${b.name} ${b.seconds} s (${b.milestones.map(m => `${m.name} ${m.seconds}`).join(', ')})`
        )
        .join('; ')
  )
  return { root, report, log: platform.messages.map(message => message.text) }
}

const statuses = (boot: BootReport) =>
  Object.fromEntries(boot.rows.map(row => [row.check, row.status]))
const details = (boot: BootReport) =>
  Object.fromEntries(boot.rows.map(row => [row.check, row.detail]))

/** What every boot of the stand-in reports for the checks that do not depend on the plan. */
const BASE = {
  systemd: 'skip',
  'kernel-config': 'pass',
  modules: 'pass',
  sysctl: 'pass',
  overlayfs: 'pass',
  containerd: 'skip',
  runc: 'skip',
  docker: 'skip',
  versions: 'skip',
  'kubeadm-preflight': 'skip'
}

withStandIn('smoke test of a stand-in ISO in QEMU, level basic', () => {
  let run: Run
  beforeAll(async () => {
    run = await smoke('passing', 'basic')
  }, 900_000)
  afterAll(() => {
    if (run?.root) fs.rmSync(run.root, { recursive: true, force: true })
  })

  it('boots the ISO by BIOS with an empty data disk, then again from the same disk, and passes', () => {
    const { report } = run
    expect(report.note).toBeUndefined()
    expect(report.boots.map(boot => [boot.name, boot.dataDisk])).toEqual([
      ['BIOS', 'fresh'],
      [uefi ? 'UEFI' : 'BIOS reboot', 'reuse']
    ])
    expect(report.outcome).toBe('passed')
  })

  it('runs the kernel, module, sysctl and overlayfs checks for real, on the real kernel', () => {
    for (const boot of run.report.boots) {
      expect(statuses(boot)).toEqual({ ...BASE, 'data-disk': 'pass', identity: 'pass' })
      const detail = details(boot)
      expect(detail.modules).toBe('loaded: overlay br_netfilter')
      expect(detail.sysctl).toBe('3 settings from /etc/sysctl.d in effect')
      expect(detail.systemd).toMatch(/the image's manifest lists no systemd/)
    }
  })

  it('first boot formats the empty disk K8SDATA and keeps the node state on it; the next boot keeps the identity', () => {
    const [first, second] = run.report.boots
    for (const boot of [first, second]) {
      expect(details(boot)['data-disk']).toMatch(
        /^\/dev\/disk\/by-id\/virtio-k8sdata \(\/dev\/vda\): ext4 labelled K8SDATA on \/var\/lib\/k8s-data; kept on it: .*\/var\/lib\/k8s-node/
      )
    }
    expect(details(first).identity).toBe(
      'machine-id and SSH host keys (ecdsa, ed25519, rsa) recorded for the next boot'
    )
    expect(details(second).identity).toBe(
      'same machine-id and SSH host keys (ecdsa, ed25519, rsa) as the boot before'
    )
    const firstConsole = fs.readFileSync(first.consoleLog, 'utf8')
    expect(firstConsole).toContain(
      'formatting /dev/disk/by-id/virtio-k8sdata (/dev/vda) as ext4, label K8SDATA'
    )
    const secondConsole = fs.readFileSync(second.consoleLog, 'utf8')
    expect(secondConsole).toMatch(
      /restore-machine-id: machine-id [0-9a-f]{32} from K8SDATA \(\/dev\/vda\)/
    )
    expect(secondConsole).not.toContain('formatting')
  })

  it('keeps each boot’s serial console and milestones; removes the disks it made', () => {
    for (const boot of run.report.boots) {
      const console = fs.readFileSync(boot.consoleLog, 'utf8')
      expect(console).toContain('Kubernetes node')
      expect(console).toContain('Linux version')
      expect(console.match(/K8S-SMOKE v1 done .*\d/)?.[0]).toBe(
        'K8S-SMOKE v1 done passed=6 failed=0 skipped=6'
      )
      // The stand-in has no systemd: its smoke line comes after init.
      expect(boot.milestones.map(m => m.name)).toEqual(['firmware', 'kernel', 'init', 'smoke'])
    }
    expect(run.log.join('\n')).toMatch(/pass kernel-config \(\d+ s\)/)
    expect(fs.readdirSync(path.join(run.root, 'smoke')).sort()).toEqual(
      uefi
        ? ['console-amd64-bios.log', 'console-amd64-uefi.log']
        : ['console-amd64-bios-reboot.log', 'console-amd64-bios.log']
    )
  })
})

withStandIn('smoke test of a stand-in ISO in QEMU, level cluster', () => {
  let run: Run
  beforeAll(async () => {
    run = await smoke('passing', 'cluster')
  }, 1_200_000)
  afterAll(() => {
    if (run?.root) fs.rmSync(run.root, { recursive: true, force: true })
  })

  it('runs every cluster check on the BIOS boot, each reporting by name why it skips', () => {
    const { report } = run
    expect(report.outcome).toBe('passed')
    const [cluster] = report.boots
    expect([cluster.name, cluster.level, cluster.dataDisk]).toEqual(['BIOS', 'cluster', undefined])
    expect(statuses(cluster)).toEqual({
      ...BASE,
      'data-disk': 'skip',
      identity: 'skip',
      'kubeadm-init': 'skip',
      'node-ready': 'skip',
      pod: 'skip'
    })
    const detail = details(cluster)
    expect(detail['kubeadm-init']).toBe(
      "kubeadm is not installed (the image's manifest lists no kubernetes)"
    )
    expect(detail['node-ready']).toBe(
      "kubeadm or kubectl is not installed (the image's manifest lists no kubernetes)"
    )
    expect(detail.pod).toBe(
      "kubeadm or kubectl is not installed (the image's manifest lists no kubernetes)"
    )
    expect(detail['data-disk']).toBe(
      'no data disk named in k8s-node/data-disk at this boot (this boot has no data disk)'
    )
    expect(cluster.missing).toEqual([])
    const console = fs.readFileSync(cluster.consoleLog, 'utf8')
    expect(console.match(/K8S-SMOKE v1 start level=\w+/)?.[0]).toBe(
      'K8S-SMOKE v1 start level=cluster'
    )
    expect(console.match(/K8S-SMOKE v1 done .*\d/)?.[0]).toBe(
      'K8S-SMOKE v1 done passed=4 failed=0 skipped=11'
    )
  })

  it('then boots at level basic with an empty data disk, and once more from the same disks', () => {
    expect(run.report.boots.slice(1).map(b => [b.name, b.level, b.dataDisk, b.ok])).toEqual([
      [uefi ? 'UEFI' : 'BIOS data disk', 'basic', 'fresh', true],
      [uefi ? 'UEFI reboot' : 'BIOS reboot', 'basic', 'reuse', true]
    ])
  })
})

withStandIn('a node that does not keep its identity across a reboot', () => {
  let run: Run
  beforeAll(async () => {
    run = await smoke('new-ssh-keys', 'basic')
  }, 900_000)
  afterAll(() => {
    if (run?.root) fs.rmSync(run.root, { recursive: true, force: true })
  })

  it('fails the boot after the first one, naming the identity check and what changed', () => {
    const { report } = run
    expect(report.outcome).toBe('failed')
    const [first, second] = report.boots
    expect(first.ok).toBe(true)
    expect(second.ok).toBe(false)
    expect(details(second).identity).toMatch(
      /^not the node of the boot before: the SSH host keys changed \(ecdsa:[0-9a-f]{16}\/ed25519:[0-9a-f]{16}\/rsa:[0-9a-f]{16} before, .* now\)$/
    )
    expect(smokeFailureMessage(report)).toMatch(
      new RegExp(
        `^Smoke test failed on the ${second.name} boot: identity: not the node of the boot before`
      )
    )
  })
})
