// Follows one boot's serial console: the boot's milestones (firmware hands over, the kernel
// starts, init, systemd, the smoke unit's first line), each with its own time limit, the
// console lines that mean the boot is lost (no bootable device, a kernel panic), the smoke
// events and the time limits of each check. Pure: the caller feeds lines and the clock, and
// stops QEMU when `deadline` has passed or `over` is true.
import { parseSmokeLine, type SmokeEvent } from './protocol.js'

export const MILESTONES = ['firmware', 'kernel', 'init', 'systemd', 'smoke'] as const
export type MilestoneName = (typeof MILESTONES)[number]

export interface WatchLimits {
  /** From starting QEMU to the smoke script's start line, whatever the milestones. */
  bootSeconds: number
  /** Each milestone's limit, counted from the milestone before it (or QEMU's start). */
  milestoneSeconds: Record<MilestoneName, number>
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

/** What each milestone is, as the failure message says it, and the console lines that show it. */
const MILESTONE_SIGNS: Record<MilestoneName, { what: string; patterns: RegExp[] }> = {
  firmware: {
    what: "the firmware's hand-over to GRUB",
    // SeaBIOS runs GRUB's i386-pc core image ("Welcome to GRUB!", on serial with
    // -machine graphics=off); OVMF says which boot option it starts; then GRUB's menu.
    patterns: [/Welcome to GRUB!/, /BdsDxe: starting Boot/, /GNU GRUB {1,2}version/]
  },
  kernel: { what: 'the kernel\'s first line ("Linux version")', patterns: [/Linux version \d/] },
  init: {
    what: 'the start of init ("Run /init as init process")',
    patterns: [/Run \S+ as init process/]
  },
  systemd: {
    what: "systemd's first line",
    patterns: [/systemd\[1\]: /, /systemd \d+\S* running in system mode/, /Welcome to (?!GRUB).+!/]
  },
  smoke: {
    what: "k8s-smoke.service's first line (K8S-SMOKE v1 start; the unit runs after multi-user.target and needs QEMU's fw_cfg in sysfs, CONFIG_FW_CFG_SYSFS=y)",
    patterns: []
  }
}

/** Console lines after which the boot cannot go on; what each means, and until when. */
const FATAL_LINES: { pattern: RegExp; meaning: string; until?: MilestoneName }[] = [
  { pattern: /Kernel panic - not syncing/, meaning: 'the kernel panicked' },
  {
    pattern: /Boot failed: Could not read from CDROM/,
    meaning: 'SeaBIOS found no boot record it can use on the CD',
    until: 'kernel'
  },
  { pattern: /No bootable device/, meaning: 'the BIOS found nothing to boot', until: 'kernel' },
  {
    pattern: /BdsDxe: failed to load Boot\S+ ".*(DVD|CD)-?ROM/,
    meaning: 'OVMF found no EFI boot image it can load on the CD',
    until: 'kernel'
  },
  {
    pattern: /No bootable option or device was found/,
    meaning: 'the UEFI firmware found nothing to boot',
    until: 'kernel'
  },
  {
    pattern: />>Start (PXE|HTTP Boot) over/,
    meaning: 'OVMF fell back to booting from the network: the CD did not boot',
    until: 'kernel'
  },
  {
    pattern: /you need to load the kernel first/,
    meaning: 'GRUB could not load the kernel',
    until: 'kernel'
  },
  {
    pattern: /^grub rescue>|Entering rescue mode/,
    meaning: 'GRUB could not find its modules or menu',
    until: 'kernel'
  }
]

const KEPT_LINES = 20

/** Removes terminal escape sequences and carriage returns (firmware draws its menus with them). */
export function plainConsoleLine(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/\x1b\[[0-9;?=]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\x1b[cDEHM78]|\r/g, '')
}

export class ConsoleWatch {
  readonly events: SmokeEvent[] = []
  failure?: WatchFailure
  finished = false
  /** The guest printed its done line but did not power off in time: QEMU was stopped. */
  poweroffMissed = false
  /** The milestones seen, in order, with their time in seconds since QEMU started. */
  readonly milestones: { name: MilestoneName; seconds: number }[] = []
  private started = false
  private running?: { check: string; limitSeconds: number }
  private lastCheck?: string
  private deadlineAt: number
  private readonly bootDeadline: number
  private readonly expected: readonly MilestoneName[]
  private readonly recent: string[] = []

  constructor(
    private readonly limits: WatchLimits,
    private readonly startedAt: number,
    /** false for a direct kernel boot (arm64 on virt): no firmware hands anything over. */
    withFirmware = true
  ) {
    this.expected = MILESTONES.filter(name => withFirmware || name !== 'firmware')
    this.bootDeadline = startedAt + limits.bootSeconds * 1000
    this.deadlineAt = this.milestoneDeadline(startedAt)
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
      if (!this.started) this.seeMilestone(line, now)
      const fatal = FATAL_LINES.find(
        entry => entry.pattern.test(line) && !(entry.until && this.reached(entry.until))
      )
      if (fatal) this.fail(`${fatal.meaning}: ${line.trim()}${this.missing()}`)
      return
    }
    this.events.push(event)
    switch (event.kind) {
      case 'start':
        this.started = true
        this.reach('smoke', now)
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
      case 'identity':
        break
      case 'done':
        this.finished = true
        this.running = undefined
        this.deadlineAt = now + this.limits.poweroffSeconds * 1000
        break
    }
  }

  /** The deadline passed: the guest stopped answering (after done: it did not power off). */
  timedOut(now: number): void {
    if (this.failure) return
    if (this.finished) {
      this.poweroffMissed = true
      return
    }
    if (!this.started) {
      const next = this.next()
      const since = this.milestones.at(-1)
      const limit = next ? this.limits.milestoneSeconds[next] : this.limits.bootSeconds
      const boot = now >= this.bootDeadline
      this.fail(
        boot
          ? `no smoke result within ${this.limits.bootSeconds} s of starting QEMU (the boot limit)${this.missing()}`
          : `${next ? MILESTONE_SIGNS[next].what : 'the boot'} did not come within ${limit} s of ` +
              `${since ? `${since.name} (at ${since.seconds} s)` : 'starting QEMU'}${this.missing()}`
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
      `QEMU exited (${description}) before the smoke test finished${last ? `; last console line: ${last.trim()}` : ''}${this.started ? '' : this.missing()}`,
      this.running?.check ?? (this.started ? 'smoke-script' : 'boot')
    )
  }

  /** The run was stopped from outside (a signal to the smoke command). */
  interrupted(why: string): void {
    if (this.failure) return
    this.fail(why, 'interrupted')
  }

  private reached(name: MilestoneName): boolean {
    return this.milestones.some(m => m.name === name)
  }

  /** The next milestone not yet seen. */
  private next(): MilestoneName | undefined {
    const last = this.milestones.at(-1)?.name
    const from = last ? this.expected.indexOf(last) + 1 : 0
    return this.expected[from]
  }

  /** "; reached: ...; never reached: ..." for a boot failure message. */
  private missing(): string {
    const reached = this.milestones.map(m => `${m.name} (${m.seconds} s)`).join(', ')
    const next = this.next()
    return (
      `; milestones reached: ${reached || 'none'}` +
      (next ? `; never reached: ${next} (${MILESTONE_SIGNS[next].what})` : '')
    )
  }

  private seeMilestone(line: string, now: number): void {
    const last = this.milestones.at(-1)?.name
    const from = last ? this.expected.indexOf(last) + 1 : 0
    // A later milestone implies the ones before it (a kernel without "Run /init" lines).
    for (const name of this.expected.slice(from)) {
      if (MILESTONE_SIGNS[name].patterns.some(pattern => pattern.test(line))) {
        this.reach(name, now)
        return
      }
    }
  }

  private reach(name: MilestoneName, now: number): void {
    if (this.reached(name)) return
    this.milestones.push({ name, seconds: Math.round((now - this.startedAt) / 1000) })
    if (!this.started) this.deadlineAt = this.milestoneDeadline(now)
  }

  /** The next milestone's deadline from `now`, never after the boot limit. */
  private milestoneDeadline(now: number): number {
    const next = this.next()
    if (!next) return this.bootDeadline
    return Math.min(this.bootDeadline, now + this.limits.milestoneSeconds[next] * 1000)
  }

  private fail(reason: string, check?: string): void {
    this.failure = {
      check: check ?? this.running?.check ?? (this.started ? 'smoke-script' : 'boot'),
      reason
    }
  }
}
