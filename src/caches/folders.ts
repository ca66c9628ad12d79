// Where the cached folders live under the cache root (the same paths restore and save see).
import path from 'node:path'
import type { Target } from '../targets.js'

/** dl/ (shared by the targets of one cache root) and a target's ccache. */
export function cacheFolders(
  cacheRoot: string,
  target: Target
): { dlDir: string; ccacheDir: string } {
  return { dlDir: path.join(cacheRoot, 'dl'), ccacheDir: path.join(cacheRoot, `ccache-${target}`) }
}
