// What the image's smoke script (configs/external/board/common/rootfs-overlay/usr/libexec/
// k8s-node/smoke) prints on the serial console, and which checks each level runs. The lines
// are found anywhere in a console line: journald puts "[  12.3] smoke[345]: " before them.
import type { SmokeLevel } from '../inputs/schema.js'

export type { SmokeLevel }

export type CheckStatus = 'pass' | 'fail' | 'skip'

export interface SmokeCheck {
  name: string
  /** What a pass proves, for the summary. */
  proves: string
  /**
   * The image component (a key of manifest.json's versions) the check tests. A check without
   * one tests the kernel and the base system and must always pass; a check with one may skip
   * only when the image's manifest does not list that component.
   */
  component?: string
  /** The check needs the data disk the host attaches to some boots: it may skip on the others. */
  needsDataDisk?: boolean
}

const BASIC_CHECKS: readonly SmokeCheck[] = [
  {
    name: 'systemd',
    proves: 'systemd reached its default target with no failed unit',
    component: 'systemd'
  },
  {
    name: 'data-disk',
    proves:
      'the empty disk named in k8s-node/data-disk was formatted ext4, labelled K8SDATA and mounted, with the node state on it',
    needsDataDisk: true
  },
  {
    name: 'identity',
    proves:
      'the node has a machine-id and SSH host keys, kept on K8SDATA: a second boot from the same disk has the same ones',
    needsDataDisk: true
  },
  {
    name: 'kernel-config',
    proves: "/proc/config.gz meets kubeadm's SystemVerification and the runtime's needs"
  },
  { name: 'modules', proves: 'the modules in /etc/modules-load.d are loaded' },
  { name: 'sysctl', proves: 'the settings in /etc/sysctl.d are in effect' },
  { name: 'overlayfs', proves: 'the kernel mounts overlayfs (copy-up, whiteouts)' },
  {
    name: 'containerd',
    proves: 'containerd is active, crictl info reports RuntimeReady, overlayfs snapshotter ok',
    component: 'containerd'
  },
  {
    name: 'runc',
    proves: 'runc runs an image built in the guest through containerd (overlayfs snapshots)',
    component: 'runc'
  },
  { name: 'docker', proves: 'docker loads and runs the same image', component: 'docker-engine' },
  {
    name: 'versions',
    proves: 'kubelet, kubeadm, kubectl and crictl report their versions',
    component: 'kubernetes'
  },
  {
    name: 'kubeadm-preflight',
    proves: 'kubeadm init phase preflight passes (only ImagePull, which needs a registry, ignored)',
    component: 'kubernetes'
  }
]

const CLUSTER_CHECKS: readonly SmokeCheck[] = [
  {
    name: 'kubeadm-init',
    proves: 'kubeadm init brings up a control plane (images pulled through QEMU user networking)',
    component: 'kubernetes'
  },
  {
    name: 'node-ready',
    proves: 'the node becomes Ready with a bridge CNI',
    component: 'kubernetes'
  },
  { name: 'pod', proves: 'a pod runs to completion on the node', component: 'kubernetes' }
]

export function checksFor(level: SmokeLevel): readonly SmokeCheck[] {
  return level === 'cluster' ? [...BASIC_CHECKS, ...CLUSTER_CHECKS] : BASIC_CHECKS
}

export type SmokeEvent =
  | { kind: 'start'; level: string; kernel: string; arch: string }
  | { kind: 'begin'; check: string; limitSeconds: number }
  | { kind: 'result'; check: string; status: CheckStatus; seconds: number; detail: string }
  /** The node's identity (hashes of its machine-id and SSH host keys), for the next boot. */
  | { kind: 'identity'; identity: string }
  | { kind: 'done'; passed: number; failed: number; skipped: number }

const MARK = 'K8S-SMOKE v1 '

/**
 * An identity as the script prints it: `machine-id=<hex> ssh-host-keys=<type>:<hex>/...`.
 * No commas (QEMU's -fw_cfg string=... would split on them) and nothing a shell would expand.
 */
export const IDENTITY_PATTERN =
  /^machine-id=[0-9a-f]+ ssh-host-keys=[a-z0-9]+:[0-9a-f]+(\/[a-z0-9]+:[0-9a-f]+)*$/

/** The smoke event in a console line, or undefined for any other line. */
export function parseSmokeLine(line: string): SmokeEvent | undefined {
  const at = line.indexOf(MARK)
  if (at < 0) return undefined
  const rest = line.slice(at + MARK.length).trimEnd()
  let match = /^start level=(\S+) kernel=(\S*) arch=(\S*)$/.exec(rest)
  if (match) return { kind: 'start', level: match[1], kernel: match[2], arch: match[3] }
  match = /^begin check=([a-z0-9-]+) limit=(\d+)$/.exec(rest)
  if (match) return { kind: 'begin', check: match[1], limitSeconds: Number(match[2]) }
  match = /^check=([a-z0-9-]+) status=(pass|fail|skip) seconds=(\d+) detail=(.*)$/.exec(rest)
  if (match) {
    return {
      kind: 'result',
      check: match[1],
      status: match[2] as CheckStatus,
      seconds: Number(match[3]),
      detail: match[4]
    }
  }
  match = /^identity (.*)$/.exec(rest)
  if (match && IDENTITY_PATTERN.test(match[1])) return { kind: 'identity', identity: match[1] }
  match = /^done passed=(\d+) failed=(\d+) skipped=(\d+)$/.exec(rest)
  if (match) {
    return {
      kind: 'done',
      passed: Number(match[1]),
      failed: Number(match[2]),
      skipped: Number(match[3])
    }
  }
  return undefined
}
