################################################################################
#
# kubernetes-node
#
################################################################################

# The release's programs, one file each, as dl.k8s.io publishes them; their sha256 per
# version and architecture are in kubespray's checksums.yml (see the .hash files).
KUBERNETES_NODE_VERSION = 1.36.4
ifeq ($(BR2_aarch64),y)
KUBERNETES_NODE_ARCH = arm64
else
KUBERNETES_NODE_ARCH = amd64
endif
KUBERNETES_NODE_SITE = https://dl.k8s.io/release/v$(KUBERNETES_NODE_VERSION)/bin/linux/$(KUBERNETES_NODE_ARCH)
KUBERNETES_NODE_SOURCE = kubelet
# The programs are the whole release: the licence text that legal-info ships is the Apache
# License 2.0 as the ASF publishes it (its sha256 and sources: kubernetes-node.hash).
KUBERNETES_NODE_EXTRA_DOWNLOADS = kubeadm $(if $(BR2_PACKAGE_KUBERNETES_NODE_KUBECTL),kubectl) https://www.apache.org/licenses/LICENSE-2.0.txt
KUBERNETES_NODE_PROGRAMS = kubelet kubeadm $(if $(BR2_PACKAGE_KUBERNETES_NODE_KUBECTL),kubectl)
# The file names carry neither version nor architecture: keep each version's and each
# architecture's downloads apart in DL_DIR (which both targets may share).
KUBERNETES_NODE_DL_SUBDIR = kubernetes-node-$(KUBERNETES_NODE_VERSION)-$(KUBERNETES_NODE_ARCH)
KUBERNETES_NODE_LICENSE = Apache-2.0
KUBERNETES_NODE_LICENSE_FILES = LICENSE-2.0.txt
KUBERNETES_NODE_CPE_ID_VENDOR = kubernetes
KUBERNETES_NODE_CPE_ID_PRODUCT = kubernetes

# The downloads are the programs and the licence text themselves, not archives.
define KUBERNETES_NODE_EXTRACT_CMDS
	$(foreach p,$(KUBERNETES_NODE_PROGRAMS) $(KUBERNETES_NODE_LICENSE_FILES),
		cp $(KUBERNETES_NODE_DL_DIR)/$(p) $(@D)/$(p)
	)
endef

define KUBERNETES_NODE_INSTALL_TARGET_CMDS
	$(foreach p,$(KUBERNETES_NODE_PROGRAMS),
		$(INSTALL) -D -m 0755 $(@D)/$(p) $(TARGET_DIR)/usr/bin/$(p)
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

# dl.k8s.io gives each program the same name for every architecture (bin/linux/<arch>/kubelet),
# and Buildroot checks a download against every line of its .hash files that names that file:
# each architecture has its own .hash file. It is added after the generic infrastructure, which
# sets <PKG>_HASH_FILES itself; kubernetes-node.hash stays in the list, so that an architecture
# without hashes fails the download instead of going unchecked.
KUBERNETES_NODE_HASH_FILES += $(KUBERNETES_NODE_PKGDIR)/kubernetes-node-$(KUBERNETES_NODE_ARCH).hash
