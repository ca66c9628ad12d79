// One @actions/cache call, in a process of its own (bundled as dist/cache-worker/index.js),
// for the GitHub cache store in github.ts. Why a process: the library runs tar and zstd as
// children of whatever process calls it, and nothing stops them when that process is killed
// (the runner's SIGKILL of a cancelled post step left them writing). This process leads a
// process group that holds them: the step stops the group on a cancel, and when the step
// itself dies, this process sees its parent change and kills its own group.
// The library also reports a failed restore as a miss and a failed save as -1, with the reason
// only in its log lines; those lines are read here and handed back as a reason.
import * as cache from '@actions/cache'
import {
  readLibraryLines,
  type CacheWorkerReply,
  type CacheWorkerRequest
} from './github-cache-protocol.js'

const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent) process.kill(-process.pid, 'SIGKILL')
}, 200).unref()

/** Every line the library writes while `work` runs (they still go to stdout). */
async function capturing<T>(work: () => Promise<T>): Promise<{ value: T; lines: string[] }> {
  const lines: string[] = []
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    lines.push(...String(chunk).split('\n').filter(Boolean))
    return write(chunk, ...rest)
  }) as typeof process.stdout.write
  try {
    return { value: await work(), lines }
  } finally {
    process.stdout.write = write
  }
}

async function restore(request: Extract<CacheWorkerRequest, { op: 'restore' }>) {
  const { paths, key, restoreKeys } = request
  // Which entry there is, first: then a failed restore is told from a miss.
  const lookup = await capturing(() =>
    cache.restoreCache(paths, key, restoreKeys, { lookupOnly: true })
  )
  const lookedUp = readLibraryLines(lookup.lines)
  if (!lookup.value) {
    return lookedUp.failure
      ? ({ status: 'unavailable', reason: lookedUp.failure } as const)
      : ({ status: 'miss' } as const)
  }
  const found = lookup.value
  const restored = await capturing(() => cache.restoreCache(paths, found, []))
  if (restored.value) return { status: 'restored', key: restored.value } as const
  const reason =
    readLibraryLines(restored.lines).failure ??
    'the cache service did not hand it out a second time'
  return { status: 'failed', key: found, reason } as const
}

async function save(request: Extract<CacheWorkerRequest, { op: 'save' }>) {
  const saved = await capturing(() => cache.saveCache(request.paths, request.key))
  if (saved.value !== -1) return { status: 'saved', id: saved.value } as const
  const read = readLibraryLines(saved.lines)
  return {
    status: 'save-failed',
    step: read.step,
    reason: read.failure ?? 'the cache service did not store it',
    exists: read.exists
  } as const
}

process.once('message', (request: CacheWorkerRequest) => {
  const work = async (): Promise<CacheWorkerReply> => {
    if (!cache.isFeatureAvailable()) {
      return { status: 'unavailable', reason: 'the cache service is not available on this runner' }
    }
    try {
      return request.op === 'restore' ? await restore(request) : await save(request)
    } catch (error) {
      return { status: 'error', reason: error instanceof Error ? error.message : String(error) }
    }
  }
  void work().then(reply => process.send?.(reply, () => process.disconnect()))
})
