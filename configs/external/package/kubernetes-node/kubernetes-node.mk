################################################################################
#
# kubernetes-node
#
################################################################################

# Official release tarball; its sha512 is listed in the release's
# CHANGELOG (kubernetes-node-linux-<arch>.tar.gz, "Node Binaries").
KUBERNETES_NODE_VERSION = 1.36.0
KUBERNETES_NODE_SITE = https://dl.k8s.io/v$(KUBERNETES_NODE_VERSION)
ifeq ($(BR2_aarch64),y)
KUBERNETES_NODE_ARCH = arm64
else
KUBERNETES_NODE_ARCH = amd64
endif
KUBERNETES_NODE_SOURCE = kubernetes-node-linux-$(KUBERNETES_NODE_ARCH).tar.gz
# The file name carries no version: keep each version's download apart in
# DL_DIR so that a version bump never meets a stale tarball.
KUBERNETES_NODE_DL_SUBDIR = kubernetes-node-$(KUBERNETES_NODE_VERSION)
KUBERNETES_NODE_STRIP_COMPONENTS = 1
KUBERNETES_NODE_LICENSE = Apache-2.0
KUBERNETES_NODE_CPE_ID_VENDOR = kubernetes
KUBERNETES_NODE_CPE_ID_PRODUCT = kubernetes

KUBERNETES_NODE_PROGRAMS = kubeadm kubelet \
	$(if $(BR2_PACKAGE_KUBERNETES_NODE_KUBECTL),kubectl)

define KUBERNETES_NODE_INSTALL_TARGET_CMDS
	$(foreach p,$(KUBERNETES_NODE_PROGRAMS),
		$(INSTALL) -D -m 0755 $(@D)/node/bin/$(p) $(TARGET_DIR)/usr/bin/$(p)
	)
	mkdir -p $(TARGET_DIR)/etc/kubernetes/manifests \
		$(TARGET_DIR)/var/lib/kubelet
endef

define KUBERNETES_NODE_INSTALL_INIT_SYSTEMD
	$(INSTALL) -D -m 0644 $(KUBERNETES_NODE_PKGDIR)/kubelet.service \
		$(TARGET_DIR)/usr/lib/systemd/system/kubelet.service
	$(INSTALL) -D -m 0644 $(KUBERNETES_NODE_PKGDIR)/10-kubeadm.conf \
		$(TARGET_DIR)/usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf
	$(INSTALL) -D -m 0644 $(KUBERNETES_NODE_PKGDIR)/80-kubernetes-node.preset \
		$(TARGET_DIR)/usr/lib/systemd/system-preset/80-kubernetes-node.preset
endef

$(eval $(generic-package))
