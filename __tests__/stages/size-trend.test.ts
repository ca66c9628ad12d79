// The size trend: each image against the last successful build of the same target, a warning
// past size-change-warning either way. On the fixture, each package adds 64 KiB that do not
// compress to the root filesystem, so a package more or less moves rootfs.ext4.xz by a sixth.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { RawInputs } from '../../src/inputs/schema.js'
import { runMain } from '../../src/pipeline/main.js'
import { fixtureContext, fixtureInputs } from '../helpers/pipeline-harness.js'
import { compareSizes } from '../../src/stages/size-trend.js'
import { createBuildrootFixture, type BuildrootFixture } from '../helpers/buildroot-fixture.js'
import { recordingPlatform, type RecordingPlatform } from '../helpers/recording-platform.js'

describe('compareSizes', () => {
  it('gives each file its change in percent, flags past the threshold either way, and leaves out the SBOM', () => {
    expect(
      compareSizes(
        [
          { name: 'rootfs.ext4.xz', bytes: 80 },
          { name: 'bzImage', bytes: 105 },
          { name: 'buildroot-k8s-amd64.iso', bytes: 150 },
          { name: 'dtbs/new.dtb', bytes: 10 },
          { name: 'sbom.cdx.json', bytes: 999 }
        ],
        [
          { name: 'rootfs.ext4.xz', bytes: 100 },
          { name: 'bzImage', bytes: 100 },
          { name: 'buildroot-k8s-amd64.iso', bytes: 100 },
          { name: 'sbom.cdx.json', bytes: 1 }
        ],
        10
      )
    ).toEqual([
      { name: 'rootfs.ext4.xz', bytes: 80, previous: 100, percent: -20, flagged: true },
      { name: 'bzImage', bytes: 105, previous: 100, percent: 5, flagged: false },
      { name: 'buildroot-k8s-amd64.iso', bytes: 150, previous: 100, percent: 50, flagged: true },
      { name: 'dtbs/new.dtb', bytes: 10, previous: undefined, flagged: false }
    ])
  })

  it('flags nothing when the warning is off', () => {
    expect(
      compareSizes([{ name: 'a', bytes: 1 }], [{ name: 'a', bytes: 1000 }], undefined)[0].flagged
    ).toBe(false)
  })
})

describe('size trend over the pipeline', () => {
  let fx: BuildrootFixture
  beforeEach(() => {
    fx = createBuildrootFixture()
  })
  afterEach(() => fx.cleanup())

  const run = async (runId: string, extra: RawInputs = {}): Promise<RecordingPlatform> => {
    const platform = recordingPlatform(path.join(fx.root, 'platform'))
    const inputs = fixtureInputs(fx, {
      'output-dir': path.join(fx.root, `out-${runId}`),
      upload: 'false',
      ...extra
    })
    // A fresh runner each time: the same folders, empty, and only the cache in common.
    fs.rmSync(path.join(fx.root, 'work'), { recursive: true, force: true })
    const context = fixtureContext(fx, { cacheRoot: path.join(fx.root, 'work'), runId })
    expect(await runMain(platform, inputs, context)).toBe(true)
    return platform
  }

  it('warns when the root filesystem grew past the threshold against the last build, and shows the table', async () => {
    const first = await run('run-1')
    expect(first.messages.map(m => m.text)).toContain(
      'No earlier successful build of amd64 with containerd in the cache: no size comparison this time.'
    )
    const second = await run('run-2', { 'config-fragment': 'BR2_PACKAGE_HTOP=y' })
    expect(second.warnings().map(w => w.text)).toEqual([
      expect.stringMatching(
        /^rootfs\.ext4\.xz is [\d.]+ KiB, \+1[5-8]\.\d% against [\d.]+ KiB in the last successful build of amd64 with containerd \(size-change-warning: 10%\)\./
      )
    ])
    const summary = second.summary.join('\n')
    expect(summary).toContain('### Size against the last build')
    expect(summary).toMatch(
      /\| `rootfs\.ext4\.xz` \| [\d.]+ KiB \| [\d.]+ KiB \| \+1[5-8]\.\d% ⚠️ \|/
    )
    expect(summary).toContain('| `bzImage` | 64.0 KiB | 64.0 KiB | +0.0% |')

    // Against the build just made, dropping htop again shrinks it: flagged too, unless the
    // threshold is above the change or off.
    const quiet = await run('run-3', { 'size-change-warning': '20%' })
    expect(quiet.warnings()).toEqual([])
    expect(quiet.summary.join('\n')).toMatch(/\| `rootfs\.ext4\.xz` \| .* \| −1[3-6]\.\d% \|/)
    const off = await run('run-4', {
      'config-fragment': 'BR2_PACKAGE_HTOP=y',
      'size-change-warning': 'off'
    })
    expect(off.warnings()).toEqual([])
  })

  it('compares with the last successful build only: a failed build does not become the reference', async () => {
    await run('run-1')
    const failing = recordingPlatform(path.join(fx.root, 'platform'))
    const inputs = fixtureInputs(fx, {
      'output-dir': path.join(fx.root, 'out-failing'),
      'config-fragment': 'BR2_PACKAGE_HTOP=y\nBR2_PACKAGE_FIXTURE_BROKEN=y',
      upload: 'false'
    })
    expect(
      await runMain(
        failing,
        inputs,
        fixtureContext(fx, { cacheRoot: path.join(fx.root, 'work'), runId: 'run-2' })
      )
    ).toBe(false)
    const entries = fs.readdirSync(path.join(fx.root, 'platform', 'cache', 'entries'))
    expect(entries.map(decodeURIComponent).filter(k => k.includes('manifest'))).toEqual([
      'buildroot-k8s-manifest-v1-amd64-containerd-run-1'
    ])
    const after = await run('run-3')
    expect(after.summary.join('\n')).toMatch(/\| `rootfs\.ext4\.xz` \| .* \| \+0\.0% \|/)
  })
})
