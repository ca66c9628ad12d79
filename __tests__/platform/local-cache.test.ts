// The local cache keeps GitHub's rules, so a command-line run behaves like a CI run.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { LocalCacheStore } from '../../src/platform/local.js'

let root: string
let store: LocalCacheStore
let dir: string
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'local-cache-'))
  store = new LocalCacheStore(path.join(root, 'entries'))
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
