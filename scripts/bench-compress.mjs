// Compression of the images the action uploads, on stand-ins built here:
//   npx node scripts/bench-compress.mjs [--part candidates|stage|both] [--runs 1]
//     [--candidate NAME ...] [--cli label=path ...]
//
// Stand-ins: rootfs.ext4 as Buildroot makes it (mkfs.ext4 -d with BR2_TARGET_ROOTFS_EXT2's
// options, 1 GiB as BR2_TARGET_ROOTFS_EXT2_SIZE) filled with about 540 MB of this machine's
// binaries (--content-mb): Go programs first (the image is mostly kubelet, kubeadm, kubectl, dockerd,
// containerd and the CNI plugins; Go binaries found here stand in for them), then C libraries
// and programs. sdcard.img is assembled from it by the arm64 post-image.sh and genimage.cfg, as
// __tests__/configs/sdcard-image.test.ts does, with binary stand-ins for the firmware and kernel.
//
// candidates: each compressor setting on both images: size, wall time, CPU time (user +
//   system), peak RSS, decompression time, and ratios to what the action did before (xz -T0 -6).
// stage: the CLI's "Collect images" stage on a stand-in Buildroot tree whose images are these
//   stand-ins, for each --cli (e.g. before=/path/to/old/dist/cli/index.js after=dist/cli/index.js),
//   both targets: stage time, CPU, and the artifact's size.
// Needs GNU time (/usr/bin/time), xz, zstd, genimage, mkfs.ext4 (e2fsprogs), mtools,
// dosfstools, readelf (binutils). Everything is deleted at the end.
import { spawnSync } from 'node:child_process'
import { Buffer } from 'node:buffer'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
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
    part: { type: 'string', default: 'both' },
    runs: { type: 'string', default: '1' },
    'content-mb': { type: 'string', default: '540' },
    target: { type: 'string', multiple: true },
    candidate: { type: 'string', multiple: true },
    cli: { type: 'string', multiple: true }
  }
})
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const runs = Number(values.runs)
const contentBytes = Number(values['content-mb']) * 1e6
const targets = values.target ?? ['arm64', 'amd64']
const sbinPath = `/usr/sbin:/sbin:${process.env.PATH ?? ''}`
const env = { ...process.env, PATH: sbinPath }
for (const tool of [
  '/usr/bin/time',
  'xz',
  'zstd',
  'genimage',
  'mkfs.ext4',
  'mcopy',
  'mkdosfs',
  'readelf'
]) {
  if (spawnSync('sh', ['-c', `command -v ${tool}`], { env, stdio: 'ignore' }).status !== 0) {
    console.error(
      `${tool} is needed (Debian: time xz-utils zstd genimage e2fsprogs mtools dosfstools binutils)`
    )
    process.exit(2)
  }
}

/**
 * What each candidate runs (compressing a file to stdout). The SD card image must stay .xz, which
 * Raspberry Pi Imager and Etcher both write directly (Imager also reads .zst, Etcher does not),
 * so zstd is tried on the root filesystem only.
 */
const BOTH = ['rootfs.ext4', 'sdcard.img']
const CANDIDATES = [
  { name: 'xz -T0 -6 (before)', ext: 'xz', args: ['xz', '-T0', '-6'], images: BOTH },
  { name: 'xz -T0 -3', ext: 'xz', args: ['xz', '-T0', '-3'], images: BOTH },
  { name: 'xz -T0 -9', ext: 'xz', args: ['xz', '-T0', '-9'], images: BOTH },
  {
    name: 'xz -T0 -6 --block-size=8MiB',
    ext: 'xz',
    args: ['xz', '-T0', '-6', '--block-size=8MiB'],
    images: ['rootfs.ext4']
  },
  { name: 'zstd -T0 -3', ext: 'zst', args: ['zstd', '-T0', '-3'], images: ['rootfs.ext4'] },
  { name: 'zstd -T0 -19', ext: 'zst', args: ['zstd', '-T0', '-19'], images: ['rootfs.ext4'] },
  {
    name: 'zstd -T0 -19 --long=27',
    ext: 'zst',
    args: ['zstd', '-T0', '-19', '--long=27'],
    images: ['rootfs.ext4']
  }
].filter(c => !values.candidate || values.candidate.some(wanted => c.name.startsWith(wanted)))
const BEFORE = CANDIDATES[0]?.name

const { root, cleanUp } = scratchFolder('bench-compress-')

/**
 * Runs a command under GNU time, stdout to `stdoutFile` (or nowhere); wall and CPU seconds, peak
 * RSS in MB, and the time of the first console line matching each `marks` pattern.
 */
async function measure(command, { stdoutFile, marks = {} } = {}) {
  const { child, finished } = timed(command, path.join(root, 'time.out'), {
    env,
    stdio: ['ignore', stdoutFile ? fs.openSync(stdoutFile, 'w') : 'pipe', 'pipe']
  })
  const seen = {}
  let consoleText = ''
  const watch = chunk => {
    consoleText += chunk
    for (const line of chunk.toString().split('\n')) {
      for (const [name, pattern] of Object.entries(marks)) {
        if (!seen[name] && pattern.test(line)) seen[name] = performance.now()
      }
    }
  }
  child.stdout?.on('data', watch)
  child.stderr.on('data', watch)
  const { status, ...times } = await finished
  return { ok: status === 0, ...times, seen, ended: performance.now(), consoleText }
}

const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { env, encoding: 'utf8', ...options })
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}${result.stdout}`)
  }
  return result.stdout
}

// ---- stand-ins -------------------------------------------------------------------------------

const SEARCH = [
  '/usr/local/bin',
  '/usr/lib/google-cloud-sdk/bin',
  '/opt',
  '/usr/bin',
  `${os.homedir()}/go/bin`
]
const isElf = file => {
  const fd = fs.openSync(file, 'r')
  const head = Buffer.alloc(4)
  fs.readSync(fd, head, 0, 4, 0)
  fs.closeSync(fd)
  return head.toString('latin1') === '\x7fELF'
}
function* walk(dir, depth = 3) {
  let entries
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true })
  } catch {
    return
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory() && depth > 0) yield* walk(file, depth - 1)
    else if (entry.isFile()) yield file
  }
}

/** About `contentBytes` of binaries: Go programs up to 80% of it (one per name), then C ones. */
function pickContent() {
  const seen = new Set()
  const go = []
  const other = []
  for (const dir of SEARCH) {
    for (const file of walk(dir)) {
      const size = fs.statSync(file).size
      if (size < 64 * 1024 || seen.has(fs.realpathSync(file)) || !isElf(file)) continue
      seen.add(fs.realpathSync(file))
      const sections = spawnSync('readelf', ['-S', '-W', file], { encoding: 'utf8' }).stdout ?? ''
      ;(sections.includes('.go.buildinfo') ? go : other).push({ file, size })
    }
  }
  for (const file of walk('/usr/lib/x86_64-linux-gnu', 1)) {
    if (/\.so(\.\d+)*$/.test(file) && !seen.has(fs.realpathSync(file)) && isElf(file)) {
      seen.add(fs.realpathSync(file))
      other.push({ file, size: fs.statSync(file).size })
    }
  }
  const picked = []
  const names = new Set()
  let goBytes = 0
  for (const item of go.sort((a, b) => b.size - a.size)) {
    const name = path.basename(item.file).replace(/[.-]\d+(\.\d+)*$/, '')
    if (names.has(name) || goBytes + item.size > 0.8 * contentBytes) continue
    names.add(name)
    goBytes += item.size
    picked.push(item)
  }
  let total = goBytes
  for (const item of other.filter(o => o.size < 20e6)) {
    if (total + item.size > contentBytes) continue
    total += item.size
    picked.push(item)
  }
  return { picked, goBytes, otherBytes: total - goBytes }
}

function makeStandIns() {
  const content = pickContent()
  const staging = path.join(root, 'target')
  for (const [i, { file }] of content.picked.entries()) {
    const dir = path.join(staging, 'usr', i % 2 ? 'bin' : 'lib', String(i % 7))
    fs.mkdirSync(dir, { recursive: true })
    fs.copyFileSync(file, path.join(dir, `${i}-${path.basename(file)}`))
  }
  const images = path.join(root, 'images')
  fs.mkdirSync(path.join(images, 'rpi-firmware', 'overlays'), { recursive: true })
  const rootfs = path.join(images, 'rootfs.ext4')
  // fs/ext2/ext2.mk with the defaults of fs/ext2/Config.in and BR2_TARGET_ROOTFS_EXT2_SIZE="1G".
  run('mkfs.ext4', [
    '-q',
    '-d',
    staging,
    '-N',
    '0',
    '-m',
    '5',
    '-L',
    'rootfs',
    '-I',
    '256',
    '-O',
    '^64bit',
    rootfs,
    '1G'
  ])
  fs.rmSync(staging, { recursive: true, force: true })
  // The boot partition's files, with binary stand-ins of about their real size.
  const blob = (name, bytes) => {
    const source = content.picked.find(p => p.size >= bytes) ?? content.picked[0]
    const data = Buffer.alloc(bytes)
    const fd = fs.openSync(source.file, 'r')
    fs.readSync(fd, data, 0, Math.min(bytes, source.size), 0)
    fs.closeSync(fd)
    fs.writeFileSync(path.join(images, name), data)
  }
  for (const [name, size] of [
    ['rpi-firmware/bootcode.bin', 52e3],
    ['rpi-firmware/start.elf', 3e6],
    ['rpi-firmware/fixup.dat', 7e3],
    ['rpi-firmware/start4.elf', 2.3e6],
    ['rpi-firmware/fixup4.dat', 5e3],
    ['rpi-firmware/overlays/miniuart-bt.dtbo', 2e3],
    ['Image', 24e6]
  ]) {
    blob(name, size)
  }
  const board = path.join(repo, 'configs', 'external', 'board', 'arm64')
  for (const name of ['config.txt', 'cmdline.txt']) {
    fs.copyFileSync(path.join(board, name), path.join(images, 'rpi-firmware', name))
  }
  const dtbs = /^BR2_LINUX_KERNEL_INTREE_DTS_NAME="(.*)"$/m
    .exec(fs.readFileSync(path.join(repo, 'configs', 'arm64', 'buildroot_defconfig'), 'utf8'))[1]
    .split(/\s+/)
    .map(name => `${path.basename(name)}.dtb`)
  for (const dtb of dtbs) blob(dtb, 60e3)
  fs.mkdirSync(path.join(root, 'build'))
  run('sh', [path.join(board, 'post-image.sh')], {
    cwd: root,
    env: { ...env, BINARIES_DIR: images, BUILD_DIR: path.join(root, 'build') }
  })
  fs.rmSync(path.join(root, 'build'), { recursive: true, force: true })
  return { images, content, dtbs }
}

// ---- part A: the candidates -------------------------------------------------------------------

const mb = bytes => (bytes / 1e6).toFixed(0)
async function candidates(images) {
  const results = []
  for (const image of BOTH) {
    const file = path.join(images, image)
    for (const candidate of CANDIDATES.filter(c => c.images.includes(image))) {
      const out = path.join(root, `out.${candidate.ext}`)
      const times = []
      for (let i = 0; i < runs; i += 1) {
        const m = await measure([...candidate.args, '-c', '--', file], { stdoutFile: out })
        if (!m.ok) throw new Error(`${candidate.name} failed:\n${m.consoleText}`)
        const d = await measure([candidate.args[0], '-T0', '-d', '-c', '--', out], {
          stdoutFile: '/dev/null'
        })
        times.push({ ...m, decompress: d.wall })
      }
      const row = {
        image: path.basename(file),
        name: candidate.name,
        bytes: fs.statSync(out).size,
        wall: median(times.map(t => t.wall)),
        cpu: median(times.map(t => t.cpu)),
        rss: median(times.map(t => t.rss)),
        decompress: median(times.map(t => t.decompress))
      }
      fs.rmSync(out)
      results.push(row)
      console.log(
        `${row.image} ${row.name}: ${mb(row.bytes)} MB, ${row.wall.toFixed(1)} s wall, ${row.cpu.toFixed(1)} s CPU, ${row.rss.toFixed(0)} MB, decompress ${row.decompress.toFixed(1)} s`
      )
    }
  }
  console.log(
    '\n| image | candidate | size | × before | wall | × before | CPU | × before | peak RSS | decompress |'
  )
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const row of results) {
    const before = results.find(r => r.image === row.image && r.name === BEFORE) ?? row
    console.log(
      `| ${row.image} | ${row.name} | ${mb(row.bytes)} MB | ${(row.bytes / before.bytes).toFixed(2)} | ${row.wall.toFixed(1)} s | ${(row.wall / before.wall).toFixed(2)} | ${row.cpu.toFixed(1)} s | ${(row.cpu / before.cpu).toFixed(2)} | ${row.rss.toFixed(0)} MB | ${row.decompress.toFixed(1)} s |`
    )
  }
}

// ---- part B: the action's Collect images stage --------------------------------------------------

async function stage(images, dtbs) {
  const clis = (values.cli ?? [`cli=${path.join(repo, 'dist/cli/index.js')}`]).map(spec => {
    const [label, file] = spec.includes('=') ? spec.split(/=(.*)/s) : [spec, spec]
    return { label, file: path.resolve(file) }
  })
  const rows = []
  for (const target of targets) {
    const tree = path.join(root, `buildroot-${target}`)
    fs.mkdirSync(tree, { recursive: true })
    fs.writeFileSync(path.join(tree, 'Config.in'), '')
    const made =
      target === 'arm64'
        ? ['Image', 'rootfs.ext4', 'sdcard.img', ...dtbs]
        : ['rootfs.ext4', 'Image:bzImage', 'Image:rootfs.iso9660']
    // `make` "builds" by linking the stand-ins into images/ (rootfs.ext4 is a symlink in Buildroot too).
    fs.writeFileSync(
      path.join(tree, 'Makefile'),
      standInMakefile([
        '\t@echo ">>> stand-in 1 Building"',
        `\t@mkdir -p $(O)/images && for f in ${made.join(' ')}; do ln -sf ${images}/$\${f%%:*} $(O)/images/$\${f##*:}; done`
      ])
    )
    for (let i = 0; i < runs; i += 1) {
      const order = clis.map((_, k) => clis[(k + i) % clis.length])
      for (const cli of order) {
        const work = path.join(root, 'work')
        fs.rmSync(work, { recursive: true, force: true })
        const m = await measure(
          uncachedStandInBuild(cli.file, target, tree, path.join(repo, 'configs'), work),
          { marks: { from: /^== Collect images/, to: /^Caches are not saved|^images-dir=/ } }
        )
        if (!m.ok) throw new Error(`${cli.label} ${target} failed:\n${m.consoleText.slice(-3000)}`)
        const artifact = path.join(work, 'output', 'artifact')
        const files = fs
          .readdirSync(artifact, { recursive: true })
          .filter(f => fs.statSync(path.join(artifact, f)).isFile())
        const bytes = files.reduce((sum, f) => sum + fs.statSync(path.join(artifact, f)).size, 0)
        const seconds = ((m.seen.to ?? m.ended) - m.seen.from) / 1000
        rows.push({ target, label: cli.label, seconds, cpu: m.cpu, rss: m.rss, bytes, files })
        console.log(
          `${target} ${cli.label}: Collect images ${seconds.toFixed(1)} s, ${m.cpu.toFixed(1)} s CPU in all, ${m.rss.toFixed(0)} MB peak RSS, artifact ${mb(bytes)} MB: ${files.sort().join(', ')}`
        )
        fs.rmSync(work, { recursive: true, force: true })
      }
    }
  }
  console.log(
    '\n| target | side | Collect images (median) | CPU, whole run | peak RSS | artifact |'
  )
  console.log('| --- | --- | ---: | ---: | ---: | ---: |')
  for (const target of targets) {
    for (const cli of clis) {
      const mine = rows.filter(r => r.target === target && r.label === cli.label)
      console.log(
        `| ${target} | ${cli.label} | ${median(mine.map(r => r.seconds)).toFixed(1)} s | ${median(mine.map(r => r.cpu)).toFixed(1)} s | ${median(mine.map(r => r.rss)).toFixed(0)} MB | ${mb(median(mine.map(r => r.bytes)))} MB |`
      )
    }
  }
}

try {
  const started = performance.now()
  const { images, content, dtbs } = makeStandIns()
  console.log(
    `bench-compress: rootfs.ext4 1 GiB holding ${mb(content.goBytes)} MB of Go programs and ${mb(content.otherBytes)} MB of other binaries (${content.picked.length} files); sdcard.img ${mb(fs.statSync(path.join(images, 'sdcard.img')).size)} MB; built in ${((performance.now() - started) / 1000).toFixed(0)} s; ${os.availableParallelism()} CPUs, load ${os.loadavg()[0].toFixed(1)}, ${runs} run(s)`
  )
  if (values.part !== 'stage') await candidates(images)
  if (values.part !== 'candidates') await stage(images, dtbs)
} finally {
  cleanUp()
}
