// The committed command-line bundle (dist/cli, what `npx buildroot-k8s` runs), on the
// Buildroot-shaped fixture: images land in the artifacts folder, checksums verify, the outputs
// are printed, two targets sharing one --cache-dir keep out of each other's way, a Ctrl-C
// stops make's whole tree and still saves ccache, and the flags are the action's inputs.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { CLI_OPTIONS } from '../src/entry/cli-options.js'
import { INPUTS } from '../src/inputs/schema.js'
import { alive } from './helpers/pipeline-harness.js'
import { createBuildrootFixture, type BuildrootFixture } from './helpers/buildroot-fixture.js'

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CLI = path.join(REPO, 'dist', 'cli', 'index.js')

let fx: BuildrootFixture
let cwd: string
beforeEach(() => {
  fx = createBuildrootFixture()
  cwd = fx.dir('cwd')
})
afterEach(() => fx.cleanup())

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** `buildroot-k8s <args>` in an empty current folder; `started` sees the child once it runs. */
function cli(
  args: string[],
  started?: (child: ChildProcess) => void,
  extraEnv: NodeJS.ProcessEnv = {}
): Promise<Run> {
  return new Promise(resolve => {
    // The fixture's build is tiny: the free-space check's real figures are tested in
    // pipeline-faults.test.ts.
    const env = { ...process.env, BUILDROOT_K8S_SPACE_CHECK: 'off', ...extraEnv }
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('close', code => resolve({ code, stdout, stderr }))
    started?.(child)
  })
}

/** `buildroot-k8s build --target <target>` with every folder under the fixture. */
const build = (target: string, extra: string[] = [], started?: (child: ChildProcess) => void) =>
  cli(
    [
      'build',
      '--target',
      target,
      '--buildroot-src',
      fx.buildrootDir,
      '--config-dir',
      fx.configDir,
      '--cache-dir',
      path.join(fx.root, 'cache'),
      '--artifacts-dir',
      path.join(fx.root, 'artifacts'),
      // The fixture's images are placeholders: the smoke stage has its own tests.
      '--smoke-test',
      'off',
      ...extra
    ],
    started
  )

it('builds both targets at once into one cache folder: images, verified checksums, outputs', async () => {
  const [amd64, arm64] = await Promise.all([
    build('amd64', ['--output-dir', path.join(fx.root, 'out-amd64')]),
    // The old spelling still works, and says what to write instead.
    build('arm64', ['--output', path.join(fx.root, 'out-arm64')])
  ])
  expect([amd64.code, arm64.code]).toEqual([0, 0])
  expect(arm64.stderr).toContain('buildroot-k8s: --output is an old spelling: write --output-dir.')

  for (const [target, image] of [
    ['amd64', 'buildroot-k8s-amd64.iso'],
    ['arm64', 'buildroot-k8s-arm64-sdcard.img.xz']
  ]) {
    const artifact = path.join(fx.root, 'artifacts', `buildroot-k8s-${target}`)
    expect(fs.readdirSync(artifact)).toContain(image)
    execFileSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: artifact })
  }
  expect(amd64.stdout).toMatch(/^images-dir=.*out-amd64\/artifact$/m)
  expect(amd64.stderr).toContain(`Summary: ${path.join(fx.root, 'out-amd64', 'summary.md')}`)
  expect(amd64.stderr).toMatch(new RegExp(`^buildroot-k8s on Node ${process.version} \\(`, 'm'))

  // Each target's dl/ still holds its own sources: saving one never pruned the other's.
  for (const target of ['amd64', 'arm64']) {
    const dl = path.join(fx.root, 'cache', 'work', target, 'dl')
    expect(fs.readdirSync(dl).sort()).toEqual(
      expect.arrayContaining(['containerd', 'kubernetes-node', 'linux', 'runc'])
    )
  }
})

it('mirror fills a folder from the dl/ cache entry a build left, with the files that pass their .hash', async () => {
  // .hash files for the fixture's packages (its printvars names package/<name>/<name>.hash),
  // but none for host-ccache.
  const mirrored = ['linux', 'systemd', 'runc', 'containerd', 'kubernetes-node']
  for (const name of mirrored) {
    const source = fs.readdirSync(fx.mirrorDir).find(file => file.startsWith(`${name}-`)) ?? ''
    const sha = execFileSync('sha256sum', [path.join(fx.mirrorDir, source)])
      .toString()
      .split(' ')[0]
    fs.mkdirSync(path.join(fx.buildrootDir, 'package', name), { recursive: true })
    fs.writeFileSync(
      path.join(fx.buildrootDir, 'package', name, `${name}.hash`),
      `sha256  ${sha}  ${source}\n`
    )
  }
  expect((await build('amd64')).code).toBe(0)
  const out = path.join(fx.root, 'mirror')
  const run = await cli([
    'mirror',
    '--target',
    'amd64',
    '--out',
    out,
    '--buildroot-src',
    fx.buildrootDir,
    '--config-dir',
    fx.configDir,
    '--cache-dir',
    path.join(fx.root, 'cache')
  ])
  expect(run.code).toBe(0)
  expect(run.stdout).toBe(`mirror=${out}\n`)
  expect(run.stderr).toContain(
    'host-ccache/host-ccache-1.0-fixture.tar.gz (host-ccache) is not mirrored: its package has no .hash file.'
  )
  expect(fs.readdirSync(out).sort()).toEqual(
    mirrored
      .map(name => `${name}-${name === 'linux' ? '6.12-fixture' : '1.0-fixture'}.tar.gz`)
      .sort()
  )
  execFileSync('sh', ['-c', `cd '${out}' && for f in *; do cmp "$f" '${fx.mirrorDir}'/"$f"; done`])
  const help = await cli(['mirror', '--help'])
  expect(help.stdout).toContain('--dl-dir DIR')
  expect(help.stdout).not.toContain('--smoke-test ')
})

it('writes one summary per run, in an output folder under the cache folder, and prints where the log went', async () => {
  const failed = await build('amd64', ['--config-fragment', 'BR2_PACKAGE_FIXTURE_BROKEN=y'])
  expect(failed.code).toBe(1)
  const log = path.join(fx.root, 'artifacts', 'buildroot-k8s-amd64-build-log', 'build.log')
  expect(failed.stderr).toContain(`The full build log was copied to ${log}.`)
  expect(failed.stderr).not.toMatch(/the artifact buildroot-k8s-amd64-build-log|main step/)

  const built = await build('amd64')
  expect(built.code).toBe(0)
  const output = path.join(fx.root, 'cache', 'output', 'buildroot-k8s-amd64')
  expect(built.stdout).toContain(`images-dir=${path.join(output, 'artifact')}`)
  const summary = fs.readFileSync(path.join(output, 'summary.md'), 'utf8')
  expect(summary.match(/^## /gm)).toEqual(['## '])
  expect(summary).toMatch(/^## ✅ Buildroot Kubernetes node image: amd64/)
  expect(summary).toContain('### Caches saved')
  expect(summary).not.toContain('What failed')
  // Nothing lands in the folder the command runs from.
  expect(fs.readdirSync(cwd)).toEqual([])
})

it('on Ctrl-C stops make and everything under it, writes the summary, saves ccache, and exits 1', async () => {
  const output = path.join(fx.root, 'out-amd64')
  const pidsFile = path.join(output, 'fixture-slow.pids')
  let pids: number[] = []
  const run = await build(
    'amd64',
    ['--output-dir', output, '--config-fragment', 'BR2_PACKAGE_FIXTURE_SLOW=y'],
    child => {
      // Once fixture-slow's shell and its children run, interrupt the CLI process alone, as a
      // terminal's Ctrl-C or the runner's cancel reaches it (make runs in its own group).
      const poll = setInterval(() => {
        const listed = fs.existsSync(pidsFile)
          ? fs.readFileSync(pidsFile, 'utf8').split('\n').filter(Boolean)
          : []
        if (listed.length === 4) {
          clearInterval(poll)
          pids = listed.map(Number)
          child.kill('SIGINT')
        }
      }, 50)
      child.on('close', () => clearInterval(poll))
    }
  )
  expect(pids).toHaveLength(4)
  expect(run.code).toBe(1)
  expect(pids.filter(alive)).toEqual([])
  expect(run.stderr).toContain('SIGINT: stopping the build; the caches are saved next')
  expect(run.stderr).toMatch(
    /error: Cancelled \(SIGINT\) after \d+ s of building, during fixture-slow 1\.0-fixture "Building" \(package 5 of 7\)/
  )
  const summary = fs.readFileSync(path.join(output, 'summary.md'), 'utf8')
  expect(summary).toMatch(/^## ⏹️ Cancelled: Buildroot Kubernetes node image: amd64/)
  expect(summary).toMatch(/\| ccache \| `buildroot-ccache-v1-amd64-[^`]+` \| saved \|/)
  expect(summary).toMatch(/\| dl\/ \| {2}\| not saved: 2 of 7 files missing \|/)
  const entries = fs.readdirSync(path.join(fx.root, 'cache', 'entries'))
  expect(entries).toEqual([expect.stringMatching(/^buildroot-ccache-v1-amd64-/)])
})

/** Once fixture-slow's shell and its two children run (their pids listed), calls `then`. */
function whenSlowPackageRuns(
  child: ChildProcess,
  pidsFile: string,
  then: (pids: number[]) => void
): void {
  const poll = setInterval(() => {
    const listed = fs.existsSync(pidsFile)
      ? fs.readFileSync(pidsFile, 'utf8').split('\n').filter(Boolean)
      : []
    if (listed.length === 4) {
      clearInterval(poll)
      then(listed.map(Number))
    }
  }, 50)
  child.on('close', () => clearInterval(poll))
}

/** Running processes whose command line mentions `text` (ps's own line left out). */
function processesWith(text: string): { pid: number; args: string }[] {
  return execFileSync('ps', ['-eo', 'pid=,stat=,args='], { encoding: 'utf8' })
    .split('\n')
    .map(line => /^\s*(\d+)\s+(\S+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && !m[2].startsWith('Z'))
    .map(m => ({ pid: Number(m[1]), args: m[3] }))
    .filter(p => p.args.includes(text) && !p.args.startsWith('ps '))
}

it('a second Ctrl-C kills the whole tree at once (not after the grace), skips the save, and leaves nothing running', async () => {
  const output = path.join(fx.root, 'out-amd64')
  let pids: number[] = []
  let secondAt = 0
  let goneAfter = Infinity
  const run = await build(
    'amd64',
    ['--output-dir', output, '--config-fragment', 'BR2_PACKAGE_FIXTURE_SLOW=y'],
    child =>
      whenSlowPackageRuns(child, path.join(output, 'fixture-slow.pids'), listed => {
        pids = listed
        child.kill('SIGINT')
        // The children ignore SIGINT: the first signal's grace (4 s) would end them.
        setTimeout(() => {
          secondAt = Date.now()
          child.kill('SIGINT')
          const watch = setInterval(() => {
            if (pids.every(pid => !alive(pid))) {
              goneAfter = Date.now() - secondAt
              clearInterval(watch)
            }
          }, 20)
          setTimeout(() => clearInterval(watch), 5000)
        }, 1200)
      })
  )
  expect(pids).toHaveLength(4)
  expect(run.code).toBe(1)
  expect(goneAfter).toBeLessThan(1000)
  expect(pids.filter(alive)).toEqual([])
  expect(run.stderr).toContain(
    'SIGINT: stopping at once: every process this run started is killed, and the caches are not saved.'
  )
  expect(run.stderr).toContain(
    'Caches are not saved: the run was stopped at once (a second stop signal).'
  )
  expect(fs.existsSync(path.join(fx.root, 'cache', 'entries'))).toBe(false)
  expect(processesWith(fx.root)).toEqual([])
})

it('two runs in one output folder: the second fails at once naming the first; with --wait it waits, and every image it delivers verifies', async () => {
  const output = path.join(fx.root, 'cache', 'output', 'buildroot-k8s-amd64')
  let refused: Run | undefined
  let waiting: Promise<Run> | undefined
  let holder = 0
  const first = await build('amd64', ['--config-fragment', 'BR2_PACKAGE_FIXTURE_SLOW=y'], child =>
    whenSlowPackageRuns(child, path.join(output, 'fixture-slow.pids'), async () => {
      holder = child.pid ?? 0
      refused = await build('amd64')
      waiting = build('amd64', ['--wait'])
      // Give the waiting run time to see the lock, then let the first one end.
      await new Promise(resolve => setTimeout(resolve, 1500))
      child.kill('SIGINT')
    })
  )
  expect(first.code).toBe(1)
  expect(refused?.code).toBe(1)
  expect(refused?.stderr).toMatch(
    new RegExp(
      `error: output-dir ${output} is in use by pid ${holder} \\(node .*index\\.js build --target amd64 .*\\) since \\S+ \\(lock file ${output}/\\.buildroot-k8s\\.lock\\)\\. Two runs in one folder would overwrite each other's \\.config, images and caches: wait until it has finished \\(the command line waits with --wait\\), or give this run its own output-dir\\.`
    )
  )
  const waited = await waiting
  expect(waited?.code).toBe(0)
  expect(waited?.stderr).toMatch(
    new RegExp(`output-dir ${output} is in use by pid ${holder} .*: waiting for it to finish\\.`)
  )
  const artifact = path.join(fx.root, 'artifacts', 'buildroot-k8s-amd64')
  execFileSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: artifact })

  // What the image cache keeps is what was built: a later run restores it whole.
  fs.rmSync(artifact, { recursive: true })
  const again = await build('amd64')
  expect(again.code).toBe(0)
  expect(again.stdout).toContain('image-cache-hit=true')
  execFileSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: artifact })
  for (const name of fs.readdirSync(artifact)) {
    expect([name, fs.statSync(path.join(artifact, name)).size]).not.toEqual([name, 0])
  }
})

it('kill -9 while saving: its tar dies with it; the next run takes over its locks, drops the half-written entry, and saves whole ones', async () => {
  // A ccache large enough that archiving it takes a while: random bytes do not compress.
  const big = path.join(fx.root, 'cache', 'work', 'amd64', 'ccache-amd64', 'big', 'object')
  fs.mkdirSync(path.dirname(big), { recursive: true })
  execFileSync('sh', ['-c', `head -c 300000000 /dev/urandom > '${big}'`])
  let killedPid = 0
  let tars: { pid: number; args: string }[] = []
  const killed = await build('amd64', [], child => {
    const poll = setInterval(() => {
      tars = processesWith(fx.root).filter(p => /tar -cf - -C \S*ccache-amd64 /.test(p.args))
      if (tars.length) {
        clearInterval(poll)
        killedPid = child.pid ?? 0
        child.kill('SIGKILL')
      }
    }, 20)
    child.on('close', () => clearInterval(poll))
  })
  expect(killed.code).toBeNull()
  expect(tars.length).toBeGreaterThan(0)
  await new Promise(resolve => setTimeout(resolve, 500))
  expect(processesWith(fx.root)).toEqual([])
  const entries = path.join(fx.root, 'cache', 'entries')
  // What it was writing is left, named by its pid.
  expect(fs.readdirSync(entries).filter(name => name.endsWith(`.partial-${killedPid}`))).toEqual([
    expect.stringMatching(/^buildroot-ccache-v1-amd64-/)
  ])

  const next = await build('amd64', ['--rebuild', 'always'])
  expect(next.code).toBe(0)
  expect(next.stderr).toMatch(
    new RegExp(
      `notice: output-dir .* was locked by pid ${killedPid} .*, which is no longer running \\(killed before it finished\\): this run takes it over\\.`
    )
  )
  const after = fs.readdirSync(entries)
  expect(after.filter(name => /\.partial-|\.reading-/.test(name))).toEqual([])
  expect(after).toEqual(
    expect.arrayContaining([expect.stringMatching(/^buildroot-ccache-v1-amd64-/)])
  )
  execFileSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], {
    cwd: path.join(fx.root, 'artifacts', 'buildroot-k8s-amd64')
  })
}, 180_000)

const asRoot = process.getuid?.() === 0
it('names an output folder it cannot write and exits 1, not with a usage error', async () => {
  const locked = fx.dir('locked')
  if (asRoot) execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', locked])
  else fs.chmodSync(locked, 0o555)
  try {
    const run = await build('amd64', ['--output-dir', path.join(locked, 'out')])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      new RegExp(
        `error: output-dir ${locked}/out cannot be written \\((it is on a read-only file system|EACCES)`
      )
    )
    expect(run.stderr).not.toContain('ENOENT')
    expect(run.stderr).not.toContain('Usage:')
  } finally {
    if (asRoot) execFileSync('umount', [locked])
    else fs.chmodSync(locked, 0o755)
  }
})

describe('commands and flags', () => {
  it('has a flag for every action input, of the same name (mode is the command), in build --help', async () => {
    const inputFlags = CLI_OPTIONS.filter(o => o.input && o.commands.includes('build')).map(o => [
      o.flag,
      o.input?.name
    ])
    const names = INPUTS.filter(spec => spec.name !== 'mode').map(spec => spec.name)
    expect(inputFlags).toEqual(names.map(name => [name, name]))
    const help = await cli(['build', '--help'])
    expect(help.code).toBe(0)
    for (const name of names) expect(help.stdout).toMatch(new RegExp(`^  --${name} `, 'm'))
    expect(help.stdout).toContain("The action's inputs, with the same names and values")
  })

  it('gives each command its own --help, an overview without a command, and a version', async () => {
    const smoke = await cli(['smoke', '--help'])
    expect(smoke.code).toBe(0)
    expect(smoke.stdout).toMatch(/^Usage: buildroot-k8s smoke --target/)
    expect(smoke.stdout).toContain('--images DIR')
    expect(smoke.stdout).not.toContain('--jobs')
    const overview = await cli(['--help'])
    expect(overview.code).toBe(0)
    expect(overview.stdout).toContain('buildroot-k8s COMMAND --help shows the options of a command')
    const none = await cli([])
    expect(none.code).toBe(2)
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'))
    for (const args of [['--version'], ['version']]) {
      const version = await cli(args)
      expect(version.code).toBe(0)
      expect(version.stdout).toMatch(
        new RegExp(`^buildroot-k8s ${pkg.version} \\(Buildroot \\d{4}\\.\\d{2}`)
      )
    }
  })

  it('names an unknown command, a flag another command takes, a repeated flag and a typo, with exit code 2 and nothing written', async () => {
    const unknown = await cli(['biuld', '--target', 'amd64'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain(
      'buildroot-k8s: unknown command "biuld": did you mean build? (commands: build, check, smoke, mirror, node-config, version, help)'
    )
    const wrongCommand = await cli(['smoke', '--target', 'amd64', '--images', 'x', '--jobs', '4'])
    expect(wrongCommand.code).toBe(2)
    expect(wrongCommand.stderr).toContain(
      '--jobs is not an option of smoke (it is one of build, check)'
    )
    const twice = await cli(['build', '--target', 'amd64', '--jobs', '2', '--jobs', '4'])
    expect(twice.code).toBe(2)
    expect(twice.stderr).toContain('--jobs is given 2 times ("2", "4"): give it once')
    const typo = await cli(['build', '--target', 'amd64', '--outptu-dir', 'x'])
    expect(typo.code).toBe(2)
    expect(typo.stderr).toContain(
      '--outptu-dir is not an option of build: did you mean --output-dir?'
    )
    expect(typo.stderr).toContain('Usage: buildroot-k8s build')
    const alias = await cli(['build', '--target', 'x86_64'])
    expect(alias.code).toBe(2)
    expect(alias.stderr).toContain('target "x86_64" is not valid: did you mean amd64?')
    expect(fs.readdirSync(cwd)).toEqual([])
  })

  it('takes --upload false and --config-fragment lines as the inputs do', async () => {
    const run = await build('amd64', [
      '--upload',
      'false',
      '--config-fragment',
      '# BR2_CCACHE is not set',
      '--output-dir',
      path.join(fx.root, 'out')
    ])
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('notice: BR2_CCACHE is not set in buildroot_defconfig')
    expect(fs.existsSync(path.join(fx.root, 'artifacts'))).toBe(false)
  })
})

it('compresses at --compression-level, and refuses a level xz does not have', async () => {
  const built = await build('arm64', [
    '--output-dir',
    path.join(fx.root, 'out-arm64'),
    '--compression-level',
    '0'
  ])
  expect(built.code).toBe(0)
  const sdcard = path.join(
    fx.root,
    'artifacts',
    'buildroot-k8s-arm64',
    'buildroot-k8s-arm64-sdcard.img.xz'
  )
  // xz -0 uses a 256 KiB dictionary (-6, the default, 8 MiB).
  expect(execFileSync('xz', ['--robot', '-lvv', sdcard], { encoding: 'utf8' })).toContain(
    '--lzma2=dict=256KiB'
  )

  const refused = await build('arm64', [
    '--output-dir',
    path.join(fx.root, 'out-arm64'),
    '--compression-level',
    '12'
  ])
  expect(refused.code).toBe(2)
  expect(refused.stderr).toContain('compression-level "12" is not an xz preset')
})

/** Every file and folder under `dir`, with each file's content, to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const entry of fs.readdirSync(dir, { recursive: true }).map(String).sort()) {
    const full = path.join(dir, entry)
    out[entry] = fs.statSync(full).isDirectory() ? '<dir>' : fs.readFileSync(full, 'utf8')
  }
  return out
}

describe('the folders a user names', () => {
  it.each([
    [
      '--cache-dir',
      '/',
      '--cache-dir "/" is a folder shared by many things: give the cache folder a folder of its own.'
    ],
    [
      '--artifacts-dir',
      '/etc/x',
      '--artifacts-dir "/etc/x" is inside the system folder /etc: give the artifacts folder a folder of its own.'
    ],
    ['--cache-dir', '/usr', '--cache-dir "/usr" is a folder shared by many things']
  ])('refuses %s %s at once, with exit code 2, writing nothing', async (flag, dir, message) => {
    const run = await cli(['build', '--target', 'amd64', flag, dir])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(message)
    expect(fs.existsSync('/output/buildroot-k8s-amd64')).toBe(false)
    expect(fs.existsSync('/etc/x')).toBe(false)
    expect(fs.readdirSync(cwd)).toEqual([])
  })

  it('refuses the home folder as --artifacts-dir, and buildroot-src as --cache-dir', async () => {
    const home = fx.dir('home')
    fs.writeFileSync(path.join(home, 'notes.txt'), 'mine')
    const asHome = await cli(['build', '--target', 'amd64', '--artifacts-dir', home], undefined, {
      HOME: home
    })
    expect(asHome.code).toBe(2)
    expect(asHome.stderr).toContain(`--artifacts-dir "${home}" is your home folder`)
    const inSource = await cli([
      'build',
      '--target',
      'amd64',
      '--buildroot-src',
      fx.buildrootDir,
      '--output-dir',
      path.join(fx.root, 'out'),
      '--cache-dir',
      path.join(fx.buildrootDir, 'cache')
    ])
    expect(inSource.code).toBe(2)
    expect(inSource.stderr).toContain(
      `--cache-dir "${path.join(fx.buildrootDir, 'cache')}" is inside buildroot-src (${fx.buildrootDir}), which is only read`
    )
    expect(snapshot(home)).toEqual({ 'notes.txt': 'mine' })
    expect(fs.existsSync(path.join(fx.buildrootDir, 'cache'))).toBe(false)
  })

  it('never writes among files it did not write: a cache folder or an artifact folder of someone else', async () => {
    const theirs = fx.dir('their-folder')
    fs.writeFileSync(path.join(theirs, 'thesis.tex'), 'years of work')
    const cache = await cli(['build', '--target', 'amd64', '--cache-dir', theirs])
    expect(cache.code).toBe(2)
    expect(cache.stderr).toContain(
      `--cache-dir: ${theirs} already holds files that this program did not write (thesis.tex); choose a new or empty folder for the cache folder.`
    )
    expect(snapshot(theirs)).toEqual({ 'thesis.tex': 'years of work' })

    // Refused as the output folder: not even the run's summary is added among the user's files.
    const output = await build('amd64', ['--output-dir', theirs])
    expect(output.code).toBe(1)
    expect(output.stderr).toContain(
      `output-dir ${theirs} already holds files that are not a build of this action`
    )
    expect(output.stderr).toContain(
      `The summary is not written to ${path.join(theirs, 'summary.md')}: that folder holds files this program did not write.`
    )
    expect(snapshot(theirs)).toEqual({ 'thesis.tex': 'years of work' })

    // An artifacts folder of this program's, holding a folder of the user's by the artifact's name.
    const artifacts = path.join(fx.root, 'artifacts')
    const photos = path.join(artifacts, 'photos')
    fs.mkdirSync(photos, { recursive: true })
    fs.writeFileSync(path.join(artifacts, '.buildroot-k8s-artifacts'), '# the artifacts folder\n')
    fs.writeFileSync(path.join(photos, 'holiday.jpg'), 'a photo')
    const before = snapshot(artifacts)
    const run = await build('amd64', [
      '--artifact-name',
      'photos',
      '--output-dir',
      path.join(fx.root, 'out')
    ])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`${photos} already exists, and this program did not write it`)
    expect(snapshot(artifacts)).toEqual(before)
  })
})
