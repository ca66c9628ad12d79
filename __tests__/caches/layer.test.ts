// The cache layer over the local store: the mode applied once, entries checked file by file
// before anything moves into place, damaged entries named and set aside, and only what changed
// saved again.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { CacheLayer, entryFolders, markRepaired, type CacheSpec } from '../../src/caches/layer.js'
import { describeFolder } from '../../src/caches/manifest.js'
import { LocalCacheStore } from '../../src/platform/local.js'
import { CacheEntryError } from '../../src/platform/types.js'
import { sha256File } from '../../src/util/hash.js'
import { recordingPlatform, type RecordingPlatform } from '../helpers/recording-platform.js'
import { itIf } from '../helpers/witness.js'

let root: string
let platform: RecordingPlatform
let dir: string
const spec = (key: string, extra: Partial<CacheSpec> = {}): CacheSpec => ({
  label: 'dl/',
  paths: [dir],
  key,
  restoreKeys: ['dl-'],
  sameInputs: 'dl-a-',
  withoutIt: 'The build goes on without it (slower).',
  ...extra
})
const entries = () => path.join(root, 'platform', 'cache', 'entries')
const texts = (level?: string) =>
  platform.messages.filter(m => !level || m.level === level).map(m => m.text)

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'layer-'))
  platform = recordingPlatform(path.join(root, 'platform'))
  dir = path.join(root, 'work', 'dl')
  fs.mkdirSync(path.join(dir, 'busybox'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'busybox', 'busybox-1.37.0.tar.bz2'), 'busybox source')
  fs.writeFileSync(path.join(dir, 'tool'), '#!/bin/sh\n', { mode: 0o755 })
  fs.symlinkSync('busybox', path.join(dir, 'link'))
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

const snapshot = (folder: string): Record<string, string> =>
  Object.fromEntries(
    fs
      .readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter(entry => !entry.isDirectory())
      .map(entry => {
        const full = path.join(entry.parentPath, entry.name)
        const stat = fs.lstatSync(full)
        const what = stat.isSymbolicLink()
          ? `-> ${fs.readlinkSync(full)}`
          : `${fs.readFileSync(full, 'utf8')} ${stat.mode & 0o111 ? 'x' : '-'}`
        return [path.relative(folder, full), what]
      })
  )

describe('a round trip', () => {
  it('saves every file with its manifest, and restores them checked, exec bits and links kept', async () => {
    const before = snapshot(dir)
    const caches = new CacheLayer(platform, 'read-write')
    expect(await caches.save(spec('dl-a-1'))).toMatchObject({ result: 'saved', key: 'dl-a-1' })
    expect(texts()).toContain('dl/ saved as dl-a-1 (2 files, 24 B).')
    fs.rmSync(dir, { recursive: true })

    const restored = await caches.restore(spec('dl-a-2'))
    expect(restored).toEqual({ state: 'hit', matchedKey: 'dl-a-1', result: 'hit `dl-a-1`' })
    expect(snapshot(dir)).toEqual(before)
    expect(texts()).toContain(
      'dl/ restored from dl-a-1 (an entry of the same inputs): 2 files, 24 B, every sha256 checked.'
    )
    // Nothing of the layer's own staging is left beside the folder.
    expect(fs.readdirSync(path.dirname(entryFolders(spec('x')).staging))).toEqual([
      'dl.restored.json'
    ])
  })

  it('saves again only what changed since the restore, and says what a repair replaced', async () => {
    const caches = new CacheLayer(platform, 'read-write')
    await caches.save(spec('dl-a-1'))
    await caches.restore(spec('dl-a-2'))
    expect(await caches.save(spec('dl-a-2'))).toMatchObject({
      result: 'not saved: unchanged since it was restored from dl-a-1'
    })

    // A file found bad after the restore is removed, the build downloads it again.
    markRepaired(spec('dl-a-2'), ['busybox/busybox-1.37.0.tar.bz2'])
    fs.writeFileSync(path.join(dir, 'busybox', 'busybox-1.37.0.tar.bz2'), 'the good source')
    expect(await caches.save(spec('dl-a-2'))).toMatchObject({ result: 'saved', key: 'dl-a-2' })
    expect(texts().at(-1)).toBe(
      'dl/ saved as dl-a-2 (2 files, 25 B); it replaces dl-a-1, whose busybox/busybox-1.37.0.tar.bz2 failed its check.'
    )
    fs.rmSync(dir, { recursive: true })
    await caches.restore(spec('dl-a-3'))
    expect(fs.readFileSync(path.join(dir, 'busybox', 'busybox-1.37.0.tar.bz2'), 'utf8')).toBe(
      'the good source'
    )
  })
})

describe('the cache mode, applied once', () => {
  it('off: nothing restored or saved, and the store is never asked', async () => {
    const caches = new CacheLayer(platform, 'off')
    expect(await caches.restore(spec('dl-a-1'))).toEqual({ state: 'off', result: 'off' })
    expect(await caches.save(spec('dl-a-1'))).toMatchObject({ result: 'not saved (cache: off)' })
    expect(texts()).toEqual([
      'dl/: not restored (cache: off). The build goes on without it (slower).',
      'dl/: not saved (cache: off).'
    ])
    expect(fs.existsSync(entries())).toBe(false)
  })

  it('read-only: restored, never saved', async () => {
    await new CacheLayer(platform, 'read-write').save(spec('dl-a-1'))
    fs.rmSync(dir, { recursive: true })
    const caches = new CacheLayer(platform, 'read-only')
    expect((await caches.restore(spec('dl-a-2'))).state).toBe('hit')
    fs.writeFileSync(path.join(dir, 'new'), 'new')
    expect(await caches.save(spec('dl-a-2'))).toMatchObject({
      result: 'not saved (cache: read-only)'
    })
    expect(fs.readdirSync(entries()).filter(name => !name.startsWith('.'))).toEqual(['dl-a-1'])
  })
})

describe('an entry that does not match its manifest', () => {
  /** An entry whose archive is whole but holds other bytes than its manifest lists. */
  async function saveLyingEntry(key: string): Promise<void> {
    await new CacheLayer(platform, 'read-write').save(spec(key))
    const entry = path.join(entries(), key)
    const unpacked = path.join(root, 'unpacked')
    fs.mkdirSync(unpacked)
    execFileSync('tar', ['-xf', path.join(entry, '0.tar'), '-C', unpacked])
    fs.writeFileSync(path.join(unpacked, 'content', '0', 'busybox', 'busybox-1.37.0.tar.bz2'), '')
    execFileSync('tar', ['-cf', path.join(entry, '0.tar'), '-C', unpacked, '.'])
    const meta = JSON.parse(fs.readFileSync(path.join(entry, 'entry.json'), 'utf8'))
    meta.archives[0].bytes = fs.statSync(path.join(entry, '0.tar')).size
    meta.archives[0].sha256 = await sha256File(path.join(entry, '0.tar'))
    fs.writeFileSync(path.join(entry, 'entry.json'), JSON.stringify(meta))
  }

  it('moves nothing into place, says what differs, and is set aside so the next restore takes an older one', async () => {
    await new CacheLayer(platform, 'read-write').save(spec('dl-a-1'))
    await new Promise(resolve => setTimeout(resolve, 5))
    await saveLyingEntry('dl-a-2')
    // What the folder holds before the restore stays as it is.
    fs.rmSync(dir, { recursive: true })
    fs.mkdirSync(dir)
    fs.writeFileSync(path.join(dir, 'mine'), 'kept')

    const caches = new CacheLayer(platform, 'read-write')
    const restored = await caches.restore(spec('dl-a-3'))
    expect(restored.state).toBe('failed')
    expect(snapshot(dir)).toEqual({ mine: 'kept -' })
    expect(texts('warning')).toEqual([
      expect.stringMatching(
        /^dl\/: the cache entry dl-a-2 could not be restored: checksum mismatch: 1 file differs from the manifest \(busybox\/busybox-1\.37\.0\.tar\.bz2: 0 bytes instead of 14\); starting empty \(nothing of it was moved into place\)\. The build goes on without it \(slower\)\. It was set aside in .*\.corrupt\/dl-a-2-\d+; the next run restores the entry before it, if there is one\.$/
      )
    ])
    expect(fs.readdirSync(path.join(entries(), '.corrupt'))).toEqual([
      expect.stringMatching(/^dl-a-2-\d+$/)
    ])
    // Never saved over: this run's key is its own, and the content is saved as new.
    expect((await caches.save(spec('dl-a-3'))).result).toBe('saved')
    fs.rmSync(dir, { recursive: true })
    expect((await caches.restore(spec('dl-a-4'))).matchedKey).toBe('dl-a-3')
  })

  it('an entry without a manifest is not used', async () => {
    const { staging } = entryFolders(spec('x'))
    fs.mkdirSync(path.join(staging, 'content', '0'), { recursive: true })
    fs.writeFileSync(path.join(staging, 'content', '0', 'file'), 'x')
    await platform.cache.save([staging], 'dl-a-1')
    fs.rmSync(staging, { recursive: true })
    expect((await new CacheLayer(platform, 'read-write').restore(spec('dl-a-2'))).result).toBe(
      'damaged entry `dl-a-1` not used: it has no manifest.json'
    )
  })
})

describe('what the store reports', () => {
  it('an entry the store could not fetch is named with the reason; a store that is down is one warning', async () => {
    platform.cache = {
      description: 'a flaky cache',
      restore: async () => {
        throw new CacheEntryError('dl-a-9', 'tar failed with exit code 2 (tried 3 times)')
      },
      save: async () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:1')
      }
    }
    const caches = new CacheLayer(platform, 'read-write')
    expect((await caches.restore(spec('dl-a-1'))).state).toBe('failed')
    expect(await caches.save(spec('dl-a-1'))).toMatchObject({
      result: 'not saved: connect ECONNREFUSED 127.0.0.1:1'
    })
    expect(texts('warning')).toEqual([
      'dl/: the cache entry dl-a-9 could not be restored: tar failed with exit code 2 (tried 3 times); starting empty (nothing of it was moved into place). The build goes on without it (slower). This run saves a new entry when it has one, and later runs restore that instead.',
      'dl/ could not be saved to a flaky cache as dl-a-1: connect ECONNREFUSED 127.0.0.1:1. The next run restores the newest entry there is, and saves a new one.'
    ])
  })

  it('a manifest describes what a folder holds, and sees any change', async () => {
    const manifest = await describeFolder(dir, 'k')
    expect(manifest.files.map(f => [f.path, f.bytes, f.executable ?? false])).toEqual([
      ['busybox/busybox-1.37.0.tar.bz2', 14, false],
      ['tool', 10, true]
    ])
    expect(manifest.links).toEqual([{ path: 'link', target: 'busybox' }])
  })
})

const asRoot = process.getuid?.() === 0
describe('a full disk', () => {
  // Mounting a small tmpfs needs root; elsewhere this test is skipped.
  itIf(asRoot ? undefined : 'mounting a full tmpfs needs root')(
    'a save that fills the disk names the folder and its free space, and leaves no entry behind',
    async () => {
      const full = path.join(root, 'full')
      fs.mkdirSync(full)
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', full])
      try {
        platform.cache = new LocalCacheStore(path.join(full, 'entries'))
        fs.writeFileSync(path.join(dir, 'big'), Buffer.alloc(1024 * 1024, 7))
        const saved = await new CacheLayer(platform, 'read-write').save(spec('dl-a-1'))
        expect(saved.result).toMatch(/^not saved: no space left on device/)
        expect(texts('warning')).toEqual([
          expect.stringMatching(
            new RegExp(
              `^dl/ could not be saved to the local cache in ${full}/entries as dl-a-1: no space left on device \\(.*ENOSPC.*\\); free space now: the local cache in ${full}/entries \\(${full}/entries\\): [\\d.]+ [KMGT]?i?B free of 256\\.0 KiB; the entry being made for dl/ .*\\. The next run restores the newest entry there is, and saves a new one\\.$`
            )
          )
        ])
        expect(fs.readdirSync(path.join(full, 'entries')).filter(n => !n.startsWith('.'))).toEqual(
          []
        )
      } finally {
        execFileSync('umount', [full])
      }
    }
  )
})
