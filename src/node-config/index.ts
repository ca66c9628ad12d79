// `buildroot-k8s node-config`: writes the k8s-node/ folder that a node reads at boot
// (configs/external/board/common/rootfs-overlay/usr/libexec/k8s-node/apply-config), and for
// virtual machines a small disk image labelled K8SNODE holding it. Every file is checked the
// way the node checks it, so that a mistake shows here and not on the node's console.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isMap, parseAllDocuments } from 'yaml'
import { FW_CFG_MAX_NAME, FW_CFG_PREFIX } from '../fw-cfg.js'
import { fileErrorSentence, UserError } from '../util/errors.js'

/** A mistake in what the user asked for: the message says what and how to fix it. */
export class NodeConfigError extends UserError {}

/** The kinds `kubeadm init --config` reads; ClusterConfiguration alone also means init. */
export const INIT_KINDS = ['InitConfiguration', 'ClusterConfiguration']
/** The kind `kubeadm join --config` reads. */
export const JOIN_KINDS = ['JoinConfiguration']
/** Component configurations kubeadm passes on to kubelet and kube-proxy. */
export const COMPONENT_KINDS = ['KubeletConfiguration', 'KubeProxyConfiguration']
const ACCEPTED_KINDS = [...INIT_KINDS, ...JOIN_KINDS, ...COMPONENT_KINDS]

export interface NodeConfigOptions {
  /** The folder k8s-node/ is written into (created if needed). */
  out: string
  /**
   * Write over an earlier k8s-node/ folder (removing the files node-config writes, so that no
   * stale one survives) and over an existing --disk-image file.
   */
  force?: boolean
  authorizedKeys?: string
  hostname?: string
  /** .network files copied as they are. */
  networks?: string[]
  staticIp?: { address: string; gateway?: string; dns: string[]; interface?: string }
  kubeadm?: string
  dataDisk?: string
  diskImage?: { file: string; format: 'vfat' | 'iso9660' }
}

export interface NodeConfigResult {
  folder: string
  files: string[]
  kubeadmMode?: 'init' | 'join'
  diskImage?: string
  /** Things the user should know: a deprecated kubeadm API, files left in the folder. */
  warnings: string[]
}

/**
 * The Kubernetes minor release of the image's kubeadm (KUBERNETES_NODE_VERSION in
 * configs/external/package/kubernetes-node/kubernetes-node.mk; a test keeps the two equal).
 */
export const IMAGE_KUBERNETES = '1.36'

/**
 * The kubeadm configuration API versions that kubeadm 1.36 reads. v1beta4 since 1.31
 * (kubernetes/kubernetes#125029: "v1beta3 is now marked as deprecated"); v1beta3 is removed
 * in 1.37 (kubernetes/kubernetes#136016, listed in CHANGELOG-1.37.md under v1.37.0-alpha.1,
 * "Changelog since v1.36.0": "Kubeadm: removed the v1beta3 API which was deprecated since
 * v1.31"), so 1.36 still reads it.
 */
export const KUBEADM_API = 'kubeadm.k8s.io/v1beta4'
export const KUBEADM_API_DEPRECATED = 'kubeadm.k8s.io/v1beta3'
/** The API groups of the component configurations kubeadm passes on. */
const COMPONENT_GROUPS: Record<string, string> = {
  KubeletConfiguration: 'kubelet.config.k8s.io',
  KubeProxyConfiguration: 'kubeproxy.config.k8s.io'
}

/** The names node-config writes into k8s-node/ (and removes there with --force). */
export function isNodeConfigFile(name: string): boolean {
  return (
    ['authorized_keys', 'hostname', 'kubeadm.yaml', 'data-disk'].includes(name) ||
    name.endsWith('.network')
  )
}

/** Top-level `kind:` values of a YAML stream, the only thing read from a kubeadm file. */
export function kubeadmKinds(text: string): string[] {
  const kinds = new Set<string>()
  for (const line of text.replace(/\r/g, '').split('\n')) {
    const match = /^kind:\s*["']?([A-Za-z0-9]*)["']?\s*$/.exec(line)
    if (match) kinds.add(match[1])
  }
  return [...kinds]
}

/**
 * Reads a kubeadm configuration file as YAML: every document a mapping with apiVersion and
 * kind, each apiVersion one that the image's kubeadm reads, and the kinds where the node looks
 * for them (a `kind:` line at the start of a line). Returns init or join and the warnings.
 */
export function checkKubeadmFile(
  text: string,
  where: string
): { mode: 'init' | 'join'; warnings: string[] } {
  const warnings: string[] = []
  const documents = parseAllDocuments(text.replace(/\r/g, ''), { prettyErrors: true })
  const list = Array.isArray(documents) ? documents : [documents]
  for (const document of list) {
    const error = document.errors[0]
    if (error) {
      throw new NodeConfigError(`${where}: not valid YAML: ${error.message.split('\n')[0]}`)
    }
  }
  const found: { at: string; kind: string; apiVersion: unknown }[] = []
  for (const [index, document] of list.entries()) {
    if (document.contents === null) continue
    const at = `${where}, document ${index + 1}`
    if (!isMap(document.contents)) {
      throw new NodeConfigError(`${at}: not a mapping of apiVersion, kind and settings`)
    }
    const kind = document.get('kind')
    if (typeof kind !== 'string') {
      throw new NodeConfigError(`${at}: no "kind:" (kubeadm reads ${ACCEPTED_KINDS.join(', ')})`)
    }
    found.push({ at, kind, apiVersion: document.get('apiVersion') })
  }
  const kinds = found.map(document => document.kind)
  // Kinds kubeadm does not read, init and join together: the rule the node applies.
  const mode = modeOfKinds([...new Set(kinds)], where)
  for (const { at, kind, apiVersion } of found) {
    if (typeof apiVersion !== 'string') {
      throw new NodeConfigError(
        `${at}: ${kind} has no "apiVersion:"; kubeadm ${IMAGE_KUBERNETES} reads ${KUBEADM_API}`
      )
    }
    const group = COMPONENT_GROUPS[kind]
    if (group) {
      if (!apiVersion.startsWith(`${group}/`)) {
        throw new NodeConfigError(`${at}: ${kind} is in the API group ${group}, not ${apiVersion}`)
      }
    } else if (apiVersion === KUBEADM_API_DEPRECATED) {
      warnings.push(
        `${at}: ${kind} uses ${apiVersion}, deprecated since Kubernetes 1.31 and removed in 1.37; the image's kubeadm ${IMAGE_KUBERNETES} still reads it. \`kubeadm config migrate --old-config FILE --new-config NEW\` writes it as ${KUBEADM_API}`
      )
    } else if (apiVersion !== KUBEADM_API) {
      throw new NodeConfigError(
        `${at}: ${kind} uses ${apiVersion}, which the image's kubeadm ${IMAGE_KUBERNETES} does not read: write ${KUBEADM_API} (or ${KUBEADM_API_DEPRECATED}, deprecated)`
      )
    }
  }
  // The node reads the kinds from "kind:" lines (apply-config): they must say the same.
  const onLines = kubeadmKinds(text)
  const missed = kinds.filter(kind => !onLines.includes(kind))
  if (missed.length > 0) {
    throw new NodeConfigError(
      `${where}: the node reads each document's kind from a "kind:" line at the start of a line, and would not see ${[...new Set(missed)].join(', ')}: write "kind: ${missed[0]}" unindented`
    )
  }
  return { mode, warnings }
}

/** init or join, from the kinds of a kubeadm configuration file; the node applies the same rule. */
export function kubeadmMode(text: string, where: string): 'init' | 'join' {
  return modeOfKinds(kubeadmKinds(text), where)
}

function modeOfKinds(kinds: string[], where: string): 'init' | 'join' {
  const accepted = ACCEPTED_KINDS.join(', ')
  if (kinds.length === 0) {
    throw new NodeConfigError(`${where}: no "kind:" line; kubeadm init/join read ${accepted}`)
  }
  const unknown = kinds.filter(kind => !ACCEPTED_KINDS.includes(kind))
  if (unknown.length > 0) {
    throw new NodeConfigError(
      `${where}: ${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not kubeadm init/join configuration; accepted: ${accepted}`
    )
  }
  const init = kinds.some(kind => INIT_KINDS.includes(kind))
  const join = kinds.some(kind => JOIN_KINDS.includes(kind))
  if (init && join) {
    throw new NodeConfigError(
      `${where}: has both JoinConfiguration and InitConfiguration/ClusterConfiguration: a node either starts a cluster (init) or joins one; write one file per node`
    )
  }
  if (!init && !join) {
    throw new NodeConfigError(
      `${where}: only ${kinds.join(', ')}; add an InitConfiguration (kubeadm init) or a JoinConfiguration (kubeadm join)`
    )
  }
  return init ? 'init' : 'join'
}

const KEY_LINE =
  /(^|\s)(ssh-(ed25519|rsa|dss)|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\.com|sk-ecdsa-sha2-nistp256@openssh\.com)(-cert-v01@openssh\.com)?\s+AAAA/

/** An authorized_keys text with a public key on every line that is not blank or a comment. */
export function checkAuthorizedKeys(text: string, where: string): string {
  const lines = text.replace(/\r/g, '').split('\n')
  const bad = lines.flatMap((line, index) =>
    /^\s*(#|$)/.test(line) || KEY_LINE.test(line) ? [] : [index + 1]
  )
  if (bad.length > 0) {
    throw new NodeConfigError(
      `${where}: line(s) ${bad.join(', ')} are not SSH public keys (expected e.g. "ssh-ed25519 AAAA... you@laptop", one per line; the .pub file, never the private key)`
    )
  }
  if (!lines.some(line => KEY_LINE.test(line))) {
    throw new NodeConfigError(`${where}: no public key in it`)
  }
  return lines.join('\n').replace(/\n*$/, '\n')
}

/** A Kubernetes node name: a lowercase RFC 1123 subdomain. */
export function checkHostname(name: string): string {
  const label = '[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?'
  if (!new RegExp(`^${label}(\\.${label})*$`).test(name) || name.length > 253) {
    throw new NodeConfigError(
      `--hostname "${name}" is not a valid node name: lowercase letters, digits, '-' and '.', each label 1-63 characters, not starting or ending with '-'`
    )
  }
  return name
}

function checkNetworkFile(file: string, text: string): void {
  const name = path.basename(file)
  if (!/^[A-Za-z0-9_.@-]+\.network$/.test(name)) {
    throw new NodeConfigError(
      `--network ${file}: the name must end in .network and have only letters, digits and _.@-`
    )
  }
  if (!/^\s*\[Match\]\s*$/m.test(text.replace(/\r/g, ''))) {
    throw new NodeConfigError(
      `--network ${file}: no [Match] section, so it would apply to every interface (systemd.network(5))`
    )
  }
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/
const isIp = (text: string) =>
  IPV4.test(text) || (text.includes(':') && /^[0-9a-fA-F:]+$/.test(text))

/** A systemd-networkd file with a static address, ahead of the image's DHCP default. */
export function staticNetwork(ip: NonNullable<NodeConfigOptions['staticIp']>): string {
  const [address, prefix, ...rest] = ip.address.split('/')
  const bits = Number(prefix)
  if (
    rest.length > 0 ||
    !isIp(address) ||
    !/^\d+$/.test(prefix ?? '') ||
    bits < 1 ||
    bits > (address.includes(':') ? 128 : 32)
  ) {
    throw new NodeConfigError(
      `--static-ip "${ip.address}" is not an address with its prefix length, e.g. 192.168.1.10/24`
    )
  }
  for (const [flag, value] of [
    ...(ip.gateway ? [['--gateway', ip.gateway]] : []),
    ...ip.dns.map(d => ['--dns', d])
  ]) {
    if (!isIp(value)) throw new NodeConfigError(`${flag} "${value}" is not an IP address`)
  }
  if (ip.interface !== undefined && !/^[A-Za-z0-9_.:*-]+$/.test(ip.interface)) {
    throw new NodeConfigError(
      `--interface "${ip.interface}" is not an interface name (e.g. eth0, enp1s0, en*)`
    )
  }
  return [
    '# Written by buildroot-k8s node-config: a static address instead of DHCP.',
    '[Match]',
    `Name=${ip.interface ?? 'en* eth*'}`,
    'Type=ether',
    '',
    '[Network]',
    `Address=${ip.address}`,
    ...(ip.gateway ? [`Gateway=${ip.gateway}`] : []),
    ...ip.dns.map(d => `DNS=${d}`),
    ''
  ].join('\n')
}

function checkDataDisk(name: string): string {
  if (!/^\/dev\/disk\/by-id\/[^/]+$/.test(name) || name.endsWith('/..') || name.endsWith('/.')) {
    throw new NodeConfigError(
      `--data-disk "${name}" must name one disk by id, /dev/disk/by-id/<id> (ls -l /dev/disk/by-id/ on the node; QEMU: -drive ...,if=none,id=d -device virtio-blk-pci,drive=d,serial=k8sdata gives /dev/disk/by-id/virtio-k8sdata)`
    )
  }
  return name
}

function readInput(file: string, flag: string): string {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch (error) {
    throw new NodeConfigError(`${flag}: ${fileErrorSentence(error, file, 'read')}`)
  }
}

/** Writes <out>/k8s-node/ from the options, all checked before anything is written. */
export function writeNodeConfig(options: NodeConfigOptions): NodeConfigResult {
  const files = new Map<string, string>()
  const warnings: string[] = []
  let kubeadm: 'init' | 'join' | undefined
  if (options.authorizedKeys) {
    const where = `--authorized-keys ${options.authorizedKeys}`
    files.set(
      'authorized_keys',
      checkAuthorizedKeys(readInput(options.authorizedKeys, '--authorized-keys'), where)
    )
  }
  if (options.hostname !== undefined) files.set('hostname', `${checkHostname(options.hostname)}\n`)
  for (const file of options.networks ?? []) {
    const text = readInput(file, '--network')
    checkNetworkFile(file, text)
    files.set(path.basename(file), text)
  }
  if (options.staticIp) {
    if (files.has('static.network'))
      throw new NodeConfigError(
        '--static-ip writes static.network, which a --network file is also named'
      )
    files.set('static.network', staticNetwork(options.staticIp))
  }
  if (options.kubeadm) {
    const text = readInput(options.kubeadm, '--kubeadm')
    const checked = checkKubeadmFile(text, `--kubeadm ${options.kubeadm}`)
    kubeadm = checked.mode
    warnings.push(...checked.warnings)
    files.set('kubeadm.yaml', text)
  }
  if (options.dataDisk !== undefined) files.set('data-disk', `${checkDataDisk(options.dataDisk)}\n`)
  if (files.size === 0) {
    throw new NodeConfigError(
      'nothing to write: give at least one of --authorized-keys, --hostname, --network, --static-ip, --kubeadm, --data-disk'
    )
  }
  if (options.diskImage) {
    checkImageTools(options.diskImage.format)
    checkDiskImageTarget(options.diskImage.file, options.force ?? false)
  }

  const folder = path.join(options.out, 'k8s-node')
  const kept = prepareFolder(options.out, folder, options.force ?? false)
  if (kept.length > 0) {
    warnings.push(
      `${folder} also holds ${kept.join(', ')}, which node-config did not write: left as they are (the node ignores names it does not read)`
    )
  }
  for (const [name, text] of files) {
    const file = path.join(folder, name)
    try {
      // kubeadm.yaml may hold a bootstrap token.
      fs.writeFileSync(file, text, { mode: 0o600 })
    } catch (error) {
      throw new Error(fileErrorSentence(error, file, 'write'), { cause: error })
    }
  }
  const result: NodeConfigResult = {
    folder,
    files: [...files.keys()],
    kubeadmMode: kubeadm,
    warnings
  }
  if (options.diskImage) {
    writeDiskImage(folder, [...files.keys()], options.diskImage.file, options.diskImage.format)
    result.diskImage = options.diskImage.file
  }
  return result
}

/**
 * Makes `folder` (out/k8s-node) ready: created when missing; when it holds anything, refused
 * without --force, and with it emptied of the files node-config writes (a stale hostname,
 * kubeadm.yaml or .network file would be applied by the node). Returns the names it left.
 */
function prepareFolder(out: string, folder: string, force: boolean): string[] {
  if (path.resolve(out) === path.parse(path.resolve(out)).root) {
    throw new NodeConfigError(
      `--out ${out} is the root of the file system: give the folder to write k8s-node/ into, e.g. the SD card's boot partition (/media/$USER/K8SNODE)`
    )
  }
  let names: string[]
  try {
    names = fs.existsSync(folder) ? fs.readdirSync(folder) : []
  } catch (error) {
    throw new Error(fileErrorSentence(error, folder, 'read'), { cause: error })
  }
  if (names.length > 0) {
    if (!force) {
      throw new NodeConfigError(
        `${folder} already holds ${names.join(', ')}: node-config writes a fresh folder. Add --force to replace the files it writes (${names.filter(isNodeConfigFile).join(', ') || 'none here'}) and keep the others, or give another --out`
      )
    }
    for (const name of names.filter(isNodeConfigFile)) {
      const file = path.join(folder, name)
      try {
        if (fs.lstatSync(file).isDirectory()) {
          throw new NodeConfigError(
            `${file} is a folder: node-config writes a file there; move it away`
          )
        }
        fs.rmSync(file)
      } catch (error) {
        if (error instanceof NodeConfigError) throw error
        throw new Error(fileErrorSentence(error, file, 'remove'), { cause: error })
      }
    }
  }
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 })
  } catch (error) {
    throw new Error(fileErrorSentence(error, folder, 'create'), { cause: error })
  }
  return names.filter(name => !isNodeConfigFile(name))
}

/** The disk image is new, or with --force an existing regular file (never a disk or folder). */
function checkDiskImageTarget(file: string, force: boolean): void {
  let stat: fs.Stats | undefined
  try {
    stat = fs.lstatSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new Error(fileErrorSentence(error, file, 'write the disk image'), { cause: error })
    }
  }
  if (!stat) {
    if (!fs.existsSync(path.dirname(file))) {
      throw new NodeConfigError(
        `--disk-image ${file}: the folder ${path.dirname(file)} does not exist`
      )
    }
    return
  }
  if (!stat.isFile()) {
    const what = stat.isDirectory()
      ? 'a folder'
      : stat.isSymbolicLink()
        ? 'a symbolic link'
        : 'not a regular file (a device?)'
    throw new NodeConfigError(`--disk-image ${file} is ${what}: give the name of a new file`)
  }
  if (!force) {
    throw new NodeConfigError(
      `--disk-image ${file} already exists: node-config does not replace it; add --force to write a new image over it, or give another name`
    )
  }
}

const IMAGE_TOOLS: Record<'vfat' | 'iso9660', { tools: string[]; install: string }> = {
  vfat: {
    tools: ['mkfs.vfat', 'mmd', 'mcopy'],
    install: 'dosfstools and mtools (apt-get install dosfstools mtools)'
  },
  iso9660: { tools: ['xorriso'], install: 'xorriso (apt-get install xorriso)' }
}

function checkImageTools(format: 'vfat' | 'iso9660'): void {
  const { tools, install } = IMAGE_TOOLS[format]
  const missing = tools.filter(tool => !findProgram(tool))
  if (missing.length > 0) {
    throw new NodeConfigError(
      `--disk-image (${format}) needs ${missing.join(', ')}, not found on PATH: install ${install}` +
        (format === 'vfat'
          ? ', or use --disk-format iso9660 (xorriso)'
          : ', or use --disk-format vfat')
    )
  }
}

function findProgram(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/sbin']
  return dirs
    .map(dir => path.join(dir, name))
    .find(file => {
      try {
        fs.accessSync(file, fs.constants.X_OK)
        return true
      } catch {
        return false
      }
    })
}

function run(program: string, args: string[]): void {
  const result = spawnSync(findProgram(program) ?? program, args, {
    encoding: 'utf8',
    env: { ...process.env, MTOOLS_SKIP_CHECK: '1' }
  })
  if (result.status !== 0) {
    throw new NodeConfigError(
      `${program} ${args.join(' ')} failed: ${(result.stderr || result.error?.message || '').trim()}`
    )
  }
}

/** A disk image labelled K8SNODE whose k8s-node/ folder holds `names` from `folder`. */
function writeDiskImage(
  folder: string,
  names: string[],
  file: string,
  format: 'vfat' | 'iso9660'
): void {
  // checkDiskImageTarget allowed it: a new name, or --force over a regular file.
  fs.rmSync(file, { force: true })
  if (format === 'iso9660') {
    // Rock Ridge keeps the file names as they are (plain ISO 9660 would upper-case them).
    const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'k8snode-'))
    try {
      fs.mkdirSync(path.join(staging, 'k8s-node'))
      for (const name of names) {
        fs.copyFileSync(path.join(folder, name), path.join(staging, 'k8s-node', name))
      }
      run('xorriso', ['-as', 'mkisofs', '-quiet', '-R', '-J', '-V', 'K8SNODE', '-o', file, staging])
    } finally {
      fs.rmSync(staging, { recursive: true, force: true })
    }
    return
  }
  const bytes = names.reduce((sum, name) => sum + fs.statSync(path.join(folder, name)).size, 0)
  const kib = Math.max(2048, Math.ceil((bytes * 2) / 1024) + 1024)
  run('mkfs.vfat', ['-C', '-n', 'K8SNODE', file, String(kib)])
  run('mmd', ['-i', file, '::/k8s-node'])
  for (const name of names)
    run('mcopy', ['-i', file, path.join(folder, name), `::/k8s-node/${name}`])
}

/** What to tell QEMU: the disk image, or the same files as fw_cfg entries. */
export function qemuHints(result: NodeConfigResult): string[] {
  const lines: string[] = []
  if (result.diskImage) {
    lines.push(`QEMU: -drive file=${result.diskImage},format=raw,if=virtio,readonly=on`)
  }
  const fwCfg = result.files.map(name => ({ name, entry: `${FW_CFG_PREFIX}${name}` }))
  lines.push(
    `QEMU, without a disk: ${fwCfg.map(({ name, entry }) => `-fw_cfg name=${entry},file=${path.join(result.folder, name)}`).join(' ')}`
  )
  for (const { name, entry } of fwCfg.filter(({ entry }) => entry.length > FW_CFG_MAX_NAME)) {
    lines.push(
      `note: fw_cfg name ${entry} is ${entry.length} characters; QEMU takes at most ${FW_CFG_MAX_NAME}: rename ${name} (at most ${FW_CFG_MAX_NAME - FW_CFG_PREFIX.length} characters) or use the disk image`
    )
  }
  return lines
}
