// The command line's commands and options. `build` and `check` take every action input as a
// flag of the same name (inputs/schema.ts: the input `mode` is the command itself), plus a few
// options of the command line's own; `smoke` takes what a smoke test needs, `mirror` the inputs
// that shape the download list. Each command has its own --help, built from the same tables.
import { defaultShown, INPUTS, type InputSpec } from '../inputs/schema.js'

export const COMMANDS = [
  'build',
  'check',
  'smoke',
  'mirror',
  'node-config',
  'version',
  'help'
] as const
export type Command = (typeof COMMANDS)[number]

export interface CliOption {
  flag: string
  /** What the value looks like in --help; none for a switch. */
  value?: string
  /** May be given more than once (each adds a line, as the input's lines). */
  multiple?: boolean
  help: string
  /** The action input this flag sets, when it is one. */
  input?: InputSpec
  commands: readonly Command[]
}

const RUN_COMMANDS: readonly Command[] = ['build', 'check']

/** An input's value as --help shows it: its values (amd64|arm64), or its placeholder. */
function valueOf(spec: InputSpec): string {
  return spec.values ? spec.values.join('|') : (spec.placeholder ?? 'VALUE')
}

function inputOption(spec: InputSpec, commands: readonly Command[]): CliOption {
  const shown = defaultShown(spec).replace(/`/g, '')
  return {
    flag: spec.name,
    value: valueOf(spec),
    multiple: spec.multiple,
    help: `${spec.help}${spec.required ? ' (required)' : shown ? ` (default: ${shown})` : ''}`,
    input: spec,
    commands
  }
}

const INPUT_OPTIONS: CliOption[] = INPUTS.filter(spec => spec.name !== 'mode').map(spec =>
  inputOption(spec, RUN_COMMANDS)
)

const specNamed = (name: string): InputSpec => {
  const spec = INPUTS.find(s => s.name === name)
  if (!spec) throw new Error(`internal: no input ${name}`)
  return spec
}

/** smoke: the smoke test of the action, on an images folder. */
const SMOKE_OPTIONS: CliOption[] = [
  { ...inputOption(specNamed('target'), ['smoke']), help: 'which images (required)' },
  {
    flag: 'images',
    value: 'DIR',
    help: 'the folder of the images to boot (a downloaded artifact)',
    commands: ['smoke']
  },
  {
    flag: 'output-dir',
    value: 'DIR',
    help: 'where the console logs and summary.md go (default: ./buildroot-k8s-smoke-<target>)',
    commands: ['smoke']
  },
  inputOption(specNamed('smoke-test-level'), ['smoke'])
]
/** Said under the smoke command's options. */
const SMOKE_NOTE =
  'BUILDROOT_K8S_SMOKE_BOOT_TIMEOUT=SECONDS changes the boot limit. SIGINT or SIGTERM stops QEMU, removes its disk copies and still writes summary.md.'

/** mirror: the inputs that shape the download list, and the folders to fill and read. */
const MIRROR_OPTIONS: CliOption[] = [
  ...[
    'target',
    'buildroot-version',
    'buildroot-src',
    'buildroot-patches',
    'config-dir',
    'br2-external',
    'config-fragment',
    'output-dir'
  ].map(name => inputOption(specNamed(name), ['mirror'])),
  {
    flag: 'out',
    value: 'DIR',
    help: 'the mirror folder to fill; nothing in it is replaced or removed',
    commands: ['mirror']
  },
  {
    flag: 'dl-dir',
    value: 'DIR',
    help: 'the dl/ folder to fill it from (default: the dl/ cache entry a build of this configuration restores)',
    commands: ['mirror']
  }
]

/** Options of the command line's own: local folders in place of GitHub's services. */
const OWN_OPTIONS: CliOption[] = [
  {
    flag: 'config-fragment-file',
    value: 'FILE',
    help: 'a file of Kconfig lines, merged before the --config-fragment lines',
    commands: [...RUN_COMMANDS, 'mirror']
  },
  {
    flag: 'cache-dir',
    value: 'DIR',
    help: 'local cache, tools and output folders (default: ~/.cache/buildroot-k8s)',
    commands: [...RUN_COMMANDS, 'mirror']
  },
  {
    flag: 'cache-max-size',
    value: 'SIZE',
    help: "the local cache is pruned to this size (default: 10G, GitHub's quota per repository)",
    commands: RUN_COMMANDS
  },
  {
    flag: 'cache-max-age',
    value: 'DAYS',
    help: 'entries unused this long are removed (default: 30)',
    commands: RUN_COMMANDS
  },
  {
    flag: 'artifacts-dir',
    value: 'DIR',
    help: 'where artifacts are copied (default: ./buildroot-k8s-artifacts)',
    commands: RUN_COMMANDS
  },
  {
    flag: 'wait',
    help: 'when another run uses the same output or cache folder, wait for it instead of failing',
    commands: RUN_COMMANDS
  },
  { flag: 'help', help: 'this text', commands: ['build', 'check', 'smoke', 'mirror', 'help'] }
]

export const CLI_OPTIONS: readonly CliOption[] = [
  ...INPUT_OPTIONS,
  ...SMOKE_OPTIONS,
  ...MIRROR_OPTIONS,
  ...OWN_OPTIONS
]

/** Old spellings, still read, each with what to write instead. */
export const DEPRECATED_FLAGS: Record<string, { value?: string; instead: string }> = {
  output: { value: 'DIR', instead: '--output-dir' },
  'no-upload': { instead: '--upload false' },
  verbose: { instead: 'nothing: the command line no longer runs libraries that print debug lines' }
}

export function optionsOf(command: Command): CliOption[] {
  return CLI_OPTIONS.filter(option => option.commands.includes(command))
}

const SYNOPSIS: Record<Exclude<Command, 'help' | 'version'>, string> = {
  build: 'buildroot-k8s build --target amd64|arm64 [options]    build, test and keep the images',
  check: 'buildroot-k8s check --target amd64|arm64 [options]    validate the configuration',
  smoke:
    'buildroot-k8s smoke --target amd64|arm64 --images DIR    boot images in QEMU and test them',
  mirror:
    'buildroot-k8s mirror --target amd64|arm64 --out DIR      fill a download-mirror folder from dl/',
  'node-config': "buildroot-k8s node-config --out DIR [options]         a node's k8s-node/ folder"
}

function optionLines(options: CliOption[]): string[] {
  const label = (o: CliOption) =>
    `${o.flag === 'help' ? '-h, ' : ''}--${o.flag}${o.value ? ` ${o.value}` : ''}`
  const width = Math.max(...options.map(o => label(o).length))
  return options.map(o => `  ${label(o).padEnd(width)}  ${o.help}`)
}

/** The overview (`buildroot-k8s --help`), or one command's help. */
export function usage(command?: Command): string {
  if (!command || command === 'help' || command === 'version' || command === 'node-config') {
    return [
      'Usage:',
      ...Object.values(SYNOPSIS).map(line => `  ${line}`),
      '  buildroot-k8s version                                  the version of this tool',
      '',
      'buildroot-k8s COMMAND --help shows the options of a command. The options of build and',
      "check are the action's inputs, with the same names and values."
    ].join('\n')
  }
  const own = optionsOf(command).filter(o => !o.input)
  const inputs = optionsOf(command).filter(o => o.input)
  const lines = [`Usage: ${SYNOPSIS[command]}`, '']
  if (command === 'smoke') {
    lines.push('Options:', ...optionLines(optionsOf(command)), '', SMOKE_NOTE)
  } else if (command === 'mirror') {
    lines.push('Options:', ...optionLines(optionsOf(command)))
  } else {
    lines.push(
      "The action's inputs, with the same names and values (the input mode is the command):",
      ...optionLines(inputs),
      '',
      'Command line only:',
      ...optionLines(own)
    )
  }
  return lines.join('\n')
}
