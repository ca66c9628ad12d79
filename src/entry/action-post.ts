// GitHub front-end, post step: runs after the job's other steps, even when the build failed,
// and saves the caches. A cache that cannot be saved must never turn a green job red: an error
// of the save, or one a library throws late from a stream it left open, is a warning. Once the
// work is done the step exits, whatever handles a library left open (as actions/cache and
// actions/setup-go do in their post steps).
import * as core from '@actions/core'
import { runPost } from '../pipeline/post.js'
import { githubPlatform } from '../platform/github.js'
import { errorMessage } from '../util/errors.js'
import { handleStopSignals } from '../util/process-groups.js'

const late = (error: unknown): void =>
  core.warning(`Saving the caches met an error after its work: ${errorMessage(error)}`)
process.on('uncaughtException', late)
process.on('unhandledRejection', late)

// A cancel while saving kills what this step started at once (ccache's cleanup, the cache
// worker with its tar and zstd) instead of orphaning it, says so, and saves nothing more: the
// runner kills this step 10 s after its first signal.
handleStopSignals(
  signal =>
    core.warning(
      `${signal} received (the workflow was cancelled): the cache save is stopped at once; what was not saved by now is not saved this time.`
    ),
  { atOnce: true }
)
const platform = githubPlatform()
try {
  await runPost(platform)
} catch (error) {
  core.warning(`Saving the caches failed: ${errorMessage(error)}`)
} finally {
  platform.reporter.flush()
}
process.exit(0)
