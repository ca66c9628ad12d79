// Cancelling stops the whole tree a command started, not just the command: a shell's
// children and grandchildren included, and those that ignore the signal after a grace period.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import {
  cancellation,
  cancelRun,
  killAllGroups,
  resetCancellation,
  runningGroups,
  throwIfCancelled
} from '../../src/util/process-groups.js'
import { run } from '../../src/util/run.js'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'groups-'))
})
afterEach(() => {
  resetCancellation()
  fs.rmSync(dir, { recursive: true, force: true })
})

/** A process that still runs (a zombie waiting for its new parent to reap it has stopped). */
const alive = (pid: number): boolean => {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    return !['Z', 'X'].includes(stat.slice(stat.lastIndexOf(')') + 2)[0])
  } catch {
    return false
  }
}

/** Runs a shell that starts `children` background processes and a grandchild, then waits. */
function startTree(script: string) {
  const pids = path.join(dir, 'pids')
  const finished = run('sh', ['-c', script.replaceAll('PIDS', pids)])
  const started = async (count: number): Promise<number[]> => {
    for (;;) {
      const listed = fs.existsSync(pids)
        ? fs.readFileSync(pids, 'utf8').split('\n').filter(Boolean).map(Number)
        : []
      if (listed.length >= count) return listed
      await new Promise(resolve => setTimeout(resolve, 20))
    }
  }
  return { finished, started }
}

it('stops a shell, its children and its grandchildren, and says which signal ended it', async () => {
  const tree = startTree(
    // A child shell with a grandchild of its own; every pid is listed.
    `sh -c 'sleep 600 & echo $! >> PIDS; echo $$ >> PIDS; wait' & sleep 600 & echo $! >> PIDS; echo $$ >> PIDS; wait`
  )
  const pids = await tree.started(4)
  expect(pids.every(alive)).toBe(true)

  await cancelRun('signal', { signal: 'SIGTERM', graceMs: 5000 })
  const result = await tree.finished
  expect(result.signal).toBe('SIGTERM')
  expect(result.exitCode).toBe(128 + 15)
  expect(pids.filter(alive)).toEqual([])
  expect(runningGroups()).toEqual([])
  expect(cancellation()).toMatchObject({ reason: 'signal', signal: 'SIGTERM' })
  expect(() => throwIfCancelled()).toThrow('cancelled (SIGTERM)')
})

it('kills what ignores the signal once the grace period is over', async () => {
  // Background jobs of a non-interactive shell ignore SIGINT (POSIX), as make's do under sh.
  const tree = startTree(
    `sleep 600 & echo $! >> PIDS; sleep 600 & echo $! >> PIDS; echo $$ >> PIDS; wait`
  )
  const pids = await tree.started(3)
  await cancelRun('signal', { signal: 'SIGINT', graceMs: 300 })
  await tree.finished
  expect(pids.filter(alive)).toEqual([])
})

it('remembers a group whose leader ended while its children run on, and kills it at once', async () => {
  // With a log file there is no pipe to wait for: the shell ends, its background sleep runs on.
  const pids = path.join(dir, 'pids')
  const log = path.join(dir, 'log')
  fs.writeFileSync(log, '')
  const result = await run('sh', ['-c', `sleep 600 & echo $! > '${pids}'`], { logFile: log })
  expect(result.exitCode).toBe(0)
  const child = Number(fs.readFileSync(pids, 'utf8'))
  expect(alive(child)).toBe(true)
  expect(runningGroups()).toHaveLength(1)
  killAllGroups()
  for (let i = 0; i < 50 && alive(child); i++) await new Promise(r => setTimeout(r, 20))
  expect(alive(child)).toBe(false)
  expect(runningGroups()).toEqual([])
})
