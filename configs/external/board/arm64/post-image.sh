#!/bin/sh
# Post-image script (BR2_ROOTFS_POST_IMAGE_SCRIPT): assembles sdcard.img with genimage
# from the files Buildroot put in BINARIES_DIR (firmware, Image, DTBs, rootfs.ext4).
set -eu

BOARD_DIR="$(cd "$(dirname "$0")" && pwd)"
: "${BINARIES_DIR:?post-image.sh runs from Buildroot, which sets BINARIES_DIR}"
: "${BUILD_DIR:?post-image.sh runs from Buildroot, which sets BUILD_DIR}"

GENIMAGE_TMP="${BUILD_DIR}/genimage.tmp"
# genimage copies its root path; the ext4 image is already built, so give it an empty one.
ROOTPATH_TMP="$(mktemp -d)"
trap 'rm -rf "${ROOTPATH_TMP}"' EXIT
rm -rf "${GENIMAGE_TMP}"

genimage \
	--rootpath "${ROOTPATH_TMP}" \
	--tmppath "${GENIMAGE_TMP}" \
	--inputpath "${BINARIES_DIR}" \
	--outputpath "${BINARIES_DIR}" \
	--config "${BOARD_DIR}/genimage.cfg"
