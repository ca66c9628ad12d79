// The pipeline (runMain, then runPost) against the Buildroot-shaped fixture, under the faults
// a new user meets: a time limit, a disk that is full or too small, a download that fails, a
// wrong output folder, settings the action overrides, and a defconfig line of 5 MB.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { RawInputs } from '../src/inputs/schema.js'
import { runMain } from '../src/pipeline/main.js'
import { runPost } from '../src/pipeline/post.js'
import type { RunContext } from '../src/stages/stage.js'
import { resetCancellation } from '../src/util/process-groups.js'
import { createBuildrootFixture, type BuildrootFixture } from './helpers/buildroot-fixture.js'
import { alive, fixtureContext, fixtureInputs } from './helpers/pipeline-harness.js'
import { recordingPlatform, type RecordingPlatform } from './helpers/recording-platform.js'
import { itIf } from './helpers/witness.js'

let fx: BuildrootFixture
let platform: RecordingPlatform

beforeEach(() => {
  fx = createBuildrootFixture()
  platform = recordingPlatform(fx.dir('platform'))
})
afterEach(() => {
  resetCancellation()
  fx.cleanup()
})

const inputsFor = (extra: RawInputs = {}) => fixtureInputs(fx, extra)
const context = (extra: Partial<RunContext> = {}): RunContext => fixtureContext(fx, extra)

const summary = () => platform.summary.join('\n')

describe('time-limit', () => {
  it('stops the build cleanly at the limit, says how far it got, and the post step saves ccache but not a partial dl/', async () => {
    // When the build starts, the job is 5 h 45 min less 8 s old: the limit falls inside
    // fixture-slow's build (its shell and children would otherwise run for ten minutes), however
    // long the stages before the build took. The clock is read once, as the build starts.
    const job = context({ startedFrom: "the job's start" })
    Object.defineProperty(job, 'startedAt', { get: () => Date.now() - 345 * 60 * 1000 + 8000 })
    const ok = await runMain(
      platform,
      inputsFor({ 'config-fragment': 'BR2_PACKAGE_FIXTURE_SLOW=y', 'time-limit': '5h45m' }),
      job
    )
    expect(ok).toBe(false)
    const pids = fs
      .readFileSync(path.join(fx.root, 'out-amd64', 'fixture-slow.pids'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map(Number)
    expect(pids).toHaveLength(4)
    expect(pids.filter(alive)).toEqual([])

    expect(platform.warnings().map(w => w.text)).toContainEqual(
      expect.stringMatching(
        /^The time limit \(time-limit 5 h 45 min from the job's start\) is reached during "Build": stopping it so that the caches can still be saved/
      )
    )
    const [error] = platform.errors()
    expect(error.text).toMatch(
      /^Stopped at the time limit \(time-limit 5 h 45 min from the job's start\) after \d+ s of building, during fixture-slow 1\.0-fixture "Building" \(package 5 of 7\)\. The post step saves ccache/
    )
    expect(summary()).toContain(
      '## ⏱️ Stopped at the time limit: Buildroot Kubernetes node image: amd64'
    )
    expect(summary()).toContain('### How far it got')
    // There was time left for the log.
    expect(
      fs.existsSync(
        path.join(fx.root, 'platform', 'artifacts', 'buildroot-k8s-amd64-build-log', 'build.log')
      )
    ).toBe(true)

    await runPost(platform)
    const saved = platform.summary.at(-1) ?? ''
    expect(saved).toMatch(/\| ccache \| `[^`]+` \| saved \|/)
    expect(saved).toMatch(/\| dl\/ \| {2}\| not saved: 2 of 7 files missing \|/)
  })

  it('does not start a build the limit leaves no time for', async () => {
    const ok = await runMain(
      platform,
      inputsFor({ 'time-limit': '10' }),
      context({ startedAt: Date.now() - 11 * 60 * 1000, startedFrom: "the job's start" })
    )
    expect(ok).toBe(false)
    expect(platform.errors().map(e => e.text)).toEqual([
      'The time limit (time-limit 10 min 0 s from the job\'s start) was reached before "Check the output folder" started: raise time-limit, or make the steps before it faster.'
    ])
    expect(fs.existsSync(path.join(fx.root, 'out-amd64', 'build.log'))).toBe(false)
  })
})

describe('disk space', () => {
  it('refuses to start a build the disk cannot hold, naming the folders and what is free', async () => {
    const huge = 1024 ** 5
    const ok = await runMain(
      platform,
      inputsFor(),
      context({ spaceNeeded: { outputBytes: huge, dlBytes: 1024 * 1024 } })
    )
    expect(ok).toBe(false)
    const [error] = platform.errors()
    expect(error.text).toMatch(
      new RegExp(
        `^Not enough free disk space for a build of amd64: output-dir \\(${fx.root}/out-amd64\\), dl/ \\(.*\\), ccache \\(.*\\) are on a disk with [\\d.]+ [KMGT]iB free, and [\\d.]+ [KMGT]iB more is needed there`
      )
    )
    expect(error.text).toContain('free-disk-space (auto by default)')
    // Nothing was restored or built.
    expect(platform.messages.some(m => m.text === 'Restore caches')).toBe(false)
    expect(fs.existsSync(path.join(fx.root, 'out-amd64', 'build.log'))).toBe(false)
  })

  it('blames a full disk, not the package, when the build runs out of space', async () => {
    const ok = await runMain(
      platform,
      inputsFor({
        'config-fragment':
          'BR2_PACKAGE_FIXTURE_BROKEN=y\nBR2_PACKAGE_FIXTURE_BROKEN_ERROR="cc1: fatal error: error writing to /tmp/ccX.s: No space left on device"'
      }),
      context()
    )
    expect(ok).toBe(false)
    const [error] = platform.errors()
    expect(error.text).toMatch(
      /^No space left on device during the build of fixture-broken\. Free space now: output-dir \(.*\), dl\/ \(.*\), ccache \(.*\): [\d.]+ [KMGT]iB free of [\d.]+ [KMGT]iB\./
    )
    expect(error.at).toBeUndefined()
  })

  itIf(process.getuid?.() === 0 ? undefined : 'mounting a full tmpfs needs root')(
    'names the full disk when the output folder cannot even be written (root: a full tmpfs)',
    async () => {
      const full = fx.dir('full')
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', full])
      try {
        // Fill it to the last block.
        try {
          fs.writeFileSync(path.join(full, 'filler'), Buffer.alloc(1024 * 1024))
        } catch {
          // ENOSPC: full, as intended.
        }
        const ok = await runMain(
          platform,
          inputsFor({ 'output-dir': path.join(full, 'out') }),
          context()
        )
        expect(ok).toBe(false)
        const [error] = platform.errors()
        expect(error.text).toMatch(
          new RegExp(
            `^No space left on device during "Check the output folder"\\. Free space now: output-dir \\(${full}/out\\): 0 B free of 64\\.0 KiB;`
          )
        )
        expect(error.at).toBeUndefined()
      } finally {
        execFileSync('umount', [full])
      }
    }
  )
})

describe('downloads', () => {
  it('a failed download names the URL it tried and the ways out', async () => {
    fx.unpublish('containerd-1.0-fixture.tar.gz')
    expect(await runMain(platform, inputsFor(), context())).toBe(false)
    const [error] = platform.errors()
    expect(error.text).toContain('package containerd 1.0-fixture failed during "Downloading"')
    // Package, file and the URLs tried, in the first line.
    expect(error.text.split('\n')[0]).toBe(
      'Buildroot build failed: package containerd 1.0-fixture failed during "Downloading": containerd-1.0-fixture.tar.gz could not be downloaded; tried https://sources.example.invalid/containerd/containerd-1.0-fixture.tar.gz.'
    )
    expect(error.text).toContain('with the input download-mirror (BR2_PRIMARY_SITE, tried first')
    expect(error.text).toContain(
      `or put the file into the download folder ${path.join(fx.root, 'cache-work', 'dl')}`
    )
  })
})

describe('settings the action decides', () => {
  it('says that BR2_DL_DIR and BR2_CCACHE_DIR in a fragment have no effect, at their lines', async () => {
    expect(
      await runMain(
        platform,
        inputsFor({ 'config-fragment': 'BR2_DL_DIR="/srv/dl"\nBR2_CCACHE_DIR="/srv/ccache"' }),
        context()
      )
    ).toBe(true)
    // The notices on the fragment (the fixture tree also earns one for its missing SBOM tool).
    const notices = platform.messages.filter(m => m.level === 'notice' && m.at)
    expect(notices.map(n => [n.at?.file, n.at?.line, n.text.split(':')[0]])).toEqual([
      [
        'config-fragment',
        1,
        "BR2_DL_DIR is set here, but the action sets BR2_DL_DIR in Buildroot's environment to its own dl/ folder, which it restores and saves as a cache, and the environment wins"
      ],
      ['config-fragment', 2, expect.stringMatching(/^BR2_CCACHE_DIR is set here/)]
    ])
    // And indeed the cache folders were used.
    expect(fs.readdirSync(path.join(fx.root, 'cache-work', 'dl'))).toContain('containerd')
    expect(fs.existsSync('/srv/dl')).toBe(false)
  })
})

describe('the output folder', () => {
  it('refuses a folder of other files before anything is written into it', async () => {
    const docs = fx.dir('docs')
    fs.writeFileSync(path.join(docs, 'notes.md'), '# notes\n')
    expect(await runMain(platform, inputsFor({ 'output-dir': docs }), context())).toBe(false)
    expect(platform.errors().map(e => e.text)).toEqual([
      expect.stringMatching(
        new RegExp(`^output-dir ${docs} already holds files that are not a build of this action`)
      )
    ])
    expect(fs.readdirSync(docs)).toEqual(['notes.md'])
  })

  it('builds again in its own folder', async () => {
    expect(await runMain(platform, inputsFor(), context())).toBe(true)
    expect(await runMain(recordingPlatform(fx.dir('again')), inputsFor(), context())).toBe(true)
  })
})

describe('messages', () => {
  it('echoes a 5 MB defconfig line capped, in the annotation and the summary', async () => {
    const defconfig = path.join(fx.configDir, 'amd64', 'buildroot_defconfig')
    fs.appendFileSync(defconfig, `BR2_PACKAGE_HTOP = ${'y'.repeat(5 * 1024 * 1024)}\n`)
    expect(await runMain(platform, inputsFor(), context())).toBe(false)
    const [error] = platform.errors()
    expect(error.at).toEqual({ file: defconfig, line: 12 })
    expect(error.text).toMatch(
      /^"BR2_PACKAGE_HTOP = y+… \(\d+ more characters\)" is not a Kconfig assignment/
    )
    expect(error.text.length).toBeLessThan(500)
    expect(summary().length).toBeLessThan(4000)
  })

  it('names a control byte or a byte order mark at its line, never passing it on', async () => {
    const defconfig = path.join(fx.configDir, 'amd64', 'buildroot_defconfig')
    fs.appendFileSync(defconfig, `BR2_PACKAGE_HTOP=y\x00\x1b[2J\n`)
    expect(await runMain(platform, inputsFor(), context())).toBe(false)
    const [error] = platform.errors()
    expect(error.at).toEqual({ file: defconfig, line: 12 })
    expect(error.text).toMatch(/^holds the character U\+0000 outside a quoted value/)
    expect(summary()).not.toContain('\x00')

    const kernel = path.join(fx.configDir, 'amd64', 'kernel_defconfig')
    fs.writeFileSync(
      defconfig,
      fs.readFileSync(defconfig, 'utf8').replace(/^BR2_PACKAGE_HTOP=y.*\n/m, '')
    )
    fs.writeFileSync(kernel, `\uFEFF${fs.readFileSync(kernel, 'utf8')}`)
    const again = recordingPlatform(fx.dir('again'))
    expect(await runMain(again, inputsFor(), context())).toBe(false)
    expect(again.errors().map(e => [e.text, e.at])).toEqual([
      [
        expect.stringMatching(
          /^starts with a byte order mark \(U\+FEFF\), which Kconfig does not skip/
        ),
        { file: kernel, line: 1 }
      ]
    ])
  })

  it('refuses an empty buildroot_defconfig, which would build the defaults', async () => {
    const defconfig = path.join(fx.configDir, 'amd64', 'buildroot_defconfig')
    fs.writeFileSync(defconfig, '# nothing yet\n')
    expect(await runMain(platform, inputsFor(), context())).toBe(false)
    expect(platform.errors().map(e => [e.text, e.at])).toEqual([
      [
        expect.stringMatching(
          /has no BR2_ setting at all \(it is empty, or only comments\): it would build the defaults/
        ),
        { file: defconfig }
      ]
    ])
  })
})
