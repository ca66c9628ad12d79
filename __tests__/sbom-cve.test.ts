// The SBOM and the CVE report, made by Buildroot's own utils/generate-cyclonedx and
// support/scripts/cve-check (copied from BUILDROOT_SRC into the Buildroot-shaped fixture), over
// the whole pipeline: offline, with a small SPDX license list and a small NVD feed.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import type { RawInputs } from '../src/inputs/schema.js'
import { runMain } from '../src/pipeline/main.js'
import { fixtureContext, fixtureInputs } from './helpers/pipeline-harness.js'
import { createBuildrootFixture, type BuildrootFixture } from './helpers/buildroot-fixture.js'
import { recordingPlatform, type RecordingPlatform } from './helpers/recording-platform.js'
import {
  createNvdFeed,
  installBuildrootTools,
  NVD_RECORDS,
  writeSpdxLicenseList,
  type NvdFeed
} from './helpers/trust-fixtures.js'
import { describeIf, withoutBuildroot } from './helpers/witness.js'

// Buildroot's own SBOM and CVE tools come from the real tree.
const describeWithTools = describeIf(withoutBuildroot)

let fx: BuildrootFixture
let platform: RecordingPlatform
let nvd: NvdFeed

beforeEach(() => {
  fx = createBuildrootFixture()
  platform = recordingPlatform(fx.dir('platform'))
  if (!withoutBuildroot) expect(installBuildrootTools(fx.buildrootDir)).toBe(true)
  // Where the SBOM tool keeps the license list: as if an earlier run had downloaded it.
  writeSpdxLicenseList(path.join(fx.root, 'cache-work', 'spdx'))
  nvd = createNvdFeed(fx.dir('nvd-feed'), [NVD_RECORDS['CVE-2024-21626']])
  nvd.add(NVD_RECORDS['CVE-2024-40635'] as { id: string })
})
afterEach(() => fx.cleanup())

const inputsFor = (extra: RawInputs = {}) => fixtureInputs(fx, extra)
const context = (runId = 'run-1', nvdUrl = nvd.url) => fixtureContext(fx, { runId, nvdUrl })

const artifact = () => path.join(fx.root, 'platform', 'artifacts', 'buildroot-k8s-amd64')
const summary = () => platform.summary.join('\n')

describeWithTools("SBOM and CVE report (Buildroot's own tools)", () => {
  it('report: the SBOM is in the artifact and its checksums, the unfixed CVE by package in the summary', async () => {
    expect(await runMain(platform, inputsFor(), context())).toBe(true)
    expect(platform.errors()).toEqual([])
    expect(platform.warnings()).toEqual([])

    expect(fs.readdirSync(artifact()).sort()).toEqual(
      [
        'SHA256SUMS',
        'buildroot-k8s-amd64.iso',
        'bzImage',
        'cve-report.cdx.json',
        'manifest.json',
        'rootfs.ext4.xz',
        'sbom.cdx.json'
      ].sort()
    )
    execFileSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: artifact() })
    expect(fs.readFileSync(path.join(artifact(), 'SHA256SUMS'), 'utf8')).toMatch(
      / {2}sbom\.cdx\.json$/m
    )

    const sbom = JSON.parse(fs.readFileSync(path.join(artifact(), 'sbom.cdx.json'), 'utf8'))
    expect(sbom.bomFormat).toBe('CycloneDX')
    expect(sbom.metadata.component.name).toBe('buildroot-k8s-amd64')
    expect(sbom.metadata.component.version).toBe(
      (platform.outputs.get('inputs-hash') ?? '').slice(0, 12)
    )
    const runc = sbom.components.find((c: { name: string }) => c.name === 'runc')
    expect(runc).toMatchObject({
      version: '1.0-fixture',
      cpe: 'cpe:2.3:a:linuxfoundation:runc:1.0-fixture:*:*:*:*:*:*:*',
      licenses: [{ license: { id: 'Apache-2.0' } }, { license: { name: 'LGPL-2.1 (libseccomp)' } }]
    })
    // Six packages (the virtual toolchain is not a component).
    expect(sbom.components).toHaveLength(6)
    expect(platform.outputs.get('sbom')).toBe(
      path.join(fx.root, 'out-amd64', 'artifact', 'sbom.cdx.json')
    )
    expect(summary()).toContain(
      '`sbom.cdx.json` (CycloneDX): 6 components, 8 distinct licenses (4 of them SPDX identifiers).'
    )

    expect(platform.outputs.get('unfixed-cves')).toBe('1')
    expect(summary()).toMatch(
      /### Unfixed CVEs\n\n1 in 1 package\(s\), 1 rated high or critical \(NVD data of \d{4}-\d\d-\d\d\)/
    )
    expect(summary()).toContain('| runc | 1.0-fixture | CVE-2024-21626 (high 8.6) |')
    // containerd's CVE is in its _IGNORE_CVES (a Buildroot patch fixes it): not unfixed.
    expect(summary()).not.toContain('CVE-2024-40635 (')
    const report = JSON.parse(fs.readFileSync(path.join(artifact(), 'cve-report.cdx.json'), 'utf8'))
    expect(
      report.vulnerabilities.map((v: { id: string; analysis: { state: string } }) => [
        v.id,
        v.analysis.state
      ])
    ).toEqual(
      expect.arrayContaining([
        ['CVE-2024-21626', 'exploitable'],
        ['CVE-2024-40635', 'in_triage']
      ])
    )
  })

  it('fail-on-high: the run fails naming the CVE, after uploading the images and the report', async () => {
    expect(await runMain(platform, inputsFor({ 'cve-report': 'fail-on-high' }), context())).toBe(
      false
    )
    expect(platform.errors().map(e => e.text)).toEqual([
      expect.stringMatching(
        /^1 unfixed CVE\(s\) rated high or critical: CVE-2024-21626 \(runc, high 8\.6\)\. Update the packages/
      )
    ])
    expect(fs.existsSync(path.join(artifact(), 'cve-report.cdx.json'))).toBe(true)
    expect(summary()).toContain('### What failed')
  })

  it('an NVD feed it cannot reach: a warning that says what to do, or an error in fail-on-high', async () => {
    const nowhere = `file://${path.join(fx.root, 'no-such-feed')}`
    expect(await runMain(platform, inputsFor(), context('run-1', nowhere))).toBe(true)
    expect(platform.warnings().map(w => w.text)).toEqual([
      expect.stringMatching(
        /^No CVE report: the NVD data could not be fetched from file:\/\/.*no-such-feed \(git clone failed: fatal: '.*no-such-feed' does not appear to be a git repository\)\. The runner needs to reach github\.com \(or set the environment variable BUILDROOT_K8S_NVD_URL to a mirror of that repository\); or set cve-report: off\.$/
      )
    ])
    expect(fs.existsSync(path.join(artifact(), 'sbom.cdx.json'))).toBe(true)

    const strict = recordingPlatform(fx.dir('strict'))
    expect(
      await runMain(
        strict,
        inputsFor({ 'cve-report': 'fail-on-high', 'output-dir': path.join(fx.root, 'out-strict') }),
        context('run-2', nowhere)
      )
    ).toBe(false)
    expect(strict.errors().map(e => e.text)).toEqual([
      expect.stringMatching(
        /^No CVE report: the NVD data could not be fetched .*\(cve-report: fail-on-high needs the report\)$/
      )
    ])
  })

  it('a no-change rebuild skips the build and reports against NVD data updated since', async () => {
    expect(await runMain(platform, inputsFor(), context('run-1'))).toBe(true)
    // A CVE published after the first run, for a package of the image (cut down from the runc
    // record: only its id and range are new).
    nvd.add({ ...NVD_RECORDS['CVE-2024-21626'], id: 'CVE-2024-29999' } as { id: string })

    // The next run, on the same cache.
    const second = recordingPlatform(path.join(fx.root, 'platform'))
    expect(await runMain(second, inputsFor(), context('run-2'))).toBe(true)
    expect(second.errors()).toEqual([])
    expect(second.outputs.get('image-cache-hit')).toBe('true')
    expect(second.messages.map(m => m.text)).toContainEqual(
      expect.stringMatching(
        /^NVD data restored from buildroot-nvd-v1-\d{4}-\d\d-w\d-run-1 \(an entry of the same inputs\): \d+ files, .*, every sha256 checked\.$/
      )
    )
    expect(second.summary.join('\n')).toContain(
      '| runc | 1.0-fixture | CVE-2024-21626 (high 8.6), CVE-2024-29999 (high 8.6) |'
    )
    expect(second.outputs.get('unfixed-cves')).toBe('2')
  })

  it('cve-report: off makes no report', async () => {
    expect(await runMain(platform, inputsFor({ 'cve-report': 'off' }), context())).toBe(true)
    expect(fs.existsSync(path.join(artifact(), 'cve-report.cdx.json'))).toBe(false)
    expect(platform.outputs.get('unfixed-cves')).toBeUndefined()
    expect(summary()).not.toContain('Unfixed CVEs')
  })

  it('without the license list and offline: a warning, no SBOM, and the images are still built', async () => {
    fs.rmSync(path.join(fx.root, 'cache-work', 'spdx'), { recursive: true })
    // The download goes to a closed port, whatever network the machine has.
    const proxy = process.env.https_proxy
    process.env.https_proxy = 'http://127.0.0.1:9'
    try {
      expect(await runMain(platform, inputsFor(), context())).toBe(true)
    } finally {
      if (proxy === undefined) delete process.env.https_proxy
      else process.env.https_proxy = proxy
    }
    expect(platform.warnings().map(w => w.text)).toEqual([
      expect.stringMatching(
        /^No SBOM: utils\/generate-cyclonedx failed \(.*\)\. On first use it downloads the SPDX license list from raw\.githubusercontent\.com into .*cyclonedx: allow that, or put spdx-1\.6\.schema\.json there yourself\./
      )
    ])
    expect(fs.readdirSync(artifact())).not.toContain('sbom.cdx.json')
    expect(fs.readdirSync(artifact())).toContain('buildroot-k8s-amd64.iso')
  })
})
