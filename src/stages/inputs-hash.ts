// Stage: the inputs hash (buildroot/inputs-hash.ts), the key of the image cache: when nothing
// that shapes the images changed, the next stage restores them instead of building.
import { computeInputsHash } from '../buildroot/inputs-hash.js'
import {
  inputLines,
  locateConfigFiles,
  readRequestedConfig,
  type RequestedConfig
} from '../buildroot/configure.js'
import { patchedSlot, treeSlot } from './buildroot-patches.js'
import { buildrootSlot } from './resolve-buildroot.js'
import { slot, type Stage } from './stage.js'

export const inputsHashSlot = slot<string>('inputs hash')
/** The configuration as requested: the defconfig, the fragment and the patch series merged. */
export const requestedSlot = slot<RequestedConfig>('requested configuration')

export const inputsHashStage: Stage = {
  title: 'Inputs hash',
  modes: ['build'],
  onImageCacheHit: 'run',
  needs: [buildrootSlot, patchedSlot, treeSlot],
  provides: [inputsHashSlot, requestedSlot],
  async run(run) {
    const { inputs, context, reporter } = run
    const buildroot = run.get(buildrootSlot)
    const patched = run.get(patchedSlot)
    const requested = readRequestedConfig(
      locateConfigFiles(inputs.configDir, inputs.target, {
        runtime: inputs.runtime,
        ownRuntimeDir: context.ownRuntimeDir
      }),
      inputs.configFragment,
      patched.series.sha256,
      inputLines(inputs)
    )
    const computed = computeInputsHash({
      target: inputs.target,
      runtime: inputs.runtime,
      configHash: requested.configHash,
      requested: requested.requested,
      kernelDefconfig: requested.files.kernelDefconfig,
      externalTrees: run.get(treeSlot).externalTrees,
      buildrootDir: buildroot.sourceDir,
      buildrootVersion: buildroot.version,
      actionDir: context.actionRoot,
      // The Buildroot patch series (buildroot-patches), in the order it is applied; the
      // tree hashed above is Buildroot as resolved, before the series.
      patches: patched.series.patches.map(({ name, sha256 }) => ({ name, sha256 })),
      // Inputs that change what "Collect images" writes.
      artifactOptions: { 'compression-level': String(inputs.compressionLevel) },
      exclude: [inputs.outputDir, context.cacheRoot]
    })
    // Each part in the log, to compare two runs.
    for (const part of computed.parts) reporter.info(`${part.name}: ${part.value}`)
    for (const { path: named, reason } of computed.skipped) {
      reporter.warning(
        `${named}, named in the configuration, is not part of the inputs hash: ${reason}. A change in it does not rebuild the images; name a narrower path, or set rebuild: always.`
      )
    }
    reporter.info(`inputs hash: ${computed.hash}`)
    run.set(inputsHashSlot, computed.hash)
    run.set(requestedSlot, requested)
    run.output('inputs-hash', computed.hash)
  }
}
