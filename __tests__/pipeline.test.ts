// The whole build pipeline (runMain, then runPost as the post step) against the
// Buildroot-shaped fixture, with the local cache and artifact folders.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { InputError, type RawInputs } from '../src/inputs/schema.js'
import { runMain } from '../src/pipeline/main.js'
import { runPost } from '../src/pipeline/post.js'
import { createBuildrootFixture, type BuildrootFixture } from './helpers/buildroot-fixture.js'
import { fixtureContext, fixtureInputs } from './helpers/pipeline-harness.js'
import { recordingPlatform, type RecordingPlatform } from './helpers/recording-platform.js'

let fx: BuildrootFixture
let platform: RecordingPlatform

beforeEach(() => {
  fx = createBuildrootFixture()
  platform = recordingPlatform(fx.dir('platform'))
})
afterEach(() => fx.cleanup())

const inputsFor = (target: string, extra: RawInputs = {}) => fixtureInputs(fx, { target, ...extra })

const context = (runId = 'run-1') => fixtureContext(fx, { runId })

const errorTexts = () => platform.errors().map(e => e.text)

describe('build mode', () => {
  it('builds amd64: ISO, kernel, compressed rootfs, checksums that verify, manifest and summary', async () => {
    const ok = await runMain(platform, inputsFor('amd64'), context())
    expect(errorTexts()).toEqual([])
    expect(ok).toBe(true)

    const out = platform.outputs
    expect(out.get('buildroot-version')).toBe('2025.02.16')
    expect(out.get('config-hash')).toMatch(/^[0-9a-f]{64}$/)
    expect(path.basename(out.get('iso') ?? '')).toBe('buildroot-k8s-amd64.iso')
    expect(path.basename(out.get('kernel') ?? '')).toBe('bzImage')
    expect(path.basename(out.get('rootfs') ?? '')).toBe('rootfs.ext4.xz')
    expect(out.get('sdcard')).toBeUndefined()
    expect(out.get('dl-cache-hit')).toBe('false')
    expect(out.get('ccache-cache-hit')).toBe('false')

    // What the local artifact store received is what a user downloads: checksums must verify.
    const artifact = path.join(fx.root, 'platform', 'artifacts', 'buildroot-k8s-amd64')
    expect(fs.readdirSync(artifact).sort()).toEqual(
      ['SHA256SUMS', 'buildroot-k8s-amd64.iso', 'bzImage', 'manifest.json', 'rootfs.ext4.xz'].sort()
    )
    execFileSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: artifact })
    execFileSync('xz', ['--test', 'rootfs.ext4.xz'], { cwd: artifact })
    const manifest = JSON.parse(fs.readFileSync(path.join(artifact, 'manifest.json'), 'utf8'))
    expect(manifest.versions).toMatchObject({
      buildroot: '2025.02.16',
      linux: '6.12.0-fixture-v8',
      kubernetes: '1.0-fixture',
      containerd: '1.0-fixture',
      runc: '1.0-fixture'
    })

    const groups = platform.messages.filter(m => m.level === 'group').map(m => m.text)
    // Six packages build (the virtual toolchain package has no steps).
    expect(groups).toContain('[1/6] host-ccache 1.0-fixture')
    expect(groups).toContain('[6/6] kubernetes-node 1.0-fixture')
    const summary = platform.summary.join('\n')
    expect(summary).toContain('buildroot-k8s-amd64.iso')
    expect(summary).toContain('### Slowest packages')
    expect(summary).toMatch(/\| kubernetes-node \| \d+ s \|/)
  })

  it('builds arm64: an xz SD card image and the device trees', async () => {
    expect(await runMain(platform, inputsFor('arm64'), context())).toBe(true)
    const sdcard = platform.outputs.get('sdcard') ?? ''
    expect(path.basename(sdcard)).toBe('buildroot-k8s-arm64-sdcard.img.xz')
    execFileSync('xz', ['--test', sdcard])
    // The 64 MiB sparse image must not become 64 MiB of artifact.
    expect(fs.statSync(sdcard).size).toBeLessThan(1024 * 1024)
    const decompressed = execFileSync('xz', ['--decompress', '--stdout', sdcard], {
      maxBuffer: 128 * 1024 * 1024
    })
    expect(decompressed.length).toBe(64 * 1024 * 1024)
    const images = platform.outputs.get('images-dir') ?? ''
    expect(fs.readdirSync(path.join(images, 'dtbs'))).toEqual([
      'bcm2710-rpi-3-b.dtb',
      'bcm2711-rpi-4-b.dtb'
    ])
    expect(platform.outputs.get('iso')).toBeUndefined()
  })

  it("uses the action's own BR2_EXTERNAL tree when config-dir has no external/", async () => {
    const actionTree = path.join(fx.root, 'action-external')
    fs.renameSync(fx.externalDir, actionTree)
    expect(
      await runMain(platform, inputsFor('amd64'), { ...context(), ownExternalTree: actionTree })
    ).toBe(true)
  })

  it('says so when the config does not enable ccache, which the ccache cache depends on', async () => {
    expect(
      await runMain(
        platform,
        inputsFor('amd64', { 'config-fragment': '# BR2_CCACHE is not set' }),
        context()
      )
    ).toBe(true)
    const notice = platform.messages.find(m => m.level === 'notice')
    expect(notice?.text).toMatch(/^BR2_CCACHE is not set in buildroot_defconfig/)
    expect(notice?.at?.file).toBe(path.join(fx.configDir, 'amd64', 'buildroot_defconfig'))
  })

  it('never writes into the config folder', async () => {
    const before = fs.readdirSync(path.join(fx.configDir, 'amd64')).sort()
    await runMain(platform, inputsFor('amd64'), context())
    expect(fs.readdirSync(path.join(fx.configDir, 'amd64')).sort()).toEqual(before)
  })

  it('restores caches on the next run: exact dl/ hit not saved again, ccache from a restore key saved anew', async () => {
    expect(await runMain(platform, inputsFor('amd64'), context('run-1'))).toBe(true)
    await runPost(platform)
    const firstSaved = platform.summary.at(-1) ?? ''
    expect(firstSaved).toMatch(/\| dl\/ \| `buildroot-dl-v1-[0-9a-f]+` \| saved \|/)
    expect(firstSaved).toMatch(
      /\| ccache \| `buildroot-ccache-v1-amd64-2025\.02\.16-[0-9a-f]+-p[0-9a-f]{12}-run-1` \| saved \|/
    )

    // A second job on a fresh machine: new output folder and empty cache folders.
    fs.rmSync(path.join(fx.root, 'cache-work'), { recursive: true })
    const second = recordingPlatform(path.join(fx.root, 'platform'))
    const inputs = inputsFor('amd64', { 'output-dir': path.join(fx.root, 'out-second') })
    expect(await runMain(second, inputs, context('run-2'))).toBe(true)
    expect(second.outputs.get('dl-cache-hit')).toBe('true')
    expect(second.outputs.get('ccache-cache-hit')).toBe('true')
    expect(second.messages.map(m => m.text)).toContainEqual(
      expect.stringMatching(/^ccache restored from .*-run-1\.$/)
    )
    await runPost(second)
    const saved = second.summary.at(-1) ?? ''
    expect(saved).toContain('not saved: restored from this exact key')
    expect(saved).toMatch(/\| ccache \| `buildroot-ccache-v1-amd64-[^`]*-run-2` \| saved \|/)
  })

  it('read-only restores but never saves', async () => {
    await runMain(platform, inputsFor('amd64', { cache: 'read-only' }), context())
    await runPost(platform)
    expect(platform.messages.map(m => m.text)).toContain('Caches are not saved (cache: read-only).')
    expect(fs.existsSync(path.join(fx.root, 'platform', 'cache', 'entries'))).toBe(false)
  })
})

describe('Buildroot patch series', () => {
  const fromSeries = { 'config-fragment': 'BR2_PACKAGE_FROM_SERIES=y\n' }
  const fixtureSeries = () =>
    path.join(
      fx.configDir,
      'buildroot-patches',
      '0001-package-Config.in-add-BR2_PACKAGE_FROM_SERIES.patch'
    )

  it("applies config-dir's own series to a copy before configuring; the summary, config-hash and ccache key carry it", async () => {
    expect(await runMain(platform, inputsFor('amd64', fromSeries), context())).toBe(true)
    expect(errorTexts()).toEqual([])
    // The symbol exists only in the patched tree; the fixture tree itself is untouched.
    expect(fs.readFileSync(path.join(fx.buildrootDir, 'Config.in'), 'utf8')).not.toContain(
      'FROM_SERIES'
    )
    const groups = platform.messages.filter(m => m.level === 'group').map(m => m.text)
    expect(groups.filter(g => /Buildroot|Configure/.test(g))).toEqual([
      'Resolve Buildroot',
      'Apply Buildroot patches',
      'Configure'
    ])
    expect(platform.summary.join('\n')).toContain(
      'Buildroot patches applied: `0001-package-Config.in-add-BR2_PACKAGE_FROM_SERIES.patch`'
    )
    const patchedHash = platform.outputs.get('config-hash')
    const state = JSON.parse(platform.getState('caches')) as { plan: { ccacheKey: string } }
    expect(state.plan.ccacheKey).toMatch(/-p[0-9a-f]{12}-run-1$/)

    // The same configuration with another series is another configuration.
    fs.appendFileSync(fixtureSeries(), '\n')
    const other = recordingPlatform(fx.dir('platform-2'))
    expect(await runMain(other, inputsFor('amd64', fromSeries), context())).toBe(true)
    expect(other.outputs.get('config-hash')).not.toBe(patchedHash)
    const otherState = JSON.parse(other.getState('caches')) as { plan: { ccacheKey: string } }
    expect(otherState.plan.ccacheKey).not.toBe(state.plan.ccacheKey)
  })

  it('check mode applies the series the same way, and its summary names the patches', async () => {
    const kernel = fx.dir('linux')
    fs.writeFileSync(path.join(kernel, 'Makefile'), 'olddefconfig:\n\t@test -f $(O)/.config\n')
    fs.writeFileSync(path.join(kernel, 'Kconfig'), '')
    await runMain(
      platform,
      inputsFor('amd64', { ...fromSeries, mode: 'check', 'linux-src': kernel }),
      context()
    )
    // The symbol from the series landed in the Buildroot part of the check.
    expect(errorTexts().filter(text => /FROM_SERIES/.test(text))).toEqual([])
    const summary = platform.summary.join('\n')
    expect(summary).toContain('Config check: amd64')
    expect(summary).toContain(
      `Buildroot patches applied (1, from \`${path.join(fx.configDir, 'buildroot-patches')}\`): \`0001-package-Config.in-add-BR2_PACKAGE_FROM_SERIES.patch\``
    )
    expect(summary).toMatch(/\| Buildroot configuration \| ✅ pass \|/)
  })

  it('builds Buildroot as released with buildroot-patches: none, where what the series adds is missing', async () => {
    const ok = await runMain(
      platform,
      inputsFor('amd64', { ...fromSeries, 'buildroot-patches': 'none' }),
      context()
    )
    expect(ok).toBe(false)
    expect(errorTexts()).toEqual([
      expect.stringMatching(/^BR2_PACKAGE_FROM_SERIES=y: no such option/)
    ])
    expect(platform.summary.join('\n')).not.toContain('Buildroot patches applied')
  })

  it('stops before configuring at a patch that does not apply, annotated on the patch at the hunk', async () => {
    const patch = fixtureSeries()
    fs.writeFileSync(
      patch,
      fs
        .readFileSync(patch, 'utf8')
        .replace(
          ' \tbool "the fixture\'s package menu"\n',
          ' \tbool "the package menu of another release"\n'
        )
    )
    for (const mode of ['build', 'check']) {
      const run = recordingPlatform(fx.dir(`platform-${mode}`))
      expect(await runMain(run, inputsFor('amd64', { mode }), context())).toBe(false)
      const errors = run.errors()
      expect(errors).toHaveLength(1)
      expect(errors[0].text).toMatch(
        /^Buildroot patch 0001-package-Config\.in-add-BR2_PACKAGE_FROM_SERIES\.patch does not apply to Buildroot 2025\.02\.16: package\/Config\.in: hunk #1 does not match the file/
      )
      const hunkLine =
        fs
          .readFileSync(patch, 'utf8')
          .split('\n')
          .findIndex(line => line.startsWith('@@')) + 1
      expect(errors[0].at).toMatchObject({ file: patch, line: hunkLine })
      expect(run.messages.filter(m => m.level === 'group').map(m => m.text)).toEqual([
        'Check the output folder',
        'Resolve Buildroot',
        'Apply Buildroot patches'
      ])
      expect(run.outputs.get('config-hash')).toBeUndefined()
    }
  })
})

describe('configuration errors', () => {
  it('rejects an unknown target, listing the valid ones', () => {
    expect(() => inputsFor('riscv64')).toThrow(InputError)
    expect(() => inputsFor('riscv64')).toThrow(
      'target "riscv64" is not valid: use one of amd64, arm64'
    )
  })

  it('refuses to start on a runner that is not Linux, and says which to use', async () => {
    const platformName = Object.getOwnPropertyDescriptor(process, 'platform')
    Object.defineProperty(process, 'platform', { value: 'darwin' })
    try {
      expect(await runMain(platform, inputsFor('amd64'), context())).toBe(false)
    } finally {
      if (platformName) Object.defineProperty(process, 'platform', platformName)
    }
    expect(platform.errors().map(e => e.text)).toEqual([
      'Buildroot builds only on Linux, and this runner is darwin: use a Linux runner such as runs-on: ubuntu-24.04.'
    ])
  })

  it('names the missing config file and what config-dir must hold', async () => {
    fs.rmSync(path.join(fx.configDir, 'arm64', 'kernel_defconfig'))
    expect(await runMain(platform, inputsFor('arm64'), context())).toBe(false)
    const [error] = platform.errors()
    expect(error.text).toContain(path.join(fx.configDir, 'arm64', 'kernel_defconfig'))
    expect(error.text).toContain(
      'config-dir must hold <target>/buildroot_defconfig and <target>/kernel_defconfig'
    )
    expect(platform.summary.join('\n')).toContain('### What failed')
  })

  it('reports each dropped symbol at its file and line: misspelt, unmet dependency, and in the fragment', async () => {
    const defconfig = path.join(fx.configDir, 'amd64', 'buildroot_defconfig')
    fs.writeFileSync(
      defconfig,
      fs
        .readFileSync(defconfig, 'utf8')
        .replace('BR2_PACKAGE_RUNC=y', 'BR2_PACKAGE_RUNCC=y')
        .replace('BR2_INIT_SYSTEMD=y\n', '')
    )
    const ok = await runMain(
      platform,
      inputsFor('amd64', { 'config-fragment': 'BR2_PACKAGE_HTOP=y\nBR2_PACKAGE_HTOPP=y\n' }),
      context()
    )
    expect(ok).toBe(false)
    const located = platform.errors().filter(e => e.at?.line)
    const lines = fs.readFileSync(defconfig, 'utf8').split('\n')
    const at = (symbol: string) => lines.findIndex(l => l.startsWith(`${symbol}=`)) + 1
    expect(located.map(e => [e.at?.file, e.at?.line, e.text])).toEqual([
      [
        defconfig,
        at('BR2_PACKAGE_RUNCC'),
        'BR2_PACKAGE_RUNCC=y: no such option in Buildroot 2025.02.16 or the BR2_EXTERNAL trees; did you mean BR2_PACKAGE_RUNC?'
      ],
      [
        defconfig,
        at('BR2_PACKAGE_CONTAINERD'),
        expect.stringMatching(
          /^BR2_PACKAGE_CONTAINERD=y did not land: it depends on BR2_INIT_SYSTEMD, and BR2_INIT_SYSTEMD is not set/
        )
      ],
      [
        defconfig,
        at('BR2_PACKAGE_KUBERNETES_NODE'),
        expect.stringMatching(
          /^BR2_PACKAGE_KUBERNETES_NODE=y did not land: it depends on BR2_INIT_SYSTEMD/
        )
      ],
      [
        'config-fragment',
        2,
        expect.stringMatching(
          /^BR2_PACKAGE_HTOPP=y: no such option .*did you mean BR2_PACKAGE_HTOP\?/
        )
      ]
    ])
    expect(platform.errors()).toHaveLength(4)
    expect(platform.summary.join('\n')).toContain('4 requested symbol(s) did not land')
    // Nothing was built.
    expect(fs.existsSync(path.join(fx.root, 'out-amd64', 'images'))).toBe(false)
  })

  it('stops on a line that is not Kconfig, at that line', async () => {
    const defconfig = path.join(fx.configDir, 'amd64', 'buildroot_defconfig')
    fs.appendFileSync(defconfig, 'BR2_PACKAGE_HTOP = yes\n')
    expect(await runMain(platform, inputsFor('amd64'), context())).toBe(false)
    const [error] = platform.errors()
    expect(error.at).toEqual({ file: defconfig, line: 12 })
    // The annotation carries file and line; the text says only what is wrong.
    expect(error.text).toBe(
      '"BR2_PACKAGE_HTOP = yes" is not a Kconfig assignment; expected SYMBOL=value or "# SYMBOL is not set"'
    )
  })

  it('surfaces Makefile errors at configure time, not an hour into the build', async () => {
    fs.writeFileSync(
      path.join(fx.externalDir, 'external.mk'),
      '$(error FOO_VERSION is not defined)\n'
    )
    expect(await runMain(platform, inputsFor('amd64'), context())).toBe(false)
    expect(errorTexts()[0]).toMatch(/makefiles do not parse.*FOO_VERSION is not defined/s)
    expect(fs.existsSync(path.join(fx.root, 'out-amd64', 'build'))).toBe(false)
  })
})

describe('build failures', () => {
  it('names the failing package and step in one error, uploads the log, and the post step still saves ccache', async () => {
    const ok = await runMain(
      platform,
      inputsFor('amd64', { 'config-fragment': 'BR2_PACKAGE_FIXTURE_BROKEN=y' }),
      context()
    )
    expect(ok).toBe(false)
    expect(platform.errors()).toHaveLength(1)
    const [error] = platform.errors()
    expect(error.text).toContain('package fixture-broken 1.0-fixture failed during "Building"')
    expect(error.text).toContain("src/broken.c:3:1: error: expected ';' before '}' token")
    const log = path.join(
      fx.root,
      'platform',
      'artifacts',
      'buildroot-k8s-amd64-build-log',
      'build.log'
    )
    expect(fs.readFileSync(log, 'utf8')).toContain(
      '>>> kubernetes-node 1.0-fixture Installing to target'
    )
    expect(platform.summary.join('\n')).toContain('fixture-broken')

    await runPost(platform)
    const saved = platform.summary.at(-1) ?? ''
    expect(saved).toMatch(/\| ccache \| `[^`]+` \| saved \|/)
  })

  it("a download its package's .hash does not list stops the run before anything is built", async () => {
    const hashFile = path.join(fx.buildrootDir, 'package', 'containerd', 'containerd.hash')
    fs.mkdirSync(path.dirname(hashFile), { recursive: true })
    fs.writeFileSync(
      hashFile,
      `# Locally computed\nsha256  ${'2'.repeat(64)}  containerd-0.9.tar.gz\n`
    )
    const ok = await runMain(platform, inputsFor('amd64'), context())
    expect(ok).toBe(false)
    expect(platform.errors().map(e => e.text)).toEqual([
      expect.stringMatching(
        /^containerd 1\.0-fixture downloads containerd-1\.0-fixture\.tar\.gz, but package\/containerd\/containerd\.hash has no hash for it/
      )
    ])
    expect(fs.existsSync(path.join(fx.root, 'out-amd64', 'build.log'))).toBe(false)
    expect(platform.summary.join('\n')).toContain('have no hash Buildroot would accept')
  })

  it('a download that fails offline names the package and the Downloading step; the partial dl/ is not cached', async () => {
    fx.unpublish('containerd-1.0-fixture.tar.gz')
    expect(await runMain(platform, inputsFor('amd64'), context())).toBe(false)
    const [error] = platform.errors()
    expect(error.text).toContain('package containerd 1.0-fixture failed during "Downloading"')
    expect(error.text).toContain('wget: unable to resolve host address')

    await runPost(platform)
    const notice = platform.messages.find(m => m.level === 'notice')
    expect(notice?.text).toMatch(
      /^dl\/ not saved: 2 of 6 source files are missing \(containerd\/containerd-1\.0-fixture\.tar\.gz, kubernetes-node\/kubernetes-node-1\.0-fixture\.tar\.gz\)/
    )
    expect(platform.summary.at(-1)).toMatch(/\| ccache \| `[^`]+` \| saved \|/)
  })
})

describe('service failures', () => {
  it('goes on with a warning when the cache service is down', async () => {
    platform.cache = {
      description: 'a cache that is down',
      restore: async () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:1')
      },
      save: async () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:1')
      }
    }
    expect(await runMain(platform, inputsFor('amd64'), context())).toBe(true)
    expect(platform.warnings().map(w => w.text)).toEqual([
      expect.stringMatching(
        /^The image cache could not be read from a cache that is down: connect ECONNREFUSED.*Building instead\.$/
      ),
      expect.stringMatching(
        /^dl\/ could not be restored from a cache that is down: connect ECONNREFUSED.*The build goes on/
      ),
      expect.stringMatching(/^ccache could not be restored from a cache that is down/),
      expect.stringMatching(
        /^The images could not be saved to a cache that is down as buildroot-k8s-images-v1-amd64-[0-9a-f]{32}-run-1: .*The next run with the same inputs builds them again\.$/
      ),
      expect.stringMatching(
        /^The last build’s manifest could not be restored from a cache that is down: .*No size comparison this time\.$/
      ),
      expect.stringMatching(/^This build’s manifest could not be saved to a cache that is down/)
    ])
    await runPost(platform)
    expect(platform.warnings()).toHaveLength(8)
  })

  it('fails with the reason and where the images are when the upload fails', async () => {
    platform.artifacts = {
      description: 'GitHub Actions artifacts',
      upload: async () => {
        throw new Error(
          'Failed request: (409) Conflict: an artifact with this name already exists on the workflow run'
        )
      }
    }
    expect(await runMain(platform, inputsFor('amd64'), context())).toBe(false)
    const [error] = platform.errors()
    expect(error.text).toContain(
      'Uploading the artifact buildroot-k8s-amd64 to GitHub Actions artifacts failed: Failed request: (409)'
    )
    expect(error.text).toContain(
      `The images are still in ${path.join(fx.root, 'out-amd64', 'artifact')}`
    )
    expect(platform.outputs.get('iso')).toBeDefined()
  })

  it('upload: false keeps the images local and uploads nothing', async () => {
    expect(await runMain(platform, inputsFor('amd64', { upload: 'false' }), context())).toBe(true)
    expect(fs.existsSync(path.join(fx.root, 'platform', 'artifacts'))).toBe(false)
    expect(platform.outputs.get('artifact-id')).toBeUndefined()
  })
})
