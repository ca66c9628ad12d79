// Both runtimes of both targets on a real Buildroot tree (BUILDROOT_SRC: 2025.02.16 or
// 2026.02.3): the runtime's fragment merged over the target's defconfig as a run does, every
// symbol landing, every download under the hash rule, show-info's cri-o at the pinned
// version; and the cri-o package installing a stand-in bundle, laid out as CRI-O's real one,
// into target/ through Buildroot's own package steps.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import {
  configureTree,
  locateConfigFiles,
  readRequestedConfig,
  type ConfiguredTree
} from '../../src/buildroot/configure.js'
import { downloadHashFindings } from '../../src/buildroot/download-hashes.js'
import { buildrootEnv, makeArgs } from '../../src/buildroot/make.js'
import { showInfoFile } from '../../src/buildroot/show-info.js'
import { applyBuildrootPatches, type PatchedBuildroot } from '../../src/buildroot/patch-series.js'
import { explainUnmet } from '../../src/buildroot/unmet-symbols.js'
import { RUNTIME, RUNTIMES, type Runtime } from '../../src/runtimes.js'
import { TARGETS, type Target } from '../../src/targets.js'
import { run } from '../../src/util/run.js'
import { recordingPlatform } from '../helpers/recording-platform.js'
import { describeIf, withoutBuildroot } from '../helpers/witness.js'

const buildrootSrc = process.env.BUILDROOT_SRC as string
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const configs = path.join(repo, 'configs')
const criO = path.join(configs, 'external', 'package', 'cri-o')
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'runtimes-real-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

/** The release a Buildroot tree is (its Makefile's BR2_VERSION). */
function treeVersion(dir: string): string {
  const makefile = fs.readFileSync(path.join(dir, 'Makefile'), 'utf8')
  return /^export BR2_VERSION := (\S+)$/m.exec(makefile)?.[1] ?? 'unknown'
}

/** Buildroot has a target skopeo from 2026.02 on (its commit 5c77357c58, "package/skopeo: add target variant"). */
const hasTargetSkopeo = (version: string): boolean => version >= '2026.02'

const CRI_O_VERSION = '1.36.3'

/** The sha256 of a download in cri-o.hash. */
function pinnedHash(file: string): string | undefined {
  const text = fs.readFileSync(path.join(criO, 'cri-o.hash'), 'utf8')
  return new RegExp(`^sha256 {2}([0-9a-f]{64}) {2}${file.replace(/\./g, '\\.')}$`, 'm').exec(
    text
  )?.[1]
}

describeIf(withoutBuildroot)('both runtimes on a real Buildroot tree (BUILDROOT_SRC)', () => {
  let patched: PatchedBuildroot
  let version: string
  beforeAll(async () => {
    version = treeVersion(buildrootSrc)
    // The default rule of a run: the action's series for its pinned release, none for another.
    patched = await applyBuildrootPatches(recordingPlatform(path.join(root, 'series')).reporter, {
      choice: { kind: 'default' },
      configDir: configs,
      ownSeriesDir: path.join(configs, 'buildroot-patches'),
      buildroot: { sourceDir: buildrootSrc, version },
      cacheDir: path.join(root, 'series', 'tools')
    })
  }, 180_000)

  const configure = (target: Target, runtime: Runtime, fragment = ''): Promise<ConfiguredTree> =>
    configureTree(
      {
        sourceDir: patched.sourceDir,
        outputDir: path.join(root, `${target}-${runtime}${fragment ? '-extra' : ''}`),
        externalTrees: [path.join(configs, 'external')]
      },
      readRequestedConfig(
        locateConfigFiles(configs, target, {
          runtime,
          ownRuntimeDir: path.join(configs, 'runtime')
        }),
        fragment,
        patched.series.sha256
      )
    )

  const cases = TARGETS.flatMap(target => RUNTIMES.map(runtime => [target, runtime] as const))

  it.each(cases)(
    '%s with %s: the fragment lands whole, every download passes the hash rule, one runtime only',
    async (target, runtime) => {
      const configured = await configure(target, runtime)
      const names = configured.packages.map(p => p.name)
      const versionOf = (name: string) => configured.packages.find(p => p.name === name)?.version
      if (runtime === 'cri-o' && !hasTargetSkopeo(version)) {
        // Buildroot 2025.02.x has host skopeo only: the one line that cannot land, said at
        // the fragment's line, with the name the tree does have.
        const findings = explainUnmet(configured)
        expect(findings.map(f => [f.message, f.at?.file])).toEqual([
          [
            `BR2_PACKAGE_SKOPEO=y: no such option in Buildroot ${version} or the BR2_EXTERNAL trees; it has BR2_PACKAGE_HOST_SKOPEO only, which builds the program for the build machine, not for the image.`,
            path.join(configs, 'runtime', 'cri-o.fragment')
          ]
        ])
        // What the fragment's comment says to do there: CRI-O without skopeo lands whole.
        const without = await configure(target, runtime, '# BR2_PACKAGE_SKOPEO is not set\n')
        expect(without.unmet).toEqual([])
      } else {
        expect(configured.unmet).toEqual([])
      }
      expect(downloadHashFindings(configured)).toEqual([])
      const other = RUNTIMES.find(r => r !== runtime) as Runtime
      expect(names).toContain(RUNTIME[runtime].component)
      expect(names).not.toContain(RUNTIME[other].component)
      expect(names).toEqual(expect.arrayContaining(['kubernetes-node', 'crictl', 'cni-plugins']))
      if (runtime === 'containerd') {
        expect(names).toEqual(expect.arrayContaining(['runc', 'docker-engine', 'docker-cli']))
        expect(names).not.toContain('skopeo')
        return
      }
      // No Docker, no containerd, no Buildroot runc (the bundle has its own runc and crun),
      // no podman.
      for (const absent of ['containerd', 'runc', 'docker-engine', 'docker-cli', 'podman']) {
        expect([absent, names.includes(absent)]).toEqual([absent, false])
      }
      if (hasTargetSkopeo(version)) expect(names).toContain('skopeo')
      // show-info: the pinned version, this architecture's bundle and crun's licence text,
      // each with its cited sha256 in cri-o.hash.
      expect(versionOf('cri-o')).toBe(CRI_O_VERSION)
      const pkg = configured.packages.find(p => p.name === 'cri-o')
      const bundle = `cri-o.${target}.v${CRI_O_VERSION}.tar.gz`
      expect(pkg?.downloads.sort()).toEqual([`cri-o/${bundle}`, 'cri-o/COPYING'].sort())
      expect(pinnedHash(bundle)).toBe(
        {
          amd64: 'fc2ece7cc22a505cca5e100438e4e58f7786f17b64467022e2d2019239c88349',
          arm64: '749e5e5393a09ec93af6723410cf3554fb4b3b2fd7df2cb36a9acc427c3392cf'
        }[target]
      )
      expect(pinnedHash('COPYING')).toBe(
        '8177f97513213526df2cf6184d8ff986c675afb514d4e68a404010521b880643'
      )
      expect(configured.hashVariables.get('CRI_O_HASH_FILES')).toContain(
        path.join(criO, 'cri-o.hash')
      )
      // show-info's own record, which the SBOM and the CVE report are made from.
      const info = JSON.parse(fs.readFileSync(showInfoFile(configured.tree), 'utf8'))['cri-o']
      expect(info).toMatchObject({
        version: CRI_O_VERSION,
        licenses: 'Apache-2.0 (cri-o, pinns, conmon, runc), GPL-2.0+ (crun)',
        license_files: ['LICENSE', 'COPYING'],
        hashes: [path.join(criO, 'cri-o.hash')],
        'cpe-id': `cpe:2.3:a:kubernetes:cri-o:${CRI_O_VERSION}:-:*:*:*:*:*:*`
      })
      expect(info.downloads[0]).toMatchObject({
        source: bundle,
        uris: expect.arrayContaining(['https+https://storage.googleapis.com/cri-o/artifacts'])
      })
    },
    300_000
  )

  it('cri-o installs a bundle laid out as the real one the way its install script does, with PREFIX=/usr', async () => {
    // The real bundle's layout: cri-o/packaging scripts/bundle/build (at bead4ec8b4ff) puts
    // cri-o/{bin,contrib,etc,man,completions,cni-plugins}, Makefile, README.md, install and
    // LICENSE in cri-o.<arch>.v<version>.tar.gz. Programs here are stand-in scripts.
    const stage = path.join(root, 'bundle', 'cri-o')
    const put = (file: string, text: string, mode = 0o644) => {
      fs.mkdirSync(path.dirname(path.join(stage, file)), { recursive: true })
      fs.writeFileSync(path.join(stage, file), text, { mode })
    }
    const programs = ['crio', 'pinns', 'conmon', 'conmonrs', 'crun', 'runc', 'crictl']
    for (const program of [...programs, 'crio-credential-provider']) {
      put(`bin/${program}`, `#!/bin/sh\necho stand-in ${program}\n`, 0o755)
    }
    for (const plugin of ['bridge', 'host-local', 'loopback', 'portmap']) {
      put(`cni-plugins/${plugin}`, '#!/bin/sh\n', 0o755)
    }
    put('contrib/10-crio-bridge.conflist.disabled', '{}\n')
    // As the bundle's build leaves it: PREFIX replaced by /usr/local/bin.
    put(
      'contrib/crio.service',
      '[Unit]\nDescription=Container Runtime Interface for OCI (CRI-O)\n\n[Service]\nType=notify\nEnvironmentFile=-/etc/sysconfig/crio\nExecStart=/usr/local/bin/crio \\\n          $CRIO_CONFIG_OPTIONS\n\n[Install]\nWantedBy=multi-user.target\nAlias=cri-o.service\n'
    )
    put('contrib/policy.json', '{ "default": [{ "type": "insecureAcceptAnything" }] }\n')
    put('contrib/registries.conf', 'unqualified-search-registries = ["docker.io"]\n')
    put(
      'etc/10-crio.conf',
      '[crio.runtime]\ndefault_runtime = "crun"\n\n[crio.runtime.runtimes.crun]\nruntime_path = "/usr/libexec/crio/crun"\nmonitor_path = "/usr/libexec/crio/conmon"\n'
    )
    put('etc/crictl.yaml', 'runtime-endpoint: "unix:///var/run/crio/crio.sock"\n')
    put('etc/crio-umount.conf', '/var/lib/containers/storage/*\n')
    put('etc/crio', '#CRIO_STORAGE_OPTIONS=\n')
    for (const page of ['crio.8', 'crio.conf.5', 'crio.conf.d.5']) put(`man/${page}`, '.TH\n')
    put('completions/bash/crio', '# bash\n')
    put('completions/fish/crio.fish', '# fish\n')
    put('completions/zsh/_crio', '# zsh\n')
    for (const file of ['Makefile', 'README.md', 'install']) put(file, `# ${file}\n`)
    put('LICENSE', 'Apache License, Version 2.0 (stand-in)\n')

    const configured = await configure('amd64', 'containerd', 'BR2_PACKAGE_CRI_O=y\n')
    const dl = path.join(root, 'dl', 'cri-o')
    fs.mkdirSync(dl, { recursive: true })
    const bundle = `cri-o.amd64.v${CRI_O_VERSION}.tar.gz`
    await run('tar', ['-C', path.dirname(stage), '-czf', path.join(dl, bundle), 'cri-o'])
    fs.writeFileSync(path.join(dl, 'COPYING'), 'GNU GENERAL PUBLIC LICENSE (stand-in)\n')
    const tree = { ...configured.tree, env: { BR2_DL_DIR: path.join(root, 'dl') } }
    const output: string[] = []
    const result = await run(
      'make',
      makeArgs(
        tree,
        ['cri-o'],
        [
          // The stand-ins are not the pinned files: no hash file for them. The package's own
          // steps only, with this machine's tools: the toolchain, the skeleton, ccache and
          // Buildroot's own tar (for hosts with tar older than 1.35) are not built here.
          'CRI_O_HASH_FILES=',
          'CRI_O_ADD_TOOLCHAIN_DEPENDENCY=NO',
          'CRI_O_ADD_SKELETON_DEPENDENCY=NO',
          'BR2_CCACHE=',
          'BR2_TAR_HOST_DEPENDENCY=',
          'TAR=tar'
        ]
      ),
      { env: buildrootEnv(tree), onLine: line => output.push(line) }
    )
    // On a failure, make's last lines are in the diff.
    expect([result.exitCode, output.slice(-15)]).toEqual([0, output.slice(-15)])

    const target = path.join(configured.tree.outputDir, 'target')
    const installed = (fs.readdirSync(target, { recursive: true }) as string[])
      .filter(file => fs.statSync(path.join(target, file)).isFile())
      .sort()
    expect(installed).toEqual(
      [
        'etc/containers/registries.conf.d/registries.conf',
        'etc/containers/storage.conf',
        'etc/crio/crio.conf.d/10-crio.conf',
        'etc/crio/crio.conf.d/20-k8s-node.conf',
        'etc/crio/policy.json',
        'etc/sysconfig/crio',
        'usr/bin/crio',
        'usr/bin/pinns',
        'usr/lib/systemd/system-preset/80-cri-o.preset',
        'usr/lib/systemd/system/crio.service',
        'usr/libexec/crio/conmon',
        'usr/libexec/crio/crun',
        'usr/libexec/crio/runc',
        'usr/share/oci-umount/oci-umount.d/crio-umount.conf'
      ].sort()
    )
    const read = (file: string) => fs.readFileSync(path.join(target, file), 'utf8')
    expect(read('usr/lib/systemd/system/crio.service')).toMatch(/^ExecStart=\/usr\/bin\/crio \\$/m)
    // Each program is the bundle's, executable; the bundle's configuration as it was.
    for (const [file, program] of [
      ['usr/bin/crio', 'crio'],
      ['usr/libexec/crio/crun', 'crun'],
      ['usr/libexec/crio/conmon', 'conmon']
    ]) {
      expect(read(file)).toContain(`stand-in ${program}`)
      expect(fs.statSync(path.join(target, file)).mode & 0o111).toBe(0o111)
    }
    expect(read('etc/crio/crio.conf.d/10-crio.conf')).toContain(
      'runtime_path = "/usr/libexec/crio/crun"'
    )
    expect(read('etc/crio/crio.conf.d/20-k8s-node.conf')).toMatch(/^cgroup_manager = "systemd"$/m)
    expect(read('etc/containers/storage.conf')).toMatch(/^driver = "overlay"$/m)
    expect(read('usr/lib/systemd/system-preset/80-cri-o.preset')).toMatch(
      /^enable crio\.service$/m
    )
    // legal-info's licence texts: CRI-O's and crun's, beside the extracted bundle.
    const build = path.join(configured.tree.outputDir, 'build', `cri-o-${CRI_O_VERSION}`)
    expect(fs.readFileSync(path.join(build, 'COPYING'), 'utf8')).toContain('GENERAL PUBLIC')
    expect(fs.existsSync(path.join(build, 'LICENSE'))).toBe(true)
  }, 300_000)
})
