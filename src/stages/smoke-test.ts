// Stage: smoke test. Boots the collected images in QEMU as a user would (the amd64 ISO by BIOS
// and UEFI, the arm64 kernel and SD card on the virt machine), with the fw_cfg entry that makes
// the image's k8s-smoke.service run its checks, and judges the result lines on the serial
// console. It takes an images folder laid out as the artifact is, so it runs the same on a
// fresh build, on images restored from a cache, and on a downloaded artifact (the CLI's
// `smoke` command). It never throws: what went wrong is in the returned report.
import fs from 'node:fs'
import path from 'node:path'
import type { Target } from '../targets.js'
import type { SmokeTestMode } from '../inputs/schema.js'
import type { Reporter } from '../platform/types.js'
import { bootAndWatch } from '../smoke/boot.js'
import {
  detectAcceleration,
  findOvmf,
  QEMU_SYSTEM,
  realProbe,
  type HostProbe
} from '../smoke/host.js'
import { findSmokeImages, SmokeSetupError, writableDisk } from '../smoke/images.js'
import type { SmokeLevel } from '../smoke/protocol.js'
import { planBoots, qemuCommand, smokeLimits, type BootPlan } from '../smoke/qemu.js'
import type { BootReport, SmokeReport } from '../smoke/summary.js'
import { judgeBoot } from '../smoke/verdict.js'
import { errorMessage } from '../util/errors.js'
import { imagesSlot } from './collect-images.js'
import { slot, type Stage } from './stage.js'

/** Seconds from starting QEMU to the image's first answer, instead of the default limit. */
export const BOOT_TIMEOUT_ENV = 'BUILDROOT_K8S_SMOKE_BOOT_TIMEOUT'

export interface SmokeTestOptions {
  mode: SmokeTestMode
  level: SmokeLevel
  target: Target
  imagesDir: string
  /** Console logs (kept) and disk copies (removed after each boot) go here. */
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

/** One line naming the failed checks of a report, for the error annotation. */
export function smokeFailureMessage(report: SmokeReport): string {
  const failedBoots = report.boots.filter(boot => !boot.ok)
  if (!failedBoots.length) return `Smoke test failed: ${report.note ?? 'no boot ran'}`
  return failedBoots
    .map(boot => {
      const failed = boot.rows.filter(row => !row.ok && row.status !== 'not run')
      const what = failed.map(row => `${row.check}: ${row.detail}`).join('; ')
      return `Smoke test failed on the ${boot.name} boot: ${what || 'no result'}. Console log: ${boot.consoleLog}`
    })
    .join('\n')
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
  const qemu = QEMU_SYSTEM[target]
  const install = `sudo apt-get install -y ${qemu.debianPackage}${target === 'amd64' ? ' ovmf' : ''}`
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

  try {
    const acceleration = detectAcceleration(target, probe)
    const limits = smokeLimits(acceleration.accel, bootTimeout(options.env ?? process.env))
    if (acceleration.accel === 'tcg') {
      reporter.notice(
        `No KVM for the smoke test: ${acceleration.why}. QEMU emulates the CPU instead (TCG), several times slower; ` +
          `the time limits are raised (boot ${limits.bootSeconds} s). On GitHub-hosted Linux runners, ` +
          'open /dev/kvm with the udev rule shown in the README before this step.'
      )
    }
    const images = findSmokeImages(options.imagesDir, target)
    if (!images.components) {
      reporter.warning(
        `${options.imagesDir} has no manifest.json: every check must pass, none may skip.`
      )
    }
    const ovmf = target === 'amd64' ? findOvmf(probe) : undefined
    if (target === 'amd64' && !ovmf) {
      reporter.info(`OVMF is not installed: the ISO boots by BIOS only (for UEFI too: ${install}).`)
    }
    fs.mkdirSync(options.workDir, { recursive: true })

    const boots: BootReport[] = []
    const plan = planBoots(target, level, ovmf !== undefined)
    for (const [index, boot] of plan.entries()) {
      if (boots.some(b => !b.ok)) {
        reporter.info(`The ${boot.name} boot is not run: the ${plan[index - 1].name} boot failed.`)
        break
      }
      const context = { limits, images, ovmf, acceleration }
      let report = await runBoot(reporter, options, boot, context)
      if (acceleration.accel === 'tcg' && emulationArtifact(report)) {
        reporter.info(
          `The kernel's timer check failed under emulation (TCG on a busy machine, not a fault of the image): booting ${boot.name} again.`
        )
        report = await runBoot(reporter, options, boot, context)
      }
      boots.push(report)
    }
    return { outcome: boots.every(boot => boot.ok) ? 'passed' : 'failed', boots }
  } catch (error) {
    return { outcome: 'failed', note: errorMessage(error), boots: [] }
  }
}

async function runBoot(
  reporter: Reporter,
  options: SmokeTestOptions,
  boot: BootPlan,
  context: {
    limits: ReturnType<typeof smokeLimits>
    images: ReturnType<typeof findSmokeImages>
    ovmf?: { code: string; vars: string }
    acceleration: ReturnType<typeof detectAcceleration>
  }
): Promise<BootReport> {
  const { target } = options
  const { limits, images, acceleration } = context
  const slug = boot.name.toLowerCase()
  const consoleLog = path.join(options.workDir, `console-${target}-${slug}.log`)
  const scratch: string[] = []
  try {
    let ovmf: { code: string; vars: string } | undefined
    if (boot.firmware === 'uefi' && context.ovmf) {
      // OVMF writes its variables: each boot gets its own copy of the template.
      const vars = path.join(options.workDir, `OVMF_VARS-${slug}.fd`)
      fs.copyFileSync(context.ovmf.vars, vars)
      scratch.push(vars)
      ovmf = { code: context.ovmf.code, vars }
    }
    let disk: string | undefined
    if (target === 'arm64') {
      disk = await writableDisk(
        (images.sdcard ?? images.rootfs) as string,
        path.join(options.workDir, `disk-${slug}.img`),
        images.sdcard ? DISK_HEADROOM : 0
      )
      scratch.push(disk)
    }
    const command = qemuCommand({
      target,
      boot,
      accel: acceleration.accel,
      timeFactor: limits.timeFactor,
      iso: images.iso,
      kernel: images.kernel,
      disk,
      diskIsSdCard: images.sdcard !== undefined,
      ovmf
    })
    const how = `${FIRMWARE_NAME[boot.firmware]}, ${acceleration.accel.toUpperCase()}`
    reporter.info(
      `${boot.name} boot (${how}, level ${boot.level}): ${command.binary} ${command.args.join(' ')}`
    )
    const run = await bootAndWatch({
      ...command,
      limits,
      consoleLog,
      onEvent: event => {
        if (event.kind === 'start') {
          reporter.info(
            `  the image answered: kernel ${event.kernel} (${event.arch}), level ${event.level}${event.runtime ? `, runtime ${event.runtime}` : ''}`
          )
        } else if (event.kind === 'result') {
          reporter.info(
            `  ${event.status.padEnd(4)} ${event.check} (${event.seconds} s): ${event.detail}`
          )
        }
      }
    })
    const verdict = judgeBoot({
      level: boot.level,
      events: run.watch.events,
      failure: run.watch.failure,
      components: images.components,
      runtime: images.runtime
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
      ok: verdict.ok,
      seconds: run.seconds,
      rows: verdict.rows,
      consoleLog
    }
  } finally {
    for (const file of scratch) fs.rmSync(file, { force: true })
  }
}

export const smokeSlot = slot<SmokeReport>('smoke test')

export const smokeTestStage: Stage = {
  title: 'Smoke test',
  modes: ['build'],
  onImageCacheHit: 'run',
  needs: [imagesSlot],
  provides: [smokeSlot],
  async run(run) {
    const { inputs } = run
    const smoke = await runSmokeTest(run.reporter, {
      mode: inputs.smokeTest,
      level: inputs.smokeTestLevel,
      target: inputs.target,
      imagesDir: run.get(imagesSlot).dir,
      workDir: path.join(inputs.outputDir, 'smoke'),
      env: run.context.env
    })
    run.set(smokeSlot, smoke)
    run.output('smoke-test', smoke.outcome)
    if (smoke.outcome === 'failed') {
      // The images and the console are still uploaded for the user to look at.
      const failedBoot = smoke.boots.find(boot => !boot.ok)
      run.fail(
        smokeFailureMessage(smoke),
        failedBoot && { file: failedBoot.consoleLog, title: 'Smoke test failed' }
      )
    }
  }
}
