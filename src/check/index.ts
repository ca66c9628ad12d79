// Check mode: validates a target's configuration without building, fast enough for every pull
// request. Three checks, each reported with file:line annotations and a row in the summary:
// the Buildroot configuration, the kernel configuration, and the files and hashes it references
// (every download against Buildroot's own hash rule).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Target } from '../inputs.js'
import { KconfigSyntaxError, parseKconfig, type KconfigEntry } from '../kconfig/defconfig.js'
import type { Platform, Reporter } from '../platform/types.js'
import {
  ConfigError,
  loadDefconfig,
  locateConfigFiles,
  readBuildroot,
  readRequestedConfig,
  type ConfiguredTree,
  type RequestedConfig
} from '../buildroot/configure.js'
import { downloadHashFindings } from '../buildroot/download-hashes.js'
import type { Finding } from '../buildroot/findings.js'
import type { BuildrootTree } from '../buildroot/make.js'
import { downloadList } from '../buildroot/show-info.js'
import { explainUnmet } from '../buildroot/unmet-symbols.js'
import type { PatchSeries } from '../stages/buildroot-patches.js'
import { codeBlock, formatDuration } from '../stages/summary.js'
import { errorMessage } from '../util/errors.js'
import { diskFullMessage, isDiskFull } from '../util/disk.js'
import { cancellation, CancelledError } from '../util/process-groups.js'
import { safeMessage, tableCell } from '../util/text.js'
import { legacyFindings, normalizationFinding } from './buildroot.js'
import { KERNEL_REQUIREMENTS } from './kernel-requirements.js'
import { downloadKernelSource } from './kernel-source.js'
import { checkKernelConfig, KERNEL_ARCH, kernelConfigFragments, olddefconfig } from './kernel.js'
import { externalTreeNames, hashFindings, referenceFindings } from './references.js'

export interface CheckOptions {
  target: Target
  configDir: string
  configFragment: string
  /** A Buildroot source tree; without one the Buildroot part is skipped, visibly. */
  buildrootDir?: string
  /** The patch series already applied to buildrootDir (stages/buildroot-patches.ts). */
  patchSeries?: PatchSeries
  /** A kernel tree to check against instead of the configured kernel's source. */
  linuxSrc?: string
  externalTrees: string[]
  /** Scratch space (the check's O= folders). */
  workDir: string
  /** Where a downloaded kernel tree is kept between runs. */
  cacheDir: string
}

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip'

export interface CheckRow {
  name: string
  status: CheckStatus
  detail: string
  seconds: number
}

export interface CheckResult {
  ok: boolean
  checks: CheckRow[]
  findings: Finding[]
  summaryMarkdown: string
}

const ICON: Record<CheckStatus, string> = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️' }

/** A check's work: its findings, or a string saying why it was skipped. */
type CheckWork = () => Promise<{ findings: Finding[]; detail: string } | string>

/** How a check's work ended, and how long it took. */
type Settled = { seconds: number } & (
  { result: Awaited<ReturnType<CheckWork>> } | { error: unknown }
)

/** Runs a check's work now; `check` reports it when its turn comes. Never rejects. */
function start(work: CheckWork): Promise<Settled> {
  const started = Date.now()
  const seconds = () => (Date.now() - started) / 1000
  // After a cancel, the checks not yet started are skipped rather than run.
  const stopped = cancellation()
  if (stopped) {
    return Promise.resolve({
      result: `skipped: ${new CancelledError(stopped).message}`,
      seconds: 0
    })
  }
  return work().then(
    result => ({ result, seconds: seconds() }),
    (error: unknown) => ({ error, seconds: seconds() })
  )
}

/**
 * A reporter for work started early: it keeps what the work says until `release`, so that it
 * shows in the work's own group rather than in the group open at the time.
 */
function heldReporter(reporter: Reporter): Reporter & { release(): void } {
  let held: (() => void)[] | undefined = []
  const pass =
    <A extends unknown[]>(say: (...args: A) => void) =>
    (...args: A) => {
      if (held) held.push(() => say(...args))
      else say(...args)
    }
  return {
    info: pass(message => reporter.info(message)),
    notice: pass((message, at) => reporter.notice(message, at)),
    warning: pass((message, at) => reporter.warning(message, at)),
    error: pass((message, at) => reporter.error(message, at)),
    startGroup: pass(title => reporter.startGroup(title)),
    endGroup: pass(() => reporter.endGroup()),
    release() {
      for (const say of held ?? []) say()
      held = undefined
    }
  }
}

export async function runCheck(platform: Platform, options: CheckOptions): Promise<CheckResult> {
  const { reporter } = platform
  const checks: CheckRow[] = []
  const findings: Finding[] = []

  /** Reports a check in its own group: `work` runs now, or was started earlier (`start`). */
  const check = async (name: string, work: CheckWork | Promise<Settled>, release?: () => void) => {
    reporter.startGroup(name)
    let settled: Settled
    try {
      release?.()
      settled = await (typeof work === 'function' ? start(work) : work)
    } finally {
      reporter.endGroup()
    }
    let outcome: { findings: Finding[]; detail: string; skipped?: boolean }
    if ('result' in settled) {
      const { result } = settled
      outcome =
        typeof result === 'string' ? { findings: [], detail: result, skipped: true } : result
    } else {
      const { error } = settled
      const at =
        error instanceof ConfigError && error.file
          ? { file: error.file, line: error.line }
          : undefined
      // A full disk is news about the disk, not about the file that was being read.
      const message = isDiskFull(error)
        ? `${diskFullMessage(
            [
              { name: 'output-dir', dir: options.workDir },
              { name: 'the tool cache', dir: options.cacheDir }
            ],
            name
          )}\n${errorMessage(error)}`
        : errorMessage(error)
      outcome = {
        findings: [{ level: 'error', message, at: isDiskFull(error) ? undefined : at }],
        detail: 'could not run'
      }
    }
    for (const finding of outcome.findings) reporter[finding.level](finding.message, finding.at)
    findings.push(...outcome.findings)
    const errors = outcome.findings.filter(f => f.level === 'error').length
    const warnings = outcome.findings.filter(f => f.level === 'warning').length
    const status: CheckStatus = outcome.skipped
      ? 'skip'
      : errors
        ? 'fail'
        : warnings
          ? 'warn'
          : 'pass'
    const counts = [errors && `${errors} error(s)`, warnings && `${warnings} warning(s)`]
      .filter(Boolean)
      .join(', ')
    const detail = counts ? `${counts}; ${outcome.detail}` : outcome.detail
    const { seconds } = settled
    checks.push({ name, status, detail, seconds })
    reporter.info(`${ICON[status]} ${name}: ${detail} (${formatDuration(seconds)})`)
  }

  let requested: RequestedConfig | undefined
  let kernelEntries: KconfigEntry[] = []
  let configured: ConfiguredTree | undefined

  await check('Config files', async () => {
    const files = locateConfigFiles(options.configDir, options.target)
    try {
      requested = readRequestedConfig(files, options.configFragment, options.patchSeries?.sha256)
      kernelEntries = parseKconfig(
        fs.readFileSync(files.kernelDefconfig, 'utf8'),
        files.kernelDefconfig,
        'CONFIG_'
      )
    } catch (error) {
      if (error instanceof KconfigSyntaxError) {
        return {
          findings: [
            { level: 'error', message: error.detail, at: { file: error.file, line: error.line } }
          ],
          detail: 'not Kconfig'
        }
      }
      throw error
    }
    return {
      findings: [],
      detail: `${requested.requested.length} Buildroot and ${kernelEntries.length} kernel settings read`
    }
  })

  // Buildroot's `make defconfig` (a second or so) tells the kernel check which kernel to fetch
  // when there is no linux-src. From then on the kernel's olddefconfig runs beside Buildroot's
  // one parse of its makefiles (each a single-threaded make) when there is a core for each.
  const scratch = path.join(options.workDir, `check-${options.target}`)
  const tree: BuildrootTree | undefined = options.buildrootDir
    ? {
        sourceDir: options.buildrootDir,
        outputDir: path.join(scratch, 'buildroot'),
        externalTrees: options.externalTrees
      }
    : undefined
  const loading = requested && tree ? loadDefconfig(tree, requested) : undefined
  loading?.catch(() => undefined) // reported by the Buildroot check, which awaits it
  const kernelReporter = heldReporter(reporter)

  const kernelCheck: CheckWork = async () => {
    if (!requested) return 'skipped: the config files could not be read'
    let linuxDir = options.linuxSrc
    if (!linuxDir) {
      const loaded = await loading?.catch(() => undefined)
      if (!loaded)
        return 'skipped: no linux-src, and no configured Buildroot tree to find the kernel source'
      linuxDir = await downloadKernelSource(kernelReporter, {
        dotConfig: loaded.dotConfig,
        buildrootDir: loaded.tree.sourceDir,
        externals: externalTreeNames(options.externalTrees),
        cacheDir: options.cacheDir
      })
    }
    const kernelDefconfig = requested.files.kernelDefconfig
    const fragments = kernelConfigFragments(
      requested.requested,
      externalTreeNames(options.externalTrees),
      options.buildrootDir
    )
    const resolved = await olddefconfig(
      linuxDir,
      kernelDefconfig,
      options.target,
      path.join(scratch, 'linux'),
      fragments.files
    )
    const result = [
      ...fragments.findings,
      ...resolved.findings,
      ...checkKernelConfig({
        requested: kernelEntries,
        dotConfig: resolved.dotConfig,
        requirements: KERNEL_REQUIREMENTS,
        linuxDir,
        overrideTree: Boolean(options.linuxSrc),
        kernelDefconfig
      })
    ]
    const required = KERNEL_REQUIREMENTS.filter(r => r.level === 'required').length
    return {
      findings: result,
      detail: `olddefconfig in ${linuxDir}; ${required} required and ${KERNEL_REQUIREMENTS.length - required} optional options checked`
    }
  }
  const kernelEarly = os.availableParallelism() > 1 ? start(kernelCheck) : undefined

  await check('Buildroot configuration', async () => {
    if (!requested) return 'skipped: the config files could not be read'
    if (!tree || !loading) return 'skipped: no Buildroot tree (buildroot-src)'
    // savedefconfig rides along in the same make call as the package list.
    const saved = path.join(tree.outputDir, 'savedefconfig')
    configured = await readBuildroot(await loading, { saveDefconfig: saved })
    const result = [...explainUnmet(configured), ...legacyFindings(configured)]
    const normalized = result.length ? undefined : normalizationFinding(configured, saved)
    if (normalized) result.push(normalized)
    const landed = configured.requested.length - configured.unmet.length
    return {
      findings: result,
      detail: `${landed} of ${configured.requested.length} requested symbols landed in Buildroot ${configured.buildrootVersion}; makefiles parse${normalized ? '; not normalized (see notice)' : ''}`
    }
  })

  await check(
    `Kernel configuration (ARCH=${KERNEL_ARCH[options.target].arch})`,
    kernelEarly ?? kernelCheck,
    () => kernelReporter.release()
  )

  await check('Referenced files and hashes', async () => {
    if (!requested) return 'skipped: the config files could not be read'
    const result = [
      ...referenceFindings({
        requested: requested.requested,
        externalTrees: options.externalTrees,
        buildrootDir: options.buildrootDir
      }),
      ...hashFindings(options.externalTrees)
    ]
    let downloads = 'download hashes not checked (no configured Buildroot tree)'
    if (configured) {
      result.push(...downloadHashFindings(configured))
      downloads = `each of the ${downloadList(configured.packages).length} downloads checked against its package's .hash files`
    }
    return {
      findings: result,
      detail: `files named by the defconfig exist; external packages have .hash files; ${downloads}`
    }
  })

  const ok = !findings.some(f => f.level === 'error')
  return {
    ok,
    checks,
    findings,
    summaryMarkdown: renderCheckSummary(options.target, ok, checks, findings, options.patchSeries)
  }
}

function renderCheckSummary(
  target: Target,
  ok: boolean,
  checks: CheckRow[],
  findings: Finding[],
  series: PatchSeries | undefined
): string {
  const escape = (text: string): string => tableCell(text, 2000)
  const patches = series?.patches.length
    ? [
        `Buildroot patches applied (${series.patches.length}, from \`${series.dir}\`): ${series.patches.map(p => `\`${p.name}\``).join(', ')}`,
        ''
      ]
    : series
      ? ['No Buildroot patches applied.', '']
      : []
  const lines = [
    `## ${ok ? '✅' : '❌'} Config check: ${target}`,
    '',
    ...patches,
    '| Check | Result | Time | Detail |',
    '| --- | --- | ---: | --- |',
    ...checks.map(
      c =>
        `| ${c.name} | ${ICON[c.status]} ${c.status} | ${formatDuration(c.seconds)} | ${escape(c.detail)} |`
    ),
    ''
  ]
  const problems = findings.filter(f => f.level !== 'notice')
  if (problems.length) {
    lines.push('### Problems', '')
    for (const finding of problems) {
      const where = finding.at
        ? `\`${path.basename(finding.at.file)}${finding.at.line ? `:${finding.at.line}` : ''}\` `
        : ''
      lines.push(`- **${finding.level}** ${where}${escape(finding.message)}`)
    }
    lines.push('')
  }
  for (const notice of findings.filter(f => f.level === 'notice')) {
    lines.push('### Notice', '', ...codeBlock(safeMessage(notice.message)), '')
  }
  return lines.join('\n')
}
