// Everything that differs between the two container runtimes an image can have, in one record
// per runtime, as targets.ts does for the targets: which Kconfig fragment selects it, the CRI
// socket, the unit that runs it, the component that proves it in manifest.json, and the suffix
// its artifacts carry. Code asks the record instead of testing the runtime's name.
export const RUNTIMES = ['containerd', 'cri-o'] as const
export type Runtime = (typeof RUNTIMES)[number]
export const DEFAULT_RUNTIME: Runtime = 'containerd'

export interface RuntimeRecord {
  name: Runtime
  /** How people write it in prose. */
  title: string
  /** What a user gets, for messages and --help. */
  describe: string
  /** Other spellings, answered with "did you mean". */
  aliases: readonly string[]
  /**
   * The Kconfig fragment merged over the target's buildroot_defconfig (before config-fragment):
   * `runtime/<name>.fragment` of config-dir, or of the action's own configs/.
   */
  fragment: string
  /** The CRI endpoint kubelet, kubeadm (nodeRegistration.criSocket) and crictl talk to. */
  criSocket: string
  /** The systemd unit that runs it. */
  unit: string
  /** The key of manifest.json's versions whose package is the runtime. */
  component: string
  /** Added to buildroot-k8s-<target> in artifact, file and cache names; '' keeps the first names. */
  suffix: string
}

export const RUNTIME: Readonly<Record<Runtime, RuntimeRecord>> = {
  containerd: {
    name: 'containerd',
    title: 'containerd',
    describe: 'containerd with runc, and Docker beside it',
    aliases: ['containerd.io', 'docker', 'moby'],
    fragment: 'containerd.fragment',
    criSocket: 'unix:///run/containerd/containerd.sock',
    unit: 'containerd.service',
    component: 'containerd',
    suffix: ''
  },
  'cri-o': {
    name: 'cri-o',
    title: 'CRI-O',
    describe: "CRI-O's static release bundle with crun and skopeo, no Docker",
    aliases: ['crio', 'cri_o', 'crio.io'],
    fragment: 'cri-o.fragment',
    criSocket: 'unix:///var/run/crio/crio.sock',
    unit: 'crio.service',
    component: 'cri-o',
    suffix: '-cri-o'
  }
}

/** The runtime a user meant by another spelling (crio → cri-o), if any. */
export function runtimeAlias(name: string): Runtime | undefined {
  const lower = name.trim().toLowerCase()
  return RUNTIMES.find(r => r === lower || RUNTIME[r].aliases.includes(lower))
}

/**
 * The name of an image of a target (targets.ts): the default artifact name, the prefix of its
 * ISO and SD card files, the SBOM's project. containerd images keep the names they had before runtimes existed.
 */
export function imageName(target: string, runtime: Runtime): string {
  return `buildroot-k8s-${target}${RUNTIME[runtime].suffix}`
}
