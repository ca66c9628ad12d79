import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { terminalReporter } from '../../src/platform/local.js'
import { collectImages, kernelRelease } from '../../src/stages/collect-images.js'

let buildDir: string
beforeEach(() => {
  buildDir = fs.mkdtempSync(path.join(os.tmpdir(), 'collect-'))
})
afterEach(() => fs.rmSync(buildDir, { recursive: true, force: true }))

const release = (pkgDir: string, text: string): void => {
  const dir = path.join(buildDir, pkgDir, 'include', 'config')
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'kernel.release'), text)
}

it("reads the built kernel's release, not the headers package's", () => {
  expect(kernelRelease(buildDir)).toBeUndefined()
  release('linux-headers-6.1.0', '6.1.0\n')
  expect(kernelRelease(buildDir)).toBeUndefined()
  release('linux-custom', '6.6.78-v8\n')
  expect(kernelRelease(buildDir)).toBe('6.6.78-v8')
})

describe('arm64: the SD card image and the root filesystem, compressed once', () => {
  const sbin = { ...process.env, PATH: `/usr/sbin:/sbin:${process.env.PATH ?? ''}` }
  const said: string[] = []
  const reporter = terminalReporter(line => said.push(line))
  let images: string

  /** images/ with Image, rootfs.ext4 (16 MiB, some files) and sdcard.img holding it in partition 2. */
  function buildImages(label: 'dos' | 'gpt'): void {
    said.length = 0
    images = path.join(buildDir, 'images')
    fs.mkdirSync(path.join(buildDir, 'target', 'usr', 'bin'), { recursive: true })
    for (let i = 0; i < 40; i += 1) {
      const text = Array.from({ length: 2000 }, (_, n) => `line ${n} of file ${i}\n`).join('')
      fs.writeFileSync(path.join(buildDir, 'target', 'usr', 'bin', `tool-${i}`), text)
    }
    fs.mkdirSync(images)
    fs.writeFileSync(path.join(images, 'Image'), Buffer.alloc(64 * 1024, 9))
    const rootfs = path.join(images, 'rootfs.ext4')
    execFileSync(
      'mkfs.ext4',
      ['-q', '-d', path.join(buildDir, 'target'), '-L', 'rootfs', rootfs, '16M'],
      { env: sbin }
    )
    const sdcard = path.join(images, 'sdcard.img')
    const rootStart = 10240 // sectors: a 4 MiB boot partition at 1 MiB, as genimage lays them out
    fs.writeFileSync(sdcard, '')
    fs.truncateSync(sdcard, rootStart * 512 + 16 * 1024 * 1024 + 1024 * 1024)
    execFileSync('sfdisk', ['--quiet', sdcard], {
      env: sbin,
      input: `label: ${label}\nstart=2048, size=8192, type=${label === 'dos' ? 'c' : 'uefi'}\nstart=${rootStart}, size=32768, type=linux\n`
    })
    const fd = fs.openSync(sdcard, 'r+')
    fs.writeSync(fd, Buffer.alloc(4096, 0xb0), 0, 4096, 2048 * 512)
    fs.writeSync(fd, fs.readFileSync(rootfs), 0, 16 * 1024 * 1024, rootStart * 512)
    fs.closeSync(fd)
  }

  const collect = () =>
    collectImages({
      target: 'arm64',
      runtime: 'containerd',
      imagesDir: images,
      artifactDir: path.join(buildDir, 'artifact'),
      buildDir: path.join(buildDir, 'build'),
      packages: [],
      buildrootVersion: '2025.02.16',
      configHash: '0'.repeat(64),
      inputsHash: '1'.repeat(64),
      compressionLevel: 0,
      reporter
    })
  const unxz = (file: string): Buffer =>
    execFileSync('xz', ['--decompress', '--stdout', file], { maxBuffer: 256 * 1024 * 1024 })
  const dictionary = (file: string) =>
    /--lzma2=dict=(\S+)/.exec(
      execFileSync('xz', ['--robot', '-lvv', file], { encoding: 'utf8' })
    )?.[1]

  it.each(['dos', 'gpt'] as const)(
    'cuts rootfs.ext4.xz from the blocks of the SD card image (%s partition table)',
    async label => {
      buildImages(label)
      const collected = await collect()
      expect(
        unxz(collected.sdcard ?? '').equals(fs.readFileSync(path.join(images, 'sdcard.img')))
      ).toBe(true)
      expect(unxz(collected.rootfs).equals(fs.readFileSync(path.join(images, 'rootfs.ext4')))).toBe(
        true
      )
      expect(said).toContainEqual(
        expect.stringMatching(/^rootfs\.ext4\.xz: the SD card image's compressed blocks/)
      )
      expect(said.filter(line => / → /.test(line))).toHaveLength(1) // one compression
      // The compression-level preset (0: a 256 KiB dictionary) applies to both.
      expect(dictionary(collected.sdcard ?? '')).toBe('256KiB')
      expect(dictionary(collected.rootfs)).toBe('256KiB')
      // The checksums list both files as the artifact holds them.
      expect(fs.readFileSync(collected.checksums, 'utf8')).toMatch(/ {2}rootfs\.ext4\.xz\n/)
    }
  )

  it('compresses rootfs.ext4 on its own when no partition of the SD card image is it', async () => {
    buildImages('dos')
    const rootfs = path.join(images, 'rootfs.ext4')
    const changed = fs.readFileSync(rootfs)
    changed[changed.length - 1] ^= 1
    fs.writeFileSync(rootfs, changed)
    const collected = await collect()
    expect(unxz(collected.rootfs).equals(changed)).toBe(true)
    expect(said).toContainEqual(
      expect.stringMatching(/^The SD card image holds no partition that is rootfs\.ext4/)
    )
    expect(said.filter(line => / → /.test(line))).toHaveLength(2)
  })
})
