// The action's Buildroot patch series (configs/buildroot-patches/<release>/): each patch is a
// format-patch file that names the upstream Buildroot commit of the same change, stays inside
// package/, moves a version together with the hash of that version's download, and cites where
// each hash comes from. With BUILDROOT_GIT (a clone of Buildroot, e.g. the fetched mirror), a
// patch that says it carries the upstream commit's changed lines is compared with that commit.
// Whether the series apply is tested on the real trees (buildroot-real).
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { configsDir } from './helpers.js'
import { itIf } from '../helpers/witness.js'

const seriesRoot = path.join(configsDir, 'buildroot-patches')
const releases = fs
  .readdirSync(seriesRoot, { withFileTypes: true })
  .filter(entry => entry.isDirectory())
  .map(entry => entry.name)
  .sort()
const patchesOf = (release: string) =>
  fs
    .readdirSync(path.join(seriesRoot, release))
    .filter(name => name.endsWith('.patch'))
    .sort()
const buildrootGit = process.env.BUILDROOT_GIT
const itWithGit = itIf(
  buildrootGit
    ? undefined
    : 'BUILDROOT_GIT is not set: point it at the git dir of a Buildroot clone to compare each patch with its upstream commit'
)

interface FileChange {
  added: string[]
  removed: string[]
}

/** The files a diff changes (git's `diff --git` format), and its added and removed lines per file. */
function parseDiff(text: string): Map<string, FileChange> {
  const files = new Map<string, FileChange>()
  let current: FileChange | undefined
  // Lines of the current hunk still to read, on the old and the new side.
  let [oldLeft, newLeft] = [0, 0]
  for (const line of text.split('\n')) {
    if (oldLeft > 0 || newLeft > 0) {
      if (line.startsWith('+')) {
        current?.added.push(line.slice(1))
        newLeft--
      } else if (line.startsWith('-')) {
        current?.removed.push(line.slice(1))
        oldLeft--
      } else if (!line.startsWith('\\')) {
        oldLeft--
        newLeft--
      }
      continue
    }
    const file = /^diff --git a\/\S+ b\/(\S+)$/.exec(line)
    if (file) {
      current = { added: [], removed: [] }
      files.set(file[1], current)
      continue
    }
    const hunk = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/.exec(line)
    if (hunk) [oldLeft, newLeft] = [Number(hunk[1] ?? 1), Number(hunk[2] ?? 1)]
  }
  return files
}

/** Hash lines (algorithm, hash, file) of a .hash file's changed lines; comments are left out. */
const hashLines = (lines: string[]) =>
  lines
    .filter(line => line.trim() && !line.startsWith('#'))
    .map(line => line.trim().split(/\s+/))
    .map(([algo, hash, file]) => ({ algo, hash, file }))

const HASH_LENGTH: Record<string, number> = { md5: 32, sha1: 40, sha256: 64, sha512: 128 }

it('has one series per Buildroot release, in a folder named after it', () => {
  expect(releases).toEqual(expect.arrayContaining(['2025.02.16', '2026.02.3']))
  for (const release of releases) {
    expect(release).toMatch(/^\d{4}\.\d{2}(?:\.\d+)?$/)
    expect(patchesOf(release).length).toBeGreaterThan(0)
  }
  // Nothing applies from the top folder itself: every patch is in a release's folder.
  expect(fs.readdirSync(seriesRoot).filter(name => name.endsWith('.patch'))).toEqual([])
})

describe.each(releases)('configs/buildroot-patches/%s', release => {
  const dir = path.join(seriesRoot, release)
  const patches = patchesOf(release)
  const readme = fs.readFileSync(path.join(seriesRoot, 'README.md'), 'utf8')

  it('is numbered from 0001 without gaps, and the README names every upstream commit it carries', () => {
    expect(patches.map(name => name.slice(0, 5))).toEqual(
      patches.map((_, i) => `${String(i + 1).padStart(4, '0')}-`)
    )
    const section = readme.split(/^## /m).find(part => part.startsWith(`\`${release}/\``))
    expect(section).toBeDefined()
    for (const name of patches) {
      const text = fs.readFileSync(path.join(dir, name), 'utf8')
      const commit = /buildroot\/buildroot commit\s+([0-9a-f]{40})/.exec(text)?.[1] ?? ''
      expect([name, section]).toEqual([name, expect.stringContaining(commit.slice(0, 8))])
    }
  })

  describe.each(patches)('%s', name => {
    const text = fs.readFileSync(path.join(dir, name), 'utf8')
    const files = parseDiff(text)
    const message = text.split('\n---\n')[0]
    const flatMessage = message.replace(/\s+/g, ' ')
    const upstream = /buildroot\/buildroot commit\s+([0-9a-f]{40})/.exec(message)?.[1]

    it('is a git format-patch file whose message names the Buildroot commit of the same change', () => {
      expect(text).toMatch(/^From 0{40} Mon Sep 17 00:00:00 2001\n/)
      expect(text).toMatch(/^Subject: \[PATCH \d+\/\d+\] package\/[a-z0-9-]+: /m)
      expect(upstream).toBeDefined()
    })

    it('changes only files of the package it names', () => {
      const pkg = /^Subject: \[PATCH \d+\/\d+\] package\/([a-z0-9-]+):/m.exec(text)?.[1]
      expect([...files.keys()].length).toBeGreaterThan(0)
      for (const file of files.keys()) expect([file, file.startsWith(`package/${pkg}/`)]).toEqual([file, true])
    })

    it("moves a version only together with its download's hashes, and cites where each comes from", () => {
      const versionLine = /^[A-Z0-9_]+_VERSION(?:_MAJOR|_MINOR)? = \S+$/
      const mk = [...files.entries()].filter(([file]) => file.endsWith('.mk'))
      const movesVersion = mk.some(([, change]) => change.added.some(l => versionLine.test(l)))
      const hashes = [...files.entries()].filter(([file]) => file.endsWith('.hash'))
      expect([name, hashes.length > 0]).toEqual([name, movesVersion])
      for (const [file, change] of hashes) {
        const [added, removed] = [hashLines(change.added), hashLines(change.removed)]
        // The old version's lines swapped for the new one's, one for one.
        expect(added.length).toBe(removed.length)
        expect(added.length).toBeGreaterThan(0)
        for (const line of added) {
          expect([line.file, line.hash.length]).toEqual([line.file, HASH_LENGTH[line.algo]])
          expect(removed.map(r => r.hash)).not.toContain(line.hash)
        }
        // The message says where every new sha256 comes from: that file at the upstream commit.
        const cited = new RegExp(`sha256 of ([^:]+): from buildroot/buildroot ${file.replace(/[.]/g, '\\.')}`).exec(
          flatMessage
        )
        expect([file, cited]).not.toEqual([file, null])
        const names = cited![1].split(/,\s*/)
        for (const line of added.filter(l => l.algo === 'sha256')) {
          expect([line.file, names]).toEqual([line.file, expect.arrayContaining([line.file])])
        }
      }
    })

    // Only a patch that says it carries the upstream commit's very lines is compared with it.
    if (/: the same changed lines\./.test(flatMessage))
      itWithGit(
      'has the changed lines of the upstream commit it names (BUILDROOT_GIT)',
      () => {
        const upstreamDiff = execFileSync(
          'git',
          ['--git-dir', buildrootGit as string, 'show', '--format=', upstream as string],
          { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
        )
        const theirs = parseDiff(upstreamDiff)
        expect([...files.keys()].sort()).toEqual([...theirs.keys()].sort())
        for (const [file, change] of files) expect([file, change]).toEqual([file, theirs.get(file)])
      }
    )
  })
})
