// Stage: apply the Buildroot patch series (buildroot/patch-series.ts) to a copy of the tree, in
// build and check mode alike, and name the tree Buildroot runs in: the patched copy, the
// action's BR2_EXTERNAL tree (or config-dir's own) and br2-external.
import { configExternalTree } from '../buildroot/configure.js'
import { cacheFolders } from '../caches/folders.js'
import type { BuildrootTree } from '../buildroot/make.js'
import { applyBuildrootPatches, type PatchedBuildroot } from '../buildroot/patch-series.js'
import { buildrootSlot } from './resolve-buildroot.js'
import { slot, type Stage } from './stage.js'

export const patchedSlot = slot<PatchedBuildroot>('patched Buildroot')
/** The tree Buildroot runs in: sources, output folder, BR2_EXTERNAL trees (and later its env). */
export const treeSlot = slot<BuildrootTree>('Buildroot tree')

export const buildrootPatchesStage: Stage = {
  title: 'Apply Buildroot patches',
  modes: ['build', 'check'],
  onImageCacheHit: 'run',
  needs: [buildrootSlot],
  provides: [patchedSlot, treeSlot],
  async run(run) {
    const { inputs, context, platform } = run
    const patched = await applyBuildrootPatches(run.reporter, {
      choice: inputs.buildrootPatches,
      configDir: inputs.configDir,
      ownSeriesDir: context.ownPatchSeries,
      buildroot: run.get(buildrootSlot),
      cacheDir: platform.tools.dir
    })
    run.set(patchedSlot, patched)
    run.set(treeSlot, {
      sourceDir: patched.sourceDir,
      outputDir: inputs.outputDir,
      externalTrees: [
        configExternalTree(inputs.configDir, context.ownExternalTree),
        ...inputs.br2External
      ],
      // Every make call, from the first parse on: Buildroot's default download folder is in its
      // own tree (TOPDIR/dl), which the user's buildroot-src must never get.
      env: { BR2_DL_DIR: cacheFolders(context.cacheRoot, inputs.target).dlDir }
    })
  }
}
