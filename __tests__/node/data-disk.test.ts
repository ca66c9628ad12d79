// The K8SDATA state disk: data-disk (k8s-data.service) mounts a disk labelled K8SDATA and
// bind-mounts the node's state folders from it, formats a disk only when k8s-node/data-disk
// names it by id and it holds nothing (as the real blkid -p and wipefs read a disk image);
// restore-machine-id (the ISO's /init) brings the node's machine-id back before systemd
// starts. Temporary root trees, stubbed tools for the rest.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { NodeTree } from './harness.js'

const MACHINE_ID = '0123456789abcdef0123456789abcdef'
const DATA = 'var/lib/k8s-data'
const PERSISTED = [
  ['containerd', '/var/lib/containerd'],
  ['kubelet', '/var/lib/kubelet'],
  ['etcd', '/var/lib/etcd'],
  ['kubernetes', '/etc/kubernetes'],
  ['k8s-node', '/var/lib/k8s-node']
]
const BY_ID = '/dev/disk/by-id/virtio-k8sdata'

let tree: NodeTree
beforeEach(() => {
  tree = new NodeTree()
  tree.write('etc/machine-id', `${MACHINE_ID}\n`)
  tree.write('etc/kubernetes/manifests/.keep', '')
})
afterEach(() => tree.remove())

/** What a new disk may already hold, made with the host's real tools on a disk image file. */
type Content = 'nothing' | 'ext4' | 'gpt' | 'backup-gpt'
const sbin = (program: string) =>
  ['/usr/sbin', '/sbin'].map(dir => path.join(dir, program)).find(file => fs.existsSync(file)) ??
  program

/**
 * A 64 MiB disk the node sees at /dev/vdb (a sparse image file), named by id, holding
 * `content`: blkid -p and wipefs read it for real, as on the node.
 */
function attachDisk(content: Content = 'nothing'): string {
  const device = tree.write('dev/vdb', '')
  fs.truncateSync(device, 64 * 1024 * 1024)
  if (content === 'ext4') execFileSync(sbin('mkfs.ext4'), ['-q', '-F', device])
  if (content === 'gpt' || content === 'backup-gpt') {
    execFileSync(sbin('sfdisk'), ['-q', device], { input: 'label: gpt\n' })
  }
  // A disk wiped at its start only: the primary GPT is gone, its backup at the end is not.
  if (content === 'backup-gpt') {
    const fd = fs.openSync(device, 'r+')
    fs.writeSync(fd, Buffer.alloc(34 * 512), 0, 34 * 512, 0)
    fs.closeSync(fd)
  }
  fs.mkdirSync(path.join(tree.root, path.dirname(BY_ID)), { recursive: true })
  fs.symlinkSync('../../vdb', path.join(tree.root, BY_ID))
  return device
}
const nameDisk = (name: string) => tree.write('run/k8s-node/config/data-disk', `${name}\r\n`)
const mkfsCalls = (calls: string[]) => calls.filter(c => c.startsWith('mkfs'))

describe('data-disk', () => {
  it('without a K8SDATA disk: nothing mounted, nothing formatted, success', () => {
    attachDisk()
    const run = tree.run('data-disk')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('no disk labelled K8SDATA')
    expect(run.calls.filter(c => !/^(blkid|udevadm settle) /.test(c))).toEqual([])
  })

  it('mounts a disk labelled K8SDATA and bind-mounts each state folder from it, seeded once', () => {
    const device = attachDisk()
    tree.write('labels', `K8SDATA ${device}\n`, { fake: true })
    const run = tree.run('data-disk')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const dev = device.replace(tree.root, '$ROOT')
    expect(run.calls).toEqual([
      'udevadm settle --timeout=30',
      'blkid -o device -t LABEL=K8SDATA',
      `e2fsck -p ${dev}`,
      `mount -t ext4 ${dev} $ROOT/${DATA}`,
      ...PERSISTED.map(([folder, target]) => `mount --bind $ROOT/${DATA}/${folder} $ROOT${target}`)
    ])
    // The image's /etc/kubernetes content is kept; the machine-id is saved for the next boots.
    expect(tree.exists(`${DATA}/kubernetes/manifests/.keep`)).toBe(true)
    expect(tree.read(`${DATA}/k8s-node/machine-id`)).toBe(`${MACHINE_ID}\n`)

    // Second boot: the disk's folders are used as they are, not seeded again.
    tree.write(`${DATA}/kubelet/config.yaml`, 'kind: KubeletConfiguration\n')
    tree.write('var/lib/kubelet/from-image', '')
    expect(tree.run('data-disk').status).toBe(0)
    expect(tree.exists(`${DATA}/kubelet/from-image`)).toBe(false)
    expect(tree.exists(`${DATA}/kubelet/config.yaml`)).toBe(true)
  })

  it('uses the disk’s machine-id when /init could not restore it', () => {
    const device = attachDisk()
    tree.write('labels', `K8SDATA ${device}\n`, { fake: true })
    tree.write(`${DATA}/k8s-node/machine-id`, 'fedcba9876543210fedcba9876543210\n')
    const run = tree.run('data-disk')
    expect(run.status).toBe(0)
    expect(run.calls).toContain(
      `mount --bind $ROOT/${DATA}/k8s-node/machine-id $ROOT/etc/machine-id`
    )
    expect(run.stdout).toContain('machine-id was not restored before systemd started')
  })

  it('leaves the machine-id alone when /init restored it', () => {
    const device = attachDisk()
    tree.write('labels', `K8SDATA ${device}\n`, { fake: true })
    tree.write(`${DATA}/k8s-node/machine-id`, `${MACHINE_ID}\n`)
    const run = tree.run('data-disk')
    expect(run.calls.filter(c => c.includes('machine-id'))).toEqual([])
  })

  it('formats an empty disk named by id in k8s-node/data-disk, then uses it', () => {
    const device = attachDisk()
    nameDisk(BY_ID)
    const run = tree.run('data-disk')
    expect(run.status).toBe(0)
    const dev = device.replace(tree.root, '$ROOT')
    expect(mkfsCalls(run.calls)).toEqual([`mkfs.ext4 -q -L K8SDATA ${dev}`])
    expect(run.calls).toContain(`mount -t ext4 ${dev} $ROOT/${DATA}`)
    expect(run.stderr).toContain(`formatting ${BY_ID}`)
  })

  it('never formats an empty disk that no data-disk file names', () => {
    attachDisk()
    const run = tree.run('data-disk')
    expect(run.status).toBe(0)
    expect(mkfsCalls(run.calls)).toEqual([])
  })

  it.each([
    ['a file system', 'ext4', 'is not empty (TYPE=ext4'],
    ['a partition table', 'gpt', 'is not empty (PTTYPE=gpt'],
    // blkid -p finds nothing there (exit 2); wipefs lists the GPT backup header at the end.
    ['only the backup of a partition table', 'backup-gpt', 'holds signatures (']
  ] as const)('never formats a named disk holding %s', (_, content, message) => {
    attachDisk(content)
    nameDisk(BY_ID)
    const run = tree.run('data-disk')
    expect(run.status).toBe(1)
    expect(mkfsCalls(run.calls)).toEqual([])
    expect(run.calls.filter(c => c.startsWith('mount'))).toEqual([])
    expect(run.stderr).toContain(`k8s-node/data-disk: ${BY_ID} `)
    expect(run.stderr).toContain(message)
    if (content === 'backup-gpt') expect(run.stderr).toMatch(/0x3fffe00 +gpt/)
  })

  it('lets udev finish before it looks for disks, on every path', () => {
    attachDisk()
    expect(tree.run('data-disk').calls[0]).toBe('udevadm settle --timeout=30')
    nameDisk(BY_ID)
    expect(tree.run('data-disk').calls[0]).toBe('udevadm settle --timeout=30')
  })

  it.each([
    ['/dev/vdb', 'is not a /dev/disk/by-id/ path'],
    ['/dev/disk/by-id/../../vdb', 'leaves /dev/disk/by-id/'],
    ['/dev/disk/by-id/usb-missing', 'no disk /dev/disk/by-id/usb-missing on this node']
  ])('refuses data-disk "%s"', (name, message) => {
    attachDisk()
    nameDisk(name)
    const run = tree.run('data-disk')
    expect(run.status).toBe(1)
    expect(mkfsCalls(run.calls)).toEqual([])
    expect(run.stderr).toContain(message)
  })

  it('does not format anything when K8SDATA already exists, even if data-disk names a disk', () => {
    const device = attachDisk()
    tree.write('labels', `K8SDATA ${device}\n`, { fake: true })
    nameDisk(BY_ID)
    const run = tree.run('data-disk')
    expect(run.status).toBe(0)
    expect(mkfsCalls(run.calls)).toEqual([])
    expect(run.stdout).toContain('k8s-node/data-disk is not needed')
  })

  it('does not mount a K8SDATA file system that e2fsck cannot repair', () => {
    const device = attachDisk()
    tree.write('labels', `K8SDATA ${device}\n`, { fake: true })
    tree.write('e2fsck-status', '4', { fake: true })
    const run = tree.run('data-disk')
    expect(run.status).toBe(1)
    expect(run.calls.filter(c => c.startsWith('mount'))).toEqual([])
    expect(run.stderr).toContain('e2fsck found errors it cannot fix (exit 4)')
  })
})

describe('restore-machine-id (ISO /init)', () => {
  /** A K8SDATA "device": a folder the mount stub copies, holding k8s-node/machine-id. */
  function dataDisk(machineId: string): void {
    const device = tree
      .write('volumes/vdb/k8s-node/machine-id', `${machineId}\n`, { fake: true })
      .replace('/k8s-node/machine-id', '')
    tree.write('labels', `K8SDATA ${device}\n`, { fake: true })
  }
  const newroot = () => path.join(tree.root, 'sysroot')

  beforeEach(() => {
    tree.write('sysroot/etc/machine-id', '')
  })

  it('copies the machine-id kept on K8SDATA into the new root', () => {
    dataDisk('fedcba9876543210fedcba9876543210')
    const run = tree.run('restore-machine-id', [newroot()])
    expect(run.status).toBe(0)
    expect(tree.read('sysroot/etc/machine-id')).toBe('fedcba9876543210fedcba9876543210\n')
    expect(run.calls.filter(c => c.startsWith('mount'))[0]).toMatch(/^mount -t ext4 -o ro /)
  })

  it('leaves it empty (systemd makes one) without a K8SDATA disk', () => {
    const run = tree.run('restore-machine-id', [newroot()])
    expect(run.status).toBe(0)
    expect(tree.read('sysroot/etc/machine-id')).toBe('')
  })

  it('ignores something that is not a machine-id', () => {
    dataDisk('not-a-machine-id')
    const run = tree.run('restore-machine-id', [newroot()])
    expect(tree.read('sysroot/etc/machine-id')).toBe('')
    expect(run.stderr).toContain('is not a machine-id')
  })
})
