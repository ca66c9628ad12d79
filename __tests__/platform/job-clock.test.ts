// time-limit counts from the job's start, read from the runner's worker process in /proc.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, expect, it } from '@jest/globals'
import { jobStartedAt } from '../../src/platform/job-clock.js'

const proc = fs.mkdtempSync(path.join(os.tmpdir(), 'proc-'))
afterEach(() => fs.rmSync(proc, { recursive: true, force: true }))

/** A /proc with a boot time and one process `pid` named `comm` started `ticks` after boot. */
function fakeProc(pid: number, comm: string, ticks: number, btime: number): void {
  fs.mkdirSync(path.join(proc, String(pid)), { recursive: true })
  fs.writeFileSync(path.join(proc, 'stat'), `cpu  1 2 3\nbtime ${btime}\nprocesses 9\n`)
  fs.writeFileSync(path.join(proc, String(pid), 'comm'), `${comm}\n`)
  // Fields after the name: state, ppid, ... field 22 (start time) is the 20th after ") ".
  const rest = ['S', '1', ...Array.from({ length: 17 }, () => '0'), String(ticks), '0', '0']
  fs.writeFileSync(path.join(proc, String(pid), 'stat'), `${pid} (${comm}) ${rest.join(' ')}\n`)
}

it("is the start of the runner's worker process, our parent", () => {
  const boot = 1_700_000_000
  fakeProc(42, 'Runner.Worker', 360_000, boot) // 3600 s after boot
  const now = (boot + 3600 + 600) * 1000
  expect(jobStartedAt(42, proc, now)).toBe((boot + 3600) * 1000)
})

it('is unknown when the parent is not a runner worker, or the answer makes no sense', () => {
  fakeProc(7, 'bash', 100, 1_700_000_000)
  expect(jobStartedAt(7, proc, Date.now())).toBeUndefined()
  fakeProc(8, 'Runner.Worker', 100, 1_700_000_000)
  expect(jobStartedAt(8, proc, 1_000)).toBeUndefined()
  expect(jobStartedAt(9, proc, Date.now())).toBeUndefined()
})
