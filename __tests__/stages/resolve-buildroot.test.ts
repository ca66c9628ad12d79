// Resolving Buildroot: a local tree, or a release downloaded over HTTP (a server on
// 127.0.0.1 stands in for buildroot.org), verified, and kept in the tool cache.
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  BuildrootSourceError,
  PINNED_SHA256,
  resolveBuildroot,
  sha256FromSignFile
} from '../../src/stages/resolve-buildroot.js'
import { runnerToolCache, toolCacheVersion } from '../../src/platform/github.js'
import { terminalReporter } from '../../src/platform/local.js'
import { localToolCache } from '../../src/platform/local-tools.js'
import type { ToolCache } from '../../src/platform/types.js'

const reporter = terminalReporter(() => undefined)
let root: string
let server: http.Server
let mirror: string
const served = new Map<string, Buffer>()
const requests: string[] = []

/** A release tarball shaped like Buildroot's: buildroot-<v>/Makefile declaring BR2_VERSION. */
function releaseTarball(version: string): Buffer {
  const dir = fs.mkdtempSync(path.join(root, 'release-'))
  const tree = path.join(dir, `buildroot-${version}`)
  fs.mkdirSync(tree)
  fs.writeFileSync(path.join(tree, 'Makefile'), `export BR2_VERSION := ${version}\n`)
  fs.writeFileSync(path.join(tree, 'Config.in'), '')
  execFileSync('tar', ['-cJf', path.join(dir, 'release.tar.xz'), '-C', dir, `buildroot-${version}`])
  return fs.readFileSync(path.join(dir, 'release.tar.xz'))
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'resolve-'))
  server = http.createServer((request, response) => {
    requests.push(request.url ?? '')
    const body = served.get(request.url ?? '')
    response.writeHead(body ? 200 : 404)
    response.end(body ?? 'not found')
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}/downloads`
})
afterAll(() => {
  server.close()
  fs.rmSync(root, { recursive: true, force: true })
})
beforeEach(() => {
  served.clear()
  requests.length = 0
  process.env.RUNNER_TOOL_CACHE = fs.mkdtempSync(path.join(root, 'tools-'))
  process.env.RUNNER_TEMP = fs.mkdtempSync(path.join(root, 'temp-'))
})

/** What a tool cache keeps: its tools, not its own scratch folder. */
const kept = (dir: string): string[] => fs.readdirSync(dir).filter(name => name !== '.tmp')

describe.each([
  [
    "the runner's tool cache (@actions/tool-cache)",
    () => runnerToolCache(process.env.RUNNER_TOOL_CACHE ?? '')
  ],
  ['the local tool cache', () => localToolCache(process.env.RUNNER_TOOL_CACHE ?? '')]
] as [string, () => ToolCache][])('resolveBuildroot with %s', (_name, toolCache) => {
  let tools: ToolCache
  beforeEach(() => {
    tools = toolCache()
  })

  it('uses buildroot-src as it is and reads its version from the Makefile', async () => {
    const tree = fs.mkdtempSync(path.join(root, 'tree-'))
    fs.writeFileSync(path.join(tree, 'Makefile'), 'export BR2_VERSION := 2024.11.3\n')
    fs.writeFileSync(path.join(tree, 'Config.in'), '')
    const resolved = await resolveBuildroot(reporter, tools, {
      version: '2025.02.16',
      sourceDir: tree,
      mirror
    })
    expect(resolved).toEqual({ sourceDir: tree, version: '2024.11.3', origin: tree })
    expect(requests).toEqual([])
  })

  it('says what buildroot-src should be when it is not a Buildroot tree', async () => {
    await expect(
      resolveBuildroot(reporter, tools, { version: '2025.02.16', sourceDir: root })
    ).rejects.toThrow(/is not a Buildroot source tree \(no Makefile and Config.in there\)/)
  })

  it('downloads a release, checks it against the .sign statement, and finds it in the tool cache next time', async () => {
    const tarball = releaseTarball('2024.02.9')
    const sha = crypto.createHash('sha256').update(tarball).digest('hex')
    served.set('/downloads/buildroot-2024.02.9.tar.xz', tarball)
    served.set(
      '/downloads/buildroot-2024.02.9.tar.xz.sign',
      Buffer.from(
        `-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA1\n\nMD5: 0123  buildroot-2024.02.9.tar.xz\nSHA256: ${sha}  buildroot-2024.02.9.tar.xz\n`
      )
    )
    const first = await resolveBuildroot(reporter, tools, { version: '2024.02.9', mirror })
    expect(first.version).toBe('2024.02.9')
    expect(fs.readFileSync(path.join(first.sourceDir, 'Makefile'), 'utf8')).toContain('2024.02.9')
    expect(first.sourceDir.startsWith(process.env.RUNNER_TOOL_CACHE ?? '')).toBe(true)

    requests.length = 0
    const second = await resolveBuildroot(reporter, tools, { version: '2024.02.9', mirror })
    expect(second).toMatchObject({ sourceDir: first.sourceDir, origin: 'tool cache' })
    expect(requests).toEqual([])
  })

  it('stops on a pinned version whose download does not match, showing both hashes, and caches nothing', async () => {
    served.set('/downloads/buildroot-2025.02.16.tar.xz', releaseTarball('2025.02.16'))
    const error = await resolveBuildroot(reporter, tools, { version: '2025.02.16', mirror }).catch(
      e => e
    )
    expect(error).toBeInstanceOf(BuildrootSourceError)
    expect(error.message).toContain(`expected: ${PINNED_SHA256['2025.02.16']}`)
    expect(error.message).toMatch(/actual: {3}[0-9a-f]{64}/)
    expect(kept(tools.dir)).toEqual([])
  })

  it('refuses a version with no pinned hash and no readable .sign', async () => {
    served.set('/downloads/buildroot-2024.05.tar.xz', releaseTarball('2024.05'))
    await expect(resolveBuildroot(reporter, tools, { version: '2024.05', mirror })).rejects.toThrow(
      /no pinned sha256 for buildroot-2024\.05\.tar\.xz and its signed statement .* could not be read/
    )
  })

  it('says so when the release does not exist', async () => {
    await expect(resolveBuildroot(reporter, tools, { version: '2099.02', mirror })).rejects.toThrow(
      /could not download .*buildroot-2099\.02\.tar\.xz.*set buildroot-src/
    )
  })
})

describe('release names', () => {
  it('maps Buildroot versions to the semver the tool cache wants', () => {
    expect(toolCacheVersion('2025.02.16')).toBe('2025.2.16')
    expect(toolCacheVersion('2025.02')).toBe('2025.2.0')
    expect(toolCacheVersion('2025.05-rc1')).toBe('2025.5.0-rc1')
  })

  it('reads the SHA256 line for the right file of a .sign statement', () => {
    const sign = `SHA1: aa  buildroot-x.tar.xz\nSHA256: ${'b'.repeat(64)}  buildroot-x.tar.gz\nSHA256: ${'c'.repeat(64)}  buildroot-x.tar.xz\n`
    expect(sha256FromSignFile(sign, 'buildroot-x.tar.xz')).toBe('c'.repeat(64))
    expect(sha256FromSignFile(sign, 'buildroot-y.tar.xz')).toBeUndefined()
  })
})
