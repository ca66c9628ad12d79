// Runs one QEMU boot: its serial console goes to a log file and, line by line, to a
// ConsoleWatch; QEMU is stopped when the watch's deadline passes, when the boot is lost, or when
// the guest has reported and does not power off. QEMU leads a process group of its own that
// the pipeline's cancellation stops (util/process-groups.ts: a signal to the action or the CLI).
// Resolves when QEMU has exited, never leaving it behind.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { cancellation, trackProcessGroup } from '../util/process-groups.js'
import type { SmokeEvent } from './protocol.js'
import { ConsoleWatch, type WatchLimits } from './watch.js'

export interface BootRun {
  watch: ConsoleWatch
  seconds: number
}

/** How long QEMU gets to end on SIGTERM before it is killed. */
const STOP_GRACE_MS = 5000

export function bootAndWatch(options: {
  binary: string
  args: string[]
  limits: WatchLimits
  /** false for a direct kernel boot: no firmware milestone. */
  withFirmware: boolean
  consoleLog: string
  onEvent?: (event: SmokeEvent) => void
  /** Injected in tests; Date.now otherwise. */
  now?: () => number
}): Promise<BootRun> {
  const now = options.now ?? Date.now
  const started = now()
  const watch = new ConsoleWatch(options.limits, started, options.withFirmware)
  const log = fs.createWriteStream(options.consoleLog)
  log.write(`# ${options.binary} ${options.args.join(' ')}\n`)

  return new Promise((resolve, reject) => {
    const child = spawn(options.binary, options.args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    const untrack = trackProcessGroup(child)
    let pending = ''
    let seen = 0
    let stopping: NodeJS.Timeout | undefined
    const signalGroup = (signal: NodeJS.Signals) => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, signal)
      } catch {
        // gone already
      }
    }
    const stop = () => {
      if (stopping) return
      signalGroup('SIGTERM')
      stopping = setTimeout(() => signalGroup('SIGKILL'), STOP_GRACE_MS)
    }
    const take = (line: string) => {
      watch.feed(line, now())
      while (seen < watch.events.length) options.onEvent?.(watch.events[seen++])
      if (watch.failure) stop()
    }
    child.stdout.on('data', (chunk: Buffer) => {
      log.write(chunk)
      const lines = (pending + chunk.toString('utf8')).split('\n')
      pending = lines.pop() ?? ''
      lines.forEach(take)
    })
    child.stderr.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        log.write(`qemu: ${line}\n`)
        watch.feed(`qemu: ${line}`, now())
      }
    })

    const clock = setInterval(() => {
      const at = now()
      if (at < watch.deadline) return
      watch.timedOut(at)
      stop()
    }, 250)

    child.on('error', error => {
      untrack()
      clearInterval(clock)
      log.end()
      reject(new Error(`could not start ${options.binary}: ${error.message}`))
    })
    child.on('close', (code, signal) => {
      untrack()
      clearInterval(clock)
      if (stopping) clearTimeout(stopping)
      if (pending) take(pending)
      const cancelled = cancellation()
      if (cancelled) {
        watch.interrupted(
          `stopped by ${cancelled.signal ?? cancelled.reason} before the boot finished: QEMU was stopped`
        )
      }
      watch.exited(signal ? `stopped by ${signal}` : `exit code ${code}`)
      if (watch.poweroffMissed) {
        log.write(
          `# the guest printed its done line but did not power off within ${options.limits.poweroffSeconds} s: QEMU was stopped\n`
        )
      }
      const seconds = Math.round((now() - started) / 1000)
      log.end(() => resolve({ watch, seconds }))
    })
  })
}
