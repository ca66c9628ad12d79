// Every file the build downloads must pass Buildroot's hash check (support/download/check-hash):
// once one of a package's .hash files exists, it must list the file, unless the file is in
// BR_NO_CHECK_HASH_FOR, which BR2_DOWNLOAD_FORCE_CHECK_HASHES empties. A miss stops the build
// only when that package downloads, often an hour in; Buildroot's own variables
// (<PKG>_HASH_FILES, BR_NO_CHECK_HASH_FOR) let us find it in seconds.
// The same .hash files check what dl/ already holds (restored from a cache, or left by an
// earlier run) before the build: check-hash's own rule, every hash listed for a file must match.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { unquote, type KconfigEntry } from '../kconfig/defconfig.js'
import { isInside } from '../util/fs.js'
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

/** The package's .hash files that exist, as Buildroot's <PKG>_HASH_FILES names them. */
function hashFilesOf(configured: HashRuleInput, pkg: PackageInfo): string[] | undefined {
  const listed = configured.hashVariables.get(`${variablePrefix(pkg.name)}_HASH_FILES`)
  if (listed === undefined) return undefined
  return listed
    .split(/\s+/)
    .filter(Boolean)
    .map(file => path.resolve(configured.tree.sourceDir, file))
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
    const hashFiles = hashFilesOf(configured, pkg)
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

/** A file in dl/ whose content its package's .hash file does not accept. */
export interface BadDownload {
  /** Relative to dl/. */
  file: string
  package: string
  /** The .hash file, relative to the Buildroot tree. */
  hashFile: string
  type: string
  expected: string
  got: string
}

/** Hash types check-hash knows (support/download/check-hash: md5, sha1, sha224, sha256, sha384, sha512). */
const HASH_TYPES = new Set(['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'])

async function digests(file: string, types: string[]): Promise<Map<string, string>> {
  const hashes = types.map(type => [type, crypto.createHash(type)] as const)
  for await (const chunk of fs.createReadStream(file)) {
    for (const [, hash] of hashes) hash.update(chunk as Buffer)
  }
  return new Map(hashes.map(([type, hash]) => [type, hash.digest('hex')]))
}

/**
 * Checks every file of the download list that dl/ holds against its package's .hash files, as
 * check-hash would when the build reaches it, and removes the ones that fail (Buildroot would
 * remove them too, and then stop if it cannot download them). Files no .hash file lists are
 * left to Buildroot.
 */
export async function removeBadDownloads(
  configured: HashRuleInput,
  dlDir: string
): Promise<BadDownload[]> {
  const bad: BadDownload[] = []
  for (const pkg of configured.packages) {
    const hashFiles = hashFilesOf(configured, pkg)
    if (!hashFiles?.length) continue
    for (const download of pkg.downloads) {
      const full = path.join(dlDir, download)
      if (!fs.statSync(full, { throwIfNoEntry: false })?.isFile()) continue
      const name = path.basename(download)
      const expected = hashFiles.flatMap(hashFile =>
        hashLines(hashFile)
          .filter(line => line.file === name && HASH_TYPES.has(line.type))
          .map(line => ({ ...line, hashFile }))
      )
      if (!expected.length) continue
      const got = await digests(full, [...new Set(expected.map(line => line.type))])
      const wrong = expected.find(line => got.get(line.type) !== line.hash.toLowerCase())
      if (!wrong) continue
      fs.rmSync(full)
      bad.push({
        file: download,
        package: pkg.name,
        hashFile: path.relative(configured.tree.sourceDir, wrong.hashFile),
        type: wrong.type,
        expected: wrong.hash,
        got: got.get(wrong.type) ?? ''
      })
    }
  }
  return bad
}
