// The shipped configs against a real Buildroot tree (BUILDROOT_SRC, e.g. 2025.02.16 unpacked).
// Downloads are pointed at a closed port on 127.0.0.1 with BR2_PRIMARY_SITE_ONLY, so the build
// stops at its first download whether or not the machine has a network: configure must pass,
// and the failure must be one error naming the package and the step.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from '@jest/globals'
import {
  configureTree,
  locateConfigFiles,
  readRequestedConfig
} from '../src/buildroot/configure.js'
import { readPackageInfo, showInfoFile } from '../src/buildroot/show-info.js'
import { parseInputs } from '../src/inputs.js'
import { runMain } from '../src/main.js'
import { cveReport } from '../src/stages/cve-report.js'
import { generateSbom } from '../src/stages/sbom.js'
import { hashTree } from '../src/util/hash.js'
import { recordingPlatform } from './helpers/recording-platform.js'
import { createNvdFeed, NVD_RECORDS, writeSpdxLicenseList } from './helpers/trust-fixtures.js'

const buildrootSrc = process.env.BUILDROOT_SRC
const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const describeWithBuildroot = buildrootSrc ? describe : describe.skip
if (!buildrootSrc) {
  console.info(
    'Skipping the real-Buildroot build tests: set BUILDROOT_SRC to a Buildroot source tree to run them.'
  )
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'br-real-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describeWithBuildroot('build mode on a real Buildroot tree (BUILDROOT_SRC)', () => {
  it.each(['amd64', 'arm64'])(
    '%s configures with every symbol landing, then stops at the first download with one error',
    async target => {
      const platform = recordingPlatform(path.join(root, target))
      const inputs = parseInputs(
        {
          target,
          'buildroot-src': buildrootSrc,
          'output-dir': path.join(root, target, 'output'),
          'config-fragment':
            'BR2_PRIMARY_SITE="http://127.0.0.1:9/closed"\nBR2_PRIMARY_SITE_ONLY=y\n',
          upload: 'false'
        },
        { configDir: path.join(repo, 'configs'), workDir: root, baseDir: repo }
      )
      const ok = await runMain(platform, inputs, {
        ownExternalTree: path.join(repo, 'configs', 'external'),
        cacheRoot: path.join(root, target, 'cache'),
        runId: 'real'
      })
      expect(ok).toBe(false)
      expect(platform.outputs.get('config-hash')).toMatch(/^[0-9a-f]{64}$/)
      const errors = platform.errors()
      expect(errors).toHaveLength(1)
      expect(errors[0].text).toMatch(
        /^Buildroot build failed: package \S+ \S* ?failed during "Downloading"\./
      )
      expect(platform.summary.join('\n')).toMatch(
        /### What failed[\s\S]*failed during "Downloading"/
      )
    },
    180_000
  )
})

describeWithBuildroot('SBOM and CVE report of the shipped configs on a real Buildroot tree', () => {
  it('generate-cyclonedx describes every package of the amd64 image, and cve-check matches their real versions', async () => {
    const work = path.join(root, 'sbom')
    const platform = recordingPlatform(work)
    const tree = {
      sourceDir: buildrootSrc ?? '',
      outputDir: path.join(work, 'output'),
      externalTrees: [path.join(repo, 'configs', 'external')]
    }
    const treeBefore = hashTree(tree.sourceDir)
    const configured = await configureTree(
      tree,
      readRequestedConfig(locateConfigFiles(path.join(repo, 'configs'), 'amd64'), '')
    )
    const packages = await readPackageInfo(tree)
    const licenseListDir = path.join(work, 'spdx')
    writeSpdxLicenseList(licenseListDir)
    const sbom = await generateSbom(platform, {
      buildrootDir: tree.sourceDir,
      buildrootVersion: configured.buildrootVersion,
      showInfo: showInfoFile(tree),
      outputFile: path.join(work, 'sbom.cdx.json'),
      licenseListDir,
      cache: 'off',
      projectName: 'buildroot-k8s-amd64',
      projectVersion: 'test'
    })
    expect(platform.warnings()).toEqual([])
    const bom = JSON.parse(fs.readFileSync(path.join(work, 'sbom.cdx.json'), 'utf8'))
    const names = bom.components.map((c: { name: string }) => c.name)
    // Every package show-info lists but the virtual ones and the filesystems is a component.
    expect(names.sort()).toEqual(
      packages
        .filter(p => !p.virtual && !p.type.includes('rootfs'))
        .map(p => p.name)
        .sort()
    )
    expect(sbom?.components).toBe(names.length)
    expect(names).toEqual(
      expect.arrayContaining(['kubernetes-node', 'crictl', 'containerd', 'runc', 'linux'])
    )
    const runc = bom.components.find((c: { name: string }) => c.name === 'runc')
    expect(runc.cpe).toBe(`cpe:2.3:a:linuxfoundation:runc:${runc.version}:-:*:*:*:*:*:*`)

    // runc's real version is past the fix of CVE-2024-21626: not reported; nothing else
    // in this one-record feed matches.
    const nvd = createNvdFeed(path.join(work, 'nvd-feed'), [NVD_RECORDS['CVE-2024-21626']])
    const report = await cveReport(platform, {
      mode: 'report',
      sbom: path.join(work, 'sbom.cdx.json'),
      buildrootDir: tree.sourceDir,
      buildrootVersion: configured.buildrootVersion,
      outputFile: path.join(work, 'cve-report.cdx.json'),
      nvdDir: path.join(work, 'nvd'),
      nvdUrl: nvd.url,
      cache: 'off',
      now: new Date()
    })
    expect(platform.warnings()).toEqual([])
    expect(report.facts?.unfixed).toEqual([])

    // Neither tool wrote into the Buildroot tree (its files are part of the inputs hash).
    expect(hashTree(tree.sourceDir)).toBe(treeBefore)
    expect(fs.existsSync(path.join(tree.sourceDir, 'output'))).toBe(false)
  }, 180_000)
})
