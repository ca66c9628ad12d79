// The smoke test of an images folder laid out as the artifact is: boots the images in QEMU as a
// user would (the amd64 ISO by BIOS and UEFI, the arm64 kernel and SD card on the virt machine),
// with the fw_cfg entry that makes the image's k8s-smoke.service run its checks, and judges the
// result lines on the serial console. It runs the same on a fresh build, on images restored
// from a cache, and on a downloaded artifact: the pipeline's smoke-test stage and the CLI's
// `smoke` command both call it. It never throws: what went wrong is in the returned report.
import fs from 'node:fs'
import path from 'node:path'
import type { SmokeTestMode } from '../inputs/schema.js'
import { TARGET, type Target } from '../targets.js'
import type { Reporter } from '../platform/types.js'
import { errorMessage, fileErrorSentence } from '../util/errors.js'
import { cancellation } from '../util/process-groups.js'
import { bootAndWatch } from './boot.js'
import { detectAcceleration, findOvmf, realProbe, type HostProbe } from './host.js'
import { checkArm64Disk, checkArm64Kernel, checkIso, checkXz } from './image-checks.js'
import { findSmokeImages, SmokeSetupError, writableDisk, type SmokeImages } from './images.js'
import type { SmokeLevel } from './protocol.js'
import {
  DATA_DISK_BYTES,
  planBoots,
  qemuCommand,
  smokeLimits,
  type BootPlan,
  type SmokeLimits
} from './qemu.js'
import type { BootReport, SmokeReport } from './summary.js'
import { judgeBoot } from './verdict.js'

/** Seconds from starting QEMU to the image's first answer, instead of the default limit. */
export const BOOT_TIMEOUT_ENV = 'BUILDROOT_K8S_SMOKE_BOOT_TIMEOUT'

export interface SmokeTestOptions {
  mode: SmokeTestMode
  level: SmokeLevel
  target: Target
  imagesDir: string
  /** Console logs (kept) and disk copies (removed at the end) go here. */
  workDir: string
  probe?: HostProbe
  env?: NodeJS.ProcessEnv
}

/** The space given to the guest beyond the SD card image: first-boot growth, container images. */
const DISK_HEADROOM = 1024 ** 3

const FIRMWARE_NAME = { bios: 'SeaBIOS', uefi: 'OVMF UEFI', kernel: 'direct kernel boot' }

function bootTimeout(env: NodeJS.ProcessEnv): number | undefined {
  const value = env[BOOT_TIMEOUT_ENV]
  if (!value) return undefined
  if (!/^\d+$/.test(value) || Number(value) < 10) {
    throw new SmokeSetupError(
      `${BOOT_TIMEOUT_ENV}="${value}" must be a whole number of seconds, 10 or more`
    )
  }
  return Number(value)
}

/**
 * A boot lost to emulation rather than to the image: on a slow emulated CPU the kernel's early
 * check that the timer interrupt works can time out ("IO-APIC + timer doesn't work").
 */
export function emulationArtifact(boot: BootReport): boolean {
  const row = boot.rows.find(r => r.check === 'boot')
  return row !== undefined && /IO-APIC \+ timer doesn't work/.test(row.detail)
}

/** One line per failed boot naming its failed and missing checks, for the error annotation. */
export function smokeFailureMessage(report: SmokeReport): string {
  const failedBoots = report.boots.filter(boot => !boot.ok)
  if (!failedBoots.length) return `Smoke test failed: ${report.note ?? 'no boot ran'}`
  return failedBoots
    .map(boot => {
      const failed = boot.rows.filter(row => !row.ok && row.status !== 'not run')
      const what = [
        ...failed.map(row => `${row.check}: ${row.detail}`),
        ...(boot.missing.length ? [`no result line for ${boot.missing.join(', ')}`] : [])
      ].join('; ')
      return `Smoke test failed on the ${boot.name} boot: ${what || 'no result'}. Console log: ${boot.consoleLog}`
    })
    .join('\n')
}

/** The note of a run stopped by a signal (or the time limit), or undefined. */
function interruptedNote(): string | undefined {
  const stopped = cancellation()
  if (!stopped) return undefined
  return `Interrupted (${stopped.signal ?? stopped.reason}): QEMU was stopped and its work files removed.`
}

export async function runSmokeTest(
  reporter: Reporter,
  options: SmokeTestOptions
): Promise<SmokeReport> {
  const { target, level } = options
  if (options.mode === 'off') {
    reporter.info('smoke-test: off, the images are not booted.')
    return { outcome: 'skipped', note: 'Not run: smoke-test is off.', boots: [] }
  }
  const probe = options.probe ?? realProbe
  const { qemu, smokeBoot } = TARGET[target]
  const install = `sudo apt-get install -y ${qemu.debianPackages.join(' ')}`
  if (!probe.which(qemu.binary)) {
    const why = `${qemu.binary} is not installed, so the images were not booted`
    if (options.mode === 'true') {
      return {
        outcome: 'failed',
        note: `smoke-test is true but ${why}: add \`${install}\` before this step.`,
        boots: []
      }
    }
    reporter.notice(
      `${why}. To smoke-test them, add \`${install}\` before this step; smoke-test: off silences this notice.`
    )
    return { outcome: 'skipped', note: `Not run: ${why} (\`${install}\`).`, boots: [] }
  }

  // Disk copies, the data disk and OVMF variables: removed however the run ends.
  const workFiles = new Set<string>()
  const boots: BootReport[] = []
  try {
    const acceleration = detectAcceleration(target, probe)
    const limits = smokeLimits(acceleration.accel, bootTimeout(options.env ?? process.env))
    const images = findSmokeImages(options.imagesDir, target)
    const ovmf = smokeBoot === 'firmware' ? findOvmf(probe) : undefined
    if (images.iso) checkIso(images.iso, { uefi: ovmf !== undefined })
    if (images.kernel) checkArm64Kernel(images.kernel)
    const disk = images.sdcard ?? images.rootfs
    if (disk?.endsWith('.xz')) checkXz(disk)
    if (acceleration.accel === 'tcg') {
      reporter.notice(
        `No KVM for the smoke test: ${acceleration.why}. QEMU emulates the CPU instead (TCG), several times slower; ` +
          `the time limits are raised (boot ${limits.bootSeconds} s). On GitHub-hosted Linux runners, ` +
          'open /dev/kvm with the udev rule shown in the README before this step.'
      )
    }
    if (!images.components) {
      reporter.warning(
        `${options.imagesDir} has no manifest.json: every check must pass, none may skip.`
      )
    }
    if (smokeBoot === 'firmware' && !ovmf) {
      reporter.info(`OVMF is not installed: the ISO boots by BIOS only (for UEFI too: ${install}).`)
    }
    try {
      fs.mkdirSync(options.workDir, { recursive: true })
    } catch (error) {
      throw new SmokeSetupError(fileErrorSentence(error, options.workDir, 'create the folder'))
    }

    const plan = planBoots(target, level, ovmf !== undefined)
    const context: BootContext = { limits, images, ovmf, acceleration, workFiles, disks: {} }
    for (const [index, boot] of plan.entries()) {
      if (cancellation()) break
      if (boots.some(b => !b.ok)) {
        reporter.info(`The ${boot.name} boot is not run: the ${plan[index - 1].name} boot failed.`)
        break
      }
      let report = await runBoot(reporter, options, boot, context)
      if (acceleration.accel === 'tcg' && emulationArtifact(report) && !cancellation()) {
        reporter.info(
          `The kernel's timer check failed under emulation (TCG on a busy machine, not a fault of the image): booting ${boot.name} again.`
        )
        report = await runBoot(reporter, options, boot, context)
      }
      boots.push(report)
    }
    const note = interruptedNote()
    return { outcome: !note && boots.every(boot => boot.ok) ? 'passed' : 'failed', note, boots }
  } catch (error) {
    return { outcome: 'failed', note: interruptedNote() ?? errorMessage(error), boots }
  } finally {
    for (const file of workFiles) fs.rmSync(file, { force: true })
  }
}

interface BootContext {
  limits: SmokeLimits
  images: SmokeImages
  ovmf?: { code: string; vars: string }
  acceleration: ReturnType<typeof detectAcceleration>
  workFiles: Set<string>
  /** The disks of the boot before, for a boot that reuses them; its identity. */
  disks: { root?: string; data?: string; identity?: string }
}

/** The root disk (arm64) and data disk of a boot: new ones, or those of the boot before. */
async function bootDisks(
  options: SmokeTestOptions,
  boot: BootPlan,
  context: BootContext,
  slug: string
): Promise<void> {
  const { images, disks, workFiles } = context
  const reuse = boot.dataDisk === 'reuse' && disks.root !== undefined
  if (TARGET[options.target].smokeBoot === 'kernel' && !reuse) {
    if (disks.root) {
      fs.rmSync(disks.root, { force: true })
      workFiles.delete(disks.root)
    }
    const source = (images.sdcard ?? images.rootfs) as string
    const copy = path.join(options.workDir, `disk-${slug}.img`)
    workFiles.add(copy)
    disks.root = await writableDisk(source, copy)
    checkArm64Disk(copy, source, images.sdcard !== undefined)
    if (images.sdcard) fs.truncateSync(copy, fs.statSync(copy).size + DISK_HEADROOM)
  }
  if (boot.dataDisk === 'fresh') {
    const data = path.join(options.workDir, `data-disk-${options.target}.img`)
    workFiles.add(data)
    fs.rmSync(data, { force: true })
    fs.writeFileSync(data, '')
    fs.truncateSync(data, DATA_DISK_BYTES)
    disks.data = data
  }
}

async function runBoot(
  reporter: Reporter,
  options: SmokeTestOptions,
  boot: BootPlan,
  context: BootContext
): Promise<BootReport> {
  const { target } = options
  const { limits, images, acceleration, disks } = context
  const slug = boot.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  const consoleLog = path.join(options.workDir, `console-${target}-${slug}.log`)
  let ovmf: { code: string; vars: string } | undefined
  if (boot.firmware === 'uefi' && context.ovmf) {
    // OVMF writes its variables: each boot gets its own copy of the template.
    const vars = path.join(options.workDir, `OVMF_VARS-${slug}.fd`)
    context.workFiles.add(vars)
    fs.copyFileSync(context.ovmf.vars, vars)
    ovmf = { code: context.ovmf.code, vars }
  }
  await bootDisks(options, boot, context, slug)
  const command = qemuCommand({
    target,
    boot,
    accel: acceleration.accel,
    timeFactor: limits.timeFactor,
    iso: images.iso,
    kernel: images.kernel,
    disk: disks.root,
    diskIsSdCard: images.sdcard !== undefined,
    ovmf,
    dataDisk: boot.dataDisk ? disks.data : undefined,
    identity: boot.dataDisk === 'reuse' ? disks.identity : undefined
  })
  const how = `${FIRMWARE_NAME[boot.firmware]}, ${acceleration.accel.toUpperCase()}`
  const disk =
    boot.dataDisk === 'fresh'
      ? ', an empty data disk'
      : boot.dataDisk
        ? ', the same disks again'
        : ''
  reporter.info(
    `${boot.name} boot (${how}, level ${boot.level}${disk}): ${command.binary} ${command.args.join(' ')}`
  )
  const run = await bootAndWatch({
    ...command,
    limits,
    withFirmware: boot.firmware !== 'kernel',
    consoleLog,
    onEvent: event => {
      if (event.kind === 'start') {
        reporter.info(
          `  the image answered: kernel ${event.kernel} (${event.arch}), level ${event.level}`
        )
      } else if (event.kind === 'result') {
        reporter.info(
          `  ${event.status.padEnd(4)} ${event.check} (${event.seconds} s): ${event.detail}`
        )
      } else if (event.kind === 'identity') {
        disks.identity = event.identity
      }
    }
  })
  const verdict = judgeBoot({
    level: boot.level,
    events: run.watch.events,
    failure: run.watch.failure,
    components: images.components,
    dataDisk: boot.dataDisk !== undefined,
    poweroffMissedAfter: run.watch.poweroffMissed ? limits.poweroffSeconds : undefined
  })
  if (run.watch.failure) {
    reporter.info(
      `  ${run.watch.failure.check}: ${run.watch.failure.reason}\n  Last console lines:\n    ${run.watch.lastLines.join('\n    ')}`
    )
  }
  return {
    name: boot.name,
    how,
    level: boot.level,
    dataDisk: boot.dataDisk,
    ok: verdict.ok,
    seconds: run.seconds,
    milestones: run.watch.milestones,
    rows: verdict.rows,
    missing: verdict.missingChecks,
    consoleLog
  }
}
