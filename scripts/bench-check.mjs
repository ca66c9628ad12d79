// Check mode against the irreducible Buildroot work, run side by side in the same call:
//   BUILDROOT_SRC=/path/to/buildroot LINUX_SRC=/path/to/linux node scripts/bench-check.mjs \
//     [--runs 3] [--scenario warm|cold|both] [--target amd64 --target arm64] [--cli label=path ...]
//
// The baseline is what an engineer would type by hand, sequentially and nothing else:
// `make defconfig` and `make show-info` on the shipped buildroot_defconfig, and the kernel's
// `make olddefconfig` on kernel_defconfig (ARCH, and CROSS_COMPILE for arm64 when installed).
// Each --cli (default: this checkout's dist/cli/index.js, labelled "check") runs
// `buildroot-k8s check` on the same trees. Runs are interleaved (the order rotates every run)
// so that the noise of a shared machine falls on all sides alike; the table shows medians and
// each side's ratio to the baseline, for wall time and CPU time (user + system of every
// process), and the peak RSS of the largest single process.
//   warm: every side keeps its output folders between runs (a warm-up round is not counted),
//         as on a developer's machine or a runner that re-checks;
//   cold: every side starts from empty folders each run, as on a fresh CI runner.
// Needs GNU time (/usr/bin/time; Debian package `time`) for CPU and memory.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { median, scratchFolder, timed } from './bench-common.mjs'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    scenario: { type: 'string', default: 'both' },
    target: { type: 'string', multiple: true },
    cli: { type: 'string', multiple: true }
  }
})
const { BUILDROOT_SRC, LINUX_SRC } = process.env
if (!BUILDROOT_SRC || !LINUX_SRC) {
  console.error('Set BUILDROOT_SRC and LINUX_SRC to a Buildroot and a kernel source tree.')
  process.exit(2)
}
if (!fs.existsSync('/usr/bin/time')) {
  console.error('GNU time is needed for CPU and memory figures: apt-get install time')
  process.exit(2)
}
const runs = Number(values.runs)
const targets = values.target ?? ['amd64', 'arm64']
const scenarios = values.scenario === 'both' ? ['warm', 'cold'] : [values.scenario]
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const clis = (values.cli ?? [`check=${path.join(repo, 'dist/cli/index.js')}`]).map(spec => {
  const [label, file] = spec.includes('=') ? spec.split(/=(.*)/s) : [spec, spec]
  return { label, file: path.resolve(file) }
})

// Buildroot refuses to run with these set (support/dependencies/dependencies.sh); the action
// clears them too.
const env = { ...process.env }
for (const name of ['PERL_MM_OPT', 'CROSS_COMPILE', 'ARCH', 'MAKEFLAGS', 'MFLAGS', 'MAKELEVEL']) {
  delete env[name]
}
const hasCrossGcc =
  spawnSync('sh', ['-c', 'command -v aarch64-linux-gnu-gcc'], { stdio: 'ignore' }).status === 0
const KERNEL = {
  amd64: ['ARCH=x86_64'],
  arm64: ['ARCH=arm64', ...(hasCrossGcc ? ['CROSS_COMPILE=aarch64-linux-gnu-'] : [])]
}

const sh = s => `'${s.replace(/'/g, `'\\''`)}'`

/** The baseline as one shell script: the three make calls, in order, nothing else. */
function baselineScript(target, work) {
  const br = path.join(work, 'buildroot')
  const linux = path.join(work, 'linux')
  const make = `make -C ${sh(BUILDROOT_SRC)} O=${sh(br)} BR2_EXTERNAL=${sh(path.join(repo, 'configs/external'))}`
  return [
    'set -e',
    `mkdir -p ${sh(linux)}`,
    `${make} BR2_DEFCONFIG=${sh(path.join(repo, 'configs', target, 'buildroot_defconfig'))} defconfig >/dev/null`,
    `${make} -s show-info >/dev/null`,
    `cp ${sh(path.join(repo, 'configs', target, 'kernel_defconfig'))} ${sh(path.join(linux, '.config'))}`,
    `make -C ${sh(LINUX_SRC)} O=${sh(linux)} ${KERNEL[target].join(' ')} olddefconfig >/dev/null`
  ].join('\n')
}

function checkCommand(cli, target, work) {
  return [
    process.execPath,
    cli.file,
    'check',
    '--target',
    target,
    '--buildroot-src',
    BUILDROOT_SRC,
    '--linux-src',
    LINUX_SRC,
    '--config-dir',
    path.join(repo, 'configs'),
    '--output',
    path.join(work, 'output'),
    '--cache-dir',
    path.join(work, 'cache')
  ]
}

/** Runs a command under GNU time; wall and CPU seconds, peak RSS of the largest process in MB. */
async function measure(command, logFile) {
  const output = fs.openSync(logFile, 'w')
  const { finished } = timed(command, `${logFile}.time`, { env, stdio: ['ignore', output, output] })
  const { status, ...times } = await finished
  fs.closeSync(output)
  return { ok: status === 0, ...times }
}

const { root, cleanUp } = scratchFolder('bench-check-')
const sides = [
  { label: 'baseline', command: (target, work) => ['sh', '-c', baselineScript(target, work)] },
  ...clis.map(cli => ({
    label: cli.label,
    command: (target, work) => checkCommand(cli, target, work)
  }))
]
const results = []
let failed = false
console.log(
  `bench-check: ${runs} run(s) per side, ${os.availableParallelism()} CPUs, load ${os.loadavg()[0].toFixed(1)}; sides: ${sides.map(s => s.label).join(', ')}`
)
try {
  for (const scenario of scenarios) {
    for (const target of targets) {
      const rows = new Map(sides.map(side => [side.label, []]))
      const workOf = side => path.join(root, scenario, target, side.label)
      for (let run = scenario === 'warm' ? 0 : 1; run <= runs; run += 1) {
        // Rotate the order so no side always runs right after the same neighbour.
        const order = sides.map((_, i) => sides[(i + run) % sides.length])
        for (const side of order) {
          const work = workOf(side)
          if (scenario === 'cold') fs.rmSync(work, { recursive: true, force: true })
          fs.mkdirSync(work, { recursive: true })
          const log = path.join(work, `run${run}.log`)
          const m = await measure(side.command(target, work), log)
          const label = run === 0 ? 'warm-up' : `run ${run}`
          console.log(
            `${scenario} ${target} ${label} ${side.label}: ${m.wall.toFixed(1)} s wall, ${m.cpu.toFixed(1)} s CPU, ${m.rss.toFixed(0)} MB${m.ok ? '' : ` FAILED (see below)`}`
          )
          if (!m.ok) {
            failed = true
            console.log(fs.readFileSync(log, 'utf8').split('\n').slice(-25).join('\n'))
          }
          if (run > 0) rows.get(side.label).push(m)
        }
      }
      results.push({ scenario, target, rows })
    }
  }
} finally {
  cleanUp()
}

console.log(
  '\n| scenario | target | side | wall (median) | CPU (median) | peak RSS | wall ratio | CPU ratio |'
)
console.log('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |')
for (const { scenario, target, rows } of results) {
  const base = rows.get('baseline')
  const baseWall = median(base.map(m => m.wall))
  const baseCpu = median(base.map(m => m.cpu))
  for (const [label, ms] of rows) {
    const wall = median(ms.map(m => m.wall))
    const cpu = median(ms.map(m => m.cpu))
    const rss = median(ms.map(m => m.rss))
    console.log(
      `| ${scenario} | ${target} | ${label} | ${wall.toFixed(1)} s | ${cpu.toFixed(1)} s | ${rss.toFixed(0)} MB | ${(wall / baseWall).toFixed(2)}× | ${(cpu / baseCpu).toFixed(2)}× |`
    )
  }
}
if (failed) {
  console.log('\nSome runs failed (their output is above): their times do not count for much.')
  process.exit(1)
}
