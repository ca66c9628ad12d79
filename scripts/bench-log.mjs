// The build log path against `cat log | tee file`, run side by side in the same call:
//   npx node scripts/bench-log.mjs [--size-mb 1024] [--runs 3] [--target amd64] [--cli label=path ...]
//
// Writes a Buildroot-like log (the line mix of a real build: `>>> pkg version step` lines in
// Buildroot's terminal highlighting, wget progress, configure checks, long compiler command
// lines, kbuild and ninja lines, GCC's coloured warnings, install lines) into a temporary
// folder, and a stand-in Buildroot tree whose `make` prints it (and leaves tiny images, so the
// run completes). Each --cli (default: this checkout's dist/cli/index.js, labelled "cli") then
// runs `buildroot-k8s build` on that tree: its build stage streams the log through the same
// path as a real build (line splitting, step lines to the console, every byte to build.log).
// The baseline streams the same file through `cat | tee`. Runs are interleaved; the table shows
// medians of the streaming time (for the CLI: its build stage, timed from its console lines),
// the whole command's time, CPU (user + system) and peak RSS (of the largest single process),
// with ratios to the baseline, against the goals: >= 200 MB/s, peak RSS < 150 MB, <= 1.2x tee.
// Needs GNU time (/usr/bin/time; Debian package `time`). Everything is deleted at the end.
import { Buffer } from 'node:buffer'
import fs from 'node:fs'
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import {
  median,
  scratchFolder,
  standInMakefile,
  timed,
  uncachedStandInBuild
} from './bench-common.mjs'

const { values } = parseArgs({
  options: {
    'size-mb': { type: 'string', default: '1024' },
    runs: { type: 'string', default: '3' },
    target: { type: 'string', default: 'amd64' },
    cli: { type: 'string', multiple: true }
  }
})
if (!fs.existsSync('/usr/bin/time')) {
  console.error('GNU time is needed for CPU and memory figures: apt-get install time')
  process.exit(2)
}
const sizeBytes = Number(values['size-mb']) * 1024 * 1024
const runs = Number(values.runs)
const target = values.target
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const clis = (values.cli ?? [`cli=${path.join(repo, 'dist/cli/index.js')}`]).map(spec => {
  const [label, file] = spec.includes('=') ? spec.split(/=(.*)/s) : [spec, spec]
  return { label, file: path.resolve(file) }
})

// ---- the log -------------------------------------------------------------------------------

/** mulberry32: the same log on every run and machine. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const rand = random(13)
const pick = list => list[Math.floor(rand() * list.length)]
const int = (low, high) => low + Math.floor(rand() * (high - low + 1))

// Buildroot's MESSAGE: $(TERM_BOLD)>>> $($(PKG)_NAME) $($(PKG)_VERSION) $(1)$(TERM_RESET),
// with TERM_BOLD = `tput smso` and TERM_RESET = `tput rmso` (support/misc/utils.mk).
const step = (name, version, what) => `\x1b[7m>>> ${name} ${version} ${what}\x1b[27m\n`
const OUT = '/home/runner/work/node/node/buildroot-k8s-amd64'
const CC = `${OUT}/host/bin/x86_64-buildroot-linux-gnu-gcc`
const words = [
  'util',
  'core',
  'net',
  'proto',
  'event',
  'buffer',
  'config',
  'parse',
  'log',
  'hash',
  'map',
  'io',
  'sched',
  'cgroup',
  'ns',
  'mount',
  'seccomp',
  'json',
  'http',
  'tls',
  'crypto',
  'zstd'
]
const file = ext =>
  `${pick(['src', 'lib', 'pkg', 'drivers/net', 'fs/overlayfs', 'kernel'])}/${pick(words)}_${pick(words)}.${ext}`
const flags = () =>
  Array.from({ length: int(8, 40) }, () =>
    pick([
      '-DHAVE_CONFIG_H',
      '-I.',
      '-I..',
      '-I./include',
      `-I${OUT}/host/x86_64-buildroot-linux-gnu/sysroot/usr/include`,
      '-D_LARGEFILE_SOURCE',
      '-D_LARGEFILE64_SOURCE',
      '-D_FILE_OFFSET_BITS=64',
      '-Os',
      '-g0',
      '-Wall',
      '-Wextra',
      '-Wno-unused-parameter',
      '-fPIC',
      '-pipe',
      '-fstack-protector-strong',
      '-D_FORTIFY_SOURCE=2',
      '-std=gnu11',
      '-MT',
      '-MD',
      '-MP',
      '-pthread',
      '-DNDEBUG'
    ])
  ).join(' ')
const LINES = {
  download: (name, version) => [
    `--2025-11-24 12:00:00--  https://sources.buildroot.net/${name}/${name}-${version}.tar.gz\n`,
    'Resolving sources.buildroot.net (sources.buildroot.net)... 104.26.0.37, 172.67.72.56\n',
    `Saving to: '${OUT}/build/.${name}-${version}.tar.gz.xyZ12/output'\n`,
    ...Array.from(
      { length: int(5, 60) },
      (_, i) =>
        `${String(i * 50).padStart(6)}K .......... .......... .......... .......... .......... ${Math.min(99, i)}% ${int(1, 90)}.${int(0, 9)}M 1s\n`
    ),
    `2025-11-24 12:00:0${int(1, 9)} (${int(5, 90)} MB/s) - '${OUT}/build/.${name}-${version}.tar.gz.xyZ12/output' saved\n`,
    `${name}-${version}.tar.gz: OK (sha256: ${'0123456789abcdef'.repeat(4)})\n`
  ],
  extract: (name, version) => [
    `gzip -d -c /home/runner/.cache/dl/${name}/${name}-${version}.tar.gz | tar --strip-components=1 -C ${OUT}/build/${name}-${version}   -xf -\n`
  ],
  patch: () =>
    Array.from({ length: int(0, 4) }, (_, i) => [
      `Applying 000${i + 1}-${pick(words)}-${pick(words)}.patch using patch: \n`,
      `patching file ${file('c')}\n`
    ]).flat(),
  configure: () =>
    Array.from({ length: int(20, 400) }, () =>
      pick([
        `checking for ${pick(words)}_${pick(words)} in -l${pick(words)}... ${pick(['yes', 'no'])}\n`,
        `checking whether ${CC} accepts -${pick(['g', 'O2', 'fPIC', 'Wall'])}... yes\n`,
        `checking for ${pick(words)}.h... ${pick(['yes', 'no'])}\n`,
        `-- Looking for ${pick(words)}_${pick(words)} - found\n`,
        `-- Performing Test HAVE_${pick(words).toUpperCase()} - Success\n`,
        `config.status: creating ${file('h')}\n`
      ])
    ),
  build: () =>
    Array.from({ length: int(50, 120) }, () => {
      const kind = rand()
      if (kind < 0.3) return `${CC} ${flags()} -c -o ${file('o')} ${file('c')}\n`
      if (kind < 0.45)
        return `libtool: compile:  ${CC} ${flags()} -c ${file('c')}  -fPIC -DPIC -o .libs/${pick(words)}.o\n`
      if (kind < 0.65) return `  ${pick(['CC', 'CC [M]', 'LD', 'AR', 'AS'])}      ${file('o')}\n`
      if (kind < 0.78)
        return `[${int(1, 900)}/${int(900, 2000)}] Building C object ${file('c')}.o\n`
      if (kind < 0.86)
        return `make[${int(1, 4)}]: ${pick(['Entering', 'Leaving'])} directory '${OUT}/build/${pick(words)}/${pick(words)}'\n`
      if (kind < 0.9)
        return `go: downloading github.com/${pick(words)}/${pick(words)} v0.${int(0, 30)}.${int(0, 9)}\n`
      if (kind < 0.93)
        return `\x1b[01m\x1b[K${file('c')}:${int(1, 999)}:${int(1, 80)}:\x1b[m\x1b[K \x1b[01;35m\x1b[Kwarning: \x1b[m\x1b[Kunused variable '\x1b[01m\x1b[K${pick(words)}\x1b[m\x1b[K' [\x1b[01;35m\x1b[K-Wunused-variable\x1b[m\x1b[K]\n`
      return `${pick(['ar', 'ranlib', 'strip'])} ${file('a')}\n`
    }),
  install: () =>
    Array.from(
      { length: int(3, 60) },
      () =>
        `/usr/bin/install -c -m 0644 ${file('h')} '${OUT}/target/usr/${pick(['lib', 'include', 'bin', 'share'])}/${pick(words)}'\n`
    )
}

function writeLog(logFile) {
  const fd = fs.openSync(logFile, 'w')
  let written = 0
  let packages = 0
  let block = []
  let blockBytes = 0
  const emit = text => {
    block.push(text)
    blockBytes += text.length
    if (blockBytes > 4 * 1024 * 1024) flush()
  }
  const flush = () => {
    const buffer = Buffer.from(block.join(''))
    fs.writeSync(fd, buffer)
    written += buffer.length
    block = []
    blockBytes = 0
  }
  // A few packages (the kernel, gcc, Go, Kubernetes) print most of a build's output.
  while (written + blockBytes < sizeBytes) {
    const name = `${pick(['host-', '', '', ''])}${pick(words)}-${pick(words)}`
    const version = `${int(0, 9)}.${int(0, 40)}.${int(0, 9)}`
    packages += 1
    const size = rand() < 0.1 ? int(200, 2000) : int(2, 40)
    emit(step(name, version, 'Downloading'))
    LINES.download(name, version).forEach(emit)
    emit(step(name, version, 'Extracting'))
    LINES.extract(name, version).forEach(emit)
    emit(step(name, version, 'Patching'))
    LINES.patch().forEach(emit)
    emit(step(name, version, 'Configuring'))
    LINES.configure().forEach(emit)
    emit(step(name, version, 'Building'))
    for (let i = 0; i < size && written + blockBytes < sizeBytes; i += 1)
      LINES.build().forEach(emit)
    emit(step(name, version, 'Installing to target'))
    LINES.install().forEach(emit)
  }
  emit('\x1b[7m>>>   Finalizing target directory\x1b[27m\n')
  flush()
  fs.closeSync(fd)
  return { bytes: written, packages }
}

// ---- the stand-in Buildroot tree -----------------------------------------------------------

/** Answers the few make calls before the build like Buildroot; the build prints the log. */
function writeTree(dir, logFile) {
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'Config.in'), '')
  const images =
    target === 'amd64'
      ? ['bzImage', 'rootfs.ext4', 'rootfs.iso9660']
      : ['Image', 'rootfs.ext4', 'sdcard.img', 'bcm2710-rpi-3-b.dtb']
  fs.writeFileSync(
    path.join(dir, 'Makefile'),
    standInMakefile([
      `\t@cat ${logFile}`,
      `\t@mkdir -p $(O)/images && for f in ${images.join(' ')}; do echo stand-in > $(O)/images/$$f; done`
    ])
  )
}

// ---- measuring ------------------------------------------------------------------------------

/**
 * Runs a command under GNU time: wall and CPU seconds, peak RSS of the largest process in MB,
 * and the seconds between the console lines matching `stage.from` and `stage.to`, timed as
 * they arrive (the build stage alone, without the CLI's start and the stages around it).
 */
async function measure(command, consoleFile, stage) {
  const output = fs.createWriteStream(consoleFile)
  const { child, finished } = timed(command, `${consoleFile}.time`, {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const marks = {}
  let pending = ''
  child.stdout.pipe(output, { end: false })
  child.stderr.on('data', chunk => {
    output.write(chunk)
    const lines = (pending + chunk.toString()).split('\n')
    pending = lines.pop()
    for (const line of lines) {
      for (const [name, pattern] of Object.entries(stage ?? {})) {
        if (pattern.test(line) && !marks[name]) marks[name] = performance.now()
      }
    }
  })
  const { status, ...times } = await finished
  await new Promise(resolve => output.end(resolve))
  const stageWall = stage ? (marks.to - marks.from) / 1000 : times.wall
  return { ok: status === 0 && stageWall > 0, ...times, stageWall }
}

const { root, cleanUp } = scratchFolder('bench-log-')

let failed = false
const rows = new Map()
try {
  const logFile = path.join(root, 'buildroot-like.log')
  const generated = writeLog(logFile)
  const mb = generated.bytes / 1e6
  console.log(
    `bench-log: ${mb.toFixed(0)} MB log, ${generated.packages} packages, ${runs} run(s) per side, ${os.availableParallelism()} CPUs, load ${os.loadavg()[0].toFixed(1)}, node ${process.version}`
  )
  const tree = path.join(root, 'buildroot')
  writeTree(tree, logFile)
  const sides = [
    {
      label: 'tee',
      stage: undefined,
      command: work => [
        'sh',
        '-c',
        `cat '${logFile}' | tee '${path.join(work, 'build.log')}' >/dev/null`
      ]
    },
    ...clis.map(cli => ({
      label: cli.label,
      // runBuild prints the first line as it starts make; the next stage opens after it.
      stage: { from: /^Building with \d+ jobs/, to: /^== Collect images/ },
      command: work =>
        uncachedStandInBuild(cli.file, target, tree, path.join(repo, 'configs'), work)
    }))
  ]
  for (const side of sides) rows.set(side.label, [])
  for (let run = 1; run <= runs; run += 1) {
    const order = sides.map((_, i) => sides[(i + run) % sides.length])
    for (const side of order) {
      const work = path.join(root, 'work')
      fs.rmSync(work, { recursive: true, force: true })
      fs.mkdirSync(work)
      const console_ = path.join(root, `${side.label.replace(/\W+/g, '-')}-run${run}.out`)
      const m = await measure(side.command(work), console_, side.stage)
      const outputLog = fs.existsSync(path.join(work, 'build.log'))
        ? path.join(work, 'build.log')
        : path.join(work, 'output', 'build.log')
      const complete = fs.existsSync(outputLog) && fs.statSync(outputLog).size >= generated.bytes
      console.log(
        `run ${run} ${side.label}: ${m.stageWall.toFixed(2)} s streaming (${m.wall.toFixed(2)} s in all), ${(mb / m.stageWall).toFixed(0)} MB/s, ${m.cpu.toFixed(2)} s CPU, ${m.rss.toFixed(0)} MB peak RSS${m.ok && complete ? '' : ' FAILED'}`
      )
      if (!m.ok || !complete) {
        failed = true
        console.log(fs.readFileSync(console_, 'utf8').split('\n').slice(-25).join('\n'))
      }
      rows.get(side.label).push(m)
      fs.rmSync(work, { recursive: true, force: true })
    }
  }
  const base = rows.get('tee')
  const baseWall = median(base.map(m => m.wall))
  console.log(
    '\n| side | streaming (median) | throughput | ratio to tee | whole command | ratio to tee | CPU | peak RSS |'
  )
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const [label, ms] of rows) {
    const stageWall = median(ms.map(m => m.stageWall))
    const wall = median(ms.map(m => m.wall))
    console.log(
      `| ${label} | ${stageWall.toFixed(2)} s | ${(mb / stageWall).toFixed(0)} MB/s | ${(stageWall / baseWall).toFixed(2)}× | ${wall.toFixed(2)} s | ${(wall / baseWall).toFixed(2)}× | ${median(ms.map(m => m.cpu)).toFixed(2)} s | ${median(ms.map(m => m.rss)).toFixed(0)} MB |`
    )
  }
  console.log(
    'streaming: for the CLI, its build stage (from its "Building with" line to "== Collect images"); whole command: from start to exit, the CLI\'s start and its other stages included.'
  )
  console.log('Goals: >= 200 MB/s, peak RSS < 150 MB, <= 1.20× tee.')
} finally {
  cleanUp()
}
if (failed) process.exit(1)
