// output-dir must be the action's own folder: Buildroot writes .config, build/, host/ and
// images/ straight into it.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { OUTPUT_MARKER, prepareOutputFolder } from '../../src/stages/output-folder.js'

let root: string
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'output-folder-'))
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

it('takes a new or empty folder, and marks it as the action’s own', () => {
  const fresh = path.join(root, 'new', 'amd64')
  prepareOutputFolder(fresh, 'amd64')
  expect(JSON.parse(fs.readFileSync(path.join(fresh, OUTPUT_MARKER), 'utf8'))).toEqual({
    tool: 'buildroot-k8s-action',
    target: 'amd64'
  })
  prepareOutputFolder(fresh, 'amd64')
})

it('refuses a folder that holds other files, and leaves them alone', () => {
  const src = path.join(root, 'src')
  fs.mkdirSync(src)
  fs.writeFileSync(path.join(src, 'main.c'), 'int main(void) { return 0; }\n')
  expect(() => prepareOutputFolder(src, 'amd64')).toThrow(
    `output-dir ${src} already holds files that are not a build of this action (no ${OUTPUT_MARKER})`
  )
  expect(fs.readdirSync(src)).toEqual(['main.c'])
})

it('takes an output folder an earlier version of the action built in (its merged defconfig)', () => {
  const old = path.join(root, 'old')
  fs.mkdirSync(path.join(old, 'build'), { recursive: true })
  fs.writeFileSync(path.join(old, 'buildroot-k8s_defconfig'), 'BR2_x86_64=y\n')
  fs.writeFileSync(path.join(old, '.config'), 'BR2_x86_64=y\n')
  prepareOutputFolder(old, 'amd64')
  expect(fs.existsSync(path.join(old, OUTPUT_MARKER))).toBe(true)
})

it("refuses another target's build: Buildroot cannot switch architectures in one folder", () => {
  const dir = path.join(root, 'out')
  prepareOutputFolder(dir, 'arm64')
  fs.writeFileSync(path.join(dir, '.config'), 'BR2_aarch64=y\n')
  expect(() => prepareOutputFolder(dir, 'amd64')).toThrow(
    `output-dir ${dir} holds a build of arm64, not amd64`
  )
})

it('refuses a folder that holds the caches', () => {
  expect(() =>
    prepareOutputFolder(root, 'amd64', [
      { name: 'the cache folder', dir: path.join(root, 'cache') }
    ])
  ).toThrow(`output-dir ${root} holds the cache folder (${path.join(root, 'cache')})`)
})

const asRoot = process.getuid?.() === 0
let mounted = false
if (asRoot) {
  try {
    fs.mkdirSync('/tmp/.output-folder-test-ro', { recursive: true })
    execFileSync('mount', [
      '-t',
      'tmpfs',
      '-o',
      'ro,size=1m',
      'tmpfs',
      '/tmp/.output-folder-test-ro'
    ])
    mounted = true
    execFileSync('umount', ['/tmp/.output-folder-test-ro'])
  } catch {
    console.info('Skipping the read-only file system case: tmpfs cannot be mounted here.')
  }
  fs.rmSync('/tmp/.output-folder-test-ro', { recursive: true, force: true })
}

it('names a folder it cannot write, and why', () => {
  const locked = path.join(root, 'locked')
  fs.mkdirSync(locked)
  if (asRoot && mounted) {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', locked])
  } else {
    fs.chmodSync(locked, 0o555)
  }
  try {
    const dir = path.join(locked, 'amd64')
    let message = ''
    try {
      prepareOutputFolder(dir, 'amd64')
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(
      new RegExp(
        `^output-dir ${dir} cannot be written \\((it is on a read-only file system|EACCES.*)\\)\\. Choose a folder this user can write`
      )
    )
  } finally {
    if (asRoot && mounted) execFileSync('umount', [locked])
    fs.chmodSync(locked, 0o755)
  }
})
