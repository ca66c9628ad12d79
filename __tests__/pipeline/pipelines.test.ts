// The declared pipelines: which stages each path runs, in which order, what the time limit
// covers, and that every stage finds what it needs from a stage before it.
import { describe, expect, it } from '@jest/globals'
import { MIRROR_PIPELINE, PIPELINES } from '../../src/pipeline/pipelines.js'
import type { Slot, Stage } from '../../src/stages/stage.js'

const titles = (stages: readonly Stage[]) => stages.map(stage => stage.title)
const build = PIPELINES.build.stages
const onHit = build.filter(stage => stage.onImageCacheHit === 'run')

describe('the stage list of each path', () => {
  it('build: prepare, hash the inputs, build, then deliver the images', () => {
    expect(titles(build)).toEqual([
      'Check the output folder',
      'Resolve Buildroot',
      'Apply Buildroot patches',
      'Inputs hash',
      'Restore images',
      'Configure',
      'Read the package list',
      'Check free disk space',
      'Restore caches',
      'Build',
      'Upload the build log',
      'SBOM',
      'Collect images',
      'Save images to the image cache',
      'Smoke test',
      'CVE report',
      'Size against the last build',
      'Upload images',
      'Upload the smoke test console',
      'Keep this build for the size trend'
    ])
  })

  it('image-cache hit: nothing that makes images runs; the restored images are delivered as built ones', () => {
    expect(titles(onHit)).toEqual([
      'Check the output folder',
      'Resolve Buildroot',
      'Apply Buildroot patches',
      'Inputs hash',
      'Restore images',
      'Smoke test',
      'CVE report',
      'Size against the last build',
      'Upload images',
      'Upload the smoke test console',
      'Keep this build for the size trend'
    ])
  })

  it('check: the same preparation, then the five checks, and nothing of build mode', () => {
    expect(titles(PIPELINES.check.stages)).toEqual([
      'Check the output folder',
      'Resolve Buildroot',
      'Apply Buildroot patches',
      'Config files',
      'Buildroot configuration',
      'Kernel configuration',
      'Referenced files and hashes',
      'Download mirror'
    ])
    for (const stage of PIPELINES.check.stages) expect(stage.modes).toContain('check')
    for (const stage of build) expect(stage.modes).toContain('build')
  })
})

describe('the time limit', () => {
  it('covers every stage after the build but the uploads, which run in the reserve it keeps', () => {
    const after = build.slice(titles(build).indexOf('Build') + 1)
    expect(titles(after.filter(stage => stage.inReserve))).toEqual([
      'Upload the build log',
      'Upload images',
      'Upload the smoke test console'
    ])
    expect(after.filter(stage => !stage.inReserve).length).toBeGreaterThanOrEqual(7)
  })

  it('covers every stage before the build and every check', () => {
    const before = build.slice(0, titles(build).indexOf('Build') + 1)
    expect(before.filter(stage => stage.inReserve)).toEqual([])
    expect(PIPELINES.check.stages.filter(stage => stage.inReserve)).toEqual([])
  })
})

/** The slots a path leaves missing for a stage that needs them, by stage. */
function unmetNeeds(stages: readonly Stage[], hit: boolean): Record<string, string[]> {
  const provided = new Set<Slot<unknown>>()
  const unmet: Record<string, string[]> = {}
  for (const stage of stages) {
    const missing = stage.needs.filter(slot => !provided.has(slot)).map(slot => slot.name)
    if (missing.length) unmet[stage.title] = missing
    for (const slot of stage.provides) provided.add(slot)
    if (hit) for (const slot of stage.providesOnImageCacheHit ?? []) provided.add(slot)
  }
  return unmet
}

describe('what each stage needs', () => {
  it('is provided by an earlier stage on every path', () => {
    expect(unmetNeeds(build, false)).toEqual({})
    expect(unmetNeeds(onHit, true)).toEqual({})
    expect(unmetNeeds(PIPELINES.check.stages, false)).toEqual({})
    expect(unmetNeeds(MIRROR_PIPELINE.stages, false)).toEqual({})
  })
})

describe("the command line's mirror", () => {
  it('prepares as a build does up to the package list, then fills the folder, and builds nothing', () => {
    expect(titles(MIRROR_PIPELINE.stages)).toEqual([
      'Check the output folder',
      'Resolve Buildroot',
      'Apply Buildroot patches',
      'Configure',
      'Read the package list',
      'Fill the mirror folder'
    ])
  })
})
