// URLs the user hands over for a bigger build: ccache's remote storage (ccache-remote-storage)
// and Buildroot's download sites (download-mirror, backup-site). Each is checked here, so that a
// typo fails in the first second rather than in every compiler call (ccache stops a compile on
// a URL it cannot parse, printing the URL), and each carries the form logs show: credentials
// replaced by ***, with the credentials themselves kept for the masks (platform/masking.ts).
import { MASK } from '../util/secrets.js'
import { InputError } from './values.js'

/** A URL as the action passes it on, and as it shows it. */
export interface GivenUrl {
  /** As given: what ccache or Buildroot gets. */
  url: string
  /** As logs and the summary show it: credentials replaced by ***. */
  shown: string
  /** The credentials it holds, in each spelling that may be printed (as written, decoded). */
  secrets: string[]
}

/** ccache's remote storage backends (its manual, "Remote storage backends"). */
export const REMOTE_STORAGE_KINDS = ['redis', 'redis+unix', 'http', 'file'] as const
export type RemoteStorageKind = (typeof REMOTE_STORAGE_KINDS)[number]

export interface RemoteStorage extends GivenUrl {
  kind: RemoteStorageKind
  /** The URL without its |attributes. */
  location: string
  attributes: Map<string, string>
}

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * Splits the userinfo (`user:password@`) off a URL: ccache's Redis backend reads a lone name as
 * the password (redis://PASSWORD@HOST), HTTP sends it as the user of basic authentication;
 * either way it is masked, and so is a password. The user name before a colon is shown masked
 * but not hunted for elsewhere (it is often a common word such as "default").
 */
function credentials(location: string): { shown: string; secrets: string[] } {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)@/i.exec(location)
  if (!match) return { shown: location, secrets: [] }
  const userinfo = match[2]
  const colon = userinfo.indexOf(':')
  const secret = colon >= 0 ? userinfo.slice(colon + 1) : userinfo
  return {
    shown: `${match[1]}${MASK}@${location.slice(match[0].length)}`,
    secrets: secret ? [secret, decode(secret)] : []
  }
}

const SECRET_ATTRIBUTES = ['bearer-token']

/** One backend of ccache-remote-storage: URL|attribute|key=value... */
function parseRemoteStorageEntry(entry: string): RemoteStorage {
  const [location, ...attributeTexts] = entry.split('|')
  const { shown: shownLocation, secrets } = credentials(location)
  const attributes = new Map<string, string>()
  const shownAttributes: string[] = []
  for (const text of attributeTexts) {
    const match = /^([a-z][a-z0-9-]*)(?:=(.*))?$/.exec(text)
    if (!match) {
      throw new InputError(
        `ccache-remote-storage: the attribute ${JSON.stringify(SECRET_ATTRIBUTES.some(a => text.startsWith(`${a}=`)) ? `${text.split('=')[0]}=${MASK}` : text)} of ${shownLocation} is not key=value or key (ccache's manual, "Remote storage backends")`
      )
    }
    const [, key, value = 'true'] = match
    attributes.set(key, value)
    if (SECRET_ATTRIBUTES.includes(key)) {
      secrets.push(value, decode(value))
      shownAttributes.push(`${key}=${MASK}`)
    } else {
      shownAttributes.push(text)
    }
  }
  const shown = [shownLocation, ...shownAttributes].join('|')
  const refuse = (why: string): never => {
    throw new InputError(`ccache-remote-storage ${shown} ${why}`)
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(location)?.[1].toLowerCase()
  if (!scheme) {
    refuse(
      'is not a URL: write redis://HOST, redis+unix:/SOCKET, http://HOST/PATH or file:/DIRECTORY'
    )
  }
  if (scheme === 'https') {
    refuse(
      'uses https, which ccache\'s HTTP storage does not speak (its manual: "HTTPS is not supported"): use http:// to a server on a trusted network, or a redis:// server'
    )
  }
  const kind = REMOTE_STORAGE_KINDS.find(k => k === scheme)
  if (!kind) {
    refuse(
      `has the scheme ${scheme}:, which ccache does not know: use one of ${REMOTE_STORAGE_KINDS.map(k => `${k}:`).join(', ')}`
    )
  }
  let url: URL
  try {
    url = new URL(location)
  } catch {
    return refuse(
      'is not a valid URL (a port must be a number from 1 to 65535; characters such as space, % and | in a password must be percent-encoded)'
    )
  }
  if ((kind === 'redis' || kind === 'http') && !url.hostname) {
    refuse(`names no host: write ${kind}://HOST[:PORT]`)
  }
  if ((kind === 'redis+unix' || kind === 'file') && !url.pathname.startsWith('/')) {
    refuse(`names no absolute path: write ${kind}:/ABSOLUTE/PATH`)
  }
  return { kind: kind as RemoteStorageKind, url: entry, location, shown, secrets, attributes }
}

/** ccache-remote-storage: backends separated by spaces, as ccache's remote_storage option. */
export function parseRemoteStorage(value: string): RemoteStorage[] {
  return value
    .split(/\s+/)
    .filter(Boolean)
    .map(entry => parseRemoteStorageEntry(entry))
}

/** What Buildroot can download a source from (its Config.in, BR2_PRIMARY_SITE's help). */
const SITE_SCHEMES = ['http', 'https', 'ftp', 'ftps', 'scp', 'file']

/**
 * A download site: an http(s):// or ftp(s):// URL, scp://[user@]host:path, or file:///path of a
 * folder, without a trailing slash (Buildroot appends /<file> and /<package>/<file>).
 */
export function parseSiteUrl(value: string, name: string): GivenUrl {
  const trimmed = value.replace(/\/+$/, '')
  const { shown, secrets } = credentials(trimmed)
  const refuse = (why: string): never => {
    throw new InputError(`${name} ${shown} ${why}`)
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed)?.[1].toLowerCase()
  if (!scheme || !SITE_SCHEMES.includes(scheme)) {
    refuse(
      'is not a download site Buildroot can use: write https://HOST/PATH (or http, ftp, ftps), scp://[USER@]HOST:PATH or file:///ABSOLUTE/PATH'
    )
  }
  if (scheme === 'scp') {
    if (!/^scp:\/\/([^@/]+@)?[^:/@]+:.+$/.test(trimmed)) {
      refuse("is not of the form scp://[USER@]HOST:PATH (Buildroot's BR2_PRIMARY_SITE help)")
    }
  } else if (scheme === 'file') {
    if (!trimmed.startsWith('file:///')) refuse('is not of the form file:///ABSOLUTE/PATH')
  } else {
    let host: string
    try {
      host = new URL(trimmed).hostname
    } catch {
      return refuse('is not a valid URL')
    }
    if (!host) refuse('names no host')
  }
  return { url: trimmed, shown, secrets }
}
