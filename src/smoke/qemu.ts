// The boots of a smoke test and their QEMU command lines. amd64 boots the ISO itself, as a
// user would: SeaBIOS, then UEFI where OVMF is installed. arm64 has no usable Raspberry Pi
// machine in QEMU, so the built kernel Image boots on the generic `virt` machine with the SD
// card image as its disk (root on its second partition, as on a Pi). One boot gets an empty
// data disk named in k8s-node/data-disk (first boot formats it K8SDATA) and the boot after it
// the same disk again, as a node that reboots: it must come back with the same identity.
import { TARGET, type Target } from '../targets.js'
import { FW_CFG_PREFIX } from '../fw-cfg.js'
import type { SmokeLevel } from './protocol.js'
import type { MilestoneName, WatchLimits } from './watch.js'

export type Firmware = 'bios' | 'uefi' | 'kernel'

export interface BootPlan {
  /** Shown in logs and the summary: "BIOS", "UEFI", "virt", "UEFI reboot". */
  name: string
  firmware: Firmware
  level: SmokeLevel
  /**
   * fresh: an empty data disk (and, on arm64, a fresh copy of the SD card); reuse: the disks
   * of the boot before, as the same node booting again.
   */
  dataDisk?: 'fresh' | 'reuse'
}

const FIRMWARE_BOOT: Record<Firmware, string> = { bios: 'BIOS', uefi: 'UEFI', kernel: 'virt' }

/**
 * amd64: BIOS at the level asked, then UEFI at basic when OVMF is there (the cluster needs
 * proving once); arm64: virt at the level asked. The first boot at level basic gets a fresh
 * data disk and the boot after it the same disks; without such a boot, one is added. The
 * cluster boot has none: its control plane would be on the disk and fail the next boot's
 * kubeadm preflight.
 */
export function planBoots(target: Target, level: SmokeLevel, hasOvmf: boolean): BootPlan[] {
  const boots: BootPlan[] =
    TARGET[target].smokeBoot === 'kernel'
      ? [{ name: 'virt', firmware: 'kernel', level }]
      : [
          { name: 'BIOS', firmware: 'bios', level },
          ...(hasOvmf ? [{ name: 'UEFI', firmware: 'uefi' as const, level: 'basic' as const }] : [])
        ]
  let fresh = boots.findIndex(boot => boot.level === 'basic')
  if (fresh < 0) {
    const last = boots[boots.length - 1]
    boots.push({ name: `${last.name} data disk`, firmware: last.firmware, level: 'basic' })
    fresh = boots.length - 1
  }
  boots[fresh].dataDisk = 'fresh'
  if (fresh + 1 < boots.length) {
    boots[fresh + 1].dataDisk = 'reuse'
  } else {
    const firmware = boots[fresh].firmware
    boots.push({
      name: `${FIRMWARE_BOOT[firmware]} reboot`,
      firmware,
      level: 'basic',
      dataDisk: 'reuse'
    })
  }
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
  const limits: SmokeLimits =
    accel === 'kvm'
      ? {
          bootSeconds: 300,
          milestoneSeconds: KVM_MILESTONES,
          graceSeconds: 60,
          poweroffSeconds: 60,
          timeFactor: 1
        }
      : {
          bootSeconds: 1200,
          milestoneSeconds: TCG_MILESTONES,
          graceSeconds: 180,
          poweroffSeconds: 120,
          timeFactor: 4
        }
  return bootSecondsOverride ? { ...limits, bootSeconds: bootSecondsOverride } : limits
}

/**
 * Each boot milestone's limit in seconds, from the one before (README, "Smoke test"). A firmware
 * that finds nothing to boot says so on the console within seconds (SeaBIOS "No bootable
 * device", OVMF "BdsDxe: failed to load ..."), which ends the boot at once; these limits
 * catch a boot that stalls without a word. kernel: GRUB's 3 s menu, then loading the kernel
 * and the ISO's whole root filesystem (the initrd) through the firmware; init: unpacking that
 * xz initrd; systemd: the ISO's /init copying it into a tmpfs. smoke is the boot limit.
 */
const KVM_MILESTONES: Record<MilestoneName, number> = {
  firmware: 60,
  kernel: 120,
  init: 180,
  systemd: 120,
  smoke: 300
}
const TCG_MILESTONES: Record<MilestoneName, number> = {
  firmware: 120,
  kernel: 300,
  init: 600,
  systemd: 300,
  smoke: 1200
}

/**
 * Guest memory, as docs/image.md asks for the ISO: its root filesystem lives in RAM (held twice
 * for a moment at boot), and kubeadm wants 1700 MB (and 2 CPUs) for a control plane.
 */
export const GUEST_MEMORY_MIB = 4096

export const FW_CFG_LEVEL = 'opt/buildroot-k8s/smoke'
export const FW_CFG_TIME_FACTOR = 'opt/buildroot-k8s/smoke-time-factor'
/** The identity the boot before reported (the guest's identity check compares). */
export const FW_CFG_IDENTITY = 'opt/buildroot-k8s/smoke-identity'

/** The data disk's serial; udev names it /dev/disk/by-id/virtio-<serial>. */
export const DATA_DISK_SERIAL = 'k8sdata'
export const DATA_DISK_BY_ID = `/dev/disk/by-id/virtio-${DATA_DISK_SERIAL}`
/** Sparse: only what the guest writes takes space (mkfs, the smoke's images). */
export const DATA_DISK_BYTES = 2 * 1024 ** 3

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
  /** The data disk image (boot.dataDisk). */
  dataDisk?: string
  /** The identity the boot before reported, for a reuse boot. */
  identity?: string
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
  const record = TARGET[target]
  args.push(...record.qemu.machine(accel))
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
  if (record.smokeBoot === 'firmware') {
    // reboot-timeout: SeaBIOS reboots 5 s after finding nothing to boot, and -no-reboot turns
    // that into QEMU's exit, should the console line be missed.
    args.push('-cdrom', need(inputs.iso, 'the ISO'), '-boot', 'order=d,reboot-timeout=5000')
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
  if (boot.dataDisk) {
    // After the root disk: on arm64 the SD card stays /dev/vda.
    args.push(
      '-drive',
      `if=none,format=raw,id=${DATA_DISK_SERIAL},file=${need(inputs.dataDisk, 'a data disk')}`,
      '-device',
      `virtio-blk-pci,drive=${DATA_DISK_SERIAL},serial=${DATA_DISK_SERIAL}`,
      '-fw_cfg',
      `name=${FW_CFG_PREFIX}data-disk,string=${DATA_DISK_BY_ID}`
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
  if (boot.dataDisk === 'reuse') {
    args.push(
      '-fw_cfg',
      `name=${FW_CFG_IDENTITY},string=${need(inputs.identity, 'the identity the boot before reported')}`
    )
  }
  return { binary: record.qemu.binary, args }
}
