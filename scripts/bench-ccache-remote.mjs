// Times a real multi-file C compile twice against one Redis server as ccache's remote storage,
// in one call: the first build fills Redis; the second, in a fresh output folder with an empty
// local ccache (a new runner of the fleet), gets its results from Redis. It prints both times
// and the second's as a ratio of the first's.
//   LINUX_SRC=/path/to/linux-6.12 node scripts/bench-ccache-remote.mjs [make targets...]
// The compile: files of the kernel tree (default lib/zstd/ lib/xz/ lib/lz4/ lib/crypto/) with
// the arm64 cross compiler, for arm64's defconfig, through Debian's ccache, with the settings the
// action gives ccache (CCACHE_REMOTE_STORAGE, CCACHE_STATSLOG) in make's environment and
// CCACHE_BASEDIR as Buildroot's toolchain wrapper sets it. Each build starts from a removed
// output folder at the same path, as a new runner does. The kernel's own preparation
// (defconfig, prepare) is not timed and not cached.
// Needs: LINUX_SRC, aarch64-linux-gnu-gcc, ccache, redis-server.
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

const linux = process.env.LINUX_SRC
if (!linux || !fs.existsSync(path.join(linux, 'Kconfig'))) {
  console.error('Set LINUX_SRC to a kernel tree (e.g. Debian linux-source-6.12, unpacked).')
  process.exit(2)
}
const targets = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['lib/zstd/', 'lib/xz/', 'lib/lz4/', 'lib/crypto/']
const jobs = String(os.availableParallelism())
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ccache-remote-'))
const password = `bench-${process.pid}`

const port = await new Promise(resolve => {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = server.address()
    server.close(() => resolve(free))
  })
})
fs.writeFileSync(
  path.join(work, 'redis.conf'),
  `port ${port}\nbind 127.0.0.1\nsave ""\nappendonly no\ndir ${work}\nrequirepass ${password}\n`
)
const redis = spawn('redis-server', [path.join(work, 'redis.conf')], { stdio: 'ignore' })
for (let tries = 0; ; tries += 1) {
  const up = await new Promise(resolve =>
    net
      .connect(port, '127.0.0.1')
      .once('connect', function () {
        this.destroy()
        resolve(true)
      })
      .once('error', () => resolve(false))
  )
  if (up) break
  if (tries > 200) throw new Error('redis-server did not start')
  await sleep(50)
}

const kernelMake = (out, args, env = process.env) =>
  execFileSync(
    'make',
    [
      '-s',
      '-C',
      linux,
      `O=${out}`,
      'ARCH=arm64',
      'CROSS_COMPILE=aarch64-linux-gnu-',
      `-j${jobs}`,
      ...args
    ],
    { env, stdio: ['ignore', 'ignore', 'inherit'] }
  )

/**
 * One runner of the fleet: an output folder of its own at the same path (runners of one image
 * build in the same folder, e.g. $RUNNER_TEMP/buildroot-k8s-arm64), an empty local ccache, the
 * shared Redis. Returns seconds.
 */
function build(name) {
  const out = path.join(work, 'runner', 'out')
  fs.rmSync(out, { recursive: true, force: true })
  kernelMake(out, ['defconfig'])
  kernelMake(out, ['prepare'])
  const statsLog = path.join(work, name, 'stats.log')
  const env = {
    ...process.env,
    CCACHE_DIR: path.join(work, name, 'ccache'),
    CCACHE_BASEDIR: work,
    CCACHE_REMOTE_STORAGE: `redis://${password}@127.0.0.1:${port}`,
    CCACHE_STATSLOG: statsLog
  }
  const started = process.hrtime.bigint()
  kernelMake(out, ['CC=ccache aarch64-linux-gnu-gcc', ...targets], env)
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const counts = {}
  for (const line of fs.readFileSync(statsLog, 'utf8').split('\n')) {
    if (line.startsWith('# ')) counts.calls = (counts.calls ?? 0) + 1
    else if (line) counts[line] = (counts[line] ?? 0) + 1
  }
  console.log(
    `${name}: ${seconds.toFixed(1)} s, ${counts.calls ?? 0} compiler calls, remote ${counts.remote_storage_hit ?? 0} hits, ${counts.remote_storage_miss ?? 0} misses, ${(counts.remote_storage_error ?? 0) + (counts.remote_storage_timeout ?? 0)} errors`
  )
  return seconds
}

try {
  console.log(`compiling ${targets.join(' ')} of ${linux} for arm64 with ${jobs} jobs`)
  const first = build('first')
  const second = build('second')
  console.log(
    `second build (empty local ccache, remote hits) against the first (remote filled): ${second.toFixed(1)} s / ${first.toFixed(1)} s = ratio ${(second / first).toFixed(2)}`
  )
} finally {
  redis.kill()
  execFileSync('rm', ['-rf', work])
}
