// The artifact's xz files: block boundaries where asked, and a valid .xz cut from another one's
// blocks, checked by decompressing with xz itself.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { compressXz, extractXzRange, listXzBlocks } from '../../src/util/xz.js'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xz-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

/** Bytes that compress somewhat: stretches of letters, and of noise. */
function sample(size = 3 * 1024 * 1024): string {
  const file = path.join(dir, 'sample.bin')
  const data = Buffer.alloc(size)
  let seed = 13
  for (let i = 0; i < data.length; i += 1) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    data[i] = (i >> 16) % 4 ? 0x61 + (i % 26) : seed >>> 24
  }
  fs.writeFileSync(file, data)
  return file
}
const decompress = (file: string): Buffer =>
  execFileSync('xz', ['--decompress', '--stdout', file], { maxBuffer: 64 * 1024 * 1024 })

describe('compressXz and extractXzRange', () => {
  const start = 700_000
  const end = 2_300_000

  it('cuts a valid .xz of exactly the bytes between two block boundaries, from the same blocks', async () => {
    const source = sample()
    const whole = path.join(dir, 'whole.xz')
    await compressXz(source, whole, { level: 0, boundaries: [start, end] })
    expect(decompress(whole).equals(fs.readFileSync(source))).toBe(true)
    const blocks = (await listXzBlocks(whole)) ?? []
    // xz -0 in threads: 1 MiB blocks, and the two boundaries asked for.
    expect(blocks.map(b => b.uncompressedOffset)).toEqual(expect.arrayContaining([start, end]))
    expect(blocks.length).toBeGreaterThan(3)

    const part = path.join(dir, 'part.xz')
    expect(await extractXzRange(whole, part, { start, end })).toBe(true)
    execFileSync('xz', ['--test', part])
    expect(decompress(part).equals(fs.readFileSync(source).subarray(start, end))).toBe(true)
    // Compressed once: the part's blocks are a run of the whole file's bytes.
    const partBlocks = (await listXzBlocks(part)) ?? []
    const last = partBlocks[partBlocks.length - 1]
    const partBytes = fs.readFileSync(part)
    const copied = partBytes.subarray(12, last.compressedOffset + last.compressedSize)
    expect(fs.readFileSync(whole).indexOf(copied)).toBe(
      blocks.find(b => b.uncompressedOffset === start)?.compressedOffset
    )
    expect(partBytes.length).toBeLessThan(fs.statSync(whole).size)
  })

  it('reads the blocks of single-threaded xz too (no sizes in the block headers)', async () => {
    const source = sample()
    const whole = path.join(dir, 'whole.xz')
    execFileSync('sh', [
      '-c',
      `xz -T1 -1 --block-list=${start},${end - start},0 --stdout "$1" > "$2"`,
      'xz',
      source,
      whole
    ])
    const part = path.join(dir, 'part.xz')
    expect(await extractXzRange(whole, part, { start, end })).toBe(true)
    expect(decompress(part).equals(fs.readFileSync(source).subarray(start, end))).toBe(true)
  })

  it('writes nothing when no block starts or ends where asked', async () => {
    const source = sample()
    const whole = path.join(dir, 'whole.xz')
    await compressXz(source, whole, { level: 1 })
    const part = path.join(dir, 'part.xz')
    expect(await extractXzRange(whole, part, { start, end })).toBe(false)
    expect(fs.existsSync(part)).toBe(false)
  })

  it('compresses at the preset asked for', async () => {
    const source = sample(256 * 1024)
    const dictionary = async (level: number) => {
      const file = path.join(dir, `level-${level}.xz`)
      await compressXz(source, file, { level })
      return /--lzma2=dict=(\S+)/.exec(
        execFileSync('xz', ['--robot', '-lvv', file], { encoding: 'utf8' })
      )?.[1]
    }
    // xz's presets: -0 has a 256 KiB dictionary, -6 8 MiB, -9 64 MiB.
    expect(await dictionary(0)).toBe('256KiB')
    expect(await dictionary(9)).toBe('64MiB')
  })
})
