// When the job started, for time-limit. GitHub gives a step neither the job's timeout nor its
// start time (no variable in the step's environment or contexts; the runner enforces
// timeout-minutes through a cancel from the service). The runner starts one Runner.Worker
// process per job, and that worker starts this step's Node directly, so the worker's start time
// in /proc is the job's start. Elsewhere (the command line, a container job) there is no job
// clock and the limit counts from the start of the step.
import fs from 'node:fs'
import path from 'node:path'

/** Linux reports process start times in clock ticks of USER_HZ, which is 100 on every architecture Linux runs GitHub runners on. */
const USER_HZ = 100

/** Start of the job (ms since the epoch) when this process runs under a GitHub runner's worker. */
export function jobStartedAt(
  ppid = process.ppid,
  proc = '/proc',
  now = Date.now()
): number | undefined {
  try {
    const comm = fs.readFileSync(path.join(proc, String(ppid), 'comm'), 'utf8').trim()
    if (comm !== 'Runner.Worker') return undefined
    // Field 22 of /proc/<pid>/stat is the start time in ticks after boot; the command name
    // (field 2) may hold spaces, so count from the last ')'.
    const stat = fs.readFileSync(path.join(proc, String(ppid), 'stat'), 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ticks = Number(fields[19])
    const bootLine = /^btime (\d+)$/m.exec(fs.readFileSync(path.join(proc, 'stat'), 'utf8'))
    if (!bootLine || !Number.isFinite(ticks)) return undefined
    const started = Number(bootLine[1]) * 1000 + (ticks / USER_HZ) * 1000
    // A start in the future or more than 5 days back (the longest a job runs) is not a job's.
    return started <= now && now - started < 5 * 24 * 3600 * 1000 ? started : undefined
  } catch {
    return undefined
  }
}
