// Follows one boot's serial console: the smoke events in it, the console lines that mean the
// boot is lost (a kernel panic, no bootable device), and the time limits of each phase. Pure:
// the caller feeds lines and the clock, and stops QEMU when `deadline` has passed.
import { parseSmokeLine, type SmokeEvent } from './protocol.js'

export interface WatchLimits {
  /** From starting QEMU to the smoke script's start line. */
  bootSeconds: number
  /** Added to each check's own limit, and allowed between two checks. */
  graceSeconds: number
  /** After the done line, for the guest to power off before QEMU is stopped. */
  poweroffSeconds: number
}

export interface WatchFailure {
  /** The check to blame: "boot" before the script started, else the check that was running. */
  check: string
  reason: string
}

/** Console lines after which the boot cannot go on; what each means. */
const FATAL_LINES: { pattern: RegExp; meaning: string }[] = [
  { pattern: /Kernel panic - not syncing/, meaning: 'the kernel panicked' },
  { pattern: /No bootable device/, meaning: 'the BIOS found nothing to boot' },
  {
    pattern: /No bootable option or device was found/,
    meaning: 'the UEFI firmware found nothing to boot'
  },
  { pattern: /you need to load the kernel first/, meaning: 'GRUB could not load the kernel' }
]

const KEPT_LINES = 20

/** Removes terminal escape sequences and carriage returns (firmware draws its menus with them). */
export function plainConsoleLine(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\r/g, '')
}

export class ConsoleWatch {
  readonly events: SmokeEvent[] = []
  failure?: WatchFailure
  finished = false
  private started = false
  private running?: { check: string; limitSeconds: number }
  private lastCheck?: string
  private deadlineAt: number
  private readonly recent: string[] = []

  constructor(
    private readonly limits: WatchLimits,
    startedAt: number
  ) {
    this.deadlineAt = startedAt + limits.bootSeconds * 1000
  }

  /** When the current phase runs out (ms since the epoch). */
  get deadline(): number {
    return this.deadlineAt
  }

  /** Whether the run is over: finished, or failed. */
  get over(): boolean {
    return this.finished || this.failure !== undefined
  }

  /** The last console lines, for error messages. */
  get lastLines(): string[] {
    return [...this.recent]
  }

  feed(rawLine: string, now: number): void {
    if (this.over) return
    const line = plainConsoleLine(rawLine)
    if (line.trim() !== '') {
      this.recent.push(line)
      if (this.recent.length > KEPT_LINES) this.recent.shift()
    }
    const event = parseSmokeLine(line)
    if (!event) {
      const fatal = FATAL_LINES.find(entry => entry.pattern.test(line))
      if (fatal) this.fail(`${fatal.meaning}: ${line.trim()}`)
      return
    }
    this.events.push(event)
    switch (event.kind) {
      case 'start':
        this.started = true
        this.deadlineAt = now + this.limits.graceSeconds * 1000
        break
      case 'begin':
        this.running = { check: event.check, limitSeconds: event.limitSeconds }
        this.deadlineAt = now + (event.limitSeconds + this.limits.graceSeconds) * 1000
        break
      case 'result':
        this.running = undefined
        this.lastCheck = event.check
        this.deadlineAt = now + this.limits.graceSeconds * 1000
        break
      case 'done':
        this.finished = true
        this.running = undefined
        this.deadlineAt = now + this.limits.poweroffSeconds * 1000
        break
    }
  }

  /** The deadline passed: the guest stopped answering (after done, it just did not power off). */
  timedOut(): void {
    if (this.over) return
    if (!this.started) {
      this.fail(
        `no answer within ${this.limits.bootSeconds} s of starting QEMU: the image did not boot, ` +
          'or its k8s-smoke.service did not start (it needs the kernel to show QEMU fw_cfg in ' +
          'sysfs, CONFIG_FW_CFG_SYSFS=y)'
      )
    } else if (this.running) {
      const { check, limitSeconds } = this.running
      this.fail(
        `no result within ${limitSeconds + this.limits.graceSeconds} s (the check's own limit of ` +
          `${limitSeconds} s plus ${this.limits.graceSeconds} s): the guest stopped answering during ${check}`,
        check
      )
    } else {
      this.fail(
        `the smoke script went silent for ${this.limits.graceSeconds} s ` +
          (this.lastCheck ? `after the ${this.lastCheck} check` : 'after starting'),
        'smoke-script'
      )
    }
  }

  /** QEMU exited; before the done line that is a failure. */
  exited(description: string): void {
    if (this.over) return
    const last = this.recent.at(-1)
    this.fail(
      `QEMU exited (${description}) before the smoke test finished${last ? `; last console line: ${last.trim()}` : ''}`,
      this.running?.check ?? (this.started ? 'smoke-script' : 'boot')
    )
  }

  private fail(reason: string, check?: string): void {
    this.failure = {
      check: check ?? this.running?.check ?? (this.started ? 'smoke-script' : 'boot'),
      reason
    }
  }
}
