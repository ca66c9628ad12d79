// The smoke stage in the bundled action on a simulated runner, against stand-in images built
// here from real parts (helpers/stand-in-image.ts): the fixture Buildroot "builds" them, the
// action collects them, boots the ISO in QEMU, uploads the images and the serial console log,
// and only then passes or fails the step, naming the check. The stand-in image has no systemd,
// containerd or Kubernetes, and its manifest says so: those checks may skip, the others not.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from '@jest/globals'
import { realProbe } from '../../src/smoke/host.js'
import { createBuildrootFixture, type BuildrootFixture } from '../helpers/buildroot-fixture.js'
import {
  standInImages,
  standInTools,
  testKernel,
  type StandInVariant
} from '../helpers/stand-in-image.js'
import { startAzurite, type Azurite } from './harness/azurite.js'
import { startResultsService, type ResultsService } from './harness/results-service.js'
import {
  annotations,
  inputEnv,
  readKeyValueFile,
  REPO,
  runnerEnv,
  runnerFolders,
  runStep
} from './harness/runner.js'
import { describeIf } from '../helpers/witness.js'

const kernel = testKernel()
const skipReason =
  typeof kernel === 'string'
    ? kernel
    : (standInTools() ??
      (realProbe.which('qemu-system-x86_64') ? undefined : 'qemu-system-x86_64 is not installed'))
const withStandIns = describeIf(skipReason)

let azurite: Azurite
let service: ResultsService
let fx: BuildrootFixture
let standIns: string

withStandIns('the smoke test in the bundled action, on stand-in images', () => {
  beforeAll(async () => {
    azurite = await startAzurite(120_000)
    service = await startResultsService(azurite)
    standIns = fs.mkdtempSync(path.join(os.tmpdir(), 'smoke-stand-ins-'))
  }, 180_000)
  afterAll(async () => {
    await service?.stop()
    await azurite?.stop()
    if (standIns) fs.rmSync(standIns, { recursive: true, force: true })
  })
  beforeEach(() => {
    fx = createBuildrootFixture()
    service.reset()
    // A stand-in with no systemd, containerd, runc or Kubernetes: its manifest lists none.
    const defconfig = path.join(fx.configDir, 'amd64', 'buildroot_defconfig')
    fs.writeFileSync(
      defconfig,
      fs
        .readFileSync(defconfig, 'utf8')
        .split('\n')
        .filter(
          line =>
            !/^BR2_(INIT_SYSTEMD|PACKAGE_RUNC|PACKAGE_CONTAINERD|PACKAGE_KUBERNETES_NODE)=/.test(
              line
            )
        )
        .join('\n')
    )
  })
  afterEach(() => fx?.cleanup())

  /** One job of the action (main step) that "builds" the stand-in of `variant`. */
  async function job(variant: StandInVariant, env: Record<string, string> = {}) {
    if (typeof kernel === 'string') throw new Error(kernel)
    const images = standInImages(kernel, variant, path.join(standIns, variant))
    const folders = runnerFolders(fx.dir('runner'))
    const main = await runStep(REPO, 'main', {
      ...runnerEnv(folders, { resultsUrl: service.url, runId: '900', jobId: variant }),
      FIXTURE_IMAGES: images,
      ...env,
      ...inputEnv({
        target: 'amd64',
        'buildroot-src': fx.buildrootDir,
        'config-dir': fx.configDir,
        'smoke-test': 'true'
      })
    })
    return {
      main,
      errors: annotations(main.stdout, 'error'),
      outputs: readKeyValueFile(folders.output),
      summary: fs.readFileSync(folders.summary, 'utf8'),
      artifacts: service
        .artifacts()
        .map(a => a.name)
        .sort()
    }
  }

  it('a passing image: BIOS and UEFI boots pass, the summary has a row per check, the console log is kept', async () => {
    const { main, errors, outputs, summary, artifacts } = await job('passing')
    expect(errors).toEqual([])
    expect(main.exitCode).toBe(0)
    expect(outputs['smoke-test']).toBe('passed')
    expect(summary).toContain('### Smoke test: ✅ passed')
    expect(summary).toMatch(
      /\*\*BIOS\*\* \(SeaBIOS, (KVM|TCG), level basic, an empty data disk\): passed/
    )
    expect(summary).toMatch(
      /\*\*UEFI\*\* \(OVMF UEFI, (KVM|TCG), level basic, the disks of the boot before\): passed/
    )
    expect(summary).toMatch(/\| kernel-config \| ✅ pass \| \d+ s \| \d+ options of kubeadm/)
    expect(summary).toContain('| overlayfs | ✅ pass |')
    // First boot: the empty data disk formatted K8SDATA; the boot after it keeps the identity.
    expect(summary).toMatch(
      /\| data-disk \| ✅ pass \| \d+ s \| \/dev\/disk\/by-id\/virtio-k8sdata/
    )
    expect(summary).toMatch(/\| identity \| ✅ pass \| \d+ s \| same machine-id and SSH host keys/)
    expect(summary).toMatch(/\| containerd \| ⏭️ skip \| .*manifest lists no containerd/)
    expect(artifacts).toEqual(['buildroot-k8s-amd64', 'buildroot-k8s-amd64-smoke-console'])
  }, 600_000)

  it.each([
    ['an image that does not boot', 'no-init', 'boot', /boot: the kernel panicked: .*Kernel panic/],
    [
      'a kernel without overlayfs',
      'no-overlay',
      'modules',
      /modules: listed in \/etc\/modules-load\.d but not loaded: overlay; overlayfs: the kernel has no overlay filesystem/
    ],
    [
      'a failing check',
      'sysctl-not-applied',
      'sysctl',
      /sysctl: not in effect: net\.ipv4\.ip_forward=0 \(wanted 1\)/
    ]
  ] as const)(
    '%s fails the step after the upload, naming the check (%s)',
    async (_, variant, check, detail) => {
      const { main, errors, outputs, summary, artifacts } = await job(variant)
      expect(main.exitCode).toBe(1)
      expect(outputs['smoke-test']).toBe('failed')
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatch(new RegExp(`^Smoke test failed on the BIOS boot: ${check}: `))
      expect(errors[0]).toMatch(detail)
      expect(errors[0]).toMatch(/Console log: \S+console-amd64-bios\.log$/)
      // The images and the console log were uploaded before the step failed.
      expect(artifacts).toEqual(['buildroot-k8s-amd64', 'buildroot-k8s-amd64-smoke-console'])
      expect(outputs['artifact-id']).toMatch(/^\d+$/)
      expect(summary).toContain('### Smoke test: ❌ failed')
      expect(summary).toContain('### What failed')
      // BIOS failed: UEFI is not booted as well.
      expect(summary).not.toContain('**UEFI**')
    },
    600_000
  )

  it('a guest that never answers fails the step at the boot limit, naming boot and the milestone', async () => {
    const { main, errors, artifacts } = await job('silent', {
      BUILDROOT_K8S_SMOKE_BOOT_TIMEOUT: '45'
    })
    expect(main.exitCode).toBe(1)
    expect(errors[0]).toMatch(
      /^Smoke test failed on the BIOS boot: boot: no smoke result within 45 s of starting QEMU \(the boot limit\); milestones reached: firmware \(\d+ s\), kernel \(\d+ s\), init \(\d+ s\); never reached: systemd/
    )
    expect(main.stdout).toContain('Last console lines:')
    expect(artifacts).toEqual(['buildroot-k8s-amd64', 'buildroot-k8s-amd64-smoke-console'])
  }, 600_000)
})
