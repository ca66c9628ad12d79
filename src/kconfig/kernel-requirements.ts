// What a Kubernetes node's kernel must have, as data. The floor is kubeadm's SystemVerification
// (kubernetes/system-validators, validators/types_unix.go at commit ce183508: Required,
// RequiredCgroupsV2, Optional, CgroupsV2 and CgroupsV2Optional); the rest is what this image's
// container runtime and networking use, and what the common CNIs need, each with the reason.
export interface KernelRequirement {
  /** CONFIG_ names without the prefix; any one of them satisfies it (renamed options). */
  options: string[]
  level: 'required' | 'optional'
  reason: string
  source: string
  /** The Linux release that brought the option: an older kernel lacks it (a notice, not a miss). */
  since?: string
}

const SV = 'kubernetes/system-validators validators/types_unix.go'
const runtime = 'runtime need of this image'
// The CNIs' own lists, as read (repository, path, commit).
const CILIUM =
  'cilium/cilium Documentation/operations/system_requirements.rst (commit 00c88111b78b)'
const CILIUM_BASE = `${CILIUM}, "Base Requirements"`
const CILIUM_MASQUERADE = `${CILIUM}, "Requirements for Iptables-based Masquerading"`
const CILIUM_TUNNEL = `${CILIUM}, "Requirements for Tunneling and Routing"`
const CILIUM_L7 = `${CILIUM}, "Requirements for L7 and FQDN Policies"`
const CILIUM_IPSEC = `${CILIUM}, "Requirements for IPsec"`
const CILIUM_BANDWIDTH = `${CILIUM}, "Requirements for the Bandwidth Manager"`
const CILIUM_NETKIT = `${CILIUM}, "Requirements for Netkit Device Mode"`
const CALICO =
  'tigera/docs calico/_includes/partials/_system-requirements.mdx (commit 1bbcbaeda8a6), "Kernel Dependencies"'
const FELIX =
  'projectcalico/calico felix/ipsets/ipset_defs.go (commit 87c15906f20c), IPSetTypeHashNetNet'
const SCTP =
  'kubernetes/enhancements keps/sig-network/614-SCTP-support/README.md (commit 4adea33212d5)'

const required = (options: string[], reason: string, source = runtime): KernelRequirement => ({
  options,
  level: 'required',
  reason,
  source
})
const optional = (options: string[], reason: string, source = runtime): KernelRequirement => ({
  options,
  level: 'optional',
  reason,
  source
})

export const KERNEL_REQUIREMENTS: readonly KernelRequirement[] = [
  // kubeadm SystemVerification: Required
  required(['NAMESPACES'], 'namespaces isolate containers', `${SV} Required`),
  required(['NET_NS'], 'each pod gets its own network namespace', `${SV} Required`),
  required(['PID_NS'], 'containers get their own process IDs', `${SV} Required`),
  required(['IPC_NS'], 'containers get their own IPC namespace', `${SV} Required`),
  required(['UTS_NS'], 'containers get their own hostname', `${SV} Required`),
  required(['CPUSETS'], 'cgroup v2 cpuset controller', `${SV} Required, CgroupsV2 cpuset`),
  required(
    ['MEMCG'],
    'cgroup v2 memory controller: memory limits and eviction',
    `${SV} Required, CgroupsV2 memory`
  ),
  required(['INET'], 'TCP/IP networking', `${SV} Required`),
  required(['EXT4_FS'], 'the root filesystem and kubelet data', `${SV} Required`),
  required(['PROC_FS'], '/proc', `${SV} Required`),
  required(
    ['NETFILTER_XT_TARGET_REDIRECT', 'IP_NF_TARGET_REDIRECT'],
    'REDIRECT target used by kube-proxy and CNI port mapping',
    `${SV} Required`
  ),
  required(
    ['NETFILTER_XT_MATCH_COMMENT'],
    'kube-proxy labels its iptables rules with comments',
    `${SV} Required`
  ),
  required(['FAIR_GROUP_SCHED'], 'CPU shares between pods', `${SV} Required`),
  // kubeadm SystemVerification: RequiredCgroupsV2 (Kubernetes 1.35+ runs on cgroup v2 only)
  required(['CGROUPS'], 'cgroups (the v2 freezer is part of the core)', `${SV} RequiredCgroupsV2`),
  required(
    ['CGROUP_BPF'],
    'cgroup v2 device controller (eBPF programs attached to cgroups)',
    `${SV} RequiredCgroupsV2`
  ),
  required(['CGROUP_PIDS'], 'cgroup v2 pids controller: process limits', `${SV} RequiredCgroupsV2`),
  required(['CGROUP_SCHED'], 'cgroup v2 cpu controller', `${SV} RequiredCgroupsV2`),
  // kubeadm SystemVerification: Optional, CgroupsV2Optional
  optional(['CFS_BANDWIDTH'], 'CPU limits (CFS quota)', `${SV} Optional`),
  optional(['CGROUP_HUGETLB'], 'cgroup v2 hugetlb controller', `${SV} CgroupsV2Optional`),
  optional(['BLK_CGROUP'], 'cgroup v2 io controller', `${SV} CgroupsV2Optional`),
  // Container runtime: containerd's overlayfs snapshotter, runc's default seccomp profile.
  // CRI-O (crio, pinns, conmon, crun or runc, overlay storage) asks nothing more of the kernel:
  // the same namespaces, cgroup v2 controllers, seccomp filters and overlayfs.
  required(
    ['OVERLAY_FS', 'OVERLAYFS_FS'],
    "containerd's default overlayfs snapshotter, CRI-O's overlay storage driver",
    `${SV} Optional; required by containerd's default snapshotter and CRI-O's storage.conf`
  ),
  required(
    ['SECCOMP'],
    'RuntimeDefault seccomp profile',
    `${SV} Optional; required by runc's default profile`
  ),
  required(
    ['SECCOMP_FILTER'],
    'seccomp mode 2 (filters) for the RuntimeDefault profile',
    `${SV} Optional; required by runc's default profile`
  ),
  required(
    ['POSIX_MQUEUE'],
    'runc and crun mount /dev/mqueue in every container (containerd and CRI-O ask for it)'
  ),

  optional(['USER_NS'], 'user namespaces (pods with hostUsers: false, rootless tools)'),
  optional(['KEYS'], 'runc creates a session keyring per container'),
  required(['IKCONFIG'], "kubeadm's SystemVerification reads the kernel configuration"),
  required(['IKCONFIG_PROC'], "kubeadm's SystemVerification reads /proc/config.gz"),
  // Pod networking: veth pairs on a bridge, filtered by netfilter, VXLAN overlays (flannel, Calico)
  required(['VETH'], 'CNI plugins connect pods with veth pairs'),
  required(['BRIDGE'], 'the bridge CNI plugin and Docker'),
  required(
    ['BRIDGE_NETFILTER'],
    'br_netfilter: net.bridge.bridge-nf-call-iptables for pod traffic'
  ),
  required(['VXLAN'], 'VXLAN overlay networks (flannel, Calico, Cilium)'),
  // kube-proxy, iptables mode (iptables here uses the nft backend)
  required(['NETFILTER'], 'netfilter'),
  required(['NETFILTER_ADVANCED'], 'the xt matches and targets below'),
  required(['NF_CONNTRACK'], 'connection tracking for Service NAT'),
  required(['NF_NAT'], 'NAT for Services'),
  required(['IP_NF_IPTABLES', 'IP_NF_IPTABLES_LEGACY'], 'iptables (IPv4)'),
  required(['IP_NF_FILTER'], 'iptables filter table'),
  required(['IP_NF_NAT'], 'iptables nat table (kube-proxy KUBE-SERVICES)'),
  optional(['IP_NF_MANGLE'], 'iptables mangle table (CNI plugins, Docker)'),
  required(
    ['IP_NF_TARGET_MASQUERADE', 'NETFILTER_XT_TARGET_MASQUERADE'],
    'MASQUERADE for traffic leaving the node'
  ),
  required(['NETFILTER_XT_MATCH_CONNTRACK'], 'conntrack match in kube-proxy rules'),
  required(['NETFILTER_XT_MATCH_ADDRTYPE'], 'addrtype match (NodePort, LOCAL destinations)'),
  required(['NETFILTER_XT_MATCH_MULTIPORT'], 'multiport match'),
  required(['NETFILTER_XT_MARK', 'NETFILTER_XT_MATCH_MARK'], 'packet marks (KUBE-MARK-MASQ)'),
  required(['NETFILTER_XT_MATCH_STATISTIC'], 'random load balancing between Service endpoints'),
  optional(
    ['NETFILTER_XT_TARGET_CHECKSUM', 'IP_NF_TARGET_CHECKSUM'],
    'checksum fixes for some CNI setups'
  ),
  optional(['IP6_NF_IPTABLES', 'IP6_NF_IPTABLES_LEGACY'], 'ip6tables (dual-stack clusters)'),
  optional(['IP6_NF_NAT'], 'IPv6 NAT (dual-stack clusters)'),
  // kube-proxy, nftables mode, and iptables-nft itself
  required(['NF_TABLES'], 'nftables: the iptables nft backend and kube-proxy nftables mode'),
  required(['NF_TABLES_INET'], 'nftables inet family'),
  required(['NFT_COMPAT'], 'iptables-nft runs xt matches through nft_compat'),
  required(['NFT_CT'], 'conntrack expressions in nftables'),
  required(['NFT_NAT'], 'NAT in nftables'),
  required(['NFT_MASQ'], 'masquerade in nftables'),
  optional(['NFT_NUMGEN'], 'kube-proxy nftables mode load balancing'),
  optional(['NFT_FIB_INET', 'NFT_FIB_IPV4'], 'kube-proxy nftables mode local address checks'),
  // kube-proxy, IPVS mode (optional)
  optional(['IP_VS'], 'kube-proxy IPVS mode'),
  optional(['IP_VS_RR'], 'IPVS round-robin scheduler'),
  optional(['IP_VS_NFCT'], 'IPVS with conntrack'),
  optional(['NETFILTER_XT_MATCH_IPVS'], 'ipvs match in kube-proxy IPVS mode'),
  // CNIs users pick (optional: the image does not choose one for them). Cilium's lists, all but
  // the options already required above (CGROUPS, CGROUP_BPF, VXLAN, NETFILTER_XT_MATCH_COMMENT,
  // NETFILTER_XT_MARK, of which its NETFILTER_XT_TARGET_MARK is the backwards-compatible alias).
  optional(['BPF'], "Cilium's eBPF datapath", CILIUM_BASE),
  optional(['BPF_SYSCALL'], "Cilium's eBPF datapath: the bpf() system call", CILIUM_BASE),
  optional(['BPF_JIT'], "Cilium's eBPF datapath: compiled BPF programs", CILIUM_BASE),
  optional(['NET_CLS_BPF'], "Cilium's eBPF datapath: BPF traffic classifier", CILIUM_BASE),
  optional(['NET_CLS_ACT'], "Cilium's eBPF datapath: tc actions", CILIUM_BASE),
  optional(['NET_SCH_INGRESS'], "Cilium's eBPF datapath: tc ingress and clsact hooks", CILIUM_BASE),
  optional(['CRYPTO_SHA1'], "Cilium's eBPF datapath", CILIUM_BASE),
  optional(
    ['CRYPTO_USER_API_HASH'],
    "Cilium's eBPF datapath: hashing from user space (AF_ALG)",
    CILIUM_BASE
  ),
  optional(
    ['PERF_EVENTS'],
    "Cilium's eBPF datapath: perf event buffers (Hubble, monitor)",
    CILIUM_BASE
  ),
  optional(['SCHEDSTATS'], "Cilium's eBPF datapath", CILIUM_BASE),
  optional(
    ['NETFILTER_XT_SET'],
    "Cilium's iptables-based masquerading: set match",
    CILIUM_MASQUERADE
  ),
  optional(['IP_SET'], "Cilium's iptables-based masquerading: IP sets", CILIUM_MASQUERADE),
  optional(
    ['IP_SET_HASH_IP'],
    "Cilium's iptables-based masquerading: hash:ip sets",
    CILIUM_MASQUERADE
  ),
  optional(['GENEVE'], 'Geneve overlay networks (Cilium)', CILIUM_TUNNEL),
  optional(['FIB_RULES'], "Cilium's policy routing", CILIUM_TUNNEL),
  optional(['NETFILTER_XT_TARGET_TPROXY'], "Cilium's L7 proxy redirection (TPROXY)", CILIUM_L7),
  optional(['NETFILTER_XT_TARGET_CT'], "Cilium's L7 proxy redirection: CT target", CILIUM_L7),
  optional(['NETFILTER_XT_MATCH_SOCKET'], "Cilium's L7 proxy redirection: socket match", CILIUM_L7),
  optional(['NET_SCH_FQ'], "Cilium's bandwidth manager: the fq qdisc", CILIUM_BANDWIDTH),
  // Cilium's IPsec list, for GCM-128-AES, IPv4 and IPv6. Its INET_XFRM_MODE_TUNNEL is gone since
  // Linux 5.2 ("xfrm: make xfrm modes builtin"): tunnel mode is part of XFRM.
  optional(['XFRM'], 'IPsec encryption: the xfrm framework', CILIUM_IPSEC),
  optional(
    ['XFRM_OFFLOAD'],
    'IPsec encryption: ESP offload to capable network cards',
    CILIUM_IPSEC
  ),
  optional(
    ['XFRM_STATISTICS'],
    'IPsec encryption: xfrm error counters (/proc/net/xfrm_stat)',
    CILIUM_IPSEC
  ),
  optional(['XFRM_ALGO'], 'IPsec encryption: the xfrm algorithm table', CILIUM_IPSEC),
  optional(
    ['XFRM_USER'],
    'IPsec encryption: the xfrm netlink API that sets up the security associations',
    CILIUM_IPSEC
  ),
  optional(['INET_ESP'], 'IPsec encryption: ESP for IPv4', CILIUM_IPSEC),
  optional(['INET6_ESP'], 'IPsec encryption: ESP for IPv6', CILIUM_IPSEC),
  optional(['INET_IPCOMP'], 'IPsec: IP payload compression (IPComp) for IPv4', CILIUM_IPSEC),
  optional(['INET6_IPCOMP'], 'IPsec: IP payload compression (IPComp) for IPv6', CILIUM_IPSEC),
  optional(['INET_XFRM_TUNNEL'], 'IPsec: the IPv4 xfrm tunnel', CILIUM_IPSEC),
  optional(['INET6_XFRM_TUNNEL'], 'IPsec: the IPv6 xfrm tunnel', CILIUM_IPSEC),
  optional(['INET_TUNNEL'], 'IPsec: IPv4 tunnel demultiplexing', CILIUM_IPSEC),
  optional(['INET6_TUNNEL'], 'IPsec: IPv6 tunnel demultiplexing', CILIUM_IPSEC),
  optional(['CRYPTO_AEAD'], 'IPsec encryption: the AEAD cipher interface (AES-GCM)', CILIUM_IPSEC),
  optional(
    ['CRYPTO_AEAD2'],
    'IPsec encryption: the AEAD cipher interface, second version',
    CILIUM_IPSEC
  ),
  optional(['CRYPTO_GCM'], 'IPsec encryption with AES-GCM (rfc4106)', CILIUM_IPSEC),
  optional(['CRYPTO_SEQIV'], 'IPsec encryption with AES-GCM: sequence-number IVs', CILIUM_IPSEC),
  optional(['CRYPTO_CBC'], 'IPsec encryption: CBC mode', CILIUM_IPSEC),
  optional(['CRYPTO_HMAC'], 'IPsec authentication: HMAC', CILIUM_IPSEC),
  optional(['CRYPTO_SHA256'], 'IPsec authentication: SHA-256', CILIUM_IPSEC),
  optional(['CRYPTO_AES'], 'IPsec encryption: AES', CILIUM_IPSEC),
  optional(['IP_SCTP'], 'SCTP in pods and Services (protocol: SCTP)', SCTP),
  optional(
    ['NETFILTER_XT_MATCH_SCTP'],
    'the sctp match in network policy rules',
    `${CALICO}, match criteria`
  ),
  optional(['IP_SET_HASH_NETNET'], 'hash:net,net IP sets', FELIX),
  // netkit came with Linux 6.7 (kernel commit 35dfaad7188c, "netkit, bpf: Add bpf programmable
  // net device"): both kernels of the image have it; an older one (a 6.6 linux-src) has not.
  {
    ...optional(['NETKIT'], "Cilium's netkit datapath mode (netkit devices)", CILIUM_NETKIT),
    since: '6.7'
  }
]
