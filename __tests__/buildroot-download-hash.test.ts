// A file in dl/ whose hash is wrong, with a real Buildroot tree (BUILDROOT_SRC, e.g. 2025.02.16)
// and offline: a BR2_EXTERNAL package whose .hash does not match the file placed in dl/. Every
// other package is marked as built by its stamp files (as an incremental build leaves them),
// so that Buildroot goes straight to this package's download. Buildroot prints no `>>> ...
// Downloading` line when the file is already in dl/: the failure must still be this package's,
// named from make's own error line, with the file, the hash error and the URLs tried.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { configureTree, type ConfiguredTree } from '../src/buildroot/configure.js'
import type { BuildrootTree } from '../src/buildroot/make.js'
import { buildablePackages, showInfoFile } from '../src/buildroot/show-info.js'
import { describeFailure, runBuild } from '../src/buildroot/build.js'
import { checkDownloads, planCaches } from '../src/stages/restore-caches.js'
import { recordingPlatform } from './helpers/recording-platform.js'
import { describeIf, withoutBuildroot } from './helpers/witness.js'

const buildrootSrc = process.env.BUILDROOT_SRC
const describeWithBuildroot = describeIf(withoutBuildroot)

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'br-hash-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

/** What the test's .hash file says; the file placed in dl/ (and served) has another sha256. */
const WRONG_HASH = '0'.repeat(64)
const SOURCE = 'hashtest-1.0.tar.gz'

/** A BR2_EXTERNAL tree with one package, hashtest 1.0, whose .hash lists WRONG_HASH. */
function externalTree(dir: string): string {
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), text)
  }
  write('external.desc', 'name: HASHTEST\ndesc: a package whose .hash is wrong on purpose\n')
  write('Config.in', 'source "$BR2_EXTERNAL_HASHTEST_PATH/package/hashtest/Config.in"\n')
  write('external.mk', 'include $(sort $(wildcard $(BR2_EXTERNAL_HASHTEST_PATH)/package/*/*.mk))\n')
  write('package/hashtest/Config.in', 'config BR2_PACKAGE_HASHTEST\n\tbool "hashtest"\n')
  write(
    'package/hashtest/hashtest.mk',
    'HASHTEST_VERSION = 1.0\nHASHTEST_SOURCE = hashtest-1.0.tar.gz\nHASHTEST_SITE = http://127.0.0.1:9/hashtest\n$(eval $(generic-package))\n'
  )
  write('package/hashtest/hashtest.hash', `sha256  ${WRONG_HASH}  ${SOURCE}\n`)
  return dir
}

/** Marks every package but hashtest as built: each step's stamp file in its stamp_dir. */
function markBuilt(tree: BuildrootTree): void {
  const info = JSON.parse(fs.readFileSync(showInfoFile(tree), 'utf8')) as Record<
    string,
    { stamp_dir?: string }
  >
  const steps = [
    'downloaded',
    'extracted',
    'patched',
    'configured',
    'built',
    'host_installed',
    'staging_installed',
    'target_installed',
    'images_installed',
    'installed'
  ]
  for (const [name, entry] of Object.entries(info)) {
    if (name === 'hashtest' || !entry.stamp_dir) continue
    const dir = path.join(tree.outputDir, entry.stamp_dir)
    fs.mkdirSync(dir, { recursive: true })
    for (const step of steps) fs.writeFileSync(path.join(dir, `.stamp_${step}`), '')
  }
}

describeWithBuildroot('a wrong file in dl/ with a real Buildroot tree (BUILDROOT_SRC)', () => {
  let server: http.Server
  let site: string
  beforeAll(async () => {
    // A site that serves a file of the right name and the wrong content, on this machine.
    server = http.createServer((request, response) => {
      if (path.basename(request.url ?? '') !== SOURCE) return void response.writeHead(404).end()
      response.writeHead(200).end('served, and still not the real source\n')
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    site = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mirror`
  })
  afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

  async function configured(name: string, primarySite: string): Promise<ConfiguredTree> {
    const work = path.join(root, name)
    fs.mkdirSync(work, { recursive: true })
    const tree: BuildrootTree = {
      sourceDir: buildrootSrc ?? '',
      outputDir: path.join(work, 'output'),
      externalTrees: [externalTree(path.join(work, 'external'))],
      env: { BR2_DL_DIR: path.join(work, 'dl') }
    }
    // A small system: Buildroot's own toolchain (marked built), no BusyBox, no root filesystem.
    const mergedText = [
      'BR2_x86_64=y',
      'BR2_INIT_NONE=y',
      'BR2_SYSTEM_BIN_SH_NONE=y',
      '# BR2_PACKAGE_BUSYBOX is not set',
      '# BR2_TARGET_ROOTFS_TAR is not set',
      'BR2_PACKAGE_HASHTEST=y',
      `BR2_PRIMARY_SITE="${primarySite}"`,
      'BR2_PRIMARY_SITE_ONLY=y',
      ''
    ].join('\n')
    const result = await configureTree(tree, {
      files: {
        buildrootDefconfig: path.join(work, 'defconfig'),
        kernelDefconfig: path.join(work, 'kernel_defconfig')
      },
      requested: [],
      configHash: '',
      mergedText
    })
    markBuilt(tree)
    const dl = path.join(work, 'dl', 'hashtest')
    fs.mkdirSync(dl, { recursive: true })
    fs.writeFileSync(path.join(dl, SOURCE), 'placed in dl/, not the real source\n')
    return result
  }

  it('Buildroot finds it: the error names hashtest, the file, the hash error and the URLs tried, in its first line', async () => {
    const tree = await configured('in-dl', 'http://127.0.0.1:9/closed')
    const build = await runBuild(recordingPlatform(path.join(root, 'p1')).reporter, {
      tree: tree.tree,
      jobs: 1,
      packageCount: 1,
      packages: buildablePackages(tree.packages),
      logFile: path.join(tree.tree.outputDir, 'build.log')
    })
    expect(build.ok).toBe(false)
    // Buildroot printed no step line for it: only make's error line names it.
    expect(fs.readFileSync(build.logFile, 'utf8')).not.toMatch(/>>> hashtest/)
    const [first] = describeFailure(build.failure ?? { lastLines: [] }).split('\n')
    expect(first).toMatch(
      new RegExp(
        `^Buildroot build failed: package hashtest 1\\.0 failed during "Downloading": ${SOURCE.replace(/\./g, '\\.')} failed its hash check: its sha256 is [0-9a-f]{64}, but the package's \\.hash file \\(.*/hashtest\\.hash\\) says ${WRONG_HASH} \\(a file of that name was already in dl/ .*\\); tried http://127\\.0\\.0\\.1:9/closed/hashtest/hashtest-1\\.0\\.tar\\.gz, http://127\\.0\\.0\\.1:9/closed/hashtest-1\\.0\\.tar\\.gz\\.$`
      )
    )
  }, 300_000)

  it('the check before the build removes it and names it; then the download fails its hash check, and the error says so', async () => {
    const tree = await configured('checked', site)
    const platform = recordingPlatform(path.join(root, 'p2'))
    const plan = planCaches({
      target: 'amd64',
      runtime: 'containerd',
      buildrootVersion: tree.buildrootVersion,
      dotConfig: tree.dotConfig,
      downloads: [],
      cacheRoot: path.join(root, 'checked'),
      runId: '1'
    })
    const bad = await checkDownloads(platform, tree, plan)
    expect(bad.map(b => b.file)).toEqual([`hashtest/${SOURCE}`])
    expect(fs.existsSync(path.join(plan.dlDir, 'hashtest', SOURCE))).toBe(false)
    expect(platform.warnings().map(w => w.text)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^dl/: 1 file failed its package's \\.hash check and was removed before the build: hashtest/hashtest-1\\.0\\.tar\\.gz \\(hashtest: .*hashtest\\.hash lists sha256 ${WRONG_HASH}, the file has [0-9a-f]{64}\\)\\.`
        )
      )
    ])

    const build = await runBuild(platform.reporter, {
      tree: tree.tree,
      jobs: 1,
      packageCount: 1,
      packages: buildablePackages(tree.packages),
      logFile: path.join(tree.tree.outputDir, 'build.log')
    })
    const [first] = describeFailure(build.failure ?? { lastLines: [] }).split('\n')
    expect(first).toMatch(
      new RegExp(
        `^Buildroot build failed: package hashtest 1\\.0 failed during "Downloading": hashtest-1\\.0\\.tar\\.gz failed its hash check: its sha256 is [0-9a-f]{64}, but the package's \\.hash file .* says ${WRONG_HASH}; tried ${site}/hashtest/hashtest-1\\.0\\.tar\\.gz, ${site}/hashtest-1\\.0\\.tar\\.gz\\.$`
      )
    )
  }, 300_000)
})
