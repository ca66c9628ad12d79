// Everything that differs between the two images, in one record per target. Code asks the
// record (what the kernel image is called, which QEMU runs it, how much disk a build takes)
// instead of testing the target's name.

export const TARGETS = ['amd64', 'arm64'] as const
export type Target = (typeof TARGETS)[number]

const GiB = 1024 ** 3

export interface TargetRecord {
  name: Target
  /** What a user gets, for messages and --help. */
  describe: string
  /** Other names people write for the architecture, answered with "did you mean". */
  aliases: readonly string[]
  /** The kernel image Buildroot leaves in images/ (and the artifact carries). */
  kernelImage: 'bzImage' | 'Image'
  /** ARCH and CROSS_COMPILE for the kernel's own make (check mode runs it on any runner). */
  kernelArch: { arch: string; crossCompile?: string }
  /** The bootable image: an ISO (BIOS and UEFI) or a Raspberry Pi SD card image. */
  bootImage: 'iso' | 'sdcard'
  /** Node's `process.arch` of a machine that runs the target natively, so KVM can run it. */
  nativeArch: string
  /** CPU flags /proc/cpuinfo must show for KVM to run guests (a sandboxed x86 VM can lack them). */
  kvmCpuFlags?: readonly string[]
  qemu: {
    binary: string
    /** Debian and Ubuntu package of the binary (and of the firmware it boots with). */
    debianPackages: readonly string[]
    /** -machine and -cpu for KVM or TCG. */
    machine(accel: 'kvm' | 'tcg'): string[]
  }
  /**
   * How the smoke test boots it: the ISO through its firmware (SeaBIOS, then OVMF), or the kernel
   * straight on QEMU's `virt` machine (QEMU has no usable Raspberry Pi 4/5).
   */
  smokeBoot: 'firmware' | 'kernel'
  /** What a first build writes into output-dir (README, "Disk space"). */
  outputBytes: number
}

export const TARGET: Readonly<Record<Target, TargetRecord>> = {
  amd64: {
    name: 'amd64',
    describe: 'a bootable ISO (BIOS and UEFI), the kernel and the root filesystem',
    aliases: ['x86_64', 'x86-64', 'x64', 'amd-64', 'intel'],
    kernelImage: 'bzImage',
    kernelArch: { arch: 'x86_64' },
    bootImage: 'iso',
    nativeArch: 'x64',
    kvmCpuFlags: ['vmx', 'svm'],
    qemu: {
      binary: 'qemu-system-x86_64',
      debianPackages: ['qemu-system-x86', 'ovmf'],
      // graphics=off: SeaBIOS (and what it runs) writes to the serial port too, so that "No
      // bootable device" reaches the console log; with only -display none it is on VGA alone.
      machine: accel => [
        '-machine',
        `q35,accel=${accel},graphics=off`,
        '-cpu',
        accel === 'kvm' ? 'host' : 'max'
      ]
    },
    smokeBoot: 'firmware',
    outputBytes: 12 * GiB
  },
  arm64: {
    name: 'arm64',
    describe:
      'a Raspberry Pi 3/4/5 SD card image (64-bit), the kernel, DTBs and the root filesystem',
    aliases: ['aarch64', 'arm', 'armv8', 'arm-64', 'rpi', 'raspberrypi', 'pi'],
    kernelImage: 'Image',
    kernelArch: { arch: 'arm64', crossCompile: 'aarch64-linux-gnu-' },
    bootImage: 'sdcard',
    nativeArch: 'arm64',
    qemu: {
      binary: 'qemu-system-aarch64',
      debianPackages: ['qemu-system-arm'],
      machine: accel =>
        accel === 'kvm'
          ? ['-machine', 'virt,accel=kvm,gic-version=max', '-cpu', 'host']
          : ['-machine', 'virt,accel=tcg', '-cpu', 'cortex-a53']
    },
    smokeBoot: 'kernel',
    outputBytes: 14 * GiB
  }
}

/** The target a user meant by another name for its architecture (x86_64 → amd64), if any. */
export function targetAlias(name: string): Target | undefined {
  const lower = name.trim().toLowerCase()
  return TARGETS.find(t => t === lower || TARGET[t].aliases.includes(lower))
}
