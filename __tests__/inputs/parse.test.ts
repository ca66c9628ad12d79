import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parseInputs, type RawInputs } from '../../src/inputs/schema.js'

const defaults = { configDir: '/action/configs', workDir: '/runner/temp', baseDir: '/workspace' }
const parse = (raw: RawInputs) => parseInputs(raw, defaults)

describe('parseInputs', () => {
  it('fills the documented defaults', () => {
    expect(parse({ target: 'arm64' })).toEqual({
      target: 'arm64',
      runtime: 'containerd',
      mode: 'build',
      buildrootVersion: '2026.02.3',
      buildrootSrc: undefined,
      buildrootPatches: { kind: 'default' },
      linuxSrc: undefined,
      configDir: '/action/configs',
      br2External: [],
      configFragment: '',
      outputDir: '/runner/temp/buildroot-k8s-arm64',
      cache: 'read-write',
      ccacheMaxSize: '3G',
      ccacheRemoteStorage: [],
      ccacheRemoteOnly: false,
      downloadMirror: undefined,
      downloadMirrorOnly: false,
      backupSite: 'default',
      freeDiskSpace: 'auto',
      jobs: os.availableParallelism() + 1,
      parallelBuild: 'off',
      compressionLevel: 6,
      upload: true,
      artifactName: 'buildroot-k8s-arm64',
      retentionDays: undefined,
      timeLimitSeconds: undefined,
      rebuild: 'auto',
      cveReport: 'report',
      sizeChangeWarning: 10,
      smokeTest: 'auto',
      smokeTestLevel: 'basic'
    })
  })

  it('gives a CRI-O image names of its own: output folder and artifact (containerd keeps the first names)', () => {
    const crio = parse({ target: 'amd64', runtime: 'cri-o' })
    expect([crio.runtime, crio.outputDir, crio.artifactName]).toEqual([
      'cri-o',
      '/runner/temp/buildroot-k8s-amd64-cri-o',
      'buildroot-k8s-amd64-cri-o'
    ])
    // A matrix of target x runtime: four jobs, four artifacts, four output folders.
    const names = ['amd64', 'arm64'].flatMap(target =>
      ['containerd', 'cri-o'].map(runtime => parse({ target, runtime }).artifactName)
    )
    expect(new Set(names).size).toBe(4)
    // An explicit name stays as given.
    expect(parse({ target: 'amd64', runtime: 'cri-o', 'artifact-name': 'mine' }).artifactName).toBe(
      'mine'
    )
  })

  it.each([
    ['crio', 'did you mean cri-o?'],
    ['docker', 'did you mean containerd?'],
    ['podman', 'use one of containerd, cri-o']
  ])('refuses runtime %s, saying what to write', (value, says) => {
    expect(() => parse({ target: 'amd64', runtime: value })).toThrow(
      `runtime "${value}" is not valid: `
    )
    expect(() => parse({ target: 'amd64', runtime: value })).toThrow(says)
  })

  it('takes artifact names up to what GitHub and the -build-log artifact allow', () => {
    expect(parse({ target: 'amd64', 'artifact-name': 'x'.repeat(246) }).artifactName).toHaveLength(
      246
    )
  })

  it('takes retention up to the repository setting when that is longer than 90 days', () => {
    expect(
      parseInputs(
        { target: 'amd64', 'retention-days': '200' },
        { ...defaults, maxRetentionDays: 400 }
      ).retentionDays
    ).toBe(200)
    expect(() =>
      parseInputs(
        { target: 'amd64', 'retention-days': '401' },
        { ...defaults, maxRetentionDays: 400 }
      )
    ).toThrow("from 1 to 400 (this repository's artifact retention setting)")
  })

  it.each([
    ['345', 345 * 60],
    ['5h45m', 345 * 60],
    ['5h 45m', 345 * 60],
    ['2h', 2 * 3600],
    ['90m', 90 * 60],
    ['90 min', 90 * 60]
  ])('reads time-limit %s', (value, seconds) => {
    expect(parse({ target: 'amd64', 'time-limit': value }).timeLimitSeconds).toBe(seconds)
  })

  it('shows a long or binary value capped and escaped, never whole', () => {
    const huge = `\x1b[31m${'A'.repeat(5_000_000)}`
    let message = ''
    try {
      parse({ target: 'amd64', mode: huge })
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/^mode "\\x1b\[31mA+… \(4999808 more characters\)" is not valid/)
    expect(message.length).toBeLessThan(400)
  })
})

describe('output-dir', () => {
  const at = (dir: string, extra: RawInputs = {}) =>
    parseInputs(
      { target: 'amd64', 'output-dir': dir, ...extra },
      { ...defaults, actionDir: '/action' }
    )

  it.each([
    ['/', 'is a folder shared by many things'],
    ['/etc', 'is a system folder'],
    ['/usr/lib/build', 'is inside the system folder /usr/lib'],
    ['/tmp', 'is a folder shared by many things'],
    [os.homedir(), 'is a folder shared by many things'],
    ['/workspace', 'is the workspace'],
    ['.', 'is the workspace'],
    ['/', 'is a folder shared by many things'],
    ['/action', "is the action's own folder"],
    ['/action/configs', 'is config-dir'],
    ['/action/configs/amd64', 'is the amd64 config folder'],
    [
      '/action/configs/amd64/out',
      'is inside the amd64 config folder (/action/configs/amd64), which is only read'
    ],
    ['my-configs', 'is config-dir', { 'config-dir': 'my-configs' }],
    ['/srv/build', 'holds config-dir (/srv/build/configs)', { 'config-dir': '/srv/build/configs' }],
    ['/srv/br', 'is buildroot-src', { 'buildroot-src': '/srv/br' }],
    ['/srv', 'is a folder shared by many things', { 'buildroot-src': '/srv/br' }],
    ['/opt/x', 'holds a br2-external tree (/opt/x/ext)', { 'br2-external': '/opt/x/ext' }]
  ])('refuses %s: it %s', (dir, why, extra: RawInputs = {}) => {
    expect(() => at(dir, extra)).toThrow(
      `${why}. Buildroot writes .config, build/, host/ and images/ straight into it`
    )
  })

  it('takes a folder of its own, in the workspace or elsewhere', () => {
    expect(at('output').outputDir).toBe('/workspace/output')
    expect(at('/mnt/build/amd64').outputDir).toBe('/mnt/build/amd64')
    expect(at('/action/out').outputDir).toBe('/action/out')
    // A repository whose root is config-dir builds in a folder of its own beside the configs.
    expect(at('build', { 'config-dir': '.' }).outputDir).toBe('/workspace/build')
  })

  it('takes compression-level as an xz preset', () => {
    expect(parse({ target: 'amd64', 'compression-level': '0' }).compressionLevel).toBe(0)
    expect(parse({ target: 'amd64', 'compression-level': ' 9 ' }).compressionLevel).toBe(9)
  })

  it('reads size-change-warning as a percentage, with or without %, or off', () => {
    expect(parse({ target: 'amd64', 'size-change-warning': '25%' }).sizeChangeWarning).toBe(25)
    expect(parse({ target: 'amd64', 'size-change-warning': '2.5' }).sizeChangeWarning).toBe(2.5)
    expect(parse({ target: 'amd64', 'size-change-warning': 'off' }).sizeChangeWarning).toBe(
      undefined
    )
  })

  it('resolves paths against the workspace and splits br2-external by line', () => {
    const inputs = parse({
      target: 'amd64',
      'buildroot-src': 'third_party/buildroot',
      'config-dir': 'my-configs',
      'br2-external': 'ext/one\n\n  /abs/two  \n'
    })
    expect(inputs.buildrootSrc).toBe('/workspace/third_party/buildroot')
    expect(inputs.configDir).toBe('/workspace/my-configs')
    expect(inputs.br2External).toEqual(['/workspace/ext/one', '/abs/two'])
  })

  it('reads buildroot-patches as a folder from the workspace, or none to turn the series off', () => {
    expect(parse({ target: 'amd64', 'buildroot-patches': 'patches' }).buildrootPatches).toEqual({
      kind: 'folder',
      dir: '/workspace/patches'
    })
    expect(parse({ target: 'amd64', 'buildroot-patches': ' None ' }).buildrootPatches).toEqual({
      kind: 'none'
    })
    // A folder that happens to be called none is still reachable.
    expect(parse({ target: 'amd64', 'buildroot-patches': './none' }).buildrootPatches).toEqual({
      kind: 'folder',
      dir: '/workspace/none'
    })
  })

  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false]
  ])('reads upload: %s as YAML 1.2 does, as GitHub does', (value, upload) => {
    expect(parse({ target: 'amd64', upload: value }).upload).toBe(upload)
  })

  it.each([
    ['false', 'off'],
    ['False', 'off'],
    ['off', 'off'],
    ['true', 'true'],
    ['auto', 'auto']
  ])('reads smoke-test: %s as %s, booleans as every input reads them', (value, mode) => {
    expect(parse({ target: 'amd64', 'smoke-test': value }).smokeTest).toBe(mode)
  })

  it.each([
    ['config-dir', 'my configs'],
    ['buildroot-src', 'build root'],
    ['output-dir', 'out put']
  ])('refuses a %s with a space, which Buildroot and the kernel split at', (name, dir) => {
    expect(() => parse({ target: 'amd64', [name]: dir })).toThrow(
      `${name} "/workspace/${dir}" holds a space, and Buildroot and the kernel build split paths at spaces: move it to a path without spaces.`
    )
  })

  it('takes linux-src only when it is a kernel tree, and not with a space', () => {
    const top = fs.mkdtempSync(path.join(os.tmpdir(), 'linux-src-'))
    try {
      const tree = path.join(top, 'linux 6.12')
      fs.mkdirSync(tree)
      expect(() => parse({ target: 'amd64', 'linux-src': tree })).toThrow(
        `linux-src "${tree}" is not a kernel source tree (no Makefile and Kconfig at its top)`
      )
      for (const name of ['Makefile', 'Kconfig']) fs.writeFileSync(path.join(tree, name), '')
      expect(() => parse({ target: 'amd64', 'linux-src': tree })).toThrow(
        `linux-src "${tree}" holds a space, and Buildroot and the kernel build split paths at spaces`
      )
      const plain = path.join(top, 'linux-6.12')
      fs.renameSync(tree, plain)
      expect(parse({ target: 'amd64', 'linux-src': plain }).linuxSrc).toBe(plain)
    } finally {
      fs.rmSync(top, { recursive: true, force: true })
    }
  })

  it('refuses an output folder inside buildroot-src, which is only read', () => {
    expect(() =>
      parse({
        target: 'amd64',
        'buildroot-src': '/src/buildroot',
        'output-dir': '/src/buildroot/output'
      })
    ).toThrow(
      'output-dir "/src/buildroot/output" is inside buildroot-src (/src/buildroot), which is only read'
    )
  })

  it('warns on a hosted runner when time-limit is past the 6 h a hosted job may run; notices on a self-hosted one', () => {
    const said: string[] = []
    const on = (runner: 'github-hosted' | 'self-hosted' | 'local') =>
      parseInputs(
        { target: 'amd64', 'time-limit': '7h' },
        {
          ...defaults,
          runner,
          warn: m => void said.push(`warning: ${m}`),
          notice: m => void said.push(`notice: ${m}`)
        }
      ).timeLimitSeconds
    expect(on('github-hosted')).toBe(7 * 3600)
    expect(said).toEqual([
      'warning: time-limit 7h is longer than the 6 h a GitHub-hosted runner gives a job: the runner ends the job first, without saving the caches. Set time-limit to 5h45m or less.'
    ])
    said.length = 0
    on('self-hosted')
    expect(said).toEqual([
      "notice: time-limit 7h is longer than 6 h: raise the job's timeout-minutes (default 360) above it too, or the job ends first."
    ])
    said.length = 0
    on('local')
    expect(said).toEqual([])
  })

  it.each([
    [{ target: '' }, 'target is required: use one of amd64, arm64'],
    [
      { target: 'x86_64' },
      'target "x86_64" is not valid: did you mean amd64? use one of amd64, arm64'
    ],
    [
      { target: 'aarch64' },
      'target "aarch64" is not valid: did you mean arm64? use one of amd64, arm64'
    ],
    [
      { target: 'amd46' },
      'target "amd46" is not valid: did you mean amd64? use one of amd64, arm64'
    ],
    [
      { target: 'amd64', mode: 'chek' },
      'mode "chek" is not valid: did you mean check? use one of build, check'
    ],
    [{ target: 'amd64', mode: 'lint' }, 'mode "lint" is not valid: use one of build, check'],
    [
      { target: 'amd64', cache: 'write' },
      'cache "write" is not valid: use one of read-write, read-only, off'
    ],
    [{ target: 'amd64', jobs: '0' }, 'jobs "0" must be a whole number from 1 to'],
    [
      { target: 'amd64', jobs: '100000' },
      `jobs "100000" must be a whole number from 1 to ${4 * os.availableParallelism()} (at most 4 per CPU`
    ],
    [
      { target: 'amd64', 'retention-days': '91' },
      'retention-days "91" must be a whole number from 1 to 90'
    ],
    [
      { target: 'amd64', 'retention-days': '0' },
      'retention-days "0" must be a whole number from 1 to 90'
    ],
    [
      { target: 'amd64', 'artifact-name': '..' },
      'artifact-name ".." is not a name: it would mean a folder'
    ],
    [{ target: 'amd64', 'artifact-name': 'x'.repeat(247) }, 'artifact-name is 247 characters long'],
    [
      { target: 'amd64', 'time-limit': '6 hours' },
      'time-limit "6 hours" is not a duration from 1 minute to 5 days'
    ],
    [{ target: 'amd64', 'time-limit': '0' }, 'time-limit "0" is not a duration'],
    [
      { target: 'amd64', 'br2-external': 'ext/one:ext/two' },
      'br2-external line "ext/one:ext/two" holds a colon, which Buildroot reads as a separator between trees'
    ],
    [{ target: 'amd64', 'br2-external': 'my ext' }, 'br2-external line "my ext" holds a space'],
    [
      { target: 'amd64', upload: 'maybe' },
      'upload "maybe" is not a boolean: write true or false (GitHub reads booleans as YAML 1.2: true, True, TRUE, false, False, FALSE)'
    ],
    // yes/no are YAML 1.1: GitHub reads them as strings, and so does every input here.
    [{ target: 'amd64', upload: 'yes' }, 'upload "yes" is not a boolean: write true or false'],
    [
      { target: 'amd64', 'smoke-test': 'yes' },
      'smoke-test "yes" is not valid: use auto, true or false'
    ],
    [
      { target: 'amd64', 'ccache-max-size': '0' },
      'ccache-max-size "0" is no size at all (ccache reads 0 as "no limit")'
    ],
    [{ target: 'amd64', 'ccache-max-size': '0M' }, 'ccache-max-size "0M" is no size at all'],
    [
      { target: 'amd64', 'compression-level': '10' },
      'compression-level "10" is not an xz preset: use a number from 0 (fastest, largest) to 9 (slowest, smallest)'
    ],
    [{ target: 'amd64', 'compression-level': '-9' }, 'compression-level "-9" is not an xz preset'],
    [
      { target: 'amd64', 'ccache-max-size': '3 GB' },
      'ccache-max-size "3 GB" is not a size such as 500M or 3G'
    ],
    [
      { target: 'amd64', 'buildroot-version': 'latest' },
      'buildroot-version "latest" is not a Buildroot release name'
    ],
    [
      { target: 'amd64', rebuild: 'never' },
      'rebuild "never" is not valid: use one of auto, always'
    ],
    [
      { target: 'amd64', 'cve-report': 'fail' },
      'cve-report "fail" is not valid: use one of off, report, fail-on-high'
    ],
    [
      { target: 'amd64', 'size-change-warning': 'ten percent' },
      'size-change-warning "ten percent" is not a percentage such as 10% (or off)'
    ],
    [
      { target: 'amd64', 'smoke-test-level': 'full' },
      'smoke-test-level "full" is not valid: use one of basic, cluster'
    ],
    [
      { target: 'amd64', 'artifact-name': 'images/amd64' },
      'artifact-name "images/amd64" contains "/", which artifact names cannot hold'
    ]
  ])('rejects %j with a message that says what to use', (raw, message) => {
    expect(() => parse(raw)).toThrow(message)
  })
})
