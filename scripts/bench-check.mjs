// Times check mode for both targets with local sources, through the bundled command line:
//   BUILDROOT_SRC=/path/to/buildroot LINUX_SRC=/path/to/linux node scripts/bench-check.mjs [runs]
// Prints one line per run and target; the goal is well under a minute each with local trees.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const { BUILDROOT_SRC, LINUX_SRC } = process.env
if (!BUILDROOT_SRC || !LINUX_SRC) {
  console.error('Set BUILDROOT_SRC and LINUX_SRC to a Buildroot and a kernel source tree.')
  process.exit(2)
}
const runs = Number(process.argv[2] ?? 2)
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-check-'))
for (let run = 1; run <= runs; run += 1) {
  for (const target of ['amd64', 'arm64']) {
    const started = process.hrtime.bigint()
    let outcome = 'ok'
    try {
      execFileSync(
        process.execPath,
        [
          'dist/cli/index.js',
          'check',
          '--target',
          target,
          '--buildroot-src',
          BUILDROOT_SRC,
          '--linux-src',
          LINUX_SRC,
          '--output',
          path.join(work, `run${run}-${target}`),
          '--cache-dir',
          path.join(work, 'cache')
        ],
        { stdio: 'ignore' }
      )
    } catch {
      outcome = 'failed'
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    console.log(`run ${run} ${target}: ${seconds.toFixed(1)} s (${outcome})`)
  }
}
fs.rmSync(work, { recursive: true, force: true })
