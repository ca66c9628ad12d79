// What the action gives ccache through Buildroot's make, and what it reads back: the counters of
// this build from ccache's stats log, and the one warning a failing remote gets.
import { describe, expect, it } from '@jest/globals'
import { ccacheEnvironment, parseStatsLog, remoteErrorWarning } from '../../src/buildroot/ccache.js'
import { parseRemoteStorage } from '../../src/inputs/urls.js'

describe('ccacheEnvironment', () => {
  const remote = parseRemoteStorage('redis://pw@cache.lan http://cache.lan/c|layout=flat')

  it('passes the backends as one space-separated remote_storage, and remote_only either way', () => {
    expect(ccacheEnvironment({ remote, remoteOnly: false, statsLog: '/o/stats.log' })).toEqual({
      CCACHE_STATSLOG: '/o/stats.log',
      CCACHE_REMOTE_STORAGE: 'redis://pw@cache.lan http://cache.lan/c|layout=flat',
      CCACHE_REMOTE_ONLY: undefined,
      // ccache takes only true for CCACHE_REMOTE_ONLY; "off" is this variable.
      CCACHE_NOREMOTE_ONLY: 'true'
    })
    expect(ccacheEnvironment({ remote, remoteOnly: true, statsLog: '/o/stats.log' })).toMatchObject(
      {
        CCACHE_REMOTE_ONLY: 'true',
        CCACHE_NOREMOTE_ONLY: undefined
      }
    )
  })

  it('without remote storage leaves ccache as the environment has it, with the stats log', () => {
    expect(ccacheEnvironment({ remote: [], remoteOnly: false, statsLog: '/o/s' })).toEqual({
      CCACHE_STATSLOG: '/o/s'
    })
  })
})

/** A stats log as ccache 4.7 wrote it for four calls (one miss, two local hits, one remote error). */
const LOG = `# a.c
cache_miss
direct_cache_miss
local_storage_miss
local_storage_read_miss
local_storage_read_miss
local_storage_write
local_storage_write
preprocessed_cache_miss
remote_storage_miss
# a.c
direct_cache_hit
local_storage_hit
local_storage_read_hit
local_storage_read_hit
# b.c
direct_cache_miss
local_storage_miss
remote_storage_hit
preprocessed_cache_hit
# a.c
direct_cache_miss
local_storage_hit
local_storage_read_hit
local_storage_read_miss
local_storage_write
preprocessed_cache_hit
remote_storage_error
`

describe('parseStatsLog', () => {
  it('counts calls, hits and misses, local and remote, from the counter IDs of each call', () => {
    expect(parseStatsLog(LOG)).toEqual({
      calls: 4,
      hits: 3,
      misses: 1,
      local: { hits: 2, misses: 2 },
      remote: { hits: 1, misses: 1, errors: 1, timeouts: 0 }
    })
    expect(parseStatsLog('')).toMatchObject({ calls: 0, hits: 0, misses: 0 })
  })
})

describe('remoteErrorWarning', () => {
  const stats = parseStatsLog(LOG)
  it('says once how many calls the remote failed, unless a warning came before the build', () => {
    expect(remoteErrorWarning(stats, ['redis://***@cache.lan'], false)).toBe(
      "ccache's remote storage (redis://***@cache.lan) failed during the build: 1 error(s) in 4 compiler call(s). ccache compiled those without it, with the local cache, and the build went on; the results it could not store are compiled again by the next build. Check the server."
    )
    expect(remoteErrorWarning(stats, ['redis://***@cache.lan'], true)).toBeUndefined()
    expect(remoteErrorWarning(parseStatsLog('# a.c\ncache_miss\n'), [], false)).toBeUndefined()
  })
})
