// The inputs of bigger builds: ccache's remote storage and the download sites are checked when
// the run starts, shown with their credentials masked, and the credentials are collected for
// the masks; a typo never reaches ccache (which would stop every compile, printing the URL).
import { describe, expect, it } from '@jest/globals'
import {
  parseInputs,
  secretsOf,
  type InputContext,
  type RawInputs
} from '../../src/inputs/schema.js'

const warnings: string[] = []
const notices: string[] = []
const context: InputContext = {
  configDir: '/action/configs',
  workDir: '/runner/temp',
  baseDir: '/workspace',
  warn: message => warnings.push(message),
  notice: message => notices.push(message)
}
const parse = (raw: RawInputs) => parseInputs({ target: 'amd64', ...raw }, context)
const remote = (value: string) => parse({ 'ccache-remote-storage': value }).ccacheRemoteStorage

describe('ccache-remote-storage', () => {
  it("takes ccache's backends, several separated by spaces, each passed on as written", () => {
    const backends = remote(
      'redis://cache.lan redis+unix:/run/redis.sock  http://cache.lan:8080/ccache|layout=flat file:/srv/ccache'
    )
    expect(backends.map(b => [b.kind, b.url])).toEqual([
      ['redis', 'redis://cache.lan'],
      ['redis+unix', 'redis+unix:/run/redis.sock'],
      ['http', 'http://cache.lan:8080/ccache|layout=flat'],
      ['file', 'file:/srv/ccache']
    ])
    expect(backends[2].attributes).toEqual(new Map([['layout', 'flat']]))
    expect(backends.every(b => b.secrets.length === 0)).toBe(true)
  })

  it('shows credentials as *** and keeps them, as written and decoded, for the masks', () => {
    const [redis, http, token] = remote(
      'redis://p4ss%40word@cache.lan:6379/0 http://user:pw-123@cache.lan/c http://cache.lan|bearer-token=tok-456|connect-timeout=50'
    )
    expect(redis.shown).toBe('redis://***@cache.lan:6379/0')
    expect(redis.secrets).toEqual(['p4ss%40word', 'p4ss@word'])
    expect(http.shown).toBe('http://***@cache.lan/c')
    expect(http.secrets).toEqual(['pw-123', 'pw-123'])
    expect(token.shown).toBe('http://cache.lan|bearer-token=***|connect-timeout=50')
    expect(token.secrets).toContain('tok-456')
    const inputs = parse({
      'ccache-remote-storage': 'redis://a-secret@h',
      'download-mirror': 'https://u:mirror-secret@mirror.lan/br',
      'backup-site': 'https://backup-secret@backup.lan'
    })
    expect(secretsOf(inputs)).toEqual(
      expect.arrayContaining(['a-secret', 'mirror-secret', 'backup-secret'])
    )
  })

  it('refuses what ccache cannot use, saying why, without printing the password', () => {
    const refusals: [string, RegExp][] = [
      ['https://pw1@cache.lan/c', /uses https, which ccache's HTTP storage does not speak/],
      ['s3://bucket', /has the scheme s3:, which ccache does not know/],
      ['redis://pw2@cache.lan:notaport', /is not a valid URL \(a port must be a number/],
      ['redis+unix:relative.sock', /names no absolute path/],
      ['cache.lan:6379', /has the scheme cache\.lan:, which ccache does not know/],
      ['http://pw3@h|=x', /the attribute "=x" of http:\/\/\*\*\*@h is not key=value or key/]
    ]
    for (const [value, why] of refusals) {
      let message = ''
      try {
        remote(value)
      } catch (error) {
        message = (error as Error).message
      }
      expect({ value, message }).toEqual({ value, message: expect.stringMatching(why) })
      expect(message).not.toMatch(/pw\d/)
    }
  })

  it('ccache-remote-only needs a remote storage; without one (a secret not given) the local cache is used, with a warning', () => {
    expect(
      parse({ 'ccache-remote-storage': 'redis://h', 'ccache-remote-only': 'true' }).ccacheRemoteOnly
    ).toBe(true)
    warnings.length = 0
    expect(parse({ 'ccache-remote-only': 'true' }).ccacheRemoteOnly).toBe(false)
    expect(warnings).toEqual([
      'ccache-remote-only is true, but ccache-remote-storage is empty (a secret this run is not given?): the local ccache is used.'
    ])
  })
})

describe('download-mirror, download-mirror-only, backup-site', () => {
  it('takes the sites Buildroot can download from, without a trailing slash', () => {
    expect(parse({ 'download-mirror': 'https://mirror.lan/buildroot/' }).downloadMirror).toEqual({
      url: 'https://mirror.lan/buildroot',
      shown: 'https://mirror.lan/buildroot',
      secrets: []
    })
    expect(parse({ 'download-mirror': 'scp://me@files.lan:/srv/dl' }).downloadMirror?.shown).toBe(
      'scp://***@files.lan:/srv/dl'
    )
    expect(parse({ 'download-mirror': 'file:///srv/mirror' }).downloadMirror?.url).toBe(
      'file:///srv/mirror'
    )
    for (const [value, why] of [
      ['mirror.lan/br', /is not a download site Buildroot can use/],
      ['file://srv/mirror', /is not of the form file:\/\/\/ABSOLUTE\/PATH/],
      ['scp://files.lan/srv', /is not of the form scp:\/\/\[USER@\]HOST:PATH/],
      ['https://:8080/x', /is not a valid URL|names no host/]
    ] as const) {
      expect(() => parse({ 'download-mirror': value })).toThrow(why)
    }
  })

  it('download-mirror-only without a mirror downloads from the packages’ sites, with a warning', () => {
    expect(
      parse({ 'download-mirror': 'https://m.lan', 'download-mirror-only': 'true' })
        .downloadMirrorOnly
    ).toBe(true)
    warnings.length = 0
    expect(parse({ 'download-mirror-only': 'true' }).downloadMirrorOnly).toBe(false)
    expect(warnings).toHaveLength(1)
  })

  it("backup-site: Buildroot's by default, none, or a site", () => {
    expect(parse({}).backupSite).toBe('default')
    expect(parse({ 'backup-site': 'None' }).backupSite).toBe('none')
    expect(parse({ 'backup-site': 'https://b.lan/' }).backupSite).toMatchObject({
      url: 'https://b.lan'
    })
    notices.length = 0
    parse({
      'download-mirror': 'https://m.lan',
      'download-mirror-only': 'true',
      'backup-site': 'none'
    })
    expect(notices).toEqual([
      'backup-site is set, but download-mirror-only is true: Buildroot then tries no site but download-mirror.'
    ])
  })
})

describe('free-disk-space and parallel-build', () => {
  it('free-disk-space: auto by default, YAML booleans, nothing else', () => {
    expect(parse({}).freeDiskSpace).toBe('auto')
    expect(parse({ 'free-disk-space': 'TRUE' }).freeDiskSpace).toBe('true')
    expect(parse({ 'free-disk-space': 'false' }).freeDiskSpace).toBe('false')
    expect(() => parse({ 'free-disk-space': 'yes' })).toThrow(
      'free-disk-space "yes" is not valid: use auto, true or false'
    )
  })

  it('parallel-build: off or per-package', () => {
    expect(parse({}).parallelBuild).toBe('off')
    expect(parse({ 'parallel-build': 'per-package' }).parallelBuild).toBe('per-package')
    expect(() => parse({ 'parallel-build': 'per-pakage' })).toThrow(/did you mean per-package/)
  })
})
