// The two runtimes: one record each (src/runtimes.ts), a Kconfig fragment each merged over the
// runtime-neutral defconfigs, and one CRI socket each that crictl, kubeadm and the smoke
// script agree on.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  ConfigError,
  locateConfigFiles,
  readRequestedConfig,
  runtimeFragmentFile
} from '../src/buildroot/configure.js'
import { parseKconfig } from '../src/kconfig/defconfig.js'
import { checkCriSocket, NodeConfigError, writeNodeConfig } from '../src/node-config/index.js'
import { imageName, RUNTIME, RUNTIMES, runtimeAlias } from '../src/runtimes.js'
import { TARGETS } from '../src/targets.js'
import { REPO } from './helpers/pipeline-harness.js'

const CONFIGS = path.join(REPO, 'configs')
const OWN_RUNTIMES = path.join(CONFIGS, 'runtime')
const fragment = (runtime: string) =>
  parseKconfig(
    fs.readFileSync(path.join(OWN_RUNTIMES, `${runtime}.fragment`), 'utf8'),
    `${runtime}.fragment`,
    'BR2_'
  )
const valueIn = (entries: { symbol: string; value: string }[], symbol: string) =>
  entries.find(e => e.symbol === symbol)?.value

/** Every package that makes an image one runtime's or the other's. */
const RUNTIME_PACKAGES = [
  'BR2_PACKAGE_CONTAINERD',
  'BR2_PACKAGE_RUNC',
  'BR2_PACKAGE_DOCKER_ENGINE',
  'BR2_PACKAGE_DOCKER_CLI',
  'BR2_PACKAGE_CRI_O',
  'BR2_PACKAGE_SKOPEO'
]

describe('the runtime fragments', () => {
  it.each(RUNTIMES)('%s has its fragment in configs/runtime', runtime => {
    expect(fs.existsSync(path.join(OWN_RUNTIMES, RUNTIME[runtime].fragment))).toBe(true)
  })

  it('containerd: containerd with its CRI plugin, runc and Docker; CRI-O off', () => {
    const lines = fragment('containerd')
    for (const symbol of [
      'BR2_PACKAGE_CONTAINERD',
      'BR2_PACKAGE_CONTAINERD_CRI',
      'BR2_PACKAGE_RUNC',
      'BR2_PACKAGE_DOCKER_ENGINE',
      'BR2_PACKAGE_DOCKER_CLI'
    ]) {
      expect([symbol, valueIn(lines, symbol)]).toEqual([symbol, 'y'])
    }
    expect(valueIn(lines, 'BR2_PACKAGE_CRI_O')).toBe('n')
  })

  it('cri-o: CRI-O and skopeo; containerd, runc and Docker off, even over a defconfig that names them', () => {
    const lines = fragment('cri-o')
    expect(valueIn(lines, 'BR2_PACKAGE_CRI_O')).toBe('y')
    expect(valueIn(lines, 'BR2_PACKAGE_SKOPEO')).toBe('y')
    for (const symbol of RUNTIME_PACKAGES.slice(0, 4)) {
      expect([symbol, valueIn(lines, symbol)]).toEqual([symbol, 'n'])
    }
    // No podman either: nothing of it is asked for.
    expect(lines.filter(e => /PODMAN/.test(e.symbol))).toEqual([])
  })

  it.each(TARGETS)('the %s defconfig names no runtime: the fragment decides', target => {
    const defconfig = parseKconfig(
      fs.readFileSync(path.join(CONFIGS, target, 'buildroot_defconfig'), 'utf8'),
      'buildroot_defconfig'
    )
    expect(defconfig.filter(e => RUNTIME_PACKAGES.includes(e.symbol))).toEqual([])
  })
})

describe('merging', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runtimes-'))
    fs.cpSync(path.join(CONFIGS, 'amd64'), path.join(dir, 'amd64'), { recursive: true })
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  const requested = (runtime: 'containerd' | 'cri-o', userFragment = '') =>
    readRequestedConfig(
      locateConfigFiles(dir, 'amd64', { runtime, ownRuntimeDir: OWN_RUNTIMES }),
      userFragment
    )

  it("merges the action's own fragment over the defconfig, under config-fragment", () => {
    const crio = requested('cri-o', '# BR2_PACKAGE_SKOPEO is not set\nBR2_PACKAGE_HTOP=y\n')
    const at = (symbol: string) => crio.requested.find(e => e.symbol === symbol)
    // Each line keeps where it came from, for annotations.
    expect(at('BR2_PACKAGE_CRI_O')).toMatchObject({
      value: 'y',
      file: path.join(OWN_RUNTIMES, 'cri-o.fragment')
    })
    expect(at('BR2_PACKAGE_SKOPEO')).toMatchObject({ value: 'n', file: 'config-fragment' })
    expect(at('BR2_PACKAGE_HTOP')?.value).toBe('y')
    expect(crio.mergedText).toMatch(/^# BR2_PACKAGE_CONTAINERD is not set$/m)
    // The config hash tells the runtimes apart.
    expect(requested('containerd').configHash).not.toBe(requested('cri-o').configHash)
  })

  it("prefers config-dir's own runtime/<runtime>.fragment", () => {
    fs.mkdirSync(path.join(dir, 'runtime'))
    fs.writeFileSync(path.join(dir, 'runtime', 'cri-o.fragment'), 'BR2_PACKAGE_CRI_O=y\n')
    expect(runtimeFragmentFile(dir, 'cri-o', OWN_RUNTIMES)).toBe(
      path.join(dir, 'runtime', 'cri-o.fragment')
    )
    expect(runtimeFragmentFile(dir, 'containerd', OWN_RUNTIMES)).toBe(
      path.join(OWN_RUNTIMES, 'containerd.fragment')
    )
  })

  it('says where a missing fragment was looked for', () => {
    expect(() =>
      locateConfigFiles(dir, 'amd64', { runtime: 'cri-o', ownRuntimeDir: path.join(dir, 'none') })
    ).toThrow(ConfigError)
    expect(() =>
      locateConfigFiles(dir, 'amd64', { runtime: 'cri-o', ownRuntimeDir: path.join(dir, 'none') })
    ).toThrow(
      `${path.join(dir, 'none', 'cri-o.fragment')} not found: runtime cri-o merges runtime/cri-o.fragment over buildroot_defconfig, from config-dir (${dir}) or from the action's own configs/.`
    )
  })
})

describe('one CRI socket per runtime, the same everywhere', () => {
  const external = path.join(CONFIGS, 'external', 'package')
  const smoke = fs.readFileSync(
    path.join(CONFIGS, 'external/board/common/rootfs-overlay/usr/libexec/k8s-node/smoke'),
    'utf8'
  )

  it("crictl.yaml names containerd's socket; crictl.mk puts CRI-O's there in a CRI-O image", () => {
    expect(fs.readFileSync(path.join(external, 'crictl', 'crictl.yaml'), 'utf8')).toMatch(
      new RegExp(`^runtime-endpoint: ${RUNTIME.containerd.criSocket}$`, 'm')
    )
    const mk = fs.readFileSync(path.join(external, 'crictl', 'crictl.mk'), 'utf8')
    expect(mk).toMatch(new RegExp(`^CRICTL_CRI_O_SOCKET = ${RUNTIME['cri-o'].criSocket}$`, 'm'))
    expect(mk).toContain(`s;${RUNTIME.containerd.criSocket};$(CRICTL_CRI_O_SOCKET);`)
  })

  it('the smoke script gives kubeadm the socket of the runtime crictl.yaml names', () => {
    expect(smoke).toContain(`cri-o) CRI_SOCKET=${RUNTIME['cri-o'].criSocket} ;;`)
    expect(smoke).toContain(`*) CRI_SOCKET=${RUNTIME.containerd.criSocket} ;;`)
    expect(smoke).toMatch(/^ {2}criSocket: \$CRI_SOCKET$/m)
  })

  it('the units that need the runtime start after either', () => {
    const kubelet = fs.readFileSync(
      path.join(external, 'kubernetes-node', 'kubelet.service'),
      'utf8'
    )
    for (const runtime of RUNTIMES) {
      expect(kubelet).toMatch(
        new RegExp(`^After=.*${RUNTIME[runtime].unit.replace('.', '\\.')}`, 'm')
      )
    }
  })
})

describe('node-config --runtime: a criSocket in kubeadm.yaml must be the image’s', () => {
  const init = (socket: string) =>
    `apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\nnodeRegistration:\n  criSocket: ${socket}\n`

  it.each([
    ['unix:///var/run/crio/crio.sock', 'cri-o'],
    ['"unix:///var/run/crio/crio.sock" # CRI-O', 'cri-o'],
    ['/run/crio/crio.sock', 'cri-o'],
    ['unix:///run/containerd/containerd.sock', 'containerd'],
    ['unix:///var/run/containerd/containerd.sock', 'containerd']
  ] as const)('takes %s for %s', (socket, runtime) => {
    expect(() => checkCriSocket(init(socket), runtime, 'cp.yaml')).not.toThrow()
  })

  it("refuses the other runtime's socket, naming the line and what to write", () => {
    expect(() =>
      checkCriSocket(init('unix:///run/containerd/containerd.sock'), 'cri-o', '--kubeadm cp.yaml')
    ).toThrow(
      "--kubeadm cp.yaml line 4: criSocket unix:///run/containerd/containerd.sock is containerd's socket, and a CRI-O image (--runtime cri-o) has unix:///var/run/crio/crio.sock only: write that, or leave criSocket out (kubeadm finds the image's only CRI socket)"
    )
    expect(() =>
      checkCriSocket(init('unix:///var/run/cri-dockerd.sock'), 'containerd', 'cp.yaml')
    ).toThrow('criSocket unix:///var/run/cri-dockerd.sock is no socket of this image')
  })

  it('takes a file without criSocket (kubeadm finds the socket), and refuses before writing', () => {
    expect(() => checkCriSocket('kind: JoinConfiguration\n', 'cri-o', 'worker.yaml')).not.toThrow()
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node-config-runtime-'))
    try {
      const file = path.join(dir, 'cp.yaml')
      fs.writeFileSync(file, init(RUNTIME.containerd.criSocket))
      const out = path.join(dir, 'out')
      expect(() => writeNodeConfig({ out, kubeadm: file, runtime: 'cri-o' })).toThrow(
        NodeConfigError
      )
      expect(fs.existsSync(out)).toBe(false)
      expect(writeNodeConfig({ out, kubeadm: file, runtime: 'containerd' }).files).toEqual([
        'kubeadm.yaml'
      ])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe("post-build.sh and the overlay's containerd configuration", () => {
  const postBuild = path.join(CONFIGS, 'external/board/common/post-build.sh')
  let target: string
  beforeEach(() => {
    target = fs.mkdtempSync(path.join(os.tmpdir(), 'post-build-runtime-'))
    const put = (file: string, text: string, mode = 0o644) => {
      fs.mkdirSync(path.dirname(path.join(target, file)), { recursive: true })
      fs.writeFileSync(path.join(target, file), text, { mode })
    }
    // What the overlay and the packages leave before post-build.sh runs.
    put('usr/sbin/xtables-nft-multi', '', 0o755)
    put('etc/shadow', 'root:*:::::::\n')
    put('etc/containerd/config.toml', 'version = 3\n')
  })
  afterEach(() => fs.rmSync(target, { recursive: true, force: true }))

  const run = () => spawnSync('/bin/sh', [postBuild, target], { encoding: 'utf8' })

  it('keeps it in a containerd image', () => {
    fs.mkdirSync(path.join(target, 'usr/bin'), { recursive: true })
    fs.writeFileSync(path.join(target, 'usr/bin/containerd'), '', { mode: 0o755 })
    expect([run().status, fs.existsSync(path.join(target, 'etc/containerd/config.toml'))]).toEqual([
      0,
      true
    ])
  })

  it('drops it from an image without containerd (CRI-O)', () => {
    expect([run().status, fs.existsSync(path.join(target, 'etc/containerd'))]).toEqual([0, false])
  })
})

describe('names', () => {
  it('containerd images keep the names they had; CRI-O images add -cri-o', () => {
    expect(imageName('amd64', 'containerd')).toBe('buildroot-k8s-amd64')
    expect(imageName('arm64', 'cri-o')).toBe('buildroot-k8s-arm64-cri-o')
  })

  it('knows the spellings people use', () => {
    expect(runtimeAlias('CRIO')).toBe('cri-o')
    expect(runtimeAlias('docker')).toBe('containerd')
    expect(runtimeAlias('podman')).toBeUndefined()
  })
})
