// Times a no-change rebuild (the images restored from the image cache) against a build of the
// same inputs (`--rebuild always`, with dl/ and ccache warm), interleaved in one call, through
// the bundled command line on the Buildroot-shaped test fixture:
//   node scripts/bench-rebuild.mjs [runs]
// With BUILDROOT_SRC set, the fixture's Buildroot tree also holds every file of that real tree,
// so that the inputs hash reads as much as it does on a real tree (about 15,000 files).
// The fixture builds in seconds where Buildroot takes hours, so the ratio printed is an upper
// bound: what a hit costs is the inputs hash and the cache download, whatever the build costs.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { median, standInTreeArgs } from './bench-common.mjs'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const runs = Number(process.argv[2] ?? 5)
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-rebuild-'))

// The fixture, as __tests__/helpers/buildroot-fixture.ts lays it out.
const fixtures = path.join(repo, '__tests__', 'fixtures')
const buildroot = path.join(work, 'buildroot')
fs.cpSync(path.join(fixtures, 'buildroot-tree'), buildroot, { recursive: true })
fs.cpSync(path.join(fixtures, 'configs'), path.join(work, 'configs'), { recursive: true })
fs.mkdirSync(path.join(buildroot, 'mirror'))
for (const line of fs.readFileSync(path.join(buildroot, 'packages'), 'utf8').split('\n')) {
  const [, name, version, type] = line.trim().split(/\s+/)
  if (!line.startsWith('#') && type && type !== 'toolchain') {
    fs.writeFileSync(path.join(buildroot, 'mirror', `${name}-${version}.tar.gz`), `${name}\n`)
  }
}
if (process.env.BUILDROOT_SRC) {
  fs.cpSync(process.env.BUILDROOT_SRC, path.join(buildroot, 'real-tree'), { recursive: true })
}

function build(extra) {
  const started = process.hrtime.bigint()
  execFileSync(
    process.execPath,
    [
      path.join(repo, 'dist', 'cli', 'index.js'),
      'build',
      '--target',
      'amd64',
      ...standInTreeArgs(buildroot, path.join(work, 'configs')),
      '--output',
      path.join(work, 'out'),
      '--cache-dir',
      path.join(work, 'cache'),
      '--artifacts-dir',
      path.join(work, 'artifacts'),
      '--cve-report',
      'off',
      ...extra
    ],
    { stdio: 'ignore', cwd: work }
  )
  return Number(process.hrtime.bigint() - started) / 1e9
}

try {
  build(['--rebuild', 'always']) // fills dl/, ccache and the image cache
  const built = []
  const restored = []
  for (let run = 1; run <= runs; run += 1) {
    built.push(build(['--rebuild', 'always']))
    restored.push(build([]))
    console.log(
      `run ${run}: build ${built.at(-1).toFixed(2)} s, no-change rebuild ${restored.at(-1).toFixed(2)} s`
    )
  }
  const hit = median(restored)
  const full = median(built)
  console.log(
    `median: build ${full.toFixed(2)} s, no-change rebuild ${hit.toFixed(2)} s: ratio ${(hit / full).toFixed(2)}`
  )
} finally {
  fs.rmSync(work, { recursive: true, force: true })
}
