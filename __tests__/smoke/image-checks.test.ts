// The image files are checked before QEMU starts, against images made here with the real tools
// (xorriso, mkfs.vfat and mtools, sfdisk, mkfs.ext4) the way Buildroot makes them, and broken
// ones: each refusal says what is wrong with the file.
import { execFileSync, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import {
  checkArm64Disk,
  checkArm64Kernel,
  checkIso,
  checkXz
} from '../../src/smoke/image-checks.js'
import { buildIso, standInTools } from '../helpers/stand-in-image.js'
import { describeIf, itIf } from '../helpers/witness.js'

const tools = ['xorriso', 'mkfs.vfat', 'mcopy', 'mmd', 'sfdisk', 'mkfs.ext4'].filter(
  tool => spawnSync('sh', ['-c', `command -v ${tool} || test -x /usr/sbin/${tool}`]).status !== 0
)
const withTools = describeIf(
  tools.length ? `the image check tests need ${tools.join(', ')}` : undefined
)

let dir: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'image-checks-'))
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const file = (name: string, content: string | Buffer = ''): string => {
  const at = path.join(dir, name)
  fs.mkdirSync(path.dirname(at), { recursive: true })
  fs.writeFileSync(at, content)
  return at
}
const run = (command: string, args: string[]) =>
  execFileSync(command, args, {
    stdio: 'pipe',
    env: { ...process.env, PATH: `${process.env.PATH}:/usr/sbin:/sbin`, MTOOLS_SKIP_CHECK: '1' }
  })

/** A FAT image holding `files` (path -> content), of `kib` KiB, FAT12 or FAT16. */
function fatImage(name: string, files: Record<string, Buffer>, kib = 1024, bits = 12): string {
  const image = path.join(dir, name)
  fs.rmSync(image, { force: true })
  run('mkfs.vfat', ['-C', '-F', String(bits), image, String(kib)])
  for (const [at, content] of Object.entries(files)) {
    const parts = at.split('/')
    for (let i = 1; i < parts.length; i += 1) {
      spawnSync('mmd', ['-D', 's', '-i', image, `::/${parts.slice(0, i).join('/')}`], {
        env: { ...process.env, MTOOLS_SKIP_CHECK: '1' }
      })
    }
    const source = file(`content-${crypto.randomUUID()}`, content)
    run('mcopy', ['-i', image, source, `::/${at}`])
  }
  return image
}

/** An ISO as xorriso makes it: `bios` adds a boot image, `efi` an EFI FAT image. */
function iso(name: string, options: { bios?: boolean; efi?: string } = {}): string {
  const tree = path.join(dir, `${name}.tree`)
  fs.mkdirSync(path.join(tree, 'boot'), { recursive: true })
  fs.writeFileSync(path.join(tree, 'README'), 'data\n')
  const args = ['-as', 'mkisofs', '-quiet', '-R', '-J']
  if (options.bios) {
    fs.writeFileSync(path.join(tree, 'boot', 'eltorito.img'), Buffer.alloc(2048, 0x90))
    args.push('-b', 'boot/eltorito.img', '-no-emul-boot', '-boot-load-size', '4')
  }
  if (options.efi) {
    fs.copyFileSync(options.efi, path.join(tree, 'boot', 'fat.efi'))
    args.push('-eltorito-alt-boot', '--efi-boot', 'boot/fat.efi', '-no-emul-boot')
  }
  const out = path.join(dir, name)
  run('xorriso', [...args, '-o', out, tree])
  return out
}

const PE = Buffer.concat([Buffer.from('MZ'), crypto.randomBytes(4000)])

withTools('the ISO', () => {
  it('refuses a 0-byte file and a text file named .iso, without quoting it', () => {
    const empty = file('empty.iso')
    expect(() => checkIso(empty, { uefi: false })).toThrow(
      `${empty} is not an ISO image: it is empty (0 bytes), and an ISO 9660 volume starts at 32 KiB`
    )
    const text = file('notes.iso', 'token: s3cr3t\n'.repeat(5000))
    let message = ''
    try {
      checkIso(text, { uefi: false })
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toBe(
      `${text} is not an ISO image: it holds text (70000 bytes), with no ISO 9660 volume descriptor at 32 KiB: rebuild it, or give the ISO that Buildroot wrote (output/images/rootfs.iso9660, collected as buildroot-k8s-amd64.iso)`
    )
    expect(message).not.toContain('s3cr3t')
  })

  it('refuses an ISO 9660 volume without a boot record', () => {
    const data = iso('data.iso')
    expect(() => checkIso(data, { uefi: false })).toThrow(
      `${data} is an ISO 9660 image without an El Torito boot record, so no firmware can boot it from a CD`
    )
  })

  it('accepts a BIOS-only ISO for a BIOS boot, refuses it for UEFI', () => {
    const bios = iso('bios.iso', { bios: true })
    expect(() => checkIso(bios, { uefi: false })).not.toThrow()
    expect(() => checkIso(bios, { uefi: true })).toThrow(
      'bios.iso has no EFI boot image (no El Torito entry for the EFI platform), so it boots by BIOS only and UEFI firmware (OVMF) cannot boot it'
    )
  })

  it('looks into the EFI image for EFI/BOOT/BOOTX64.EFI, FAT12 and FAT16', () => {
    const good12 = iso('efi12.iso', {
      bios: true,
      efi: fatImage('good12.fat', { 'EFI/BOOT/BOOTX64.EFI': PE })
    })
    expect(() => checkIso(good12, { uefi: true })).not.toThrow()
    const good16 = iso('efi16.iso', {
      bios: true,
      efi: fatImage('good16.fat', { 'EFI/BOOT/bootx64.efi': PE }, 20 * 1024, 16)
    })
    expect(() => checkIso(good16, { uefi: true })).not.toThrow()
    const empty = iso('efi-empty.iso', {
      bios: true,
      efi: fatImage('empty.fat', { 'EFI/README.TXT': Buffer.from('x') })
    })
    expect(() => checkIso(empty, { uefi: true })).toThrow(
      'efi-empty.iso: its EFI boot image cannot boot on UEFI: it has no EFI/BOOT (OVMF loads EFI/BOOT/BOOTX64.EFI from it)'
    )
    const notPe = iso('efi-text.iso', {
      bios: true,
      efi: fatImage('text.fat', { 'EFI/BOOT/BOOTX64.EFI': Buffer.from('echo hi\n') })
    })
    expect(() => checkIso(notPe, { uefi: true })).toThrow(
      'its EFI/BOOT/BOOTX64.EFI is not an EFI program'
    )
    const notFat = iso('efi-random.iso', {
      bios: true,
      efi: file('random.fat', crypto.randomBytes(8192))
    })
    expect(() => checkIso(notFat, { uefi: true })).toThrow('it is not a FAT file system')
  })

  itIf(standInTools())('accepts the ISO in Buildroot’s layout (GRUB for BIOS and UEFI)', () => {
    const kernel = file('bzImage', crypto.randomBytes(100_000))
    const out = buildIso(kernel, kernel, path.join(dir, 'buildroot.iso'))
    expect(() => checkIso(out, { uefi: true })).not.toThrow()
  })
})

withTools('the arm64 files', () => {
  it('wants the arm64 Image header', () => {
    const header = Buffer.alloc(4096)
    header.write('ARM\x64', 56, 'latin1')
    expect(() => checkArm64Kernel(file('Image', header))).not.toThrow()
    const random = file('random/Image', crypto.randomBytes(65536))
    expect(() => checkArm64Kernel(random)).toThrow(
      `${random} is not an arm64 kernel Image: 65536 bytes, without the arm64 Image header (magic "ARM\\x64" at byte 56)`
    )
    expect(() => checkArm64Kernel(file('empty/Image'))).toThrow('it is empty (0 bytes)')
  })

  /** A disk image with an MBR: `partitions` as sfdisk lines, then an ext4 file system in partition 2. */
  function sdcard(name: string, layout: string, ext4 = true): string {
    const image = path.join(dir, name)
    fs.writeFileSync(image, '')
    fs.truncateSync(image, 24 * 1024 * 1024)
    execFileSync('sfdisk', ['--quiet', image], { input: layout, stdio: ['pipe', 'pipe', 'pipe'] })
    if (ext4) {
      const fsImage = path.join(dir, `${name}.ext4`)
      fs.rmSync(fsImage, { force: true })
      run('mkfs.ext4', ['-q', fsImage, '8M'])
      const fd = fs.openSync(image, 'r+')
      fs.writeSync(fd, fs.readFileSync(fsImage), 0, 8 * 1024 * 1024, 10 * 1024 * 1024)
      fs.closeSync(fd)
    }
    return image
  }
  const LAYOUT = 'start=2048, size=8192, type=c\nstart=20480, size=16384, type=83\n'

  it('wants the root file system in partition 2 of the SD card image, inside the file', () => {
    expect(() => checkArm64Disk(sdcard('good.img', LAYOUT), 'good.img', true)).not.toThrow()
    expect(() =>
      checkArm64Disk(file('noise.img', crypto.randomBytes(1 << 20)), 'x.img.xz', true)
    ).toThrow(
      'x.img.xz is not a disk image: unpacked, 1048576 bytes, with no MBR or GPT partition table'
    )
    expect(() =>
      checkArm64Disk(sdcard('one.img', 'start=2048, size=8192, type=c\n', false), 'one.img', true)
    ).toThrow('one.img has no partition 2 (its MBR lists 1)')
    expect(() => checkArm64Disk(sdcard('blank.img', LAYOUT, false), 'blank.img', true)).toThrow(
      'blank.img: partition 2 holds no ext2/3/4 file system'
    )
    const short = sdcard('short.img', LAYOUT)
    fs.truncateSync(short, 12 * 1024 * 1024)
    expect(() => checkArm64Disk(short, 'short.img', true)).toThrow(
      `short.img is cut short: its partition 2 ends at byte ${(20480 + 16384) * 512}, the file has ${12 * 1024 * 1024}`
    )
    const gpt = sdcard('gpt.img', 'label: gpt\nstart=2048, size=8192\nstart=20480, size=16384\n')
    expect(() => checkArm64Disk(gpt, 'gpt.img', true)).not.toThrow()
  })

  it('wants an ext2/3/4 file system for a bare root file system, and xz for a .xz name', () => {
    const rootfs = path.join(dir, 'rootfs.ext4')
    run('mkfs.ext4', ['-q', rootfs, '8M'])
    expect(() => checkArm64Disk(rootfs, 'rootfs.ext4', false)).not.toThrow()
    expect(() =>
      checkArm64Disk(file('rootfs.bad', crypto.randomBytes(9000)), 'rootfs.ext4', false)
    ).toThrow('rootfs.ext4 is not an ext2/3/4 file system (unpacked, 9000 bytes)')
    const fake = file('sdcard.img.xz', crypto.randomBytes(100))
    expect(() => checkXz(fake)).toThrow(
      `${fake} is not xz-compressed (100 bytes), although its name ends in .xz`
    )
    run('xz', ['-k', '-f', rootfs])
    expect(() => checkXz(`${rootfs}.xz`)).not.toThrow()
  })
})
