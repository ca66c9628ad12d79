// Cancellation. Every command run.ts starts leads a process group of its own, tracked here.
// A workflow cancel or timeout reaches only this Node process: the runner sends SIGINT, then
// SIGTERM 7.5 s later, then kills this process 2.5 s after that (actions/runner,
// src/Runner.Sdk/ProcessInvoker.cs: _sigintTimeout 7500 ms, _sigtermTimeout 2500 ms,
// kill(_proc.Id, ...) on the process alone, then Process.Kill()). Make, the compilers and wget
// would run on as orphans, so the signal is forwarded to each group, given a few seconds, and
// what is left is killed; the pipeline then writes its summary and exits non-zero, all before
// the runner's SIGTERM. The time limit (time-limit) stops a build the same way. A second signal
// (or the post step's first) kills every group at once, those whose leader already ended too,
// and nothing more is saved; at exit, whatever a group still holds is killed.
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export type CancelReason = 'signal' | 'time-limit'

export interface Cancellation {
  reason: CancelReason
  /** The signal received (reason 'signal'). */
  signal?: NodeJS.Signals
  /** When it happened (ms since the epoch). */
  at: number
}

/** Leaders of the process groups still running. */
const groups = new Set<number>()
/**
 * Groups whose leader has ended while others of the group ran on (a command writing to a log
 * file has no pipe that would keep it open until its children end): still stopped on a cancel.
 */
const leaderless = new Set<number>()
let cancelled: Cancellation | undefined
/** Set by a second stop signal: everything was killed at once, and nothing more is done. */
let stoppedAtOnce = false
/** The stops cancelRun started; resolved once every group they signalled is gone. */
let stopping: Promise<void> = Promise.resolve()

/** Registers a child started with `detached: true` (it leads its own group); returns `untrack`. */
export function trackProcessGroup(child: ChildProcess): () => void {
  const pid = child.pid
  if (pid === undefined) return () => undefined
  groups.add(pid)
  installExitKill()
  return () => {
    groups.delete(pid)
    if (groupAlive(pid)) leaderless.add(pid)
  }
}

/** Process groups this process started that have not finished yet (leaderless ones included). */
export function runningGroups(): number[] {
  for (const pid of leaderless) if (!groupAlive(pid)) leaderless.delete(pid)
  return [...groups, ...leaderless]
}

/** Why the pipeline was cancelled, or undefined while it is not. */
export function cancellation(): Cancellation | undefined {
  return cancelled
}

/** Every reason the run was cancelled for so far: the time limit may be followed by a signal. */
const cancelledFor = new Map<CancelReason, Cancellation>()
/** Who waits for a cancel (whenCancelled), and for which reasons. */
let cancelWaiters: { reasons: readonly CancelReason[]; resolve(stopped: Cancellation): void }[] = []

/** The cancel for `reason`, when one came. */
export function cancelledBy(reason: CancelReason): Cancellation | undefined {
  return cancelledFor.get(reason)
}

/** Resolves when the run is cancelled for one of `reasons` (at once when it is already). */
export function whenCancelled(
  reasons: readonly CancelReason[] = ['signal', 'time-limit']
): Promise<Cancellation> {
  const already = reasons.map(reason => cancelledFor.get(reason)).find(Boolean)
  if (already) return Promise.resolve(already)
  return new Promise(resolve => cancelWaiters.push({ reasons, resolve }))
}

/** Thrown between stages once the run has been cancelled. */
export class CancelledError extends Error {
  constructor(readonly cancellation: Cancellation) {
    super(
      cancellation.reason === 'time-limit'
        ? 'stopped at the time limit'
        : `cancelled (${cancellation.signal ?? 'signal'})`
    )
    this.name = 'CancelledError'
  }
}

/** Throws CancelledError when the run has been cancelled: called before each stage. */
export function throwIfCancelled(): void {
  if (cancelled) throw new CancelledError(cancelled)
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch {
    // The group is gone already.
  }
}

/**
 * Whether any process of the group is left. Its leader may have ended while its children run
 * on (a command writing to a log file has no pipe that would keep it open until they end).
 */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0)
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
  // A zombie still counts for kill(); where no init reaps orphans (a container whose first
  // process is not one), a group of zombies would look alive forever.
  return hasLiveMember(pid)
}

/** Whether a process of group `pgid` runs (is not a zombie), as /proc says; true without /proc. */
function hasLiveMember(pgid: number): boolean {
  let names: string[]
  try {
    names = fs.readdirSync('/proc')
  } catch {
    return true
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue
    let stat: string
    try {
      stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8')
    } catch {
      continue
    }
    // Fields after the command: state, ppid, pgrp, ...
    const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(group) === pgid && state !== 'Z' && state !== 'X') return true
  }
  return false
}

/**
 * Kills every group this process started that still has a process, at once: a second stop
 * signal, and this process's exit (so that nothing it started outlives it).
 */
export function killAllGroups(): void {
  for (const pid of runningGroups()) signalGroup(pid, 'SIGKILL')
}

let exitKillInstalled = false
function installExitKill(): void {
  if (exitKillInstalled) return
  exitKillInstalled = true
  process.on('exit', killAllGroups)
}

/** Whether a second stop signal killed everything at once: the caches are not saved then. */
export function stoppedAtOnceBySignal(): boolean {
  return stoppedAtOnce
}

/** Waits until no group of `targets` has a live process, or until `deadline`. */
async function waitForGroups(targets: number[], deadline: number): Promise<void> {
  while (targets.some(groupAlive) && Date.now() < deadline) {
    // Not unref()ed: while a stop is awaited, nothing else may keep the event loop alive.
    await new Promise(resolve => setTimeout(resolve, 50))
  }
}

/**
 * How long a killed process may take to be gone: kill() returns before the kernel has ended
 * it, and a caller that removes the command's files next must not race its last writes.
 */
const KILLED_GONE_MS = 2000

/**
 * Sends `signal` to every running group, waits up to `graceMs` for them, then kills the rest
 * and waits until they are gone.
 */
export async function stopAllGroups(signal: NodeJS.Signals, graceMs: number): Promise<void> {
  const targets = runningGroups()
  for (const pid of targets) signalGroup(pid, signal)
  await waitForGroups(targets, Date.now() + graceMs)
  const left = targets.filter(groupAlive)
  for (const pid of left) signalGroup(pid, 'SIGKILL')
  await waitForGroups(left, Date.now() + KILLED_GONE_MS)
}

/**
 * Cancels the run: marks it cancelled (so no further stage starts) and stops what runs. The
 * first call wins; later calls only stop what was started since.
 */
export async function cancelRun(
  reason: CancelReason,
  options: { signal?: NodeJS.Signals; graceMs: number }
): Promise<void> {
  if (!cancelledFor.has(reason)) {
    const now: Cancellation = { reason, signal: options.signal, at: Date.now() }
    cancelled ??= now
    cancelledFor.set(reason, now)
    const waiting = cancelWaiters.filter(waiter => waiter.reasons.includes(reason))
    cancelWaiters = cancelWaiters.filter(waiter => !waiter.reasons.includes(reason))
    for (const waiter of waiting) waiter.resolve(now)
  }
  const stop = stopAllGroups(options.signal ?? 'SIGINT', options.graceMs)
  stopping = Promise.all([stopping, stop]).then(() => undefined)
  await stop
}

/**
 * Resolves once the groups being stopped are gone. A command whose leader ended on the signal
 * may leave children that take the grace period to go: its caller waits for them here.
 */
export function groupsStopped(): Promise<void> {
  return stopping
}

/**
 * How long make and its children get to stop after the signal is forwarded before they are
 * killed: short enough that the summary is written well before the runner's SIGTERM (7.5 s).
 */
export const CANCEL_GRACE_MS = 4000

const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

/**
 * A Ctrl-C in a terminal reaches every process of the foreground group at once, and npx (npm's
 * run-script) forwards it once more: signals this close together are one request to stop.
 */
const SAME_REQUEST_MS = 1000

/**
 * Stops at once: marks the run cancelled and stopped at once (nothing more is saved) and kills
 * every group it ever started; whatever is still waiting (a network call) gets 3 s, then this
 * process ends.
 */
export function stopAtOnce(signal: NodeJS.Signals): void {
  cancelled ??= { reason: 'signal', signal, at: Date.now() }
  stoppedAtOnce = true
  killAllGroups()
  setTimeout(() => process.exit(128 + (os.constants.signals[signal] ?? 0)), 3000).unref()
}

/**
 * Handles SIGINT, SIGTERM and SIGHUP: the first forwards the signal to every running group and
 * cancels the run (with `atOnce`, it stops at once); a later one (a second Ctrl-C, the runner's
 * SIGTERM) stops at once. `onSignal` says what happens (the command line prints it). Returns a
 * function that removes the handlers.
 */
export function handleStopSignals(
  onSignal: (signal: NodeJS.Signals, first: boolean) => void = () => undefined,
  options: { atOnce?: boolean } = {}
): () => void {
  let firstAt: number | undefined
  const handler = (signal: NodeJS.Signals): void => {
    const now = Date.now()
    if (firstAt === undefined) {
      firstAt = now
      onSignal(signal, true)
      if (options.atOnce) stopAtOnce(signal)
      else void cancelRun('signal', { signal, graceMs: CANCEL_GRACE_MS })
    } else if (now - firstAt >= SAME_REQUEST_MS && !stoppedAtOnce) {
      onSignal(signal, false)
      stopAtOnce(signal)
    }
  }
  for (const signal of STOP_SIGNALS) process.on(signal, handler)
  return () => {
    for (const signal of STOP_SIGNALS) process.off(signal, handler)
  }
}

/** For tests: forgets a cancellation. */
export function resetCancellation(): void {
  cancelled = undefined
  cancelledFor.clear()
  cancelWaiters = []
  stoppedAtOnce = false
  stopping = Promise.resolve()
}

let setpriv: string | null | undefined

/**
 * `command args` wrapped so that the kernel kills it when this process dies, even by SIGKILL
 * (setpriv --pdeathsig KILL, from util-linux), where setpriv is installed; else as it is. For
 * commands that write into a cache folder (tar): none of them outlives the step that started it.
 */
export function tiedToThisProcess(command: string, args: string[]): [string, string[]] {
  if (setpriv === undefined) {
    setpriv =
      (process.env.PATH ?? '')
        .split(path.delimiter)
        .map(dir => path.join(dir, 'setpriv'))
        .find(file => fs.existsSync(file)) ?? null
  }
  return setpriv ? [setpriv, ['--pdeathsig', 'KILL', command, ...args]] : [command, args]
}
