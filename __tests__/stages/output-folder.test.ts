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
  prepareOutputFolder(fresh, 'amd64', 'containerd')
  expect(JSON.parse(fs.readFileSync(path.join(fresh, OUTPUT_MARKER), 'utf8'))).toEqual({
    tool: 'buildroot-k8s-action',
    target: 'amd64',
    runtime: 'containerd'
  })
  prepareOutputFolder(fresh, 'amd64', 'containerd')
})

it('refuses a folder that holds other files, and leaves them alone', () => {
  const src = path.join(root, 'src')
  fs.mkdirSync(src)
  fs.writeFileSync(path.join(src, 'main.c'), 'int main(void) { return 0; }\n')
  expect(() => prepareOutputFolder(src, 'amd64', 'containerd')).toThrow(
    `output-dir ${src} already holds files that are not a build of this action (no ${OUTPUT_MARKER})`
  )
  expect(fs.readdirSync(src)).toEqual(['main.c'])
})

it('takes an output folder an earlier version of the action built in (its merged defconfig)', () => {
  const old = path.join(root, 'old')
  fs.mkdirSync(path.join(old, 'build'), { recursive: true })
  fs.writeFileSync(path.join(old, 'buildroot-k8s_defconfig'), 'BR2_x86_64=y\n')
  fs.writeFileSync(path.join(old, '.config'), 'BR2_x86_64=y\n')
  prepareOutputFolder(old, 'amd64', 'containerd')
  expect(fs.existsSync(path.join(old, OUTPUT_MARKER))).toBe(true)
})

it("refuses another target's build: Buildroot cannot switch architectures in one folder", () => {
  const dir = path.join(root, 'out')
  prepareOutputFolder(dir, 'arm64', 'containerd')
  fs.writeFileSync(path.join(dir, '.config'), 'BR2_aarch64=y\n')
  expect(() => prepareOutputFolder(dir, 'amd64', 'containerd')).toThrow(
    `output-dir ${dir} holds a build of arm64, not amd64`
  )
})

it("refuses the other runtime's build: Buildroot never removes what a dropped package installed", () => {
  const dir = path.join(root, 'out')
  prepareOutputFolder(dir, 'amd64', 'containerd')
  fs.writeFileSync(path.join(dir, '.config'), 'BR2_PACKAGE_CONTAINERD=y\n')
  expect(() => prepareOutputFolder(dir, 'amd64', 'cri-o')).toThrow(
    `output-dir ${dir} holds a containerd build of amd64, not CRI-O: Buildroot does not remove the packages a changed configuration drops`
  )
  // The folder is left as it was: still containerd's.
  expect(JSON.parse(fs.readFileSync(path.join(dir, OUTPUT_MARKER), 'utf8')).runtime).toBe(
    'containerd'
  )
  prepareOutputFolder(dir, 'amd64', 'containerd')
})

it('reads a marker from before runtimes as a containerd build', () => {
  const dir = path.join(root, 'older')
  fs.mkdirSync(dir)
  fs.writeFileSync(
    path.join(dir, OUTPUT_MARKER),
    JSON.stringify({ tool: 'buildroot-k8s-action', target: 'amd64' })
  )
  prepareOutputFolder(dir, 'amd64', 'containerd')
  fs.writeFileSync(
    path.join(dir, OUTPUT_MARKER),
    JSON.stringify({ tool: 'buildroot-k8s-action', target: 'amd64' })
  )
  expect(() => prepareOutputFolder(dir, 'amd64', 'cri-o')).toThrow('holds a containerd build')
})

it('refuses a folder that holds the caches', () => {
  expect(() =>
    prepareOutputFolder(root, 'amd64', 'containerd', [
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
      prepareOutputFolder(dir, 'amd64', 'containerd')
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
