// What the machine running the smoke test offers: QEMU for the target, KVM, and OVMF for a
// UEFI boot. The probe is passed in, so that the decisions are tested without the devices.
import fs from 'node:fs'
import path from 'node:path'
import { TARGET, type Target } from '../targets.js'

export interface HostProbe {
  /** Node's process.arch of this machine. */
  arch: string
  exists(file: string): boolean
  /** undefined when the file opens read-write, else why it does not. */
  openReadWrite(file: string): string | undefined
  /** Full path of a command on PATH, or undefined. */
  which(command: string): string | undefined
  /** /proc/cpuinfo's text, or undefined where there is none. */
  cpuinfo(): string | undefined
}

export const realProbe: HostProbe = {
  arch: process.arch,
  exists: file => fs.existsSync(file),
  openReadWrite(file) {
    try {
      fs.closeSync(fs.openSync(file, 'r+'))
      return undefined
    } catch (error) {
      return (error as NodeJS.ErrnoException).code ?? String(error)
    }
  },
  which(command) {
    for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
      const candidate = path.join(dir, command)
      try {
        fs.accessSync(candidate, fs.constants.X_OK)
        return candidate
      } catch {
        // not in this folder
      }
    }
    return undefined
  },
  cpuinfo() {
    try {
      return fs.readFileSync('/proc/cpuinfo', 'utf8')
    } catch {
      return undefined
    }
  }
}

export type Acceleration = { accel: 'kvm' } | { accel: 'tcg'; why: string }

/** KVM when this machine runs the target natively and /dev/kvm opens read-write. */
export function detectAcceleration(target: Target, probe: HostProbe): Acceleration {
  const record = TARGET[target]
  if (probe.arch !== record.nativeArch) {
    return { accel: 'tcg', why: `this machine is ${probe.arch}, so an ${target} guest is emulated` }
  }
  if (!probe.exists('/dev/kvm')) {
    return { accel: 'tcg', why: '/dev/kvm does not exist (no hardware virtualization here)' }
  }
  const refused = probe.openReadWrite('/dev/kvm')
  if (refused) {
    return { accel: 'tcg', why: `/dev/kvm exists but does not open read-write (${refused})` }
  }
  // A /dev/kvm on an x86 CPU without its virtualization extensions (seen in some sandboxed
  // VMs) opens, but its guests never run a single instruction.
  const flags = probe
    .cpuinfo()
    ?.match(/^flags\s*:(.*)$/m)?.[1]
    .split(/\s+/)
  const needed = record.kvmCpuFlags
  if (needed && flags && !needed.some(flag => flags.includes(flag))) {
    return {
      accel: 'tcg',
      why: `/dev/kvm opens, but the CPU shows no ${needed.join(' or ')} flag in /proc/cpuinfo, so it cannot run guests`
    }
  }
  return { accel: 'kvm' }
}

/**
 * OVMF firmware pairs (code, variables template), in order of preference: Debian and Ubuntu
 * (ovmf; Ubuntu 24.04 has only the 4M build), Fedora (edk2-ovmf), Arch (edk2-ovmf). Never the
 * Secure Boot builds: they refuse an unsigned GRUB.
 */
export const OVMF_CANDIDATES: readonly { code: string; vars: string }[] = [
  { code: '/usr/share/OVMF/OVMF_CODE_4M.fd', vars: '/usr/share/OVMF/OVMF_VARS_4M.fd' },
  { code: '/usr/share/OVMF/OVMF_CODE.fd', vars: '/usr/share/OVMF/OVMF_VARS.fd' },
  { code: '/usr/share/edk2/ovmf/OVMF_CODE.fd', vars: '/usr/share/edk2/ovmf/OVMF_VARS.fd' },
  { code: '/usr/share/edk2/x64/OVMF_CODE.4m.fd', vars: '/usr/share/edk2/x64/OVMF_VARS.4m.fd' }
]

export function findOvmf(probe: HostProbe): { code: string; vars: string } | undefined {
  return OVMF_CANDIDATES.find(pair => probe.exists(pair.code) && probe.exists(pair.vars))
}
