// What to say when Buildroot cannot download a source. Buildroot's dl-wrapper checks a file
// already in dl/ against the package's .hash file first (a mismatch: check-hash prints
// "ERROR: <file> has wrong <type> hash", the file is removed, "Re-downloading '<file>'..."),
// then tries BR2_PRIMARY_SITE, the package's own site and BR2_BACKUP_SITE in turn
// (package/pkg-download.mk, support/download/dl-wrapper), wget printing `--<date> <time>--
// <url>` for each try (git, curl and the others print their URL too), and checks what it got
// the same way. The log names all of it, far apart; this puts it on one line.
import { echo } from '../util/text.js'

const URL = /\b(?:https?|ftps?|git|svn|scp|sftp|file):\/\/[^\s'"<>]+/g

/** The URLs the failing download tried, in order, each once. */
export function triedUrls(lines: string[]): string[] {
  const urls = lines.flatMap(line => line.match(URL) ?? [])
  return [...new Set(urls.map(url => url.replace(/[.,;:)]+$/, '')))]
}

export interface DownloadFailure {
  /** The file Buildroot wanted, when the log names it. */
  file?: string
  urls: string[]
  /** check-hash's complaint: "sha256 hash is X, package/foo/foo.hash expects Y". */
  hashError?: string
  /** A file of that name was in dl/ and failed the check, so Buildroot removed it. */
  wasInDl: boolean
}

/** Reads check-hash's and dl-wrapper's lines (support/download/check-hash, dl-wrapper). */
export function readDownloadFailure(lines: string[]): DownloadFailure {
  let file: string | undefined
  let hashFile: string | undefined
  let type: string | undefined
  let expected: string | undefined
  let got: string | undefined
  let noHash = false
  let wasInDl = false
  for (const line of lines) {
    let match: RegExpExecArray | null
    if ((match = /ERROR: while checking hashes from (\S+)/.exec(line))) hashFile = match[1]
    else if ((match = /ERROR: (\S+) has wrong (\S+) hash:/.exec(line))) {
      file = match[1]
      type = match[2]
    } else if ((match = /ERROR: expected: (\S+)/.exec(line))) expected = match[1]
    else if ((match = /ERROR: got\s+: (\S+)/.exec(line))) got = match[1]
    else if ((match = /ERROR: No hash found for (\S+)/.exec(line))) {
      file = match[1]
      noHash = true
    } else if ((match = /Re-downloading '([^']+)'/.exec(line))) {
      file = match[1]
      wasInDl = true
    }
  }
  const urls = triedUrls(lines)
  file ??= urls.map(url => url.split('/').at(-1)).find(name => name && /\.\w+$/.test(name))
  const from = hashFile ? ` (${hashFile})` : ''
  const hashError = type
    ? `its ${type} is ${got ?? 'different'}, but the package's .hash file${from} says ${expected ?? 'otherwise'}`
    : noHash
      ? `the package's .hash file${from} has no hash for it`
      : undefined
  return { file, urls, hashError, wasInDl }
}

/** The headline of a failed download: the file, the hash error, the URLs tried. */
export function downloadHeadline(download: DownloadFailure): string {
  const file = download.file ?? 'its source'
  const what = download.hashError
    ? `${file} failed its hash check: ${download.hashError}`
    : `${file} could not be downloaded`
  const tried = download.urls.length
    ? `; tried ${download.urls
        .slice(0, 5)
        .map(url => echo(url))
        .join(', ')}${download.urls.length > 5 ? ', ...' : ''}`
    : '; no URL was tried (see the log)'
  const inDl = download.wasInDl
    ? ` (a file of that name was already in dl/ and failed the check first, so Buildroot removed it and downloaded it again)`
    : ''
  return `${what}${inDl}${tried}`
}

/** The download sites of the run, as shown (credentials masked). */
export interface DownloadSites {
  mirror?: string
  mirrorOnly: boolean
}

/** What to do about a failed download, given the sites the run asked Buildroot to use. */
export function downloadAdvice(
  download: DownloadFailure,
  dlDir: string,
  sites: DownloadSites = { mirrorOnly: false }
): string {
  const keep = `or put the file into the download folder ${dlDir} (a dl/ cache restored from an earlier build holds it) and run again.`
  if (download.hashError) {
    return [
      'A file that fails its hash check is not the one the .hash file was written for: a changed upstream tarball, a mirror serving something else, or a wrong hash.',
      'Check the hash against the package\'s upstream release (never copy the "got" value without knowing why it changed);',
      sites.mirror
        ? `if the .hash file is right, replace the file on the mirror ${sites.mirror} (buildroot-k8s mirror fills a folder with checked files only), ${keep}`
        : `if the .hash file is right, make the sites serve the right file, ${keep}`
    ].join('\n')
  }
  if (sites.mirrorOnly) {
    return [
      `Ways out: put the file on the mirror ${sites.mirror ?? ''} (download-mirror-only: no other site is tried), or drop download-mirror-only;`,
      keep
    ].join('\n')
  }
  return [
    'Ways out: check that this machine reaches those hosts (network, proxy, DNS);',
    'or point Buildroot at a mirror that has the file with the input download-mirror (BR2_PRIMARY_SITE, tried first; backup-site, sources.buildroot.net by default, is tried last);',
    keep
  ].join('\n')
}
