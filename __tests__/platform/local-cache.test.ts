// The local cache keeps GitHub's rules, so a command-line run behaves like a CI run.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { LocalCacheStore } from '../../src/platform/local.js'
import { runningGroups, stopAllGroups } from '../../src/util/process-groups.js'

let root: string
let store: LocalCacheStore
let dir: string
let said: string[]
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'local-cache-'))
  said = []
  store = new LocalCacheStore(path.join(root, 'entries'), undefined, message => said.push(message))
  dir = path.join(root, 'work', 'ccache')
  fs.mkdirSync(dir, { recursive: true })
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

const saveWith = async (key: string, content: string) => {
  fs.writeFileSync(path.join(dir, 'file'), content)
  await store.save([dir], key)
}

it('restores the exact key first, otherwise the newest entry with a restore-key prefix', async () => {
  await saveWith('ccache-amd64-1', 'one')
  await new Promise(resolve => setTimeout(resolve, 5))
  await saveWith('ccache-amd64-2', 'two')
  await saveWith('ccache-arm64-1', 'arm')
  fs.rmSync(dir, { recursive: true })

  expect(await store.restore([dir], 'ccache-amd64-1', ['ccache-amd64-'])).toBe('ccache-amd64-1')
  expect(fs.readFileSync(path.join(dir, 'file'), 'utf8')).toBe('one')
  expect(await store.restore([dir], 'ccache-amd64-3', ['ccache-amd64-'])).toBe('ccache-amd64-2')
  expect(fs.readFileSync(path.join(dir, 'file'), 'utf8')).toBe('two')
  expect(await store.restore([dir], 'ccache-riscv-1', ['ccache-riscv-'])).toBeUndefined()
})

it('never overwrites an entry', async () => {
  await saveWith('dl-abc', 'first')
  await expect(saveWith('dl-abc', 'second')).rejects.toThrow(
    'an entry with the key dl-abc already exists'
  )
})

it('treats another path list as another entry, as GitHub versions entries by their paths', async () => {
  await saveWith('dl-abc', 'x')
  expect(await store.restore([path.join(root, 'elsewhere')], 'dl-abc', [])).toBeUndefined()
})

describe('never losing good work', () => {
  it('restores a truncated entry into nothing: the work folder keeps its files, the entry is set aside, the older one is used', async () => {
    const blob = Buffer.alloc(256 * 1024, 1)
    fs.writeFileSync(path.join(dir, 'blob'), blob)
    await store.save([dir], 'ccache-amd64-1')
    await new Promise(resolve => setTimeout(resolve, 5))
    fs.writeFileSync(path.join(dir, 'blob'), Buffer.alloc(256 * 1024, 2))
    await store.save([dir], 'ccache-amd64-2')
    // The newest entry is cut short, as a full disk or a killed copy would leave it.
    const tar = path.join(root, 'entries', 'ccache-amd64-2', '0.tar')
    fs.truncateSync(tar, 88 * 1024)
    fs.writeFileSync(path.join(dir, 'blob'), blob)

    expect(await store.restore([dir], 'ccache-amd64-3', ['ccache-amd64-'])).toBe('ccache-amd64-1')
    expect(fs.readFileSync(path.join(dir, 'blob')).equals(blob)).toBe(true)
    expect(fs.readdirSync(path.join(root, 'entries'))).not.toContain('ccache-amd64-2')
    expect(fs.readdirSync(path.join(root, 'entries', '.corrupt'))).toEqual([
      expect.stringMatching(/^ccache-amd64-2-\d+$/)
    ])
    expect(said).toContainEqual(
      expect.stringMatching(
        /^The local cache entry ccache-amd64-2 could not be restored: 0\.tar is 90112 bytes, not the \d+ it was saved with \(truncated\); set aside in .*\.corrupt\/ccache-amd64-2-\d+, trying the next older entry\.$/
      )
    )
    expect(fs.readdirSync(path.dirname(dir))).toEqual(['ccache'])
  })

  it('sees a flipped byte that keeps the size, and uses the older entry', async () => {
    await saveWith('dl-1', 'old')
    await new Promise(resolve => setTimeout(resolve, 5))
    await saveWith('dl-2', 'new')
    const tar = path.join(root, 'entries', 'dl-2', '0.tar')
    const bytes = fs.readFileSync(tar)
    const at = bytes.indexOf('new')
    bytes[at] ^= 0x20 // "new" becomes "New": same size, same tar structure, other content
    fs.writeFileSync(tar, bytes)
    fs.rmSync(dir, { recursive: true })

    expect(await store.restore([dir], 'dl-3', ['dl-'])).toBe('dl-1')
    expect(fs.readFileSync(path.join(dir, 'file'), 'utf8')).toBe('old')
    expect(said).toContainEqual(
      expect.stringMatching(
        /^The local cache entry dl-2 could not be restored: 0\.tar does not match its recorded sha256 \(corrupted\); set aside in /
      )
    )
  })

  it.each([
    ['garbage', 'its entry.json cannot be read'],
    [
      JSON.stringify({
        format: 'buildroot-k8s-local-cache/2',
        key: 'dl-other',
        paths: [],
        archives: []
      }),
      'its entry.json names another key'
    ],
    [
      JSON.stringify({
        format: 'buildroot-k8s-local-cache/2',
        key: 'dl-1',
        paths: ['/a'],
        archives: []
      }),
      'its entry.json lists too few archives'
    ],
    [undefined, 'it has no entry.json']
  ])('sets aside an entry whose entry.json is bad (%s)', async (content, why) => {
    await saveWith('dl-1', 'x')
    const meta = path.join(root, 'entries', 'dl-1', 'entry.json')
    if (content === undefined) fs.rmSync(meta)
    else fs.writeFileSync(meta, content)
    expect(await store.restore([dir], 'dl-1', [])).toBeUndefined()
    expect(said).toEqual([expect.stringContaining(`could not be restored: ${why}; set aside in`)])
    expect(fs.readdirSync(path.join(root, 'entries'))).not.toContain('dl-1')
    expect(fs.readdirSync(path.join(root, 'entries', '.corrupt'))).toHaveLength(1)
  })

  it('removes entries of the format before, which have no checksums, with a line saying so', async () => {
    const old = path.join(root, 'entries', 'dl-old')
    fs.mkdirSync(old, { recursive: true })
    fs.writeFileSync(
      path.join(old, 'entry.json'),
      JSON.stringify({ key: 'dl-old', paths: [dir], created: 1 })
    )
    fs.writeFileSync(path.join(old, '0.tar'), 'whatever')
    expect(await store.restore([dir], 'dl-old', [])).toBeUndefined()
    expect(fs.existsSync(old)).toBe(false)
    expect(said).toEqual([
      'Removed the local cache entry dl-old: it was saved by an older version, without checksums.'
    ])
  })

  it('keeps files the entry does not have, and replaces those it has', async () => {
    fs.writeFileSync(path.join(dir, 'file'), 'saved')
    await store.save([dir], 'dl-1')
    fs.writeFileSync(path.join(dir, 'file'), 'changed')
    fs.writeFileSync(path.join(dir, 'downloaded-since'), 'new')
    expect(await store.restore([dir], 'dl-1', [])).toBe('dl-1')
    expect(fs.readFileSync(path.join(dir, 'file'), 'utf8')).toBe('saved')
    expect(fs.readFileSync(path.join(dir, 'downloaded-since'), 'utf8')).toBe('new')
  })

  it('leaves no partial entry when a save is stopped half-way, and removes those a killed process left', async () => {
    // A sparse 8 GiB file: tar reads it for seconds, so the stop always comes half-way.
    fs.writeFileSync(path.join(dir, 'big'), '')
    fs.truncateSync(path.join(dir, 'big'), 8 * 1024 ** 3)
    const saving = store.save([dir], 'ccache-big')
    while (!runningGroups().length) await new Promise(resolve => setTimeout(resolve, 5))
    await stopAllGroups('SIGINT', 1000)
    await expect(saving).rejects.toThrow()
    expect(fs.readdirSync(path.join(root, 'entries'))).toEqual([])

    // A process killed outright (SIGKILL, a power cut) leaves its staging folder, what it was
    // reading, and the store's lock behind.
    const abandoned = path.join(root, 'entries', 'ccache-old.partial-999999999')
    fs.mkdirSync(abandoned)
    fs.writeFileSync(path.join(abandoned, '0.tar'), 'half')
    fs.mkdirSync(path.join(root, 'entries', '.reading-999999999'))
    fs.writeFileSync(
      path.join(root, 'entries', '.lock'),
      JSON.stringify({ pid: 999999999, command: 'killed run', since: 'then', host: os.hostname() })
    )
    fs.rmSync(path.join(dir, 'big'))
    await store.save([dir], 'ccache-next')
    expect(fs.readdirSync(path.join(root, 'entries'))).toEqual(['ccache-next'])
    expect(said).toEqual([
      `The lock of the local cache in ${path.join(root, 'entries')} was held by pid 999999999 (killed run) since then, which is gone (killed before it finished): taken over.`
    ])
  })
})

describe('pruning', () => {
  const mib = 1024 * 1024
  it('keeps the cache within its size, least recently used first, never the entry just saved', async () => {
    store = new LocalCacheStore(
      path.join(root, 'entries'),
      { maxBytes: 2.5 * mib, maxAgeDays: 30 },
      m => said.push(m)
    )
    for (const run of [1, 2, 3]) {
      fs.writeFileSync(path.join(dir, 'object'), Buffer.alloc(mib, run))
      await store.save([dir], `ccache-${run}`)
      await new Promise(resolve => setTimeout(resolve, 20))
    }
    expect(fs.readdirSync(path.join(root, 'entries')).sort()).toEqual(['ccache-2', 'ccache-3'])
    expect(said.at(-1)).toMatch(
      /^The local cache was pruned to 2\.5 MiB and 30 days of use: removed ccache-1; 2\.0 MiB remain\.$/
    )

    // Restoring counts as use: the older entry, restored, outlives the newer one.
    expect(await store.restore([dir], 'ccache-2', [])).toBe('ccache-2')
    fs.writeFileSync(path.join(dir, 'object'), Buffer.alloc(mib, 4))
    await store.save([dir], 'ccache-4')
    expect(fs.readdirSync(path.join(root, 'entries')).sort()).toEqual(['ccache-2', 'ccache-4'])
  })

  it('removes entries not used for the age limit', async () => {
    await saveWith('dl-old', 'x')
    const old = new Date(Date.now() - 31 * 24 * 3600 * 1000)
    fs.utimesSync(path.join(root, 'entries', 'dl-old', 'entry.json'), old, old)
    await saveWith('dl-new', 'y')
    expect(fs.readdirSync(path.join(root, 'entries'))).toEqual(['dl-new'])
  })
})
