// The Buildroot patch series: which folder applies, reading it in order with its hashes, and
// applying it with GNU patch to a copy of a small tree, reused while nothing changes, failing
// before anything else (and leaving nothing behind) when a patch does not apply.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  applyBuildrootPatches,
  choosePatchSeries,
  PatchSeriesError,
  readPatchSeries,
  treeFingerprint,
  type ApplyOptions
} from '../../src/buildroot/patch-series.js'
import { recordingPlatform, type RecordingPlatform } from '../helpers/recording-platform.js'

let root: string
let platform: RecordingPlatform
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'br-patches-'))
  platform = recordingPlatform(path.join(root, 'platform'))
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

const write = (file: string, text: string): string => {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, text)
  return file
}

/** A tree shaped like the part of Buildroot the patches touch. */
function makeTree(): string {
  const tree = path.join(root, 'buildroot')
  write(path.join(tree, 'Makefile'), 'export BR2_VERSION := 2025.02.16\n')
  write(
    path.join(tree, 'package/runc/runc.mk'),
    'RUNC_VERSION = 1.2.9\nRUNC_LICENSE = Apache-2.0\n'
  )
  write(path.join(tree, 'package/runc/runc.hash'), 'sha256  aaaa  runc-1.2.9-go2.tar.gz\n')
  write(path.join(tree, '.git/HEAD'), 'ref: refs/heads/main\n')
  write(path.join(tree, 'output/build/big'), 'an in-tree build\n')
  write(path.join(tree, 'dl/runc/runc-1.2.9.tar.gz'), 'an in-tree download\n')
  return tree
}

/** A git-style patch of `file` in `tree`, made with diff -u from its current text to `after`. */
function patchOf(tree: string, file: string, after: string, message = 'a change'): string {
  const before = path.join(tree, file)
  const edited = path.join(root, 'edited')
  fs.writeFileSync(edited, after)
  let diff = ''
  try {
    execFileSync('diff', ['-u', '--label', `a/${file}`, '--label', `b/${file}`, before, edited])
  } catch (error) {
    diff = String((error as { stdout: Buffer }).stdout)
  }
  return `Subject: [PATCH] ${message}\n\n---\ndiff --git a/${file} b/${file}\n${diff}`
}

const options = (
  tree: string,
  series: string,
  extra: Partial<ApplyOptions> = {}
): ApplyOptions => ({
  choice: { kind: 'folder', dir: series },
  configDir: path.join(root, 'configs'),
  buildroot: { sourceDir: tree, version: '2025.02.16' },
  cacheDir: path.join(root, 'tools'),
  ...extra
})

describe('readPatchSeries', () => {
  it('lists the *.patch files in byte order with their sha256, and hashes the series as a whole', () => {
    const dir = path.join(root, 'series')
    write(path.join(dir, '0002-b.patch'), 'two\n')
    write(path.join(dir, '0001-a.patch'), 'one\n')
    write(path.join(dir, '0001-Z.patch'), 'upper case sorts first\n')
    write(path.join(dir, 'README.md'), 'not a patch\n')
    write(path.join(dir, 'sub/0000-nested.patch'), 'not in the series\n')
    const series = readPatchSeries(dir)
    expect(series.patches.map(p => p.name)).toEqual([
      '0001-Z.patch',
      '0001-a.patch',
      '0002-b.patch'
    ])
    expect(series.patches[1]).toEqual({
      name: '0001-a.patch',
      file: path.join(dir, '0001-a.patch'),
      sha256: execFileSync('sha256sum', [path.join(dir, '0001-a.patch')], {
        encoding: 'utf8'
      }).slice(0, 64)
    })
    expect(series.sha256).toMatch(/^[0-9a-f]{64}$/)

    const before = series.sha256
    fs.writeFileSync(path.join(dir, '0002-b.patch'), 'two, changed\n')
    expect(readPatchSeries(dir).sha256).not.toBe(before)
    fs.writeFileSync(path.join(dir, '0002-b.patch'), 'two\n')
    expect(readPatchSeries(dir).sha256).toBe(before)
    // The same content under another name applies in another order: another series.
    fs.renameSync(path.join(dir, '0002-b.patch'), path.join(dir, '0000-b.patch'))
    expect(readPatchSeries(dir).sha256).not.toBe(before)
  })

  it('has no hash for a folder without patches, and refuses a folder that is not there', () => {
    fs.mkdirSync(path.join(root, 'empty'))
    expect(readPatchSeries(path.join(root, 'empty'))).toEqual({
      dir: path.join(root, 'empty'),
      patches: [],
      sha256: ''
    })
    expect(() => readPatchSeries(path.join(root, 'missing'))).toThrow(
      /buildroot-patches: .*missing is not a folder\. .*set it to "none"/
    )
  })
})

describe('choosePatchSeries', () => {
  /** The action's own configs/buildroot-patches: one series per release it is written for. */
  const own = () => {
    const dir = path.join(root, 'action/configs/buildroot-patches')
    for (const release of ['2025.02.16', '2026.02.3']) {
      write(path.join(dir, release, '0001-a.patch'), `for ${release}\n`)
    }
    write(path.join(dir, 'README.md'), 'not a release\n')
    return dir
  }
  const where = (extra = {}) => ({
    configDir: path.join(root, 'configs'),
    ownSeriesDir: own(),
    buildrootVersion: '2025.02.16',
    ...extra
  })

  it("uses the folder given, or none; by default config-dir's own buildroot-patches/, else the action's", () => {
    const reporter = platform.reporter
    expect(choosePatchSeries(reporter, { kind: 'none' }, where())).toBeUndefined()
    // A folder that is not there is reported when it is read.
    expect(choosePatchSeries(reporter, { kind: 'folder', dir: '/x' }, where())).toBe('/x')
    expect(choosePatchSeries(reporter, { kind: 'default' }, where())).toBe(
      path.join(own(), '2025.02.16')
    )
    // A flat folder of patches beside the defconfigs is one series, used as it is.
    write(path.join(root, 'configs/buildroot-patches/0001-mine.patch'), 'mine\n')
    expect(choosePatchSeries(reporter, { kind: 'default' }, where())).toBe(
      path.join(root, 'configs/buildroot-patches')
    )
    expect(platform.warnings()).toEqual([])
  })

  it('picks the series written for the release this run uses, wherever the folder comes from', () => {
    const reporter = platform.reporter
    for (const release of ['2025.02.16', '2026.02.3']) {
      expect(
        choosePatchSeries(reporter, { kind: 'default' }, where({ buildrootVersion: release }))
      ).toBe(path.join(own(), release))
      // Also when config-dir is the action's own configs/ (its default).
      expect(
        choosePatchSeries(
          reporter,
          { kind: 'default' },
          where({ buildrootVersion: release, configDir: path.join(root, 'action/configs') })
        )
      ).toBe(path.join(own(), release))
    }
    // A copy of configs/ beside the user's defconfigs, and a folder named in the input.
    fs.cpSync(own(), path.join(root, 'configs/buildroot-patches'), { recursive: true })
    expect(
      choosePatchSeries(reporter, { kind: 'default' }, where({ buildrootVersion: '2026.02.3' }))
    ).toBe(path.join(root, 'configs/buildroot-patches/2026.02.3'))
    expect(
      choosePatchSeries(
        reporter,
        { kind: 'folder', dir: path.join(root, 'configs/buildroot-patches') },
        where({ buildrootVersion: '2025.02.16' })
      )
    ).toBe(path.join(root, 'configs/buildroot-patches/2025.02.16'))
    expect(platform.warnings()).toEqual([])
  })

  it('applies no series, with a warning naming the releases there are series for, to any other release', () => {
    expect(
      choosePatchSeries(
        platform.reporter,
        { kind: 'default' },
        where({ buildrootVersion: '2025.05' })
      )
    ).toBeUndefined()
    expect(platform.warnings().map(w => w.text)).toEqual([
      expect.stringMatching(
        /^The action's own Buildroot patch series \(.*action\/configs\/buildroot-patches\) is written for Buildroot 2025\.02\.16, 2026\.02\.3, and this run uses Buildroot 2025\.05: none is applied.* Set buildroot-patches to a series written for 2025\.05, or set buildroot-patches to "none" to silence this\.$/
      )
    ])
    // A release that is close is still another release: its series is not used.
    fs.cpSync(own(), path.join(root, 'configs/buildroot-patches'), { recursive: true })
    expect(
      choosePatchSeries(
        platform.reporter,
        { kind: 'default' },
        where({ buildrootVersion: '2025.02.17' })
      )
    ).toBeUndefined()
    expect(platform.warnings().map(w => w.text)[1]).toMatch(
      /^The Buildroot patch series in .*configs\/buildroot-patches is written for Buildroot 2025\.02\.16, 2026\.02\.3, and this run uses Buildroot 2025\.02\.17: none is applied.* Add a series for 2025\.02\.17 in .*configs\/buildroot-patches\/2025\.02\.17, or set buildroot-patches to "none"/
    )
    // A flat series the user chose is theirs to match to their release.
    const flat = path.join(root, 'flat')
    write(path.join(flat, '0001-x.patch'), 'x\n')
    expect(
      choosePatchSeries(
        platform.reporter,
        { kind: 'folder', dir: flat },
        where({ buildrootVersion: '2025.05' })
      )
    ).toBe(flat)
    expect(platform.warnings()).toHaveLength(2)
  })
})

describe('applyBuildrootPatches', () => {
  it("warns, naming the file, when a patch changes Buildroot itself rather than a package's folder", async () => {
    const tree = makeTree()
    const series = path.join(root, 'series')
    write(
      path.join(series, '0001-makefile.patch'),
      patchOf(tree, 'Makefile', 'export BR2_VERSION := 2025.02.16\nexport EVIL := 1\n')
    )
    write(
      path.join(series, '0002-runc.patch'),
      patchOf(tree, 'package/runc/runc.mk', 'RUNC_VERSION = 1.3.6\nRUNC_LICENSE = Apache-2.0\n')
    )
    await applyBuildrootPatches(platform.reporter, options(tree, series))
    expect(platform.warnings().map(w => [w.text, w.at])).toEqual([
      [
        "0001-makefile.patch changes Makefile, outside Buildroot's package/, linux/, boot/, board/, configs/ and support/ folders: it changes how Buildroot itself works, not a package. Make sure that is meant.",
        {
          file: path.join(series, '0001-makefile.patch'),
          title: 'Patch outside the package folders'
        }
      ]
    ])
  })

  it('applies the series in name order to a copy, and leaves the tree it was given as it was', async () => {
    const tree = makeTree()
    const series = path.join(root, 'series')
    write(
      path.join(series, '0001-runc-1.3.6.patch'),
      patchOf(tree, 'package/runc/runc.mk', 'RUNC_VERSION = 1.3.6\nRUNC_LICENSE = Apache-2.0\n')
    )
    // The second patch only applies on top of the first.
    write(
      path.join(series, '0002-runc-license.patch'),
      patchOf(
        tree,
        'package/runc/runc.mk',
        'RUNC_VERSION = 1.3.6\nRUNC_LICENSE = Apache-2.0, LGPL-2.1\n'
      )
        .replace(/^-RUNC_VERSION = 1\.2\.9$/m, ' RUNC_VERSION = 1.3.6')
        .replace(/^\+RUNC_VERSION = 1\.3\.6\n/m, '')
    )
    const fingerprint = treeFingerprint(tree)

    const result = await applyBuildrootPatches(platform.reporter, options(tree, series))
    expect(platform.errors()).toEqual([])
    expect(result.reused).toBe(false)
    expect(result.series.patches.map(p => p.name)).toEqual([
      '0001-runc-1.3.6.patch',
      '0002-runc-license.patch'
    ])
    expect(path.dirname(result.sourceDir)).toBe(path.join(root, 'tools', 'buildroot-patched'))
    expect(fs.readFileSync(path.join(result.sourceDir, 'package/runc/runc.mk'), 'utf8')).toBe(
      'RUNC_VERSION = 1.3.6\nRUNC_LICENSE = Apache-2.0, LGPL-2.1\n'
    )
    // Everything else is a copy; git data and in-tree output and downloads are left behind.
    expect(
      fs.readFileSync(path.join(result.sourceDir, 'package/runc/runc.hash'), 'utf8')
    ).toContain('runc-1.2.9')
    for (const left of ['.git', 'output', 'dl']) {
      expect([left, fs.existsSync(path.join(result.sourceDir, left))]).toEqual([left, false])
    }
    expect(fs.readFileSync(path.join(tree, 'package/runc/runc.mk'), 'utf8')).toContain('1.2.9')
    expect(treeFingerprint(tree)).toBe(fingerprint)
    // No backup or reject files, and nothing else left in the tool cache.
    expect(
      fs
        .readdirSync(result.sourceDir, { recursive: true })
        .filter(f => /\.(orig|rej)$/.test(String(f)))
    ).toEqual([])
    expect(fs.readdirSync(path.join(root, 'tools', 'buildroot-patched'))).toEqual([
      path.basename(result.sourceDir)
    ])
  })

  it('reuses the patched copy while tree and series are unchanged, and makes a new one when either changes', async () => {
    const tree = makeTree()
    const series = path.join(root, 'series')
    write(
      path.join(series, '0001-runc.patch'),
      patchOf(tree, 'package/runc/runc.mk', 'RUNC_VERSION = 1.3.6\nRUNC_LICENSE = Apache-2.0\n')
    )
    const first = await applyBuildrootPatches(platform.reporter, options(tree, series))
    const marker = path.join(first.sourceDir, 'marker')
    fs.writeFileSync(marker, 'the reused copy is this one\n')
    const second = await applyBuildrootPatches(platform.reporter, options(tree, series))
    expect(second).toMatchObject({ sourceDir: first.sourceDir, reused: true })
    expect(fs.existsSync(marker)).toBe(true)

    // A change in the tree (a user's buildroot-src moved on) makes a fresh copy with it.
    write(path.join(tree, 'package/htop/htop.mk'), 'HTOP_VERSION = 3.4.1\n')
    const third = await applyBuildrootPatches(platform.reporter, options(tree, series))
    expect(third.reused).toBe(false)
    expect(third.sourceDir).not.toBe(first.sourceDir)
    expect(fs.existsSync(path.join(third.sourceDir, 'package/htop/htop.mk'))).toBe(true)

    // So does a change in the series.
    write(path.join(series, 'README'), 'not a patch: the same series\n')
    expect((await applyBuildrootPatches(platform.reporter, options(tree, series))).reused).toBe(
      true
    )
    write(
      path.join(series, '0002-htop.patch'),
      patchOf(tree, 'package/htop/htop.mk', 'HTOP_VERSION = 3.4.2\n')
    )
    const fourth = await applyBuildrootPatches(platform.reporter, options(tree, series))
    expect(fourth.reused).toBe(false)
    expect(fs.readFileSync(path.join(fourth.sourceDir, 'package/htop/htop.mk'), 'utf8')).toBe(
      'HTOP_VERSION = 3.4.2\n'
    )
  })

  it('stops at a patch that does not apply, naming the patch, the file and the hunk, and leaves nothing behind', async () => {
    const tree = makeTree()
    const series = path.join(root, 'series')
    write(
      path.join(series, '0001-runc.patch'),
      patchOf(tree, 'package/runc/runc.mk', 'RUNC_VERSION = 1.3.6\nRUNC_LICENSE = Apache-2.0\n')
    )
    // Written against another release: its context line is not in the tree.
    const stale = write(
      path.join(series, '0002-runc-hash.patch'),
      patchOf(tree, 'package/runc/runc.hash', 'sha256  bbbb  runc-1.3.6-go2.tar.gz\n').replace(
        /aaaa/g,
        'cccc'
      )
    )
    write(path.join(series, '0003-never-reached.patch'), 'not even a patch\n')
    const before = treeFingerprint(tree)

    const failure = await applyBuildrootPatches(platform.reporter, options(tree, series)).catch(
      (error: unknown) => error
    )
    expect(failure).toBeInstanceOf(PatchSeriesError)
    const error = failure as PatchSeriesError
    expect(error.message).toMatch(
      /^Buildroot patch 0002-runc-hash\.patch does not apply to Buildroot 2025\.02\.16: package\/runc\/runc\.hash: hunk #1 does not match the file .*Nothing was configured or built, and .*buildroot is unchanged\. Regenerate the patch against Buildroot 2025\.02\.16 .*remove it from .*series, or set buildroot-patches to "none"/
    )
    expect(error.file).toBe(stale)
    const hunkLine =
      fs
        .readFileSync(stale, 'utf8')
        .split('\n')
        .findIndex(l => l.startsWith('@@')) + 1
    expect(error.line).toBe(hunkLine)
    expect(treeFingerprint(tree)).toBe(before)
    expect(fs.readdirSync(path.join(root, 'tools', 'buildroot-patched'))).toEqual([])
    expect(platform.messages.map(m => m.text)).toContain('Applied 0001-runc.patch')
  })

  it('says when a file already has the change, and when a file to patch is not in the tree', async () => {
    const tree = makeTree()
    const series = path.join(root, 'series')
    const patch = patchOf(
      tree,
      'package/runc/runc.mk',
      'RUNC_VERSION = 1.3.6\nRUNC_LICENSE = Apache-2.0\n'
    )
    write(path.join(series, '0001-runc.patch'), patch)
    write(path.join(series, '0002-runc-again.patch'), patch)
    await expect(applyBuildrootPatches(platform.reporter, options(tree, series))).rejects.toThrow(
      /^Buildroot patch 0002-runc-again\.patch does not apply .*: package\/runc\/runc\.mk: already has this change \(or its reverse\): this Buildroot tree may carry it already\./
    )

    fs.rmSync(path.join(series, '0002-runc-again.patch'))
    write(
      path.join(series, '0002-crun.patch'),
      patch.replace(/package\/runc\/runc\.mk/g, 'package/crun/crun.mk')
    )
    await expect(applyBuildrootPatches(platform.reporter, options(tree, series))).rejects.toThrow(
      /^Buildroot patch 0002-crun\.patch does not apply .*: package\/crun\/crun\.mk: does not exist in this Buildroot tree\./
    )

    // A real series patch opens with a long commit message, which patch quotes before the diff.
    const message = `bump crun\n\n${Array.from({ length: 25 }, (_, n) => `Why, line ${n + 1}.`).join('\n')}`
    write(
      path.join(series, '0002-crun.patch'),
      patchOf(tree, 'package/runc/runc.mk', 'RUNC_VERSION = 1.3.6\n', message).replace(
        /package\/runc\/runc\.mk/g,
        'package/crun/crun.mk'
      )
    )
    await expect(applyBuildrootPatches(platform.reporter, options(tree, series))).rejects.toThrow(
      /^Buildroot patch 0002-crun\.patch does not apply .*: package\/crun\/crun\.mk: does not exist in this Buildroot tree\./
    )
  })

  it('uses the tree as it is when there is no series', async () => {
    const tree = makeTree()
    const none = await applyBuildrootPatches(
      platform.reporter,
      options(tree, '', { choice: { kind: 'none' } })
    )
    expect(none).toEqual({ sourceDir: tree, series: { patches: [], sha256: '' }, reused: false })
    expect(platform.messages.map(m => m.text)).toContain(
      'No Buildroot patches (buildroot-patches: none): Buildroot 2025.02.16 is built as released.'
    )
    fs.mkdirSync(path.join(root, 'empty'))
    const empty = await applyBuildrootPatches(
      platform.reporter,
      options(tree, path.join(root, 'empty'))
    )
    expect(empty.sourceDir).toBe(tree)
    expect(fs.existsSync(path.join(root, 'tools'))).toBe(false)
  })
})
