// The action's Buildroot patch series (configs/buildroot-patches): each patch is a format-patch
// file that names the upstream Buildroot commit of the same change, stays inside package/, bumps
// a version together with the hash of that version's download, and cites where the hash comes
// from. Whether they apply to Buildroot 2025.02.16 is tested on the real tree (buildroot-real).
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { configsDir } from './helpers.js'

const seriesDir = path.join(configsDir, 'buildroot-patches')
const patches = fs
  .readdirSync(seriesDir)
  .filter(name => name.endsWith('.patch'))
  .sort()

/** The files a patch changes, and its added and removed lines per file. */
function parsePatch(text: string): Map<string, { added: string[]; removed: string[] }> {
  const files = new Map<string, { added: string[]; removed: string[] }>()
  let current: { added: string[]; removed: string[] } | undefined
  for (const line of text.split('\n')) {
    const header = /^\+\+\+ b\/(.+)$/.exec(line)
    if (header) {
      current = { added: [], removed: [] }
      files.set(header[1], current)
    } else if (current && line.startsWith('+')) current.added.push(line.slice(1))
    else if (current && line.startsWith('-') && !line.startsWith('--- ')) {
      current.removed.push(line.slice(1))
    }
  }
  return files
}

describe('configs/buildroot-patches', () => {
  it('holds the numbered series and a README that lists each patch', () => {
    expect(patches.map(name => name.slice(0, 5))).toEqual(['0001-', '0002-', '0003-'])
    const readme = fs.readFileSync(path.join(seriesDir, 'README.md'), 'utf8')
    for (const name of patches) expect(readme).toContain(name.replace(/\.patch$/, ''))
  })

  describe.each(patches)('%s', name => {
    const text = fs.readFileSync(path.join(seriesDir, name), 'utf8')
    const files = parsePatch(text)
    const message = text.split('\n---\n')[0]

    it('is a git format-patch file whose message names the Buildroot commit of the same change', () => {
      expect(text).toMatch(/^From 0{40} Mon Sep 17 00:00:00 2001\n/)
      expect(text).toMatch(/^Subject: \[PATCH \d+\/\d+\] package\/[a-z0-9-]+: /m)
      expect(message).toMatch(/buildroot\/buildroot commit\s+[0-9a-f]{40}\b/)
    })

    it('changes only files of the package it names', () => {
      const pkg = /^Subject: \[PATCH \d+\/\d+\] package\/([a-z0-9-]+):/m.exec(text)?.[1]
      expect([...files.keys()].length).toBeGreaterThan(0)
      for (const file of files.keys()) expect(file.startsWith(`package/${pkg}/`)).toBe(true)
    })

    it("moves the version and the hash of that version's download together, citing the hash's source", () => {
      const mk = [...files.entries()].find(([file]) => file.endsWith('.mk'))
      const hash = [...files.entries()].find(([file]) => file.endsWith('.hash'))
      expect(mk && hash).toBeTruthy()
      const version = (lines: string[]) =>
        lines.map(line => /^[A-Z0-9_]+_VERSION = (\S+)$/.exec(line)?.[1]).find(Boolean)
      const [from, to] = [version(mk![1].removed), version(mk![1].added)]
      expect(from).toBeDefined()
      expect(to).toBeDefined()
      // One hash line swapped: the old version's download for the new one's, nothing else.
      expect(hash![1].removed).toHaveLength(1)
      expect(hash![1].added).toHaveLength(1)
      const [, sha, download] = hash![1].added[0].split(/\s+/)
      expect(sha).toMatch(/^[0-9a-f]{64}$/)
      expect(download).toContain(`-${to}-`)
      expect(hash![1].removed[0]).toContain(`-${from}-`)
      // The message says where that sha256 comes from and which file it is the hash of.
      expect(message.replace(/\n/g, ' ')).toMatch(
        new RegExp(`sha256 of ${download.replace(/[.]/g, '\\.')}: from buildroot/buildroot`)
      )
    })
  })
})
