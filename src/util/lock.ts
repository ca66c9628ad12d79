// Lock files: a folder (an output folder, a cache folder) used by one process at a time. The
// lock is a small JSON file naming its holder (pid, command, start), created whole or not at
// all (written aside, then hard-linked into place, which fails when the lock exists). A lock
// whose holder is gone (killed, a power cut) is taken over with a notice; a holder is gone when
// its pid no longer runs, or runs a later process (its start time in /proc differs). A lock of
// another machine (a shared network folder) is never taken over.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { cancellation, CancelledError } from './process-groups.js'

export interface LockHolder {
  pid: number
  /** The command line of the holder, as `ps` shows it. */
  command: string
  /** When the lock was taken (ISO time). */
  since: string
  host: string
  /** The holder's start time in clock ticks since boot (/proc/<pid>/stat field 22), and the boot it belongs to. */
  startTicks?: string
  bootId?: string
}

export class LockBusyError extends Error {
  constructor(
    readonly file: string,
    readonly holder: LockHolder | undefined,
    message: string
  ) {
    super(message)
    this.name = 'LockBusyError'
  }
}

export interface Lock {
  readonly file: string
  release(): void
}

export interface LockOptions {
  /** What the lock protects, for messages: "the output folder /x". */
  what: string
  /** Wait for the holder to finish instead of failing at once; a number caps the wait (ms). */
  wait?: boolean | number
  /** Says that this process waits, and for whom (once). */
  onWait?: (holder: LockHolder | undefined) => void
  /** Says that a lock of a process that is gone was taken over. */
  onTakeOver?: (holder: LockHolder | undefined) => void
  /** What the message of a busy lock tells the user to do. */
  advice?: string
  pollMs?: number
}

function readProc(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. */
function startTicks(pid: number): string | undefined {
  const stat = readProc(`/proc/${pid}/stat`)
  if (!stat) return undefined
  return stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .at(19)
}

const bootId = (): string | undefined => readProc('/proc/sys/kernel/random/boot_id')?.trim()

function me(): LockHolder {
  return {
    pid: process.pid,
    command: [path.basename(process.argv0), ...process.argv.slice(1)].join(' ').slice(0, 500),
    since: new Date().toISOString(),
    host: os.hostname(),
    startTicks: startTicks(process.pid),
    bootId: bootId()
  }
}

/** Whether the process that took the lock still runs (a lock of another host counts as held). */
export function holderAlive(holder: LockHolder): boolean {
  if (holder.host !== os.hostname()) return true
  if (holder.bootId && bootId() && holder.bootId !== bootId()) return false
  if (holder.startTicks) {
    const now = startTicks(holder.pid)
    if (now !== undefined) return now === holder.startTicks
  }
  try {
    process.kill(holder.pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export function readHolder(file: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder
    return typeof holder.pid === 'number' ? holder : undefined
  } catch {
    return undefined
  }
}

export function describeHolder(holder: LockHolder | undefined): string {
  if (!holder) return 'a process whose lock file cannot be read'
  const where = holder.host === os.hostname() ? '' : ` on ${holder.host}`
  return `pid ${holder.pid}${where} (${holder.command}) since ${holder.since}`
}

/** Locks this process holds, with how many times each was taken (a lock is reentrant). */
const held = new Map<string, number>()

function releaseAll(): void {
  for (const file of held.keys()) {
    if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true })
  }
  held.clear()
}
let exitHookInstalled = false

/** One try: true when this process now holds the lock. */
function tryTake(file: string, options: LockOptions): boolean {
  const mine = `${file}.${process.pid}.new`
  fs.writeFileSync(mine, `${JSON.stringify(me())}\n`)
  try {
    fs.linkSync(mine, file)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  } finally {
    fs.rmSync(mine, { force: true })
  }
  let stat: fs.Stats
  try {
    stat = fs.statSync(file)
  } catch {
    return false // released in between: try again
  }
  const holder = readHolder(file)
  // An unreadable lock file younger than a few seconds may be one being replaced right now.
  const stale = holder ? !holderAlive(holder) : Date.now() - stat.mtimeMs > 5000
  if (!stale) return false
  // Move the stale lock aside and check it is the one judged stale (not one taken meanwhile).
  const aside = `${file}.stale-${process.pid}`
  try {
    fs.renameSync(file, aside)
  } catch {
    return false
  }
  if (fs.statSync(aside).ino !== stat.ino) {
    try {
      fs.linkSync(aside, file)
    } catch {
      // Someone holds it now; theirs stays.
    }
    fs.rmSync(aside, { force: true })
    return false
  }
  fs.rmSync(aside, { force: true })
  options.onTakeOver?.(holder)
  return tryTake(file, { ...options, onTakeOver: undefined })
}

/**
 * Takes the lock file `file` for this process: at once, or after waiting when `wait` is set;
 * else throws LockBusyError naming the holder. Released by release(), or when this process
 * exits (a kill -9 leaves it, and the next process takes it over).
 */
export async function acquireLock(file: string, options: LockOptions): Promise<Lock> {
  const count = held.get(file)
  if (count) {
    held.set(file, count + 1)
    return lockHandle(file)
  }
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const deadline =
    typeof options.wait === 'number' ? Date.now() + options.wait : options.wait ? Infinity : 0
  let waited = false
  while (!tryTake(file, options)) {
    const holder = readHolder(file)
    if (Date.now() >= deadline) {
      throw new LockBusyError(
        file,
        holder,
        `${options.what} is in use by ${describeHolder(holder)}${waited ? `, still after waiting` : ''} (lock file ${file}).` +
          (options.advice ? ` ${options.advice}` : '')
      )
    }
    if (!waited) options.onWait?.(holder)
    waited = true
    const stopped = cancellation()
    if (stopped) throw new CancelledError(stopped)
    await new Promise(resolve => setTimeout(resolve, options.pollMs ?? 500))
  }
  held.set(file, 1)
  if (!exitHookInstalled) {
    exitHookInstalled = true
    process.on('exit', releaseAll)
  }
  return lockHandle(file)
}

function lockHandle(file: string): Lock {
  let released = false
  return {
    file,
    release() {
      if (released) return
      released = true
      const count = held.get(file) ?? 0
      if (count > 1) {
        held.set(file, count - 1)
        return
      }
      held.delete(file)
      // Only our own lock is removed: one taken over from us (we looked dead) stays.
      if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true })
    }
  }
}

/** Runs `work` holding the lock `file`. */
export async function withLock<T>(
  file: string,
  options: LockOptions,
  work: () => Promise<T>
): Promise<T> {
  const lock = await acquireLock(file, options)
  try {
    return await work()
  } finally {
    lock.release()
  }
}
