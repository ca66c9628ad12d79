// The first-boot scripts of the image, run over temporary root trees with stubbed tools:
// fetch-config (where the k8s-node/ folder comes from, and which K8SNODE volume is trusted),
// apply-config (SSH keys, hostname, network files, which kubeadm to run) and kubeadm-once
// (kubeadm init/join exactly once, also when power is lost while it runs).
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { NodeTree } from './harness.js'

const FW_CFG = 'sys/firmware/qemu_fw_cfg/by_name/opt/buildroot-k8s/k8s-node'
const FETCHED = 'run/k8s-node/config'
const SAVED = 'var/lib/k8s-node/config'
const MACHINE_ID = '0123456789abcdef0123456789abcdef'
const KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForTestsOnly0000000000000000000000 me@laptop'

const INIT = `apiVersion: kubeadm.k8s.io/v1beta4
kind: InitConfiguration
---
apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
networking:
  podSubnet: 10.244.0.0/16
---
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
`
const JOIN = `apiVersion: kubeadm.k8s.io/v1beta4
kind: JoinConfiguration
discovery:
  bootstrapToken:
    apiServerEndpoint: 192.168.1.10:6443
    token: abcdef.0123456789abcdef
    caCertHashes: ["sha256:0000"]
`

/** The name apply-config derives from a machine-id. */
const derivedName = (id: string) =>
  `k8s-node-${createHash('sha256').update(`k8s-node hostname ${id}`).digest('hex').slice(0, 8)}`

let tree: NodeTree
beforeEach(() => {
  tree = new NodeTree()
  tree.write('etc/machine-id', `${MACHINE_ID}\n`)
})
afterEach(() => tree.remove())

describe('fetch-config', () => {
  it('takes the files of QEMU fw_cfg entries opt/buildroot-k8s/k8s-node/<file> first', () => {
    tree.write(`${FW_CFG}/hostname/raw`, 'vm-1\n')
    tree.write(`${FW_CFG}/authorized_keys/raw`, `${KEY}\n`)
    tree.write('K8SNODE 1', '', { fake: true })
    const run = tree.run('fetch-config')
    expect(run.status).toBe(0)
    expect(tree.read(`${FETCHED}/hostname`)).toBe('vm-1\n')
    expect(tree.read(`${FETCHED}/authorized_keys`)).toBe(`${KEY}\n`)
    expect(run.stdout).toContain('fw_cfg')
    expect(run.calls.filter(c => c.startsWith('blkid'))).toEqual([])
  })

  it('copies the k8s-node/ folder of the volume labelled K8SNODE, then unmounts it', () => {
    const volume = tree.write('volumes/sdb1/k8s-node/hostname', 'pi-1\n', { fake: true })
    tree.write('volumes/sdb1/k8s-node/kubeadm.yaml', INIT, { fake: true })
    tree.write('volumes/sdb1/config.txt', 'arm_64bit=1\n', { fake: true })
    const device = volume.replace('/k8s-node/hostname', '')
    tree.write('labels', `K8SNODE ${device}\n`, { fake: true })
    const run = tree.run('fetch-config')
    expect(run.status).toBe(0)
    expect(tree.read(`${FETCHED}/hostname`)).toBe('pi-1\n')
    expect(tree.read(`${FETCHED}/kubeadm.yaml`)).toBe(INIT)
    expect(tree.exists(`${FETCHED}/config.txt`)).toBe(false)
    expect(run.calls).toContain(`mount -o ro ${device} $ROOT/run/k8s-node/volume`)
    expect(run.calls).toContain('umount $ROOT/run/k8s-node/volume')
    expect(run.stdout).toContain(`k8s-node/ folder of ${device}`)
  })

  it('says so when the K8SNODE volume has no k8s-node/ folder', () => {
    const device = tree.write('volumes/sdb1/README', 'x', { fake: true }).replace('/README', '')
    tree.write('labels', `K8SNODE ${device}\n`, { fake: true })
    const run = tree.run('fetch-config')
    expect(run.status).toBe(0)
    expect(run.stderr).toContain('has no k8s-node/ folder')
    expect(tree.exists(FETCHED)).toBe(false)
  })

  /** A K8SNODE volume: a folder the mount stub copies, with sysfs saying which disk it is on. */
  const k8snode = (name: string, disk: string, hostname: string) => {
    tree.blockDevice(name, { disk })
    return tree
      .write(`volumes/${name}/k8s-node/hostname`, `${hostname}\n`, { fake: true })
      .replace('/k8s-node/hostname', '')
  }
  const labels = (...devices: string[]) =>
    tree.write('labels', devices.map(d => `K8SNODE ${d}\n`).join(''), { fake: true })
  const mounts = (calls: string[]) => calls.filter(c => c.startsWith('mount'))

  it("reads the boot disk's own K8SNODE partition and refuses any other, out loud", () => {
    // A Raspberry Pi booted from its SD card, with a USB stick labelled K8SNODE plugged in,
    // which blkid happens to list first.
    tree.blockDevice('mmcblk0p2', { disk: 'mmcblk0', root: true })
    const stick = k8snode('sda1', 'sda', 'from-the-stick')
    const card = k8snode('mmcblk0p1', 'mmcblk0', 'pi-1')
    labels(stick, card)
    const run = tree.run('fetch-config')
    expect(run.status).toBe(0)
    expect(tree.read(`${FETCHED}/hostname`)).toBe('pi-1\n')
    expect(mounts(run.calls)).toEqual([`mount -o ro ${card} $ROOT/run/k8s-node/volume`])
    expect(run.stderr).toContain(
      `refusing the volume(s) labelled K8SNODE that are not on the boot disk mmcblk0 (${stick})`
    )
  })

  it('refuses every K8SNODE volume when there are several and none is on the boot disk', () => {
    // The ISO's root is a tmpfs: no boot disk. Two sticks: which one is meant cannot be told.
    tree.write(`${SAVED}/hostname`, 'saved\n')
    labels(k8snode('sdb1', 'sdb', 'b'), k8snode('sdc', 'sdc', 'c'))
    const run = tree.run('fetch-config')
    expect(run.status).toBe(1)
    expect(mounts(run.calls)).toEqual([])
    expect(tree.exists(FETCHED)).toBe(false)
    expect(run.stderr).toMatch(
      /several volumes are labelled K8SNODE \(\S+sdb1 \S+sdc\): refusing them all, since any of them could install root's SSH keys/
    )
    // apply-config then applies the copy an earlier boot saved.
    expect(tree.run('apply-config').stdout).toContain('applying the copy saved')
  })

  it('refuses two K8SNODE partitions on the boot disk, and uses a single one elsewhere', () => {
    tree.blockDevice('sda2', { disk: 'sda', root: true })
    labels(k8snode('sda1', 'sda', 'one'), k8snode('sda3', 'sda', 'two'))
    const both = tree.run('fetch-config')
    expect(both.status).toBe(1)
    expect(both.stderr).toContain(') on the boot disk sda: refusing them all')
    expect(mounts(both.calls)).toEqual([])

    // One K8SNODE disk that is not the boot disk (a VM's small config disk) is used.
    const disk = k8snode('vdb', 'vdb', 'vm-1')
    labels(disk)
    const one = tree.run('fetch-config')
    expect(one.status).toBe(0)
    expect(tree.read(`${FETCHED}/hostname`)).toBe('vm-1\n')
  })

  it.each([
    ['fw_cfg', () => tree.write(`${FW_CFG}/hostname/raw`, 'vm-1\n')],
    ['a K8SNODE volume', () => labels(k8snode('vdb', 'vdb', 'vm-1'))],
    ['nothing', () => undefined]
  ])('lets udev finish before it looks (%s)', (_, setUp) => {
    setUp()
    const run = tree.run('fetch-config')
    expect(run.status).toBe(0)
    expect(run.calls[0]).toBe('udevadm settle --timeout=10')
  })

  it('finds nothing without failing, and clears what an earlier run fetched', () => {
    tree.write(`${FETCHED}/hostname`, 'stale\n')
    const run = tree.run('fetch-config')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('no k8s-node/ folder')
    expect(tree.exists(FETCHED)).toBe(false)
  })
})

describe('apply-config', () => {
  const fetched = (name: string, content: string) => tree.write(`${FETCHED}/${name}`, content)

  it('with no configuration at all: a hostname from the machine-id, nothing else, success', () => {
    const run = tree.run('apply-config')
    expect(run.status).toBe(0)
    expect(run.calls).toEqual([`hostnamectl set-hostname ${derivedName(MACHINE_ID)}`])
    expect(run.stdout).toContain('nobody can log in by SSH')
    expect(tree.exists('etc/ssh/authorized_keys.d/root')).toBe(false)
  })

  it('gives nodes with different machine-ids different names, the same one at every boot', () => {
    const other = 'fedcba9876543210fedcba9876543210'
    expect(derivedName(other)).not.toBe(derivedName(MACHINE_ID))
    tree.write('etc/machine-id', `${other}\n`)
    expect(tree.run('apply-config').calls).toContain(
      `hostnamectl set-hostname ${derivedName(other)}`
    )
    expect(tree.run('apply-config').calls).toContain(
      `hostnamectl set-hostname ${derivedName(other)}`
    )
  })

  it('keeps a hostname that is already set when the folder has none', () => {
    tree.write('etc/hostname', 'chosen-by-hand\n')
    expect(tree.run('apply-config').calls.filter(c => c.startsWith('hostnamectl'))).toEqual([])
  })

  it('init: keys, hostname and network applied, then kubeadm init started (not waited for)', () => {
    fetched('authorized_keys', `# mine\r\n${KEY}\r\n`)
    fetched('hostname', 'cp-1\n')
    fetched('10-static.network', '[Match]\nName=eth0\n\n[Network]\nAddress=192.168.1.10/24\n')
    fetched('kubeadm.yaml', INIT)
    const run = tree.run('apply-config')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(tree.read('etc/ssh/authorized_keys.d/root')).toBe(`# mine\n${KEY}\n`)
    expect(tree.read('etc/systemd/network/10-k8s-node-10-static.network')).toContain(
      'Address=192.168.1.10/24'
    )
    expect(run.calls).toEqual([
      'hostnamectl set-hostname cp-1',
      'systemctl --no-block start k8s-node-kubeadm@init.service'
    ])
    // Saved for the boots without the volume.
    expect(tree.read(`${SAVED}/kubeadm.yaml`)).toBe(INIT)
  })

  it('join: a JoinConfiguration starts kubeadm join', () => {
    fetched('kubeadm.yaml', JOIN)
    const run = tree.run('apply-config')
    expect(run.status).toBe(0)
    expect(run.calls).toContain('systemctl --no-block start k8s-node-kubeadm@join.service')
  })

  it('a ClusterConfiguration alone is an init; quoted kinds and CRLF lines are read', () => {
    fetched(
      'kubeadm.yaml',
      'apiVersion: kubeadm.k8s.io/v1beta4\r\nkind: "ClusterConfiguration"\r\n'
    )
    expect(tree.run('apply-config').calls).toContain(
      'systemctl --no-block start k8s-node-kubeadm@init.service'
    )
  })

  it.each([
    [
      'a kind kubeadm does not read',
      'apiVersion: apps/v1\nkind: Deployment\n',
      'kind(s) Deployment are not kubeadm init/join configuration; accepted: InitConfiguration ClusterConfiguration JoinConfiguration KubeletConfiguration KubeProxyConfiguration'
    ],
    ['no kind at all', 'token: abc\n', 'no "kind:" line'],
    [
      'init and join kinds together',
      `${INIT}---\n${JOIN}`,
      'has both JoinConfiguration and InitConfiguration/ClusterConfiguration'
    ],
    [
      'only a KubeletConfiguration',
      'kind: KubeletConfiguration\n',
      'only KubeletConfiguration KubeProxyConfiguration; add an InitConfiguration'
    ]
  ])(
    'bad kubeadm.yaml (%s): says why, runs no kubeadm, applies the rest, fails',
    (_, yaml, message) => {
      fetched('kubeadm.yaml', yaml)
      fetched('hostname', 'node-9\n')
      const run = tree.run('apply-config')
      expect(run.status).toBe(1)
      expect(run.stderr).toContain(`k8s-node/kubeadm.yaml: ${message}`)
      expect(run.stderr).toContain('1 problem(s) in the k8s-node/ folder')
      expect(run.calls).toEqual(['hostnamectl set-hostname node-9'])
    }
  )

  it('does not start kubeadm again once the marker is there', () => {
    fetched('kubeadm.yaml', JOIN)
    tree.write('var/lib/k8s-node/kubeadm.done', 'kubeadm join succeeded 2025-01-01T00:00:00Z\n')
    const run = tree.run('apply-config')
    expect(run.status).toBe(0)
    expect(run.calls.filter(c => c.startsWith('systemctl'))).toEqual([])
    expect(run.stdout).toContain('kubeadm already ran on this node (kubeadm join succeeded')
  })

  it('refuses an authorized_keys file with a line that is not a key, naming the line', () => {
    tree.write('etc/ssh/authorized_keys.d/root', `${KEY}\n`)
    fetched('authorized_keys', `${KEY}\n-----BEGIN OPENSSH PRIVATE KEY-----\n`)
    const run = tree.run('apply-config')
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('k8s-node/authorized_keys: line(s) 2 are not SSH public keys')
    expect(tree.exists('etc/ssh/authorized_keys.d/root')).toBe(false)
  })

  it('refuses a hostname Kubernetes would not take and falls back to the derived one', () => {
    fetched('hostname', 'Node_1\n')
    const run = tree.run('apply-config')
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('k8s-node/hostname: "Node_1" is not a valid node name')
    expect(run.calls).toEqual([`hostnamectl set-hostname ${derivedName(MACHINE_ID)}`])
  })

  it('skips a .network file without [Match] and removes files of an earlier configuration', () => {
    tree.write('etc/systemd/network/10-k8s-node-old.network', '[Match]\nName=eth1\n')
    tree.write('etc/systemd/network/20-wired.network', '[Match]\nName=eth*\n')
    fetched('static.network', '[Network]\nAddress=10.0.0.2/24\n')
    const run = tree.run('apply-config')
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('k8s-node/static.network: no [Match] section')
    expect(tree.exists('etc/systemd/network/10-k8s-node-old.network')).toBe(false)
    expect(tree.exists('etc/systemd/network/10-k8s-node-static.network')).toBe(false)
    expect(tree.exists('etc/systemd/network/20-wired.network')).toBe(true)
  })

  it('applies the saved copy at a boot without the volume', () => {
    tree.write(`${SAVED}/hostname`, 'saved-name\n')
    tree.write(`${SAVED}/authorized_keys`, `${KEY}\n`)
    const run = tree.run('apply-config')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('applying the copy saved in /var/lib/k8s-node/config')
    expect(run.calls).toEqual(['hostnamectl set-hostname saved-name'])
    expect(tree.read('etc/ssh/authorized_keys.d/root')).toBe(`${KEY}\n`)
  })

  it('replaces the saved copy with the folder found at this boot', () => {
    tree.write(`${SAVED}/hostname`, 'old-name\n')
    tree.write(`${SAVED}/kubeadm.yaml`, JOIN)
    fetched('hostname', 'new-name\n')
    tree.run('apply-config')
    expect(tree.read(`${SAVED}/hostname`)).toBe('new-name\n')
    expect(tree.exists(`${SAVED}/kubeadm.yaml`)).toBe(false)
  })

  it('warns about a file name it does not know (a typo) without failing', () => {
    fetched('authorized-keys', `${KEY}\n`)
    const run = tree.run('apply-config')
    expect(run.status).toBe(0)
    expect(run.stderr).toContain('k8s-node/authorized-keys: not a file this node reads')
  })
})

describe('kubeadm-once', () => {
  const CONFIG = '$ROOT/var/lib/k8s-node/config/kubeadm.yaml'
  const DONE = 'var/lib/k8s-node/kubeadm.done'
  const STARTED = 'var/lib/k8s-node/kubeadm.started'
  beforeEach(() => {
    tree.write(`${SAVED}/kubeadm.yaml`, INIT)
  })

  it.each(['init', 'join'])(
    'runs kubeadm %s --config with the saved file, then leaves the marker',
    mode => {
      const run = tree.run('kubeadm-once', [mode])
      expect(run.status).toBe(0)
      expect(run.calls).toEqual([`kubeadm ${mode} --config ${CONFIG}`])
      expect(tree.read('var/lib/k8s-node/kubeadm.done')).toMatch(
        new RegExp(`^kubeadm ${mode} succeeded`)
      )
    }
  )

  it('never runs twice: with the marker, kubeadm is not called', () => {
    tree.run('kubeadm-once', ['init'])
    const second = tree.run('kubeadm-once', ['init'])
    expect(second.status).toBe(0)
    expect(second.calls).toEqual([])
    expect(second.stdout).toContain('kubeadm already ran on this node')
  })

  it('does nothing without a kubeadm.yaml', () => {
    tree.remove()
    tree = new NodeTree()
    const run = tree.run('kubeadm-once', ['join'])
    expect(run.status).toBe(0)
    expect(run.calls).toEqual([])
  })

  it('on failure: exit status kept, kubeadm reset undoes the attempt, no marker (systemd retries)', () => {
    tree.write('kubeadm-status', '1', { fake: true })
    const run = tree.run('kubeadm-once', ['join'])
    expect(run.status).toBe(1)
    expect(run.calls).toEqual([`kubeadm join --config ${CONFIG}`, 'kubeadm reset --force'])
    expect(run.stderr).toContain('kubeadm join failed (exit 1)')
    expect(tree.exists(DONE)).toBe(false)
    // The attempt was undone: the next one starts clean, without another reset first.
    expect(tree.exists(STARTED)).toBe(false)
  })

  it('leaves a node set up by hand alone (no kubeadm, no reset)', () => {
    tree.write('etc/kubernetes/kubelet.conf', 'apiVersion: v1\n')
    const run = tree.run('kubeadm-once', ['init'])
    expect(run.status).toBe(0)
    expect(run.calls).toEqual([])
    expect(tree.read('var/lib/k8s-node/kubeadm.done')).toContain('skipped')
  })

  it('has its started marker on disk while kubeadm runs, and removes it once it is done', () => {
    tree.run('kubeadm-once', ['join'])
    expect(fs.readFileSync(`${tree.fake}/started-when-kubeadm-ran`, 'utf8')).toMatch(
      /^kubeadm join started \d{4}-\d\d-\d\dT/
    )
    expect(tree.exists(STARTED)).toBe(false)
  })

  it('after power was lost mid-kubeadm: undoes the half-made node, then runs kubeadm again', () => {
    // kubeadm wrote kubelet.conf, then the node lost power (the script dies with kubeadm).
    tree.write('kubeadm-cut', '', { fake: true })
    const cut = tree.run('kubeadm-once', ['join'])
    expect(cut.status).toBeNull()
    expect(tree.exists('etc/kubernetes/kubelet.conf')).toBe(true)
    expect(tree.exists(DONE)).toBe(false)

    fs.rmSync(`${tree.fake}/kubeadm-cut`)
    const next = tree.run('kubeadm-once', ['join'])
    expect(next.status).toBe(0)
    expect(next.calls).toEqual(['kubeadm reset --force', `kubeadm join --config ${CONFIG}`])
    expect(next.stderr).toContain('an earlier kubeadm run did not finish (kubeadm join started')
    expect(tree.read(DONE)).toMatch(/^kubeadm join succeeded/)
    expect(tree.exists(STARTED)).toBe(false)
  })

  it('runs no kubeadm over a half-made node whose reset fails, and resets first at the next try', () => {
    tree.write(STARTED, 'kubeadm init started 2026-01-01T00:00:00Z\n')
    tree.write('kubeadm-reset-status', '1', { fake: true })
    const run = tree.run('kubeadm-once', ['init'])
    expect(run.status).toBe(1)
    expect(run.calls).toEqual(['kubeadm reset --force'])
    expect(run.stderr).toContain(
      'kubeadm reset failed: not running kubeadm init over a half-made node'
    )
    expect(tree.exists(STARTED)).toBe(true)

    // A failed kubeadm whose reset fails too leaves the marker: the next try resets first.
    fs.rmSync(`${tree.fake}/kubeadm-reset-status`)
    tree.write('kubeadm-status', '1', { fake: true })
    fs.rmSync(path.join(tree.root, STARTED))
    tree.write('kubeadm-reset-status', '1', { fake: true })
    const failed = tree.run('kubeadm-once', ['init'])
    expect(failed.calls).toEqual([`kubeadm init --config ${CONFIG}`, 'kubeadm reset --force'])
    expect(tree.exists(STARTED)).toBe(true)
  })

  it('refuses a mode other than init or join', () => {
    const run = tree.run('kubeadm-once', ['reset'])
    expect(run.status).toBe(2)
    expect(run.calls).toEqual([])
  })
})

describe('ssh-host-keys', () => {
  const dir = 'var/lib/k8s-node/ssh'

  it('makes ed25519, ecdsa and rsa host keys once, in /var/lib/k8s-node/ssh', () => {
    const first = tree.run('ssh-host-keys')
    expect(first.status).toBe(0)
    expect(first.calls.filter(c => !c.startsWith('ssh-keygen -l'))).toEqual(
      ['ed25519', 'ecdsa', 'rsa'].map(
        t => `ssh-keygen -q -t ${t} -N  -f $ROOT/${dir}/ssh_host_${t}_key`
      )
    )
    expect(tree.run('ssh-host-keys').calls).toEqual([])
  })

  it('replaces a half-written pair', () => {
    tree.run('ssh-host-keys')
    tree.write(`${dir}/ssh_host_rsa_key`, '')
    const run = tree.run('ssh-host-keys')
    expect(run.calls.filter(c => !c.startsWith('ssh-keygen -l'))).toEqual([
      `ssh-keygen -q -t rsa -N  -f $ROOT/${dir}/ssh_host_rsa_key`
    ])
  })
})
