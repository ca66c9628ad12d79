// The pipeline, as both front-ends run it (entry/action-main.ts on GitHub, entry/cli.ts on a
// terminal): the declared stages of the mode (pipelines.ts), executed by the one runner
// (runner.ts). The post step (post.ts) saves the caches from the state this leaves behind.
import type { Inputs } from '../inputs/schema.js'
import type { Platform } from '../platform/types.js'
import type { RunContext } from '../stages/stage.js'
import { MIRROR_PIPELINE, PIPELINES } from './pipelines.js'
import { runPipeline } from './runner.js'

/** Runs the pipeline of `inputs.mode`; false when the run failed (every failure is reported). */
export async function runMain(
  platform: Platform,
  inputs: Inputs,
  context: RunContext
): Promise<boolean> {
  const { ok } = await runPipeline(PIPELINES[inputs.mode], platform, inputs, context)
  return ok
}

/** The command line's `mirror`: fills context.fillMirror's folder; false when it failed. */
export async function runMirror(
  platform: Platform,
  inputs: Inputs,
  context: RunContext
): Promise<boolean> {
  const { ok } = await runPipeline(MIRROR_PIPELINE, platform, { ...inputs, mode: 'build' }, context)
  return ok
}
