// Runs the node's first-boot scripts (configs/external/board/common/rootfs-overlay/usr/libexec/
// k8s-node) with /bin/sh over a temporary root tree (K8S_NODE_ROOT), with the system tools they
// call replaced by stubs on PATH. Each stub logs its command line to calls.log and acts on
// files of the "fake" folder: the block devices blkid finds by label, the disk / is on,
// kubeadm's exit status. A "device" that is a folder can be mounted: mount copies it.
// What a disk holds is read by the host's real programs, as the node does: blkid -p and wipefs
// probe disk image files. A stub stands in only for a program the image has: the
// configs tests check each one against the packages the defconfigs build (STUBBED_PROGRAMS).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const overlayDir = path.join(repoRoot, 'configs/external/board/common/rootfs-overlay')
export const libexecDir = path.join(overlayDir, 'usr/libexec/k8s-node')

/** The host's own blkid (util-linux), for probing disk image files. */
const realBlkid = ['/usr/sbin/blkid', '/sbin/blkid'].find(file => fs.existsSync(file)) ?? 'blkid'

/** The started marker kubeadm-once writes before kubeadm runs. */
const STARTED = 'var/lib/k8s-node/kubeadm.started'

const STUBS: Record<string, string> = {
  // blkid -o device -t LABEL=X: devices listed in fake/labels ("LABEL DEVICE" lines), exit 2
  // when none. blkid -p (probe one device): the real blkid.
  blkid: `
if [ "$1" = "-p" ]; then exec ${realBlkid} "$@"; fi
label=""
for arg in "$@"; do case "$arg" in LABEL=*) label="\${arg#LABEL=}" ;; esac; done
found="$(awk -v l="$label" '$1 == l { print $2 }' "$FAKE/labels" 2>/dev/null)"
[ -n "$found" ] || exit 2
echo "$found"`,
  // findmnt -n [-r] -o MAJ:MIN /: fake/root-majmin ("179:2"), else what the ISO's tmpfs root
  // has; padded as util-linux's findmnt pads the column, unless -r (raw) asks for none.
  findmnt: `
majmin="$(cat "$FAKE/root-majmin" 2>/dev/null || echo 0:24)"
case " $* " in *" -r "*) echo "$majmin" ;; *) echo " $majmin  " ;; esac`,
  // mount [-t T] [-o O] SOURCE TARGET, mount --bind A B: a folder SOURCE is copied to TARGET.
  mount: `
[ -e "$FAKE/mount-fails" ] && exit 32
for last; do :; done
eval "source=\\\${$(($# - 1))}"
if [ "$1" != "--bind" ] && [ -d "$source" ]; then cp -R "$source/." "$last/"; fi`,
  umount: `for last; do :; done; find "$last" -mindepth 1 -delete`,
  'mkfs.ext4': `for last; do :; done; echo "K8SDATA $last" >>"$FAKE/labels"`,
  e2fsck: `exit "$(cat "$FAKE/e2fsck-status" 2>/dev/null || echo 0)"`,
  // kubeadm init|join: notes whether the started marker was on disk, then exits with
  // fake/kubeadm-status; with fake/kubeadm-cut it kills the script that ran it (power lost
  // mid-run). kubeadm reset: fake/kubeadm-reset-status.
  kubeadm: `
if [ "$1" = reset ]; then exit "$(cat "$FAKE/kubeadm-reset-status" 2>/dev/null || echo 0)"; fi
[ -f "$K8S_NODE_ROOT/${STARTED}" ] && cp "$K8S_NODE_ROOT/${STARTED}" "$FAKE/started-when-kubeadm-ran"
if [ -e "$FAKE/kubeadm-cut" ]; then mkdir -p "$K8S_NODE_ROOT/etc/kubernetes"; echo half >"$K8S_NODE_ROOT/etc/kubernetes/kubelet.conf"; kill -9 "$PPID"; exit 137; fi
exit "$(cat "$FAKE/kubeadm-status" 2>/dev/null || echo 0)"`,
  'ssh-keygen': `
case "$1" in -l) echo "256 SHA256:stub (STUB)"; exit 0 ;; esac
for last; do :; done
echo private >"$last"; echo public >"$last.pub"`,
  hostnamectl: ':',
  systemctl: ':',
  udevadm: ':'
}

/** The programs the tests replace by a stub: each must be one the image has. */
export const STUBBED_PROGRAMS = Object.keys(STUBS).sort()

export interface Run {
  status: number | null
  stdout: string
  stderr: string
  /** Stub calls, one "tool args..." line each, with the root prefix shown as $ROOT. */
  calls: string[]
}

export class NodeTree {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'k8s-node-'))
  readonly root = path.join(this.dir, 'root')
  readonly fake = path.join(this.dir, 'fake')
  private readonly bin = path.join(this.dir, 'bin')
  private readonly log = path.join(this.dir, 'calls.log')

  constructor() {
    fs.mkdirSync(this.root)
    fs.mkdirSync(this.fake)
    fs.mkdirSync(this.bin)
    for (const [name, body] of Object.entries(STUBS)) {
      const file = path.join(this.bin, name)
      fs.writeFileSync(file, `#!/bin/sh\necho "${name} $*" >>"$CALLS"\n${body}\n`)
      fs.chmodSync(file, 0o755)
    }
  }

  /** Writes a file below the root tree (or below fake/ with fake: true). */
  write(relative: string, content: string, { fake = false } = {}): string {
    const file = path.join(fake ? this.fake : this.root, relative)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, content)
    return file
  }

  /**
   * Makes sysfs know a block device: a whole disk, or a partition of `disk`; with `root`, as the
   * device / is mounted from (findmnt's MAJ:MIN leads to it).
   */
  blockDevice(name: string, { disk, root = false }: { disk?: string; root?: boolean } = {}): void {
    const dir = path.join(
      this.root,
      'sys/devices/platform/block',
      ...(disk ? [disk, name] : [name])
    )
    fs.mkdirSync(dir, { recursive: true })
    if (disk) fs.writeFileSync(path.join(dir, 'partition'), '1\n')
    const link = (at: string) => {
      fs.mkdirSync(path.dirname(at), { recursive: true })
      fs.symlinkSync(path.relative(path.dirname(at), dir), at)
    }
    link(path.join(this.root, 'sys/class/block', name))
    if (root) {
      link(path.join(this.root, 'sys/dev/block/179:2'))
      this.write('root-majmin', '179:2\n', { fake: true })
    }
  }

  read(relative: string): string {
    return fs.readFileSync(path.join(this.root, relative), 'utf8')
  }

  exists(relative: string): boolean {
    return fs.existsSync(path.join(this.root, relative))
  }

  /** Runs a script of usr/libexec/k8s-node with /bin/sh, the stubs first on PATH. */
  run(script: string, args: string[] = []): Run {
    fs.rmSync(this.log, { force: true })
    const result = spawnSync('/bin/sh', [path.join(libexecDir, script), ...args], {
      encoding: 'utf8',
      env: {
        PATH: `${this.bin}:/usr/sbin:/usr/bin:/sbin:/bin`,
        K8S_NODE_ROOT: this.root,
        FAKE: this.fake,
        CALLS: this.log,
        LC_ALL: 'C'
      }
    })
    const calls = fs.existsSync(this.log)
      ? fs.readFileSync(this.log, 'utf8').split('\n').filter(Boolean)
      : []
    return {
      status: result.status,
      stdout: result.stdout,
      stderr: result.stderr,
      calls: calls.map(line => line.split(this.root).join('$ROOT'))
    }
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true })
  }
}
