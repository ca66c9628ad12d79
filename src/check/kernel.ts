// Kernel config check: the kernel's own `make olddefconfig` on kernel_defconfig and the config
// fragments Buildroot applies after it (in a kept scratch O= folder, so the kernel tree is never
// written), then the result against the requirement list.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { TARGET, type Target } from '../targets.js'
import {
  findUnmetRequests,
  readDotConfig,
  unquote,
  type KconfigEntry
} from '../kconfig/defconfig.js'
import {
  explainUnmetDependency,
  findKconfigFiles,
  indexKconfig,
  selectOnlyHint,
  type KconfigIndex
} from '../kconfig/dependencies.js'
import { capture, CommandError } from '../util/run.js'
import type { Finding } from '../buildroot/findings.js'
import type { KernelRequirement } from '../kconfig/kernel-requirements.js'
import { echo } from '../util/text.js'
import { expandPath } from './references.js'

async function commandExists(name: string): Promise<boolean> {
  try {
    await capture('sh', ['-c', 'command -v "$1"', 'sh', name])
    return true
  } catch {
    return false
  }
}

export interface ResolvedKernelConfig {
  /** CONFIG_ symbol → value after olddefconfig. */
  dotConfig: Map<string, string>
  findings: Finding[]
}

/** VERSION.PATCHLEVEL.SUBLEVEL plus EXTRAVERSION, as the tree's top Makefile declares it. */
function treeVersion(linuxDir: string): string {
  const makefile = path.join(linuxDir, 'Makefile')
  const text = fs.existsSync(makefile) ? fs.readFileSync(makefile, 'utf8').slice(0, 2000) : ''
  const field = (name: string): string =>
    new RegExp(`^${name}\\s*=[ \\t]*(\\S*)`, 'm').exec(text)?.[1] ?? ''
  return ['VERSION', 'PATCHLEVEL', 'SUBLEVEL'].map(field).join('.') + field('EXTRAVERSION')
}

/**
 * The kernel's O= folder under `scratchRoot`, kept between runs: a cold olddefconfig first
 * builds the kernel's config tools, about half of its time. It is one folder per kernel tree
 * (and its version), ARCH and CROSS_COMPILE, so another tree or architecture never reuses a
 * stale one; folders for other keys are removed.
 */
export function kernelScratchDir(
  scratchRoot: string,
  linuxDir: string,
  arch: string,
  crossCompile: string | undefined
): string {
  const key = crypto
    .createHash('sha256')
    .update([fs.realpathSync(linuxDir), treeVersion(linuxDir), arch, crossCompile ?? ''].join('\0'))
    .digest('hex')
    .slice(0, 16)
  const name = `${arch}-${key}`
  if (fs.existsSync(scratchRoot)) {
    for (const other of fs.readdirSync(scratchRoot).filter(entry => entry !== name)) {
      fs.rmSync(path.join(scratchRoot, other), { recursive: true, force: true })
    }
  }
  return path.join(scratchRoot, name)
}

/**
 * The config fragments Buildroot merges over kernel_defconfig (BR2_LINUX_KERNEL_CONFIG_FRAGMENT_FILES),
 * as files. A path relative to the Buildroot tree cannot be read without one: a notice, and the
 * check runs without it. A path that does not exist is left to the referenced-files check.
 */
export function kernelConfigFragments(
  requested: KconfigEntry[],
  externals: Map<string, string>,
  buildrootDir: string | undefined
): { files: string[]; findings: Finding[] } {
  const files: string[] = []
  const findings: Finding[] = []
  const entry = requested.findLast(e => e.symbol === 'BR2_LINUX_KERNEL_CONFIG_FRAGMENT_FILES')
  if (!entry) return { files, findings }
  for (const reference of unquote(entry.value).split(/\s+/).filter(Boolean)) {
    const file = expandPath(reference, externals, buildrootDir)
    if (file === undefined) {
      findings.push({
        level: 'notice',
        message: `BR2_LINUX_KERNEL_CONFIG_FRAGMENT_FILES names ${reference}, which cannot be read here (a path in the Buildroot tree needs buildroot-src): the kernel check runs without this fragment, which the build applies after kernel_defconfig.`,
        at: { file: entry.file, line: entry.line || undefined, title: 'Kernel config fragment' }
      })
    } else if (fs.existsSync(file)) files.push(file)
  }
  return { files, findings }
}

/**
 * Runs olddefconfig for the target's ARCH on kernel_defconfig followed by `fragments`, whose
 * lines win as in Buildroot's merge_config.sh; warns when the cross compiler is missing.
 */
export async function olddefconfig(
  linuxDir: string,
  kernelDefconfig: string,
  target: Target,
  scratchRoot: string,
  fragments: readonly string[] = []
): Promise<ResolvedKernelConfig> {
  const findings: Finding[] = []
  const { arch, crossCompile } = TARGET[target].kernelArch
  let useCrossCompile: string | undefined
  if (crossCompile) {
    if (await commandExists(`${crossCompile}gcc`)) useCrossCompile = crossCompile
    else {
      findings.push({
        level: 'warning',
        message: `${crossCompile}gcc is not installed: options that depend on the compiler's abilities may be dropped in this check (on Debian/Ubuntu: apt-get install gcc-aarch64-linux-gnu).`
      })
    }
  }
  const scratchDir = kernelScratchDir(scratchRoot, linuxDir, arch, useCrossCompile)
  const args = ['-C', linuxDir, `O=${scratchDir}`, `ARCH=${arch}`]
  if (useCrossCompile) args.push(`CROSS_COMPILE=${useCrossCompile}`)
  const attempt = async (): Promise<void> => {
    fs.mkdirSync(scratchDir, { recursive: true })
    // Kconfig reads a later assignment of a symbol over an earlier one.
    const text = [kernelDefconfig, ...fragments]
      .map(file => fs.readFileSync(file, 'utf8').replace(/\n?$/, '\n'))
      .join('')
    fs.writeFileSync(path.join(scratchDir, '.config'), text)
    await capture('make', [...args, 'olddefconfig'])
  }
  const kept = fs.existsSync(scratchDir)
  try {
    try {
      await attempt()
    } catch (error) {
      if (!kept) throw error
      // A kept folder left broken (an interrupted run, a changed host compiler) must not fail
      // the check: once more from an empty folder, whose failure is the tree's own.
      fs.rmSync(scratchDir, { recursive: true, force: true })
      await attempt()
    }
  } catch (error) {
    const detail = error instanceof CommandError ? error.result.lastLines.join('\n') : String(error)
    throw new Error(`make olddefconfig failed in ${linuxDir} for ARCH=${arch}:\n${detail}`, {
      cause: error
    })
  }
  return {
    dotConfig: readDotConfig(fs.readFileSync(path.join(scratchDir, '.config'), 'utf8')),
    findings
  }
}

const isOn = (value: string | undefined): boolean => value === 'y' || value === 'm'

/** The release of a kernel tree (6.12.117), from its top-level Makefile; undefined if unknown. */
export function kernelTreeVersion(linuxDir: string): string | undefined {
  const makefile = path.join(linuxDir, 'Makefile')
  if (!fs.existsSync(makefile)) return undefined
  const text = fs.readFileSync(makefile, 'utf8')
  const field = (name: string) => new RegExp(`^${name}\\s*=\\s*(\\d+)\\s*$`, 'm').exec(text)?.[1]
  const [version, patchlevel, sublevel] = ['VERSION', 'PATCHLEVEL', 'SUBLEVEL'].map(field)
  if (!version || !patchlevel) return undefined
  return [version, patchlevel, sublevel].filter(Boolean).join('.')
}

/**
 * Requirements not met by the resolved config, and kernel_defconfig lines that did not land.
 * `overrideTree`: the tree is not the configured kernel source (linux-src), so a symbol it
 * does not know may exist in the configured one: a warning, not an error.
 */
export function checkKernelConfig(options: {
  requested: KconfigEntry[]
  dotConfig: Map<string, string>
  requirements: readonly KernelRequirement[]
  linuxDir: string
  overrideTree: boolean
  kernelDefconfig: string
}): Finding[] {
  const { requested, dotConfig, kernelDefconfig } = options
  const findings: Finding[] = []
  const lineOf = (names: string[]): number | undefined =>
    requested.find(entry => names.some(name => entry.symbol === `CONFIG_${name}`))?.line
  let index: KconfigIndex | undefined
  const kconfig = (): KconfigIndex =>
    (index ??= indexKconfig(findKconfigFiles(options.linuxDir, /^Kconfig/)))
  const version = kernelTreeVersion(options.linuxDir)
  const thisKernel = version ? `this kernel (Linux ${version})` : 'this kernel tree'

  for (const requirement of options.requirements) {
    if (requirement.options.some(option => isOn(dotConfig.get(`CONFIG_${option}`)))) continue
    if (requirement.since && !requirement.options.some(option => kconfig().has(option))) {
      // Not a miss: the option is younger than this kernel.
      findings.push({
        level: 'notice',
        message:
          `CONFIG_${requirement.options[0]} is not in ${thisKernel}: it came with Linux ${requirement.since}, ` +
          `so ${requirement.reason} is not available on this image (${requirement.source}). ` +
          `With a kernel of ${requirement.since} or later, set CONFIG_${requirement.options[0]}=y in kernel_defconfig.`,
        at: { file: kernelDefconfig, title: `Kernel: ${requirement.options[0]}` }
      })
      continue
    }
    const names = requirement.options.map(o => `CONFIG_${o}`).join(' or ')
    // A symbol without a prompt (XFRM_OFFLOAD, INET_XFRM_TUNNEL) comes only from what selects it.
    const selectOnly = selectOnlyHint(kconfig(), requirement.options[0])
    findings.push({
      level: requirement.level === 'required' ? 'error' : 'warning',
      message:
        `${names} is ${requirement.level === 'required' ? 'required' : 'recommended'} but not enabled after olddefconfig: ${requirement.reason} (${requirement.source}). ` +
        (selectOnly
          ? `${selectOnly} (set in kernel_defconfig).`
          : `Set ${`CONFIG_${requirement.options[0]}`}=y (or =m) in kernel_defconfig, with what it depends on.`),
      at: {
        file: kernelDefconfig,
        line: lineOf(requirement.options),
        title: `Kernel: ${requirement.options[0]}`
      }
    })
  }

  const unmet = findUnmetRequests(requested, dotConfig)
  if (unmet.length) {
    const index = kconfig()
    const values = new Map(
      [...dotConfig].map(([symbol, value]) => [symbol.replace(/^CONFIG_/, ''), value])
    )
    for (const { requested: entry, actual } of unmet) {
      const name = entry.symbol.replace(/^CONFIG_/, '')
      const asked = `${echo(entry.symbol)}=${echo(entry.value)}`
      let message: string
      let level: Finding['level'] = options.overrideTree ? 'warning' : 'error'
      const since = options.requirements.find(r => r.since && r.options.includes(name))?.since
      if (!index.has(name) && since) {
        // Known, but younger than this kernel: Kconfig drops it without a word.
        message = `${asked}: ${thisKernel} has no such option; it came with Linux ${since}, so this line has no effect here.`
        level = 'warning'
      } else if (!index.has(name)) {
        message = `${asked}: this kernel tree has no such option${options.overrideTree ? ' (the configured kernel source may have it)' : '; check the spelling'}.`
      } else {
        const why =
          explainUnmetDependency(index, name, values, options.linuxDir) ??
          `it ended up ${actual === undefined || actual === 'n' ? 'not set' : `=${actual}`} (selected or overridden by another option)`
        message = `${asked} did not land: ${why}.`
        if (entry.value === 'n') level = 'warning'
      }
      findings.push({
        level,
        message,
        at: { file: entry.file, line: entry.line, title: 'Kernel option did not land' }
      })
    }
  }
  return findings
}
