// ccache as Buildroot runs it. Buildroot exports BR_CACHE_DIR (from BR2_CCACHE_DIR) and its
// host-ccache reads that instead of CCACHE_DIR (package/ccache/ccache.mk patches Config.cpp); it
// puts ccache in front of the host compiler (HOSTCC = $(CCACHE) $(HOSTCC_NOCCACHE)) and of the
// cross compiler (toolchain/toolchain-wrapper.c execs ccache with the environment it was given,
// adding only CCACHE_COMPILERCHECK and CCACHE_BASEDIR). Its Makefile unexports no CCACHE_*
// variable, so every other ccache setting reaches every compiler call through make's
// environment: remote storage (CCACHE_REMOTE_STORAGE, CCACHE_REMOTE_ONLY) and the stats log
// (CCACHE_STATSLOG), which records the counters of each call: this build's own, whatever the
// restored cache's counters say. Buildroot's host-ccache is built with hiredis and cpp-httplib
// (package/ccache/ccache.mk: DEP_HIREDIS, DEP_CPPHTTPLIB): 4.10.2 in 2025.02.16, 4.12.3 in
// 2026.02.3; the same holds for both trees' Makefile and toolchain wrapper.
import fs from 'node:fs'
import type { RemoteStorage } from '../inputs/urls.js'
import { errorMessage } from '../util/errors.js'
import { whyNotWritable } from '../util/fs.js'
import { httpStatus, redisPing } from '../util/net.js'

export interface CcacheSettings {
  remote: RemoteStorage[]
  remoteOnly: boolean
  /** Where each compiler call appends its counters. */
  statsLog: string
}

/**
 * ccache's settings for every compiler call of the build. remote_only is set either way: ccache
 * refuses "false" as a value (CCACHE_REMOTE_ONLY takes only true; false is CCACHE_NOREMOTE_ONLY),
 * and a ccache.conf in the cache folder must not turn it on behind the input's back.
 */
export function ccacheEnvironment(settings: CcacheSettings): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { CCACHE_STATSLOG: settings.statsLog }
  if (!settings.remote.length) return env
  return {
    ...env,
    CCACHE_REMOTE_STORAGE: settings.remote.map(remote => remote.url).join(' '),
    CCACHE_REMOTE_ONLY: settings.remoteOnly ? 'true' : undefined,
    CCACHE_NOREMOTE_ONLY: settings.remoteOnly ? undefined : 'true'
  }
}

/** This build's ccache counters, from the stats log. */
export interface CcacheStats {
  /** Compiler calls ccache saw (each one entry of the stats log). */
  calls: number
  /** Results taken from a cache (direct or preprocessed mode, either storage). */
  hits: number
  /** Results compiled, then stored. */
  misses: number
  local: { hits: number; misses: number }
  remote: { hits: number; misses: number; errors: number; timeouts: number }
}

/**
 * The stats log: for each compiler call a line `# <input file>`, then the ID of each counter
 * the call raised, one a line (ccache's test/suites/stats_log.bash; the IDs are those of
 * `ccache --print-stats`: local_storage_* and remote_storage_*, as 4.7 and later name them).
 */
export function parseStatsLog(text: string): CcacheStats {
  const counts = new Map<string, number>()
  let calls = 0
  for (const line of text.split('\n')) {
    if (line.startsWith('# ')) calls += 1
    else if (line.trim()) counts.set(line.trim(), (counts.get(line.trim()) ?? 0) + 1)
  }
  const count = (id: string): number => counts.get(id) ?? 0
  return {
    calls,
    hits: count('direct_cache_hit') + count('preprocessed_cache_hit'),
    misses: count('cache_miss'),
    local: { hits: count('local_storage_hit'), misses: count('local_storage_miss') },
    remote: {
      hits: count('remote_storage_hit'),
      misses: count('remote_storage_miss'),
      errors: count('remote_storage_error'),
      timeouts: count('remote_storage_timeout')
    }
  }
}

/** The counters of a build, or undefined when no compiler call went through ccache. */
export function readStatsLog(file: string): CcacheStats | undefined {
  return fs.existsSync(file) ? parseStatsLog(fs.readFileSync(file, 'utf8')) : undefined
}

/** Whether a backend answered: yes, no (and why), or not asked (and why). */
export type Probe = { reachable: true } | { reachable: false | undefined; why: string }

const PROBE_TIMEOUT_MS = 5000

/** The user and password of a URL's userinfo, as ccache reads them for its backend. */
function userinfo(remote: RemoteStorage): { user?: string; password?: string } {
  const given = /^[^:]+:\/\/([^/?#]*)@/.exec(remote.location)?.[1]
  if (given === undefined) return {}
  const colon = given.indexOf(':')
  // redis://PASSWORD@HOST: a lone name is the password (ccache's manual, "Redis storage backend").
  if (colon < 0)
    return remote.kind === 'http'
      ? { user: decodeURIComponent(given) }
      : { password: decodeURIComponent(given) }
  return {
    user: decodeURIComponent(given.slice(0, colon)) || undefined,
    password: decodeURIComponent(given.slice(colon + 1))
  }
}

/**
 * Asks a backend what ccache will ask it, once, before the build: a Redis server AUTH and PING,
 * an HTTP server a HEAD of its URL (any answer but 401, 403 or 5xx is one), a file: folder
 * whether it can be written. Sharded URLs (`*`) name no single server and are not asked.
 */
export async function probeRemoteStorage(remote: RemoteStorage): Promise<Probe> {
  if (remote.location.includes('*')) {
    return { reachable: undefined, why: 'sharded (shards=...): each shard is asked by ccache' }
  }
  const url = new URL(remote.location)
  try {
    if (remote.kind === 'redis' || remote.kind === 'redis+unix') {
      const target =
        remote.kind === 'redis'
          ? { host: url.hostname, port: Number(url.port || 6379) }
          : { path: url.pathname }
      await redisPing(target, userinfo(remote), PROBE_TIMEOUT_MS)
    } else if (remote.kind === 'http') {
      const token = remote.attributes.get('bearer-token')
      const status = await httpStatus(remote.location, {
        timeoutMs: PROBE_TIMEOUT_MS,
        headers: token ? { Authorization: `Bearer ${token}` } : undefined
      })
      if (status === 401 || status === 403) {
        return { reachable: false, why: `it refused the credentials (HTTP ${status})` }
      }
      if (status >= 500) return { reachable: false, why: `it answered HTTP ${status}` }
    } else {
      const why = whyNotWritable(url.pathname)
      if (why) return { reachable: false, why: `the folder cannot be written (${why.code})` }
    }
  } catch (error) {
    return { reachable: false, why: errorMessage(error) }
  }
  return { reachable: true }
}

/**
 * The one warning about remote storage a build gets: a backend that did not answer before the
 * build was said then; errors during the build (a server that went away) are said after it,
 * with how many compiler calls they touched. ccache itself goes on with the local cache.
 */
export function remoteErrorWarning(
  stats: CcacheStats,
  shown: string[],
  warnedBefore: boolean
): string | undefined {
  const failed = stats.remote.errors + stats.remote.timeouts
  if (!failed || warnedBefore) return undefined
  const what = [
    stats.remote.errors && `${stats.remote.errors} error(s)`,
    stats.remote.timeouts && `${stats.remote.timeouts} timeout(s)`
  ]
    .filter(Boolean)
    .join(' and ')
  return (
    `ccache's remote storage (${shown.join(' ')}) failed during the build: ${what} in ${stats.calls} compiler call(s). ` +
    'ccache compiled those without it, with the local cache, and the build went on; the results it could not store are compiled again by the next build. Check the server.'
  )
}
