// The committed bundle, run as GitHub runs it (action.yml's runs.main, then runs.post with the
// main step's state), against the real @actions/cache and @actions/artifact clients talking to
// a local results service and Azurite. Each "job" starts on a fresh runner: same folder paths
// (as on hosted runners), nothing left from the previous job but what the services hold.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { DEFAULT_BUILDROOT_VERSION } from '../../src/inputs/schema.js'
import { PINNED_SHA256 } from '../../src/stages/resolve-buildroot.js'
import { createBuildrootFixture, type BuildrootFixture } from '../helpers/buildroot-fixture.js'
import { startAzurite, type Azurite } from './harness/azurite.js'
import { startResultsService, type ResultsService } from './harness/results-service.js'
import { annotations, runJob, verifiedArtifact, type JobOptions } from './harness/job.js'
import {
  createNvdFeed,
  installBuildrootTools,
  NVD_RECORDS,
  writeSpdxLicenseList
} from '../helpers/trust-fixtures.js'
import { itIf, withoutBuildroot } from '../helpers/witness.js'

let azurite: Azurite
let service: ResultsService
let fx: BuildrootFixture
let runner: string

beforeAll(async () => {
  azurite = await startAzurite()
  service = await startResultsService(azurite)
}, 60_000)
afterAll(async () => {
  await service?.stop()
  await azurite?.stop()
})
beforeEach(() => {
  fx = createBuildrootFixture()
  runner = fx.dir('runner')
  // Entries from earlier tests would turn this test's misses into hits: keep each test apart.
  service.reset()
})
afterEach(() => fx.cleanup())

/** One job on a fresh runner (harness/job.ts), against this file's services and fixture. */
const job = (inputs: Record<string, string>, options: JobOptions = {}) =>
  runJob({ runnerDir: runner, resultsUrl: service.url, fx }, inputs, options)

const keys = (prefix: string) =>
  service
    .cacheEntries()
    .map(e => e.key)
    .filter(k => k.startsWith(prefix))

const downloadAndVerify = (name: string) => verifiedArtifact(service, name)

describe('the bundled action on a simulated runner', () => {
  it('cold run: both caches miss, images uploaded and verifiable, both caches saved', async () => {
    const { main, post, outputs, summary } = await job({ target: 'amd64' })
    expect(main.exitCode).toBe(0)
    expect(annotations(main.stdout, 'error')).toEqual([])
    expect(outputs).toMatchObject({
      'dl-cache-hit': 'false',
      'ccache-cache-hit': 'false',
      'buildroot-version': '2025.02.16'
    })
    expect(outputs['artifact-id']).toMatch(/^\d+$/)
    expect(outputs['artifact-url']).toBe(
      `https://github.com/example/nodes/actions/runs/100/artifacts/${outputs['artifact-id']}`
    )
    expect(await downloadAndVerify('buildroot-k8s-amd64')).toEqual(
      ['SHA256SUMS', 'buildroot-k8s-amd64.iso', 'bzImage', 'manifest.json', 'rootfs.ext4.xz'].sort()
    )
    expect(post.exitCode).toBe(0)
    expect(keys('buildroot-dl-')).toHaveLength(1)
    expect(keys('buildroot-ccache-')).toEqual([
      expect.stringMatching(
        /^buildroot-ccache-v1-amd64-2025\.02\.16-[0-9a-f]+-p[0-9a-f]{12}-containerd-100-1$/
      )
    ])
    expect(summary).toContain('| `buildroot-k8s-amd64.iso` |')
    expect(summary).toContain('### Caches saved')
  })

  it('warm run: both caches restored, saved again only when the build changed them', async () => {
    await job({ target: 'amd64' }, { runId: '100' })
    // rebuild: always, or the unchanged inputs would restore the images and build nothing.
    const { main, post, outputs, summary } = await job(
      { target: 'amd64', rebuild: 'always' },
      { runId: '101' }
    )
    expect(main.exitCode).toBe(0)
    expect(post.exitCode).toBe(0)
    expect(outputs).toMatchObject({ 'dl-cache-hit': 'true', 'ccache-cache-hit': 'true' })
    expect(main.stdout).toMatch(/Cache hit for restore-key: buildroot-ccache-v1-amd64-.*-100-1/)
    // The fixture's build writes the same objects again: nothing new to store.
    expect(summary).toMatch(
      /\| dl\/ \| `buildroot-dl-v1-[0-9a-f]+-100-1` \| not saved: unchanged since it was restored from buildroot-dl-v1-[0-9a-f]+-100-1 \|/
    )
    expect(summary).toMatch(
      /\| ccache \| `buildroot-ccache-v1-amd64-[^`]+-100-1` \| not saved: unchanged since it was restored from /
    )
    expect(keys('buildroot-dl-')).toHaveLength(1)
    expect(keys('buildroot-ccache-')).toEqual([expect.stringMatching(/-100-1$/)])

    // Another package: ccache gets its objects and is saved anew; dl/ has another list.
    const more = await job(
      { target: 'amd64', 'config-fragment': 'BR2_PACKAGE_HTOP=y', 'artifact-name': 'htop' },
      { runId: '102' }
    )
    expect(more.outputs).toMatchObject({ 'dl-cache-hit': 'false', 'ccache-cache-hit': 'true' })
    expect(keys('buildroot-ccache-')).toEqual([
      expect.stringMatching(/-100-1$/),
      expect.stringMatching(/-102-1$/)
    ])
    expect(keys('buildroot-dl-')).toHaveLength(2)
  })

  it('no-change rebuild: the next job restores the images from the cache instead of building, and uploads them', async () => {
    const first = await job({ target: 'amd64' }, { runId: '100' })
    expect(first.main.exitCode).toBe(0)
    expect(first.outputs['image-cache-hit']).toBe('false')
    expect(keys('buildroot-k8s-images-v1-amd64-')).toHaveLength(1)

    const second = await job({ target: 'amd64', 'artifact-name': 'again-amd64' }, { runId: '101' })
    expect(second.main.exitCode).toBe(0)
    expect(annotations(second.main.stdout, 'warning')).toEqual([])
    expect(second.outputs['image-cache-hit']).toBe('true')
    expect(second.outputs['inputs-hash']).toBe(first.outputs['inputs-hash'])
    // Not one Buildroot step ran.
    expect(second.main.stdout).not.toMatch(/^>>> /m)
    expect(second.summary).toContain('they were restored from the image cache')
    expect(second.post.stdout).toContain('The images came from the image cache')
    expect(await downloadAndVerify('again-amd64')).toEqual(
      ['SHA256SUMS', 'buildroot-k8s-amd64.iso', 'bzImage', 'manifest.json', 'rootfs.ext4.xz'].sort()
    )
    // Nothing new to keep: the images' manifest is the one the last build left.
    expect(keys('buildroot-k8s-images-')).toHaveLength(1)
    expect(keys('buildroot-ccache-')).toHaveLength(1)
    expect(keys('buildroot-k8s-manifest-v1-amd64-')).toHaveLength(1)
  })

  const withTools = itIf(withoutBuildroot)
  withTools(
    "SBOM and CVE report with Buildroot's own tools: the license list and the NVD data come back from the cache",
    async () => {
      expect(installBuildrootTools(fx.buildrootDir)).toBe(true)
      const nvd = createNvdFeed(fx.dir('nvd-feed'), [NVD_RECORDS['CVE-2024-21626']])
      const env = { BUILDROOT_K8S_NVD_URL: nvd.url }
      const first = await job(
        { target: 'amd64' },
        {
          runId: '100',
          env,
          // As if the SBOM tool had downloaded the license list in this job.
          prepare: folders =>
            writeSpdxLicenseList(path.join(folders.temp, 'buildroot-k8s-cache', 'spdx'))
        }
      )
      expect(first.main.exitCode).toBe(0)
      expect(annotations(first.main.stdout, 'warning')).toEqual([])
      expect(first.outputs['unfixed-cves']).toBe('1')
      expect(await downloadAndVerify('buildroot-k8s-amd64')).toEqual(
        [
          'SHA256SUMS',
          'buildroot-k8s-amd64.iso',
          'bzImage',
          'cve-report.cdx.json',
          'manifest.json',
          'rootfs.ext4.xz',
          'sbom.cdx.json'
        ].sort()
      )
      expect(keys('buildroot-spdx-v1-')).toEqual(['buildroot-spdx-v1-cyclonedx-1.6-100-1'])
      expect(keys('buildroot-nvd-v1-')).toHaveLength(1)

      // Another configuration on a fresh runner: no license list on disk, and a download of it
      // would go to a closed port (only the local services are reached directly).
      const offline = {
        https_proxy: 'http://127.0.0.1:9',
        no_proxy: '127.0.0.1,localhost',
        NO_PROXY: '127.0.0.1,localhost'
      }
      const second = await job(
        { target: 'amd64', 'config-fragment': 'BR2_PACKAGE_HTOP=y', 'artifact-name': 'htop' },
        { runId: '101', env: { ...env, ...offline } }
      )
      expect(second.main.exitCode).toBe(0)
      expect(annotations(second.main.stdout, 'warning')).toEqual([
        expect.stringMatching(
          /^rootfs\.ext4\.xz is .* in the last successful build of amd64 with containerd/
        )
      ])
      expect(second.main.stdout).toMatch(
        /The SPDX license list restored from buildroot-spdx-v1-cyclonedx-1\.6-100-1 \(an entry of the same inputs\): 1 file, .*, every sha256 checked\./
      )
      expect(second.main.stdout).toMatch(/NVD data restored from buildroot-nvd-v1-/)
      expect(second.summary).toContain('| runc | 1.0-fixture | CVE-2024-21626 (high 8.6) |')
      expect(second.summary).toMatch(/`sbom\.cdx\.json` \(CycloneDX\): 7 components/)
    },
    120_000
  )

  it('read-only restores but never saves', async () => {
    await job({ target: 'amd64' }, { runId: '100' })
    const { main, post, outputs } = await job(
      { target: 'amd64', cache: 'read-only', rebuild: 'always' },
      { runId: '101' }
    )
    expect(main.exitCode).toBe(0)
    expect(outputs['dl-cache-hit']).toBe('true')
    expect(post.stdout).toContain('Caches are not saved (cache: read-only).')
    expect(keys('buildroot-ccache-')).toHaveLength(1)
  })

  it('a failed build: one error naming the package, the log uploaded, ccache saved, a partial dl/ not saved', async () => {
    fx.unpublish('kubernetes-node-1.0-fixture.tar.gz')
    const { main, post } = await job({ target: 'amd64' })
    expect(main.exitCode).toBe(1)
    const errors = annotations(main.stdout, 'error')
    expect(errors).toHaveLength(1)
    // Package, file and the URLs tried in the first line (%0A: a new line in an annotation).
    expect(errors[0]).toMatch(
      /^Buildroot build failed: package kubernetes-node 1\.0-fixture failed during "Downloading": kubernetes-node-1\.0-fixture\.tar\.gz could not be downloaded; tried https:\/\/sources\.example\.invalid\/kubernetes-node\/kubernetes-node-1\.0-fixture\.tar\.gz\.%0A/
    )
    expect(service.artifacts().map(a => a.name)).toEqual(['buildroot-k8s-amd64-build-log'])
    expect(post.exitCode).toBe(0)
    expect(annotations(post.stdout, 'notice')[0]).toMatch(
      /^dl\/ not saved: 1 of 6 source files are missing/
    )
    expect(keys('buildroot-ccache-')).toHaveLength(1)
    expect(keys('buildroot-dl-')).toEqual([])
  })

  it('a cancelled workflow: make and its children stopped, the summary written and the step failed before the runner kills it, ccache saved by the post step', async () => {
    const pidsFile = path.join('buildroot-k8s-amd64', 'fixture-slow.pids')
    const { main, post, summary, cancelSignals } = await job(
      { target: 'amd64', 'config-fragment': 'BR2_PACKAGE_FIXTURE_SLOW=y' },
      { cancelWhen: pidsFile }
    )
    // SIGINT was enough: the step ended before the runner's SIGTERM, 7.5 s later.
    expect(cancelSignals).toEqual(['SIGINT'])
    expect(main.exitCode).toBe(1)
    const pids = fs
      .readFileSync(path.join(runner, 'temp', pidsFile), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map(Number)
    const running = pids.filter(pid => {
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
        return !['Z', 'X'].includes(stat.slice(stat.lastIndexOf(')') + 2)[0])
      } catch {
        return false
      }
    })
    expect(running).toEqual([])
    expect(annotations(main.stdout, 'warning')).toContainEqual(
      'SIGINT received (the workflow was cancelled or timed out): stopping the build, then writing the summary.'
    )
    expect(annotations(main.stdout, 'error')).toEqual([
      expect.stringMatching(
        /^Cancelled \(SIGINT\) after \d+ s of building, during fixture-slow 1\.0-fixture "Building"/
      )
    ])
    expect(summary).toContain('## ⏹️ Cancelled: Buildroot Kubernetes node image: amd64')
    // No upload in the seconds a cancelled job has left.
    expect(service.artifacts()).toEqual([])
    expect(post.exitCode).toBe(0)
    expect(keys('buildroot-ccache-')).toHaveLength(1)
    expect(keys('buildroot-dl-')).toEqual([])
  })

  it('one target with both runtimes in one run: distinct artifacts, and every ccache, image and manifest entry saved', async () => {
    const containerd = await job({ target: 'amd64' }, { runId: '300', jobId: 'containerd' })
    const crio = await job({ target: 'amd64', runtime: 'cri-o' }, { runId: '300', jobId: 'cri-o' })
    expect([containerd.main.exitCode, crio.main.exitCode]).toEqual([0, 0])
    expect([containerd.post.exitCode, crio.post.exitCode]).toEqual([0, 0])
    // The real cache service refuses a key saved twice: nothing collided.
    expect(`${containerd.post.stdout}${crio.post.stdout}`).not.toMatch(/not saved|already exists/)
    expect(
      service
        .artifacts()
        .map(a => a.name)
        .sort()
    ).toEqual(['buildroot-k8s-amd64', 'buildroot-k8s-amd64-cri-o'])
    expect(await downloadAndVerify('buildroot-k8s-amd64-cri-o')).toContain(
      'buildroot-k8s-amd64-cri-o.iso'
    )
    expect(keys('buildroot-ccache-v1-amd64-').sort()).toEqual([
      expect.stringMatching(/-containerd-300-1$/),
      expect.stringMatching(/-cri-o-300-1$/)
    ])
    expect(keys('buildroot-k8s-images-v1-amd64-')).toHaveLength(2)
    expect(keys('buildroot-k8s-manifest-v1-amd64-').sort()).toEqual([
      'buildroot-k8s-manifest-v1-amd64-containerd-300-1',
      'buildroot-k8s-manifest-v1-amd64-cri-o-300-1'
    ])
  })

  it('two targets in one run: distinct artifacts and one shared dl/ entry; a repeated artifact name fails clearly', async () => {
    const amd64 = await job({ target: 'amd64' }, { runId: '200', jobId: 'amd64' })
    const arm64 = await job({ target: 'arm64' }, { runId: '200', jobId: 'arm64' })
    expect([amd64.main.exitCode, arm64.main.exitCode]).toEqual([0, 0])
    expect(
      service
        .artifacts()
        .map(a => a.name)
        .sort()
    ).toEqual(['buildroot-k8s-amd64', 'buildroot-k8s-arm64'])
    expect(await downloadAndVerify('buildroot-k8s-arm64')).toContain(
      'buildroot-k8s-arm64-sdcard.img.xz'
    )
    expect(arm64.outputs['dl-cache-hit']).toBe('true')
    expect(keys('buildroot-dl-')).toHaveLength(1)
    expect(keys('buildroot-ccache-v1-amd64-')).toHaveLength(1)
    expect(keys('buildroot-ccache-v1-arm64-')).toHaveLength(1)

    const again = await job(
      { target: 'arm64', 'artifact-name': 'buildroot-k8s-amd64' },
      { runId: '200', jobId: 'arm64-b' }
    )
    expect(again.main.exitCode).toBe(1)
    expect(annotations(again.main.stdout, 'error').join('\n')).toMatch(
      /Uploading the artifact buildroot-k8s-amd64 .* failed: .*409.*give each matrix job its own artifact-name/
    )
  })

  it('a re-run attempt replaces the artifact its earlier attempt uploaded under the same name', async () => {
    const first = await job({ target: 'amd64' }, { runId: '300' })
    const rerun = await job({ target: 'amd64' }, { runId: '300', env: { GITHUB_RUN_ATTEMPT: '2' } })
    expect([first.main.exitCode, rerun.main.exitCode]).toEqual([0, 0])
    expect(rerun.main.stdout).toContain(
      'Replaced the artifact buildroot-k8s-amd64 that an earlier attempt of this run uploaded.'
    )
    const artifacts = service.artifacts().filter(a => a.name === 'buildroot-k8s-amd64')
    expect(artifacts.map(a => String(a.id))).toEqual([rerun.outputs['artifact-id']])
    expect(await downloadAndVerify('buildroot-k8s-amd64')).toContain('buildroot-k8s-amd64.iso')
  })

  it('check mode on a pull request: the error is annotated on the defconfig line, by its path in the repository', async () => {
    const kernel = fx.dir('linux')
    fs.writeFileSync(path.join(kernel, 'Makefile'), 'olddefconfig:\n\t@test -f $(O)/.config\n')
    fs.writeFileSync(path.join(kernel, 'Kconfig'), '')
    const { main, post, summary } = await job(
      { target: 'amd64', mode: 'check', 'config-dir': 'configs', 'linux-src': kernel },
      {
        checkout: workspace => {
          fs.cpSync(fx.configDir, path.join(workspace, 'configs'), { recursive: true })
          const defconfig = path.join(workspace, 'configs', 'amd64', 'buildroot_defconfig')
          fs.appendFileSync(defconfig, 'BR2_PACKAGE_HTOPP=y\n')
        }
      }
    )
    expect(main.exitCode).toBe(1)
    const line = fs
      .readFileSync(path.join(fx.configDir, 'amd64', 'buildroot_defconfig'), 'utf8')
      .split('\n').length
    expect(main.stdout).toContain(
      `::error title=Symbol did not land,file=configs/amd64/buildroot_defconfig,line=${line}::BR2_PACKAGE_HTOPP=y: no such option`
    )
    expect(summary).toContain('Config check: amd64')
    // Check mode builds nothing and saves no cache.
    expect(post.exitCode).toBe(0)
    expect(service.cacheEntries()).toEqual([])
  })

  it('a password in ccache-remote-storage: the runner is told to mask it, and nothing the step writes holds it', async () => {
    const password = 'E2e-s3cret-pw'
    const { main, post, summary } = await job({
      target: 'amd64',
      // Nothing listens on port 9: one warning, and the build goes on with the local ccache.
      'ccache-remote-storage': `redis://${password}@127.0.0.1:9`
    })
    expect(main.exitCode).toBe(0)
    expect(main.stdout.split('\n').filter(line => line.includes(password))).toEqual([
      `::add-mask::${password}`
    ])
    expect(annotations(main.stdout, 'warning')).toEqual([
      "ccache's remote storage redis://***@127.0.0.1:9 cannot be used: connection refused. The build goes on with the local ccache; ccache tries it again in each compiler call, without a word."
    ])
    expect(main.stderr).not.toContain(password)
    expect(post.stdout).not.toContain(password)
    expect(summary).not.toContain(password)
  })

  it('cache service down: one warning per cache, one round of retries per step, and the build goes on', async () => {
    service.setCacheAvailable(false)
    try {
      const { main, post, outputs } = await job({ target: 'amd64' })
      expect(main.exitCode).toBe(0)
      expect(annotations(main.stdout, 'warning')).toEqual([
        expect.stringMatching(
          /^The images could not be restored from the GitHub Actions cache: .*ECONNRESET.* \(tried 3 times\)\. Building the images instead\. The next run tries the cache again\.$/
        ),
        expect.stringMatching(
          /^dl\/ could not be restored from the GitHub Actions cache: .*ECONNRESET/
        ),
        expect.stringMatching(/^ccache could not be restored from/),
        expect.stringMatching(/^The images could not be saved to/),
        expect.stringMatching(/^The last build’s manifest could not be restored from/),
        expect.stringMatching(/^This build’s manifest could not be saved to/)
      ])
      expect(main.stdout).toContain(
        'The cache service kept failing: the other cache calls of this step are tried once.'
      )
      expect(outputs['artifact-id']).toMatch(/^\d+$/)
      expect(post.exitCode).toBe(0)
      expect(annotations(post.stdout, 'warning').join('\n')).toMatch(
        /Failed to save|could not be saved/
      )
      expect(service.cacheEntries()).toEqual([])
    } finally {
      service.setCacheAvailable(true)
    }
  }, 120_000)

  it('a Buildroot download with a wrong sha256 stops the run, and nothing is cached', async () => {
    const tarballDir = fx.dir('release')
    execFileSync('tar', [
      '-cJf',
      path.join(tarballDir, `buildroot-${DEFAULT_BUILDROOT_VERSION}.tar.xz`),
      '-C',
      fx.root,
      'buildroot'
    ])
    const server = http.createServer((request, response) => {
      const file = path.join(tarballDir, path.basename(request.url ?? ''))
      if (!fs.existsSync(file)) return void response.writeHead(404).end()
      response.writeHead(200).end(fs.readFileSync(file))
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    try {
      const mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      const { main, post } = await job(
        { target: 'amd64' },
        { ownSources: false, env: { BUILDROOT_K8S_MIRROR: mirror } }
      )
      expect(main.exitCode).toBe(1)
      const [error] = annotations(main.stdout, 'error')
      expect(error).toContain(
        `buildroot-${DEFAULT_BUILDROOT_VERSION}.tar.xz from ${mirror}/buildroot-${DEFAULT_BUILDROOT_VERSION}.tar.xz does not match its published sha256`
      )
      expect(error).toContain(`expected: ${PINNED_SHA256[DEFAULT_BUILDROOT_VERSION]}`)
      expect(fs.readdirSync(path.join(runner, 'tool-cache'))).toEqual([])
      expect(post.stdout).toContain('nothing to save')
      expect(service.cacheEntries()).toEqual([])
    } finally {
      server.close()
    }
  })
})
