// The committed command-line bundle (dist/cli, what `npx buildroot-k8s` runs), on the
// Buildroot-shaped fixture: images land in the artifacts folder, checksums verify, the outputs
// are printed, and two targets sharing one --cache-dir keep out of each other's way.
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { createBuildrootFixture, type BuildrootFixture } from './helpers/buildroot-fixture.js'

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

let fx: BuildrootFixture
beforeEach(() => {
  fx = createBuildrootFixture()
})
afterEach(() => fx.cleanup())

/** `buildroot-k8s build --target <target>` with every folder under the fixture. */
function build(target: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const args = [
    path.join(REPO, 'dist', 'cli', 'index.js'),
    'build',
    '--target',
    target,
    '--buildroot-src',
    fx.buildrootDir,
    '--config-dir',
    fx.configDir,
    '--output',
    path.join(fx.root, `out-${target}`),
    '--cache-dir',
    path.join(fx.root, 'cache'),
    '--artifacts-dir',
    path.join(fx.root, 'artifacts'),
    // The fixture's images are placeholders: the smoke stage has its own tests.
    '--smoke-test',
    'off'
  ]
  return new Promise(resolve => {
    const child = spawn(process.execPath, args, { cwd: fx.root, env: { ...process.env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('close', code => resolve({ code, stdout, stderr }))
  })
}

it('builds both targets at once into one cache folder: images, verified checksums, outputs', async () => {
  const [amd64, arm64] = await Promise.all([build('amd64'), build('arm64')])
  expect([amd64.code, arm64.code]).toEqual([0, 0])

  for (const [target, image] of [
    ['amd64', 'buildroot-k8s-amd64.iso'],
    ['arm64', 'buildroot-k8s-arm64-sdcard.img.xz']
  ]) {
    const artifact = path.join(fx.root, 'artifacts', `buildroot-k8s-${target}`)
    expect(fs.readdirSync(artifact)).toContain(image)
    execFileSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: artifact })
  }
  expect(amd64.stdout).toMatch(/^images-dir=.*out-amd64\/artifact$/m)
  expect(amd64.stderr).toContain(`Summary: ${path.join(fx.root, 'out-amd64', 'summary.md')}`)

  // Each target's dl/ still holds its own sources: saving one never pruned the other's.
  for (const target of ['amd64', 'arm64']) {
    const dl = path.join(fx.root, 'cache', 'work', target, 'dl')
    expect(fs.readdirSync(dl).sort()).toEqual(
      expect.arrayContaining(['containerd', 'kubernetes-node', 'linux', 'runc'])
    )
  }
})
