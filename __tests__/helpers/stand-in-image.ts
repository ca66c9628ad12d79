// Stand-in amd64 images for the smoke tests, built at test time from real parts: the kernel
// of configs/amd64/kernel_defconfig (scripts/build-test-kernel.sh; .ci/run passes its folder in
// SMOKE_KERNEL_DIR), an initramfs of Debian's busybox-static that boots the way the ISO does
// (the image's own /init, restore-machine-id, then its first-boot scripts fetch-config,
// data-disk and ssh-host-keys, then its smoke script, with its /etc/modules-load.d and
// /etc/sysctl.d), and an ISO in Buildroot's layout (fs/iso9660 with GRUB 2, BIOS and UEFI):
// GRUB images made with only the modules that buildroot_defconfig builds in, and the image's
// own grub.cfg and grub-efi.cfg.
// The programs those scripts call that Buildroot builds (blkid, wipefs, mount, switch_root,
// mkfs.ext4, e2fsck, ssh-keygen) are Debian's real ones with their libraries, and each is put
// in only when buildroot_defconfig builds it: a program the image lacks is missing here too,
// never stubbed (busybox's applet of that name, if it has one, answers, as on the image).
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const OVERLAY = path.join(REPO, 'configs', 'external', 'board', 'common', 'rootfs-overlay')
const BOARD = path.join(REPO, 'configs', 'external', 'board', 'amd64')
const BUSYBOX = '/bin/busybox'
const LOADER = '/lib64/ld-linux-x86-64.so.2'

/**
 * Programs Buildroot builds into the image that the boot and the smoke checks call: where the
 * image has them, Debian's copy, and the buildroot_defconfig symbols that build them (all must
 * be set; `defaultY` ones count unless the defconfig says "is not set"). Sources:
 * package/util-linux (BINARIES builds blkid, WIPEFS wipefs, MOUNT mount/umount, SWITCH_ROOT
 * switch_root), package/e2fsprogs (mke2fs, e2fsck), package/openssh (KEY_UTILS: ssh-keygen).
 */
const IMAGE_PROGRAMS: {
  at: string
  debian: string
  symbols: string[]
  defaultY?: string[]
  links?: string[]
}[] = [
  { at: '/sbin/blkid', debian: '/usr/sbin/blkid', symbols: ['BR2_PACKAGE_UTIL_LINUX_BINARIES'] },
  { at: '/sbin/wipefs', debian: '/usr/sbin/wipefs', symbols: ['BR2_PACKAGE_UTIL_LINUX_WIPEFS'] },
  { at: '/bin/mount', debian: '/usr/bin/mount', symbols: ['BR2_PACKAGE_UTIL_LINUX_MOUNT'] },
  { at: '/bin/umount', debian: '/usr/bin/umount', symbols: ['BR2_PACKAGE_UTIL_LINUX_MOUNT'] },
  {
    at: '/sbin/switch_root',
    debian: '/usr/sbin/switch_root',
    symbols: ['BR2_PACKAGE_UTIL_LINUX_SWITCH_ROOT']
  },
  {
    at: '/sbin/mke2fs',
    debian: '/usr/sbin/mke2fs',
    symbols: ['BR2_PACKAGE_E2FSPROGS'],
    links: ['/sbin/mkfs.ext4']
  },
  {
    at: '/sbin/e2fsck',
    debian: '/usr/sbin/e2fsck',
    symbols: ['BR2_PACKAGE_E2FSPROGS'],
    defaultY: ['BR2_PACKAGE_E2FSPROGS_E2FSCK']
  },
  {
    at: '/usr/bin/ssh-keygen',
    debian: '/usr/bin/ssh-keygen',
    symbols: ['BR2_PACKAGE_OPENSSH'],
    defaultY: ['BR2_PACKAGE_OPENSSH_KEY_UTILS']
  }
]

/** The image's programs of IMAGE_PROGRAMS that configs/amd64/buildroot_defconfig builds. */
export function imagePrograms(defconfigText?: string): typeof IMAGE_PROGRAMS {
  const text =
    defconfigText ??
    fs.readFileSync(path.join(REPO, 'configs', 'amd64', 'buildroot_defconfig'), 'utf8')
  const set = (symbol: string) => new RegExp(`^${symbol}=y$`, 'm').test(text)
  const unset = (symbol: string) => new RegExp(`^# ${symbol} is not set$`, 'm').test(text)
  return IMAGE_PROGRAMS.filter(
    program =>
      program.symbols.every(set) && (program.defaultY ?? []).every(symbol => !unset(symbol))
  )
}

export interface TestKernel {
  dir: string
  bzImage: string
  release: string
  /** lib/modules/<release> of the build. */
  modules: string
}

/** The test kernel, or why there is none (the tests that need it skip and say so). */
export function testKernel(): TestKernel | string {
  const dir = process.env.SMOKE_KERNEL_DIR
  if (!dir) {
    return 'SMOKE_KERNEL_DIR is not set: build the kernel with scripts/build-test-kernel.sh LINUX_SRC (about 9 min on 2 cores; .ci/run does) and set it to the folder it prints'
  }
  const bzImage = path.join(dir, 'bzImage')
  const releaseFile = path.join(dir, 'kernel.release')
  if (!fs.existsSync(bzImage) || !fs.existsSync(releaseFile)) {
    return `SMOKE_KERNEL_DIR=${dir} holds no bzImage and kernel.release: build it with scripts/build-test-kernel.sh`
  }
  const release = fs.readFileSync(releaseFile, 'utf8').trim()
  return { dir, bzImage, release, modules: path.join(dir, 'modules', 'lib', 'modules', release) }
}

/** What the stand-in's tools need on this machine, or why they are missing. */
export function standInTools(): string | undefined {
  const missing = [
    [BUSYBOX, 'busybox-static'],
    [LOADER, 'libc6'],
    ...IMAGE_PROGRAMS.map(program => [
      program.debian,
      program.debian.includes('ssh')
        ? 'openssh-client'
        : program.debian.includes('2fs') || program.debian.includes('e2fsck')
          ? 'e2fsprogs'
          : 'util-linux (mount)'
    ]),
    ['/usr/lib/grub/i386-pc/cdboot.img', 'grub-pc-bin'],
    ['/usr/lib/grub/x86_64-efi/kernel.img', 'grub-efi-amd64-bin'],
    ['/usr/bin/xorriso', 'xorriso'],
    ['/usr/bin/mcopy', 'mtools'],
    ['/usr/sbin/mkfs.vfat', 'dosfstools'],
    ['/usr/bin/cpio', 'cpio']
  ].filter(([file]) => !fs.existsSync(file))
  return missing.length
    ? `missing ${missing.map(([, pkg]) => pkg).join(', ')} (apt-get install them)`
    : undefined
}

export type StandInVariant =
  /** Every check that needs no Buildroot-built program passes. */
  | 'passing'
  /** The kernel boots but finds no /init: it panics. */
  | 'no-init'
  /** The overlay module is not in the image. */
  | 'no-overlay'
  /** /etc/sysctl.d is not applied at boot, so the sysctl check fails. */
  | 'sysctl-not-applied'
  /** The system comes up but never runs the smoke unit: the guest never answers. */
  | 'silent'
  /** Each boot makes new SSH host keys (as if they were not kept on K8SDATA). */
  | 'new-ssh-keys'

/**
 * The stand-in's /sbin/init, which the image's own /init runs after restore-machine-id: what
 * systemd and the image's units do before k8s-smoke.service runs, in their order (the first
 * machine-id, systemd-modules-load, systemd-sysctl, udev's /dev/disk/by-id links of virtio
 * disks, k8s-node-fetch, k8s-data, sshd's ssh-host-keys), then what k8s-smoke.service does:
 * run the smoke script when QEMU passes its fw_cfg entry, then power off. apply-config
 * (k8s-node-config.service) needs hostnamectl and systemctl, which a stand-in has not: not run.
 */
function initScript(variant: StandInVariant): string {
  const sysctl =
    variant === 'sysctl-not-applied'
      ? '# (this stand-in skips systemd-sysctl)'
      : 'for f in /etc/sysctl.d/*.conf; do sysctl -q -p "$f"; done'
  const smoke =
    variant === 'silent'
      ? 'echo "stand-in: not running the smoke unit"; while :; do sleep 3600; done'
      : '[ -e /sys/firmware/qemu_fw_cfg/by_name/opt/buildroot-k8s/smoke/raw ] && /usr/libexec/k8s-node/smoke'
  const forget =
    variant === 'new-ssh-keys'
      ? 'rm -rf /var/lib/k8s-node/ssh'
      : '# (host keys kept where they are)'
  return `#!/bin/sh
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
mount -t tmpfs tmpfs /run
mount -t tmpfs tmpfs /tmp
exec 0</dev/console 1>/dev/console 2>&1
unit() {
	"$@" || echo "stand-in: $1 failed (exit $?)"
}
# systemd: a machine-id on first boot (restore-machine-id put the node's own in place before).
[ -s /etc/machine-id ] || tr -d '-' </proc/sys/kernel/random/uuid >/etc/machine-id
# Built in on this project's kernels (CONFIG_FW_CFG_SYSFS=y), a module on distribution ones.
modprobe qemu_fw_cfg 2>/dev/null
for module in $(sed 's/[#;].*//' /etc/modules-load.d/*.conf); do modprobe "$module"; done
${sysctl}
# udev (60-persistent-storage.rules): /dev/disk/by-id/virtio-<serial> for each virtio disk.
for disk in /sys/block/vd*; do
	[ -r "$disk/serial" ] && [ -n "$(cat "$disk/serial")" ] || continue
	mkdir -p /dev/disk/by-id
	ln -sf "../../\${disk##*/}" "/dev/disk/by-id/virtio-$(cat "$disk/serial")"
done
unit /usr/libexec/k8s-node/fetch-config
unit /usr/libexec/k8s-node/data-disk
${forget}
unit /usr/libexec/k8s-node/ssh-host-keys
${smoke}
poweroff -f
`
}

/** Copies a program of this machine and the shared libraries it loads into `root` at `at`. */
function copyProgram(root: string, from: string, at: string): void {
  fs.mkdirSync(path.dirname(path.join(root, at)), { recursive: true })
  fs.copyFileSync(from, path.join(root, at))
  fs.chmodSync(path.join(root, at), 0o755)
  const listed = execFileSync(LOADER, ['--list', from], { encoding: 'utf8' })
  for (const library of listed.matchAll(/(\/\S+)/g)) {
    const target = path.join(root, library[1])
    if (fs.existsSync(target)) continue
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(fs.realpathSync(library[1]), target)
  }
}

/** Modules of `names` and what they depend on, from modules.dep (paths relative to the tree). */
function moduleFiles(modules: string, names: string[]): string[] {
  const deps = new Map<string, string[]>()
  for (const line of fs.readFileSync(path.join(modules, 'modules.dep'), 'utf8').split('\n')) {
    const [file, rest] = line.split(':')
    if (file) deps.set(file, (rest ?? '').trim().split(/\s+/).filter(Boolean))
  }
  const wanted = new Set<string>()
  const add = (file: string) => {
    if (wanted.has(file)) return
    wanted.add(file)
    for (const dep of deps.get(file) ?? []) add(dep)
  }
  for (const name of names) {
    const file = [...deps.keys()].find(f => path.basename(f).replace(/\.ko(\.\w+)?$/, '') === name)
    if (file) add(file)
  }
  return [...wanted]
}

const sh = (script: string, cwd: string) =>
  execFileSync('sh', ['-c', script], { cwd, stdio: 'pipe' })

export function buildInitramfs(kernel: TestKernel, variant: StandInVariant, out: string): string {
  const root = fs.mkdtempSync(`${out}.root-`)
  try {
    for (const dir of ['bin', 'sbin', 'usr/bin', 'usr/sbin', 'dev', 'proc', 'sys', 'run', 'tmp']) {
      fs.mkdirSync(path.join(root, dir), { recursive: true })
    }
    // The image's own files: its first-boot and smoke scripts, the smoke's requirement list,
    // modules, sysctls.
    for (const file of [
      'usr/libexec/k8s-node',
      'usr/share/k8s-node/kernel-requirements.txt',
      'etc/modules-load.d',
      'etc/sysctl.d'
    ]) {
      fs.cpSync(path.join(OVERLAY, file), path.join(root, file), { recursive: true })
    }
    // Buildroot's skeleton has root in /etc/passwd (ssh-keygen wants its user to exist).
    fs.mkdirSync(path.join(root, 'etc'), { recursive: true })
    fs.writeFileSync(path.join(root, 'etc', 'passwd'), 'root:x:0:0:root:/root:/bin/sh\n')
    fs.writeFileSync(path.join(root, 'etc', 'group'), 'root:x:0:\n')
    // The programs Buildroot builds, where buildroot_defconfig builds them; then busybox's
    // applets for every other name.
    for (const program of imagePrograms()) {
      copyProgram(root, program.debian, program.at)
      for (const link of program.links ?? []) {
        fs.symlinkSync(path.basename(program.at), path.join(root, link))
      }
    }
    fs.copyFileSync(BUSYBOX, path.join(root, 'bin', 'busybox'))
    fs.chmodSync(path.join(root, 'bin', 'busybox'), 0o755)
    const taken = new Set(
      ['bin', 'sbin', 'usr/bin', 'usr/sbin'].flatMap(dir => fs.readdirSync(path.join(root, dir)))
    )
    const applets = execFileSync(BUSYBOX, ['--list'], { encoding: 'utf8' }).split('\n')
    for (const applet of applets.filter(name => name && !taken.has(name))) {
      fs.symlinkSync('busybox', path.join(root, 'bin', applet))
    }
    if (variant !== 'no-init') {
      // The ISO's /init: copies the root into a tmpfs, restores the machine-id, switch_root.
      fs.copyFileSync(path.join(BOARD, 'rootfs-overlay', 'init'), path.join(root, 'init'))
      fs.chmodSync(path.join(root, 'init'), 0o755)
      fs.writeFileSync(path.join(root, 'sbin', 'init'), initScript(variant), { mode: 0o755 })
    }
    const listed = fs
      .readdirSync(path.join(OVERLAY, 'etc', 'modules-load.d'))
      .flatMap(name =>
        fs
          .readFileSync(path.join(OVERLAY, 'etc', 'modules-load.d', name), 'utf8')
          .split('\n')
          .map(line => line.replace(/[#;].*/, '').trim())
          .filter(Boolean)
      )
      .filter(name => !(variant === 'no-overlay' && name === 'overlay'))
      .concat('qemu_fw_cfg')
    const target = path.join(root, 'lib', 'modules', kernel.release)
    fs.mkdirSync(target, { recursive: true })
    for (const name of ['modules.dep', 'modules.builtin', 'modules.order', 'modules.alias']) {
      const source = path.join(kernel.modules, name)
      if (fs.existsSync(source)) fs.copyFileSync(source, path.join(target, name))
    }
    for (const file of moduleFiles(kernel.modules, listed)) {
      fs.mkdirSync(path.dirname(path.join(target, file)), { recursive: true })
      fs.copyFileSync(path.join(kernel.modules, file), path.join(target, file))
    }
    sh(`find . | cpio -o -H newc --quiet | gzip -1 > "${out}"`, root)
    return out
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
}

/** Builtin GRUB modules of buildroot_defconfig (BR2_TARGET_GRUB2_BUILTIN_MODULES_PC/_EFI). */
function builtinModules(platform: 'PC' | 'EFI'): string[] {
  const defconfig = fs.readFileSync(
    path.join(REPO, 'configs', 'amd64', 'buildroot_defconfig'),
    'utf8'
  )
  const match = new RegExp(`^BR2_TARGET_GRUB2_BUILTIN_MODULES_${platform}="([^"]*)"$`, 'm').exec(
    defconfig
  )
  if (!match)
    throw new Error(`buildroot_defconfig sets no BR2_TARGET_GRUB2_BUILTIN_MODULES_${platform}`)
  return match[1].split(/\s+/).filter(Boolean)
}

/**
 * An ISO laid out as Buildroot's fs/iso9660 makes it with GRUB 2 for BIOS and UEFI (the same
 * grub-mkimage, mkfs.vfat, mcopy and xorriso calls), from `bzImage` and `initrd`.
 */
export function buildIso(bzImage: string, initrd: string, out: string): string {
  const work = fs.mkdtempSync(`${out}.work-`)
  try {
    const iso = path.join(work, 'iso')
    fs.mkdirSync(path.join(iso, 'boot', 'grub'), { recursive: true })
    fs.copyFileSync(bzImage, path.join(iso, 'boot', 'bzImage'))
    fs.copyFileSync(initrd, path.join(iso, 'boot', 'initrd'))
    const menu = fs
      .readFileSync(path.join(BOARD, 'grub.cfg'), 'utf8')
      // fs/iso9660's sed: every line's placeholder.
      .replace(/__KERNEL_PATH__/g, '/boot/bzImage')
      .replace(/__INITRD_PATH__/g, '/boot/initrd')
    fs.writeFileSync(path.join(iso, 'boot', 'grub', 'grub.cfg'), menu)
    // BIOS: core image with the builtin modules behind cdboot.img (grub-eltorito.img).
    execFileSync('grub-mkimage', [
      '-d',
      '/usr/lib/grub/i386-pc',
      '-O',
      'i386-pc',
      '-o',
      path.join(work, 'grub.img'),
      '-p',
      '(cd)/boot/grub',
      ...builtinModules('PC')
    ])
    fs.writeFileSync(
      path.join(iso, 'boot', 'grub', 'grub-eltorito.img'),
      Buffer.concat([
        fs.readFileSync('/usr/lib/grub/i386-pc/cdboot.img'),
        fs.readFileSync(path.join(work, 'grub.img'))
      ])
    )
    // UEFI: bootx64.efi with grub-efi.cfg built in, on a 1 MiB FAT image (boot/fat.efi).
    const efiBoot = path.join(work, 'efi-part', 'EFI', 'BOOT')
    fs.mkdirSync(efiBoot, { recursive: true })
    execFileSync('grub-mkimage', [
      '-d',
      '/usr/lib/grub/x86_64-efi',
      '-O',
      'x86_64-efi',
      '-o',
      path.join(efiBoot, 'bootx64.efi'),
      '-p',
      '/EFI/BOOT',
      '-c',
      path.join(BOARD, 'grub-efi.cfg'),
      ...builtinModules('EFI')
    ])
    const fat = path.join(iso, 'boot', 'fat.efi')
    fs.writeFileSync(fat, Buffer.alloc(1024 * 1024))
    execFileSync('mkfs.vfat', [fat], { stdio: 'pipe' })
    execFileSync('mcopy', ['-p', '-m', '-i', fat, '-s', path.join(work, 'efi-part', 'EFI'), '::/'])
    execFileSync(
      'xorriso',
      [
        '-as',
        'mkisofs',
        '-J',
        '-R',
        '-b',
        'boot/grub/grub-eltorito.img',
        '-no-emul-boot',
        '-boot-load-size',
        '4',
        '-boot-info-table',
        '-eltorito-alt-boot',
        '--efi-boot',
        'boot/fat.efi',
        '-no-emul-boot',
        '-o',
        out,
        iso
      ],
      { stdio: 'pipe' }
    )
    return out
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

/** A stand-in artifact folder: the ISO, bzImage and a manifest listing only the kernel. */
export function standInImages(kernel: TestKernel, variant: StandInVariant, dir: string): string {
  fs.mkdirSync(dir, { recursive: true })
  const initrd = buildInitramfs(kernel, variant, path.join(dir, 'initrd.gz'))
  buildIso(kernel.bzImage, initrd, path.join(dir, 'buildroot-k8s-amd64.iso'))
  fs.rmSync(initrd)
  fs.copyFileSync(kernel.bzImage, path.join(dir, 'bzImage'))
  // No systemd, containerd, runc, docker or Kubernetes in this image: those checks may skip.
  fs.writeFileSync(
    path.join(dir, 'manifest.json'),
    `${JSON.stringify({ target: 'amd64', versions: { linux: kernel.release } }, null, 2)}\n`
  )
  return dir
}
