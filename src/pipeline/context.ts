// The run context, built once from what the front-end knows and the environment both front-ends
// read the same way.
import path from 'node:path'
import type { RunContext } from '../stages/stage.js'

export interface FrontEndFacts {
  actionRoot: string
  cacheRoot: string
  runId: string
  startedAt: number
  startedFrom: string
  defaultTimeLimitSeconds?: number
  /** Wait for another run using output-dir or the cache folder, instead of failing (CLI --wait). */
  waitForFolders?: boolean
  runner?: RunContext['runner']
  fillMirror?: RunContext['fillMirror']
}

export function runContext(front: FrontEndFacts, env: NodeJS.ProcessEnv = process.env): RunContext {
  return {
    ...front,
    ownExternalTree: path.join(front.actionRoot, 'configs', 'external'),
    ownPatchSeries: path.join(front.actionRoot, 'configs', 'buildroot-patches'),
    ownRuntimeDir: path.join(front.actionRoot, 'configs', 'runtime'),
    mirror: env.BUILDROOT_K8S_MIRROR || undefined,
    spaceNeeded: env.BUILDROOT_K8S_SPACE_CHECK === 'off' ? false : undefined,
    nvdUrl: env.BUILDROOT_K8S_NVD_URL || undefined,
    runnerRoot: env.BUILDROOT_K8S_RUNNER_ROOT || undefined,
    env
  }
}
