// Lock files: one holder at a time, a busy lock names its holder, a dead holder's lock is taken
// over with a notice (a pid that now runs another process counts as dead).
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { acquireLock, LockBusyError, readHolder, type LockHolder } from '../../src/util/lock.js'

let dir: string
let sleeper: ChildProcess | undefined
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lock-'))
})
afterEach(() => {
  sleeper?.kill('SIGKILL')
  sleeper = undefined
  fs.rmSync(dir, { recursive: true, force: true })
})

const startTicks = (pid: number): string => {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
}

/** A lock file as another process would have written it. */
function heldBy(file: string, pid: number, extra: Partial<LockHolder> = {}): void {
  const holder: LockHolder = {
    pid,
    command: 'buildroot-k8s build --target amd64',
    since: '2026-01-01T00:00:00.000Z',
    host: os.hostname(),
    startTicks: startTicks(pid),
    bootId: fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim(),
    ...extra
  }
  fs.writeFileSync(file, JSON.stringify(holder))
}

const otherProcess = (): number => {
  sleeper = spawn('sleep', ['60'])
  return sleeper.pid ?? 0
}

describe('acquireLock', () => {
  it('writes who holds it, and removes it on release', async () => {
    const file = path.join(dir, 'a.lock')
    const lock = await acquireLock(file, { what: 'the folder' })
    expect(readHolder(file)).toMatchObject({ pid: process.pid, host: os.hostname() })
    lock.release()
    expect(fs.existsSync(file)).toBe(false)
  })

  it('fails at once naming the holder when another live process holds it', async () => {
    const file = path.join(dir, 'b.lock')
    const pid = otherProcess()
    heldBy(file, pid)
    const error = await acquireLock(file, { what: 'output-dir /x', advice: 'Wait.' }).then(
      () => undefined,
      (e: unknown) => e as LockBusyError
    )
    expect(error).toBeInstanceOf(LockBusyError)
    expect(error?.message).toBe(
      `output-dir /x is in use by pid ${pid} (buildroot-k8s build --target amd64) since 2026-01-01T00:00:00.000Z (lock file ${file}). Wait.`
    )
  })

  it('waits for the holder when asked, and takes the lock once it is released', async () => {
    const file = path.join(dir, 'c.lock')
    heldBy(file, otherProcess())
    const waited: string[] = []
    setTimeout(() => fs.rmSync(file), 300)
    const lock = await acquireLock(file, {
      what: 'the folder',
      wait: true,
      pollMs: 50,
      onWait: holder => waited.push(String(holder?.pid))
    })
    expect(waited).toEqual([String(sleeper?.pid)])
    expect(readHolder(file)?.pid).toBe(process.pid)
    lock.release()
  })

  it('takes over the lock of a process that is gone, or whose pid now runs another process', async () => {
    for (const holder of [
      { pid: 2 ** 22 + 12345 }, // no such pid
      { pid: process.pid, startTicks: '1' } // this pid, but a process that started at boot
    ]) {
      const file = path.join(dir, `stale-${holder.pid}.lock`)
      fs.writeFileSync(
        file,
        JSON.stringify({ command: 'old run', since: 'then', host: os.hostname(), ...holder })
      )
      const taken: (number | undefined)[] = []
      const lock = await acquireLock(file, {
        what: 'the folder',
        onTakeOver: previous => taken.push(previous?.pid)
      })
      expect(taken).toEqual([holder.pid])
      expect(readHolder(file)?.startTicks).toBe(startTicks(process.pid))
      lock.release()
    }
  })

  it("never takes over another machine's lock", async () => {
    const file = path.join(dir, 'd.lock')
    heldBy(file, process.pid, { host: 'another-host', startTicks: '1' })
    await expect(acquireLock(file, { what: 'the folder' })).rejects.toThrow(/on another-host/)
  })
})
