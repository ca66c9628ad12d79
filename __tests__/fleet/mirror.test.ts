// download-mirror with the real Buildroot tree (BUILDROOT_SRC: 2026.02.3 or 2025.02.16), offline, and
// nginx (Debian's nginx-light) serving a folder as the mirror. O= and BR2_DL_DIR are outside the
// tree, which is only read. The mirror holds a file of the right name and the wrong content for
// every download: the build's first download is fetched from it (nginx logs the request and
// Buildroot's check-hash refuses the file, naming the package), and with download-mirror-only no
// other site is tried. Check mode lists what the mirror lacks; `mirror` fills a folder whose files
// all pass Buildroot's own support/download/check-hash against their .hash.
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import {
  configureTree,
  locateConfigFiles,
  readRequestedConfig
} from '../../src/buildroot/configure.js'
import { triedUrls } from '../../src/buildroot/download-failure.js'
import { applyBuildrootPatches } from '../../src/buildroot/patch-series.js'
import { downloadList } from '../../src/buildroot/show-info.js'
import { parseInputs, type RawInputs } from '../../src/inputs/schema.js'
import { runMain, runMirror } from '../../src/pipeline/main.js'
import type { RunContext } from '../../src/stages/stage.js'
import { runCheckMode, REPO } from '../helpers/pipeline-harness.js'
import { readTreeVersion } from '../../src/stages/resolve-buildroot.js'
import { recordingPlatform, type RecordingPlatform } from '../helpers/recording-platform.js'
import { missingProgram, startNginx, type NginxServer } from '../helpers/servers.js'
import { describeIf, withoutBuildroot } from '../helpers/witness.js'

const buildrootSrc = process.env.BUILDROOT_SRC as string
const linuxSrc = process.env.LINUX_SRC
const configs = path.join(REPO, 'configs')
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fleet-mirror-'))

let nginx: NginxServer
let downloads: string[] = []
const mirrorDir = () => path.join(nginx.root, 'mirror')
const mirrorUrl = () => `http://127.0.0.1:${nginx.port}/mirror`

const missing = withoutBuildroot ?? missingProgram('nginx', 'nginx-light')

beforeAll(async () => {
  if (missing) return
  nginx = await startNginx(path.join(root, 'nginx'))
  // The download list a build of amd64 has (the default runtime), with the action's patch series
  // applied.
  const platform = recordingPlatform(path.join(root, 'platform'))
  const patched = await applyBuildrootPatches(platform.reporter, {
    choice: { kind: 'default' },
    configDir: configs,
    ownSeriesDir: path.join(configs, 'buildroot-patches'),
    buildroot: {
      sourceDir: buildrootSrc,
      version: readTreeVersion(process.env.BUILDROOT_SRC as string)
    },
    cacheDir: path.join(root, 'platform', 'cache', 'tools')
  })
  const configured = await configureTree(
    {
      sourceDir: patched.sourceDir,
      outputDir: path.join(root, 'list'),
      externalTrees: [path.join(configs, 'external')]
    },
    readRequestedConfig(
      locateConfigFiles(configs, 'amd64', {
        runtime: 'containerd',
        ownRuntimeDir: path.join(configs, 'runtime')
      }),
      '',
      patched.series.sha256
    )
  )
  downloads = downloadList(configured.packages)
  fs.mkdirSync(mirrorDir(), { recursive: true })
  for (const download of downloads) {
    fs.writeFileSync(path.join(mirrorDir(), path.basename(download)), `not ${download}\n`)
  }
}, 300_000)
afterAll(async () => {
  await nginx?.stop()
  fs.rmSync(root, { recursive: true, force: true })
})

const context = (name: string): RunContext => ({
  actionRoot: REPO,
  ownExternalTree: path.join(configs, 'external'),
  ownPatchSeries: path.join(configs, 'buildroot-patches'),
  ownRuntimeDir: path.join(configs, 'runtime'),
  cacheRoot: path.join(root, name, 'cache'),
  runId: name,
  startedAt: Date.now(),
  startedFrom: 'the start of this test',
  spaceNeeded: false,
  env: process.env
})

function inputsFor(name: string, raw: RawInputs) {
  return parseInputs(
    {
      target: 'amd64',
      'buildroot-src': buildrootSrc,
      'output-dir': path.join(root, name, 'output'),
      'smoke-test': 'off',
      upload: 'false',
      ...raw
    },
    { configDir: configs, workDir: root, baseDir: REPO }
  )
}

/** A platform of its own, sharing the tool cache (the patched tree) of the others. */
const platformFor = (): RecordingPlatform => recordingPlatform(path.join(root, 'platform'))

const accessLog = () => fs.readFileSync(path.join(root, 'nginx', 'access.log'), 'utf8')

describeIf(missing)('download-mirror on the real Buildroot tree, offline', () => {
  it('the first download is fetched from the mirror, whose wrong file fails the hash check naming the package; then the package’s own site is tried', async () => {
    const platform = platformFor()
    const ok = await runMain(
      platform,
      inputsFor('first', { 'download-mirror': mirrorUrl() }),
      context('first')
    )
    expect(ok).toBe(false)
    const errors = platform.errors()
    expect(errors).toHaveLength(1)
    const log = fs.readFileSync(path.join(root, 'first', 'output', 'build.log'), 'utf8')
    // The mirror was asked first (nginx served the file), and Buildroot refused what it gave.
    const file = /ERROR: (\S+) has wrong sha256 hash:/.exec(log)?.[1] ?? ''
    expect(downloads.map(d => path.basename(d))).toContain(file)
    // The error names the package, the file and the hash file that refused it.
    expect(errors[0].text).toMatch(
      new RegExp(
        `^Buildroot build failed: package \\S+ \\S* ?failed during "Downloading": ${file.replace(/\./g, '\\.')} failed its hash check: its sha256 is [0-9a-f]{64}, but the package's \\.hash file \\(package/\\S+\\.hash\\) says [0-9a-f]{64}; tried ${mirrorUrl()}/`
      )
    )
    expect(accessLog()).toMatch(
      new RegExp(`"GET /mirror/(\\S+/)?${file.replace(/\./g, '\\.')} HTTP/1\\.1" 200`)
    )
    const urls = triedUrls(log.split('\n'))
    expect(urls[0].startsWith(`${mirrorUrl()}/`)).toBe(true)
    // Without download-mirror-only, the package's own site comes next.
    expect(urls.some(url => !url.startsWith(mirrorUrl()))).toBe(true)
  }, 600_000)

  it('download-mirror-only: no other site is tried, and the error says which sites were', async () => {
    const platform = platformFor()
    const ok = await runMain(
      platform,
      inputsFor('only', { 'download-mirror': mirrorUrl(), 'download-mirror-only': 'true' }),
      context('only')
    )
    expect(ok).toBe(false)
    const log = fs.readFileSync(path.join(root, 'only', 'output', 'build.log'), 'utf8')
    expect(log).toMatch(/ERROR: \S+ has wrong sha256 hash:/)
    const urls = triedUrls(log.split('\n'))
    expect(urls.length).toBeGreaterThan(0)
    expect(urls.filter(url => !url.startsWith(`${mirrorUrl()}/`))).toEqual([])
    expect(log).not.toContain('sources.buildroot.net')
    const [error] = platform.errors()
    expect(error.text).toMatch(new RegExp(`failed its hash check: .*; tried ${mirrorUrl()}/`))
    expect(error.text).not.toContain('sources.buildroot.net')
    expect(error.text).toContain(
      `if the .hash file is right, replace the file on the mirror ${mirrorUrl()} (buildroot-k8s mirror fills a folder with checked files only)`
    )
  }, 600_000)

  it('check mode lists the files the mirror lacks (an error with download-mirror-only), and loads the configuration with parallel-build', async () => {
    const lacking = downloads.slice(0, 3).map(d => path.basename(d))
    for (const file of lacking) fs.renameSync(path.join(mirrorDir(), file), path.join(root, file))
    try {
      const check = (name: string, raw: RawInputs) =>
        runCheckMode(
          platformFor(),
          inputsFor(name, {
            mode: 'check',
            'download-mirror': mirrorUrl(),
            ...(linuxSrc ? { 'linux-src': linuxSrc } : {}),
            ...raw
          }),
          context(name)
        )
      const plain = await check('check', { 'parallel-build': 'per-package' })
      const row = (run: typeof plain, name: string) => run.checks.find(c => c.name === name)
      expect(row(plain, 'Buildroot configuration')?.status).toBe('pass')
      expect(row(plain, 'Download mirror')).toMatchObject({
        status: 'warn',
        detail: `1 warning(s); ${downloads.length - 3} of ${downloads.length} downloads on ${mirrorUrl()}`
      })
      const finding = plain.findings.find(f => f.message.startsWith(`${mirrorUrl()} lacks`))
      expect(finding?.message).toMatch(
        new RegExp(`^${mirrorUrl()} lacks 3 of the ${downloads.length} files the build downloads: `)
      )
      for (const file of lacking) expect(finding?.message).toContain(file)

      const only = await check('check-only', { 'download-mirror-only': 'true' })
      expect(row(only, 'Download mirror')?.status).toBe('fail')

      const closed = await check('check-closed', { 'download-mirror': 'http://127.0.0.1:9/mirror' })
      expect(row(closed, 'Download mirror')).toMatchObject({
        status: 'skip',
        detail:
          'skipped: http://127.0.0.1:9/mirror not checked: it cannot be reached from here (connection refused)'
      })
    } finally {
      for (const file of lacking) fs.renameSync(path.join(root, file), path.join(mirrorDir(), file))
    }
  }, 900_000)

  it('mirror fills a folder from dl/ with only files that pass their .hash, and leaves what was there', async () => {
    // A package of a BR2_EXTERNAL tree of this test's own, with a real source archive and its
    // hash; and, in dl/, two of the real download list's files with the wrong content.
    const tree = path.join(root, 'fleet-external')
    const pkgDir = path.join(tree, 'package', 'fleet-hello')
    fs.mkdirSync(pkgDir, { recursive: true })
    fs.writeFileSync(path.join(tree, 'external.desc'), 'name: FLEET_TEST\ndesc: mirror test\n')
    fs.writeFileSync(
      path.join(tree, 'Config.in'),
      'source "$BR2_EXTERNAL_FLEET_TEST_PATH/package/fleet-hello/Config.in"\n'
    )
    fs.writeFileSync(
      path.join(tree, 'external.mk'),
      'include $(sort $(wildcard $(BR2_EXTERNAL_FLEET_TEST_PATH)/package/*/*.mk))\n'
    )
    fs.writeFileSync(
      path.join(pkgDir, 'Config.in'),
      'config BR2_PACKAGE_FLEET_HELLO\n\tbool "fleet-hello"\n'
    )
    fs.writeFileSync(
      path.join(pkgDir, 'fleet-hello.mk'),
      'FLEET_HELLO_VERSION = 1.0\nFLEET_HELLO_SITE = https://example.invalid/fleet-hello\n$(eval $(generic-package))\n'
    )
    const dl = path.join(root, 'mirror-dl')
    const source = path.join(root, 'fleet-hello-1.0')
    fs.mkdirSync(source, { recursive: true })
    fs.writeFileSync(path.join(source, 'hello.c'), 'int main(void) { return 0; }\n')
    fs.mkdirSync(path.join(dl, 'fleet-hello'), { recursive: true })
    const archive = path.join(dl, 'fleet-hello', 'fleet-hello-1.0.tar.gz')
    execFileSync('tar', ['-czf', archive, '-C', root, 'fleet-hello-1.0'])
    const sha = crypto.createHash('sha256').update(fs.readFileSync(archive)).digest('hex')
    fs.writeFileSync(
      path.join(pkgDir, 'fleet-hello.hash'),
      `# Made by this test\nsha256  ${sha}  fleet-hello-1.0.tar.gz\n`
    )
    const wrong = downloads.slice(0, 2)
    for (const download of wrong) {
      fs.mkdirSync(path.join(dl, path.dirname(download)), { recursive: true })
      fs.writeFileSync(path.join(dl, download), 'not it\n')
    }
    const out = path.join(root, 'mirror-out')
    fs.mkdirSync(out)
    fs.writeFileSync(path.join(out, 'index.html'), 'the mirror owner’s page\n')

    const platform = platformFor()
    const ok = await runMirror(
      platform,
      inputsFor('mirror', { 'br2-external': tree, 'config-fragment': 'BR2_PACKAGE_FLEET_HELLO=y' }),
      { ...context('mirror'), fillMirror: { outDir: out, dlDir: dl } }
    )
    // The two damaged files fail the run, each named with its package.
    expect(ok).toBe(false)
    const errors = platform.errors().map(e => e.text)
    expect(errors).toHaveLength(2)
    for (const download of wrong) {
      expect(
        errors.some(
          e => e.startsWith(`${download} (`) && e.includes('is not mirrored: its sha256 is')
        )
      ).toBe(true)
    }
    expect(fs.readdirSync(out).sort()).toEqual(['fleet-hello-1.0.tar.gz', 'index.html'])
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the mirror owner’s page\n')
    // Buildroot's own check of the mirrored file against its package's .hash.
    execFileSync(
      path.join(buildrootSrc, 'support', 'download', 'check-hash'),
      [
        path.join(out, 'fleet-hello-1.0.tar.gz'),
        'fleet-hello-1.0.tar.gz',
        path.join(pkgDir, 'fleet-hello.hash')
      ],
      { cwd: buildrootSrc }
    )
    expect(platform.summary.join('\n')).toContain('| written | 1 |')
  }, 600_000)
})
