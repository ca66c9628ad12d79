// The command line's options. Every action input has a flag of the same name that takes the
// same values (the input `mode` is the command: build or check), so a workflow's `with:` block
// reads straight across; a few options exist only here (local folders, --verbose).
import type { ACTION_INPUTS } from './action-layout.js'

type ActionInput = (typeof ACTION_INPUTS)[number]

export interface CliOption {
  flag: string
  /** The action input this flag sets, when it is one. */
  input?: ActionInput
  /** What the value looks like in --help; none for a switch. */
  value?: string
  /** May be given more than once (each adds a line, as the input's lines). */
  multiple?: boolean
  help: string
}

export const CLI_OPTIONS: CliOption[] = [
  {
    flag: 'target',
    input: 'target',
    value: 'amd64|arm64',
    help: 'image to build or check (required)'
  },
  {
    flag: 'buildroot-version',
    input: 'buildroot-version',
    value: 'V',
    help: 'Buildroot release to download (default 2025.02.16)'
  },
  {
    flag: 'buildroot-src',
    input: 'buildroot-src',
    value: 'DIR',
    help: 'an existing Buildroot tree; nothing is downloaded'
  },
  {
    flag: 'buildroot-patches',
    input: 'buildroot-patches',
    value: 'DIR|none',
    help: "folder of *.patch files for the Buildroot tree (default: <config-dir>/buildroot-patches, else the action's own)"
  },
  {
    flag: 'linux-src',
    input: 'linux-src',
    value: 'DIR',
    help: 'check: kernel tree to check against (default: download the configured kernel)'
  },
  {
    flag: 'config-dir',
    input: 'config-dir',
    value: 'DIR',
    help: 'folder with <target>/buildroot_defconfig and kernel_defconfig'
  },
  {
    flag: 'br2-external',
    input: 'br2-external',
    value: 'DIR',
    multiple: true,
    help: 'extra BR2_EXTERNAL tree (repeat for more)'
  },
  {
    flag: 'config-fragment',
    input: 'config-fragment',
    value: 'LINE',
    multiple: true,
    help: 'Kconfig line merged over the defconfig, e.g. BR2_PACKAGE_HTOP=y (repeat for more)'
  },
  {
    flag: 'output-dir',
    input: 'output-dir',
    value: 'DIR',
    help: 'Buildroot output folder (default <cache-dir>/output/buildroot-k8s-<target>)'
  },
  {
    flag: 'cache',
    input: 'cache',
    value: 'read-write|read-only|off',
    help: 'what to do with the local cache (default read-write)'
  },
  {
    flag: 'ccache-max-size',
    input: 'ccache-max-size',
    value: 'SIZE',
    help: "ccache's size limit (default 3G)"
  },
  { flag: 'jobs', input: 'jobs', value: 'N', help: 'make parallelism (default CPUs + 1)' },
  {
    flag: 'compression-level',
    input: 'compression-level',
    value: '0-9',
    help: 'xz preset for the root filesystem and SD card images (default 6)'
  },
  {
    flag: 'upload',
    input: 'upload',
    value: 'true|false',
    help: 'copy the images to the artifacts folder (default true)'
  },
  {
    flag: 'artifact-name',
    input: 'artifact-name',
    value: 'NAME',
    help: 'artifact folder name (default buildroot-k8s-<target>)'
  },
  {
    flag: 'retention-days',
    input: 'retention-days',
    value: 'DAYS',
    help: 'checked as on GitHub (1-90); the local folder keeps everything until you delete it'
  },
  {
    flag: 'time-limit',
    input: 'time-limit',
    value: 'DURATION',
    help: 'stop the build cleanly after this long, e.g. 5h45m or 90 (minutes); default: none'
  },
  {
    flag: 'rebuild',
    input: 'rebuild',
    value: 'auto|always',
    help: 'always: build even when the image cache has images for these inputs (default auto)'
  },
  {
    flag: 'cve-report',
    input: 'cve-report',
    value: 'off|report|fail-on-high',
    help: 'CVE report from the SBOM (default report)'
  },
  {
    flag: 'size-change-warning',
    input: 'size-change-warning',
    value: 'PERCENT|off',
    help: "warn when an image's size changed by more than this since the last build (default 10%)"
  },
  {
    flag: 'smoke-test',
    input: 'smoke-test',
    value: 'auto|true|off',
    help: 'boot the images in QEMU and test them as a node (default auto: when QEMU is there)'
  },
  {
    flag: 'smoke-test-level',
    input: 'smoke-test-level',
    value: 'basic|cluster',
    help: 'basic (default), or cluster: also kubeadm init, node Ready, a pod runs'
  },
  {
    flag: 'images',
    value: 'DIR',
    help: 'smoke: the folder of the images to boot (a downloaded artifact)'
  },
  {
    flag: 'config-fragment-file',
    value: 'FILE',
    help: 'a file of Kconfig lines, merged before the --config-fragment lines'
  },
  {
    flag: 'cache-dir',
    value: 'DIR',
    help: 'local cache, tools and output folders (default ~/.cache/buildroot-k8s)'
  },
  {
    flag: 'cache-max-size',
    value: 'SIZE',
    help: "the local cache is pruned to this size (default 10G, GitHub's quota per repository)"
  },
  {
    flag: 'cache-max-age',
    value: 'DAYS',
    help: 'entries unused this long are removed (default 30)'
  },
  {
    flag: 'artifacts-dir',
    value: 'DIR',
    help: 'where artifacts are copied (default ./buildroot-k8s-artifacts)'
  },
  {
    flag: 'wait',
    help: 'when another run uses the same output or cache folder, wait for it instead of failing'
  },
  { flag: 'verbose', help: "also show the libraries' debug lines" },
  { flag: 'help', help: 'this text' }
]

/** Old spellings, still read, each with the line that says what to write instead. */
export const DEPRECATED_FLAGS: Record<string, { value?: string; instead: string }> = {
  output: { value: 'DIR', instead: '--output-dir' },
  'no-upload': { instead: '--upload false' }
}

export function usage(): string {
  const label = (o: CliOption) =>
    `${o.flag === 'help' ? '-h, ' : ''}--${o.flag}${o.value ? ` ${o.value}` : ''}`
  const width = Math.max(...CLI_OPTIONS.map(o => label(o).length))
  const line = (o: CliOption) => `  ${label(o).padEnd(width)}  ${o.help}`
  return [
    'Usage: buildroot-k8s <build|check> --target <amd64|arm64> [options]',
    '       buildroot-k8s node-config --out DIR [options]   (node-config --help)',
    '       buildroot-k8s smoke --target <amd64|arm64> --images DIR [--smoke-test-level cluster]',
    '',
    "The command is the action's mode input. These options are the action's inputs, with the same names and values:",
    ...CLI_OPTIONS.filter(o => o.input).map(line),
    '',
    'Command line only:',
    ...CLI_OPTIONS.filter(o => !o.input).map(line)
  ].join('\n')
}
