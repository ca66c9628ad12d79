// Download sites and mirror folders: the make assignments the site inputs become, a mirror
// folder filled from dl/ with only files that pass their package's .hash (never replacing or
// removing a file), and which files a file:// mirror lacks. (HTTP mirrors and the real
// Buildroot tree: __tests__/fleet/mirror.test.ts.)
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import {
  downloadSiteVariables,
  fillMirror,
  lookUpMirror,
  mirrorFiles
} from '../../src/buildroot/mirror.js'
import type { PackageInfo } from '../../src/buildroot/show-info.js'
import { parseSiteUrl } from '../../src/inputs/urls.js'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mirror-unit-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex')

describe('downloadSiteVariables', () => {
  it("become make's command-line assignments, which override .config", () => {
    const mirror = parseSiteUrl('https://u:pa$$@m.lan/br/', 'download-mirror')
    expect(
      downloadSiteVariables({
        downloadMirror: mirror,
        downloadMirrorOnly: true,
        backupSite: 'none'
      })
    ).toEqual([
      // make would expand $: it is doubled.
      'BR2_PRIMARY_SITE=https://u:pa$$$$@m.lan/br',
      'BR2_PRIMARY_SITE_ONLY=y',
      'BR2_BACKUP_SITE='
    ])
    expect(
      downloadSiteVariables({
        downloadMirror: undefined,
        downloadMirrorOnly: false,
        backupSite: parseSiteUrl('https://backup.lan', 'backup-site')
      })
    ).toEqual(['BR2_BACKUP_SITE=https://backup.lan'])
    expect(
      downloadSiteVariables({
        downloadMirror: undefined,
        downloadMirrorOnly: false,
        backupSite: 'default'
      })
    ).toEqual([])
  })
})

/** A Buildroot-like tree with .hash files, a dl/ folder, and the packages that download them. */
function setUp(name: string) {
  const dir = path.join(root, name)
  const sourceDir = path.join(dir, 'buildroot')
  const dlDir = path.join(dir, 'dl')
  const hashVariables = new Map<string, string>()
  const packages: PackageInfo[] = []
  const add = (
    pkg: string,
    file: string,
    content: string,
    hash: 'right' | 'wrong' | 'no-line' | 'no-file'
  ) => {
    fs.mkdirSync(path.join(dlDir, pkg), { recursive: true })
    fs.writeFileSync(path.join(dlDir, pkg, file), content)
    const hashFile = `package/${pkg}/${pkg}.hash`
    hashVariables.set(`${pkg.toUpperCase().replace(/-/g, '_')}_HASH_FILES`, hashFile)
    if (hash !== 'no-file') {
      fs.mkdirSync(path.join(sourceDir, 'package', pkg), { recursive: true })
      const line =
        hash === 'no-line'
          ? `sha256  ${sha256('x')}  other-file.tar.gz`
          : `sha256  ${sha256(hash === 'right' ? content : `${content} but changed`)}  ${file}`
      fs.writeFileSync(path.join(sourceDir, hashFile), `# Locally computed\n${line}\n`)
    }
    packages.push({
      name: pkg,
      version: '1',
      type: 'target',
      virtual: false,
      downloads: [`${pkg}/${file}`]
    })
  }
  return { dir, sourceDir, dlDir, hashVariables, packages, add }
}

describe('fillMirror', () => {
  it('writes what passes its .hash, flat; refuses the rest; keeps what the folder held', async () => {
    const t = setUp('fill')
    t.add('foo', 'foo-1.0.tar.gz', 'foo sources', 'right')
    t.add('bar', 'bar-2.tar.xz', 'bar sources', 'wrong')
    t.add('baz', 'baz-3.tar.gz', 'baz sources', 'no-file')
    t.add('qux', 'qux-4.tar.gz', 'qux sources', 'no-line')
    t.add('quux', 'quux-5.tar.gz', 'quux sources', 'right')
    t.add('a', 'common.tar.gz', 'the sources of a', 'right')
    t.add('b', 'common.tar.gz', 'the sources of b', 'right')
    t.packages.push({
      name: 'gone',
      version: '1',
      type: 'target',
      virtual: false,
      downloads: ['gone/gone-1.tar.gz']
    })
    const out = path.join(t.dir, 'mirror')
    fs.mkdirSync(out)
    fs.writeFileSync(path.join(out, 'README'), 'the mirror owner’s file\n')
    fs.writeFileSync(path.join(out, 'quux-5.tar.gz'), 'something else\n')
    const fill = () =>
      fillMirror({
        packages: t.packages,
        hashVariables: t.hashVariables,
        tree: { sourceDir: t.sourceDir, outputDir: path.join(t.dir, 'o'), externalTrees: [] },
        dlDir: t.dlDir,
        outDir: out
      })

    const report = await fill()
    expect(report.written.sort()).toEqual(['b/common.tar.gz', 'common.tar.gz', 'foo-1.0.tar.gz'])
    expect(report.refused.map(r => [r.package, r.mismatch])).toEqual([
      ['bar', true],
      ['baz', false],
      ['qux', false]
    ])
    expect(report.refused[0].why).toMatch(
      /^its sha256 is [0-9a-f]{64}, not [0-9a-f]{64} as .*bar\.hash says$/
    )
    expect(report.conflicts.map(c => c.file)).toEqual(['quux-5.tar.gz'])
    expect(report.missing.map(m => m.file)).toEqual(['gone-1.tar.gz'])
    // Each package's file where Buildroot looks for it: flat, and the second `common` in its subdir.
    expect(fs.readFileSync(path.join(out, 'common.tar.gz'), 'utf8')).toBe('the sources of a')
    expect(fs.readFileSync(path.join(out, 'b', 'common.tar.gz'), 'utf8')).toBe('the sources of b')
    expect(fs.readFileSync(path.join(out, 'quux-5.tar.gz'), 'utf8')).toBe('something else\n')
    expect(fs.readFileSync(path.join(out, 'README'), 'utf8')).toBe('the mirror owner’s file\n')
    expect(fs.existsSync(path.join(out, 'bar-2.tar.xz'))).toBe(false)
    expect(fs.readdirSync(out).filter(name => name.includes('partial'))).toEqual([])

    // Again: everything is there already; nothing is written or replaced.
    const again = await fill()
    expect(again.written).toEqual([])
    expect(again.present.sort()).toEqual(['b/common.tar.gz', 'common.tar.gz', 'foo-1.0.tar.gz'])
    expect(again.conflicts.map(c => c.file)).toEqual(['quux-5.tar.gz'])
  })
})

describe('lookUpMirror', () => {
  it('a file:// mirror: what it lacks, flat or in the package folder', async () => {
    const t = setUp('lookup')
    t.add('foo', 'foo-1.0.tar.gz', 'foo', 'right')
    t.add('bar', 'bar-2.tar.xz', 'bar', 'right')
    t.add('baz', 'baz-3.tar.gz', 'baz', 'right')
    const mirror = path.join(t.dir, 'm')
    fs.mkdirSync(path.join(mirror, 'bar'), { recursive: true })
    fs.writeFileSync(path.join(mirror, 'foo-1.0.tar.gz'), 'foo')
    fs.writeFileSync(path.join(mirror, 'bar', 'bar-2.tar.xz'), 'bar')
    const files = mirrorFiles(t.packages)
    expect(await lookUpMirror(parseSiteUrl(`file://${mirror}`, 'download-mirror'), files)).toEqual({
      checked: true,
      total: 3,
      missing: [{ package: 'baz', subdir: 'baz', file: 'baz-3.tar.gz' }]
    })
    expect(
      await lookUpMirror(parseSiteUrl(`file://${mirror}-absent`, 'download-mirror'), files)
    ).toEqual({ checked: false, why: `${mirror}-absent does not exist here` })
    expect(await lookUpMirror(parseSiteUrl('scp://me@h:/srv', 'download-mirror'), files)).toEqual({
      checked: false,
      why: 'a scp:// site answers no HEAD request'
    })
  })
})
