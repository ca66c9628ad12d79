// What to say when Buildroot cannot download a source. Buildroot's dl-wrapper tries
// BR2_PRIMARY_SITE, then the package's own site, then BR2_BACKUP_SITE (package/pkg-download.mk),
// with wget printing `--<date> <time>--  <url>` for each try (git, curl and the others print
// their URL too), and refuses a file that does not match the package's .hash
// (support/download/check-hash: `ERROR: <file> has wrong sha256 hash:`); the build log names
// the package, not what to do about it.
import type { BuildFailure } from './build.js'
import { echo } from '../util/text.js'

const URL = /\b(?:https?|ftps?|git|svn|scp|sftp):\/\/[^\s'"<>]+/g
const WRONG_HASH = /^ERROR: (\S+) has wrong (\w+) hash:/

/** The URLs the failing download tried, in order, each once. */
export function triedUrls(lines: string[]): string[] {
  const urls = lines.flatMap(line => line.match(URL) ?? [])
  return [...new Set(urls.map(url => url.replace(/[.,;:)]+$/, '')))]
}

/** The download sites of the run, as shown (credentials masked). */
export interface DownloadSites {
  mirror?: string
  mirrorOnly: boolean
}

export function describeDownloadFailure(
  failure: BuildFailure,
  dlDir: string,
  sites: DownloadSites = { mirrorOnly: false }
): string {
  const urls = triedUrls(failure.lastLines)
  const tried = urls.length
    ? `Tried: ${urls
        .slice(0, 5)
        .map(url => echo(url))
        .join(', ')}${urls.length > 5 ? ', ...' : ''}.`
    : 'The log above shows what was tried.'
  const wrong = failure.lastLines.map(line => WRONG_HASH.exec(line)).find(Boolean)
  const lines = [
    `Buildroot could not download the sources of ${failure.package ?? 'a package'}. ${tried}`
  ]
  if (wrong) {
    lines.push(
      `A site served ${echo(wrong[1])} with the wrong ${wrong[2]} (its package's .hash says otherwise): a damaged or different file${sites.mirror ? `, e.g. on the mirror ${sites.mirror}: replace it there (buildroot-k8s mirror fills a folder with checked files only)` : ''}.`
    )
  }
  if (sites.mirrorOnly) {
    lines.push(
      `Ways out: put the file on the mirror ${sites.mirror ?? ''} (download-mirror-only: no other site is tried), or drop download-mirror-only;`
    )
  } else {
    lines.push(
      'Ways out: check that this machine reaches those hosts (network, proxy, DNS);',
      'or point Buildroot at a mirror that has the file with the input download-mirror (BR2_PRIMARY_SITE, tried first; backup-site, sources.buildroot.net by default, is tried last);'
    )
  }
  lines.push(
    `or put the file into the download folder ${dlDir} (a dl/ cache restored from an earlier build holds it) and run again.`
  )
  return lines.join('\n')
}
