// Checks of the image files before QEMU starts, so that a file that cannot boot fails the smoke
// test in a second, saying what is wrong with it, instead of after the boot limit:
// - the ISO: an ISO 9660 volume with an El Torito boot record whose catalog has a BIOS entry
//   and, for a UEFI boot, an entry for the EFI platform (0xEF) whose FAT image holds
//   EFI/BOOT/BOOTX64.EFI, the removable-media boot path UEFI firmware loads on x86-64;
// - the arm64 kernel: the header of an arm64 `Image` (the kernel's
//   Documentation/arch/arm64/booting.rst: magic 0x644d5241, "ARM\x64", at offset 56);
// - the SD card image: an MBR or GPT with the root file system (ext2/3/4) in partition 2,
//   inside the file; a bare root file system image: an ext2/3/4 superblock.
// The messages never quote the file's bytes: it may be anything the user pointed at.
import fs from 'node:fs'
import path from 'node:path'
import { partitionTable } from '../util/partitions.js'
import { SmokeSetupError } from './images.js'

const CD_SECTOR = 2048
/** ISO 9660 volume descriptors start at sector 16. */
const DESCRIPTORS_AT = 16 * CD_SECTOR

function readAt(fd: number, offset: number, length: number): Buffer {
  const buffer = Buffer.alloc(length)
  const got = fs.readSync(fd, buffer, 0, length, offset)
  return buffer.subarray(0, got)
}

function withFile<T>(file: string, use: (fd: number, size: number) => T): T {
  let fd: number
  try {
    fd = fs.openSync(file, 'r')
  } catch (error) {
    throw new SmokeSetupError(`${file} cannot be read: ${(error as Error).message}`)
  }
  try {
    return use(fd, fs.fstatSync(fd).size)
  } finally {
    fs.closeSync(fd)
  }
}

/** What a file that is not the expected format looks like, without quoting it. */
function looksLike(fd: number, size: number): string {
  if (size === 0) return 'it is empty (0 bytes)'
  const head = readAt(fd, 0, Math.min(size, 4096))
  // eslint-disable-next-line no-control-regex
  if (/^[\x09\x0a\x0d\x20-\x7e\x80-\xff]*$/.test(head.toString('latin1'))) {
    return `it holds text (${size} bytes)`
  }
  return `${size} bytes`
}

const FIX_ISO =
  'rebuild it, or give the ISO that Buildroot wrote (output/images/rootfs.iso9660, collected as buildroot-k8s-amd64.iso)'

interface BootEntry {
  platform: 'BIOS' | 'EFI' | string
  /** Where the entry's image starts in the ISO (bytes). */
  offset: number
}

/** The bootable entries of an El Torito boot catalog (the initial entry and each section's). */
function bootEntries(fd: number, file: string, catalog: number): BootEntry[] {
  const bytes = readAt(fd, catalog, CD_SECTOR)
  const validation = bytes.subarray(0, 32)
  let sum = 0
  for (let i = 0; i < 32; i += 2) sum = (sum + validation.readUInt16LE(i)) & 0xffff
  if (
    bytes.length < 64 ||
    validation[0] !== 1 ||
    validation[30] !== 0x55 ||
    validation[31] !== 0xaa ||
    sum !== 0
  ) {
    throw new SmokeSetupError(
      `${file}: its El Torito boot catalog (sector ${catalog / CD_SECTOR}) is damaged (no valid validation entry): ${FIX_ISO}`
    )
  }
  const platformName = (id: number) =>
    id === 0 ? 'BIOS' : id === 0xef ? 'EFI' : `platform 0x${id.toString(16)}`
  const entries: BootEntry[] = []
  const take = (entry: Buffer, platform: number) => {
    if (entry[0] === 0x88)
      entries.push({ platform: platformName(platform), offset: entry.readUInt32LE(8) * CD_SECTOR })
  }
  take(bytes.subarray(32, 64), validation[1])
  // Section headers (0x90, the last one 0x91), each followed by its entries; extension
  // entries (0x44) belong to the entry before them.
  let at = 64
  while (at + 32 <= bytes.length && (bytes[at] === 0x90 || bytes[at] === 0x91)) {
    const platform = bytes[at + 1]
    const count = bytes.readUInt16LE(at + 2)
    const last = bytes[at] === 0x91
    at += 32
    for (let i = 0; i < count && at + 32 <= bytes.length; at += 32) {
      if (bytes[at] === 0x44) continue
      take(bytes.subarray(at, at + 32), platform)
      i += 1
    }
    if (last) break
  }
  return entries
}

/** A file in a FAT12/16/32 image at `base`, by its 8.3 path; its first bytes, or a reason. */
function fatFile(fd: number, base: number, names: string[]): Buffer | string {
  const boot = readAt(fd, base, 512)
  if (boot.length < 512 || boot.readUInt16LE(510) !== 0xaa55)
    return 'it is not a FAT file system (no boot sector)'
  const bytesPerSector = boot.readUInt16LE(11)
  const sectorsPerCluster = boot[13]
  const reserved = boot.readUInt16LE(14)
  const fats = boot[16]
  const rootEntries = boot.readUInt16LE(17)
  const totalSectors = boot.readUInt16LE(19) || boot.readUInt32LE(32)
  const fatSectors = boot.readUInt16LE(22) || boot.readUInt32LE(36)
  if (
    ![512, 1024, 2048, 4096].includes(bytesPerSector) ||
    !sectorsPerCluster ||
    !fats ||
    !fatSectors
  ) {
    return 'it is not a FAT file system (no valid BIOS parameter block)'
  }
  const rootSectors = Math.ceil((rootEntries * 32) / bytesPerSector)
  const dataStart = reserved + fats * fatSectors + rootSectors
  const clusters = Math.floor((totalSectors - dataStart) / sectorsPerCluster)
  const bits = clusters < 4085 ? 12 : clusters < 65525 ? 16 : 32
  const clusterBytes = sectorsPerCluster * bytesPerSector
  const fatAt = base + reserved * bytesPerSector
  const next = (cluster: number): number => {
    if (bits === 12) {
      const value = readAt(fd, fatAt + Math.floor(cluster * 1.5), 2).readUInt16LE(0)
      return cluster % 2 ? value >> 4 : value & 0xfff
    }
    if (bits === 16) return readAt(fd, fatAt + cluster * 2, 2).readUInt16LE(0)
    return readAt(fd, fatAt + cluster * 4, 4).readUInt32LE(0) & 0x0fffffff
  }
  const end = bits === 12 ? 0xff8 : bits === 16 ? 0xfff8 : 0x0ffffff8
  const clusterChain = (first: number): Buffer => {
    const parts: Buffer[] = []
    for (let cluster = first, n = 0; cluster >= 2 && cluster < end && n < 4096; n += 1) {
      parts.push(
        readAt(
          fd,
          base + (dataStart + (cluster - 2) * sectorsPerCluster) * bytesPerSector,
          clusterBytes
        )
      )
      cluster = next(cluster)
    }
    return Buffer.concat(parts)
  }
  let directory =
    bits === 32
      ? clusterChain(boot.readUInt32LE(44))
      : readAt(fd, base + (reserved + fats * fatSectors) * bytesPerSector, rootEntries * 32)
  for (const [index, name] of names.entries()) {
    const [stem, extension = ''] = name.toUpperCase().split('.')
    const wanted = stem.padEnd(8) + extension.padEnd(3)
    let found: Buffer | undefined
    for (let at = 0; at + 32 <= directory.length; at += 32) {
      const entry = directory.subarray(at, at + 32)
      if (entry[0] === 0) break
      if (entry[0] === 0xe5 || entry[11] === 0x0f) continue
      if (entry.toString('latin1', 0, 11) === wanted) {
        found = entry
        break
      }
    }
    const where = names.slice(0, index + 1).join('/')
    if (!found) return `it has no ${where}`
    const cluster = (bits === 32 ? found.readUInt16LE(20) << 16 : 0) | found.readUInt16LE(26)
    const isDirectory = (found[11] & 0x10) !== 0
    if (index < names.length - 1) {
      if (!isDirectory) return `its ${where} is not a folder`
      directory = clusterChain(cluster)
    } else {
      if (isDirectory) return `its ${where} is a folder`
      return clusterChain(cluster).subarray(0, Math.min(found.readUInt32LE(28), 64))
    }
  }
  return 'it has nothing'
}

/**
 * The ISO as BIOS and, with `uefi`, UEFI firmware boot it from a CD. Throws SmokeSetupError
 * naming what is missing.
 */
export function checkIso(file: string, options: { uefi: boolean }): void {
  const name = path.basename(file)
  withFile(file, (fd, size) => {
    if (size < DESCRIPTORS_AT + CD_SECTOR) {
      throw new SmokeSetupError(
        `${file} is not an ISO image: ${looksLike(fd, size)}, and an ISO 9660 volume starts at 32 KiB: ${FIX_ISO}`
      )
    }
    let catalog: number | undefined
    let primary = false
    for (let sector = 16; sector < 16 + 64; sector += 1) {
      const descriptor = readAt(fd, sector * CD_SECTOR, CD_SECTOR)
      if (descriptor.length < CD_SECTOR || descriptor.toString('latin1', 1, 6) !== 'CD001') break
      if (descriptor[0] === 1) primary = true
      if (
        descriptor[0] === 0 &&
        descriptor.toString('latin1', 7, 30) === 'EL TORITO SPECIFICATION'
      ) {
        catalog = descriptor.readUInt32LE(0x47) * CD_SECTOR
      }
      if (descriptor[0] === 255) break
    }
    if (!primary) {
      throw new SmokeSetupError(
        `${file} is not an ISO image: ${looksLike(fd, size)}, with no ISO 9660 volume descriptor at 32 KiB: ${FIX_ISO}`
      )
    }
    if (catalog === undefined) {
      throw new SmokeSetupError(
        `${file} is an ISO 9660 image without an El Torito boot record, so no firmware can boot it from a CD (it was made without xorriso's -b/--efi-boot): ${FIX_ISO}`
      )
    }
    const entries = bootEntries(fd, file, catalog)
    if (!entries.some(entry => entry.platform === 'BIOS')) {
      throw new SmokeSetupError(
        `${name} has no El Torito boot entry for BIOS (it has: ${entries.map(e => e.platform).join(', ') || 'none'}), so SeaBIOS cannot boot it: ${FIX_ISO}`
      )
    }
    if (!options.uefi) return
    const efi = entries.filter(entry => entry.platform === 'EFI')
    if (efi.length === 0) {
      throw new SmokeSetupError(
        `${name} has no EFI boot image (no El Torito entry for the EFI platform), so it boots by BIOS only and UEFI firmware (OVMF) cannot boot it: build it with GRUB for x86_64-efi (BR2_TARGET_GRUB2_X86_64_EFI=y), or ${FIX_ISO}`
      )
    }
    const reasons: string[] = []
    for (const entry of efi) {
      const loader = fatFile(fd, entry.offset, ['EFI', 'BOOT', 'BOOTX64.EFI'])
      if (typeof loader !== 'string' && loader.toString('latin1', 0, 2) === 'MZ') return
      reasons.push(
        typeof loader === 'string' ? loader : 'its EFI/BOOT/BOOTX64.EFI is not an EFI program'
      )
    }
    throw new SmokeSetupError(
      `${name}: its EFI boot image cannot boot on UEFI: ${reasons.join('; ')} (OVMF loads EFI/BOOT/BOOTX64.EFI from it): ${FIX_ISO}`
    )
  })
}

/** An arm64 kernel `Image`: its header's magic. */
export function checkArm64Kernel(file: string): void {
  withFile(file, (fd, size) => {
    const header = readAt(fd, 0, 64)
    if (header.length < 64 || header.toString('latin1', 56, 60) !== 'ARM\x64') {
      throw new SmokeSetupError(
        `${file} is not an arm64 kernel Image: ${looksLike(fd, size)}, without the arm64 Image header (magic "ARM\\x64" at byte 56): give the Image that Buildroot wrote (output/images/Image), not a compressed or 32-bit kernel`
      )
    }
  })
}

/** Whether an ext2/3/4 superblock starts `offset` bytes into the file. */
function extAt(fd: number, offset: number): boolean {
  const magic = readAt(fd, offset + 1024 + 56, 2)
  return magic.length === 2 && magic.readUInt16LE(0) === 0xef53
}

/**
 * The disk the arm64 boot uses as /dev/vda: a whole SD card image (root=/dev/vda2) or a bare
 * root file system. `file` is the raw (decompressed) copy; `shownAs` the file the user gave.
 */
export function checkArm64Disk(file: string, shownAs: string, sdCard: boolean): void {
  withFile(file, (fd, size) => {
    const looks = (file === shownAs ? '' : 'unpacked, ') + looksLike(fd, size)
    if (!sdCard) {
      if (!extAt(fd, 0)) {
        throw new SmokeSetupError(
          `${shownAs} is not an ext2/3/4 file system (${looks}): the arm64 boot mounts it as its root`
        )
      }
      return
    }
    const table = partitionTable(file)
    if (!table) {
      throw new SmokeSetupError(
        `${shownAs} is not a disk image: ${looks}, with no MBR or GPT partition table; the SD card image has the boot partition first and the root file system second (board/arm64/genimage.cfg)`
      )
    }
    const root = table.partitions.find(partition => partition.number === 2)
    if (!root) {
      throw new SmokeSetupError(
        `${shownAs} has no partition 2 (its ${table.scheme.toUpperCase()} lists ${table.partitions.map(p => p.number).join(', ') || 'none'}): the root file system is the second partition (root=/dev/vda2)`
      )
    }
    if (root.end > size) {
      throw new SmokeSetupError(
        `${shownAs} is cut short: its partition 2 ends at byte ${root.end}, the file has ${size}: download it again`
      )
    }
    if (!extAt(fd, root.start)) {
      throw new SmokeSetupError(
        `${shownAs}: partition 2 holds no ext2/3/4 file system, and the kernel mounts it as its root (root=/dev/vda2 rootfstype=ext4)`
      )
    }
  })
}

/** The xz stream magic, for a compressed image before it is unpacked. */
export function checkXz(file: string): void {
  withFile(file, (fd, size) => {
    if (readAt(fd, 0, 6).toString('latin1') !== '\xfd7zXZ\x00') {
      throw new SmokeSetupError(
        `${file} is not xz-compressed (${looksLike(fd, size)}), although its name ends in .xz`
      )
    }
  })
}
