// `buildroot-k8s node-config`: the folder it writes is the one the node applies (the image's
// apply-config reads it the same way), a kubeadm file is refused unless its kinds are
// kubeadm's, and the K8SNODE disk image holds the folder.
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  checkKubeadmFile,
  IMAGE_KUBERNETES,
  kubeadmMode,
  qemuHints,
  staticNetwork,
  writeNodeConfig
} from '../../src/node-config/index.js'
import { NodeTree, repoRoot } from './harness.js'
import { itIf } from '../helpers/witness.js'

const KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForTestsOnly0000000000000000000000 me@laptop'
const INIT =
  'apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\n---\napiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n'
const JOIN = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: JoinConfiguration\n'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node-config-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

function input(name: string, text: string): string {
  const file = path.join(dir, 'in', name)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, text)
  return file
}
const out = () => path.join(dir, 'out')
const written = (name: string) => fs.readFileSync(path.join(out(), 'k8s-node', name), 'utf8')

describe('kubeadm file kinds', () => {
  it.each([
    [INIT, 'init'],
    ['kind: ClusterConfiguration\n', 'init'],
    [`${JOIN}---\nkind: KubeletConfiguration\n`, 'join'],
    ['kind: "JoinConfiguration"\r\n', 'join']
  ])('%j -> %s', (text, mode) => {
    expect(kubeadmMode(text, 'f')).toBe(mode)
  })

  it.each([
    [
      'apiVersion: v1\nkind: Pod\n',
      'f: Pod is not kubeadm init/join configuration; accepted: InitConfiguration, ClusterConfiguration, JoinConfiguration, KubeletConfiguration, KubeProxyConfiguration'
    ],
    ['foo: bar\n', 'f: no "kind:" line'],
    [
      `${INIT}---\n${JOIN}`,
      'f: has both JoinConfiguration and InitConfiguration/ClusterConfiguration'
    ],
    ['kind: KubeProxyConfiguration\n', 'f: only KubeProxyConfiguration; add an InitConfiguration']
  ])('refuses %j, naming the kinds', (text, message) => {
    expect(() => kubeadmMode(text, 'f')).toThrow(message)
  })
})

describe('kubeadm file as YAML', () => {
  const V4 = 'apiVersion: kubeadm.k8s.io/v1beta4\n'

  it('reads init and join with their component configurations, warning on v1beta3 only', () => {
    expect(checkKubeadmFile(INIT, 'f')).toEqual({ mode: 'init', warnings: [] })
    expect(
      checkKubeadmFile(
        `${JOIN}---\napiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n---\napiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\n`,
        'f'
      )
    ).toEqual({ mode: 'join', warnings: [] })
    const old = checkKubeadmFile(
      'apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\n',
      'f'
    )
    expect(old.mode).toBe('init')
    expect(old.warnings).toEqual([
      `f, document 1: InitConfiguration uses kubeadm.k8s.io/v1beta3, deprecated since Kubernetes 1.31 and removed in 1.37; the image's kubeadm ${IMAGE_KUBERNETES} still reads it. \`kubeadm config migrate --old-config FILE --new-config NEW\` writes it as kubeadm.k8s.io/v1beta4`
    ])
  })

  it.each([
    ['kind: InitConfiguration\n  bad: [\n', 'f: not valid YAML: '],
    ['- a\n- b\n', 'f, document 1: not a mapping of apiVersion, kind and settings'],
    [`${V4}foo: bar\n`, 'f, document 1: no "kind:"'],
    [
      'kind: InitConfiguration\n',
      'f, document 1: InitConfiguration has no "apiVersion:"; kubeadm 1.36 reads kubeadm.k8s.io/v1beta4'
    ],
    [
      'apiVersion: kubeadm.k8s.io/v1alpha1\nkind: JoinConfiguration\n',
      "f, document 1: JoinConfiguration uses kubeadm.k8s.io/v1alpha1, which the image's kubeadm 1.36 does not read: write kubeadm.k8s.io/v1beta4 (or kubeadm.k8s.io/v1beta3, deprecated)"
    ],
    [
      'apiVersion: kubeadm.k8s.io/v1beta2\nkind: ClusterConfiguration\n',
      "ClusterConfiguration uses kubeadm.k8s.io/v1beta2, which the image's kubeadm 1.36 does not read"
    ],
    [
      `${INIT}---\napiVersion: kubeadm.k8s.io/v1beta4\nkind: KubeletConfiguration\n`,
      'f, document 3: KubeletConfiguration is in the API group kubelet.config.k8s.io, not kubeadm.k8s.io/v1beta4'
    ],
    [
      `{apiVersion: kubeadm.k8s.io/v1beta4, kind: InitConfiguration}\n`,
      'f: the node reads each document\'s kind from a "kind:" line at the start of a line, and would not see InitConfiguration'
    ],
    ['apiVersion: v1\nkind: Pod\n', 'f: Pod is not kubeadm init/join configuration']
  ])('refuses %j', (text, message) => {
    expect(() => checkKubeadmFile(text, 'f')).toThrow(message)
  })

  it('names the Kubernetes release of the image’s kubeadm (kubernetes-node.mk)', () => {
    const mk = fs.readFileSync(
      path.join(repoRoot, 'configs/external/package/kubernetes-node/kubernetes-node.mk'),
      'utf8'
    )
    const version = /^KUBERNETES_NODE_VERSION = (\d+\.\d+)\.\d+$/m.exec(mk)?.[1]
    expect(version).toBe(IMAGE_KUBERNETES)
  })
})

/** Every path under `root` with its size (files) or '/' (folders). */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    const at = path.relative(root, path.join(entry.parentPath, entry.name))
    out[at] = entry.isDirectory() ? '/' : String(fs.statSync(path.join(root, at)).size)
  }
  return out
}

describe('the folder it writes', () => {
  it('writes a fresh folder and refuses to write into a used one without --force', () => {
    writeNodeConfig({ out: out(), hostname: 'a', kubeadm: input('init.yaml', INIT) })
    const before = snapshot(dir)
    expect(() => writeNodeConfig({ out: out(), hostname: 'b' })).toThrow(
      `${path.join(out(), 'k8s-node')} already holds hostname, kubeadm.yaml: node-config writes a fresh folder. Add --force to replace the files it writes (hostname, kubeadm.yaml) and keep the others, or give another --out`
    )
    expect(snapshot(dir)).toEqual(before)
  })

  it('with --force, removes the files it writes (no stale kubeadm.yaml or .network) and keeps the others', () => {
    writeNodeConfig({
      out: out(),
      hostname: 'old',
      kubeadm: input('init.yaml', INIT),
      networks: [input('old.network', '[Match]\nName=eth0\n')]
    })
    fs.writeFileSync(path.join(out(), 'k8s-node', 'NOTES.txt'), 'mine\n')
    const result = writeNodeConfig({ out: out(), force: true, hostname: 'new' })
    expect(fs.readdirSync(path.join(out(), 'k8s-node')).sort()).toEqual(['NOTES.txt', 'hostname'])
    expect(written('hostname')).toBe('new\n')
    expect(written('NOTES.txt')).toBe('mine\n')
    expect(result.warnings).toEqual([
      `${path.join(out(), 'k8s-node')} also holds NOTES.txt, which node-config did not write: left as they are (the node ignores names it does not read)`
    ])
  })

  it('refuses the root of the file system as --out', () => {
    // Were it not refused, this test would write /k8s-node: it then removes what it made.
    const existed = fs.existsSync('/k8s-node')
    try {
      expect(() => writeNodeConfig({ out: '/', hostname: 'a' })).toThrow(
        '--out / is the root of the file system'
      )
      expect(fs.existsSync('/k8s-node')).toBe(existed)
    } finally {
      if (!existed) fs.rmSync('/k8s-node', { recursive: true, force: true })
    }
  })

  it('says in a sentence when a path is in the way', () => {
    const file = input('a-file', 'x')
    expect(() => writeNodeConfig({ out: file, hostname: 'a' })).toThrow(
      `cannot create ${path.join(file, 'k8s-node')}: ${file} is a file, not a folder`
    )
    expect(() =>
      writeNodeConfig({ out: out(), authorizedKeys: path.join(dir, 'none.pub') })
    ).toThrow(`--authorized-keys: cannot read ${path.join(dir, 'none.pub')}: it does not exist`)
    fs.mkdirSync(path.join(out(), 'k8s-node', 'hostname'), { recursive: true })
    expect(() => writeNodeConfig({ out: out(), force: true, hostname: 'a' })).toThrow(
      `${path.join(out(), 'k8s-node', 'hostname')} is a folder: node-config writes a file there; move it away`
    )
  })
})

describe('writeNodeConfig', () => {
  it('writes every file the node reads, and the node applies them as written', () => {
    const result = writeNodeConfig({
      out: out(),
      authorizedKeys: input('id_ed25519.pub', `${KEY}\n`),
      hostname: 'worker-1',
      staticIp: { address: '192.168.1.21/24', gateway: '192.168.1.1', dns: ['192.168.1.1'] },
      kubeadm: input('join.yaml', JOIN),
      dataDisk: '/dev/disk/by-id/virtio-k8sdata'
    })
    expect(result.files.sort()).toEqual(
      ['authorized_keys', 'data-disk', 'hostname', 'kubeadm.yaml', 'static.network'].sort()
    )
    expect(result.kubeadmMode).toBe('join')
    expect(written('static.network')).toBe(
      '# Written by buildroot-k8s node-config: a static address instead of DHCP.\n[Match]\n' +
        'Name=en* eth*\nType=ether\n\n[Network]\nAddress=192.168.1.21/24\nGateway=192.168.1.1\nDNS=192.168.1.1\n'
    )
    expect(fs.statSync(path.join(out(), 'k8s-node', 'kubeadm.yaml')).mode & 0o777).toBe(0o600)

    // The image's apply-config, given this folder as the one found at boot.
    const tree = new NodeTree()
    try {
      tree.write('etc/machine-id', '0123456789abcdef0123456789abcdef\n')
      fs.cpSync(path.join(out(), 'k8s-node'), path.join(tree.root, 'run/k8s-node/config'), {
        recursive: true
      })
      const run = tree.run('apply-config')
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      expect(run.calls).toEqual([
        'hostnamectl set-hostname worker-1',
        'systemctl --no-block start k8s-node-kubeadm@join.service'
      ])
      expect(tree.read('etc/ssh/authorized_keys.d/root')).toBe(`${KEY}\n`)
      expect(tree.exists('etc/systemd/network/10-k8s-node-static.network')).toBe(true)
    } finally {
      tree.remove()
    }
  })

  it.each([
    [{ hostname: 'Worker_1' }, '--hostname "Worker_1" is not a valid node name'],
    [{ dataDisk: '/dev/sdb' }, '--data-disk "/dev/sdb" must name one disk by id'],
    [
      { staticIp: { address: '192.168.1.300/24', dns: [] } },
      '--static-ip "192.168.1.300/24" is not an address'
    ],
    [
      { staticIp: { address: '10.0.0.2', dns: [] } },
      '--static-ip "10.0.0.2" is not an address with its prefix length'
    ],
    [
      { staticIp: { address: '10.0.0.2/8', dns: ['dns.google'] } },
      '--dns "dns.google" is not an IP address'
    ],
    [{}, 'nothing to write']
  ])('refuses %j and writes nothing', (options, message) => {
    expect(() => writeNodeConfig({ out: out(), ...options })).toThrow(message)
    expect(fs.existsSync(out())).toBe(false)
  })

  it('refuses a kubeadm file of other kinds, and a private key given as authorized keys', () => {
    const pod = input('pod.yaml', 'apiVersion: v1\nkind: Pod\n')
    expect(() => writeNodeConfig({ out: out(), kubeadm: pod })).toThrow(
      `--kubeadm ${pod}: Pod is not kubeadm init/join configuration; accepted: InitConfiguration`
    )
    const secret = input(
      'id_ed25519',
      '-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n-----END OPENSSH PRIVATE KEY-----\n'
    )
    expect(() => writeNodeConfig({ out: out(), authorizedKeys: secret })).toThrow(
      'line(s) 1, 2, 3 are not SSH public keys'
    )
    expect(fs.existsSync(out())).toBe(false)
  })

  it('copies a .network file only with a [Match] section', () => {
    const good = input('10-lan.network', '[Match]\nName=eth0\n[Network]\nDHCP=yes\n')
    writeNodeConfig({ out: out(), networks: [good] })
    expect(written('10-lan.network')).toContain('DHCP=yes')
    const bad = input('wan.network', '[Network]\nDHCP=yes\n')
    expect(() => writeNodeConfig({ out: out(), networks: [bad] })).toThrow('no [Match] section')
  })

  it('names a static interface when asked', () => {
    expect(staticNetwork({ address: 'fd00::5/64', dns: [], interface: 'enp1s0' })).toContain(
      'Name=enp1s0\n'
    )
  })
})

describe('disk image for VMs', () => {
  const hasVfat = ['mkfs.vfat', 'mmd', 'mcopy', 'mdir'].every(
    tool =>
      spawnSync('sh', [
        '-c',
        `command -v ${tool} || test -x /usr/sbin/${tool} || test -x /sbin/${tool}`
      ]).status === 0
  )
  const hasXorriso = spawnSync('xorriso', ['-version']).status === 0
  itIf(hasVfat ? undefined : 'needs dosfstools and mtools (apt-get install them)')(
    'vfat: labelled K8SNODE, holding k8s-node/ with the files',
    () => {
      const image = path.join(dir, 'k8snode.img')
      const result = writeNodeConfig({
        out: out(),
        hostname: 'vm-1',
        diskImage: { file: image, format: 'vfat' }
      })
      expect(
        execFileSync('blkid', ['-o', 'value', '-s', 'LABEL', image], { encoding: 'utf8' }).trim()
      ).toBe('K8SNODE')
      const listing = execFileSync('mdir', ['-b', '-i', image, '::/k8s-node'], {
        encoding: 'utf8',
        env: { ...process.env, MTOOLS_SKIP_CHECK: '1' }
      })
      expect(listing).toContain('::/k8s-node/hostname')
      expect(qemuHints(result)[0]).toBe(
        `QEMU: -drive file=${image},format=raw,if=virtio,readonly=on`
      )
    }
  )

  itIf(hasXorriso ? undefined : 'needs xorriso (apt-get install xorriso)')(
    'iso9660: labelled K8SNODE, file names kept (Rock Ridge)',
    () => {
      const image = path.join(dir, 'k8snode.iso')
      writeNodeConfig({
        out: out(),
        authorizedKeys: input('keys', `${KEY}\n`),
        diskImage: { file: image, format: 'iso9660' }
      })
      expect(
        execFileSync('blkid', ['-o', 'value', '-s', 'LABEL', image], { encoding: 'utf8' }).trim()
      ).toBe('K8SNODE')
      const listing = execFileSync(
        'xorriso',
        ['-indev', image, '-find', '/k8s-node', '-type', 'f'],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore']
        }
      )
      expect(listing).toContain("'/k8s-node/authorized_keys'")
    }
  )

  itIf(hasVfat ? undefined : 'needs dosfstools and mtools (apt-get install them)')(
    'never replaces an existing file without --force, nor a folder with it',
    () => {
      const image = input('k8snode.img', 'my photos\n')
      const before = snapshot(dir)
      expect(() =>
        writeNodeConfig({
          out: out(),
          hostname: 'vm-1',
          diskImage: { file: image, format: 'vfat' }
        })
      ).toThrow(
        `--disk-image ${image} already exists: node-config does not replace it; add --force to write a new image over it, or give another name`
      )
      expect(snapshot(dir)).toEqual(before)
      writeNodeConfig({
        out: out(),
        hostname: 'vm-1',
        force: true,
        diskImage: { file: image, format: 'vfat' }
      })
      expect(fs.readFileSync(image).subarray(0, 3).toString('latin1')).not.toBe('my ')
      const folder = path.join(dir, 'a-folder')
      fs.mkdirSync(folder)
      expect(() =>
        writeNodeConfig({
          out: path.join(dir, 'out2'),
          hostname: 'vm-1',
          force: true,
          diskImage: { file: folder, format: 'vfat' }
        })
      ).toThrow(`--disk-image ${folder} is a folder: give the name of a new file`)
      expect(fs.existsSync(path.join(dir, 'out2'))).toBe(false)
    }
  )

  itIf(hasVfat ? undefined : 'needs dosfstools and mtools (apt-get install them)')(
    'puts only the files it wrote into the image, not the user’s others',
    () => {
      writeNodeConfig({ out: out(), hostname: 'vm-1' })
      fs.writeFileSync(path.join(out(), 'k8s-node', 'NOTES.txt'), 'private\n')
      const image = path.join(dir, 'k8snode.img')
      writeNodeConfig({
        out: out(),
        hostname: 'vm-2',
        force: true,
        diskImage: { file: image, format: 'vfat' }
      })
      const listing = execFileSync('mdir', ['-b', '-i', image, '::/k8s-node'], {
        encoding: 'utf8',
        env: { ...process.env, MTOOLS_SKIP_CHECK: '1' }
      })
      expect(listing.trim().split('\n')).toEqual(['::/k8s-node/hostname'])
    }
  )

  it('says which tools are missing and how to get them, before writing anything', () => {
    const pathBefore = process.env.PATH
    process.env.PATH = dir
    try {
      expect(() =>
        writeNodeConfig({
          out: out(),
          hostname: 'vm-1',
          diskImage: { file: path.join(dir, 'x.iso'), format: 'iso9660' }
        })
      ).toThrow(
        '--disk-image (iso9660) needs xorriso, not found on PATH: install xorriso (apt-get install xorriso)'
      )
    } finally {
      process.env.PATH = pathBefore
    }
    expect(fs.existsSync(out())).toBe(false)
  })

  it('warns when a file name is too long for a QEMU fw_cfg name', () => {
    const long = input('a-very-long-name-for-a-network.network', '[Match]\nName=eth0\n')
    const result = writeNodeConfig({ out: out(), networks: [long] })
    expect(qemuHints(result).join('\n')).toContain(
      'QEMU takes at most 55: rename a-very-long-name-for-a-network.network (at most 28 characters)'
    )
  })
})

describe('the command line (dist/cli)', () => {
  const cli = path.join(repoRoot, 'dist', 'cli', 'index.js')

  it('writes the folder and says what the node will do', () => {
    const kubeadm = input('init.yaml', INIT)
    const result = spawnSync(
      process.execPath,
      [cli, 'node-config', '--out', out(), '--hostname', 'cp-1', '--kubeadm', kubeadm],
      {
        encoding: 'utf8'
      }
    )
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('the node runs "kubeadm init" once at first boot')
    expect(written('hostname')).toBe('cp-1\n')
  })

  it('refuses a kubeadm file of other kinds with exit 2, the reason and the usage', () => {
    const pod = input('pod.yaml', 'kind: Pod\n')
    const result = spawnSync(
      process.execPath,
      [cli, 'node-config', '--out', out(), '--kubeadm', pod],
      { encoding: 'utf8' }
    )
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(
      'Pod is not kubeadm init/join configuration; accepted: InitConfiguration'
    )
    expect(result.stderr).toContain('Usage: buildroot-k8s node-config --out DIR')
  })

  it('--force replaces an earlier folder; without it exit 2, the reason, nothing changed', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [cli, 'node-config', '--out', out(), ...args], {
        encoding: 'utf8'
      })
    expect(run('--hostname', 'a').status).toBe(0)
    const before = snapshot(dir)
    const refused = run('--hostname', 'b')
    expect(refused.status).toBe(2)
    expect(refused.stderr).toContain('already holds hostname: node-config writes a fresh folder')
    expect(snapshot(dir)).toEqual(before)
    const forced = run('--hostname', 'b', '--force')
    expect(forced.status).toBe(0)
    expect(written('hostname')).toBe('b\n')
  })

  it('warns about a deprecated kubeadm API and still writes the file', () => {
    const old = input('old.yaml', 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: JoinConfiguration\n')
    const result = spawnSync(
      process.execPath,
      [cli, 'node-config', '--out', out(), '--kubeadm', old],
      { encoding: 'utf8' }
    )
    expect(result.status).toBe(0)
    expect(result.stderr).toContain(
      'warning: --kubeadm ' +
        old +
        ', document 1: JoinConfiguration uses kubeadm.k8s.io/v1beta3, deprecated'
    )
  })

  it('refuses an unknown flag with the node-config usage', () => {
    const result = spawnSync(
      process.execPath,
      [cli, 'node-config', '--out', out(), '--hostnme', 'x'],
      { encoding: 'utf8' }
    )
    expect(result.status).toBe(2)
    expect(result.stderr).toContain("Unknown option '--hostnme'")
    expect(result.stderr).toContain('Usage: buildroot-k8s node-config')
  })
})
