// Every file the build downloads must pass Buildroot's hash check (support/download/check-hash):
// once one of a package's .hash files exists, it must list the file, unless the file is in
// BR_NO_CHECK_HASH_FOR, which BR2_DOWNLOAD_FORCE_CHECK_HASHES empties. A miss stops the build
// only when that package downloads, often an hour in; Buildroot's own variables
// (<PKG>_HASH_FILES, BR_NO_CHECK_HASH_FOR) let us find it in seconds.
// The same .hash files check what dl/ already holds (restored from a cache, or left by an
// earlier run) before the build: check-hash's own rule, every hash listed for a file must match.
import fs from 'node:fs'
import path from 'node:path'
import { unquote, type KconfigEntry } from '../kconfig/defconfig.js'
import { isInside } from '../util/fs.js'
import { streamDigests } from '../util/hash.js'
import type { Finding } from './findings.js'
import type { BuildrootTree } from './make.js'
import type { PackageInfo } from './show-info.js'

/** Buildroot's variable prefix for a package: host-go-bin → HOST_GO_BIN. */
const variablePrefix = (name: string): string => name.toUpperCase().replace(/[^A-Z0-9]/g, '_')

interface HashLine {
  type: string
  hash: string
  file: string
}

/** A .hash file's lines: `<type> <hash> <file>`, comments and blank lines left out. */
function hashLines(hashFile: string): HashLine[] {
  return fs
    .readFileSync(hashFile, 'utf8')
    .split('\n')
    .map(line => line.trim().split(/\s+/))
    .filter(([type, hash, file]) => type && !type.startsWith('#') && hash && file)
    .map(([type, hash, file]) => ({ type, hash, file }))
}

const listsFile = (hashFile: string, file: string): boolean =>
  hashLines(hashFile).some(line => line.file === file)

/**
 * A package's .hash files that exist, as Buildroot's <PKG>_HASH_FILES names them (relative to
 * the Buildroot tree); undefined when the package has no such variable.
 */
export function packageHashFiles(
  pkg: PackageInfo,
  hashVariables: Map<string, string>,
  sourceDir: string
): string[] | undefined {
  const listed = hashVariables.get(`${variablePrefix(pkg.name)}_HASH_FILES`)
  if (listed === undefined) return undefined
  return listed
    .split(/\s+/)
    .filter(Boolean)
    .map(file => path.resolve(sourceDir, file))
    .filter(file => fs.existsSync(file))
}

/** The Buildroot variables the hash rule needs, read in the same parse as the package list. */
export const HASH_VARIABLES = ['%_HASH_FILES', 'BR_NO_CHECK_HASH_FOR']

/** What the hash rule reads of a configured tree (buildroot/configure.ts's ConfiguredTree). */
export interface HashRuleInput {
  packages: PackageInfo[]
  hashVariables: Map<string, string>
  dotConfig: Map<string, string>
  requested: KconfigEntry[]
  files: { buildrootDefconfig: string }
  tree: BuildrootTree
}

/** Every download of the configured package list that its package's .hash files would refuse. */
export function downloadHashFindings(configured: HashRuleInput): Finding[] {
  const vars = configured.hashVariables
  const { tree } = configured
  const force = configured.dotConfig.get('BR2_DOWNLOAD_FORCE_CHECK_HASHES') === 'y'
  const exempt = new Set(force ? [] : (vars.get('BR_NO_CHECK_HASH_FOR') ?? '').split(/\s+/))
  const findings: Finding[] = []
  for (const pkg of configured.packages) {
    const hashFiles = packageHashFiles(pkg, vars, tree.sourceDir)
    if (hashFiles === undefined) continue
    const downloads = pkg.downloads.map(download => path.basename(download))
    if (hashFiles.length === 0) {
      // No .hash file at all: Buildroot only warns, and downloads the files unchecked, even with
      // BR2_DOWNLOAD_FORCE_CHECK_HASHES (a custom kernel version on 2026.02.x, whose own kernel
      // hashes live in linux/before-6.17/ and linux/from-6.17/, is such a case).
      const rawName = pkg.name.replace(/^host-/, '')
      const listed = vars.get(`${variablePrefix(pkg.name)}_HASH_FILES`) ?? ''
      if (force && downloads.length) {
        findings.push({
          level: 'warning',
          message:
            `${pkg.name} ${pkg.version} downloads ${downloads.join(', ')} with no .hash file to check it against ` +
            `(Buildroot looks for ${listed.split(/\s+/).filter(Boolean).join(', ')}): Buildroot only warns and uses the download unchecked. ` +
            `Add its hash (from a source you can cite) in <BR2_GLOBAL_PATCH_DIR>/${rawName}/${rawName}.hash.`,
          at: { file: configured.files.buildrootDefconfig, title: 'No hash file for a download' }
        })
      }
      continue
    }
    for (const file of downloads) {
      if (exempt.has(file) || hashFiles.some(hashFile => listsFile(hashFile, file))) continue
      // Hash files outside the Buildroot tree (BR2_GLOBAL_PATCH_DIR) by their own path.
      const shown = hashFiles
        .map(f => (isInside(tree.sourceDir, f) ? path.relative(tree.sourceDir, f) : f))
        .join(', ')
      const rawName = pkg.name.replace(/^host-/, '')
      const ownHashFile = hashFiles.find(hashFile =>
        tree.externalTrees.some(dir => isInside(dir, hashFile))
      )
      // The line that picks this version (a custom kernel version, a tarball location), if any.
      const versionLine = configured.requested.find(entry => {
        const value = unquote(entry.value)
        return value === pkg.version || value.endsWith(`/${file}`)
      })
      findings.push({
        level: 'error',
        message:
          `${pkg.name} ${pkg.version} downloads ${file}, but ${shown} has no hash for it: Buildroot stops when it downloads it` +
          `${force ? ' (BR2_DOWNLOAD_FORCE_CHECK_HASHES=y)' : ''}. Choose a version that file lists, or add its hash ` +
          `(from a source you can cite) to ${ownHashFile ?? `<BR2_GLOBAL_PATCH_DIR>/${rawName}/${rawName}.hash`}.`,
        at: {
          file: versionLine?.file ?? ownHashFile ?? configured.files.buildrootDefconfig,
          line: versionLine?.line || undefined,
          title: 'No hash for a download'
        }
      })
    }
  }
  return findings
}

/** The hash types Buildroot's support/download/check-hash knows. */
const HASH_TYPES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']

export interface HashMismatch {
  type: string
  expected: string
  got: string
  /** The .hash file that lists the expected hash. */
  hashFile: string
}

export type HashVerdict =
  | { ok: true; checked: string[] }
  | { ok: false; problem: 'mismatch'; why: string; mismatch: HashMismatch }
  | { ok: false; problem: 'no-hash' | 'no-hash-file' | 'unknown-type'; why: string }

/**
 * Buildroot's own rule for a downloaded file (support/download/check-hash): every line of the
 * package's .hash files that names `base` must match; a .hash file that names no line for it
 * is an error unless `base` is exempt (BR_NO_CHECK_HASH_FOR). Where Buildroot would only warn
 * (no .hash file at all) or let a file through unchecked (exempt), this says no: nothing is
 * vouched for that was not checked.
 */
export async function verifyDownload(
  file: string,
  base: string,
  hashFiles: string[]
): Promise<HashVerdict> {
  if (!hashFiles.length) {
    return { ok: false, problem: 'no-hash-file', why: 'its package has no .hash file' }
  }
  const expected = hashFiles.flatMap(hashFile =>
    hashLines(hashFile)
      .filter(line => line.file === base)
      .map(line => ({ ...line, hashFile }))
  )
  if (!expected.length) {
    return {
      ok: false,
      problem: 'no-hash',
      why: `no line of ${hashFiles.map(f => path.basename(f)).join(', ')} names it`
    }
  }
  const known = expected.filter(entry => HASH_TYPES.includes(entry.type))
  const digests = await streamDigests(file, [...new Set(known.map(entry => entry.type))])
  const wrong = known.find(entry => digests.get(entry.type) !== entry.hash.toLowerCase())
  if (wrong) {
    const got = digests.get(wrong.type) as string
    return {
      ok: false,
      problem: 'mismatch',
      why: `its ${wrong.type} is ${got}, not ${wrong.hash} as ${wrong.hashFile} says`,
      mismatch: { type: wrong.type, expected: wrong.hash, got, hashFile: wrong.hashFile }
    }
  }
  const unknown = expected.find(entry => !HASH_TYPES.includes(entry.type))
  if (unknown) {
    return {
      ok: false,
      problem: 'unknown-type',
      why: `${unknown.hashFile} gives it a hash of unknown type ${unknown.type}`
    }
  }
  return { ok: true, checked: [...digests.keys()] }
}

/** A file in dl/ whose content its package's .hash file does not accept. */
export interface BadDownload extends HashMismatch {
  /** Relative to dl/. */
  file: string
  package: string
}

/**
 * Checks every file of the download list that dl/ holds against its package's .hash files, as
 * check-hash would when the build reaches it, and removes the ones whose hash is wrong (Buildroot
 * would remove them too, and then stop if it cannot download them). Files no .hash file lists
 * are left to Buildroot.
 */
export async function removeBadDownloads(
  configured: HashRuleInput,
  dlDir: string
): Promise<BadDownload[]> {
  const bad: BadDownload[] = []
  for (const pkg of configured.packages) {
    const hashFiles = packageHashFiles(pkg, configured.hashVariables, configured.tree.sourceDir)
    if (!hashFiles?.length) continue
    for (const download of pkg.downloads) {
      const full = path.join(dlDir, download)
      if (!fs.statSync(full, { throwIfNoEntry: false })?.isFile()) continue
      const verdict = await verifyDownload(full, path.basename(download), hashFiles)
      if (verdict.ok || verdict.problem !== 'mismatch') continue
      fs.rmSync(full)
      bad.push({
        file: download,
        package: pkg.name,
        ...verdict.mismatch,
        hashFile: path.relative(configured.tree.sourceDir, verdict.mismatch.hashFile)
      })
    }
  }
  return bad
}
