// runtime: cri-o over the whole pipeline (runMain, then runPost as the post step) on the
// Buildroot-shaped fixture: an image of its own (artifact, files, manifest, summary, SBOM), and
// a workflow run with a target x runtime matrix whose four jobs share one cache without
// taking each other's entries.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { RawInputs } from '../src/inputs/schema.js'
import { runMain } from '../src/pipeline/main.js'
import { runPost } from '../src/pipeline/post.js'
import { imageName, RUNTIMES, type Runtime } from '../src/runtimes.js'
import { TARGETS, type Target } from '../src/targets.js'
import { createBuildrootFixture, type BuildrootFixture } from './helpers/buildroot-fixture.js'
import { fixtureContext, fixtureInputs } from './helpers/pipeline-harness.js'
import { recordingPlatform, type RecordingPlatform } from './helpers/recording-platform.js'
import { installBuildrootTools, writeSpdxLicenseList } from './helpers/trust-fixtures.js'
import { describeIf, withoutBuildroot } from './helpers/witness.js'

let fx: BuildrootFixture
beforeEach(() => {
  fx = createBuildrootFixture()
})
afterEach(() => fx.cleanup())

const platformDir = () => path.join(fx.root, 'platform')
const artifactOf = (target: Target, runtime: Runtime) =>
  path.join(platformDir(), 'artifacts', imageName(target, runtime))

/** One job of a workflow run on a fresh runner (its own output and work folders), sharing only the cache. */
async function job(
  runId: string,
  target: Target,
  runtime: Runtime,
  extra: RawInputs = {}
): Promise<{ ok: boolean; platform: RecordingPlatform }> {
  // The default output folder of each image, empty as on a new runner.
  const outputDir = path.join(fx.root, `out-${imageName(target, runtime)}`)
  fs.rmSync(outputDir, { recursive: true, force: true })
  fs.rmSync(path.join(fx.root, 'cache-work'), { recursive: true, force: true })
  const platform = recordingPlatform(platformDir())
  const inputs = fixtureInputs(fx, {
    target,
    runtime,
    'output-dir': outputDir,
    ...extra
  })
  const ok = await runMain(platform, inputs, fixtureContext(fx, { runId }))
  await runPost(platform)
  return { ok, platform }
}

const cacheKeys = () =>
  fs
    .readdirSync(path.join(platformDir(), 'cache', 'entries'))
    .map(decodeURIComponent)
    .sort()

describe('runtime: cri-o', () => {
  it('builds amd64 with CRI-O: its own artifact and file names, a manifest, inputs hash and summary that say so', async () => {
    const { ok, platform } = await job('run-1', 'amd64', 'cri-o')
    expect(platform.errors()).toEqual([])
    expect(ok).toBe(true)

    const artifact = artifactOf('amd64', 'cri-o')
    expect(path.basename(artifact)).toBe('buildroot-k8s-amd64-cri-o')
    expect(fs.readdirSync(artifact).sort()).toEqual(
      [
        'SHA256SUMS',
        'buildroot-k8s-amd64-cri-o.iso',
        'bzImage',
        'manifest.json',
        'rootfs.ext4.xz'
      ].sort()
    )
    execFileSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: artifact })
    expect(path.basename(platform.outputs.get('iso') ?? '')).toBe('buildroot-k8s-amd64-cri-o.iso')

    const manifest = JSON.parse(fs.readFileSync(path.join(artifact, 'manifest.json'), 'utf8'))
    expect(manifest.runtime).toBe('cri-o')
    expect(manifest.versions['cri-o']).toBe('1.0-fixture')
    // The fixture's defconfig names containerd and runc: the cri-o fragment turned them off.
    expect(manifest.versions.containerd).toBeUndefined()
    expect(manifest.versions.runc).toBeUndefined()

    const groups = platform.messages.filter(m => m.level === 'group').map(m => m.text)
    expect(groups).toContainEqual(expect.stringMatching(/^\[\d\/\d\] cri-o 1\.0-fixture$/))
    expect(groups.some(g => / (containerd|runc) /.test(g))).toBe(false)
    expect(platform.messages.map(m => m.text)).toContain('runtime: cri-o')

    const summary = platform.summary.join('\n')
    expect(summary).toMatch(/^## ✅ Buildroot Kubernetes node image: amd64 with CRI-O$/m)
    expect(summary).toContain('| cri-o | 1.0-fixture |')
    expect(summary).toContain('| `buildroot-k8s-amd64-cri-o.iso` |')
    expect(summary).toContain('Artifact: `buildroot-k8s-amd64-cri-o`')
  })

  it('a containerd build of the same target differs in config hash and inputs hash, not in its names', async () => {
    const crio = await job('run-1', 'amd64', 'cri-o')
    const containerd = await job('run-1', 'amd64', 'containerd')
    expect(containerd.ok).toBe(true)
    const out = (job: { platform: RecordingPlatform }, name: string) =>
      job.platform.outputs.get(name)
    expect(out(containerd, 'config-hash')).not.toBe(out(crio, 'config-hash'))
    expect(out(containerd, 'inputs-hash')).not.toBe(out(crio, 'inputs-hash'))
    expect(path.basename(out(containerd, 'iso') ?? '')).toBe('buildroot-k8s-amd64.iso')
    const manifest = JSON.parse(
      fs.readFileSync(path.join(artifactOf('amd64', 'containerd'), 'manifest.json'), 'utf8')
    )
    expect([manifest.runtime, manifest.versions.containerd, manifest.versions['cri-o']]).toEqual([
      'containerd',
      '1.0-fixture',
      undefined
    ])
  })

  it('a target x runtime matrix in one workflow run: four artifacts, and cache entries that never collide', async () => {
    const matrix = TARGETS.flatMap(target => RUNTIMES.map(runtime => [target, runtime] as const))
    for (const [target, runtime] of matrix) {
      const { ok, platform } = await job('run-1', target, runtime)
      expect([target, runtime, ok, platform.warnings()]).toEqual([target, runtime, true, []])
    }
    for (const [target, runtime] of matrix) {
      expect(fs.existsSync(path.join(artifactOf(target, runtime), 'manifest.json'))).toBe(true)
    }
    // Every job saved its own ccache, images and size-trend entries under the same run id.
    const keys = cacheKeys()
    const saved = (prefix: string) => keys.filter(key => key.startsWith(prefix))
    expect(saved('buildroot-ccache-')).toHaveLength(4)
    expect(saved('buildroot-k8s-images-')).toHaveLength(4)
    expect(saved('buildroot-k8s-manifest-')).toEqual([
      'buildroot-k8s-manifest-v1-amd64-containerd-run-1',
      'buildroot-k8s-manifest-v1-amd64-cri-o-run-1',
      'buildroot-k8s-manifest-v1-arm64-containerd-run-1',
      'buildroot-k8s-manifest-v1-arm64-cri-o-run-1'
    ])
    // dl/ follows the download list: one entry per distinct list.
    expect(saved('buildroot-dl-').length).toBeGreaterThanOrEqual(2)

    // The next run: each image comes back from its own entry, each ccache from its own runtime.
    for (const runtime of RUNTIMES) {
      const again = await job('run-2', 'amd64', runtime)
      expect(again.platform.errors()).toEqual([])
      expect(again.platform.outputs.get('image-cache-hit')).toBe('true')
      const manifest = JSON.parse(
        fs.readFileSync(path.join(artifactOf('amd64', runtime), 'manifest.json'), 'utf8')
      )
      expect(manifest.runtime).toBe(runtime)
      // Its size is compared with the last build of the same target and runtime.
      expect(again.platform.messages.map(m => m.text)).toContainEqual(
        expect.stringMatching(
          new RegExp(`manifest.* restored from buildroot-k8s-manifest-v1-amd64-${runtime}-run-1\\b`)
        )
      )
    }
    const forced = await job('run-3', 'amd64', 'cri-o', { rebuild: 'always' })
    expect(forced.platform.messages.map(m => m.text)).toContainEqual(
      expect.stringMatching(/^ccache.* restored from buildroot-ccache-v1-amd64-.*-cri-o-run-1\b/)
    )
  })
})

describeIf(withoutBuildroot)(
  "runtime: cri-o, the SBOM (Buildroot's own generate-cyclonedx)",
  () => {
    it('names the CRI-O image and lists cri-o with its licences and CPE, not containerd', async () => {
      expect(installBuildrootTools(fx.buildrootDir)).toBe(true)
      writeSpdxLicenseList(path.join(fx.root, 'cache-work', 'spdx'))
      const platform = recordingPlatform(platformDir())
      const inputs = fixtureInputs(fx, {
        target: 'amd64',
        runtime: 'cri-o',
        'output-dir': path.join(fx.root, 'out-amd64-cri-o'),
        'cve-report': 'off'
      })
      expect(await runMain(platform, inputs, fixtureContext(fx))).toBe(true)
      const artifact = artifactOf('amd64', 'cri-o')
      const sbom = JSON.parse(fs.readFileSync(path.join(artifact, 'sbom.cdx.json'), 'utf8'))
      expect(sbom.metadata.component.name).toBe('buildroot-k8s-amd64-cri-o')
      const names = sbom.components.map((c: { name: string }) => c.name)
      expect(names).toContain('cri-o')
      expect(names).not.toContain('containerd')
      expect(sbom.components.find((c: { name: string }) => c.name === 'cri-o')).toMatchObject({
        version: '1.0-fixture',
        cpe: 'cpe:2.3:a:kubernetes:cri-o:1.0-fixture:*:*:*:*:*:*:*',
        licenses: [
          { license: { name: 'Apache-2.0 (cri-o, pinns, conmon, runc)' } },
          { license: { name: 'GPL-2.0+ (crun)' } }
        ]
      })
      expect(fs.readFileSync(path.join(artifact, 'SHA256SUMS'), 'utf8')).toMatch(
        / {2}sbom\.cdx\.json$/m
      )
    })
  }
)
