import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { CacheState } from '../../src/stages/restore-caches.js'
import { saveCaches } from '../../src/stages/save-caches.js'
import { CacheLayer } from '../../src/caches/layer.js'
import { cacheSpecs, planCaches } from '../../src/stages/restore-caches.js'
import { recordingPlatform, type RecordingPlatform } from '../helpers/recording-platform.js'

let root: string
let platform: RecordingPlatform
let state: CacheState
const downloads = ['linux/linux-6.12.91.tar.xz', 'runc/runc-1.2.6-go2.tar.gz']

const write = (relative: string): void => {
  const file = path.join(state.plan.dlDir, relative)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, relative)
}

/** The files of the saved dl/ entry, restored into an empty folder. */
async function restoredDl(): Promise<string[]> {
  fs.rmSync(state.plan.dlDir, { recursive: true })
  await new CacheLayer(platform, 'read-write').restore(cacheSpecs(state.plan).dl)
  return fs
    .readdirSync(state.plan.dlDir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry => path.relative(state.plan.dlDir, path.join(entry.parentPath, entry.name)))
    .sort()
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'save-caches-'))
  platform = recordingPlatform(path.join(root, 'platform'))
  state = {
    mode: 'read-write',
    plan: planCaches({
      target: 'amd64',
      runtime: 'containerd',
      buildrootVersion: '2025.02.16',
      dotConfig: new Map([['BR2_x86_64', 'y']]),
      downloads,
      cacheRoot: path.join(root, 'work'),
      runId: '1'
    }),
    downloads,
    ccacheMaxSize: '500M',
    ccacheProgram: path.join(root, 'output', 'host', 'bin', 'ccache')
  }
  fs.mkdirSync(state.plan.ccacheDir, { recursive: true })
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

describe('saving dl/', () => {
  it('keeps exactly the download list: stale versions, other targets and git clones stay out', async () => {
    downloads.forEach(write)
    write('linux/linux-6.12.80.tar.xz')
    write('rpi-firmware/rpi-firmware-1.tar.gz')
    write('linux/git/.git/HEAD')
    const saved = await saveCaches(platform, state)
    expect(saved.find(s => s.name === 'dl/')?.result).toBe('saved')
    expect(await restoredDl()).toEqual(downloads)
    expect(platform.messages.map(m => m.text).join('\n')).toContain(
      'dl/: 3 file(s) this build does not download were left out of the cache.'
    )
  })

  it('saves nothing, and removes nothing, when a listed file is missing', async () => {
    write(downloads[0])
    write('rpi-firmware/rpi-firmware-1.tar.gz')
    const saved = await saveCaches(platform, state)
    expect(saved.find(s => s.name === 'dl/')?.result).toBe('not saved: 1 of 2 files missing')
    expect(fs.existsSync(path.join(state.plan.dlDir, 'rpi-firmware/rpi-firmware-1.tar.gz'))).toBe(
      true
    )
  })
})

describe('saving ccache', () => {
  /** Stands in for Buildroot's host ccache: records how it was called, then exits with `code`. */
  const fakeCcache = (code: number): string => {
    const log = path.join(root, 'ccache-calls')
    fs.mkdirSync(path.dirname(state.ccacheProgram), { recursive: true })
    fs.writeFileSync(
      state.ccacheProgram,
      `#!/bin/sh\necho "$* BR_CACHE_DIR=$BR_CACHE_DIR CCACHE_MAXSIZE=$CCACHE_MAXSIZE" >> "${log}"\nexit ${code}\n`,
      { mode: 0o755 }
    )
    return log
  }
  beforeEach(() => fs.writeFileSync(path.join(state.plan.ccacheDir, 'object'), 'cached'))

  it("trims it to ccache-max-size with Buildroot's own ccache before saving", async () => {
    const log = fakeCcache(0)
    const saved = await saveCaches(platform, state)
    expect(fs.readFileSync(log, 'utf8')).toBe(
      `--cleanup BR_CACHE_DIR=${state.plan.ccacheDir} CCACHE_MAXSIZE=500M\n`
    )
    expect(saved.find(s => s.name === 'ccache')?.result).toBe('saved')
  })

  it('still saves it, with a warning, when trimming fails; and without trimming when the build never built ccache', async () => {
    fakeCcache(1)
    expect((await saveCaches(platform, state)).find(s => s.name === 'ccache')?.result).toBe('saved')
    expect(platform.warnings().map(w => w.text)).toEqual([
      expect.stringMatching(/^ccache could not be trimmed to 500M .*; it is saved as it is\.$/)
    ])

    fs.rmSync(state.ccacheProgram)
    state.plan.ccacheKey += '-next'
    expect((await saveCaches(platform, state)).find(s => s.name === 'ccache')?.result).toBe('saved')
  })
})
