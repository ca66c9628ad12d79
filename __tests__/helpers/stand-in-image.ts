// Stand-in amd64 images for the smoke tests, built at test time from real parts: the kernel
// of configs/amd64/kernel_defconfig (scripts/build-test-kernel.sh; .ci/run passes its folder in
// SMOKE_KERNEL_DIR), an initramfs of Debian's busybox-static that runs the image's own smoke
// script with the image's own /etc/modules-load.d and /etc/sysctl.d, and an ISO in Buildroot's
// layout (fs/iso9660 with GRUB 2, BIOS and UEFI): GRUB images made with only the modules that
// buildroot_defconfig builds in, and the image's own grub.cfg and grub-efi.cfg.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const OVERLAY = path.join(REPO, 'configs', 'external', 'board', 'common', 'rootfs-overlay')
const BOARD = path.join(REPO, 'configs', 'external', 'board', 'amd64')
const BUSYBOX = '/bin/busybox'

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

/**
 * The stand-in's PID 1: what systemd and the image's units do before k8s-smoke.service runs
 * (mounts, systemd-modules-load, systemd-sysctl), then what k8s-smoke.service does: run the
 * smoke script when QEMU passes its fw_cfg entry, then power off.
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
  return `#!/bin/sh
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mount -t tmpfs tmpfs /run
mount -t tmpfs tmpfs /tmp
exec 0</dev/console 1>/dev/console 2>&1
# Built in on this project's kernels (CONFIG_FW_CFG_SYSFS=y), a module on distribution ones.
modprobe qemu_fw_cfg 2>/dev/null
for module in $(sed 's/[#;].*//' /etc/modules-load.d/*.conf); do modprobe "$module"; done
${sysctl}
${smoke}
poweroff -f
`
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
    for (const dir of ['bin', 'dev', 'proc', 'sys', 'run', 'tmp', 'etc', 'usr/libexec/k8s-node']) {
      fs.mkdirSync(path.join(root, dir), { recursive: true })
    }
    fs.copyFileSync(BUSYBOX, path.join(root, 'bin', 'busybox'))
    fs.chmodSync(path.join(root, 'bin', 'busybox'), 0o755)
    fs.symlinkSync('busybox', path.join(root, 'bin', 'sh'))
    // The image's own files: the smoke script and its requirement list, modules, sysctls.
    for (const file of [
      'usr/libexec/k8s-node/smoke',
      'usr/share/k8s-node/kernel-requirements.txt',
      'etc/modules-load.d',
      'etc/sysctl.d'
    ]) {
      fs.cpSync(path.join(OVERLAY, file), path.join(root, file), { recursive: true })
    }
    if (variant !== 'no-init') {
      fs.writeFileSync(path.join(root, 'init'), initScript(variant), { mode: 0o755 })
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
