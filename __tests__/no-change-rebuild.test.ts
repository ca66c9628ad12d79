// No-change rebuilds over the whole pipeline (runMain, then runPost), on the Buildroot-shaped
// fixture with the local cache: a run whose inputs hash an earlier run saved images under
// restores them instead of building, and they go on to the artifact exactly as built ones do.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { describeFolder } from '../src/caches/manifest.js'
import type { RawInputs } from '../src/inputs/schema.js'
import { runMain } from '../src/pipeline/main.js'
import { runPost } from '../src/pipeline/post.js'
import { sha256File } from '../src/util/hash.js'
import { createBuildrootFixture, type BuildrootFixture } from './helpers/buildroot-fixture.js'
import { fixtureContext, fixtureInputs } from './helpers/pipeline-harness.js'
import { recordingPlatform, type RecordingPlatform } from './helpers/recording-platform.js'

let fx: BuildrootFixture

beforeEach(() => {
  fx = createBuildrootFixture()
})
afterEach(() => fx.cleanup())

const inputsFor = (extra: RawInputs = {}) => fixtureInputs(fx, extra)
const context = (runId: string) => fixtureContext(fx, { runId })

/** One job on a fresh runner (empty output and work folders), sharing only the cache. */
async function job(
  runId: string,
  extra: RawInputs = {}
): Promise<{ ok: boolean; platform: RecordingPlatform }> {
  fs.rmSync(path.join(fx.root, `out-${extra.target ?? 'amd64'}`), { recursive: true, force: true })
  fs.rmSync(path.join(fx.root, 'cache-work'), { recursive: true, force: true })
  fs.rmSync(path.join(fx.root, 'platform', 'artifacts'), { recursive: true, force: true })
  const platform = recordingPlatform(path.join(fx.root, 'platform'))
  const ok = await runMain(platform, inputsFor(extra), context(runId))
  await runPost(platform)
  return { ok, platform }
}

const built = (platform: RecordingPlatform) =>
  platform.messages.some(m => m.level === 'group' && m.text.startsWith('[1/6] '))
const artifact = () => path.join(fx.root, 'platform', 'artifacts', 'buildroot-k8s-amd64')
const checksums = () => fs.readFileSync(path.join(artifact(), 'SHA256SUMS'), 'utf8')
const imageEntries = () =>
  fs
    .readdirSync(path.join(fx.root, 'platform', 'cache', 'entries'))
    .map(decodeURIComponent)
    .filter(key => key.startsWith('buildroot-k8s-images-'))
    .sort()

describe('no-change rebuilds', () => {
  it('restores the images when nothing changed: no build, the same files, every output set', async () => {
    const first = await job('run-1')
    expect(first.ok).toBe(true)
    expect(built(first.platform)).toBe(true)
    expect(first.platform.outputs.get('image-cache-hit')).toBe('false')
    const inputsHash = first.platform.outputs.get('inputs-hash')
    expect(inputsHash).toMatch(/^[0-9a-f]{64}$/)
    const firstSums = checksums()

    const second = await job('run-2')
    expect(second.ok).toBe(true)
    expect(second.platform.errors()).toEqual([])
    expect(second.platform.warnings()).toEqual([])
    expect(built(second.platform)).toBe(false)
    expect(fs.existsSync(path.join(fx.root, 'out-amd64', 'build.log'))).toBe(false)
    expect(second.platform.outputs.get('image-cache-hit')).toBe('true')
    expect(second.platform.outputs.get('inputs-hash')).toBe(inputsHash)
    expect(second.platform.outputs.get('config-hash')).toBe(
      first.platform.outputs.get('config-hash')
    )
    for (const name of ['images-dir', 'kernel', 'rootfs', 'iso', 'checksums']) {
      expect(second.platform.outputs.get(name)).toBe(first.platform.outputs.get(name))
    }
    // What is uploaded is what the first run built, and it verifies.
    expect(checksums()).toBe(firstSums)
    execFileSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: artifact() })
    const manifest = JSON.parse(fs.readFileSync(path.join(artifact(), 'manifest.json'), 'utf8'))
    expect(manifest.inputsHash).toBe(inputsHash)

    const summary = second.platform.summary.join('\n')
    expect(summary).toMatch(
      /they were restored from the image cache \(`buildroot-k8s-images-v1-amd64-[0-9a-f]{32}-run-1`\), not built/
    )
    expect(summary).toContain('| `buildroot-k8s-amd64.iso` |')
    expect(second.platform.messages.map(m => m.text)).toContainEqual(
      expect.stringMatching(/^The images came from the image cache \(.*-run-1\): nothing was built/)
    )
  })

  it('arm64: the SD card image and the device trees come back too', async () => {
    const first = await job('run-1', { target: 'arm64' })
    expect(first.ok).toBe(true)
    const second = await job('run-2', { target: 'arm64' })
    expect(second.platform.errors()).toEqual([])
    expect(second.platform.outputs.get('image-cache-hit')).toBe('true')
    expect(second.platform.outputs.get('sdcard')).toBe(first.platform.outputs.get('sdcard'))
    const artifact = path.join(fx.root, 'platform', 'artifacts', 'buildroot-k8s-arm64')
    expect(fs.readdirSync(path.join(artifact, 'dtbs'))).toEqual([
      'bcm2710-rpi-3-b.dtb',
      'bcm2711-rpi-4-b.dtb'
    ])
    execFileSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: artifact })
  })

  it('builds again when an input changes: a config-fragment line, a file of the external tree', async () => {
    await job('run-1')
    const fragment = await job('run-2', { 'config-fragment': 'BR2_PACKAGE_HTOP=y' })
    expect(fragment.platform.outputs.get('image-cache-hit')).toBe('false')
    expect(fragment.platform.messages.some(m => m.text.startsWith('[1/7] '))).toBe(true)

    fs.appendFileSync(path.join(fx.externalDir, 'external.mk'), '# a comment is a change too\n')
    const external = await job('run-3')
    expect(external.platform.outputs.get('image-cache-hit')).toBe('false')
    expect(built(external.platform)).toBe(true)
  })

  it('rebuild: always builds and stores a fresh entry, which later runs prefer', async () => {
    await job('run-1')
    const forced = await job('run-2', { rebuild: 'always' })
    expect(built(forced.platform)).toBe(true)
    expect(forced.platform.messages.map(m => m.text)).toContain(
      'rebuild: always: building, whatever the image cache holds for these inputs.'
    )
    expect(imageEntries()).toEqual([
      expect.stringMatching(/-run-1$/),
      expect.stringMatching(/-run-2$/)
    ])
    const next = await job('run-3')
    expect(built(next.platform)).toBe(false)
    expect(next.platform.summary.join('\n')).toMatch(/image cache \(`[^`]*-run-2`\)/)
  })

  const entryDir = (key: string) =>
    path.join(fx.root, 'platform', 'cache', 'entries', encodeURIComponent(key))

  it('an entry whose archive changed after it was saved is set aside, not used: a warning, and a build', async () => {
    await job('run-1')
    // Corrupt the rootfs in the stored entry (the local cache keeps each path as a tar).
    const [key] = imageEntries()
    const tar = path.join(entryDir(key), '0.tar')
    const unpacked = fx.dir('unpacked')
    execFileSync('tar', ['-xf', tar, '-C', unpacked])
    fs.appendFileSync(path.join(unpacked, 'content', '0', 'rootfs.ext4.xz'), 'garbage')
    execFileSync('tar', ['-cf', tar, '-C', unpacked, '.'])

    const second = await job('run-2')
    expect(second.ok).toBe(true)
    expect(second.platform.warnings().map(w => w.text)).toEqual([
      expect.stringMatching(
        /^The local cache entry buildroot-k8s-images-v1-amd64-.*-run-1 could not be restored: 0\.tar does not match its recorded sha256 \(corrupted\); set aside in .*\.corrupt\/.*, trying the next older entry\.$/
      )
    ])
    expect(built(second.platform)).toBe(true)
    execFileSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: artifact() })
    // The next run restores the good entry the second one saved.
    expect(imageEntries()).toEqual([expect.stringMatching(/-run-2$/)])
    expect(built((await job('run-3')).platform)).toBe(false)
  })

  it('an entry that is whole but holds other images than were built is not used: a warning, and a build', async () => {
    await job('run-1')
    // As a run that saved images another run was overwriting would have left it: archive and
    // manifest agree with each other, not with what "Collect images" recorded.
    const [key] = imageEntries()
    const dir = entryDir(key)
    const unpacked = fx.dir('unpacked')
    execFileSync('tar', ['-xf', path.join(dir, '0.tar'), '-C', unpacked])
    fs.writeFileSync(path.join(unpacked, 'content', '0', 'rootfs.ext4.xz'), '')
    const manifest = await describeFolder(path.join(unpacked, 'content'), key)
    fs.writeFileSync(path.join(unpacked, 'manifest.json'), JSON.stringify(manifest))
    execFileSync('tar', ['-cf', path.join(dir, '0.tar'), '-C', unpacked, '.'])
    const entry = JSON.parse(fs.readFileSync(path.join(dir, 'entry.json'), 'utf8'))
    entry.archives[0] = {
      file: '0.tar',
      bytes: fs.statSync(path.join(dir, '0.tar')).size,
      sha256: await sha256File(path.join(dir, '0.tar'))
    }
    fs.writeFileSync(path.join(dir, 'entry.json'), JSON.stringify(entry))

    const second = await job('run-2')
    expect(second.ok).toBe(true)
    expect(second.platform.warnings().map(w => w.text)).toEqual([
      expect.stringMatching(
        /^The images restored from buildroot-k8s-images-v1-amd64-.*-run-1 are not usable \(rootfs\.ext4\.xz is 0 bytes, not the \d+ it was built with\): building them instead\.$/
      )
    ])
    expect(built(second.platform)).toBe(true)
    execFileSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: artifact() })
    expect(fs.statSync(path.join(artifact(), 'rootfs.ext4.xz')).size).toBeGreaterThan(0)
  })

  it('cache: read-only restores but stores no images; cache: off does neither', async () => {
    await job('run-1', { cache: 'read-only' })
    expect(fs.existsSync(path.join(fx.root, 'platform', 'cache', 'entries'))).toBe(false)

    await job('run-2')
    const off = await job('run-3', { cache: 'off' })
    expect(built(off.platform)).toBe(true)
    const readOnly = await job('run-4', { cache: 'read-only' })
    expect(built(readOnly.platform)).toBe(false)
    expect(imageEntries()).toHaveLength(1)
  })
})
