// The boots of a smoke test and their QEMU command lines. amd64 boots the ISO itself, as a
// user would: SeaBIOS, then UEFI where OVMF is installed. arm64 has no usable Raspberry Pi
// machine in QEMU, so the built kernel Image boots on the generic `virt` machine with the SD
// card image as its disk (root on its second partition, as on a Pi).
import type { Target } from '../targets.js'
import { QEMU_SYSTEM } from './host.js'
import type { SmokeLevel } from './protocol.js'
import type { WatchLimits } from './watch.js'

export type Firmware = 'bios' | 'uefi' | 'kernel'

export interface BootPlan {
  /** Shown in logs and the summary: "BIOS", "UEFI", "virt". */
  name: string
  firmware: Firmware
  level: SmokeLevel
}

/** amd64: BIOS, then UEFI when OVMF is there (at level basic: the cluster needs proving once). */
export function planBoots(target: Target, level: SmokeLevel, hasOvmf: boolean): BootPlan[] {
  if (target === 'arm64') return [{ name: 'virt', firmware: 'kernel', level }]
  const boots: BootPlan[] = [{ name: 'BIOS', firmware: 'bios', level }]
  if (hasOvmf) boots.push({ name: 'UEFI', firmware: 'uefi', level: 'basic' })
  return boots
}

export interface SmokeLimits extends WatchLimits {
  /** The guest multiplies its own per-check limits by this (fw_cfg smoke-time-factor). */
  timeFactor: number
}

/**
 * Time limits. Under TCG every instruction is emulated: booting the ISO (unpacking its
 * initramfs, starting systemd, containerd and docker) takes several times longer.
 */
export function smokeLimits(accel: 'kvm' | 'tcg', bootSecondsOverride?: number): SmokeLimits {
  const limits =
    accel === 'kvm'
      ? { bootSeconds: 300, graceSeconds: 60, poweroffSeconds: 60, timeFactor: 1 }
      : { bootSeconds: 1200, graceSeconds: 180, poweroffSeconds: 120, timeFactor: 4 }
  return bootSecondsOverride ? { ...limits, bootSeconds: bootSecondsOverride } : limits
}

/**
 * Guest memory, as docs/image.md asks for the ISO: its root filesystem lives in RAM (held twice
 * for a moment at boot), and kubeadm wants 1700 MB (and 2 CPUs) for a control plane.
 */
export const GUEST_MEMORY_MIB = 4096

export const FW_CFG_LEVEL = 'opt/buildroot-k8s/smoke'
export const FW_CFG_TIME_FACTOR = 'opt/buildroot-k8s/smoke-time-factor'

export interface QemuInputs {
  target: Target
  boot: BootPlan
  accel: 'kvm' | 'tcg'
  timeFactor: number
  /** amd64: the ISO. */
  iso?: string
  /** arm64: the kernel Image and a writable copy of the disk image. */
  kernel?: string
  disk?: string
  /** The disk holds the whole SD card (root on partition 2) rather than the bare root filesystem. */
  diskIsSdCard?: boolean
  /** UEFI: the firmware code and a writable copy of its variables. */
  ovmf?: { code: string; vars: string }
}

/**
 * Kernel command line of the arm64 boot: the console on the virt machine's PL011, and the
 * memory cgroup options of the image's own cmdline.txt (the Raspberry Pi kernel leaves the
 * memory controller off without them).
 */
export function arm64KernelArgs(diskIsSdCard: boolean): string {
  const root = diskIsSdCard ? '/dev/vda2' : '/dev/vda'
  return `root=${root} rootfstype=ext4 rootwait console=ttyAMA0 cgroup_enable=memory cgroup_memory=1`
}

export function qemuCommand(inputs: QemuInputs): { binary: string; args: string[] } {
  const { target, boot, accel } = inputs
  const args: string[] = []
  const need = (value: string | undefined, what: string): string => {
    if (!value) throw new Error(`the ${boot.name} boot needs ${what}`)
    return value
  }
  if (target === 'amd64') {
    args.push('-machine', `q35,accel=${accel}`, '-cpu', accel === 'kvm' ? 'host' : 'max')
  } else {
    args.push(
      '-machine',
      accel === 'kvm' ? 'virt,accel=kvm,gic-version=max' : 'virt,accel=tcg',
      '-cpu',
      accel === 'kvm' ? 'host' : 'cortex-a53'
    )
  }
  args.push('-smp', '2', '-m', String(GUEST_MEMORY_MIB))
  // The serial console on stdout, nothing else; a reboot ends QEMU instead of booting again.
  args.push('-display', 'none', '-monitor', 'none', '-serial', 'stdio', '-no-reboot')
  if (boot.firmware === 'uefi') {
    const ovmf = inputs.ovmf
    if (!ovmf) throw new Error(`the ${boot.name} boot needs OVMF`)
    args.push(
      '-drive',
      `if=pflash,format=raw,unit=0,readonly=on,file=${ovmf.code}`,
      '-drive',
      `if=pflash,format=raw,unit=1,file=${ovmf.vars}`
    )
  }
  if (target === 'amd64') {
    args.push('-cdrom', need(inputs.iso, 'the ISO'), '-boot', 'order=d')
  } else {
    args.push(
      '-kernel',
      need(inputs.kernel, 'the kernel Image'),
      '-append',
      arm64KernelArgs(inputs.diskIsSdCard ?? true),
      '-drive',
      `if=none,format=raw,id=disk0,file=${need(inputs.disk, 'a disk image')}`,
      '-device',
      'virtio-blk-pci,drive=disk0'
    )
  }
  // User networking: DHCP for systemd-networkd. At level basic nothing leaves QEMU
  // (restrict=on); level cluster pulls the control-plane images through it.
  const restrict = boot.level === 'basic' ? ',restrict=on' : ''
  args.push('-nic', `user,model=virtio-net-pci${restrict}`)
  args.push('-device', 'virtio-rng-pci')
  args.push(
    '-fw_cfg',
    `name=${FW_CFG_LEVEL},string=${boot.level}`,
    '-fw_cfg',
    `name=${FW_CFG_TIME_FACTOR},string=${inputs.timeFactor}`
  )
  return { binary: QEMU_SYSTEM[target].binary, args }
}
