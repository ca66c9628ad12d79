import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  downloadKernelSource,
  expectedKernelHash,
  kernelTarball
} from '../../src/check/kernel-source.js'
import { localToolCache } from '../../src/platform/local-tools.js'
import { terminalReporter } from '../../src/platform/local.js'

const config = (lines: Record<string, string>) => new Map(Object.entries(lines))

it("lists Buildroot's download locations for a kernel.org version: upstream, then the backup site", () => {
  expect(
    kernelTarball(
      config({
        BR2_LINUX_KERNEL_CUSTOM_VERSION: 'y',
        BR2_LINUX_KERNEL_CUSTOM_VERSION_VALUE: '"6.12.91"',
        BR2_BACKUP_SITE: '"https://sources.buildroot.net"'
      })
    )
  ).toEqual({
    file: 'linux-6.12.91.tar.xz',
    urls: [
      'https://cdn.kernel.org/pub/linux/kernel/v6.x/linux-6.12.91.tar.xz',
      'https://sources.buildroot.net/linux/linux-6.12.91.tar.xz',
      'https://sources.buildroot.net/linux-6.12.91.tar.xz'
    ]
  })
})

it('expands $(call github,...) of a custom tarball, and puts a primary site first (alone when PRIMARY_SITE_ONLY)', () => {
  const rpi = {
    BR2_LINUX_KERNEL_CUSTOM_TARBALL: 'y',
    BR2_LINUX_KERNEL_CUSTOM_TARBALL_LOCATION:
      '"$(call github,raspberrypi,linux,576cc10e)/linux-576cc10e.tar.gz"',
    BR2_PRIMARY_SITE: '"http://mirror.example/br/"'
  }
  expect(kernelTarball(config(rpi))?.urls).toEqual([
    'http://mirror.example/br/linux/linux-576cc10e.tar.gz',
    'http://mirror.example/br/linux-576cc10e.tar.gz',
    'https://github.com/raspberrypi/linux/archive/576cc10e/linux-576cc10e.tar.gz'
  ])
  expect(kernelTarball(config({ ...rpi, BR2_PRIMARY_SITE_ONLY: 'y' }))?.urls).toEqual([
    'http://mirror.example/br/linux/linux-576cc10e.tar.gz',
    'http://mirror.example/br/linux-576cc10e.tar.gz'
  ])
})

describe('the hash Buildroot checks the kernel tarball against (LINUX_HASH_FILES)', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kernel-hash-'))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))
  const sha = (digit: string) => digit.repeat(64)
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, text)
  }
  const dotConfig = (version: string, patchDir?: string) =>
    config({
      BR2_LINUX_KERNEL_VERSION: `"${version}"`,
      ...(patchDir ? { BR2_GLOBAL_PATCH_DIR: `"${patchDir}"` } : {})
    })

  it("reads linux/<version>/linux.hash where Buildroot has one (2026.02.x's layout), else linux/linux.hash", () => {
    const buildroot = path.join(dir, 'buildroot')
    write(
      path.join(buildroot, 'linux', 'from-6.17', 'linux.hash'),
      `sha256  ${sha('1')}  linux-6.19.5.tar.xz\n`
    )
    fs.symlinkSync('from-6.17', path.join(buildroot, 'linux', '6.19.5'))
    expect(
      expectedKernelHash('linux-6.19.5.tar.xz', dotConfig('6.19.5'), buildroot, new Map())
    ).toEqual({
      sha256: sha('1'),
      hashFile: path.join(buildroot, 'linux', '6.19.5', 'linux.hash')
    })
    // A version without its folder: linux/linux.hash, which 2026.02.x does not have.
    expect(
      expectedKernelHash('linux-6.12.91.tar.xz', dotConfig('6.12.91'), buildroot, new Map())
    ).toBeUndefined()
  })

  it('then reads <BR2_GLOBAL_PATCH_DIR>/linux/linux.hash, as the shipped configs provide it', () => {
    const buildroot = path.join(dir, 'buildroot')
    fs.mkdirSync(path.join(buildroot, 'linux'), { recursive: true })
    const external = path.join(dir, 'external')
    write(
      path.join(external, 'board', 'amd64', 'patches', 'linux', 'linux.hash'),
      `# cited\nsha256  ${sha('2')}  linux-6.12.91.tar.xz\n`
    )
    expect(
      expectedKernelHash(
        'linux-6.12.91.tar.xz',
        dotConfig('6.12.91', '$(BR2_EXTERNAL_K8S_NODE_PATH)/board/amd64/patches'),
        buildroot,
        new Map([['K8S_NODE', external]])
      )
    ).toEqual({
      sha256: sha('2'),
      hashFile: path.join(external, 'board', 'amd64', 'patches', 'linux', 'linux.hash')
    })
  })
})

it('has nothing to download when no kernel version is configured', () => {
  expect(kernelTarball(config({ BR2_LINUX_KERNEL: 'y' }))).toBeUndefined()
})

describe('offline', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kernel-offline-'))
    fs.mkdirSync(path.join(dir, 'buildroot', 'linux'), { recursive: true })
    // A stand-in hash: nothing is downloaded in these tests, so nothing is checked against it.
    fs.writeFileSync(
      path.join(dir, 'buildroot', 'linux', 'linux.hash'),
      `sha256  ${'0'.repeat(64)}  linux-6.12.91.tar.xz\n`
    )
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  const download = (lines: Record<string, string>, lookup?: (host: string) => Promise<unknown>) => {
    const said: string[] = []
    const reporter = {
      ...terminalReporter(() => undefined),
      info: (m: string) => void said.push(m)
    }
    const result = downloadKernelSource(
      reporter,
      {
        dotConfig: config({
          BR2_LINUX_KERNEL_CUSTOM_VERSION: 'y',
          BR2_LINUX_KERNEL_CUSTOM_VERSION_VALUE: '"6.12.91"',
          ...lines
        }),
        buildrootDir: path.join(dir, 'buildroot'),
        externals: new Map(),
        cacheDir: path.join(dir, 'cache'),
        tools: localToolCache(path.join(dir, 'tools'))
      },
      lookup
    )
    return { result, said }
  }

  it('fails at once, without download retries, when no host resolves (a .invalid name never does)', async () => {
    const { result, said } = download({
      BR2_PRIMARY_SITE: '"http://mirror.invalid/buildroot"',
      BR2_PRIMARY_SITE_ONLY: 'y'
    })
    await expect(result).rejects.toThrow(
      'cannot download linux-6.12.91.tar.xz: none of its hosts resolves (mirror.invalid), so this machine is offline or has no DNS. Set linux-src'
    )
    expect(said.filter(line => line.startsWith('Downloading'))).toEqual([])
  })

  it('treats a DNS server that does not answer (EAI_AGAIN) the same way, for every location', async () => {
    const asked: string[] = []
    const { result, said } = download(
      { BR2_BACKUP_SITE: '"https://sources.buildroot.net"' },
      async host => {
        asked.push(host)
        throw Object.assign(new Error(`getaddrinfo EAI_AGAIN ${host}`), { code: 'EAI_AGAIN' })
      }
    )
    await expect(result).rejects.toThrow(
      'none of its hosts resolves (cdn.kernel.org, sources.buildroot.net)'
    )
    expect(asked).toEqual(['cdn.kernel.org', 'sources.buildroot.net', 'sources.buildroot.net'])
    expect(said).toEqual([])
  })
})
