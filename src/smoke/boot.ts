// Runs one QEMU boot: its serial console goes to a log file and, line by line, to a
// ConsoleWatch; QEMU is stopped when the watch's deadline passes or the guest has reported and
// does not power off. Resolves when QEMU has exited, never leaving it behind.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import type { SmokeEvent } from './protocol.js'
import { ConsoleWatch, type WatchLimits } from './watch.js'

export interface BootRun {
  watch: ConsoleWatch
  seconds: number
}

export function bootAndWatch(options: {
  binary: string
  args: string[]
  limits: WatchLimits
  consoleLog: string
  onEvent?: (event: SmokeEvent) => void
  /** Injected in tests; Date.now otherwise. */
  now?: () => number
}): Promise<BootRun> {
  const now = options.now ?? Date.now
  const started = now()
  const watch = new ConsoleWatch(options.limits, started)
  const log = fs.createWriteStream(options.consoleLog)
  log.write(`# ${options.binary} ${options.args.join(' ')}\n`)

  return new Promise((resolve, reject) => {
    const child = spawn(options.binary, options.args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let pending = ''
    let seen = 0
    let stopping: NodeJS.Timeout | undefined
    const stop = () => {
      if (stopping) return
      child.kill('SIGTERM')
      stopping = setTimeout(() => child.kill('SIGKILL'), 5000)
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
      if (now() < watch.deadline) return
      // After the done line the guest was only slow to power off: the results stand.
      watch.timedOut()
      stop()
    }, 250)

    child.on('error', error => {
      clearInterval(clock)
      log.end()
      reject(new Error(`could not start ${options.binary}: ${error.message}`))
    })
    child.on('close', (code, signal) => {
      clearInterval(clock)
      if (stopping) clearTimeout(stopping)
      if (pending) take(pending)
      watch.exited(signal ? `stopped by ${signal}` : `exit code ${code}`)
      const seconds = Math.round((now() - started) / 1000)
      log.end(() => resolve({ watch, seconds }))
    })
  })
}
