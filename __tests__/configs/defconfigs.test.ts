// The shipped defconfigs: every line well-formed, every file they name present, and the
// paths that the action and the board files rely on kept in step. With BUILDROOT_SRC (a real
// Buildroot tree), every program the node's scripts run is built into the image, as the
// tree's own package makefiles decide.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { STUBBED_PROGRAMS } from '../node/harness.js'
import {
  defconfigPath,
  externalDir,
  externalName,
  kernelConfigPath,
  type KconfigLine,
  readKconfig,
  resolveExternal,
  targets,
  unquote,
  valueOf
} from './helpers.js'
import { describeIf, withoutBuildroot } from '../helpers/witness.js'

const BR2_VALUE = /^(?:y|-?\d+|0x[0-9a-fA-F]+|"(?:[^"\\]|\\.)*")$/
const KERNEL_VALUE = /^(?:y|m|-?\d+|0x[0-9a-fA-F]+|"(?:[^"\\]|\\.)*")$/

/** Symbols whose string value names files or folders (space-separated lists allowed). */
const PATH_SYMBOLS = [
  'BR2_ROOTFS_OVERLAY',
  'BR2_ROOTFS_POST_BUILD_SCRIPT',
  'BR2_ROOTFS_POST_IMAGE_SCRIPT',
  'BR2_ROOTFS_POST_FAKEROOT_SCRIPT',
  'BR2_GLOBAL_PATCH_DIR',
  'BR2_LINUX_KERNEL_CUSTOM_CONFIG_FILE',
  'BR2_LINUX_KERNEL_CONFIG_FRAGMENT_FILES',
  'BR2_TARGET_ROOTFS_ISO9660_BOOT_MENU',
  'BR2_TARGET_GRUB2_BUILTIN_CONFIG_PC',
  'BR2_TARGET_GRUB2_BUILTIN_CONFIG_EFI',
  'BR2_PACKAGE_RPI_FIRMWARE_CONFIG_FILE',
  'BR2_PACKAGE_RPI_FIRMWARE_CMDLINE_FILE'
]

describe.each(targets)('%s buildroot_defconfig', target => {
  const file = defconfigPath(target)
  const text = fs.readFileSync(file, 'utf8')
  const lines = readKconfig(file)

  it('has only comments, blank lines, BR2_X=y|"string"|number and "# BR2_X is not set"', () => {
    const bad = text.split('\n').flatMap((raw, index) => {
      const line = raw.trim()
      if (line === '') return []
      if (line.startsWith('#')) {
        // A comment that looks like a "not set" line must be exactly one.
        if (/is not set/.test(line) && !/^# BR2_[A-Za-z0-9_]+ is not set$/.test(line)) {
          return [`${index + 1}: ${line}`]
        }
        return []
      }
      const match = /^(BR2_[A-Za-z0-9_]+)=(.*)$/.exec(line)
      return match && BR2_VALUE.test(match[2]) ? [] : [`${index + 1}: ${line}`]
    })
    expect(bad).toEqual([])
    expect(lines.length).toBeGreaterThan(20)
  })

  it('sets no symbol twice', () => {
    const seen = new Map<string, number>()
    const twice = lines.flatMap(l => {
      const first = seen.get(l.symbol)
      seen.set(l.symbol, l.line)
      return first === undefined ? [] : [`${l.symbol} on lines ${first} and ${l.line}`]
    })
    expect(twice).toEqual([])
  })

  it('names only files and folders that exist (BR2_EXTERNAL paths resolved)', () => {
    const missing: string[] = []
    const checked: string[] = []
    for (const { symbol, value, line } of lines) {
      if (!value.startsWith('"')) continue
      const raw = unquote(value)
      const isPath = PATH_SYMBOLS.includes(symbol) || raw.includes('$(BR2_EXTERNAL_')
      if (!isPath || raw === '') continue
      for (const item of resolveExternal(raw).split(/\s+/).filter(Boolean)) {
        // Paths relative to the Buildroot tree (board/..., package/...) are not ours to check.
        if (!path.isAbsolute(item)) continue
        checked.push(item)
        if (!fs.existsSync(item)) missing.push(`${symbol} (line ${line}): ${item}`)
      }
    }
    expect(missing).toEqual([])
    expect(checked.length).toBeGreaterThan(3)
  })

  it(`uses the external tree's own name for $(BR2_EXTERNAL_..._PATH)`, () => {
    const name = externalName()
    const others = [...text.matchAll(/\$\(BR2_EXTERNAL_([A-Za-z0-9_]+)_PATH\)/g)]
      .map(m => m[1])
      .filter(n => n !== name)
    expect(others).toEqual([])
  })

  it('points the kernel at this target’s kernel_defconfig', () => {
    expect(valueOf(lines, 'BR2_LINUX_KERNEL')).toBe('y')
    expect(valueOf(lines, 'BR2_LINUX_KERNEL_USE_CUSTOM_CONFIG')).toBe('y')
    const configured = valueOf(lines, 'BR2_LINUX_KERNEL_CUSTOM_CONFIG_FILE')
    expect(configured).toBeDefined()
    expect(path.resolve(resolveExternal(unquote(configured as string)))).toBe(
      kernelConfigPath(target)
    )
  })

  it('asks for the runtime, Kubernetes and node tools the image is for', () => {
    const wanted = [
      'BR2_INIT_SYSTEMD',
      'BR2_PACKAGE_CONTAINERD',
      'BR2_PACKAGE_CONTAINERD_CRI',
      'BR2_PACKAGE_RUNC',
      'BR2_PACKAGE_DOCKER_ENGINE',
      'BR2_PACKAGE_DOCKER_CLI',
      'BR2_PACKAGE_CNI_PLUGINS',
      'BR2_PACKAGE_KUBERNETES_NODE',
      'BR2_PACKAGE_KUBERNETES_NODE_KUBECTL',
      'BR2_PACKAGE_CRICTL',
      'BR2_PACKAGE_IPTABLES',
      'BR2_PACKAGE_IPTABLES_NFTABLES',
      'BR2_PACKAGE_CONNTRACK_TOOLS',
      'BR2_PACKAGE_EBTABLES',
      'BR2_PACKAGE_ETHTOOL',
      'BR2_PACKAGE_SOCAT',
      'BR2_PACKAGE_IPROUTE2',
      'BR2_PACKAGE_UTIL_LINUX_MOUNT',
      'BR2_PACKAGE_UTIL_LINUX_NSENTER',
      'BR2_PACKAGE_KMOD',
      'BR2_PACKAGE_CA_CERTIFICATES',
      'BR2_PACKAGE_SYSTEMD_NETWORKD',
      'BR2_PACKAGE_OPENSSH',
      // The first-boot scripts: blkid, findmnt, wipefs (util-linux), mkfs.ext4 and e2fsck
      // (e2fsprogs); which symbol builds each program is checked on a real Buildroot tree
      // (buildroot-real.test.ts).
      'BR2_PACKAGE_UTIL_LINUX_BINARIES',
      'BR2_PACKAGE_UTIL_LINUX_WIPEFS',
      'BR2_PACKAGE_E2FSPROGS',
      'BR2_TARGET_ROOTFS_EXT2_4',
      'BR2_PACKAGE_HOST_GO_BIN'
    ]
    expect(wanted.filter(symbol => valueOf(lines, symbol) !== 'y')).toEqual([])
  })
})

describe.each(targets)('%s kernel download', target => {
  const lines = readKconfig(defconfigPath(target))

  it('is hashed in BR2_GLOBAL_PATCH_DIR (linux/linux.hash), under a comment naming where from', () => {
    // Buildroot 2026.02.x has no linux/linux.hash that a custom version would find: without
    // this file the kernel would download unchecked.
    const location = valueOf(lines, 'BR2_LINUX_KERNEL_CUSTOM_TARBALL_LOCATION')
    const tarball = location
      ? path.basename(unquote(location))
      : `linux-${unquote(valueOf(lines, 'BR2_LINUX_KERNEL_CUSTOM_VERSION_VALUE') ?? '""')}.tar.xz`
    expect(tarball).toMatch(/^linux-[0-9a-f.]+\.tar\.(xz|gz)$/)
    expect(valueOf(lines, 'BR2_DOWNLOAD_FORCE_CHECK_HASHES')).toBe('y')
    const patchDir = resolveExternal(unquote(valueOf(lines, 'BR2_GLOBAL_PATCH_DIR') ?? '""'))
    const hashLines = fs
      .readFileSync(path.join(patchDir, 'linux', 'linux.hash'), 'utf8')
      .split('\n')
    const at = hashLines.findIndex(line => new RegExp(`^sha256  [0-9a-f]{64}  ${tarball}$`).test(line))
    expect(at).toBeGreaterThan(0)
    expect(hashLines.slice(0, at).join('\n')).toMatch(/^# .*buildroot\/buildroot .*linux\.hash, tag 2026\.02\.3/m)
  })
})

describe.each(targets)('%s: no default credentials', target => {
  const lines = readKconfig(defconfigPath(target))

  it("locks root's password and sets none", () => {
    expect(valueOf(lines, 'BR2_TARGET_ENABLE_ROOT_LOGIN')).toBe('n')
    expect(valueOf(lines, 'BR2_TARGET_GENERIC_ROOT_PASSWD')).toBeUndefined()
  })
})

describe('kernel_defconfig files', () => {
  it.each(targets)('%s: only CONFIG_X=y|m|"string"|number and "# CONFIG_X is not set"', target => {
    const text = fs.readFileSync(kernelConfigPath(target), 'utf8')
    const bad = text.split('\n').flatMap((raw, index) => {
      const line = raw.trim()
      if (line === '') return []
      if (line.startsWith('#')) {
        if (/is not set/.test(line) && !/^# CONFIG_[A-Za-z0-9_]+ is not set$/.test(line)) {
          return [`${index + 1}: ${line}`]
        }
        return []
      }
      const match = /^(CONFIG_[A-Za-z0-9_]+)=(.*)$/.exec(line)
      return match && KERNEL_VALUE.test(match[2]) ? [] : [`${index + 1}: ${line}`]
    })
    expect(bad).toEqual([])
  })

  it.each(targets)('%s: sets no option twice, with two different values or the same', target => {
    const seen = new Set<string>()
    const twice = readKconfig(kernelConfigPath(target)).flatMap(l => {
      const again = seen.has(l.symbol)
      seen.add(l.symbol)
      return again ? [l.symbol] : []
    })
    expect(twice).toEqual([])
  })
})

describe('amd64 ISO', () => {
  const lines = readKconfig(defconfigPath('amd64'))

  it('boots by BIOS and UEFI with GRUB 2, from an initramfs', () => {
    for (const symbol of [
      'BR2_TARGET_ROOTFS_ISO9660',
      'BR2_TARGET_ROOTFS_ISO9660_GRUB2',
      'BR2_TARGET_ROOTFS_ISO9660_INITRD',
      'BR2_TARGET_GRUB2_I386_PC',
      'BR2_TARGET_GRUB2_X86_64_EFI',
      'BR2_LINUX_KERNEL_BZIMAGE'
    ]) {
      expect([symbol, valueOf(lines, symbol)]).toEqual([symbol, 'y'])
    }
    const modulesPc = unquote(valueOf(lines, 'BR2_TARGET_GRUB2_BUILTIN_MODULES_PC') ?? '""')
    const modulesEfi = unquote(valueOf(lines, 'BR2_TARGET_GRUB2_BUILTIN_MODULES_EFI') ?? '""')
    expect(modulesPc.split(' ')).toEqual(expect.arrayContaining(['iso9660', 'biosdisk', 'linux']))
    expect(modulesEfi.split(' ')).toEqual(expect.arrayContaining(['iso9660', 'linux']))
  })

  it('has a GRUB menu with the placeholders Buildroot fills in', () => {
    const menu = resolveExternal(unquote(valueOf(lines, 'BR2_TARGET_ROOTFS_ISO9660_BOOT_MENU')!))
    const text = fs.readFileSync(menu, 'utf8')
    expect(text).toContain('__KERNEL_PATH__')
    expect(text).toContain('__INITRD_PATH__')
  })

  it('switches the initramfs root to a tmpfs so that runc can pivot_root', () => {
    const init = path.join(externalDir, 'board', 'amd64', 'rootfs-overlay', 'init')
    const text = fs.readFileSync(init, 'utf8')
    expect(text).toMatch(/mount -t tmpfs/)
    expect(text).toMatch(/exec \/sbin\/switch_root/)
    expect(fs.statSync(init).mode & 0o111).not.toBe(0)
  })
})

describe('arm64 SD card', () => {
  const lines = readKconfig(defconfigPath('arm64'))
  const board = path.join(externalDir, 'board', 'arm64')
  const genimage = fs.readFileSync(path.join(board, 'genimage.cfg'), 'utf8')
  const bootFiles = [...genimage.matchAll(/^\s*"([^"]+)",?\s*$/gm)].map(m => m[1])

  it('puts a device tree of every board the kernel builds on the boot partition', () => {
    const dts = unquote(valueOf(lines, 'BR2_LINUX_KERNEL_INTREE_DTS_NAME')!)
      .split(/\s+/)
      .map(name => `${path.basename(name)}.dtb`)
    expect(dts.length).toBeGreaterThanOrEqual(5)
    expect(bootFiles).toEqual(expect.arrayContaining(dts))
    for (const board of ['bcm2710-rpi-3-b', 'bcm2711-rpi-4-b', 'bcm2712-rpi-5-b', 'bcm2712-rpi-500']) {
      expect(dts).toContain(`${board}.dtb`)
    }
  })

  it("builds one 4K-page kernel for Pi 3, 4 and 5, with Buildroot's own 4K-page fragment after kernel_defconfig", () => {
    // As Buildroot's raspberrypi5_defconfig does it: the Pi 5's own default is 16K pages,
    // which the Pi 3 and Pi 4 cannot boot.
    expect(valueOf(lines, 'BR2_LINUX_KERNEL_CONFIG_FRAGMENT_FILES')).toBe(
      '"board/raspberrypi/linux-4k-page-size.fragment"'
    )
    expect(valueOf(readKconfig(kernelConfigPath('arm64')), 'CONFIG_ARM64_4K_PAGES')).toBe('y')
  })

  it('boots the kernel image that config.txt names, with the firmware of Pi 3 and Pi 4', () => {
    const configTxt = fs.readFileSync(path.join(board, 'config.txt'), 'utf8')
    const kernel = /^kernel=(\S+)$/m.exec(configTxt)?.[1]
    expect(kernel).toBe('Image')
    expect(configTxt).toMatch(/^arm_64bit=1$/m)
    expect(valueOf(lines, 'BR2_LINUX_KERNEL_IMAGE')).toBe('y')
    expect(bootFiles).toEqual(
      expect.arrayContaining([
        'Image',
        'rpi-firmware/bootcode.bin',
        'rpi-firmware/start.elf',
        'rpi-firmware/start4.elf',
        'rpi-firmware/config.txt',
        'rpi-firmware/cmdline.txt'
      ])
    )
    expect(genimage).toMatch(/image = "rootfs\.ext4"/)
  })

  it('enables the memory cgroup on the kernel command line and mounts the SD root', () => {
    const cmdline = fs.readFileSync(path.join(board, 'cmdline.txt'), 'utf8')
    expect(cmdline.trim().split('\n')).toHaveLength(1)
    expect(cmdline).toContain('cgroup_enable=memory')
    expect(cmdline).toContain('cgroup_memory=1')
    expect(cmdline).toContain('root=/dev/mmcblk0p2')
  })

  it('grows the root filesystem on first boot', () => {
    const overlay = path.join(board, 'rootfs-overlay')
    const unit = fs.readFileSync(
      path.join(overlay, 'usr/lib/systemd/system/k8s-grow-rootfs.service'),
      'utf8'
    )
    const exec = /^ExecStart=(\S+)$/m.exec(unit)?.[1]
    expect(exec).toBeDefined()
    expect(fs.existsSync(path.join(overlay, exec as string))).toBe(true)
    const presets = fs.readdirSync(path.join(overlay, 'usr/lib/systemd/system-preset'))
    const enabled = presets
      .map(p => fs.readFileSync(path.join(overlay, 'usr/lib/systemd/system-preset', p), 'utf8'))
      .join('\n')
    expect(enabled).toMatch(/^enable k8s-grow-rootfs\.service$/m)
    for (const symbol of ['BR2_PACKAGE_E2FSPROGS_RESIZE2FS', 'BR2_PACKAGE_UTIL_LINUX_PARTX']) {
      expect([symbol, valueOf(lines, symbol)]).toEqual([symbol, 'y'])
    }
  })
})

/**
 * The programs the node's scripts run, and what builds each into the image. util-linux's are
 * looked up in Buildroot's util-linux.mk (its --enable-<program> switches, else the basic
 * set's --enable-all-programs); the others need the symbols listed.
 */
const UTIL_LINUX_PROGRAMS = ['blkid', 'findmnt', 'mount', 'umount', 'wipefs']
const OTHER_PROGRAMS: Record<string, string[]> = {
  'mkfs.ext4': ['BR2_PACKAGE_E2FSPROGS'],
  e2fsck: ['BR2_PACKAGE_E2FSPROGS'],
  kubeadm: ['BR2_PACKAGE_KUBERNETES_NODE'],
  'ssh-keygen': ['BR2_PACKAGE_OPENSSH', 'BR2_PACKAGE_OPENSSH_KEY_UTILS'],
  hostnamectl: ['BR2_INIT_SYSTEMD', 'BR2_PACKAGE_SYSTEMD_HOSTNAMED'],
  systemctl: ['BR2_INIT_SYSTEMD'],
  udevadm: ['BR2_INIT_SYSTEMD']
}
/** The SD card's grow-rootfs runs these too. */
const ARM64_UTIL_LINUX_PROGRAMS = ['sfdisk', 'partx']
const ARM64_OTHER_PROGRAMS: Record<string, string[]> = {
  resize2fs: ['BR2_PACKAGE_E2FSPROGS', 'BR2_PACKAGE_E2FSPROGS_RESIZE2FS']
}

it('knows what builds every program the first-boot tests stand in for', () => {
  const known = [...UTIL_LINUX_PROGRAMS, ...Object.keys(OTHER_PROGRAMS)]
  expect(STUBBED_PROGRAMS.filter(program => !known.includes(program))).toEqual([])
})

const buildrootSrc = process.env.BUILDROOT_SRC
const describeWithBuildroot = describeIf(withoutBuildroot)

/** The switch symbol of each util-linux program util-linux.mk has one for, and the basic set's. */
function utilLinuxSwitches(mk: string): { all?: string; switches: Map<string, string> } {
  const switches = new Map<string, string>()
  for (const match of mk.matchAll(/\$\(if \$\((BR2_PACKAGE_UTIL_LINUX_[A-Z0-9_]+)\),--enable-([a-z0-9_-]+)/g)) {
    switches.set(match[2], match[1])
  }
  const all = switches.get('all-programs')
  switches.delete('all-programs')
  return { all, switches }
}

/** Whether a Kconfig symbol is y: set so in the defconfig, or unset there and `default y` in the tree. */
function isOn(lines: KconfigLine[], symbol: string, configIn: string): boolean {
  const value = valueOf(lines, symbol)
  if (value !== undefined) return value === 'y'
  const block = new RegExp(`^config ${symbol}\\n((?:[ \\t].*\\n|\\n)*)`, 'm').exec(configIn)?.[1] ?? ''
  return /^\s+default y\s*$/m.test(block)
}

describeWithBuildroot('the programs the node scripts run are in the image (BUILDROOT_SRC)', () => {
  const tree = buildrootSrc as string
  const mk = fs.readFileSync(path.join(tree, 'package/util-linux/util-linux.mk'), 'utf8')
  const { all, switches } = utilLinuxSwitches(mk)
  const configIn = ['openssh', 'systemd', 'e2fsprogs', 'util-linux']
    .map(pkg => fs.readFileSync(path.join(tree, 'package', pkg, 'Config.in'), 'utf8'))
    .join('\n')

  it("reads util-linux.mk's switches: wipefs has its own, blkid comes with the basic set", () => {
    expect(all).toBe('BR2_PACKAGE_UTIL_LINUX_BINARIES')
    expect(switches.get('wipefs')).toBe('BR2_PACKAGE_UTIL_LINUX_WIPEFS')
    expect(switches.get('blkid')).toBeUndefined()
    expect(switches.size).toBeGreaterThan(30)
  })

  it.each(targets)('%s', target => {
    const lines = readKconfig(defconfigPath(target))
    const util = [...UTIL_LINUX_PROGRAMS, ...(target === 'arm64' ? ARM64_UTIL_LINUX_PROGRAMS : [])]
    const other = { ...OTHER_PROGRAMS, ...(target === 'arm64' ? ARM64_OTHER_PROGRAMS : {}) }
    const missing: string[] = []
    for (const program of util) {
      const symbols = ['BR2_PACKAGE_UTIL_LINUX', switches.get(program) ?? (all as string)]
      const off = symbols.filter(symbol => !isOn(lines, symbol, configIn))
      if (off.length) missing.push(`${program} (util-linux): ${off.join(', ')}`)
    }
    for (const [program, symbols] of Object.entries(other)) {
      const off = symbols.filter(symbol => !isOn(lines, symbol, configIn))
      if (off.length) missing.push(`${program}: ${off.join(', ')}`)
    }
    expect(missing).toEqual([])
  })
})
