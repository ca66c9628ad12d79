#!/bin/sh
# Post-build script shared by both targets (BR2_ROOTFS_POST_BUILD_SCRIPT).
# Buildroot runs it with the target directory as $1 after every package is installed.
set -eu

TARGET="${1:?usage: post-build.sh TARGET_DIR}"

# iptables: the nft backend by default. iptables' "make install" points iptables and
# ip6tables at xtables-legacy-multi; kube-proxy, kubelet, CNI plugins and dockerd must
# agree with each other on one backend, and nftables is the one Kubernetes recommends.
if [ -x "$TARGET/usr/sbin/xtables-nft-multi" ]; then
	for tool in iptables iptables-save iptables-restore \
		ip6tables ip6tables-save ip6tables-restore; do
		ln -sf xtables-nft-multi "$TARGET/usr/sbin/$tool"
	done
else
	echo "post-build.sh: xtables-nft-multi missing: enable BR2_PACKAGE_IPTABLES_NFTABLES" >&2
	exit 1
fi

# Swap off: kubelet refuses to start on a node with active swap (failSwapOn).
# The image has no swap partition or file; masking swap.target keeps it that way
# even if a disk with a swap partition is attached later.
mkdir -p "$TARGET/etc/systemd/system"
ln -sf /dev/null "$TARGET/etc/systemd/system/swap.target"

# containerd's configuration (in the overlay) only where containerd is: a CRI-O image has none.
if [ ! -e "$TARGET/usr/bin/containerd" ]; then
	rm -rf "$TARGET/etc/containerd"
fi

# State directories kubeadm and the CNI plugins expect.
mkdir -p "$TARGET/etc/cni/net.d" "$TARGET/opt/cni/bin" "$TARGET/etc/kubernetes/manifests"

# Hostname: none in the image. k8s-node-config.service sets the k8s-node/hostname file's, or a
# unique one derived from the machine-id (kubeadm needs unique node names); until then systemd
# uses its fallback hostname (BR2_TARGET_GENERIC_HOSTNAME).
rm -f "$TARGET/etc/hostname"

# No default credentials: refuse an image whose root logs in without a password, or that
# carries SSH host keys (every node flashed from it would share them).
if grep -q '^root::' "$TARGET/etc/shadow"; then
	echo "post-build.sh: root would log in without a password: keep BR2_TARGET_ENABLE_ROOT_LOGIN" \
		"unset (locked), or set BR2_TARGET_GENERIC_ROOT_PASSWD (docs/first-boot.md, console access)" >&2
	exit 1
fi
host_keys="$(find "$TARGET/etc/ssh" "$TARGET/var/lib/k8s-node" -name 'ssh_host_*' 2>/dev/null || true)"
if [ -n "$host_keys" ]; then
	echo "post-build.sh: the image would ship SSH host keys, shared by every node made from it:" \
		"$host_keys. Remove whatever puts them in the root file system: nodes make their own." >&2
	exit 1
fi
