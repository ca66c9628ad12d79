// Where a file sits inside a disk image: the partitions of its MBR or GPT partition table, and
// the one whose content is the file, byte for byte (genimage copies rootfs.ext4 into the SD
// card image's root partition).
import fs from 'node:fs'

const SECTOR = 512

export interface ByteRange {
  start: number
  end: number
}

export interface Partition extends ByteRange {
  /** The number Linux gives it (vda2 is 2): the MBR slot 1-4, or the GPT entry's index + 1. */
  number: number
  /** MBR: the type byte (0x83 Linux, 0x0c FAT32 LBA); GPT: undefined. */
  mbrType?: number
}

export interface PartitionTable {
  scheme: 'mbr' | 'gpt'
  partitions: Partition[]
}

/** The partition table of a disk image: an MBR (primary entries) or a GPT; undefined if none. */
export function partitionTable(image: string): PartitionTable | undefined {
  const fd = fs.openSync(image, 'r')
  try {
    const read = (offset: number, length: number): Buffer => {
      const buffer = Buffer.alloc(length)
      fs.readSync(fd, buffer, 0, length, offset)
      return buffer
    }
    const mbr = read(0, SECTOR)
    if (mbr.readUInt16LE(510) !== 0xaa55) return undefined
    const entries = [0, 1, 2, 3].map(i => mbr.subarray(446 + 16 * i, 462 + 16 * i))
    if (entries.some(entry => entry[4] === 0xee)) {
      const header = read(SECTOR, 92)
      if (header.toString('latin1', 0, 8) !== 'EFI PART') return undefined
      const at = Number(header.readBigUInt64LE(72)) * SECTOR
      const count = Math.min(header.readUInt32LE(80), 1024)
      const size = header.readUInt32LE(84)
      if (size < 128 || size > 4096) return undefined
      const table = read(at, count * size)
      const partitions: Partition[] = []
      for (let i = 0; i < count; i += 1) {
        const entry = table.subarray(i * size, (i + 1) * size)
        if (entry.subarray(0, 16).every(byte => byte === 0)) continue
        const first = Number(entry.readBigUInt64LE(32))
        const last = Number(entry.readBigUInt64LE(40))
        partitions.push({ number: i + 1, start: first * SECTOR, end: (last + 1) * SECTOR })
      }
      return { scheme: 'gpt', partitions }
    }
    const partitions = entries.flatMap((entry, i) => {
      if (entry[4] === 0 || entry.readUInt32LE(12) === 0) return []
      const start = entry.readUInt32LE(8) * SECTOR
      return [
        { number: i + 1, start, end: start + entry.readUInt32LE(12) * SECTOR, mbrType: entry[4] }
      ]
    })
    return { scheme: 'mbr', partitions }
  } finally {
    fs.closeSync(fd)
  }
}

/** The partitions of a disk image with an MBR (primary entries) or a GPT. */
export function partitionRanges(image: string): ByteRange[] {
  return (partitionTable(image)?.partitions ?? []).map(({ start, end }) => ({ start, end }))
}

/** Whether `image` holds the bytes of `file` from `offset` on. */
function holdsAt(image: string, offset: number, file: string): boolean {
  const size = fs.statSync(file).size
  const a = fs.openSync(image, 'r')
  const b = fs.openSync(file, 'r')
  try {
    const chunk = 4 * 1024 * 1024
    const left = Buffer.allocUnsafe(chunk)
    const right = Buffer.allocUnsafe(chunk)
    for (let done = 0; done < size; done += chunk) {
      const length = Math.min(chunk, size - done)
      if (fs.readSync(a, left, 0, length, offset + done) !== length) return false
      if (fs.readSync(b, right, 0, length, done) !== length) return false
      if (!left.subarray(0, length).equals(right.subarray(0, length))) return false
    }
    return true
  } finally {
    fs.closeSync(a)
    fs.closeSync(b)
  }
}

/** The bytes of `image` that are `file`: the start of a partition that holds it. */
export function partitionHolding(image: string, file: string): ByteRange | undefined {
  const size = fs.statSync(file).size
  for (const partition of partitionRanges(image)) {
    if (partition.end - partition.start < size) continue
    if (holdsAt(image, partition.start, file)) {
      return { start: partition.start, end: partition.start + size }
    }
  }
  return undefined
}
