// The kernel check's scratch O= folder is kept between runs (the kernel's config tools are built
// once), one per kernel tree, version, ARCH and CROSS_COMPILE: a kept folder must never change a
// result, and another tree or architecture must never reuse one.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { olddefconfig } from '../../src/check/kernel.js'
import { describeIf, withoutLinux } from '../helpers/witness.js'

const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const linuxSrc = process.env.LINUX_SRC

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kernel-scratch-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

/**
 * A stand-in kernel tree whose olddefconfig says what it found in its O= folder: whether an
 * earlier run left its mark there (CONFIG_KEPT), and which ARCH it ran for. It fails in a folder
 * holding `broken`, as a kept folder left half-written could.
 */
function fakeTree(name: string, version = '6.12.0'): string {
  const tree = path.join(dir, name)
  fs.mkdirSync(tree)
  fs.writeFileSync(
    path.join(tree, 'Makefile'),
    [
      `VERSION = ${version.split('.')[0]}`,
      `PATCHLEVEL = ${version.split('.')[1]}`,
      `SUBLEVEL = ${version.split('.')[2]}`,
      'olddefconfig:',
      '\t@test ! -f $(O)/broken',
      '\t@if test -f $(O)/mark; then echo CONFIG_KEPT=y >> $(O)/.config; fi',
      `\t@echo CONFIG_TREE_${name.toUpperCase()}=y >> $(O)/.config`,
      '\t@echo CONFIG_RAN_FOR_$(ARCH)=y >> $(O)/.config',
      '\t@touch $(O)/mark',
      ''
    ].join('\n')
  )
  return tree
}

function defconfig(text = 'CONFIG_OVERLAY_FS=y\n'): string {
  const file = path.join(dir, 'kernel_defconfig')
  fs.writeFileSync(file, text)
  return file
}

describe('the kept kernel scratch folder', () => {
  it('is reused by the next run on the same tree and ARCH, starting from the new kernel_defconfig', async () => {
    const scratch = path.join(dir, 'linux')
    const tree = fakeTree('one')
    const first = await olddefconfig(tree, defconfig(), 'amd64', scratch)
    expect(first.dotConfig.get('CONFIG_KEPT')).toBeUndefined()
    const second = await olddefconfig(tree, defconfig('CONFIG_IKCONFIG=y\n'), 'amd64', scratch)
    expect(second.dotConfig.get('CONFIG_KEPT')).toBe('y')
    // Nothing of the first run's .config is left.
    expect(second.dotConfig.get('CONFIG_OVERLAY_FS')).toBeUndefined()
    expect(second.dotConfig.get('CONFIG_IKCONFIG')).toBe('y')
  })

  it('is not reused for another ARCH, another tree or another version of it; only the latest is kept', async () => {
    const scratch = path.join(dir, 'linux')
    const one = fakeTree('one')
    await olddefconfig(one, defconfig(), 'amd64', scratch)
    const arm = await olddefconfig(one, defconfig(), 'arm64', scratch)
    expect(arm.dotConfig.get('CONFIG_KEPT')).toBeUndefined()
    expect(arm.dotConfig.get('CONFIG_RAN_FOR_arm64')).toBe('y')
    expect(fs.readdirSync(scratch)).toHaveLength(1)

    const two = await olddefconfig(fakeTree('two'), defconfig(), 'arm64', scratch)
    expect(two.dotConfig.get('CONFIG_KEPT')).toBeUndefined()
    expect(two.dotConfig.get('CONFIG_TREE_TWO')).toBe('y')

    // The same folder, upgraded in place to another version.
    fs.rmSync(path.join(dir, 'two'), { recursive: true })
    const upgraded = await olddefconfig(fakeTree('two', '6.12.1'), defconfig(), 'arm64', scratch)
    expect(upgraded.dotConfig.get('CONFIG_KEPT')).toBeUndefined()
    expect(fs.readdirSync(scratch)).toHaveLength(1)
  })

  it('is started afresh when a kept one fails, so a broken folder never fails the check', async () => {
    const scratch = path.join(dir, 'linux')
    const tree = fakeTree('one')
    await olddefconfig(tree, defconfig(), 'amd64', scratch)
    const [kept] = fs.readdirSync(scratch)
    fs.writeFileSync(path.join(scratch, kept, 'broken'), '')
    const again = await olddefconfig(tree, defconfig(), 'amd64', scratch)
    expect(again.dotConfig.get('CONFIG_OVERLAY_FS')).toBe('y')
    expect(again.dotConfig.get('CONFIG_KEPT')).toBeUndefined()
  })

  it('still fails, saying where, when the tree itself fails', async () => {
    const tree = fakeTree('one')
    fs.appendFileSync(path.join(tree, 'Makefile'), '$(error this tree is broken)\n')
    await expect(olddefconfig(tree, defconfig(), 'amd64', path.join(dir, 'linux'))).rejects.toThrow(
      `make olddefconfig failed in ${tree} for ARCH=x86_64`
    )
  })
})

const withLinux = describeIf(withoutLinux)
withLinux('the kept folder on a real kernel tree (LINUX_SRC)', () => {
  it('gives the same .config as a fresh folder after a run on another kernel_defconfig', async () => {
    const shipped = path.join(repo, 'configs', 'amd64', 'kernel_defconfig')
    const changed = defconfig(
      fs
        .readFileSync(shipped, 'utf8')
        .replace(/^CONFIG_OVERLAY_FS=.*$/m, '# CONFIG_OVERLAY_FS is not set')
    )
    const kept = path.join(dir, 'kept')
    const before = await olddefconfig(linuxSrc as string, changed, 'amd64', kept)
    expect(before.dotConfig.get('CONFIG_OVERLAY_FS')).not.toBe('y')
    const reused = await olddefconfig(linuxSrc as string, shipped, 'amd64', kept)
    const fresh = await olddefconfig(linuxSrc as string, shipped, 'amd64', path.join(dir, 'fresh'))
    expect(reused.dotConfig.get('CONFIG_OVERLAY_FS')).toMatch(/^[ym]$/)
    expect([...reused.dotConfig]).toEqual([...fresh.dotConfig])
  }, 600_000)
})
