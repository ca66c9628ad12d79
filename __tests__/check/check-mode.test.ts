// Check mode end to end. The kernel part runs the real Kconfig of a kernel tree (LINUX_SRC:
// CI unpacks Debian's linux-source-6.12) for both ARCHs; the Buildroot part runs on the
// Buildroot-shaped fixture, and on a real Buildroot tree where BUILDROOT_SRC names one.
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { checkKernelConfig, olddefconfig } from '../../src/check/kernel.js'
import { KERNEL_REQUIREMENTS } from '../../src/kconfig/kernel-requirements.js'
import { createBuildrootFixture, type BuildrootFixture } from '../helpers/buildroot-fixture.js'
import { fixtureContext, fixtureInputs, runCheckMode } from '../helpers/pipeline-harness.js'
import { recordingPlatform, type RecordingPlatform } from '../helpers/recording-platform.js'
import { describeIf, withoutBuildroot, withoutLinux } from '../helpers/witness.js'

const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const linuxSrc = process.env.LINUX_SRC
const buildrootSrc = process.env.BUILDROOT_SRC
const withLinux = describeIf(withoutLinux)
const withBuildroot = describeIf(withoutLinux ?? withoutBuildroot)

let fx: BuildrootFixture
let platform: RecordingPlatform
beforeEach(() => {
  fx = createBuildrootFixture()
  platform = recordingPlatform(fx.dir('platform'))
})
afterEach(() => fx.cleanup())

/** A copy of the shipped configs for `target`, changed by `edit`. */
function shippedConfigs(target: string, edit?: (file: string, text: string) => string): string {
  const dir = fx.dir('shipped')
  fs.cpSync(path.join(repo, 'configs'), dir, { recursive: true })
  if (edit) {
    for (const name of ['buildroot_defconfig', 'kernel_defconfig']) {
      const file = path.join(dir, target, name)
      fs.writeFileSync(file, edit(name, fs.readFileSync(file, 'utf8')))
    }
  }
  return dir
}

interface CheckOptions {
  target: 'amd64' | 'arm64'
  configDir: string
  configFragment: string
  /** Default: the fixture's Buildroot-shaped tree. */
  buildrootDir?: string
  linuxSrc?: string
  runtime?: 'containerd' | 'cri-o'
}

const options = (target: 'amd64' | 'arm64', extra: Partial<CheckOptions>): CheckOptions => ({
  target,
  configDir: fx.configDir,
  configFragment: '',
  ...extra
})

/** Check mode on `options`, without the patch series (its own tests cover it). */
const runCheck = (on: RecordingPlatform, options: CheckOptions) =>
  runCheckMode(
    on,
    fixtureInputs(fx, {
      target: options.target,
      mode: 'check',
      'config-dir': options.configDir,
      'config-fragment': options.configFragment,
      'buildroot-src': options.buildrootDir ?? fx.buildrootDir,
      'buildroot-patches': 'none',
      'linux-src': options.linuxSrc,
      runtime: options.runtime,
      'output-dir': fx.dir('work')
    }),
    fixtureContext(fx)
  )

/** A stand-in kernel tree whose olddefconfig keeps .config as it is. */
function fakeKernelTree(version: string): string {
  const tree = path.join(fx.dir(`kernel-${version}`), `linux-${version}`)
  fs.mkdirSync(tree)
  fs.writeFileSync(path.join(tree, 'Makefile'), 'olddefconfig:\n\t@test -f $(O)/.config\n')
  fs.writeFileSync(path.join(tree, 'Kconfig'), 'config OVERLAY_FS\n\ttristate "overlay"\n')
  return tree
}

const status = (result: Awaited<ReturnType<typeof runCheck>>) =>
  Object.fromEntries(result.checks.map(c => [c.name.split(' (')[0], c.status]))

withLinux('kernel configuration against a real kernel tree (LINUX_SRC)', () => {
  it.each(['amd64', 'arm64'] as const)(
    'the shipped %s kernel_defconfig meets every requirement',
    async target => {
      const configDir = shippedConfigs(target)
      const result = await runCheck(platform, options(target, { configDir, linuxSrc }))
      // The fixture's Buildroot does not know the shipped symbols: only the kernel is judged here.
      const kernelDefconfig = path.join(configDir, target, 'kernel_defconfig')
      expect(
        result.findings.filter(f => f.level === 'error' && f.at?.file === kernelDefconfig)
      ).toEqual([])
      // Warnings name what only a Raspberry Pi kernel lacks; errors would fail the row.
      expect(status(result)['Kernel configuration']).not.toBe('fail')
      expect(result.summaryMarkdown).toContain(`Config check: ${target}`)
    }
  )

  it.each(['amd64', 'arm64'] as const)(
    "the %s kernel_defconfig gives the CNI options after olddefconfig: Cilium's whole IPsec list, netkit",
    async target => {
      const resolved = await olddefconfig(
        linuxSrc as string,
        path.join(repo, 'configs', target, 'kernel_defconfig'),
        target,
        fx.dir(`olddefconfig-${target}`)
      )
      expect(resolved.findings).toEqual([])
      const cni = {
        CONFIG_CRYPTO_SHA1: 'y',
        CONFIG_SCHEDSTATS: 'y',
        CONFIG_IP_SCTP: 'm',
        CONFIG_NETFILTER_XT_MATCH_SCTP: 'm',
        CONFIG_IP_SET_HASH_NETNET: 'm',
        CONFIG_NETKIT: 'y'
      }
      // Cilium's "Requirements for IPsec" (GCM-128-AES), IPv4 and IPv6, as its docs list them
      // (INET_XFRM_MODE_TUNNEL left out: Linux 5.2 folded it into XFRM).
      const ipsec = {
        CONFIG_XFRM: 'y',
        CONFIG_XFRM_OFFLOAD: 'y',
        CONFIG_XFRM_STATISTICS: 'y',
        CONFIG_XFRM_ALGO: 'm',
        CONFIG_XFRM_USER: 'm',
        CONFIG_INET_ESP: 'm',
        CONFIG_INET6_ESP: 'm',
        CONFIG_INET_IPCOMP: 'm',
        CONFIG_INET6_IPCOMP: 'm',
        CONFIG_INET_XFRM_TUNNEL: 'm',
        CONFIG_INET6_XFRM_TUNNEL: 'm',
        CONFIG_INET_TUNNEL: 'm',
        CONFIG_INET6_TUNNEL: 'm',
        CONFIG_CRYPTO_AEAD: 'm',
        CONFIG_CRYPTO_AEAD2: 'y',
        CONFIG_CRYPTO_GCM: 'm',
        CONFIG_CRYPTO_SEQIV: 'm',
        CONFIG_CRYPTO_CBC: 'm',
        CONFIG_CRYPTO_HMAC: 'm',
        CONFIG_CRYPTO_SHA256: 'y',
        CONFIG_CRYPTO_AES: 'm'
      }
      const wanted = { ...cni, ...ipsec }
      const landed = Object.fromEntries(
        Object.keys(wanted).map(symbol => [symbol, resolved.dotConfig.get(symbol)])
      )
      expect(landed).toEqual(wanted)
      // Every requirement, required and optional, is met on both kernels.
      const unmet = checkKernelConfig({
        requested: [],
        dotConfig: resolved.dotConfig,
        requirements: KERNEL_REQUIREMENTS,
        linuxDir: linuxSrc as string,
        overrideTree: true,
        kernelDefconfig: path.join(repo, 'configs', target, 'kernel_defconfig')
      })
      expect(unmet).toEqual([])
    }
  )

  it('fails naming OVERLAY_FS, at its line, when kernel_defconfig turns it off', async () => {
    const configDir = shippedConfigs('amd64', (name, text) =>
      name === 'kernel_defconfig'
        ? text.replace(/^CONFIG_OVERLAY_FS=.*$/m, '# CONFIG_OVERLAY_FS is not set')
        : text
    )
    const kernelDefconfig = path.join(configDir, 'amd64', 'kernel_defconfig')
    const line =
      fs
        .readFileSync(kernelDefconfig, 'utf8')
        .split('\n')
        .indexOf('# CONFIG_OVERLAY_FS is not set') + 1
    expect(line).toBeGreaterThan(0)
    const result = await runCheck(platform, options('amd64', { configDir, linuxSrc }))
    expect(result.ok).toBe(false)
    // The fixture's Buildroot does not know the shipped symbols: its errors are not this test's.
    const errors = platform.errors().filter(e => e.at?.file === kernelDefconfig)
    expect(errors).toHaveLength(1)
    expect(errors[0].text).toMatch(
      /^CONFIG_OVERLAY_FS or CONFIG_OVERLAYFS_FS is required but not enabled after olddefconfig: containerd's default overlayfs snapshotter/
    )
    expect(errors[0].at).toMatchObject({ file: kernelDefconfig, line })
  })

  it('fails on a Buildroot symbol that does not exist, at its line, with the name it resembles (fixture tree)', async () => {
    const defconfig = path.join(fx.configDir, 'amd64', 'buildroot_defconfig')
    fs.writeFileSync(
      defconfig,
      fs
        .readFileSync(defconfig, 'utf8')
        .replace('BR2_PACKAGE_CONTAINERD=y', 'BR2_PACKAGE_CONTAINERDD=y')
    )
    const line =
      fs.readFileSync(defconfig, 'utf8').split('\n').indexOf('BR2_PACKAGE_CONTAINERDD=y') + 1
    const result = await runCheck(
      platform,
      options('amd64', { buildrootDir: fx.buildrootDir, linuxSrc })
    )
    expect(result.ok).toBe(false)
    const [error] = platform.errors()
    expect(error.at).toMatchObject({ file: defconfig, line })
    expect(error.text).toBe(
      'BR2_PACKAGE_CONTAINERDD=y: no such option in Buildroot 2025.02.16 or the BR2_EXTERNAL trees; did you mean BR2_PACKAGE_CONTAINERD?'
    )
  })

  it('names the dependency that keeps a known symbol out (fixture tree)', async () => {
    const result = await runCheck(
      platform,
      options('amd64', {
        buildrootDir: fx.buildrootDir,
        linuxSrc,
        configFragment: '# BR2_INIT_SYSTEMD is not set\n'
      })
    )
    expect(result.ok).toBe(false)
    expect(platform.errors().map(e => e.text)).toContainEqual(
      expect.stringMatching(
        /^BR2_PACKAGE_CONTAINERD=y did not land: it depends on BR2_INIT_SYSTEMD, and BR2_INIT_SYSTEMD is not set \(Config\.in:\d+\)/
      )
    )
  })
})

describe('savedefconfig comparison (fixture tree)', () => {
  it("notices, without failing, lines that savedefconfig would not write; fragment lines are not the file's", async () => {
    const defconfig = path.join(fx.configDir, 'amd64', 'buildroot_defconfig')
    fs.appendFileSync(defconfig, '# BR2_PACKAGE_FIXTURE_BROKEN is not set\n')
    const result = await runCheck(
      platform,
      options('amd64', {
        buildrootDir: fx.buildrootDir,
        linuxSrc: fakeKernelTree('6.12.0'),
        configFragment: 'BR2_PACKAGE_HTOP=y\n'
      })
    )
    const notice = result.findings.find(f => f.level === 'notice')
    expect(notice?.message).toMatch(/is not what savedefconfig writes/)
    expect(notice?.message.split('\n').slice(1)).toEqual([
      '- # BR2_PACKAGE_FIXTURE_BROKEN is not set'
    ])
    expect(notice?.at?.file).toBe(defconfig)
    expect(status(result)['Buildroot configuration']).toBe('pass')
  })
})

describe('a full disk (fixture tree)', () => {
  it('is reported as a full disk with the free space, not as a problem of the kernel tree or kernel_defconfig', async () => {
    const tree = fakeKernelTree('6.12.0')
    fs.writeFileSync(
      path.join(tree, 'Makefile'),
      'olddefconfig:\n\t@echo "scripts/kconfig/conf: error writing $(O)/.config: No space left on device" >&2; exit 1\n'
    )
    const result = await runCheck(
      platform,
      options('amd64', { buildrootDir: fx.buildrootDir, linuxSrc: tree })
    )
    expect(result.ok).toBe(false)
    const [finding] = result.findings.filter(f => f.level === 'error')
    expect(finding.at).toBeUndefined()
    expect(finding.message).toMatch(
      /^No space left on device during Kernel configuration\. Free space now: output-dir \(.*\), the tool cache \(.*\): [\d.]+ [KMGT]?i?B free of /
    )
  })
})

describe('download hashes (fixture tree)', () => {
  /** The fixture's runc.hash, as Buildroot's package/runc/runc.hash would be. */
  const runcHash = (file: string): void => {
    fs.mkdirSync(path.join(fx.buildrootDir, 'package', 'runc'), { recursive: true })
    fs.writeFileSync(
      path.join(fx.buildrootDir, 'package', 'runc', 'runc.hash'),
      `# Locally computed\nsha256  ${'1'.repeat(64)}  ${file}\n`
    )
  }
  const hashesRow = (result: Awaited<ReturnType<typeof runCheck>>) =>
    result.checks.find(c => c.name === 'Referenced files and hashes')
  /** The check on the fixture tree, with runc.hash listing only `listed`. */
  const checkWithRuncHash = (listed: string) => {
    runcHash(listed)
    return runCheck(
      platform,
      options('amd64', { buildrootDir: fx.buildrootDir, linuxSrc: fakeKernelTree('6.12.0') })
    )
  }

  it("passes when each download is listed in its package's .hash", async () => {
    const result = await checkWithRuncHash('runc-1.0-fixture.tar.gz')
    expect(hashesRow(result)?.status).toBe('pass')
    expect(hashesRow(result)?.detail).toMatch(/each of the \d+ downloads checked/)
  })

  it('fails on a download its .hash does not list, as Buildroot would when it gets there', async () => {
    const result = await checkWithRuncHash('runc-0.9-fixture.tar.gz')
    expect(hashesRow(result)?.status).toBe('fail')
    const errors = platform.errors().filter(e => e.at?.title === 'No hash for a download')
    expect(errors.map(e => e.text)).toEqual([
      'runc 1.0-fixture downloads runc-1.0-fixture.tar.gz, but package/runc/runc.hash has no hash for it: Buildroot stops when it downloads it. ' +
        'Choose a version that file lists, or add its hash (from a source you can cite) to <BR2_GLOBAL_PATCH_DIR>/runc/runc.hash.'
    ])
    expect(errors[0].at?.file).toBe(path.join(fx.configDir, 'amd64', 'buildroot_defconfig'))
  })
})

describe('kernel source download (no linux-src)', () => {
  let server: http.Server
  let base: string
  const files = new Map<string, Buffer>()
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      const body = files.get(request.url ?? '')
      response.writeHead(body ? 200 : 404)
      response.end(body ?? '')
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => {
    server.close()
  })

  /** A stand-in kernel tree packed as its release tarball. */
  function kernelTarball(version: string): Buffer {
    const tree = fakeKernelTree(version)
    const tarball = path.join(path.dirname(tree), 'linux.tar.xz')
    execFileSync('tar', ['-cJf', tarball, '-C', path.dirname(tree), path.basename(tree)])
    return fs.readFileSync(tarball)
  }

  const fragment = () =>
    `BR2_LINUX_KERNEL_CUSTOM_VERSION=y\nBR2_LINUX_KERNEL_CUSTOM_VERSION_VALUE="6.12.99"\nBR2_KERNEL_MIRROR="${base}"\n`

  it("downloads the configured kernel from Buildroot's URL, checks Buildroot's hash, and checks against it", async () => {
    const tarball = kernelTarball('6.12.99')
    files.set('/linux/kernel/v6.x/linux-6.12.99.tar.xz', tarball)
    fs.mkdirSync(path.join(fx.buildrootDir, 'linux'))
    const sha = crypto.createHash('sha256').update(tarball).digest('hex')
    fs.writeFileSync(
      path.join(fx.buildrootDir, 'linux', 'linux.hash'),
      `sha256  ${sha}  linux-6.12.99.tar.xz\n`
    )
    const result = await runCheck(
      platform,
      options('amd64', { buildrootDir: fx.buildrootDir, configFragment: fragment() })
    )
    const kernelRow = result.checks.find(c => c.name.startsWith('Kernel configuration'))
    expect(kernelRow?.detail).toContain(
      `in ${path.join(platform.tools.dir, 'linux-src', 'linux-6.12.99')}`
    )
    // The stand-in tree lacks most requirements: the check ran against it and said so.
    expect(kernelRow?.status).toBe('fail')
  })

  it('refuses a download that does not match the hash, showing both', async () => {
    files.set('/linux/kernel/v6.x/linux-6.12.99.tar.xz', kernelTarball('6.12.99'))
    fs.mkdirSync(path.join(fx.buildrootDir, 'linux'))
    fs.writeFileSync(
      path.join(fx.buildrootDir, 'linux', 'linux.hash'),
      `sha256  ${'0'.repeat(64)}  linux-6.12.99.tar.xz\n`
    )
    const result = await runCheck(
      platform,
      options('amd64', { buildrootDir: fx.buildrootDir, configFragment: fragment() })
    )
    expect(result.ok).toBe(false)
    expect(platform.errors().map(e => e.text)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^no download of linux-6\\.12\\.99\\.tar\\.xz matches .*linux\\.hash \\(sha256 ${'0'.repeat(64)}\\):\\n` +
            `  ${base}/linux/kernel/v6\\.x/linux-6\\.12\\.99\\.tar\\.xz: sha256 [0-9a-f]{64} does not match\\n`
        )
      )
    )
  })

  it("falls back to Buildroot's backup site when upstream's tarball does not match, as Buildroot does", async () => {
    const good = kernelTarball('6.12.99')
    files.set('/linux/kernel/v6.x/linux-6.12.99.tar.xz', Buffer.from('changed upstream'))
    files.set('/backup/linux/linux-6.12.99.tar.xz', good)
    fs.mkdirSync(path.join(fx.buildrootDir, 'linux'))
    const sha = crypto.createHash('sha256').update(good).digest('hex')
    fs.writeFileSync(
      path.join(fx.buildrootDir, 'linux', 'linux.hash'),
      `sha256  ${sha}  linux-6.12.99.tar.xz\n`
    )
    const result = await runCheck(
      platform,
      options('amd64', {
        buildrootDir: fx.buildrootDir,
        configFragment: `${fragment()}BR2_BACKUP_SITE="${base}/backup"\n`
      })
    )
    const kernelRow = result.checks.find(c => c.name.startsWith('Kernel configuration'))
    // It ran olddefconfig on the backup's tree (which lacks most requirements: a fail, not an error).
    expect(kernelRow?.detail).toMatch(/olddefconfig \(ARCH=x86_64\) in /)
    expect(platform.errors().map(e => e.text)).not.toContainEqual(
      expect.stringMatching(/no download of/)
    )
  })
})

withBuildroot(
  'the whole check on a real Buildroot tree (BUILDROOT_SRC) and kernel tree (LINUX_SRC)',
  () => {
    /** The check of the shipped configs (changed by `edit`) on the real trees. */
    const checkShipped = (
      target: 'amd64' | 'arm64',
      extra: Partial<CheckOptions> = {},
      edit?: (file: string, text: string) => string
    ) => {
      const configDir = shippedConfigs(target, edit)
      return runCheck(
        platform,
        options(target, {
          configDir,
          buildrootDir: buildrootSrc,
          linuxSrc,
          ...extra
        })
      )
    }

    it.each(['amd64', 'arm64'] as const)('the shipped %s configuration passes', async target => {
      const result = await checkShipped(target)
      expect(result.findings.filter(f => f.level === 'error')).toEqual([])
      expect(status(result)['Buildroot configuration']).toBe('pass')
    })

    it.each(['amd64', 'arm64'] as const)(
      'the shipped %s configuration with runtime cri-o: its fragment lands (Buildroot 2026.02 on), or its one line this release cannot have is named',
      async target => {
        const result = await checkShipped(target, { runtime: 'cri-o' })
        const row = result.checks.find(c => c.name.startsWith('Buildroot configuration'))
        expect(row?.detail).toContain('(runtime cri-o: cri-o.fragment merged)')
        expect(result.summaryMarkdown).toContain(`Config check: ${target} with CRI-O`)
        const errors = result.findings.filter(f => f.level === 'error')
        const makefile = fs.readFileSync(path.join(buildrootSrc as string, 'Makefile'), 'utf8')
        const version = /^export BR2_VERSION := (\S+)$/m.exec(makefile)?.[1] ?? ''
        if (version >= '2026.02') {
          expect(errors).toEqual([])
          expect(row?.status).toBe('pass')
        } else {
          // Buildroot 2025.02.x builds skopeo for the host only.
          expect(errors.map(e => [path.basename(e.at?.file ?? ''), e.message])).toEqual([
            [
              'cri-o.fragment',
              expect.stringMatching(/^BR2_PACKAGE_SKOPEO=y: no such option in Buildroot 2025\.02/)
            ]
          ])
        }
      }
    )

    it("fails on a kernel version whose tarball the kernel's .hash files do not list, at the line that picks it", async () => {
      const result = await checkShipped('amd64', {
        configFragment: 'BR2_LINUX_KERNEL_CUSTOM_VERSION_VALUE="6.12.90"\n'
      })
      expect(result.ok).toBe(false)
      const errors = platform.errors().filter(e => e.at?.title === 'No hash for a download')
      expect(errors).toHaveLength(1)
      // Buildroot's own linux/linux.hash (up to 2025.02.x), then board/amd64/patches/linux/linux.hash.
      expect(errors[0].text).toMatch(
        /^linux 6\.12\.90 downloads linux-6\.12\.90\.tar\.xz, but (linux\/linux\.hash, )?\/\S+\/board\/amd64\/patches\/linux\/linux\.hash has no hash for it: Buildroot stops when it downloads it \(BR2_DOWNLOAD_FORCE_CHECK_HASHES=y\)/
      )
      expect(errors[0].at).toMatchObject({ file: 'config-fragment', line: 1 })
    })

    it('warns that the kernel downloads unchecked when no .hash file covers it (Buildroot 2026.02.x keeps none in linux/)', async () => {
      const result = await checkShipped('amd64', { configFragment: 'BR2_GLOBAL_PATCH_DIR=""\n' })
      const unchecked = result.findings.filter(f => f.at?.title === 'No hash file for a download')
      const ownHashFile = fs.existsSync(path.join(buildrootSrc as string, 'linux', 'linux.hash'))
      expect(unchecked.map(f => [f.level, f.message])).toEqual(
        ownHashFile
          ? []
          : [
              [
                'warning',
                expect.stringMatching(
                  /^linux 6\.12\.91 downloads linux-6\.12\.91\.tar\.xz with no \.hash file to check it against \(Buildroot looks for linux\/linux\.hash\): Buildroot only warns and uses the download unchecked\./
                )
              ]
            ]
      )
    })

    it("applies Buildroot's 4K-page fragment after the arm64 kernel_defconfig, as the build does", async () => {
      const result = await checkShipped('arm64', {}, (name, text) =>
        name === 'kernel_defconfig'
          ? text.replace(/^CONFIG_ARM64_4K_PAGES=y$/m, 'CONFIG_ARM64_16K_PAGES=y')
          : text
      )
      const dropped = result.findings.filter(f => f.at?.title === 'Kernel option did not land')
      expect(dropped.map(f => f.message)).toContainEqual(
        expect.stringMatching(/^CONFIG_ARM64_16K_PAGES=y did not land/)
      )
      expect(result.findings.filter(f => f.at?.title === 'Kernel config fragment')).toEqual([])
    })

    it('accepts that kernel version without BR2_DOWNLOAD_FORCE_CHECK_HASHES, as Buildroot does for custom versions', async () => {
      const result = await checkShipped('amd64', {
        configFragment:
          'BR2_LINUX_KERNEL_CUSTOM_VERSION_VALUE="6.12.90"\n# BR2_DOWNLOAD_FORCE_CHECK_HASHES is not set\n'
      })
      expect(platform.errors()).toEqual([])
      expect(status(result)['Referenced files and hashes']).toBe('pass')
    })

    it('explains a dropped package by its dependency and a misspelt one by its closest name', async () => {
      const result = await checkShipped('amd64', {}, (name, text) =>
        name === 'buildroot_defconfig'
          ? text
              .replace('BR2_PACKAGE_SOCAT=y', 'BR2_PACKAGE_SOKAT=y')
              .replace('BR2_INIT_SYSTEMD=y\n', '')
          : text
      )
      expect(result.ok).toBe(false)
      const texts = platform.errors().map(e => e.text)
      expect(texts).toContainEqual(
        expect.stringMatching(
          /^BR2_PACKAGE_SOKAT=y: no such option .*did you mean BR2_PACKAGE_SOCAT\?/
        )
      )
      expect(texts).toContainEqual(
        expect.stringMatching(
          /^BR2_PACKAGE_SYSTEMD_NETWORKD=y did not land: it depends on .*BR2_PACKAGE_SYSTEMD/
        )
      )
    })
  }
)
