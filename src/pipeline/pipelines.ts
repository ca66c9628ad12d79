// The pipelines, declared: one list of stages per mode, in order. A stage file says when its
// stage runs (mode, image-cache hit, inputs), what it needs and provides, and whether the time
// limit stops it; adding a stage is its file and one line here.
import { buildStage } from '../stages/build.js'
import { buildrootPatchesStage } from '../stages/buildroot-patches.js'
import { checkBuildrootStage } from '../stages/check-buildroot.js'
import { checkConfigFilesStage } from '../stages/check-config-files.js'
import { checkKernelStage } from '../stages/check-kernel.js'
import { checkMirrorStage } from '../stages/check-mirror.js'
import { checkReferencesStage } from '../stages/check-references.js'
import { summarizeCheck } from '../stages/check-summary.js'
import { collectImagesStage } from '../stages/collect-images.js'
import { configureStage } from '../stages/configure.js'
import { cveReportStage } from '../stages/cve-report.js'
import { fillMirrorStage, summarizeMirror } from '../stages/fill-mirror.js'
import { freeSpaceStage } from '../stages/free-space.js'
import { restoreImagesStage, saveImagesStage } from '../stages/image-cache.js'
import { inputsHashStage } from '../stages/inputs-hash.js'
import { outputFolderStage } from '../stages/output-folder.js'
import { packageListStage } from '../stages/package-list.js'
import { resolveBuildrootStage } from '../stages/resolve-buildroot.js'
import { restoreCachesStage } from '../stages/restore-caches.js'
import { sbomStage } from '../stages/sbom.js'
import { keepManifestStage, sizeTrendStage } from '../stages/size-trend.js'
import { smokeTestStage } from '../stages/smoke-test.js'
import type { Mode } from '../inputs/schema.js'
import { summarizeBuild } from '../stages/summary.js'
import {
  uploadBuildLogStage,
  uploadImagesStage,
  uploadSmokeConsoleStage
} from '../stages/upload.js'
import type { Pipeline } from './runner.js'

/** What both modes start with: a folder to work in, Buildroot, and its patch series. */
const PREPARE = [outputFolderStage, resolveBuildrootStage, buildrootPatchesStage]

export const PIPELINES: Readonly<Record<Mode, Pipeline>> = {
  build: {
    stages: [
      ...PREPARE,
      inputsHashStage,
      restoreImagesStage,
      configureStage,
      packageListStage,
      freeSpaceStage,
      restoreCachesStage,
      buildStage,
      uploadBuildLogStage,
      sbomStage,
      collectImagesStage,
      saveImagesStage,
      smokeTestStage,
      cveReportStage,
      sizeTrendStage,
      uploadImagesStage,
      uploadSmokeConsoleStage,
      keepManifestStage
    ],
    summarize: summarizeBuild
  },
  check: {
    stages: [
      ...PREPARE,
      checkConfigFilesStage,
      checkBuildrootStage,
      checkKernelStage,
      checkReferencesStage,
      checkMirrorStage
    ],
    summarize: summarizeCheck
  }
}

/**
 * The command line's `mirror`: what a build prepares up to its package list, then a mirror
 * folder filled from dl/. It runs as build mode (its stages are build mode's).
 */
export const MIRROR_PIPELINE: Pipeline = {
  stages: [...PREPARE, configureStage, packageListStage, fillMirrorStage],
  summarize: summarizeMirror
}
