// Runs the node's first-boot scripts (configs/external/board/common/rootfs-overlay/usr/libexec/
// k8s-node) with /bin/sh over a temporary root tree (K8S_NODE_ROOT), with the system tools they
// call replaced by stubs on PATH. Each stub logs its command line to calls.log and acts on
// files of the "fake" folder: the block devices blkid knows, what it and wipefs find on them,
// kubeadm's exit status. A "device" that is a folder can be mounted: mount copies it.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const overlayDir = path.join(repoRoot, 'configs/external/board/common/rootfs-overlay')
export const libexecDir = path.join(overlayDir, 'usr/libexec/k8s-node')

const STUBS: Record<string, string> = {
  // blkid -o device -t LABEL=X: devices listed in fake/labels ("LABEL DEVICE" lines), exit 2
  // when none. blkid -p -o export DEV: fake/probe/<basename DEV> if present, else exit 2.
  blkid: `
if [ "$1" = "-p" ]; then
  dev="$(basename "$4")"
  [ -f "$FAKE/probe/$dev" ] || exit 2
  cat "$FAKE/probe/$dev"; exit 0
fi
label=""
for arg in "$@"; do case "$arg" in LABEL=*) label="\${arg#LABEL=}" ;; esac; done
found="$(awk -v l="$label" '$1 == l { print $2 }' "$FAKE/labels" 2>/dev/null)"
[ -n "$found" ] || exit 2
echo "$found"`,
  wipefs: `dev="$(basename "$2")"; [ -f "$FAKE/wipefs/$dev" ] && cat "$FAKE/wipefs/$dev"; exit 0`,
  // mount [-t T] [-o O] SOURCE TARGET, mount --bind A B: a folder SOURCE is copied to TARGET.
  mount: `
[ -e "$FAKE/mount-fails" ] && exit 32
for last; do :; done
eval "source=\\\${$(($# - 1))}"
if [ "$1" != "--bind" ] && [ -d "$source" ]; then cp -R "$source/." "$last/"; fi`,
  umount: `for last; do :; done; find "$last" -mindepth 1 -delete`,
  'mkfs.ext4': `for last; do :; done; echo "K8SDATA $last" >>"$FAKE/labels"`,
  e2fsck: `exit "$(cat "$FAKE/e2fsck-status" 2>/dev/null || echo 0)"`,
  kubeadm: `[ "$1" = reset ] && exit 0; exit "$(cat "$FAKE/kubeadm-status" 2>/dev/null || echo 0)"`,
  'ssh-keygen': `
case "$1" in -l) echo "256 SHA256:stub (STUB)"; exit 0 ;; esac
for last; do :; done
echo private >"$last"; echo public >"$last.pub"`,
  hostnamectl: ':',
  systemctl: ':',
  udevadm: ':'
}

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
