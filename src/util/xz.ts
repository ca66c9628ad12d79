// xz for the artifact: multithreaded compression with block boundaries where we ask for them,
// and a new .xz file made of some of another one's blocks. An .xz stream is a header, blocks
// that each decompress on their own, an index of their sizes and a footer (the .xz file format,
// https://tukaani.org/xz/xz-file-format.txt); the SD card image is compressed with a block
// boundary at each end of its root partition, so the root filesystem's own .xz is those blocks
// under a new index: the same bytes, compressed once.
import fs from 'node:fs'
import zlib from 'node:zlib'
import { capture } from './run.js'

/**
 * Compresses `source` into `destination` with every core (xz -T0), starting a new block at each
 * of `boundaries` (byte offsets into `source`). xz reads sparse holes as zeros, so nothing is
 * inflated on disk first.
 */
export async function compressXz(
  source: string,
  destination: string,
  options: { level: number; boundaries?: number[] }
): Promise<void> {
  const args = ['-T0', `-${options.level}`]
  const cuts = [...new Set(options.boundaries ?? [])].filter(b => b > 0).sort((a, b) => a - b)
  if (cuts.length) {
    // Sizes of the blocks between the cuts; 0: the rest as one block (split by xz's block size).
    const sizes = cuts.map((cut, i) => cut - (i ? cuts[i - 1] : 0))
    args.push(`--block-list=${[...sizes, 0].join(',')}`)
  }
  await capture('sh', [
    '-c',
    'destination="$1" source="$2"; shift 2; xz "$@" --stdout -- "$source" > "$destination"',
    'xz',
    destination,
    source,
    ...args
  ])
}

export interface XzBlock {
  /** Where the block starts in the .xz file, and its size there with padding. */
  compressedOffset: number
  compressedSize: number
  /** Header + compressed data + check, without padding: what the index records. */
  unpaddedSize: number
  uncompressedOffset: number
  uncompressedSize: number
}

const CHECK_SIZES: Record<string, number> = { None: 0, CRC32: 4, CRC64: 8, 'SHA-256': 32 }

/** The blocks of a single-stream .xz file, from `xz --robot --list -vv`; undefined otherwise. */
export async function listXzBlocks(file: string): Promise<XzBlock[] | undefined> {
  const out = await capture('xz', ['--robot', '--list', '-vv', '--', file])
  const lines = out.split('\n').map(line => line.split('\t'))
  if (lines.filter(fields => fields[0] === 'stream').length !== 1) return undefined
  const blocks: XzBlock[] = []
  // block, stream, block in stream, block in file, compressed offset, uncompressed offset,
  // compressed size, uncompressed size, ratio, check, check value, header size, flags,
  // compressed data size, ... (xz's man page, "Robot mode").
  for (const fields of lines.filter(f => f[0] === 'block')) {
    const number = (i: number): number => Number(fields[i])
    const checkSize = CHECK_SIZES[fields[9]]
    if (checkSize === undefined || !fields[13]) return undefined
    blocks.push({
      compressedOffset: number(4),
      uncompressedOffset: number(5),
      compressedSize: number(6),
      uncompressedSize: number(7),
      unpaddedSize: number(11) + number(13) + checkSize
    })
  }
  return blocks
}

/** The .xz variable-length integer: 7 bits a byte, low bits first. */
function multibyte(value: number): number[] {
  const bytes: number[] = []
  do {
    let byte = value % 128
    value = Math.floor(value / 128)
    if (value > 0) byte |= 0x80
    bytes.push(byte)
  } while (value > 0)
  return bytes
}

const uint32 = (value: number): Buffer => {
  const buffer = Buffer.alloc(4)
  buffer.writeUInt32LE(value >>> 0)
  return buffer
}

/**
 * Writes `destination` as a new .xz file holding the blocks of `source` that cover exactly the
 * uncompressed bytes [start, end). Returns false, writing nothing, when no block boundary falls
 * at `start` or `end` (an xz that ignored --block-list, say).
 */
export async function extractXzRange(
  source: string,
  destination: string,
  range: { start: number; end: number }
): Promise<boolean> {
  const blocks = await listXzBlocks(source)
  const first = blocks?.findIndex(b => b.uncompressedOffset === range.start) ?? -1
  const last = blocks?.findIndex(b => b.uncompressedOffset + b.uncompressedSize === range.end) ?? -1
  if (!blocks || first < 0 || last < first) return false
  const picked = blocks.slice(first, last + 1)

  const input = fs.openSync(source, 'r')
  const output = fs.openSync(destination, 'w')
  try {
    // The stream header: magic bytes, stream flags (the check type), their CRC32.
    const header = Buffer.alloc(12)
    fs.readSync(input, header, 0, 12, 0)
    const flags = header.subarray(6, 8)
    fs.writeSync(output, header)
    const buffer = Buffer.allocUnsafe(1024 * 1024)
    for (const block of picked) {
      for (let done = 0; done < block.compressedSize;) {
        const size = Math.min(buffer.length, block.compressedSize - done)
        const read = fs.readSync(input, buffer, 0, size, block.compressedOffset + done)
        if (read !== size) throw new Error(`${source} ended inside a block`)
        fs.writeSync(output, buffer, 0, size)
        done += size
      }
    }
    // The index: indicator, number of records, (unpadded, uncompressed) size per block,
    // padding to four bytes, CRC32.
    const records = picked.flatMap(b => [
      ...multibyte(b.unpaddedSize),
      ...multibyte(b.uncompressedSize)
    ])
    const body = [0x00, ...multibyte(picked.length), ...records]
    while (body.length % 4) body.push(0)
    const index = Buffer.concat([Buffer.from(body), uint32(zlib.crc32(Buffer.from(body)))])
    fs.writeSync(output, index)
    // The stream footer: CRC32 of (backward size, flags), backward size, flags, magic "YZ".
    const backward = Buffer.concat([uint32(index.length / 4 - 1), flags])
    fs.writeSync(output, Buffer.concat([uint32(zlib.crc32(backward)), backward, Buffer.from('YZ')]))
  } finally {
    fs.closeSync(input)
    fs.closeSync(output)
  }
  return true
}
