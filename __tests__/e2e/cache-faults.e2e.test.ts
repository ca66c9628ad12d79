// The committed bundle on a simulated runner, with a fault proxy between it and the services
// (harness/fault-proxy.ts): cache downloads cut short or with flipped bytes, HTTP 429 and 500 on
// uploads and on finalize, reset connections, for the cache and for artifacts; and the post
// step stopped by SIGTERM or SIGKILL while it archives. Each test checks what the user sees
// (one clear line), that no damaged file reaches the images or dl/, and what the next run
// restores.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createBuildrootFixture, type BuildrootFixture } from '../helpers/buildroot-fixture.js'
import { startAzurite, type Azurite } from './harness/azurite.js'
import { startFaultProxy, type FaultProxy, type FaultRule } from './harness/fault-proxy.js'
import { annotations, runJob, verifiedArtifact, type JobOptions } from './harness/job.js'
import { startResultsService, type ResultsService } from './harness/results-service.js'

let azurite: Azurite
let proxy: FaultProxy
let service: ResultsService
let fx: BuildrootFixture
let runner: string

beforeAll(async () => {
  // On two shared cores, Azurite can take a while to listen.
  azurite = await startAzurite(90_000)
  proxy = await startFaultProxy(azurite.blobEndpoint)
  service = await startResultsService(azurite, { publicBlobEndpoint: proxy.blobEndpoint })
  proxy.forwardResultsTo(service.url)
}, 120_000)
afterAll(async () => {
  await proxy?.stop()
  await service?.stop()
  await azurite?.stop()
})
beforeEach(() => {
  fx = createBuildrootFixture()
  runner = fx.dir('runner')
  service.reset()
  proxy.clear()
})
afterEach(() => fx.cleanup())

const job = (inputs: Record<string, string>, options: JobOptions = {}) =>
  runJob({ runnerDir: runner, resultsUrl: proxy.url, fx }, inputs, options)

const keys = (prefix: string) =>
  service
    .cacheEntries()
    .map(e => e.key)
    .filter(k => k.startsWith(prefix))

/** The blob of the newest cache entry whose key starts with `prefix`, as a proxy path pattern. */
function blobOf(prefix: string): RegExp {
  const entry = service
    .cacheEntries()
    .filter(e => e.key.startsWith(prefix))
    .sort((a, b) => b.id - a.id)[0]
  if (!entry) throw new Error(`no cache entry ${prefix}*`)
  return new RegExp(`/cache/${entry.blob}\\?`)
}

const TWIRP_CACHE = '/twirp/github.actions.results.api.v1.CacheService/'
const TWIRP_ARTIFACT = '/twirp/github.actions.results.api.v1.ArtifactService/'
const fault = (rule: FaultRule) => proxy.inject(rule)

/** The files of the job's dl/ folder with their content, as the build left them. */
function dlFiles(job: { folders: { temp: string } }): Record<string, string> {
  const dl = path.join(job.folders.temp, 'buildroot-k8s-cache', 'dl')
  return Object.fromEntries(
    fs
      .readdirSync(dl, { recursive: true, withFileTypes: true })
      .filter(entry => entry.isFile())
      .map(entry => {
        const file = path.join(entry.parentPath, entry.name)
        return [path.relative(dl, file), fs.readFileSync(file, 'utf8')]
      })
  )
}

/** Gives the mirror's sources new content, so a file restored from an old entry shows. */
function republishSources(): void {
  for (const name of fs.readdirSync(fx.mirrorDir)) {
    fs.appendFileSync(path.join(fx.mirrorDir, name), 'republished\n')
  }
}

const warnings = (step: { stdout: string }) => annotations(step.stdout, 'warning')

describe('cache downloads that arrive damaged', () => {
  it('a dl/ entry cut short every time: retried, then one warning; dl/ starts empty and the next run restores what this one saved', async () => {
    const first = await job({ target: 'amd64' }, { runId: '100' })
    expect(first.main.exitCode).toBe(0)
    fault({
      method: 'GET',
      path: blobOf('buildroot-dl-'),
      nth: 'every',
      fault: { kind: 'truncate' }
    })
    republishSources()

    const second = await job({ target: 'amd64', rebuild: 'always' }, { runId: '101' })
    expect(second.main.exitCode).toBe(0)
    expect(warnings(second.main)).toEqual([
      expect.stringMatching(
        /^dl\/: the cache entry buildroot-dl-v1-[0-9a-f]+-100-1 could not be restored: .*\(tried 3 times\); starting empty \(nothing of it was moved into place\)\. The build goes on without it \(slower\)\. This run saves a new entry when it has one, and later runs restore that instead\.$/
      )
    ])
    expect(second.main.stdout).toMatch(
      /The cache restore failed \(.*\); trying again in \d+ s \(try 2 of 3\)\./
    )
    expect(second.outputs['dl-cache-hit']).toBe('false')
    // Nothing of the damaged entry landed: every source is the mirror's current one.
    for (const [file, content] of Object.entries(dlFiles(second))) {
      expect([file, content]).toEqual([file, expect.stringMatching(/republished\n$/)])
    }
    expect(await verifiedArtifact(service, 'buildroot-k8s-amd64')).toContain('rootfs.ext4.xz')
    expect(second.post.stdout).toMatch(/dl\/ saved as buildroot-dl-v1-[0-9a-f]+-101-1 /)

    proxy.clear()
    const third = await job({ target: 'amd64', rebuild: 'always' }, { runId: '102' })
    expect(third.main.exitCode).toBe(0)
    expect(warnings(third.main)).toEqual([])
    expect(third.outputs['dl-cache-hit']).toBe('true')
    expect(third.main.stdout).toMatch(/dl\/ restored from buildroot-dl-v1-[0-9a-f]+-101-1 /)
  })

  it('a dl/ entry with a flipped byte: not moved into place, one warning; the next run restores a good one', async () => {
    await job({ target: 'amd64' }, { runId: '100' })
    fault({ method: 'GET', path: blobOf('buildroot-dl-'), nth: 'every', fault: { kind: 'flip' } })
    republishSources()

    const second = await job({ target: 'amd64', rebuild: 'always' }, { runId: '101' })
    expect(second.main.exitCode).toBe(0)
    expect(warnings(second.main)).toEqual([
      expect.stringMatching(
        /^dl\/: the cache entry buildroot-dl-v1-[0-9a-f]+-100-1 could not be restored: .*; starting empty \(nothing of it was moved into place\)\./
      )
    ])
    for (const content of Object.values(dlFiles(second))) expect(content).toMatch(/republished\n$/)

    proxy.clear()
    const third = await job({ target: 'amd64', rebuild: 'always' }, { runId: '102' })
    expect(third.outputs['dl-cache-hit']).toBe('true')
    expect(warnings(third.main)).toEqual([])
  })

  it('one download cut short: the retry restores the entry', async () => {
    await job({ target: 'amd64' }, { runId: '100' })
    fault({ method: 'GET', path: blobOf('buildroot-dl-'), nth: 1, fault: { kind: 'truncate' } })
    const second = await job({ target: 'amd64', rebuild: 'always' }, { runId: '101' })
    expect(warnings(second.main)).toEqual([])
    expect(second.outputs['dl-cache-hit']).toBe('true')
    expect(second.main.stdout).toMatch(/trying again in \d+ s \(try 2 of 3\)/)
  })

  it('a reset connection on the cache lookup: retried, and the images come from the cache', async () => {
    await job({ target: 'amd64' }, { runId: '100' })
    fault({
      method: 'POST',
      path: new RegExp(`^${TWIRP_CACHE}GetCacheEntryDownloadURL`),
      nth: 1,
      fault: { kind: 'reset' }
    })
    const second = await job({ target: 'amd64', 'artifact-name': 'again' }, { runId: '101' })
    expect(second.main.exitCode).toBe(0)
    expect(warnings(second.main)).toEqual([])
    expect(second.outputs['image-cache-hit']).toBe('true')
    expect(await verifiedArtifact(service, 'again')).toContain('rootfs.ext4.xz')
  })
})

describe('cache saves the service refuses', () => {
  it('HTTP 429 on an upload: saved on the retry under a suffixed key, which the next run restores', async () => {
    // The first upload of the job is the image cache's, in the main step.
    fault({ method: 'PUT', path: /\/cache\//, nth: 1, fault: { kind: 'status', status: 429 } })
    const first = await job({ target: 'amd64' }, { runId: '100' })
    expect(first.main.exitCode).toBe(0)
    expect(warnings(first.main)).toEqual([])
    expect(first.main.stdout).toMatch(/The cache save failed \(.*429.*\); trying again in \d+ s/)
    expect(keys('buildroot-k8s-images-')).toEqual([expect.stringMatching(/-100-1-retry2$/)])

    proxy.clear()
    const second = await job({ target: 'amd64', 'artifact-name': 'again' }, { runId: '101' })
    expect(second.outputs['image-cache-hit']).toBe('true')
    expect(await verifiedArtifact(service, 'again')).toContain('rootfs.ext4.xz')
  })

  it('HTTP 429 on finalize (which @actions/cache does not retry): saved on the retry', async () => {
    fault({
      method: 'POST',
      path: new RegExp(`^${TWIRP_CACHE}FinalizeCacheEntryUpload`),
      nth: 1,
      fault: { kind: 'status', status: 429 }
    })
    const first = await job({ target: 'amd64' }, { runId: '100' })
    expect(first.main.exitCode).toBe(0)
    expect(warnings(first.main)).toEqual([])
    expect(keys('buildroot-k8s-images-')).toEqual([expect.stringMatching(/-100-1-retry2$/)])
  })

  it('HTTP 500 on finalize: @actions/cache retries it itself', async () => {
    fault({
      method: 'POST',
      path: new RegExp(`^${TWIRP_CACHE}FinalizeCacheEntryUpload`),
      nth: 1,
      fault: { kind: 'status', status: 500 }
    })
    const first = await job({ target: 'amd64' }, { runId: '100' })
    expect(first.main.exitCode).toBe(0)
    expect(warnings(first.main)).toEqual([])
    expect(first.main.stdout).toMatch(/Attempt 1 of 5 failed with error: Failed request: \(500\)/)
    expect(keys('buildroot-k8s-images-')).toEqual([expect.stringMatching(/-100-1$/)])
  })

  it('every upload refused: one warning per cache, the run still succeeds, and the next run starts empty', async () => {
    fault({
      method: 'PUT',
      path: /\/cache\//,
      nth: 'every',
      fault: { kind: 'status', status: 429 }
    })
    const first = await job({ target: 'amd64' }, { runId: '100' })
    expect(first.main.exitCode).toBe(0)
    expect(await verifiedArtifact(service, 'buildroot-k8s-amd64')).toContain('rootfs.ext4.xz')
    expect(warnings(first.main)).toEqual([
      expect.stringMatching(
        /^The images could not be saved to the GitHub Actions cache as buildroot-k8s-images-v1-amd64-[0-9a-f]+-100-1: uploading the archive failed: .*429.* \(tried 3 times\)\. The next run with the same inputs builds them again\.$/
      ),
      // Once the service failed through its retries, the step's other calls are tried once.
      expect.stringMatching(/^This build’s manifest could not be saved .*429 Too Many Requests\. /)
    ])
    expect(first.main.stdout).toContain(
      'The cache service kept failing: the other cache calls of this step are tried once.'
    )
    expect(first.post.exitCode).toBe(0)
    expect(warnings(first.post)).toEqual([
      expect.stringMatching(
        /^ccache could not be saved .*\(tried 3 times\)\. The next run restores/
      ),
      expect.stringMatching(
        /^dl\/ could not be saved .*429 Too Many Requests\. The next run restores/
      )
    ])
    expect(service.cacheEntries()).toEqual([])

    proxy.clear()
    const second = await job({ target: 'amd64', 'artifact-name': 'again' }, { runId: '101' })
    expect(second.main.exitCode).toBe(0)
    expect(second.outputs).toMatchObject({
      'image-cache-hit': 'false',
      'dl-cache-hit': 'false',
      'ccache-cache-hit': 'false'
    })
  })
})

describe('artifact uploads the service refuses', () => {
  it('HTTP 429 on a block (which the blob client does not retry): the upload is retried and arrives whole', async () => {
    fault({ method: 'PUT', path: /\/artifacts\//, nth: 1, fault: { kind: 'status', status: 429 } })
    const first = await job({ target: 'amd64' }, { runId: '100' })
    expect(first.main.exitCode).toBe(0)
    expect(first.main.stdout).toMatch(
      /Uploading the artifact buildroot-k8s-amd64 failed \(.*429.*\); trying again in \d+ s \(try 2 of 3\)\./
    )
    expect(annotations(first.main.stdout, 'error')).toEqual([])
    expect(await verifiedArtifact(service, 'buildroot-k8s-amd64')).toContain('rootfs.ext4.xz')
  })

  it('HTTP 500 on FinalizeArtifact: @actions/artifact retries it itself', async () => {
    fault({
      method: 'POST',
      path: new RegExp(`^${TWIRP_ARTIFACT}FinalizeArtifact`),
      nth: 1,
      fault: { kind: 'status', status: 500 }
    })
    const first = await job({ target: 'amd64' }, { runId: '100' })
    expect(first.main.exitCode).toBe(0)
    expect(first.main.stdout).toMatch(/Attempt 1 of 5 failed with error: Failed request: \(500\)/)
    expect(await verifiedArtifact(service, 'buildroot-k8s-amd64')).toContain('rootfs.ext4.xz')
  })

  it('blocks refused every time: one error naming the cause (no 409 hint), and the re-run restores the images and uploads them', async () => {
    fault({
      method: 'PUT',
      path: /\/artifacts\//,
      nth: 'every',
      fault: { kind: 'status', status: 429 }
    })
    const first = await job({ target: 'amd64' }, { runId: '100' })
    expect(first.main.exitCode).toBe(1)
    const errors = annotations(first.main.stdout, 'error')
    expect(errors).toEqual([
      expect.stringMatching(
        /^Uploading the artifact buildroot-k8s-amd64 to GitHub Actions artifacts failed: .*429.* \(tried 3 times\)\. The images are still in \S+\. A re-run of the job uploads them again \(restoring them from the image cache if they were saved there\)\.$/
      )
    ])
    expect(errors[0]).not.toContain('artifact-name')
    expect(service.artifacts()).toEqual([])

    proxy.clear()
    const rerun = await job({ target: 'amd64' }, { runId: '100', env: { GITHUB_RUN_ATTEMPT: '2' } })
    expect(rerun.main.exitCode).toBe(0)
    expect(rerun.outputs['image-cache-hit']).toBe('true')
    expect(await verifiedArtifact(service, 'buildroot-k8s-amd64')).toContain('rootfs.ext4.xz')
  })
})

describe('the post step stopped while it archives', () => {
  /** Running processes (pid, process group, command line). */
  function processes(): { pid: number; pgid: number; args: string }[] {
    return execFileSync('ps', ['-eo', 'pid=,pgid=,stat=,args='], { encoding: 'utf8' })
      .split('\n')
      .map(line => /^\s*(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null && !m[3].startsWith('Z'))
      .map(m => ({ pid: Number(m[1]), pgid: Number(m[2]), args: m[4] }))
  }

  /** A ccache big enough that archiving it takes seconds (random bytes: zstd cannot shrink them). */
  const bigCcache = (folders: { temp: string }) => {
    const file = path.join(folders.temp, 'buildroot-k8s-cache', 'ccache-amd64', 'big', 'object')
    fs.mkdirSync(path.dirname(file), { recursive: true })
    execFileSync('sh', ['-c', `head -c 600000000 /dev/urandom > '${file}'`])
  }

  it.each(['SIGTERM', 'SIGKILL'] as const)(
    '%s: tar and zstd stop with it, nothing is saved, the step says why',
    async signal => {
      let archivers: { pid: number; pgid: number }[] = []
      let stopped = 0
      const first = await job(
        { target: 'amd64' },
        {
          runId: '100',
          beforePost: bigCcache,
          postStarted: child => {
            const poll = setInterval(() => {
              archivers = processes().filter(
                p => /^\S*tar /.test(p.args) && p.args.includes(runner)
              )
              if (archivers.length) {
                clearInterval(poll)
                stopped = Date.now()
                child.kill(signal)
              }
            }, 20)
            child.on('exit', () => clearInterval(poll))
          }
        }
      )
      expect(archivers.length).toBeGreaterThan(0)
      if (signal === 'SIGTERM') {
        expect(first.post.stdout).toContain(
          '::warning::SIGTERM received (the workflow was cancelled): the cache save is stopped at once; what was not saved by now is not saved this time.'
        )
      }
      // The worker notices its step is gone within its 200 ms poll; one second is the grace.
      await new Promise(resolve => setTimeout(resolve, Math.max(0, stopped + 1000 - Date.now())))
      const groups = new Set(archivers.map(p => p.pgid))
      expect(processes().filter(p => groups.has(p.pgid))).toEqual([])
      expect(keys('buildroot-ccache-')).toEqual([])
    },
    180_000
  )
})
