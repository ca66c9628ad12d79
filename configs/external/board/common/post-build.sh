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

# State directories kubeadm and the CNI plugins expect.
mkdir -p "$TARGET/etc/cni/net.d" "$TARGET/opt/cni/bin" "$TARGET/etc/kubernetes/manifests"
