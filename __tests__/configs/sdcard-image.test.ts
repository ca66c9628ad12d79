// The arm64 post-image script and genimage.cfg, run for real (Debian's genimage) on stand-ins
// for what Buildroot puts in BINARIES_DIR. The stand-ins are derived from buildroot_defconfig
// (the DTBs it builds, the firmware files its rpi-firmware options install), so a board added
// to or dropped from one file and not the other fails here instead of in genimage, hours into
// a build.
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { partitionHolding, partitionRanges } from '../../src/util/partitions.js'
import { configsDir, externalDir, readKconfig } from './helpers.js'
import { describeIf } from '../helpers/witness.js'

const tools = ['genimage', 'mkdosfs', 'mcopy', 'mkfs.ext4', 'sfdisk']
const sbinPath = `/usr/sbin:/sbin:${process.env.PATH ?? ''}`
const missing = tools.filter(
  tool => spawnSync('sh', ['-c', `command -v ${tool}`], { env: { PATH: sbinPath } }).status !== 0
)
const describeWithGenimage = describeIf(
  missing.length
    ? `the SD card image test needs ${missing.join(', ')} (apt-get install genimage dosfstools mtools e2fsprogs fdisk)`
    : undefined
)

const defconfig = new Map(
  readKconfig(path.join(configsDir, 'arm64', 'buildroot_defconfig')).map(l => [l.symbol, l.value])
)
const unquote = (value = ''): string => value.replace(/^"(.*)"$/, '$1')
/** Device trees Buildroot copies to BINARIES_DIR: the in-tree names, without their folder. */
const dtbs = unquote(defconfig.get('BR2_LINUX_KERNEL_INTREE_DTS_NAME'))
  .split(/\s+/)
  .filter(Boolean)
  .map(name => `${path.basename(name)}.dtb`)
/** What Buildroot's rpi-firmware.mk installs in rpi-firmware/ for the chosen options. */
const firmware = [
  ...(defconfig.get('BR2_PACKAGE_RPI_FIRMWARE_BOOTCODE_BIN') === 'y' ? ['bootcode.bin'] : []),
  ...(defconfig.get('BR2_PACKAGE_RPI_FIRMWARE_VARIANT_PI') === 'y'
    ? ['start.elf', 'fixup.dat']
    : []),
  ...(defconfig.get('BR2_PACKAGE_RPI_FIRMWARE_VARIANT_PI4') === 'y'
    ? ['start4.elf', 'fixup4.dat']
    : [])
]

describeWithGenimage('arm64 sdcard.img (post-image.sh + genimage.cfg)', () => {
  let work: string
  let images: string
  let result: SpawnSyncReturns<string>
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'sdcard-'))
    images = path.join(work, 'images')
    const rpi = path.join(images, 'rpi-firmware')
    fs.mkdirSync(path.join(rpi, 'overlays'), { recursive: true })
    fs.mkdirSync(path.join(work, 'build'))
    for (const file of firmware) fs.writeFileSync(path.join(rpi, file), `${file}\n`)
    fs.copyFileSync(path.join(externalDir, 'board', 'arm64', 'config.txt'), path.join(rpi, 'config.txt'))
    fs.copyFileSync(path.join(externalDir, 'board', 'arm64', 'cmdline.txt'), path.join(rpi, 'cmdline.txt'))
    fs.writeFileSync(path.join(rpi, 'overlays', 'miniuart-bt.dtbo'), 'overlay\n')
    for (const dtb of dtbs) fs.writeFileSync(path.join(images, dtb), `${dtb}\n`)
    fs.writeFileSync(path.join(images, 'Image'), Buffer.alloc(1024 * 1024, 1))
    const rootfs = path.join(images, 'rootfs.ext4')
    fs.writeFileSync(rootfs, '')
    fs.truncateSync(rootfs, 32 * 1024 * 1024)
    execFileSync('mkfs.ext4', ['-q', '-F', rootfs], { env: { PATH: sbinPath } })
    result = spawnSync('sh', [path.join(externalDir, 'board', 'arm64', 'post-image.sh')], {
      cwd: work,
      encoding: 'utf8',
      env: {
        ...process.env,
        PATH: sbinPath,
        BINARIES_DIR: images,
        BUILD_DIR: path.join(work, 'build')
      }
    })
  })
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

  it('builds sdcard.img', () => {
    expect(dtbs.length).toBeGreaterThanOrEqual(3)
    expect(firmware).toEqual(expect.arrayContaining(['start.elf', 'start4.elf']))
    expect(result.stderr + result.stdout).not.toMatch(/ERROR/)
    expect(result.status).toBe(0)
  })

  it('has a bootable FAT boot partition, then a Linux partition holding rootfs.ext4', () => {
    const table = JSON.parse(
      execFileSync('sfdisk', ['--json', path.join(images, 'sdcard.img')], {
        encoding: 'utf8',
        env: { PATH: sbinPath }
      })
    ) as { partitiontable: { partitions: { start: number; size: number; type: string; bootable?: boolean }[] } }
    const [boot, root] = table.partitiontable.partitions
    expect(table.partitiontable.partitions).toHaveLength(2)
    expect(boot).toMatchObject({ type: 'c', bootable: true, size: (128 * 1024 * 1024) / 512 })
    expect(root.type).toBe('83')
    expect(root.size * 512).toBe(fs.statSync(path.join(images, 'rootfs.ext4')).size)
  })

  it('holds rootfs.ext4 byte for byte in its root partition, so rootfs.ext4.xz can be cut from it', () => {
    const sdcard = path.join(images, 'sdcard.img')
    const [, root] = partitionRanges(sdcard)
    expect(partitionHolding(sdcard, path.join(images, 'rootfs.ext4'))).toEqual(root)
  })

  it('puts the firmware, config.txt, cmdline.txt, the kernel and every board DTB on the boot partition', () => {
    const listing = execFileSync('mdir', ['-b', '-i', path.join(images, 'boot.vfat'), '::/'], {
      encoding: 'utf8',
      env: { ...process.env, MTOOLS_SKIP_CHECK: '1' }
    })
    const names = listing
      .split('\n')
      .map(line => line.trim().replace(/^::\//, '').replace(/\/$/, ''))
      .filter(Boolean)
    expect(names).toEqual(
      expect.arrayContaining([...firmware, 'config.txt', 'cmdline.txt', 'Image', 'overlays', ...dtbs])
    )
  })

  it('labels the boot partition K8SNODE: the node reads its k8s-node/ folder from there', () => {
    const label = execFileSync('blkid', ['-o', 'value', '-s', 'LABEL', path.join(images, 'boot.vfat')], {
      encoding: 'utf8'
    })
    expect(label.trim()).toBe('K8SNODE')
  })
})
