// GitHub front-end, post step: runs after the job's other steps, even when the build failed.
import * as core from '@actions/core'
import { githubPlatform } from '../platform/github.js'
import { runPost } from '../post.js'
import { errorMessage } from '../util/errors.js'
import { handleStopSignals } from '../util/process-groups.js'

// A cancel while saving stops what this step started (ccache's cleanup, the cache worker with
// its tar and zstd) instead of orphaning it, and says so.
handleStopSignals((signal, first) =>
  core.warning(
    first
      ? `${signal} received (the workflow was cancelled): stopping the cache save; what is not saved by now is not saved this time.`
      : `${signal} received again: everything this step started is killed at once.`
  )
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
