// Real QEMU boots (TCG, SeaBIOS and OVMF) of ISOs that get past no firmware or no GRUB, with the
// file checks left out: the console alone must end each boot as soon as the firmware or GRUB
// says it cannot go on, naming the milestone never reached, not at a time limit. No kernel is
// needed. The times are printed: the issue asks for under a minute under TCG.
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { bootAndWatch } from '../../src/smoke/boot.js'
import { findOvmf, realProbe } from '../../src/smoke/host.js'
import { qemuCommand, smokeLimits, type BootPlan } from '../../src/smoke/qemu.js'
import { buildIso, standInTools } from '../helpers/stand-in-image.js'
import { describeIf } from '../helpers/witness.js'

const missing =
  (realProbe.which('qemu-system-x86_64') ? undefined : 'qemu-system-x86_64 is not installed') ??
  standInTools()
const ovmf = findOvmf(realProbe)
const withQemu = describeIf(missing)
const withOvmf = describeIf(
  missing ?? (ovmf ? undefined : 'OVMF is not installed (apt-get install ovmf)')
)

let dir: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'firmware-boot-'))
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

function iso(name: string, bios: boolean): string {
  const tree = path.join(dir, `${name}.tree`)
  fs.mkdirSync(path.join(tree, 'boot'), { recursive: true })
  fs.writeFileSync(path.join(tree, 'boot', 'eltorito.img'), Buffer.alloc(2048, 0x90))
  const boot = bios ? ['-b', 'boot/eltorito.img', '-no-emul-boot', '-boot-load-size', '4'] : []
  const out = path.join(dir, name)
  execFileSync('xorriso', ['-as', 'mkisofs', '-quiet', ...boot, '-o', out, tree], {
    stdio: 'pipe'
  })
  return out
}

/** GRUB's ISO in Buildroot's layout, with random bytes for the kernel and the initrd. */
function grubIso(): string {
  const junk = path.join(dir, 'junk')
  fs.writeFileSync(junk, crypto.randomBytes(200_000))
  return buildIso(junk, junk, path.join(dir, 'grub-junk.iso'))
}

async function boot(firmware: 'bios' | 'uefi', isoFile: string) {
  const plan: BootPlan = { name: firmware, firmware, level: 'basic' }
  let vars: { code: string; vars: string } | undefined
  if (firmware === 'uefi' && ovmf) {
    vars = { code: ovmf.code, vars: path.join(dir, `vars-${crypto.randomUUID()}.fd`) }
    fs.copyFileSync(ovmf.vars, vars.vars)
  }
  const command = qemuCommand({
    target: 'amd64',
    boot: plan,
    accel: 'tcg',
    timeFactor: 4,
    iso: isoFile,
    ovmf: vars
  })
  const run = await bootAndWatch({
    ...command,
    limits: smokeLimits('tcg'),
    withFirmware: true,
    consoleLog: path.join(dir, `console-${path.basename(isoFile)}-${firmware}.log`)
  })
  console.info(
    `${firmware} boot of ${path.basename(isoFile)}: ended in ${run.seconds} s: ${run.watch.failure?.reason}`
  )
  return run
}

withQemu('SeaBIOS', () => {
  it('an ISO without a boot record: ends on SeaBIOS’s line, firmware never reached', async () => {
    const run = await boot('bios', iso('data.iso', false))
    expect(run.watch.failure).toEqual({
      check: 'boot',
      reason: expect.stringMatching(
        /^SeaBIOS found no boot record it can use on the CD: Boot failed: Could not read from CDROM.*; milestones reached: none; never reached: firmware/
      )
    })
  }, 200_000)

  it('GRUB with a kernel that is not one: ends on GRUB’s line, after the firmware milestone', async () => {
    const run = await boot('bios', grubIso())
    expect(run.watch.failure?.reason).toMatch(
      /^GRUB could not load the kernel: .*; milestones reached: firmware \(\d+ s\); never reached: kernel/
    )
  }, 200_000)
})

withOvmf('OVMF', () => {
  it('a BIOS-only ISO: ends on OVMF’s "failed to load" line, firmware never reached', async () => {
    const run = await boot('uefi', iso('bios-only.iso', true))
    expect(run.watch.failure?.reason).toMatch(
      /^OVMF found no EFI boot image it can load on the CD: BdsDxe: failed to load Boot\d+ "UEFI QEMU DVD-ROM.*; milestones reached: none; never reached: firmware/
    )
  }, 200_000)

  it('GRUB with a kernel that is not one: ends on GRUB’s line, after OVMF handed over', async () => {
    const run = await boot('uefi', grubIso())
    expect(run.watch.failure?.reason).toMatch(
      /^GRUB could not load the kernel: .*; milestones reached: firmware \(\d+ s\); never reached: kernel/
    )
  }, 200_000)
})
