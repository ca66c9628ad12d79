// Files the defconfig names must exist, and every package of the BR2_EXTERNAL trees that
// downloads something must have a .hash file (Buildroot only warns without one, and then
// checks nothing). Whether the .hash files list each download is download-hashes.ts's job.
import fs from 'node:fs'
import path from 'node:path'
import { unquote, type KconfigEntry } from '../kconfig/defconfig.js'
import type { Finding } from '../buildroot/findings.js'

/** Options whose value is a space-separated list of files or folders. */
const PATH_OPTIONS = [
  'BR2_ROOTFS_OVERLAY',
  'BR2_ROOTFS_POST_BUILD_SCRIPT',
  'BR2_ROOTFS_POST_FAKEROOT_SCRIPT',
  'BR2_ROOTFS_POST_IMAGE_SCRIPT',
  'BR2_ROOTFS_USERS_TABLES',
  'BR2_ROOTFS_DEVICE_TABLE',
  'BR2_ROOTFS_STATIC_DEVICE_TABLE',
  'BR2_GLOBAL_PATCH_DIR',
  'BR2_LINUX_KERNEL_CUSTOM_CONFIG_FILE',
  'BR2_LINUX_KERNEL_CONFIG_FRAGMENT_FILES',
  'BR2_LINUX_KERNEL_CUSTOM_DTS_PATH',
  'BR2_LINUX_KERNEL_PATCH',
  'BR2_TARGET_ROOTFS_ISO9660_BOOT_MENU',
  'BR2_TARGET_GRUB2_BUILTIN_CONFIG_PC',
  'BR2_TARGET_GRUB2_BUILTIN_CONFIG_EFI',
  'BR2_TARGET_UBOOT_CUSTOM_CONFIG_FILE',
  'BR2_PACKAGE_BUSYBOX_CONFIG',
  'BR2_PACKAGE_BUSYBOX_CONFIG_FRAGMENT_FILES',
  'BR2_TARGET_GENERIC_ISSUE_FILE'
]

/** `name:` of each tree's external.desc → its folder, for $(BR2_EXTERNAL_<name>_PATH). */
export function externalTreeNames(trees: string[]): Map<string, string> {
  const names = new Map<string, string>()
  for (const tree of trees) {
    const desc = path.join(tree, 'external.desc')
    const name = fs.existsSync(desc)
      ? /^name:\s*(\S+)/m.exec(fs.readFileSync(desc, 'utf8'))?.[1]
      : undefined
    if (name) names.set(name, tree)
  }
  return names
}

/** Expands $(BR2_EXTERNAL_<NAME>_PATH) and $(TOPDIR); undefined when another variable is left. */
export function expandPath(
  value: string,
  externals: Map<string, string>,
  topDir?: string
): string | undefined {
  const expanded = value
    .replace(
      /\$\(BR2_EXTERNAL_([A-Za-z0-9_]+)_PATH\)/g,
      (whole, name: string) => externals.get(name) ?? whole
    )
    .replace(/\$\(TOPDIR\)/g, topDir ?? '$(TOPDIR)')
  if (expanded.includes('$(')) return undefined
  if (path.isAbsolute(expanded)) return expanded
  return topDir ? path.join(topDir, expanded) : undefined
}

export function referenceFindings(options: {
  requested: KconfigEntry[]
  externalTrees: string[]
  buildrootDir?: string
}): Finding[] {
  const externals = externalTreeNames(options.externalTrees)
  const findings: Finding[] = []
  for (const entry of options.requested) {
    const value = entry.value.startsWith('"') ? unquote(entry.value) : undefined
    if (!value) continue
    const candidates = PATH_OPTIONS.includes(entry.symbol)
      ? value.split(/\s+/).filter(Boolean)
      : entry.symbol === 'BR2_ROOTFS_POST_SCRIPT_ARGS'
        ? value.split(/\s+/).filter(token => token.includes('$(BR2_EXTERNAL_'))
        : []
    for (const reference of candidates) {
      const file = expandPath(reference, externals, options.buildrootDir)
      if (file && !fs.existsSync(file)) {
        findings.push({
          level: 'error',
          message: `${entry.symbol} names ${reference}, which does not exist (${file}).`,
          at: { file: entry.file, line: entry.line || undefined, title: 'Missing file' }
        })
      }
    }
  }
  return findings
}

function packageMakefiles(tree: string): string[] {
  const dir = path.join(tree, 'package')
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile() && entry.name.endsWith('.mk'))
    .map(entry => path.join(entry.parentPath, entry.name))
}

/** Every downloading package of the BR2_EXTERNAL trees has a .hash file. */
export function hashFindings(externalTrees: string[]): Finding[] {
  const findings: Finding[] = []
  for (const makefile of externalTrees.flatMap(packageMakefiles)) {
    const text = fs.readFileSync(makefile, 'utf8')
    const pkg = path.basename(makefile, '.mk')
    const prefix = pkg.toUpperCase().replace(/-/g, '_')
    const variable = (name: string): string | undefined =>
      new RegExp(`^${prefix}_${name}\\s*[:+]?=\\s*(.*)$`, 'm').exec(text)?.[1]?.trim()
    if (!variable('SITE') || variable('SITE_METHOD') === 'local') continue
    if (fs.existsSync(path.join(path.dirname(makefile), `${pkg}.hash`))) continue
    const line = text.split('\n').findIndex(l => l.startsWith(`${prefix}_SITE`)) + 1
    findings.push({
      level: 'error',
      message: `package ${pkg} downloads from ${variable('SITE')} but has no ${pkg}.hash, so Buildroot checks nothing it downloads: add one with the upstream hash (and a comment naming where it comes from).`,
      at: { file: makefile, line, title: 'Missing .hash' }
    })
  }
  return findings
}
