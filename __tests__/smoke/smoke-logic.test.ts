// The smoke stage's decisions, without QEMU: result lines, time limits, the verdict on skips,
// KVM/OVMF detection, the QEMU command lines, the images folder, the summary section.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  detectAcceleration,
  findOvmf,
  OVMF_CANDIDATES,
  type HostProbe
} from '../../src/smoke/host.js'
import { findSmokeImages, writableDisk } from '../../src/smoke/images.js'
import { checksFor, parseSmokeLine, type SmokeEvent } from '../../src/smoke/protocol.js'
import { planBoots, qemuCommand, smokeLimits } from '../../src/smoke/qemu.js'
import { renderSmokeSection } from '../../src/smoke/summary.js'
import { judgeBoot } from '../../src/smoke/verdict.js'
import { ConsoleWatch, plainConsoleLine } from '../../src/smoke/watch.js'
import { emulationArtifact, runSmokeTest, smokeFailureMessage } from '../../src/smoke/run.js'
import { recordingPlatform } from '../helpers/recording-platform.js'

const REPO = path.resolve(import.meta.dirname, '..', '..')
const SCRIPT = path.join(
  REPO,
  'configs/external/board/common/rootfs-overlay/usr/libexec/k8s-node/smoke'
)

describe('result lines', () => {
  it('are found behind the prefix journald puts on the console', () => {
    expect(
      parseSmokeLine(
        '[   41.204] smoke[512]: K8S-SMOKE v1 check=sysctl status=fail seconds=2 detail=not in effect: net.ipv4.ip_forward=0 (wanted 1)\r'
      )
    ).toEqual({
      kind: 'result',
      check: 'sysctl',
      status: 'fail',
      seconds: 2,
      detail: 'not in effect: net.ipv4.ip_forward=0 (wanted 1)'
    })
    expect(parseSmokeLine('K8S-SMOKE v1 begin check=docker limit=440')).toEqual({
      kind: 'begin',
      check: 'docker',
      limitSeconds: 440
    })
    expect(parseSmokeLine('K8S-SMOKE v1 done passed=9 failed=1 skipped=0')).toEqual({
      kind: 'done',
      passed: 9,
      failed: 1,
      skipped: 0
    })
    expect(
      parseSmokeLine('K8S-SMOKE v1 start level=basic kernel=6.12.91-k8s arch=x86_64')
    ).toMatchObject({ kind: 'start', level: 'basic', kernel: '6.12.91-k8s' })
  })

  it('ignore other lines, other protocol versions and cut lines', () => {
    for (const line of [
      'Welcome to Buildroot',
      'K8S-SMOKE v2 check=sysctl status=pass seconds=1 detail=x',
      'K8S-SMOKE v1 check=sysctl status=pa',
      'K8S-SMOKE v1 check=sysctl status=maybe seconds=1 detail=x'
    ]) {
      expect(parseSmokeLine(line)).toBeUndefined()
    }
  })

  it('strips terminal escapes that firmware and GRUB draw with', () => {
    expect(plainConsoleLine("\x1b[2J\x1b[1;1H  Booting `Kubernetes node'\r")).toBe(
      "  Booting `Kubernetes node'"
    )
  })

  it('name the same checks, in the same order, as the image’s smoke script runs', () => {
    const script = fs.readFileSync(SCRIPT, 'utf8')
    const run = [...script.matchAll(/^\s*run ([a-z0-9-]+) \d+ check_/gm)].map(m => m[1])
    expect(run).toEqual(checksFor('cluster').map(check => check.name))
  })

  it('carry the node identity, and nothing QEMU or a shell would split', () => {
    expect(
      parseSmokeLine(
        'K8S-SMOKE v1 identity machine-id=0123456789abcdef ssh-host-keys=ecdsa:aa00/ed25519:bb11/rsa:cc22'
      )
    ).toEqual({
      kind: 'identity',
      identity: 'machine-id=0123456789abcdef ssh-host-keys=ecdsa:aa00/ed25519:bb11/rsa:cc22'
    })
    for (const bad of [
      'machine-id=0123 ssh-host-keys=',
      'machine-id=0123 ssh-host-keys=rsa:aa,ecdsa:bb',
      'machine-id=$(reboot) ssh-host-keys=rsa:aa'
    ]) {
      expect(parseSmokeLine(`K8S-SMOKE v1 identity ${bad}`)).toBeUndefined()
    }
  })
})

const limits = {
  bootSeconds: 100,
  milestoneSeconds: { firmware: 20, kernel: 30, init: 30, systemd: 30, smoke: 100 },
  graceSeconds: 10,
  poweroffSeconds: 5
}
const T0 = 1_000_000

describe('ConsoleWatch', () => {
  it('gives the boot its limit, each check its own limit plus grace, and ends at done', () => {
    const watch = new ConsoleWatch(limits, T0)
    watch.feed('K8S-SMOKE v1 start level=basic kernel=k arch=x86_64', T0 + 30_000)
    expect(watch.deadline).toBe(T0 + 40_000)
    watch.feed('K8S-SMOKE v1 begin check=docker limit=300', T0 + 31_000)
    expect(watch.deadline).toBe(T0 + 341_000)
    watch.feed('K8S-SMOKE v1 check=docker status=pass seconds=20 detail=ok', T0 + 51_000)
    expect(watch.deadline).toBe(T0 + 61_000)
    watch.feed('K8S-SMOKE v1 done passed=1 failed=0 skipped=0', T0 + 52_000)
    expect(watch.finished).toBe(true)
    expect(watch.deadline).toBe(T0 + 57_000)
    watch.exited('exit code 0')
    expect(watch.failure).toBeUndefined()
  })

  it('gives each boot milestone its own limit from the one before, and names the one not reached', () => {
    const watch = new ConsoleWatch(limits, T0)
    expect(watch.deadline).toBe(T0 + 20_000)
    watch.feed('SeaBIOS (version 1.16.2)', T0 + 1000)
    watch.feed('\x1b[0;30;47mWelcome to GRUB!\r', T0 + 2000)
    expect(watch.deadline).toBe(T0 + 32_000)
    watch.feed('[    0.000000] Linux version 6.12.91 (br@host) #1 SMP', T0 + 10_000)
    watch.feed('[    3.1] Run /init as init process', T0 + 14_000)
    expect(watch.deadline).toBe(T0 + 44_000)
    expect(watch.milestones).toEqual([
      { name: 'firmware', seconds: 2 },
      { name: 'kernel', seconds: 10 },
      { name: 'init', seconds: 14 }
    ])
    watch.timedOut(T0 + 44_000)
    expect(watch.failure).toEqual({
      check: 'boot',
      reason:
        "systemd's first line did not come within 30 s of init (at 14 s); milestones reached: firmware (2 s), kernel (10 s), init (14 s); never reached: systemd (systemd's first line)"
    })
    expect(watch.lastLines.at(-1)).toBe('[    3.1] Run /init as init process')
  })

  it('never lets the milestones go past the boot limit; a later milestone implies the earlier ones', () => {
    const watch = new ConsoleWatch({ ...limits, bootSeconds: 25 }, T0, false)
    expect(watch.deadline).toBe(T0 + 25_000)
    watch.feed('[    1.2] systemd[1]: systemd 257.9 running in system mode (+PAM)', T0 + 5000)
    expect(watch.milestones).toEqual([{ name: 'systemd', seconds: 5 }])
    watch.timedOut(T0 + 25_000)
    expect(watch.failure?.reason).toMatch(
      /^no smoke result within 25 s of starting QEMU \(the boot limit\); milestones reached: systemd \(5 s\); never reached: smoke \(k8s-smoke.service's first line .*CONFIG_FW_CFG_SYSFS=y\)\)$/
    )
  })

  it.each([
    [
      'SeaBIOS, a CD without a boot record',
      'Boot failed: Could not read from CDROM (code 0004)',
      /^SeaBIOS found no boot record it can use on the CD: Boot failed.*; milestones reached: none; never reached: firmware/
    ],
    [
      'SeaBIOS, nothing at all',
      'No bootable device.  Retrying in 5 seconds.',
      /^the BIOS found nothing to boot/
    ],
    [
      'OVMF, no EFI boot image on the CD',
      'BdsDxe: failed to load Boot0001 "UEFI QEMU DVD-ROM QM00005 " from PciRoot(0x0)/Pci(0x1F,0x2)/Sata(0x2,0xFFFF,0x0): Not Found',
      /^OVMF found no EFI boot image it can load on the CD: BdsDxe: failed to load Boot0001/
    ],
    [
      'OVMF falling back to PXE',
      '>>Start PXE over IPv4.',
      /^OVMF fell back to booting from the network/
    ],
    [
      'GRUB without its kernel',
      'error: you need to load the kernel first.',
      /^GRUB could not load the kernel/
    ]
  ])('fails at once on a firmware line that means no boot: %s', (_, line, reason) => {
    const watch = new ConsoleWatch(limits, T0)
    watch.feed(line, T0 + 8000)
    expect(watch.failure).toEqual({ check: 'boot', reason: expect.stringMatching(reason) })
  })

  it('reads firmware lines as fatal only before the kernel starts', () => {
    const watch = new ConsoleWatch(limits, T0)
    watch.feed('Linux version 6.12.91', T0)
    watch.feed('k8s-smoke[docker]: No bootable device', T0)
    expect(watch.failure).toBeUndefined()
  })

  it('blames the running check when the guest goes silent during it', () => {
    const watch = new ConsoleWatch(limits, T0)
    watch.feed('K8S-SMOKE v1 start level=basic kernel=k arch=x86_64', T0)
    watch.feed('K8S-SMOKE v1 begin check=runc limit=320', T0)
    watch.timedOut(T0 + 330_000)
    expect(watch.failure?.check).toBe('runc')
    expect(watch.failure?.reason).toMatch(/no result within 330 s/)
  })

  it('fails at once on a kernel panic or GRUB failing to load the kernel', () => {
    const panic = new ConsoleWatch(limits, T0)
    panic.feed('[ 1.2] Kernel panic - not syncing: No working init found.', T0)
    expect(panic.failure).toEqual({
      check: 'boot',
      reason:
        "the kernel panicked: [ 1.2] Kernel panic - not syncing: No working init found.; milestones reached: none; never reached: firmware (the firmware's hand-over to GRUB)"
    })
    const grub = new ConsoleWatch(limits, T0)
    grub.feed('error: you need to load the kernel first.', T0)
    expect(grub.failure?.reason).toMatch(/^GRUB could not load the kernel/)
  })

  it('fails when QEMU exits before the done line, naming the running check', () => {
    const watch = new ConsoleWatch(limits, T0)
    watch.feed('K8S-SMOKE v1 start level=basic kernel=k arch=x86_64', T0)
    watch.feed('K8S-SMOKE v1 begin check=overlayfs limit=60', T0)
    watch.exited('exit code 0')
    expect(watch.failure).toEqual({
      check: 'overlayfs',
      reason:
        'QEMU exited (exit code 0) before the smoke test finished; last console line: K8S-SMOKE v1 begin check=overlayfs limit=60'
    })
    const early = new ConsoleWatch(limits, T0)
    early.feed("qemu: qemu-system-x86_64: -cdrom /x.iso: Could not open '/x.iso'", T0)
    early.exited('exit code 1')
    expect(early.failure?.check).toBe('boot')
    expect(early.failure?.reason).toMatch(/exit code 1\).*Could not open/)
  })

  it('says when the guest did not power off after its done line', () => {
    const watch = new ConsoleWatch(limits, T0)
    watch.feed('K8S-SMOKE v1 start level=basic kernel=k arch=x86_64', T0)
    watch.feed('K8S-SMOKE v1 done passed=0 failed=0 skipped=0', T0)
    watch.timedOut(T0 + 5000)
    watch.exited('stopped by SIGTERM')
    expect(watch.failure).toBeUndefined()
    expect(watch.poweroffMissed).toBe(true)
  })
})

const result = (check: string, status: 'pass' | 'fail' | 'skip', detail = 'd'): SmokeEvent => ({
  kind: 'result',
  check,
  status,
  seconds: 1,
  detail
})
const allBasic = (
  status: 'pass' | 'skip',
  except: Record<string, SmokeEvent['kind'] | 'pass' | 'fail' | 'skip'> = {}
) =>
  checksFor('basic').map(check =>
    result(check.name, (except[check.name] as 'pass' | 'fail' | 'skip') ?? status)
  )

describe('judgeBoot', () => {
  it('passes when every check passes', () => {
    const verdict = judgeBoot({ level: 'basic', events: allBasic('pass'), components: {} })
    expect(verdict).toMatchObject({ ok: true, failedChecks: [], missingChecks: [] })
    expect(verdict.rows).toHaveLength(12)
  })

  it('lets a fail stand when the same check later reports pass', () => {
    const events = [...allBasic('pass', { sysctl: 'fail' }), result('sysctl', 'pass', 'retried')]
    const verdict = judgeBoot({ level: 'basic', events, components: {} })
    expect(verdict.ok).toBe(false)
    expect(verdict.failedChecks).toEqual(['sysctl'])
    expect(verdict.rows.find(r => r.check === 'sysctl')).toMatchObject({
      status: 'fail',
      detail: 'd (a later line said pass: the fail stands)'
    })
  })

  it('checks the done line’s counts against the result lines read', () => {
    const done = (passed: number, failed: number): SmokeEvent => ({
      kind: 'done',
      passed,
      failed,
      skipped: 0
    })
    const events = allBasic('pass')
    expect(judgeBoot({ level: 'basic', events: [...events, done(12, 0)], components: {} }).ok).toBe(
      true
    )
    const verdict = judgeBoot({ level: 'basic', events: [...events, done(9, 3)], components: {} })
    expect(verdict.ok).toBe(false)
    expect(verdict.rows.at(-1)).toEqual({
      check: 'done',
      status: 'fail',
      detail:
        'the done line says passed=9 failed=3 skipped=0, but the console has 12 pass, 0 fail and 0 skip result lines: some were lost or garbled on the way',
      ok: false
    })
  })

  it('names every expected check that printed no result line', () => {
    const events = allBasic('pass').filter(e => e.kind === 'result' && e.check !== 'modules')
    const verdict = judgeBoot({ level: 'cluster', events, components: {} })
    expect(verdict.missingChecks).toEqual(['modules', 'kubeadm-init', 'node-ready', 'pod'])
    expect(verdict.rows.find(r => r.check === 'pod')?.detail).toBe(
      'no result line from the image for this check'
    )
  })

  it('accepts a skip of the data disk checks only on a boot without a data disk', () => {
    const events = allBasic('pass', { 'data-disk': 'skip', identity: 'skip' })
    expect(judgeBoot({ level: 'basic', events, components: {} }).ok).toBe(true)
    const attached = judgeBoot({ level: 'basic', events, components: {}, dataDisk: true })
    expect(attached.failedChecks).toEqual(['data-disk', 'identity'])
    expect(attached.rows.find(r => r.check === 'identity')?.detail).toBe(
      'd (a data disk was attached to this boot: it must pass)'
    )
  })

  it('fails a boot whose guest had to be stopped after its done line', () => {
    const verdict = judgeBoot({
      level: 'basic',
      events: allBasic('pass'),
      components: {},
      poweroffMissedAfter: 120
    })
    expect(verdict.ok).toBe(false)
    expect(verdict.rows.at(-1)).toMatchObject({
      check: 'poweroff',
      detail: expect.stringMatching(/did not power off within 120 s, so QEMU was stopped/)
    })
  })

  it('refuses a skip of a component the manifest lists: a real image must run it', () => {
    const events = allBasic('pass', { containerd: 'skip' })
    const verdict = judgeBoot({
      level: 'basic',
      events,
      components: { containerd: '2.0.7', kubernetes: '1.36.0' }
    })
    expect(verdict.ok).toBe(false)
    expect(verdict.failedChecks).toEqual(['containerd'])
    expect(verdict.rows.find(r => r.check === 'containerd')?.detail).toBe(
      "d (the image's manifest lists containerd 2.0.7: it must pass)"
    )
  })

  it('accepts a skip of a component the manifest does not list (a stand-in image)', () => {
    const events = allBasic('skip', {
      'kernel-config': 'pass',
      modules: 'pass',
      sysctl: 'pass',
      overlayfs: 'pass'
    })
    expect(judgeBoot({ level: 'basic', events, components: { linux: '6.12' } }).ok).toBe(true)
  })

  it('never accepts a skip without a manifest, nor of a kernel check', () => {
    const skipped = allBasic('pass', { docker: 'skip' })
    expect(judgeBoot({ level: 'basic', events: skipped }).failedChecks).toEqual(['docker'])
    const kernel = allBasic('pass', { overlayfs: 'skip' })
    expect(judgeBoot({ level: 'basic', events: kernel, components: {} }).failedChecks).toEqual([
      'overlayfs'
    ])
  })

  it('fails a check that reported nothing, and asks for the cluster checks at level cluster', () => {
    const verdict = judgeBoot({ level: 'cluster', events: allBasic('pass'), components: {} })
    expect(verdict.ok).toBe(false)
    expect(verdict.rows.filter(r => r.status === 'not run').map(r => r.check)).toEqual([
      'kubeadm-init',
      'node-ready',
      'pod'
    ])
  })

  it('puts a boot failure first and names it', () => {
    const verdict = judgeBoot({
      level: 'basic',
      events: [],
      failure: { check: 'boot', reason: 'the kernel panicked: x' },
      components: {}
    })
    expect(verdict.rows[0]).toMatchObject({ check: 'boot', status: 'fail' })
    expect(verdict.failedChecks).toEqual(['boot'])
    expect(verdict.rows[1].detail).toBe('not run: boot failed first')
  })
})

const probe = (over: Partial<HostProbe> & { files?: string[] } = {}): HostProbe => ({
  arch: 'x64',
  exists: file => (over.files ?? ['/dev/kvm']).includes(file),
  openReadWrite: () => undefined,
  which: command => `/usr/bin/${command}`,
  cpuinfo: () => 'flags\t\t: fpu vme de pse vmx\n',
  ...over
})

describe('host detection', () => {
  it('uses KVM only for the native architecture with a /dev/kvm that opens and a CPU that can', () => {
    expect(detectAcceleration('amd64', probe())).toEqual({ accel: 'kvm' })
    expect(detectAcceleration('arm64', probe())).toMatchObject({
      accel: 'tcg',
      why: 'this machine is x64, so an arm64 guest is emulated'
    })
    expect(detectAcceleration('amd64', probe({ files: [] }))).toMatchObject({
      why: expect.stringMatching(/^\/dev\/kvm does not exist/)
    })
    expect(detectAcceleration('amd64', probe({ openReadWrite: () => 'EACCES' }))).toMatchObject({
      why: '/dev/kvm exists but does not open read-write (EACCES)'
    })
    expect(
      detectAcceleration('amd64', probe({ cpuinfo: () => 'flags\t\t: fpu vme de pse\n' }))
    ).toMatchObject({ accel: 'tcg', why: expect.stringMatching(/no vmx or svm flag/) })
    expect(
      detectAcceleration('arm64', probe({ arch: 'arm64', cpuinfo: () => 'Features: fp asimd\n' }))
    ).toEqual({ accel: 'kvm' })
  })

  it('finds OVMF in the order Debian/Ubuntu, Fedora, Arch, never a Secure Boot build', () => {
    const ubuntu = probe({
      files: ['/usr/share/OVMF/OVMF_CODE_4M.fd', '/usr/share/OVMF/OVMF_VARS_4M.fd']
    })
    expect(findOvmf(ubuntu)).toEqual(OVMF_CANDIDATES[0])
    expect(findOvmf(probe({ files: ['/usr/share/OVMF/OVMF_CODE_4M.fd'] }))).toBeUndefined()
    expect(OVMF_CANDIDATES.every(pair => !/secboot|\.ms\./.test(pair.code))).toBe(true)
  })
})

describe('boots and command lines', () => {
  it('boots amd64 by BIOS at the level asked and by UEFI at basic; arm64 on virt; a data disk on the first basic boot and the same disks on the next', () => {
    expect(planBoots('amd64', 'basic', true)).toEqual([
      { name: 'BIOS', firmware: 'bios', level: 'basic', dataDisk: 'fresh' },
      { name: 'UEFI', firmware: 'uefi', level: 'basic', dataDisk: 'reuse' }
    ])
    expect(planBoots('amd64', 'cluster', true)).toEqual([
      { name: 'BIOS', firmware: 'bios', level: 'cluster' },
      { name: 'UEFI', firmware: 'uefi', level: 'basic', dataDisk: 'fresh' },
      { name: 'UEFI reboot', firmware: 'uefi', level: 'basic', dataDisk: 'reuse' }
    ])
    expect(planBoots('amd64', 'basic', false).map(b => b.name)).toEqual(['BIOS', 'BIOS reboot'])
    expect(planBoots('amd64', 'cluster', false).map(b => [b.name, b.level, b.dataDisk])).toEqual([
      ['BIOS', 'cluster', undefined],
      ['BIOS data disk', 'basic', 'fresh'],
      ['BIOS reboot', 'basic', 'reuse']
    ])
    expect(planBoots('arm64', 'basic', true)).toEqual([
      { name: 'virt', firmware: 'kernel', level: 'basic', dataDisk: 'fresh' },
      { name: 'virt reboot', firmware: 'kernel', level: 'basic', dataDisk: 'reuse' }
    ])
  })

  it('gives TCG longer limits and a time factor for the guest; an override sets the boot limit', () => {
    expect(smokeLimits('kvm')).toMatchObject({ bootSeconds: 300, timeFactor: 1 })
    expect(smokeLimits('tcg')).toMatchObject({ bootSeconds: 1200, timeFactor: 4 })
    expect(smokeLimits('tcg', 30).bootSeconds).toBe(30)
    // No milestone limit is longer than the boot, and the firmware's is the shortest.
    for (const accel of ['kvm', 'tcg'] as const) {
      const { bootSeconds, milestoneSeconds } = smokeLimits(accel)
      expect(Math.max(...Object.values(milestoneSeconds))).toBeLessThanOrEqual(bootSeconds)
      expect(Math.min(...Object.values(milestoneSeconds))).toBe(milestoneSeconds.firmware)
    }
  })

  it('amd64 UEFI: the ISO as a CD, OVMF as pflash, the fw_cfg entries, no way out at basic', () => {
    const { binary, args } = qemuCommand({
      target: 'amd64',
      boot: { name: 'UEFI', firmware: 'uefi', level: 'basic' },
      accel: 'kvm',
      timeFactor: 1,
      iso: '/a/buildroot-k8s-amd64.iso',
      ovmf: { code: '/usr/share/OVMF/OVMF_CODE_4M.fd', vars: '/w/vars.fd' }
    })
    expect(binary).toBe('qemu-system-x86_64')
    const line = args.join(' ')
    expect(line).toContain('-machine q35,accel=kvm,graphics=off -cpu host -smp 2 -m 4096')
    expect(line).toContain('-serial stdio -no-reboot')
    expect(line).toContain('-boot order=d,reboot-timeout=5000')
    expect(line).toContain(
      '-drive if=pflash,format=raw,unit=0,readonly=on,file=/usr/share/OVMF/OVMF_CODE_4M.fd'
    )
    expect(line).toContain('-drive if=pflash,format=raw,unit=1,file=/w/vars.fd')
    expect(line).toContain('-cdrom /a/buildroot-k8s-amd64.iso')
    expect(line).toContain('-nic user,model=virtio-net-pci,restrict=on')
    expect(line).toContain('-fw_cfg name=opt/buildroot-k8s/smoke,string=basic')
    expect(line).toContain('-fw_cfg name=opt/buildroot-k8s/smoke-time-factor,string=1')
    expect(line).not.toContain('k8sdata')
  })

  it('a reboot: the data disk with its serial, named in k8s-node/data-disk, and the identity to keep', () => {
    const { args } = qemuCommand({
      target: 'amd64',
      boot: { name: 'BIOS reboot', firmware: 'bios', level: 'basic', dataDisk: 'reuse' },
      accel: 'tcg',
      timeFactor: 4,
      iso: '/a/x.iso',
      dataDisk: '/w/data-disk-amd64.img',
      identity: 'machine-id=00aa ssh-host-keys=rsa:11bb'
    })
    const line = args.join(' ')
    expect(line).toContain(
      '-drive if=none,format=raw,id=k8sdata,file=/w/data-disk-amd64.img -device virtio-blk-pci,drive=k8sdata,serial=k8sdata'
    )
    expect(line).toContain(
      '-fw_cfg name=opt/buildroot-k8s/k8s-node/data-disk,string=/dev/disk/by-id/virtio-k8sdata'
    )
    expect(args).toContain(
      'name=opt/buildroot-k8s/smoke-identity,string=machine-id=00aa ssh-host-keys=rsa:11bb'
    )
  })

  it('arm64: the kernel Image with the SD card as a virtio disk, root on its partition 2', () => {
    const { binary, args } = qemuCommand({
      target: 'arm64',
      boot: { name: 'virt', firmware: 'kernel', level: 'cluster' },
      accel: 'tcg',
      timeFactor: 4,
      kernel: '/a/Image',
      disk: '/w/disk.img',
      diskIsSdCard: true
    })
    expect(binary).toBe('qemu-system-aarch64')
    const line = args.join(' ')
    expect(line).toContain('-machine virt,accel=tcg -cpu cortex-a53')
    expect(line).toContain('-m 4096')
    expect(args[args.indexOf('-append') + 1]).toBe(
      'root=/dev/vda2 rootfstype=ext4 rootwait console=ttyAMA0 cgroup_enable=memory cgroup_memory=1'
    )
    expect(line).toContain(
      '-drive if=none,format=raw,id=disk0,file=/w/disk.img -device virtio-blk-pci,drive=disk0'
    )
    // Level cluster pulls images: the network is not restricted.
    expect(line).toContain('-nic user,model=virtio-net-pci ')
  })
})

describe('images folder', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smoke-images-'))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('finds the ISO and the manifest’s components for amd64', () => {
    fs.writeFileSync(path.join(dir, 'buildroot-k8s-amd64.iso'), '')
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({ target: 'amd64', versions: { containerd: '2.0.7' } })
    )
    expect(findSmokeImages(dir, 'amd64')).toEqual({
      iso: path.join(dir, 'buildroot-k8s-amd64.iso'),
      components: { containerd: '2.0.7' }
    })
  })

  it('says what is missing and what is there, and refuses the other target’s images', () => {
    fs.writeFileSync(path.join(dir, 'bzImage'), '')
    expect(() => findSmokeImages(dir, 'amd64')).toThrow(
      `no ISO in ${dir} (it holds: bzImage): the amd64 smoke test boots buildroot-k8s-amd64.iso`
    )
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ target: 'arm64' }))
    expect(() => findSmokeImages(dir, 'amd64')).toThrow(/holds arm64 images .* pass --target arm64/)
  })

  it('arm64: the kernel and the SD card; a writable copy, decompressed', async () => {
    fs.writeFileSync(path.join(dir, 'Image'), '')
    fs.writeFileSync(path.join(dir, 'sdcard-raw'), Buffer.alloc(4096, 1))
    const { execFileSync } = await import('node:child_process')
    execFileSync('xz', ['-k', path.join(dir, 'sdcard-raw')])
    fs.renameSync(
      path.join(dir, 'sdcard-raw.xz'),
      path.join(dir, 'buildroot-k8s-arm64-sdcard.img.xz')
    )
    const images = findSmokeImages(dir, 'arm64')
    expect(images.sdcard).toBe(path.join(dir, 'buildroot-k8s-arm64-sdcard.img.xz'))
    const copy = await writableDisk(images.sdcard as string, path.join(dir, 'disk.img'))
    expect(fs.statSync(copy).size).toBe(4096)
    expect(
      fs
        .readFileSync(copy)
        .subarray(0, 4096)
        .every(byte => byte === 1)
    ).toBe(true)
  })
})

describe('the stage without QEMU', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smoke-stage-'))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))
  const noQemu = probe({ which: () => undefined })

  it('auto: skipped, with a notice that says how to install QEMU', async () => {
    const platform = recordingPlatform(dir)
    const report = await runSmokeTest(platform.reporter, {
      mode: 'auto',
      level: 'basic',
      target: 'amd64',
      imagesDir: dir,
      workDir: dir,
      probe: noQemu
    })
    expect(report.outcome).toBe('skipped')
    expect(platform.messages.filter(m => m.level === 'notice').map(m => m.text)).toEqual([
      'qemu-system-x86_64 is not installed, so the images were not booted. To smoke-test them, add `sudo apt-get install -y qemu-system-x86 ovmf` before this step; smoke-test: off silences this notice.'
    ])
  })

  it('true: failed, naming the package to install', async () => {
    const report = await runSmokeTest(recordingPlatform(dir).reporter, {
      mode: 'true',
      level: 'basic',
      target: 'arm64',
      imagesDir: dir,
      workDir: dir,
      probe: noQemu
    })
    expect(report.outcome).toBe('failed')
    expect(smokeFailureMessage(report)).toBe(
      'Smoke test failed: smoke-test is true but qemu-system-aarch64 is not installed, so the images were not booted: add `sudo apt-get install -y qemu-system-arm` before this step.'
    )
  })

  it('off: skipped without looking for QEMU', async () => {
    const report = await runSmokeTest(recordingPlatform(dir).reporter, {
      mode: 'off',
      level: 'basic',
      target: 'amd64',
      imagesDir: '/nonexistent',
      workDir: dir,
      probe: noQemu
    })
    expect(report).toEqual({ outcome: 'skipped', note: 'Not run: smoke-test is off.', boots: [] })
  })

  it('a broken images folder fails the smoke test with what is missing', async () => {
    const report = await runSmokeTest(recordingPlatform(dir).reporter, {
      mode: 'auto',
      level: 'basic',
      target: 'amd64',
      imagesDir: dir,
      workDir: path.join(dir, 'work'),
      probe: probe({ files: [] })
    })
    expect(report.outcome).toBe('failed')
    expect(report.note).toMatch(/^no ISO in /)
  })
})

describe('emulation artifacts', () => {
  const boot = (detail: string) => ({
    name: 'UEFI',
    how: 'OVMF UEFI, TCG',
    level: 'basic',
    ok: false,
    seconds: 9,
    milestones: [],
    missing: [],
    consoleLog: '/w/log',
    rows: [{ check: 'boot', status: 'fail' as const, detail, ok: false }]
  })

  it("retries only the kernel's timer check failing under TCG, not a real panic", () => {
    expect(
      emulationArtifact(
        boot(
          "the kernel panicked: [ 0.06] Kernel panic - not syncing: IO-APIC + timer doesn't work!  Boot with apic=debug"
        )
      )
    ).toBe(true)
    expect(
      emulationArtifact(
        boot('the kernel panicked: Kernel panic - not syncing: No working init found.')
      )
    ).toBe(false)
  })
})

describe('summary section', () => {
  it('shows one row per check with its time, and a refused skip as a failure', () => {
    const markdown = renderSmokeSection({
      outcome: 'failed',
      boots: [
        {
          name: 'BIOS',
          how: 'SeaBIOS, KVM',
          level: 'basic',
          ok: false,
          seconds: 75,
          milestones: [
            { name: 'firmware', seconds: 2 },
            { name: 'kernel', seconds: 9 }
          ],
          missing: ['node-ready'],
          consoleLog: '/w/console-amd64-bios.log',
          rows: [
            { check: 'kernel-config', status: 'pass', seconds: 1, detail: '61 options', ok: true },
            { check: 'docker', status: 'skip', seconds: 0, detail: 'a | b', ok: false },
            { check: 'pod', status: 'not run', detail: 'not run', ok: false }
          ]
        }
      ]
    })
    expect(markdown).toContain('### Smoke test: ❌ failed')
    expect(markdown).toContain(
      '**BIOS** (SeaBIOS, KVM, level basic): failed in 1 min 15 s. Console log: `/w/console-amd64-bios.log`'
    )
    expect(markdown).toContain('| kernel-config | ✅ pass | 1 s | 61 options |')
    expect(markdown).toContain('| docker | ❌ skip | 0 s | a \\| b |')
    expect(markdown).toContain('| pod | ➖ not run |  | not run |')
    expect(markdown).toContain('Milestones: firmware 2 s, kernel 9 s.')
    expect(markdown).toContain('No result line for: node-ready.')
  })
})
