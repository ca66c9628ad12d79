// Stage: configure. Loads the target's merged configuration into Buildroot's output folder and
// stops, with each symbol that did not land annotated at its file and line, before anything is
// downloaded or built.
import { explainUnmet } from '../buildroot/unmet-symbols.js'
import {
  configureTree,
  inputLines,
  locateConfigFiles,
  readRequestedConfig,
  type ConfiguredTree
} from '../buildroot/configure.js'
import type { BuildrootTree } from '../buildroot/make.js'
import type { Runtime } from '../runtimes.js'
import { siteSymbolsOf } from '../buildroot/mirror.js'
import type { KconfigEntry } from '../kconfig/defconfig.js'
import type { Target } from '../targets.js'
import type { Reporter } from '../platform/types.js'
import { ReportedError } from '../util/errors.js'
import { patchedSlot, treeSlot } from './buildroot-patches.js'
import { slot, type Stage } from './stage.js'

export async function configure(
  reporter: Reporter,
  tree: BuildrootTree,
  config: {
    configDir: string
    target: Target
    runtime: Runtime
    /** The action's own runtime fragments (RunContext.ownRuntimeDir). */
    ownRuntimeDir: string
    configFragment: string
    patchSeries?: string
    /** Lines inputs add (buildroot/configure.ts, inputLines). */
    fromInputs?: KconfigEntry[]
    /** Symbols an input sets on make's command line, by the input's name. */
    siteSymbols?: Map<string, string>
    /** Whether ccache-remote-storage names a remote storage. */
    remoteStorage?: boolean
  }
): Promise<ConfiguredTree> {
  const requested = readRequestedConfig(
    locateConfigFiles(config.configDir, config.target, config),
    config.configFragment,
    config.patchSeries,
    config.fromInputs
  )
  for (const entry of requested.requested) {
    const input = config.siteSymbols?.get(entry.symbol)
    if (input) {
      reporter.notice(
        `${entry.symbol} is set here, and the input ${input} sets it too, on make's command line: the input wins.`,
        { file: entry.file, line: entry.line || undefined, title: `${entry.symbol} is overridden` }
      )
    }
    if (entry.symbol !== 'BR2_DL_DIR' && entry.symbol !== 'BR2_CCACHE_DIR') continue
    // Buildroot lets the environment override both (its Makefile: "ifneq ($(BR2_DL_DIR),)").
    reporter.notice(
      `${entry.symbol} is set here, but the action sets ${entry.symbol} in Buildroot's environment to its own ${entry.symbol === 'BR2_DL_DIR' ? 'dl/' : 'ccache'} folder, which it restores and saves as a cache, and the environment wins: this line has no effect. Drop it.`,
      { file: entry.file, line: entry.line || undefined, title: `${entry.symbol} is overridden` }
    )
  }
  const configured = await configureTree(tree, requested)
  if (configured.unmet.length) {
    for (const finding of explainUnmet(configured)) {
      reporter.error(finding.message, finding.at)
    }
    throw new ReportedError(
      `${configured.unmet.length} requested symbol(s) did not land in .config (see the errors above): fix the spelling, or enable what they depend on.`
    )
  }
  reporter.info(
    `${requested.requested.length} requested symbols all landed in ${tree.outputDir}/.config.`
  )
  if (configured.dotConfig.get('BR2_CCACHE') !== 'y') {
    const at = { file: configured.files.buildrootDefconfig }
    if (config.remoteStorage) {
      reporter.warning(
        'BR2_CCACHE is not set in buildroot_defconfig: no compiler call goes through ccache, so ccache-remote-storage is not used. Set BR2_CCACHE=y.',
        at
      )
    } else {
      reporter.notice(
        'BR2_CCACHE is not set in buildroot_defconfig: nothing will be compiler-cached between runs.',
        at
      )
    }
  }
  return configured
}

export const configuredSlot = slot<ConfiguredTree>('configured tree')
/** config-hash: the merged Buildroot configuration and the kernel configuration. */
export const configHashSlot = slot<string>('config hash')

export const configureStage: Stage = {
  title: 'Configure',
  modes: ['build'],
  onImageCacheHit: 'skip',
  needs: [patchedSlot, treeSlot],
  provides: [configuredSlot, configHashSlot],
  async run(run) {
    const { inputs } = run
    const configured = await configure(run.reporter, run.get(treeSlot), {
      ...inputs,
      ownRuntimeDir: run.context.ownRuntimeDir,
      patchSeries: run.get(patchedSlot).series.sha256,
      fromInputs: inputLines(inputs),
      siteSymbols: siteSymbolsOf(inputs),
      remoteStorage: inputs.ccacheRemoteStorage.length > 0
    })
    run.set(configuredSlot, configured)
    run.set(configHashSlot, configured.configHash)
    run.output('config-hash', configured.configHash)
  }
}
