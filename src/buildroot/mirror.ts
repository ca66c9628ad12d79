// Download sites: where Buildroot fetches sources from, and a mirror of them. Buildroot tries
// BR2_PRIMARY_SITE first (as <site>/<package dl subdir>/<file>, then <site>/<file>), then the
// package's own site and BR2_BACKUP_SITE, both skipped with BR2_PRIMARY_SITE_ONLY
// (package/pkg-download.mk, DOWNLOAD_URIS); every file it fetches, from wherever, is checked
// against the package's .hash before it lands in dl/ (support/download/dl-wrapper): a mirror is
// a cache, not a trust anchor. The sites are Kconfig options, but not part of the
// configuration here: they change where files come from, not what is built, so they are given
// on make's command line (which overrides .config's values) and stay out of the config hash.
import fs from 'node:fs'
import path from 'node:path'
import type { Inputs } from '../inputs/schema.js'
import type { GivenUrl } from '../inputs/urls.js'
import { errorMessage } from '../util/errors.js'
import { sha256FileSync } from '../util/hash.js'
import { httpStatus } from '../util/net.js'
import { packageHashFiles, verifyDownload } from './download-hashes.js'
import type { BuildrootTree } from './make.js'
import type { PackageInfo } from './show-info.js'

/** A make command-line value: `$` would start a make variable. */
const makeValue = (value: string): string => value.replace(/\$/g, '$$$$')

/** make's command-line assignments for download-mirror, download-mirror-only and backup-site. */
export function downloadSiteVariables(
  inputs: Pick<Inputs, 'downloadMirror' | 'downloadMirrorOnly' | 'backupSite'>
): string[] {
  const variables: string[] = []
  if (inputs.downloadMirror) {
    variables.push(`BR2_PRIMARY_SITE=${makeValue(inputs.downloadMirror.url)}`)
    if (inputs.downloadMirrorOnly) variables.push('BR2_PRIMARY_SITE_ONLY=y')
  }
  if (inputs.backupSite === 'none') variables.push('BR2_BACKUP_SITE=')
  else if (typeof inputs.backupSite === 'object') {
    variables.push(`BR2_BACKUP_SITE=${makeValue(inputs.backupSite.url)}`)
  }
  return variables
}

/** The symbols the download-site inputs set, for the notice when a configuration sets one too. */
export function siteSymbolsOf(
  inputs: Pick<Inputs, 'downloadMirror' | 'downloadMirrorOnly' | 'backupSite'>
): Map<string, string> {
  return new Map(
    downloadSiteVariables(inputs).map(assignment => {
      const at = assignment.indexOf('=')
      return [assignment.slice(0, at), inputNameOf(assignment.slice(0, at))]
    })
  )
}

function inputNameOf(symbol: string): string {
  return symbol === 'BR2_PRIMARY_SITE'
    ? 'download-mirror'
    : symbol === 'BR2_PRIMARY_SITE_ONLY'
      ? 'download-mirror-only'
      : 'backup-site'
}

/** One file of the download list, as a mirror holds it. */
export interface MirrorFile {
  package: string
  /** The package's folder in dl/ (show-info's dl_dir). */
  subdir: string
  file: string
}

/** Every file of the packages' downloads, each once. */
export function mirrorFiles(packages: PackageInfo[]): MirrorFile[] {
  const seen = new Set<string>()
  const files: MirrorFile[] = []
  for (const pkg of packages) {
    for (const download of pkg.downloads) {
      if (seen.has(download)) continue
      seen.add(download)
      files.push({
        package: pkg.name,
        subdir: path.dirname(download),
        file: path.basename(download)
      })
    }
  }
  return files
}

export type MirrorLookup =
  { checked: false; why: string } | { checked: true; missing: MirrorFile[]; total: number }

const LOOKUP_TIMEOUT_MS = 10_000
const LOOKUPS_AT_ONCE = 8

/** Whether a mirror holds a file where Buildroot looks for it: <site>/<subdir>/<file>, <site>/<file>. */
async function holds(site: string, entry: MirrorFile): Promise<boolean> {
  const name = encodeURIComponent(entry.file)
  for (const url of [`${site}/${entry.subdir}/${name}`, `${site}/${name}`]) {
    let status = await httpStatus(url, { timeoutMs: LOOKUP_TIMEOUT_MS })
    // A server that takes no HEAD is asked with GET (its body is never read).
    if (status === 405 || status === 501) {
      status = await httpStatus(url, { method: 'GET', timeoutMs: LOOKUP_TIMEOUT_MS })
    }
    if (status >= 200 && status < 300) return true
  }
  return false
}

/**
 * Which files of the download list the mirror lacks, asked with HEAD requests (file:// by
 * looking); not asked when it cannot be reached, asks for credentials, or is an scp:// or
 * ftp:// site (only HTTP answers a HEAD).
 */
export async function lookUpMirror(site: GivenUrl, files: MirrorFile[]): Promise<MirrorLookup> {
  const scheme = site.url.slice(0, site.url.indexOf(':')).toLowerCase()
  if (scheme === 'file') {
    const dir = decodeURIComponent(site.url.slice('file://'.length))
    if (!fs.existsSync(dir)) return { checked: false, why: `${dir} does not exist here` }
    const missing = files.filter(
      entry =>
        !fs.existsSync(path.join(dir, entry.subdir, entry.file)) &&
        !fs.existsSync(path.join(dir, entry.file))
    )
    return { checked: true, missing, total: files.length }
  }
  if (scheme !== 'http' && scheme !== 'https') {
    return { checked: false, why: `a ${scheme}:// site answers no HEAD request` }
  }
  // Any answer of its root is one (many servers list no folder: 403, 404), but a request for
  // credentials: the files would all look missing.
  try {
    const status = await httpStatus(`${site.url}/`, { timeoutMs: LOOKUP_TIMEOUT_MS })
    if (status === 401 || status === 407) {
      return { checked: false, why: `it asks for credentials (HTTP ${status})` }
    }
  } catch (error) {
    return { checked: false, why: `it cannot be reached from here (${errorMessage(error)})` }
  }
  const missing: MirrorFile[] = []
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const entry = files[next++]
      if (!(await holds(site.url, entry).catch(() => false))) missing.push(entry)
    }
  }
  await Promise.all(Array.from({ length: LOOKUPS_AT_ONCE }, worker))
  missing.sort((a, b) => a.file.localeCompare(b.file))
  return { checked: true, missing, total: files.length }
}

/** What `mirror` did with each file of the download list. */
export interface FillReport {
  /** Written by this run, each checked against its package's .hash. */
  written: string[]
  /** Already in the folder with the same content. */
  present: string[]
  /** In the folder with other content: left as it is. */
  conflicts: { file: string; why: string }[]
  /** In dl/, but not vouched for by a .hash: not written. */
  refused: { file: string; package: string; why: string; mismatch: boolean }[]
  /** Not in dl/. */
  missing: MirrorFile[]
}

/** Copies `source` to `target` unless `target` exists: never replaces a file. Returns whether it wrote. */
function writeNew(source: string, target: string): boolean {
  fs.mkdirSync(path.dirname(target), { recursive: true })
  const partial = path.join(
    path.dirname(target),
    `.${path.basename(target)}.mirror-partial-${process.pid}`
  )
  fs.copyFileSync(source, partial)
  try {
    fs.chmodSync(partial, 0o644)
    // A hard link does not replace what is there (EEXIST), where a rename would.
    fs.linkSync(partial, target)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  } finally {
    fs.rmSync(partial, { force: true })
  }
}

/**
 * Fills a mirror folder from a dl/ folder: each file of the download list that passes its
 * package's .hash goes into the folder, flat (<out>/<file>, as Buildroot looks for it on a
 * primary site); when two packages download different files of the same name, the second goes
 * to <out>/<subdir>/<file>, which Buildroot tries first. Nothing in the folder is replaced or
 * removed.
 */
export async function fillMirror(options: {
  packages: PackageInfo[]
  hashVariables: Map<string, string>
  tree: BuildrootTree
  dlDir: string
  outDir: string
}): Promise<FillReport> {
  const report: FillReport = { written: [], present: [], conflicts: [], refused: [], missing: [] }
  fs.mkdirSync(options.outDir, { recursive: true })
  /** What each flat name holds, once written or found by this run. */
  const flatContent = new Map<string, string>()
  const byName = new Map(options.packages.map(pkg => [pkg.name, pkg]))
  for (const entry of mirrorFiles(options.packages)) {
    const source = path.join(options.dlDir, entry.subdir, entry.file)
    if (!fs.existsSync(source)) {
      report.missing.push(entry)
      continue
    }
    const pkg = byName.get(entry.package) as PackageInfo
    const verdict = await verifyDownload(
      source,
      entry.file,
      packageHashFiles(pkg, options.hashVariables, options.tree.sourceDir) ?? []
    )
    if (!verdict.ok) {
      report.refused.push({
        file: path.join(entry.subdir, entry.file),
        package: entry.package,
        why: verdict.why,
        mismatch: verdict.problem === 'mismatch'
      })
      continue
    }
    const sha = sha256FileSync(source)
    // The flat name holds another package's file of the same name: this one goes in its folder.
    const placed = flatContent.get(entry.file)
    if (placed === sha) continue
    const target =
      placed === undefined
        ? path.join(options.outDir, entry.file)
        : path.join(options.outDir, entry.subdir, entry.file)
    const shown = path.relative(options.outDir, target)
    if (writeNew(source, target)) report.written.push(shown)
    else if (sha256FileSync(target) === sha) report.present.push(shown)
    else {
      report.conflicts.push({
        file: shown,
        why: `it holds other content than ${entry.package}'s ${entry.file}, which passes its .hash`
      })
      continue
    }
    if (placed === undefined) flatContent.set(entry.file, sha)
  }
  return report
}
