################################################################################
#
# cri-o
#
################################################################################

# CRI-O's static release bundle for the Kubernetes minor of kubernetes-node (1.36): the newest
# 1.36.x that kubespray pins, with its sha256 per architecture (cri-o.hash), downloaded from
# where kubespray downloads it (roles/kubespray_defaults/defaults/main/download.yml,
# crio_download_url). cri-o/packaging builds the bundle (scripts/bundle/build); at commit
# bead4ec8b4ff, its state when v1.36.3 was tagged, its templates/latest/cri-o/bundle/versions
# put conmon v2.2.1, crun 1.26, runc v1.4.2, conmon-rs v0.8.0, cri-tools v1.36.0 and
# crio-credential-provider v0.1.2 in it.
CRI_O_VERSION = 1.36.3
ifeq ($(BR2_aarch64),y)
CRI_O_ARCH = arm64
else
CRI_O_ARCH = amd64
endif
CRI_O_SITE = https://storage.googleapis.com/cri-o/artifacts
CRI_O_SOURCE = cri-o.$(CRI_O_ARCH).v$(CRI_O_VERSION).tar.gz
# The bundle holds CRI-O's LICENSE only: crun's GPL-2.0 text comes from crun's own tag.
CRI_O_CRUN_VERSION = 1.26
CRI_O_EXTRA_DOWNLOADS = https://raw.githubusercontent.com/containers/crun/$(CRI_O_CRUN_VERSION)/COPYING
CRI_O_LICENSE = Apache-2.0 (cri-o, pinns, conmon, runc), GPL-2.0+ (crun)
CRI_O_LICENSE_FILES = LICENSE COPYING
# NVD names CRI-O cpe:2.3:a:kubernetes:cri-o (the product is the package's name).
CRI_O_CPE_ID_VENDOR = kubernetes

define CRI_O_COPY_CRUN_LICENSE
	cp $(CRI_O_DL_DIR)/COPYING $(@D)/COPYING
endef
CRI_O_POST_EXTRACT_HOOKS += CRI_O_COPY_CRUN_LICENSE

# The layout of the bundle's own install script (cri-o/packaging
# templates/latest/cri-o/bundle/install) with PREFIX=/usr, the prefix of a system package:
# crio and pinns in $(BINDIR); conmon, crun, runc (and conmon-rs, crio-credential-provider)
# in $(LIBEXECDIR)/crio, where the bundle's 10-crio.conf looks for them; 10-crio.conf in
# /etc/crio/crio.conf.d; policy.json in /etc/crio; registries.conf in
# /etc/containers/registries.conf.d; the sysconfig file crio.service reads;
# crio-umount.conf in $(PREFIX)/share/oci-umount/oci-umount.d; crio.service in
# $(PREFIX)/lib/systemd/system. Not installed: the bundle's crictl and crictl.yaml (the
# crictl package installs the same cri-tools release, pointed at CRI-O's socket), its CNI
# plugins and disabled bridge configuration (cni-plugins provides /opt/cni/bin for either
# runtime), and its man pages and shell completions (the image carries none).
CRI_O_LIBEXEC_PROGRAMS = \
	conmon crun runc \
	$(if $(BR2_PACKAGE_CRI_O_CONMON_RS),conmonrs) \
	$(if $(BR2_PACKAGE_CRI_O_CREDENTIAL_PROVIDER),crio-credential-provider)

define CRI_O_INSTALL_TARGET_CMDS
	$(INSTALL) -D -m 0755 $(@D)/bin/crio $(TARGET_DIR)/usr/bin/crio
	$(INSTALL) -D -m 0755 $(@D)/bin/pinns $(TARGET_DIR)/usr/bin/pinns
	$(foreach p,$(CRI_O_LIBEXEC_PROGRAMS),
		$(INSTALL) -D -m 0755 $(@D)/bin/$(p) $(TARGET_DIR)/usr/libexec/crio/$(p)
	)
	$(INSTALL) -D -m 0644 $(@D)/etc/10-crio.conf \
		$(TARGET_DIR)/etc/crio/crio.conf.d/10-crio.conf
	$(INSTALL) -D -m 0644 $(CRI_O_PKGDIR)/20-k8s-node.conf \
		$(TARGET_DIR)/etc/crio/crio.conf.d/20-k8s-node.conf
	$(INSTALL) -D -m 0644 $(@D)/contrib/policy.json $(TARGET_DIR)/etc/crio/policy.json
	$(INSTALL) -D -m 0644 $(@D)/contrib/registries.conf \
		$(TARGET_DIR)/etc/containers/registries.conf.d/registries.conf
	$(INSTALL) -D -m 0644 $(CRI_O_PKGDIR)/storage.conf \
		$(TARGET_DIR)/etc/containers/storage.conf
	$(INSTALL) -D -m 0644 $(@D)/etc/crio $(TARGET_DIR)/etc/sysconfig/crio
	$(INSTALL) -D -m 0644 $(@D)/etc/crio-umount.conf \
		$(TARGET_DIR)/usr/share/oci-umount/oci-umount.d/crio-umount.conf
endef

# The bundle's crio.service runs /usr/local/bin/crio (its build puts PREFIX=/usr/local in):
# pointed at /usr/bin/crio, and the build stops should a later bundle say otherwise.
define CRI_O_INSTALL_INIT_SYSTEMD
	$(INSTALL) -D -m 0644 $(@D)/contrib/crio.service \
		$(TARGET_DIR)/usr/lib/systemd/system/crio.service
	$(SED) 's;^ExecStart=/usr/local/bin/crio;ExecStart=/usr/bin/crio;' \
		$(TARGET_DIR)/usr/lib/systemd/system/crio.service
	grep -q '^ExecStart=/usr/bin/crio' $(TARGET_DIR)/usr/lib/systemd/system/crio.service
	$(INSTALL) -D -m 0644 $(CRI_O_PKGDIR)/80-cri-o.preset \
		$(TARGET_DIR)/usr/lib/systemd/system-preset/80-cri-o.preset
endef

$(eval $(generic-package))
