// The shipped configs against a real Buildroot tree (BUILDROOT_SRC: 2026.02.3, the default, or
// 2025.02.16, each with its own patch series).
// Downloads are pointed at a closed port on 127.0.0.1 with BR2_PRIMARY_SITE_ONLY, so the build
// stops at its first download whether or not the machine has a network: configure must pass,
// and the failure must be one error naming the package and the step. The action's Buildroot
// patch series is applied to a copy of the tree, as a run does.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  configureTree,
  locateConfigFiles,
  readRequestedConfig
} from '../src/buildroot/configure.js'
import { downloadHashFindings } from '../src/buildroot/download-hashes.js'
import { run } from '../src/util/run.js'
import { buildrootEnv, makeArgs } from '../src/buildroot/make.js'
import { parseInputs, type RawInputs } from '../src/inputs/schema.js'
import { runMain } from '../src/pipeline/main.js'
import type { RunContext } from '../src/stages/stage.js'
import {
  applyBuildrootPatches,
  readPatchSeries,
  type PatchedBuildroot
} from '../src/buildroot/patch-series.js'
import { readTreeVersion } from '../src/stages/resolve-buildroot.js'
import { showInfoFile } from '../src/buildroot/show-info.js'
import { cveReport } from '../src/stages/cve-report.js'
import { generateSbom } from '../src/stages/sbom.js'
import { hashTree } from '../src/util/hash.js'
import { recordingPlatform } from './helpers/recording-platform.js'
import { createNvdFeed, NVD_RECORDS, writeSpdxLicenseList } from './helpers/trust-fixtures.js'
import { describeIf, itIf, withoutBuildroot, withoutLinux } from './helpers/witness.js'

const buildrootSrc = process.env.BUILDROOT_SRC
const linuxSrc = process.env.LINUX_SRC
const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const configs = path.join(repo, 'configs')
const ownSeries = path.join(configs, 'buildroot-patches')

/**
 * What the shipped configs build on each release the action has a patch series for: the
 * versions show-info must report once the series is applied (Buildroot's own .hash files and
 * the series' patches are the source of each). Host Go must be new enough for the go.mod
 * files of containerd 2.0.11, runc 1.3.6 and CNI plugins 1.7.1 (go 1.23.0).
 */
const INTENDED: Record<string, { packages: Record<string, string>; hostGo: string }> = {
  '2025.02.16': {
    packages: {
      containerd: '2.0.11',
      runc: '1.3.6',
      'cni-plugins': '1.7.1',
      'kubernetes-node': '1.36.4',
      crictl: '1.36.0'
    },
    hostGo: '1.26.3'
  },
  '2026.02.3': {
    packages: {
      containerd: '2.0.11',
      runc: '1.3.6',
      'cni-plugins': '1.7.1',
      'docker-engine': '28.5.2',
      'docker-cli': '28.5.2',
      systemd: '258.7',
      openssh: '10.5p1',
      'util-linux': '2.41.5',
      expat: '2.8.3',
      libopenssl: '3.6.3',
      socat: '1.8.1.3',
      busybox: '1.37.0',
      'kubernetes-node': '1.36.4',
      crictl: '1.36.0'
    },
    hostGo: '1.26.6'
  }
}
const release = buildrootSrc ? readTreeVersion(buildrootSrc) : ''
const intended = INTENDED[release]
const releaseSeries = path.join(ownSeries, release)
const seriesNames = intended ? readPatchSeries(releaseSeries).patches.map(p => p.name) : []
const withoutRelease =
  withoutBuildroot ??
  (intended
    ? undefined
    : `BUILDROOT_SRC is Buildroot ${release}, and the action has a patch series for ${Object.keys(INTENDED).join(' and ')} only`)
const describeWithBuildroot = describeIf(withoutRelease)
const describeWithBoth = describeIf(withoutRelease ?? withoutLinux)

/** Debian's copy of the Apache License 2.0 as the ASF publishes it, for the legal-info test. */
const asfText = ['/usr/share/common-licenses/Apache-2.0'].find(file => fs.existsSync(file))

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'br-real-'))

/** Every file and folder under `dir` (an empty folder made in it shows too), sorted. */
function everyEntry(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true }).map(String).sort()
}
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const context = (name: string): RunContext => ({
  actionRoot: repo,
  ownExternalTree: path.join(configs, 'external'),
  ownPatchSeries: ownSeries,
  cacheRoot: path.join(root, name, 'cache'),
  runId: 'real',
  startedAt: Date.now(),
  startedFrom: 'the start of this test',
  env: process.env
})
const inputsFor = (name: string, raw: RawInputs) =>
  parseInputs(
    {
      'buildroot-src': buildrootSrc,
      'output-dir': path.join(root, name, 'output'),
      // The fixture's images are placeholders: the smoke stage has its own tests.
      'smoke-test': 'off',
      upload: 'false',
      ...raw
    },
    { configDir: configs, workDir: root, baseDir: repo }
  )

describeWithBuildroot('build mode on a real Buildroot tree (BUILDROOT_SRC)', () => {
  it.each(['amd64', 'arm64'])(
    '%s configures with every symbol landing, then stops at the first download with one error',
    async target => {
      const platform = recordingPlatform(path.join(root, target))
      const inputs = inputsFor(target, {
        target,
        'config-fragment': 'BR2_PRIMARY_SITE="http://127.0.0.1:9/closed"\nBR2_PRIMARY_SITE_ONLY=y\n'
      })
      const ok = await runMain(platform, inputs, context(target))
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
      expect(platform.summary.join('\n')).toContain(
        `Buildroot patches applied: ${seriesNames.map(name => `\`${name}\``).join(', ')}`
      )
    },
    300_000
  )

  it('stops before configuring at a patch that does not apply, naming the patch, the file and the hunk', async () => {
    const series = path.join(root, 'stale-series')
    fs.mkdirSync(series)
    const name = seriesNames[0]
    expect(name).toMatch(/^0001-package-containerd-security-bump/)
    // The same bump, as if written against a tree that had containerd 2.0.6.
    fs.writeFileSync(
      path.join(series, name),
      fs
        .readFileSync(path.join(releaseSeries, name), 'utf8')
        .replace('-CONTAINERD_VERSION = 2.0.7', '-CONTAINERD_VERSION = 2.0.6')
    )
    const platform = recordingPlatform(path.join(root, 'stale'))
    const ok = await runMain(
      platform,
      inputsFor('stale', { target: 'amd64', 'buildroot-patches': series }),
      context('stale')
    )
    expect(ok).toBe(false)
    const errors = platform.errors()
    expect(errors).toHaveLength(1)
    expect(errors[0].text).toMatch(
      new RegExp(
        `^Buildroot patch ${name.replace(/[.]/g, '\\.')} does not apply to Buildroot ${release.replace(/[.]/g, '\\.')}: package/containerd/containerd\\.mk: hunk #1 does not match the file`
      )
    )
    expect(errors[0].at?.file).toBe(path.join(series, name))
    expect(platform.messages.filter(m => m.level === 'group').map(m => m.text)).toEqual([
      'Check the output folder',
      'Resolve Buildroot',
      'Apply Buildroot patches'
    ])
  }, 120_000)
})

describeWithBuildroot('buildroot-src is only read (BUILDROOT_SRC)', () => {
  it('check mode and a build that stops at its first download leave the tree as it was, with no patch series (Buildroot runs in it)', async () => {
    const src = buildrootSrc ?? ''
    const before = everyEntry(src)
    const treeBefore = hashTree(src)
    const check = recordingPlatform(path.join(root, 'untouched-check'))
    await runMain(
      check,
      inputsFor('untouched-check', {
        target: 'amd64',
        mode: 'check',
        'buildroot-patches': 'none',
        'linux-src': linuxSrc
      }),
      context('untouched-check')
    )
    const build = recordingPlatform(path.join(root, 'untouched-build'))
    const built = await runMain(
      build,
      inputsFor('untouched-build', {
        target: 'amd64',
        'buildroot-patches': 'none',
        'config-fragment': 'BR2_PRIMARY_SITE="http://127.0.0.1:9/closed"\nBR2_PRIMARY_SITE_ONLY=y\n'
      }),
      context('untouched-build')
    )
    expect(built).toBe(false)
    expect(build.errors().map(e => e.text)).toEqual([
      expect.stringMatching(/failed during "Downloading"/)
    ])
    expect(everyEntry(src)).toEqual(before)
    expect(hashTree(src)).toBe(treeBefore)
  }, 300_000)
})

describeWithBuildroot(`the action's patch series on Buildroot ${release} (BUILDROOT_SRC)`, () => {
  let patched: PatchedBuildroot
  beforeAll(async () => {
    const platform = recordingPlatform(path.join(root, 'series'))
    patched = await applyBuildrootPatches(platform.reporter, {
      choice: { kind: 'default' },
      configDir: configs,
      ownSeriesDir: ownSeries,
      buildroot: { sourceDir: buildrootSrc as string, version: release },
      cacheDir: path.join(root, 'series', 'tools')
    })
  }, 120_000)

  /** The target's configuration loaded into the patched tree. */
  const configure = (target: 'amd64' | 'arm64', fragment = '') =>
    configureTree(
      {
        sourceDir: patched.sourceDir,
        outputDir: path.join(root, 'series', `${target}-${fragment ? 'mirror' : 'output'}`),
        externalTrees: [path.join(configs, 'external')]
      },
      readRequestedConfig(locateConfigFiles(configs, target), fragment, patched.series.sha256)
    )

  it.each(['amd64', 'arm64'] as const)(
    '%s: every symbol lands, every download passes the hash rule, and show-info reports the new versions',
    async target => {
      expect(patched.series.dir).toBe(releaseSeries)
      expect(patched.series.patches.map(p => p.name)).toEqual(seriesNames)
      const configured = await configure(target)
      expect(configured.unmet).toEqual([])
      const { packages } = configured
      expect(downloadHashFindings(configured)).toEqual([])
      const version = (name: string) =>
        packages.find(p => p.name === name && p.type === 'target')?.version
      expect(
        Object.fromEntries(Object.keys(intended.packages).map(name => [name, version(name)]))
      ).toEqual(intended.packages)
      const downloads = packages.flatMap(p => p.downloads)
      const { containerd, runc } = intended.packages
      expect(downloads).toEqual(
        expect.arrayContaining([
          `containerd/containerd-${containerd}-go2.tar.gz`,
          `runc/runc-${runc}-go2.tar.gz`,
          `cni-plugins/cni-plugins-${intended.packages['cni-plugins']}-go2.tar.gz`,
          `kubernetes-node-1.36.4-${target}/kubelet`,
          `kubernetes-node-1.36.4-${target}/kubeadm`,
          `kubernetes-node-1.36.4-${target}/kubectl`,
          `crictl/crictl-v1.36.0-linux-${target}.tar.gz`
        ])
      )
      // (show-info names host packages without host-: the provider of host-go is go-bin or go-src.)
      const go = packages.find(p => p.type === 'host' && /^go-(bin|src)$/.test(p.name))?.version
      expect(go).toBe(intended.hostGo)
    },
    300_000
  )

  it.each(['amd64', 'arm64'] as const)(
    '%s: Buildroot checks the Kubernetes programs against their own architecture’s hashes',
    async target => {
      // A "mirror" serving files that are not the real programs: the download must fail on
      // the sha256 of this architecture's .hash file, not pass unchecked or on the other's.
      const mirror = path.join(root, 'series', `mirror-${target}`)
      const subdir = path.join(mirror, `kubernetes-node-1.36.4-${target}`)
      fs.mkdirSync(subdir, { recursive: true })
      for (const program of ['kubelet', 'kubeadm', 'kubectl']) {
        fs.writeFileSync(path.join(subdir, program), `not ${program}\n`)
      }
      const configured = await configure(
        target,
        `BR2_PRIMARY_SITE="file://${mirror}"\nBR2_PRIMARY_SITE_ONLY=y\n`
      )
      const tree = { ...configured.tree, env: { BR2_DL_DIR: path.join(mirror, 'dl') } }
      const output: string[] = []
      const result = await run('make', makeArgs(tree, ['kubernetes-node-source']), {
        env: buildrootEnv(tree),
        onLine: line => output.push(line)
      })
      expect(result.exitCode).not.toBe(0)
      const hashFile = path.join(
        configs,
        'external/package/kubernetes-node',
        `kubernetes-node-${target}.hash`
      )
      const expected = /^sha256 {2}([0-9a-f]{64}) {2}kubelet$/m.exec(
        fs.readFileSync(hashFile, 'utf8')
      )?.[1]
      expect(output).toEqual(
        expect.arrayContaining([
          `ERROR: while checking hashes from ${hashFile}`,
          'ERROR: kubelet has wrong sha256 hash:',
          `ERROR: expected: ${expected}`
        ])
      )
    },
    300_000
  )

  itIf(
    asfText
      ? undefined
      : 'the legal-info test serves the Apache License 2.0 text from /usr/share/common-licenses/Apache-2.0 (Debian: base-files)'
  )(
    'make legal-info ships the licence text of crictl and kubernetes-node, checked against its pinned sha256',
    async () => {
      const work = path.join(root, 'series', 'legal')
      // A copy of the external tree whose program hashes are those of stand-ins for the
      // programs (no network here); the licence lines stay as shipped.
      const external = path.join(work, 'external')
      fs.cpSync(path.join(configs, 'external'), external, { recursive: true })
      const mirror = path.join(work, 'mirror')
      const stand = (dir: string, name: string, hashFile: string) => {
        const file = path.join(mirror, dir, name)
        if (!fs.existsSync(file)) fs.writeFileSync(file, `not ${name}\n`)
        const sha = execFileSync('sha256sum', [file], { encoding: 'utf8' }).slice(0, 64)
        const at = path.join(external, 'package', hashFile)
        fs.writeFileSync(
          at,
          fs
            .readFileSync(at, 'utf8')
            .replace(
              new RegExp(`^sha256  [0-9a-f]{64}  ${name.replace(/[.]/g, '\\.')}$`, 'm'),
              `sha256  ${sha}  ${name}`
            )
        )
      }
      const crictlDir = path.join(mirror, 'crictl')
      fs.mkdirSync(path.join(crictlDir, 'in'), { recursive: true })
      fs.writeFileSync(path.join(crictlDir, 'in', 'crictl'), 'not crictl\n')
      execFileSync('tar', [
        '-czf',
        path.join(crictlDir, 'crictl-v1.36.0-linux-amd64.tar.gz'),
        '-C',
        path.join(crictlDir, 'in'),
        'crictl'
      ])
      stand('crictl', 'crictl-v1.36.0-linux-amd64.tar.gz', 'crictl/crictl.hash')
      const nodeDir = path.join(mirror, 'kubernetes-node-1.36.4-amd64')
      fs.mkdirSync(nodeDir, { recursive: true })
      for (const program of ['kubelet', 'kubeadm', 'kubectl']) {
        stand('kubernetes-node-1.36.4-amd64', program, 'kubernetes-node/kubernetes-node-amd64.hash')
      }
      // The licence text itself, as the ASF publishes it: Debian's copy.
      for (const dir of [crictlDir, nodeDir])
        fs.copyFileSync(asfText as string, path.join(dir, 'LICENSE-2.0.txt'))

      const configured = await configureTree(
        {
          sourceDir: patched.sourceDir,
          outputDir: path.join(work, 'output'),
          externalTrees: [external]
        },
        readRequestedConfig(
          locateConfigFiles(configs, 'amd64'),
          `BR2_PRIMARY_SITE="file://${mirror}"\nBR2_PRIMARY_SITE_ONLY=y\n`,
          patched.series.sha256
        )
      )
      const tree = { ...configured.tree, env: { BR2_DL_DIR: path.join(work, 'dl') } }
      const output: string[] = []
      // Buildroot builds its own tar when the host's is older than 1.35 (for the archives it
      // makes reproducible); here it only extracts a .tar.gz, which any GNU tar does.
      const result = await run(
        'make',
        makeArgs(
          tree,
          ['crictl-legal-info', 'kubernetes-node-legal-info'],
          ['TAR=tar', 'BR2_TAR_HOST_DEPENDENCY=']
        ),
        {
          env: buildrootEnv(tree),
          onLine: line => output.push(line)
        }
      )
      if (result.exitCode !== 0) throw new Error(`make failed:\n${output.slice(-20).join('\n')}`)
      for (const pkg of ['crictl-1.36.0', 'kubernetes-node-1.36.4']) {
        const shipped = path.join(work, 'output', 'legal-info', 'licenses', pkg, 'LICENSE-2.0.txt')
        expect([pkg, fs.existsSync(shipped)]).toEqual([pkg, true])
        expect(fs.readFileSync(shipped, 'utf8')).toBe(fs.readFileSync(asfText as string, 'utf8'))
      }
      // Buildroot checked the text against the .hash files' pin, on download and in legal-info.
      expect(output).toEqual(
        expect.arrayContaining([
          'LICENSE-2.0.txt: OK (sha256: cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30)'
        ])
      )
    },
    600_000
  )

  describe('a br2-external tree Buildroot refuses is reported on the tree, not the defconfig', () => {
    const refused = async (makeTree: (tree: string) => void) => {
      const base = fs.mkdtempSync(path.join(root, 'ext-'))
      const tree = path.join(base, 'extra')
      makeTree(tree)
      const platform = recordingPlatform(path.join(base, 'platform'))
      const inputs = parseInputs(
        {
          target: 'amd64',
          'buildroot-src': buildrootSrc,
          'output-dir': path.join(base, 'output'),
          // The fixture's images are placeholders: the smoke stage has its own tests.
          'smoke-test': 'off',
          'br2-external': tree,
          upload: 'false'
        },
        { configDir: path.join(repo, 'configs'), workDir: base, baseDir: repo }
      )
      expect(
        await runMain(platform, inputs, {
          ...context('refused'),
          cacheRoot: path.join(base, 'cache')
        })
      ).toBe(false)
      return { tree, errors: platform.errors() }
    }

    it('a folder without external.desc: the error names the tree and has no defconfig location', async () => {
      const { tree, errors } = await refused(dir => fs.mkdirSync(dir))
      expect(errors.map(e => [e.text, e.at])).toEqual([
        [
          expect.stringMatching(
            new RegExp(
              `^Buildroot refuses the BR2_EXTERNAL tree ${tree}: does not have an 'external\\.desc'\\. See https://buildroot\\.org/manual\\.html#br2-external-converting\\. A BR2_EXTERNAL tree needs an external\\.desc`
            )
          ),
          undefined
        ]
      ])
    }, 120_000)

    it('a syntax error in its Config.in: annotated on that file and line, not on the defconfig', async () => {
      const { tree, errors } = await refused(dir => {
        fs.mkdirSync(dir)
        fs.writeFileSync(path.join(dir, 'external.desc'), 'name: EXTRA\n')
        fs.writeFileSync(path.join(dir, 'external.mk'), '')
        fs.writeFileSync(path.join(dir, 'Config.in'), 'config BR2_EXTRA\n\tboool "extra"\n')
      })
      expect(errors.map(e => [e.text, e.at])).toEqual([
        [
          expect.stringMatching(
            new RegExp(
              `^Kconfig cannot read ${tree}/Config\\.in of the BR2_EXTERNAL tree ${tree}: line 2: unknown option "boool"`
            )
          ),
          { file: path.join(tree, 'Config.in'), line: 2 }
        ]
      ])
    }, 120_000)

    it("a second tree named like the action's own: annotated on its external.desc name: line", async () => {
      const { tree, errors } = await refused(dir =>
        fs.cpSync(path.join(repo, 'configs', 'external'), dir, { recursive: true })
      )
      expect(errors.map(e => [e.text, e.at])).toEqual([
        [
          expect.stringMatching(
            /^Buildroot refuses the BR2_EXTERNAL tree .*: name 'K8S_NODE' is already used in '.*configs\/external'\. Each BR2_EXTERNAL tree needs a name of its own/
          ),
          { file: path.join(tree, 'external.desc'), line: 1 }
        ]
      ])
    }, 120_000)
  })
})

describeWithBoth('check mode on the real trees (BUILDROOT_SRC and LINUX_SRC)', () => {
  it('applies the series the way the build does, and its summary names the patches', async () => {
    const platform = recordingPlatform(path.join(root, 'check'))
    const ok = await runMain(
      platform,
      inputsFor('check', { target: 'amd64', mode: 'check', 'linux-src': linuxSrc }),
      context('check')
    )
    expect(platform.errors()).toEqual([])
    expect(ok).toBe(true)
    const summary = platform.summary.join('\n')
    expect(summary).toContain(
      `Buildroot patches applied (${seriesNames.length}, from \`${releaseSeries}\`)`
    )
    expect(summary).toContain(`\`${seriesNames[seriesNames.length - 1]}\``)
  }, 300_000)
})

describeWithBuildroot('SBOM and CVE report of the shipped configs on a real Buildroot tree', () => {
  it('generate-cyclonedx describes every package of the amd64 image, and cve-check matches their real versions', async () => {
    const work = path.join(root, 'sbom')
    const platform = recordingPlatform(work)
    const tree = {
      sourceDir: buildrootSrc ?? '',
      outputDir: path.join(work, 'output'),
      externalTrees: [path.join(repo, 'configs', 'external')],
      // As the pipeline gives every make call: Buildroot's default is a dl/ in its own tree.
      env: { BR2_DL_DIR: path.join(work, 'dl') }
    }
    const treeBefore = hashTree(tree.sourceDir)
    const entriesBefore = everyEntry(tree.sourceDir)
    const configured = await configureTree(
      tree,
      readRequestedConfig(locateConfigFiles(path.join(repo, 'configs'), 'amd64'), '')
    )
    const { packages } = configured
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
    expect(everyEntry(tree.sourceDir)).toEqual(entriesBefore)
  }, 180_000)
})
