// What to say when Buildroot cannot download a source. Buildroot's dl-wrapper tries
// BR2_PRIMARY_SITE, then the package's own site, then BR2_BACKUP_SITE (package/pkg-download.mk),
// with wget printing `--<date> <time>--  <url>` for each try (git, curl and the others print
// their URL too); the build log names the package, not what to do about it.
import type { BuildFailure } from './build.js'
import { echo } from '../util/text.js'

const URL = /\b(?:https?|ftps?|git|svn|scp|sftp):\/\/[^\s'"<>]+/g

/** The URLs the failing download tried, in order, each once. */
export function triedUrls(lines: string[]): string[] {
  const urls = lines.flatMap(line => line.match(URL) ?? [])
  return [...new Set(urls.map(url => url.replace(/[.,;:)]+$/, '')))]
}

export function describeDownloadFailure(failure: BuildFailure, dlDir: string): string {
  const urls = triedUrls(failure.lastLines)
  const tried = urls.length
    ? `Tried: ${urls
        .slice(0, 5)
        .map(url => echo(url))
        .join(', ')}${urls.length > 5 ? ', ...' : ''}.`
    : 'The log above shows what was tried.'
  return [
    `Buildroot could not download the sources of ${failure.package ?? 'a package'}. ${tried}`,
    'Ways out: check that this machine reaches those hosts (network, proxy, DNS);',
    'or point Buildroot at a mirror that has the file with the input download-mirror (BR2_PRIMARY_SITE, tried first; backup-site, sources.buildroot.net by default, is tried last);',
    `or put the file into the download folder ${dlDir} (a dl/ cache restored from an earlier build holds it) and run again.`
  ].join('\n')
}
