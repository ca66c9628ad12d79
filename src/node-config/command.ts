// The `node-config` subcommand of the command line: flags in, k8s-node/ folder out.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { NodeConfigError, qemuHints, writeNodeConfig } from './index.js'

export const NODE_CONFIG_USAGE = `Usage: buildroot-k8s node-config --out DIR [options]

Writes DIR/k8s-node/, the folder a node applies at boot (docs/first-boot.md). Copy it to the
Raspberry Pi SD card's boot partition (K8SNODE), or attach --disk-image to a VM.

  --out DIR                 where k8s-node/ is written (required; a fresh folder, or --force)
  --authorized-keys FILE    SSH public keys for root (authorized_keys)
  --hostname NAME           the node's name (hostname); default: unique, from its machine-id
  --static-ip CIDR          a static address, e.g. 192.168.1.10/24 (static.network), with
    --gateway IP  --dns IP (repeatable)  --interface NAME (default: every wired interface)
  --network FILE            a systemd-networkd .network file, copied (repeatable)
  --kubeadm FILE            kubeadm's configuration (kubeadm.yaml): InitConfiguration and/or
                            ClusterConfiguration -> kubeadm init; JoinConfiguration -> kubeadm
                            join; KubeletConfiguration and KubeProxyConfiguration may go along
  --data-disk /dev/disk/by-id/ID
                            an empty disk the node may format as K8SDATA (data-disk)
  --disk-image FILE         also write a disk image labelled K8SNODE holding k8s-node/
  --disk-format vfat|iso9660
                            vfat (default; needs mkfs.vfat and mtools) or iso9660 (xorriso)
  --force                   replace an earlier DIR/k8s-node/ (the files node-config writes
                            there go first; others stay) and an existing --disk-image file
  -h, --help`

const OPTIONS = {
  out: { type: 'string' },
  'authorized-keys': { type: 'string' },
  hostname: { type: 'string' },
  'static-ip': { type: 'string' },
  gateway: { type: 'string' },
  dns: { type: 'string', multiple: true },
  interface: { type: 'string' },
  network: { type: 'string', multiple: true },
  kubeadm: { type: 'string' },
  'data-disk': { type: 'string' },
  'disk-image': { type: 'string' },
  'disk-format': { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const

function parseNodeConfigArgs(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS })
  } catch (error) {
    // An unknown flag or a flag without its value: say it with this command's usage.
    throw new NodeConfigError((error as Error).message)
  }
}

/** Runs `node-config` with its arguments; returns the exit code. */
export function nodeConfigCommand(argv: string[]): number {
  const { values, positionals } = parseNodeConfigArgs(argv)
  if (values.help) {
    process.stdout.write(`${NODE_CONFIG_USAGE}\n`)
    return 0
  }
  if (positionals.length > 0) throw new NodeConfigError(`unexpected argument "${positionals[0]}"`)
  if (!values.out)
    throw new NodeConfigError('--out DIR is required: the folder k8s-node/ is written into')
  const format = values['disk-format'] ?? 'vfat'
  if (format !== 'vfat' && format !== 'iso9660') {
    throw new NodeConfigError(`--disk-format "${format}": use vfat or iso9660`)
  }
  if (values['disk-format'] && !values['disk-image']) {
    throw new NodeConfigError('--disk-format goes with --disk-image FILE')
  }
  const staticOnly = ['gateway', 'dns', 'interface'].filter(
    flag => values[flag as 'gateway'] !== undefined
  )
  if (!values['static-ip'] && staticOnly.length > 0) {
    throw new NodeConfigError(`--${staticOnly[0]} goes with --static-ip`)
  }
  const result = writeNodeConfig({
    out: path.resolve(values.out),
    force: values.force ?? false,
    authorizedKeys: values['authorized-keys'],
    hostname: values.hostname,
    networks: values.network,
    staticIp: values['static-ip']
      ? {
          address: values['static-ip'],
          gateway: values.gateway,
          dns: values.dns ?? [],
          interface: values.interface
        }
      : undefined,
    kubeadm: values.kubeadm,
    dataDisk: values['data-disk'],
    diskImage: values['disk-image']
      ? { file: path.resolve(values['disk-image']), format }
      : undefined
  })
  for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`)
  process.stdout.write(`Wrote ${result.folder}: ${result.files.join(', ')}\n`)
  if (result.kubeadmMode) {
    process.stdout.write(
      `kubeadm.yaml: the node runs "kubeadm ${result.kubeadmMode}" once at first boot\n`
    )
  }
  if (result.diskImage) process.stdout.write(`Wrote ${result.diskImage} (label K8SNODE)\n`)
  for (const line of qemuHints(result)) process.stdout.write(`${line}\n`)
  return 0
}
