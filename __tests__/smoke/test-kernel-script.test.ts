// scripts/build-test-kernel.sh, the kernel of the QEMU smoke tests, on a fake kernel tree (a
// Makefile that answers the script's make calls in two seconds): two runs at once build once
// and share the result; the cache key follows kernel_defconfig, the kernel version and the
// script's RECIPE, not its comments.
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect } from '@jest/globals'
import { itIf } from '../helpers/witness.js'

const REPO = path.resolve(import.meta.dirname, '..', '..')
const hasFlock = (() => {
  try {
    execFileSync('flock', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()
const withFlock = itIf(
  hasFlock ? undefined : 'the test-kernel script tests need flock (util-linux)'
)

const FAKE_MAKEFILE = `kernelversion:
\t@echo 6.12.99
olddefconfig:
\t@true
bzImage:
\t@sleep 2
\t@mkdir -p $(O)/arch/x86/boot $(O)/include/config
\t@echo kernel > $(O)/arch/x86/boot/bzImage
\t@echo 6.12.99-test > $(O)/include/config/kernel.release
\t@echo build >> $(FAKE_LOG)
modules:
\t@true
modules_install:
\t@mkdir -p $(INSTALL_MOD_PATH)/lib/modules/6.12.99-test/kernel
`

let root: string
let script: string
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'test-kernel-'))
  script = path.join(root, 'repo', 'scripts', 'build-test-kernel.sh')
  fs.mkdirSync(path.dirname(script), { recursive: true })
  fs.copyFileSync(path.join(REPO, 'scripts', 'build-test-kernel.sh'), script)
  fs.chmodSync(script, 0o755)
  fs.mkdirSync(path.join(root, 'repo', 'configs', 'amd64'), { recursive: true })
  fs.copyFileSync(
    path.join(REPO, 'configs', 'amd64', 'kernel_defconfig'),
    path.join(root, 'repo', 'configs', 'amd64', 'kernel_defconfig')
  )
  fs.mkdirSync(path.join(root, 'linux'))
  fs.writeFileSync(path.join(root, 'linux', 'Makefile'), FAKE_MAKEFILE)
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

function build(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    const child = spawn(script, [path.join(root, 'linux'), path.join(root, 'cache')], {
      env: { ...process.env, FAKE_LOG: path.join(root, 'builds.log') }
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('close', code => resolve({ code, stdout: stdout.trim(), stderr }))
  })
}
const builds = () =>
  fs.readFileSync(path.join(root, 'builds.log'), 'utf8').split('\n').filter(Boolean).length

withFlock(
  'two runs at once: one builds, the other waits for it and prints the same kernel',
  async () => {
    const [first, second] = await Promise.all([build(), build()])
    expect([first.code, second.code]).toEqual([0, 0])
    expect(second.stdout).toBe(first.stdout)
    expect(fs.readdirSync(first.stdout).sort()).toEqual([
      'bzImage',
      'config',
      'kernel.release',
      'modules'
    ])
    expect(builds()).toBe(1)
    expect(first.stderr + second.stderr).toContain('another run is building this kernel')
    // No build or stage folder is left beside the entry.
    expect(fs.readdirSync(path.join(root, 'cache')).filter(n => !n.endsWith('.lock'))).toEqual([
      path.basename(first.stdout)
    ])
  },
  60_000
)

withFlock(
  'a comment in the script keeps the kernel; the recipe and kernel_defconfig make a new one',
  async () => {
    const first = await build()
    fs.appendFileSync(script, '# a comment, and the lock could change too\n')
    expect((await build()).stdout).toBe(first.stdout)
    expect(builds()).toBe(1)

    fs.writeFileSync(
      script,
      fs.readFileSync(script, 'utf8').replace('RECIPE="recipe 1:', 'RECIPE="recipe 2:')
    )
    const recipe = await build()
    expect(recipe.stdout).not.toBe(first.stdout)
    expect(builds()).toBe(2)

    fs.appendFileSync(
      path.join(root, 'repo', 'configs', 'amd64', 'kernel_defconfig'),
      'CONFIG_EXT4_FS=y\n'
    )
    const defconfig = await build()
    expect(new Set([first.stdout, recipe.stdout, defconfig.stdout]).size).toBe(3)
    expect(builds()).toBe(3)
  },
  60_000
)
