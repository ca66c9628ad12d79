// Buildroot merges BR2_LINUX_KERNEL_CONFIG_FRAGMENT_FILES over kernel_defconfig before the
// kernel's olddefconfig; the kernel check does the same, so that it checks the kernel the build
// makes. The arm64 image relies on it: Buildroot's own 4K-page fragment (as its raspberrypi5
// defconfig uses it) keeps one kernel that boots the Pi 3, 4 and 5.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { kernelConfigFragments, olddefconfig } from '../../src/check/kernel.js'
import type { KconfigEntry } from '../../src/kconfig/defconfig.js'
import { describeIf, withoutBuildroot, withoutLinux } from '../helpers/witness.js'

const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const linuxSrc = process.env.LINUX_SRC
const buildrootSrc = process.env.BUILDROOT_SRC

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kernel-fragments-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const fragmentsLine = (value: string, line = 7): KconfigEntry => ({
  symbol: 'BR2_LINUX_KERNEL_CONFIG_FRAGMENT_FILES',
  value: JSON.stringify(value),
  file: '/configs/arm64/buildroot_defconfig',
  line
})

describe('kernelConfigFragments', () => {
  it('resolves fragments in a BR2_EXTERNAL tree and in the Buildroot tree, in their order', () => {
    const external = path.join(dir, 'external')
    const buildroot = path.join(dir, 'buildroot')
    fs.mkdirSync(path.join(external, 'board'), { recursive: true })
    fs.mkdirSync(path.join(buildroot, 'board', 'raspberrypi'), { recursive: true })
    fs.writeFileSync(path.join(external, 'board', 'own.fragment'), 'CONFIG_NETKIT=y\n')
    fs.writeFileSync(
      path.join(buildroot, 'board', 'raspberrypi', 'linux-4k-page-size.fragment'),
      'CONFIG_ARM64_4K_PAGES=y\n'
    )
    const result = kernelConfigFragments(
      [
        fragmentsLine(
          'board/raspberrypi/linux-4k-page-size.fragment $(BR2_EXTERNAL_K8S_NODE_PATH)/board/own.fragment'
        )
      ],
      new Map([['K8S_NODE', external]]),
      buildroot
    )
    expect(result).toEqual({
      files: [
        path.join(buildroot, 'board', 'raspberrypi', 'linux-4k-page-size.fragment'),
        path.join(external, 'board', 'own.fragment')
      ],
      findings: []
    })
  })

  it('says, at its line, that a Buildroot-tree fragment is left out when there is no Buildroot tree', () => {
    const result = kernelConfigFragments(
      [fragmentsLine('board/raspberrypi/linux-4k-page-size.fragment', 12)],
      new Map(),
      undefined
    )
    expect(result.files).toEqual([])
    expect(result.findings).toEqual([
      {
        level: 'notice',
        message: expect.stringMatching(
          /^BR2_LINUX_KERNEL_CONFIG_FRAGMENT_FILES names board\/raspberrypi\/linux-4k-page-size\.fragment, which cannot be read here \(a path in the Buildroot tree needs buildroot-src\): the kernel check runs without this fragment/
        ),
        at: {
          file: '/configs/arm64/buildroot_defconfig',
          line: 12,
          title: 'Kernel config fragment'
        }
      }
    ])
  })

  it('leaves a fragment that does not exist to the referenced-files check, and has none without the option', () => {
    const missing = kernelConfigFragments([fragmentsLine('board/nowhere.fragment')], new Map(), dir)
    expect(missing).toEqual({ files: [], findings: [] })
    expect(kernelConfigFragments([], new Map(), dir)).toEqual({ files: [], findings: [] })
  })
})

const withTrees = describeIf(withoutLinux ?? withoutBuildroot)
withTrees("the arm64 kernel with Buildroot's 4K-page fragment (LINUX_SRC, BUILDROOT_SRC)", () => {
  /** The fragment files the shipped arm64 buildroot_defconfig names, in BUILDROOT_SRC. */
  function shippedFragments(): string[] {
    const defconfig = fs.readFileSync(
      path.join(repo, 'configs', 'arm64', 'buildroot_defconfig'),
      'utf8'
    )
    const value = /^BR2_LINUX_KERNEL_CONFIG_FRAGMENT_FILES="(.*)"$/m.exec(defconfig)?.[1]
    expect(value).toBe('board/raspberrypi/linux-4k-page-size.fragment')
    const { files, findings } = kernelConfigFragments(
      [fragmentsLine(value as string)],
      new Map(),
      buildrootSrc
    )
    expect(findings).toEqual([])
    expect(files).toHaveLength(1)
    return files
  }

  it('gives a 4K-page kernel even from a kernel_defconfig that asks for 16K pages (the Pi 5 default)', async () => {
    const sixteen = path.join(dir, 'kernel_defconfig')
    fs.writeFileSync(
      sixteen,
      fs
        .readFileSync(path.join(repo, 'configs', 'arm64', 'kernel_defconfig'), 'utf8')
        .replace(/^CONFIG_ARM64_4K_PAGES=y$/m, 'CONFIG_ARM64_16K_PAGES=y')
    )
    const without = await olddefconfig(linuxSrc as string, sixteen, 'arm64', path.join(dir, 'k'))
    expect(without.dotConfig.get('CONFIG_ARM64_16K_PAGES')).toBe('y')
    const withFragment = await olddefconfig(
      linuxSrc as string,
      sixteen,
      'arm64',
      path.join(dir, 'k'),
      shippedFragments()
    )
    expect(withFragment.dotConfig.get('CONFIG_ARM64_4K_PAGES')).toBe('y')
    expect(withFragment.dotConfig.get('CONFIG_ARM64_16K_PAGES')).toBe('n')
  }, 300_000)
})
