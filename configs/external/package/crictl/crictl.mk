################################################################################
#
# crictl
#
################################################################################

CRICTL_VERSION = 1.36.0
CRICTL_SITE = https://github.com/kubernetes-sigs/cri-tools/releases/download/v$(CRICTL_VERSION)
ifeq ($(BR2_aarch64),y)
CRICTL_ARCH = arm64
else
CRICTL_ARCH = amd64
endif
CRICTL_SOURCE = crictl-v$(CRICTL_VERSION)-linux-$(CRICTL_ARCH).tar.gz
# The tarball holds the single file "crictl" at its root.
CRICTL_STRIP_COMPONENTS = 0
CRICTL_LICENSE = Apache-2.0
# The release tarball holds the program only: the licence text that legal-info ships is the
# Apache License 2.0 as the ASF publishes it (its sha256 and sources: crictl.hash).
CRICTL_EXTRA_DOWNLOADS = https://www.apache.org/licenses/LICENSE-2.0.txt
CRICTL_LICENSE_FILES = LICENSE-2.0.txt

define CRICTL_COPY_LICENSE_TEXT
	cp $(CRICTL_DL_DIR)/LICENSE-2.0.txt $(@D)/LICENSE-2.0.txt
endef
CRICTL_POST_EXTRACT_HOOKS += CRICTL_COPY_LICENSE_TEXT

define CRICTL_INSTALL_TARGET_CMDS
	$(INSTALL) -D -m 0755 $(@D)/crictl $(TARGET_DIR)/usr/bin/crictl
	$(INSTALL) -D -m 0644 $(CRICTL_PKGDIR)/crictl.yaml $(TARGET_DIR)/etc/crictl.yaml
endef

$(eval $(generic-package))
