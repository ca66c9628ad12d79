// GitHub front-end, post step: runs after the job's other steps, even when the build failed.
import * as core from '@actions/core'
import { githubPlatform } from '../platform/github.js'
import { runPost } from '../post.js'
import { errorMessage } from '../util/errors.js'
import { handleStopSignals } from '../util/process-groups.js'

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
  // A cache that could not be saved must not turn a green build red.
  core.warning(`Saving the caches failed: ${errorMessage(error)}`)
} finally {
  platform.reporter.flush()
}
