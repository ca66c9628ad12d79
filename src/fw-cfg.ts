// The names under which QEMU hands files to the image (fw_cfg): the image's fetch-config reads
// a k8s-node/ folder from them, node-config writes the options, and the smoke test passes its
// data disk the same way.

/** Each file of a node's k8s-node/ folder is `opt/buildroot-k8s/k8s-node/<name>`. */
export const FW_CFG_PREFIX = 'opt/buildroot-k8s/k8s-node/'

/** QEMU refuses fw_cfg names over 55 characters (FW_CFG_MAX_FILE_PATH is 56 with the NUL). */
export const FW_CFG_MAX_NAME = 55
