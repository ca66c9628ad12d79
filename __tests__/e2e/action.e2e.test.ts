// The committed bundle, run as GitHub runs it (action.yml's runs.main, then runs.post with the
// main step's state), against the real @actions/cache and @actions/artifact clients talking to
// a local results service and Azurite. Each "job" starts on a fresh runner: same folder paths
// (as on hosted runners), nothing left from the previous job but what the services hold.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createBuildrootFixture, type BuildrootFixture } from '../helpers/buildroot-fixture.js'
import { startAzurite, type Azurite } from './harness/azurite.js'
import { startResultsService, type ResultsService } from './harness/results-service.js'
import {
  annotations,
  inputEnv,
  readKeyValueFile,
  REPO,
  runnerEnv,
  runnerFolders,
  runStep,
  stateEnv,
  type StepResult
} from './harness/runner.js'

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

interface Job {
  main: StepResult
  post: StepResult
  outputs: Record<string, string>
  summary: string
}

/** One job on a fresh runner: the main step, then the post step with the main step's state. */
async function job(
  inputs: Record<string, string>,
  options: {
    runId?: string
    jobId?: string
    env?: Record<string, string>
    ownSources?: boolean
    /** What actions/checkout would have put in the workspace. */
    checkout?: (workspace: string) => void
  } = {}
): Promise<Job> {
  fs.rmSync(runner, { recursive: true, force: true })
  const folders = runnerFolders(runner)
  options.checkout?.(folders.workspace)
  const env = {
    ...runnerEnv(folders, {
      resultsUrl: service.url,
      runId: options.runId ?? '100',
      jobId: options.jobId ?? 'job-1'
    }),
    ...options.env,
    ...inputEnv({
      ...(options.ownSources === false ? {} : { 'buildroot-src': fx.buildrootDir }),
      'config-dir': fx.configDir,
      // The fixture's images are placeholders: smoke.e2e.test.ts boots real stand-ins.
      'smoke-test': 'off',
      ...inputs
    })
  }
  const main = await runStep(REPO, 'main', env)
  const post = await runStep(REPO, 'post', { ...env, ...stateEnv(folders.state) })
  return {
    main,
    post,
    outputs: readKeyValueFile(folders.output),
    summary: fs.readFileSync(folders.summary, 'utf8')
  }
}

const keys = (prefix: string) =>
  service
    .cacheEntries()
    .map(e => e.key)
    .filter(k => k.startsWith(prefix))

/** Downloads an artifact back from Azurite, unzips it, and checks it against its SHA256SUMS. */
async function downloadAndVerify(name: string): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'artifact-'))
  fs.writeFileSync(path.join(dir, 'artifact.zip'), await service.artifactZip(name))
  execFileSync('unzip', ['-q', 'artifact.zip', '-d', 'files'], { cwd: dir })
  execFileSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: path.join(dir, 'files') })
  const files = fs.readdirSync(path.join(dir, 'files')).sort()
  fs.rmSync(dir, { recursive: true, force: true })
  return files
}

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
      expect.stringMatching(/^buildroot-ccache-v1-amd64-2025\.02\.16-[0-9a-f]+-100-1$/)
    ])
    expect(summary).toContain('| `buildroot-k8s-amd64.iso` |')
    expect(summary).toContain('### Caches saved')
  })

  it('warm run: exact dl/ hit is not saved again; ccache comes from a restore key and is saved anew', async () => {
    await job({ target: 'amd64' }, { runId: '100' })
    const { main, post, outputs, summary } = await job({ target: 'amd64' }, { runId: '101' })
    expect(main.exitCode).toBe(0)
    expect(post.exitCode).toBe(0)
    expect(outputs).toMatchObject({ 'dl-cache-hit': 'true', 'ccache-cache-hit': 'true' })
    expect(main.stdout).toMatch(/Cache hit for restore-key: buildroot-ccache-v1-amd64-.*-100-1/)
    expect(summary).toMatch(
      /\| dl\/ \| `buildroot-dl-v1-[0-9a-f]+` \| not saved: restored from this exact key \|/
    )
    expect(keys('buildroot-dl-')).toHaveLength(1)
    expect(keys('buildroot-ccache-')).toEqual([
      expect.stringMatching(/-100-1$/),
      expect.stringMatching(/-101-1$/)
    ])
  })

  it('read-only restores but never saves', async () => {
    await job({ target: 'amd64' }, { runId: '100' })
    const { main, post, outputs } = await job(
      { target: 'amd64', cache: 'read-only' },
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
    expect(errors[0]).toMatch(
      /^Buildroot build failed: package kubernetes-node 1\.0-fixture failed during "Downloading"\./
    )
    expect(service.artifacts().map(a => a.name)).toEqual(['buildroot-k8s-amd64-build-log'])
    expect(post.exitCode).toBe(0)
    expect(annotations(post.stdout, 'notice')[0]).toMatch(
      /^dl\/ not saved: 1 of 6 source files are missing/
    )
    expect(keys('buildroot-ccache-')).toHaveLength(1)
    expect(keys('buildroot-dl-')).toEqual([])
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

  it('cache service down: warnings, and the build goes on', async () => {
    service.setCacheAvailable(false)
    try {
      const { main, post, outputs } = await job({ target: 'amd64' })
      expect(main.exitCode).toBe(0)
      expect(annotations(main.stdout, 'warning').join('\n')).toMatch(/Failed to restore/)
      expect(outputs['artifact-id']).toMatch(/^\d+$/)
      expect(post.exitCode).toBe(0)
      expect(annotations(post.stdout, 'warning').join('\n')).toMatch(
        /Failed to save|could not be saved/
      )
      expect(service.cacheEntries()).toEqual([])
    } finally {
      service.setCacheAvailable(true)
    }
  })

  it('a Buildroot download with a wrong sha256 stops the run, and nothing is cached', async () => {
    const tarballDir = fx.dir('release')
    execFileSync('tar', [
      '-cJf',
      path.join(tarballDir, 'buildroot-2025.02.16.tar.xz'),
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
      expect(error).toMatch(
        /buildroot-2025\.02\.16\.tar\.xz from .* does not match its published sha256/
      )
      expect(error).toContain(
        'expected: 15305e3d366eeaf4a5ecaf2ed42f685fd6af7fe5dbf1f62e1de5f46ee83225e2'
      )
      expect(fs.readdirSync(path.join(runner, 'tool-cache'))).toEqual([])
      expect(post.stdout).toContain('nothing to save')
      expect(service.cacheEntries()).toEqual([])
    } finally {
      server.close()
    }
  })
})
