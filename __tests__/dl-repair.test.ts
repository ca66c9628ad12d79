// A dl/ entry that holds a file its package's .hash no longer accepts (an upstream tarball that
// was re-rolled, say), over the whole pipeline (runMain, runPost) on the Buildroot-shaped
// fixture with the local cache: the file is removed and named before the build, the build
// downloads it again, the run saves a repaired entry, and the next run restores that one.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { runMain } from '../src/pipeline/main.js'
import { runPost } from '../src/pipeline/post.js'
import { fixtureContext, fixtureInputs } from './helpers/pipeline-harness.js'
import { createBuildrootFixture, type BuildrootFixture } from './helpers/buildroot-fixture.js'
import { recordingPlatform, type RecordingPlatform } from './helpers/recording-platform.js'

let fx: BuildrootFixture
beforeEach(() => {
  fx = createBuildrootFixture()
})
afterEach(() => fx.cleanup())

const SOURCE = 'runc-1.0-fixture.tar.gz'

/** One job on a fresh runner (empty output and work folders), sharing only the cache. */
async function job(runId: string): Promise<{ ok: boolean; platform: RecordingPlatform }> {
  for (const dir of ['out', 'cache-work', path.join('platform', 'artifacts')]) {
    fs.rmSync(path.join(fx.root, dir), { recursive: true, force: true })
  }
  const platform = recordingPlatform(path.join(fx.root, 'platform'))
  const inputs = fixtureInputs(fx, { 'output-dir': path.join(fx.root, 'out'), rebuild: 'always' })
  const ok = await runMain(platform, inputs, fixtureContext(fx, { runId }))
  await runPost(platform)
  return { ok, platform }
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex')
const texts = (platform: RecordingPlatform) => platform.messages.map(m => m.text)

it('a cached source that fails its .hash is removed and named, downloaded again, and the repaired dl/ saved', async () => {
  expect((await job('run-1')).ok).toBe(true)

  // Upstream re-rolled the tarball: the mirror serves the new one, and runc's .hash lists it.
  const rerolled = 'source of runc 1.0-fixture, re-rolled\n'
  fs.writeFileSync(path.join(fx.mirrorDir, SOURCE), rerolled)
  const hashFile = path.join(fx.buildrootDir, 'package', 'runc', 'runc.hash')
  fs.mkdirSync(path.dirname(hashFile), { recursive: true })
  fs.writeFileSync(hashFile, `# Locally computed\nsha256  ${sha256(rerolled)}  ${SOURCE}\n`)

  const second = await job('run-2')
  expect(second.ok).toBe(true)
  expect(second.platform.outputs.get('dl-cache-hit')).toBe('true')
  expect(second.platform.warnings().map(w => w.text)).toEqual([
    `dl/: 1 file failed its package's .hash check and was removed before the build: runc/${SOURCE} (runc: package/runc/runc.hash lists sha256 ${sha256(rerolled)}, the file has ${sha256('source of runc 1.0-fixture\n')}). The build downloads it again, and dl/ is saved with the good file when it completes.`
  ])
  expect(fs.readFileSync(path.join(fx.root, 'cache-work', 'dl', 'runc', SOURCE), 'utf8')).toBe(
    rerolled
  )
  expect(texts(second.platform)).toContainEqual(
    expect.stringMatching(
      new RegExp(
        `^dl/ saved as buildroot-dl-v1-[0-9a-f]+-run-2 \\(6 files, .*\\); it replaces buildroot-dl-v1-[0-9a-f]+-run-1, whose runc/${SOURCE.replace(/\./g, '\\.')} failed its check\\.$`
      )
    )
  )

  const third = await job('run-3')
  expect(third.platform.warnings()).toEqual([])
  expect(texts(third.platform)).toContainEqual(
    expect.stringMatching(/^dl\/ restored from buildroot-dl-v1-[0-9a-f]+-run-2 /)
  )
})
