// The inputs hash decides whether a run builds or restores earlier images: a change to anything
// that shapes the images must change it (or stale images ship), and nothing else may (or every
// run rebuilds for hours).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  computeInputsHash,
  namedPaths,
  type InputsHashInput
} from '../../src/buildroot/inputs-hash.js'
import { parseKconfig } from '../../src/kconfig/defconfig.js'
import { hashTree, TreeTooLargeError } from '../../src/util/hash.js'

let root: string
const at = (...parts: string[]) => path.join(root, ...parts)
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, text)
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'inputs-hash-'))
  write(at('buildroot', 'Makefile'), 'export BR2_VERSION := 2025.02.16\n')
  write(at('buildroot', 'package', 'runc', 'runc.mk'), 'RUNC_VERSION = 1.2.9\n')
  write(at('external', 'external.desc'), 'name: K8S_NODE\n')
  write(at('external', 'board', 'common', 'post-build.sh'), '#!/bin/sh\n')
  fs.chmodSync(at('external', 'board', 'common', 'post-build.sh'), 0o755)
  write(at('external', 'board', 'common', 'rootfs-overlay', 'etc', 'hostname'), 'node\n')
  // An overlay outside every tree, named by absolute path; a fragment next to the configs,
  // reached from the tree through `..`.
  write(at('elsewhere', 'overlay', 'etc', 'motd'), 'hello\n')
  write(at('configs', 'linux.fragment'), 'CONFIG_ZRAM=y\n')
  write(
    at('configs', 'amd64', 'kernel_defconfig'),
    `CONFIG_EXTRA_FIRMWARE_DIR="${at('firmware')}"\n`
  )
  write(at('firmware', 'blob.bin'), 'firmware\n')
  write(at('action', 'package.json'), JSON.stringify({ version: '1.2.3' }))
  write(at('action', 'dist', 'main', 'index.js'), 'console.log(1)\n')
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

function input(overrides: Partial<InputsHashInput> = {}): InputsHashInput {
  const defconfig = [
    'BR2_x86_64=y',
    `BR2_ROOTFS_OVERLAY="$(BR2_EXTERNAL_K8S_NODE_PATH)/board/common/rootfs-overlay ${at('elsewhere', 'overlay')}"`,
    'BR2_ROOTFS_POST_BUILD_SCRIPT="$(BR2_EXTERNAL_K8S_NODE_PATH)/board/common/post-build.sh"',
    'BR2_LINUX_KERNEL_CONFIG_FRAGMENT_FILES="$(BR2_EXTERNAL_K8S_NODE_PATH)/../configs/linux.fragment"',
    'BR2_ROOTFS_POST_IMAGE_SCRIPT="$(BINARIES_DIR)/not-a-source.sh board/pc/post-image.sh"',
    `BR2_TARGET_GENERIC_ISSUE="${at('not', 'there')}"`
  ].join('\n')
  return {
    target: 'amd64',
    runtime: 'containerd',
    configHash: 'a'.repeat(64),
    requested: parseKconfig(defconfig, 'buildroot_defconfig', 'BR2_'),
    kernelDefconfig: at('configs', 'amd64', 'kernel_defconfig'),
    externalTrees: [at('external')],
    buildrootDir: at('buildroot'),
    buildrootVersion: '2025.02.16',
    actionDir: at('action'),
    patches: [],
    artifactOptions: {},
    exclude: [at('buildroot', 'out'), at('cache')],
    ...overrides
  }
}

const hash = (overrides?: Partial<InputsHashInput>) => computeInputsHash(input(overrides)).hash

describe('computeInputsHash', () => {
  it('names what it covers, part by part', () => {
    expect(computeInputsHash(input()).parts.map(p => p.name)).toEqual([
      'target',
      'runtime',
      'config-hash',
      'buildroot 2025.02.16',
      'br2-external K8S_NODE',
      `path ${at('configs', 'linux.fragment')}`,
      `path ${at('elsewhere', 'overlay')}`,
      `path ${at('firmware')}`,
      'buildroot-patches',
      'action'
    ])
  })

  it.each<[string, () => Partial<InputsHashInput> | void]>([
    [
      'a file of the BR2_EXTERNAL tree',
      () =>
        write(at('external', 'board', 'common', 'rootfs-overlay', 'etc', 'hostname'), 'worker\n')
    ],
    [
      'a new empty folder in an overlay',
      () => fs.mkdirSync(at('external', 'board', 'common', 'rootfs-overlay', 'srv'))
    ],
    [
      'a script losing its executable bit',
      () => fs.chmodSync(at('external', 'board', 'common', 'post-build.sh'), 0o644)
    ],
    [
      'a symlink in an overlay',
      () =>
        fs.symlinkSync(
          '/etc/hostname',
          at('external', 'board', 'common', 'rootfs-overlay', 'etc', 'name')
        )
    ],
    [
      'an overlay outside the trees, named by absolute path',
      () => write(at('elsewhere', 'overlay', 'etc', 'motd'), 'bye\n')
    ],
    [
      'a file reached from the tree through ..',
      () => write(at('configs', 'linux.fragment'), 'CONFIG_ZRAM=m\n')
    ],
    ['a folder the kernel configuration names', () => write(at('firmware', 'other.bin'), 'more\n')],
    [
      'a file of the Buildroot tree',
      () => write(at('buildroot', 'package', 'runc', 'runc.mk'), 'RUNC_VERSION = 1.3.0\n')
    ],
    ['the Buildroot version', () => ({ buildrootVersion: '2025.02.17' })],
    ['the merged configuration', () => ({ configHash: 'b'.repeat(64) })],
    ['the target', () => ({ target: 'arm64' })],
    ['the runtime', () => ({ runtime: 'cri-o' })],
    [
      'the bundle of the action',
      () => write(at('action', 'dist', 'main', 'index.js'), 'console.log(2)\n')
    ],
    [
      "the action's version",
      () => write(at('action', 'package.json'), JSON.stringify({ version: '1.2.4' }))
    ],
    [
      'a patch of the series',
      () => ({ patches: [{ name: '0001-fix.patch', sha256: '1'.repeat(64) }] })
    ],
    [
      'an option of the collected artifact',
      () => ({ artifactOptions: { 'compression-level': '9' } })
    ]
  ])('changes with %s', (_, change) => {
    const before = hash()
    const overrides = change() ?? {}
    expect(hash(overrides)).not.toBe(before)
  })

  it('follows the order of the patch series', () => {
    const one = { name: '0001-a.patch', sha256: '1'.repeat(64) }
    const two = { name: '0002-b.patch', sha256: '2'.repeat(64) }
    expect(hash({ patches: [one, two] })).not.toBe(hash({ patches: [two, one] }))
  })

  it.each<[string, () => void]>([
    ['file times', () => fs.utimesSync(at('external', 'external.desc'), new Date(0), new Date(0))],
    [
      'an output folder inside the Buildroot tree',
      () => write(at('buildroot', 'out', 'images', 'bzImage'), 'x')
    ],
    [
      "Buildroot's default dl/ and output/ folders",
      () => {
        write(at('buildroot', 'dl', 'runc', 'runc-1.2.9.tar.gz'), 'x')
        write(at('buildroot', 'output', '.config'), 'x')
      }
    ],
    [
      "Python's bytecode caches and .git",
      () => {
        write(at('buildroot', 'package', 'runc', '__pycache__', 'cve.cpython-312.pyc'), 'x')
        write(at('external', '.git', 'HEAD'), 'ref: refs/heads/main\n')
      }
    ],
    ['read permission bits', () => fs.chmodSync(at('external', 'external.desc'), 0o600)]
  ])('does not change with %s', (_, change) => {
    const before = hash()
    change()
    expect(hash()).toBe(before)
  })

  it('keys external trees by their name, not by where the checkout is', () => {
    const moved = at('moved-external')
    fs.cpSync(at('external'), moved, { recursive: true })
    const parts = computeInputsHash(input({ externalTrees: [moved] })).parts
    const original = computeInputsHash(input()).parts
    const tree = (p: typeof parts) => p.find(part => part.name === 'br2-external K8S_NODE')?.value
    expect(tree(parts)).toBe(tree(original))
  })

  it('does not hash a named folder that holds the trees or the build ("/", a home folder), and says so', () => {
    const requested = parseKconfig(
      `BR2_ROOTFS_POST_SCRIPT_ARGS="--root ${root} --other /"`,
      'buildroot_defconfig',
      'BR2_'
    )
    const computed = computeInputsHash(input({ requested }))
    expect(computed.skipped).toEqual([
      { path: '/', reason: 'it holds the Buildroot tree or the build' },
      { path: root, reason: 'it holds the Buildroot tree or the build' }
    ])
    expect(computed.parts.filter(p => p.name.startsWith('path '))).toEqual([
      { name: `path ${at('firmware')}`, value: expect.any(String) }
    ])
  })
})

describe('hashTree', () => {
  it('stops past its limit of files and folders', () => {
    expect(() => hashTree(at('external'), [], 3)).toThrow(TreeTooLargeError)
    expect(hashTree(at('external'), [], 100)).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('namedPaths', () => {
  it('expands known variables, keeps absolute paths, and skips words with unknown ones', () => {
    const variables = new Map([
      ['BR2_EXTERNAL_K8S_NODE_PATH', '/src/configs/external'],
      ['TOPDIR', '/buildroot']
    ])
    expect(
      namedPaths(
        [
          '$(BR2_EXTERNAL_K8S_NODE_PATH)/board/overlay /opt/overlay',
          '${BR2_EXTERNAL_K8S_NODE_PATH}/../amd64/kernel_defconfig',
          '$(TOPDIR)/board/pc/genimage.cfg',
          '$(BINARIES_DIR)/boot.vfat board/relative.sh',
          'https://example.com/patch.patch',
          '-d /etc/x'
        ],
        variables
      )
    ).toEqual([
      '/buildroot/board/pc/genimage.cfg',
      '/etc/x',
      '/opt/overlay',
      '/src/configs/amd64/kernel_defconfig',
      '/src/configs/external/board/overlay'
    ])
  })
})
