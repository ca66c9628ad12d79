// The command line's artifact folder replaces an artifact's folder whole, so it must never
// reach outside its own root, whatever the name.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { LocalArtifactStore } from '../../src/platform/local.js'

let root: string
let images: string
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'artifacts-'))
  images = path.join(root, 'images')
  fs.mkdirSync(images)
  fs.writeFileSync(path.join(images, 'bzImage'), 'kernel')
  fs.writeFileSync(path.join(root, 'precious'), 'a file beside the artifacts folder')
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

const upload = (name: string) =>
  new LocalArtifactStore(path.join(root, 'store', 'artifacts')).upload(
    name,
    [path.join(images, 'bzImage')],
    images
  )

it.each(['..', '.', '../..', 'a/../..', '/etc', ''])(
  'refuses the name %j and touches nothing',
  async name => {
    fs.mkdirSync(path.join(root, 'store', 'artifacts'), { recursive: true })
    fs.writeFileSync(path.join(root, 'store', 'kept'), 'beside')
    await expect(upload(name)).rejects.toThrow('does not name a folder directly inside')
    expect(fs.readFileSync(path.join(root, 'store', 'kept'), 'utf8')).toBe('beside')
    expect(fs.existsSync(path.join(root, 'precious'))).toBe(true)
    expect(fs.readdirSync(path.join(root, 'store', 'artifacts'))).toEqual([])
  }
)

it('replaces an artifact of the same name inside its root', async () => {
  const first = await upload('buildroot-k8s-amd64')
  fs.writeFileSync(path.join(first.location, 'stale'), 'from an earlier run')
  const second = await upload('buildroot-k8s-amd64')
  expect(fs.readdirSync(second.location)).toEqual(['bzImage'])
})

it('writes into no folder that holds files of someone else', async () => {
  const theirs = path.join(root, 'store', 'artifacts')
  fs.mkdirSync(theirs, { recursive: true })
  fs.writeFileSync(path.join(theirs, 'holiday.jpg'), 'a user file')
  await expect(upload('buildroot-k8s-amd64')).rejects.toThrow(
    `The artifacts could not be copied: ${theirs} already holds files that this program did not write (holiday.jpg); choose a new or empty folder for the artifacts folder.`
  )
  expect(fs.readdirSync(theirs)).toEqual(['holiday.jpg'])
})

it('never replaces a folder it did not write, nor anything in it', async () => {
  await upload('buildroot-k8s-amd64')
  const theirs = path.join(root, 'store', 'artifacts', 'photos-build-log')
  fs.mkdirSync(theirs, { recursive: true })
  fs.writeFileSync(path.join(theirs, 'holiday.jpg'), 'a user file')
  const store = new LocalArtifactStore(path.join(root, 'store', 'artifacts'))
  await expect(
    store.upload('photos-build-log', [path.join(images, 'bzImage')], images)
  ).rejects.toThrow(
    `${theirs} already exists, and this program did not write it: nothing was copied there. Move it away yourself, or choose another --artifacts-dir or --artifact-name.`
  )
  expect(fs.readdirSync(theirs)).toEqual(['holiday.jpg'])
  expect(fs.readFileSync(path.join(theirs, 'holiday.jpg'), 'utf8')).toBe('a user file')
})

it('leaves nothing, and the earlier upload as it was, when a copy fails half-way', async () => {
  const first = await upload('buildroot-k8s-amd64')
  const store = new LocalArtifactStore(path.join(root, 'store', 'artifacts'))
  await expect(
    store.upload(
      'buildroot-k8s-amd64',
      [path.join(images, 'bzImage'), path.join(images, 'no-such-file')],
      images
    )
  ).rejects.toThrow(/ENOENT/)
  expect(fs.readdirSync(first.location)).toEqual(['bzImage'])
  expect(
    fs.readdirSync(path.join(root, 'store', 'artifacts')).filter(n => n.includes('partial'))
  ).toEqual([])
})
