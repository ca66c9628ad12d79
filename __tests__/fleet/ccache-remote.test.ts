// ccache-remote-storage against real servers: Debian's redis-server (TCP and a unix socket) and
// nginx (nginx-light, WebDAV PUT) as ccache's remote storage, with Debian's ccache as the
// compiler wrapper of real C compiles. The whole pipeline runs on the Buildroot-shaped fixture,
// whose package fixture-ccode compiles its C files with a package make through a stand-in of
// Buildroot's toolchain wrapper: what the action sets reaches ccache only through make's
// environment. A first build fills the remote; a second, in a fresh output folder with an empty
// local ccache, gets its results from there. The password in the URL, which the fixture's build
// prints as a verbose build system would (`ccache -p`), never reaches a log line, the summary,
// the build log or an artifact.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { RawInputs } from '../../src/inputs/schema.js'
import { runMain } from '../../src/pipeline/main.js'
import { createBuildrootFixture, type BuildrootFixture } from '../helpers/buildroot-fixture.js'
import { fixtureContext, fixtureInputs } from '../helpers/pipeline-harness.js'
import { recordingPlatform, type RecordingPlatform } from '../helpers/recording-platform.js'
import {
  missingProgram,
  startNginx,
  startRedis,
  type NginxServer,
  type RedisServer
} from '../helpers/servers.js'
import { describeIf } from '../helpers/witness.js'

const PASSWORD = 'Fleet-s3cret-7Qz'
const FILES = 8
const missing =
  missingProgram('ccache', 'ccache') ??
  missingProgram('redis-server', 'redis-server') ??
  missingProgram('nginx', 'nginx-light')

let fx: BuildrootFixture
let redis: RedisServer
let nginx: NginxServer

beforeAll(async () => {
  if (missing) return
  fx = createBuildrootFixture()
  redis = await startRedis(fx.dir('redis'), PASSWORD)
  nginx = await startNginx(fx.dir('nginx'), { user: 'ccache', password: PASSWORD })
}, 30_000)
afterAll(async () => {
  await redis?.stop()
  await nginx?.stop()
  fx?.cleanup()
})

interface Build {
  ok: boolean
  platform: RecordingPlatform
  outputDir: string
  summary: string
  buildLog: string
}

/** One build on a fresh runner: its own output folder, an empty local ccache, no cache restored. */
async function build(name: string, extra: RawInputs): Promise<Build> {
  const platform = recordingPlatform(fx.dir(`${name}-platform`))
  const outputDir = path.join(fx.root, `${name}-out`)
  const ok = await runMain(
    platform,
    fixtureInputs(fx, {
      target: 'amd64',
      cache: 'off',
      // The fixture's patch series has a warning of its own; these builds are about ccache.
      'buildroot-patches': 'none',
      'output-dir': outputDir,
      'config-fragment': `BR2_PACKAGE_FIXTURE_CCODE=y\nBR2_PACKAGE_FIXTURE_CCODE_FILES=${FILES}\n${extra['config-fragment'] ?? ''}`,
      ...Object.fromEntries(Object.entries(extra).filter(([key]) => key !== 'config-fragment'))
    }),
    fixtureContext(fx, { cacheRoot: path.join(fx.root, `${name}-work`), runId: name })
  )
  const logFile = path.join(outputDir, 'build.log')
  return {
    ok,
    platform,
    outputDir,
    summary: platform.summary.join('\n'),
    buildLog: fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : ''
  }
}

/** Every file under `dir` that holds `text`. */
function filesHolding(dir: string, text: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry => path.join(entry.parentPath, entry.name))
    .filter(file => fs.readFileSync(file).includes(text))
}

/** The row of the summary's ccache table for a storage: its hits, misses and errors. */
function counters(summary: string, storage: 'local' | 'remote'): number[] | undefined {
  const row = summary.split('\n').find(line => line.startsWith(`| ${storage} `))
  const cells = row?.split('|').slice(2, -1)
  return cells?.map(cell => Number.parseInt(cell.trim(), 10))
}

/** The password is nowhere a user or a workflow can read it. */
function expectNoPassword(run: Build): void {
  expect(run.platform.messages.filter(m => m.text.includes(PASSWORD))).toEqual([])
  expect(run.summary).not.toContain(PASSWORD)
  expect(run.buildLog).not.toContain(PASSWORD)
  expect(
    filesHolding(path.join(fx.root, `${path.basename(run.outputDir, '-out')}-platform`), PASSWORD)
  ).toEqual([])
}

/**
 * The result (…R) and manifest (…M) files ccache keeps in a build's local cache. (The fixture's
 * other packages leave placeholder .o files of their own there.)
 */
const localResults = (name: string): string[] =>
  fs
    .readdirSync(path.join(fx.root, `${name}-work`, 'ccache-amd64'), { recursive: true })
    .map(String)
    .filter(file => /\/[0-9a-z]{16,}[RM]$/.test(file))

const redisKeys = (): number =>
  Number(
    execFileSync('redis-cli', ['-p', String(redis.port), 'dbsize'], {
      env: { ...process.env, REDISCLI_AUTH: PASSWORD }
    })
      .toString()
      .trim()
  )

describeIf(missing)('ccache-remote-storage with real servers', () => {
  const redisUrl = () => `redis://${PASSWORD}@127.0.0.1:${redis.port}`

  it('Redis over TCP: a first build fills it, a second with an empty local ccache gets remote hits; the password is masked everywhere', async () => {
    const first = await build('redis-1', { 'ccache-remote-storage': redisUrl() })
    expect(first.platform.errors()).toEqual([])
    expect(first.ok).toBe(true)
    expect(counters(first.summary, 'local')?.slice(0, 2)).toEqual([0, FILES])
    expect(counters(first.summary, 'remote')).toEqual([0, FILES, 0])
    expect(redisKeys()).toBeGreaterThanOrEqual(FILES)
    expect(localResults('redis-1').length).toBeGreaterThanOrEqual(FILES)
    // The fixture printed ccache's setting into the build log; only the mask is left of it.
    expect(first.buildLog).toContain(`remote_storage = redis://***@127.0.0.1:${redis.port}`)
    expect(first.summary).toContain(`\`redis://***@127.0.0.1:${redis.port}\``)
    expect(first.platform.messages.map(m => m.text)).toContain(
      `ccache's remote storage: redis://***@127.0.0.1:${redis.port} (answers; after the local cache).`
    )
    expectNoPassword(first)

    const second = await build('redis-2', { 'ccache-remote-storage': redisUrl() })
    expect(second.ok).toBe(true)
    expect(counters(second.summary, 'remote')).toEqual([FILES, 0, 0])
    expect(second.summary).toContain(
      `ccache saw ${FILES} compiler calls: ${FILES} hits (100%), 0 misses.`
    )
    expect(second.platform.warnings()).toEqual([])
    expectNoPassword(second)
  }, 120_000)

  it('Redis over its unix socket (redis+unix) serves what the TCP build stored', async () => {
    const run = await build('unix', {
      'ccache-remote-storage': `redis+unix://${PASSWORD}@localhost${redis.socket}`
    })
    expect(run.ok).toBe(true)
    expect(counters(run.summary, 'remote')).toEqual([FILES, 0, 0])
    expectNoPassword(run)
  }, 120_000)

  it('ccache-remote-only: no local cache is restored or written, the results come from Redis', async () => {
    const run = await build('remote-only', {
      'ccache-remote-storage': redisUrl(),
      'ccache-remote-only': 'true'
    })
    expect(run.ok).toBe(true)
    expect(counters(run.summary, 'remote')).toEqual([FILES, 0, 0])
    expect(run.summary).toContain('| local | not used (ccache-remote-only) | | |')
    // ccache keeps only its counters locally: no result or manifest file.
    expect(localResults('remote-only')).toEqual([])
  }, 120_000)

  it('Redis stopped half-way through the build: one warning, and the build succeeds', async () => {
    const down = await startRedis(fx.dir('redis-down'), PASSWORD)
    process.env.FIXTURE_MID_BUILD = down.stopCommand
    let run: Build
    try {
      run = await build('stopped', {
        'ccache-remote-storage': `redis://${PASSWORD}@127.0.0.1:${down.port}`,
        'config-fragment': 'BR2_PACKAGE_FIXTURE_CCODE_FILES=12'
      })
    } finally {
      delete process.env.FIXTURE_MID_BUILD
      await down.stop()
    }
    expect(run.ok).toBe(true)
    const warnings = run.platform.warnings().map(w => w.text)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /^ccache's remote storage \(redis:\/\/\*\*\*@127\.0\.0\.1:\d+\) failed during the build: \d+ error\(s\) in 12 compiler call\(s\)\. ccache compiled those without it, with the local cache, and the build went on/
    )
    const [hits, misses, errors] = counters(run.summary, 'remote') ?? []
    expect({ hits, misses }).toEqual({ hits: 0, misses: 6 })
    expect(errors).toBeGreaterThanOrEqual(6)
    expectNoPassword(run)
  }, 120_000)

  it('a remote that cannot be reached at all: one warning before the build, none per compile, and the build succeeds', async () => {
    const closed = await startRedis(fx.dir('redis-closed'), PASSWORD)
    await closed.stop()
    const run = await build('unreachable', {
      'ccache-remote-storage': `redis://${PASSWORD}@127.0.0.1:${closed.port}`
    })
    expect(run.ok).toBe(true)
    expect(run.platform.warnings().map(w => w.text)).toEqual([
      `ccache's remote storage redis://***@127.0.0.1:${closed.port} cannot be used: connection refused. The build goes on with the local ccache; ccache tries it again in each compiler call, without a word.`
    ])
    expect(counters(run.summary, 'remote')?.[2]).toBeGreaterThanOrEqual(FILES)
    expect(counters(run.summary, 'local')?.slice(0, 2)).toEqual([0, FILES])
  }, 120_000)

  it('a wrong password is refused before the build, in one warning that does not print it', async () => {
    const run = await build('wrong-password', {
      'ccache-remote-storage': `redis://not-${PASSWORD}@127.0.0.1:${redis.port}`
    })
    expect(run.ok).toBe(true)
    const warnings = run.platform.warnings().map(w => w.text)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /^ccache's remote storage redis:\/\/\*\*\*@127\.0\.0\.1:\d+ cannot be used: the server answered: WRONGPASS/
    )
    expectNoPassword(run)
  }, 120_000)

  it('nginx with WebDAV as http:// storage: a first build fills it, a second gets remote hits', async () => {
    const url = `http://ccache:${PASSWORD}@127.0.0.1:${nginx.port}/cache`
    const first = await build('http-1', { 'ccache-remote-storage': url })
    expect(first.ok).toBe(true)
    expect(counters(first.summary, 'remote')).toEqual([0, FILES, 0])
    // ccache stored its results through PUT: files under the served folder.
    const stored = fs
      .readdirSync(path.join(nginx.root, 'cache'), { recursive: true, withFileTypes: true })
      .filter(entry => entry.isFile())
    expect(stored.length).toBeGreaterThanOrEqual(FILES)
    expectNoPassword(first)

    const second = await build('http-2', { 'ccache-remote-storage': url })
    expect(second.ok).toBe(true)
    expect(counters(second.summary, 'remote')).toEqual([FILES, 0, 0])
    expect(second.summary).toContain(`\`http://***@127.0.0.1:${nginx.port}/cache\``)
    expectNoPassword(second)
  }, 120_000)

  it('without BR2_CCACHE nothing goes through ccache: a warning says the remote storage is not used', async () => {
    const run = await build('no-ccache', {
      'ccache-remote-storage': redisUrl(),
      'config-fragment': 'BR2_CCACHE=n'
    })
    expect(run.ok).toBe(true)
    expect(run.platform.warnings().map(w => w.text)).toEqual([
      'BR2_CCACHE is not set in buildroot_defconfig: no compiler call goes through ccache, so ccache-remote-storage is not used. Set BR2_CCACHE=y.'
    ])
    expect(run.summary).not.toContain('| ccache storage |')
  }, 120_000)

  it('a failed build uploads its log without the password', async () => {
    const run = await build('failed', {
      'ccache-remote-storage': redisUrl(),
      'config-fragment': 'BR2_PACKAGE_FIXTURE_BROKEN=y'
    })
    expect(run.ok).toBe(false)
    const artifacts = path.join(fx.root, 'failed-platform', 'artifacts')
    const log = path.join(artifacts, 'buildroot-k8s-amd64-build-log', 'build.log')
    expect(fs.readFileSync(log, 'utf8')).toContain(
      `remote_storage = redis://***@127.0.0.1:${redis.port}`
    )
    expectNoPassword(run)
  }, 120_000)
})
