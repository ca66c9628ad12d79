// The Platform on a GitHub runner: @actions/core for logs, outputs, state and the job
// summary; @actions/cache and @actions/artifact for the services.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ArtifactNotFoundError, DefaultArtifactClient } from '@actions/artifact'
import * as core from '@actions/core'
import * as toolCache from '@actions/tool-cache'
import { errorMessage } from '../util/errors.js'
import { isInside } from '../util/fs.js'
import { LineSplitter } from '../util/lines.js'
import { cancellation, trackProcessGroup } from '../util/process-groups.js'
import {
  attemptsOf,
  isTransientServiceError,
  SERVICE_RETRIES,
  triedTimes,
  withRetries,
  type RetryPolicy
} from '../util/retry.js'
import { safeMessage } from '../util/text.js'
import {
  parseCommandLine,
  type CacheWorkerReply,
  type CacheWorkerRequest
} from './github-cache-protocol.js'
import {
  CacheEntryError,
  CacheEntryExistsError,
  type ArtifactStore,
  type CacheStore,
  type Platform,
  type Reporter,
  type SourceLocation,
  type ToolCache
} from './types.js'

/**
 * Annotations link to a file of the repository by its path from the checkout's root: a file in
 * GITHUB_WORKSPACE is given that way, anything else (the action's own configs) as it is.
 */
export function annotationFile(file: string, workspace = process.env.GITHUB_WORKSPACE): string {
  if (!workspace || !path.isAbsolute(file) || !isInside(workspace, file)) return file
  return path.relative(workspace, file)
}

const properties = (at?: SourceLocation): core.AnnotationProperties | undefined =>
  at ? { file: annotationFile(at.file), startLine: at.line, title: at.title } : undefined

/** GitHub shows at most 10 error, 10 warning and 10 notice annotations per step. */
export const ANNOTATIONS_PER_STEP = 10

type Level = 'error' | 'warning' | 'notice'
const annotate: Record<Level, (message: string, props?: core.AnnotationProperties) => void> = {
  error: core.error,
  warning: core.warning,
  notice: core.notice
}

/**
 * Annotations past GitHub's limit would vanish from the run page, so the last annotation slot
 * of each level is kept for a line that says how many more there are; those are printed as
 * plain log lines with their file and line, where they stay readable.
 */
export function annotationReporter(): Reporter & { flush(): void } {
  const counts: Record<Level, number> = { error: 0, warning: 0, notice: 0 }
  const overflow: Record<Level, number> = { error: 0, warning: 0, notice: 0 }
  const emit = (level: Level) => (raw: string, at?: SourceLocation) => {
    const message = safeMessage(raw)
    if (counts[level] < ANNOTATIONS_PER_STEP - 1) {
      counts[level] += 1
      annotate[level](message, properties(at))
      return
    }
    overflow[level] += 1
    const where = at ? `${at.file}${at.line ? `:${at.line}` : ''}: ` : ''
    core.info(`${where}${level}: ${message}`)
  }
  return {
    info: message => core.info(safeMessage(message)),
    notice: emit('notice'),
    warning: emit('warning'),
    error: emit('error'),
    startGroup: title => core.startGroup(safeMessage(title)),
    endGroup: () => core.endGroup(),
    flush() {
      for (const level of Object.keys(overflow) as Level[]) {
        if (overflow[level]) {
          annotate[level](
            `${overflow[level]} more ${level}${overflow[level] > 1 ? 's' : ''} than GitHub shows as annotations: they are in this step's log, each with its file and line.`
          )
          overflow[level] = 0
        }
      }
    }
  }
}

/** The worker that runs each @actions/cache call (bundled beside this step's own bundle). */
const cacheWorkerScript = (): string =>
  path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'cache-worker', 'index.js')

/** A failure of the cache service (not of the entry), kept apart for the retries. */
class CacheServiceError extends Error {
  constructor(
    message: string,
    readonly reply?: CacheWorkerReply
  ) {
    super(message)
    this.name = 'CacheServiceError'
  }
}

/** Writes one line the library printed: its annotations become plain log lines (ours say what it means). */
function relayLibraryLine(line: string): void {
  const { command, text } = parseCommandLine(line)
  if (command === 'warning' || command === 'error' || command === 'notice') {
    core.info(`@actions/cache ${command}: ${text}`)
  } else {
    process.stdout.write(`${line}\n`)
  }
}

/**
 * Runs one request in the cache worker, a process group of its own (stopped by a cancel with
 * everything else this step started), and returns its reply.
 */
function runCacheWorker(request: CacheWorkerRequest): Promise<CacheWorkerReply> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cacheWorkerScript()], {
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      detached: true
    })
    const untrack = trackProcessGroup(child)
    let reply: CacheWorkerReply | undefined
    const stderr: string[] = []
    const out = new LineSplitter((buffer, start, end) =>
      relayLibraryLine(buffer.toString('utf8', start, end))
    )
    const err = new LineSplitter((buffer, start, end) => {
      const line = buffer.toString('utf8', start, end)
      stderr.push(line)
      process.stderr.write(`${line}\n`)
    })
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('message', message => (reply = message as CacheWorkerReply))
    child.on('error', error => {
      untrack()
      reject(new CacheServiceError(`could not start the cache worker: ${error.message}`))
    })
    child.on('close', (code, signal) => {
      untrack()
      out.end()
      err.end()
      if (reply) return resolve(reply)
      const stopped = cancellation()
      reject(
        new CacheServiceError(
          stopped
            ? `stopped by the cancel (${stopped.signal ?? stopped.reason})`
            : `the cache worker ended with ${signal ?? `exit code ${code}`} before answering${stderr.length ? `: ${stderr.slice(-5).join(' ')}` : ''}`
        )
      )
    })
    child.send(request)
  })
}

const retryNote = (error: unknown, attempt: number, delayMs: number, what: string): void =>
  core.info(
    `${what} failed (${errorMessage(error)}); trying again in ${Math.round(delayMs / 1000)} s (try ${attempt + 1} of ${SERVICE_RETRIES.attempts}).`
  )

/**
 * Once the cache service failed a call through all its retries, the step's later calls are
 * tried once each: a service that is down costs a step one round of waiting, not one per cache.
 */
let cacheServiceDown = false
function cacheRetries(): RetryPolicy {
  return cacheServiceDown ? { ...SERVICE_RETRIES, attempts: 1 } : SERVICE_RETRIES
}
function noteServiceDown(error: unknown): void {
  if (cacheServiceDown || !isTransientServiceError(error) || attemptsOf(error) < 2) return
  cacheServiceDown = true
  core.info('The cache service kept failing: the other cache calls of this step are tried once.')
}

/**
 * GitHub's cache service through @actions/cache, in a worker process per call. The library
 * retries some service errors itself (its twirp client: 5xx; Azure's blob client: 500, 503 and
 * connection resets); a 429, a reset connection to the service, or a failed download it does
 * not retry: those are retried here, with backoff.
 */
const cacheStore: CacheStore = {
  description: 'the GitHub Actions cache',
  // @actions/cache makes its archive in a folder of its own under RUNNER_TEMP.
  get archiveDir() {
    return process.env.RUNNER_TEMP
  },
  async restore(paths, key, restoreKeys) {
    let found: string | undefined
    try {
      return await withRetries(
        async () => {
          const reply = await runCacheWorker({ op: 'restore', paths, key, restoreKeys })
          switch (reply.status) {
            case 'miss':
              return undefined
            case 'restored':
              return reply.key
            case 'failed':
              found = reply.key
              throw new CacheServiceError(reply.reason, reply)
            case 'unavailable':
            case 'error':
              throw new CacheServiceError(reply.reason, reply)
            default:
              throw new CacheServiceError(`unexpected reply ${JSON.stringify(reply)}`)
          }
        },
        {
          policy: cacheRetries(),
          isTransient: isTransientServiceError,
          onRetry: (error, attempt, delay) => retryNote(error, attempt, delay, 'The cache restore')
        }
      )
    } catch (error) {
      // An entry was found but did not arrive whole: that entry, and why.
      if (!found) noteServiceDown(error)
      if (found) throw new CacheEntryError(found, `${errorMessage(error)}${triedTimes(error)}`)
      throw new Error(`${errorMessage(error)}${triedTimes(error)}`, { cause: error })
    }
  },
  async save(paths, key) {
    // A key the service reserved before an upload or finalize failed stays taken: a retry
    // after that goes under the key with a suffix (restores match keys by prefix).
    let retryKey = key
    try {
      return await withRetries(
        async attempt => {
          const reply = await runCacheWorker({ op: 'save', paths, key: retryKey })
          if (reply.status === 'saved') return retryKey
          if (reply.status === 'save-failed') {
            if (reply.exists) throw new CacheEntryExistsError(retryKey)
            if (reply.step === 'upload' || reply.step === 'finalize')
              retryKey = `${key}-retry${attempt + 1}`
            throw new CacheServiceError(reply.reason, reply)
          }
          throw new CacheServiceError(
            reply.status === 'unavailable' || reply.status === 'error'
              ? reply.reason
              : `unexpected reply ${JSON.stringify(reply)}`,
            reply
          )
        },
        {
          policy: cacheRetries(),
          isTransient: isTransientServiceError,
          onRetry: (error, attempt, delay) => retryNote(error, attempt, delay, 'The cache save')
        }
      )
    } catch (error) {
      if (error instanceof CacheEntryExistsError) throw error
      noteServiceDown(error)
      throw new Error(`${errorMessage(error)}${triedTimes(error)}`, { cause: error })
    }
  }
}

/**
 * GitHub's artifact service through @actions/artifact. Its twirp client retries 429 and 5xx
 * itself, Azure's blob client 500, 503 and resets; a 429, 502 or 504 on a block, or a reset
 * connection to the service, fails the upload there: retried here with backoff, as the
 * artifact is what the run is for.
 */
const artifactStore: ArtifactStore = {
  description: 'GitHub Actions artifacts',
  async upload(name, files, rootDirectory, options) {
    const client = new DefaultArtifactClient()
    // Names are unique per run, so a re-run attempt meets the artifact its earlier attempt
    // uploaded: replace it, as upload-artifact's `overwrite` would. In a first attempt a taken
    // name is a naming mistake (two jobs, one name) and stays an error.
    if (Number(process.env.GITHUB_RUN_ATTEMPT ?? '1') > 1) {
      try {
        await client.deleteArtifact(name)
        core.info(`Replaced the artifact ${name} that an earlier attempt of this run uploaded.`)
      } catch (error) {
        if (!(error instanceof ArtifactNotFoundError)) throw error
      }
    }
    let id: number | undefined
    try {
      ;({ id } = await withRetries(
        () =>
          client.uploadArtifact(name, files, rootDirectory, {
            retentionDays: options.retentionDays,
            compressionLevel: options.compress ? 6 : 0
          }),
        {
          isTransient: isTransientServiceError,
          onRetry: (error, attempt, delay) =>
            retryNote(error, attempt, delay, `Uploading the artifact ${name}`)
        }
      ))
    } catch (error) {
      throw new Error(`${errorMessage(error)}${triedTimes(error)}`, { cause: error })
    }
    const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env
    const url =
      id !== undefined && GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID
        ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}/artifacts/${id}`
        : undefined
    return { id, url }
  }
}

/**
 * GitHub drops a step's whole summary when it is larger than 1 MiB ("$GITHUB_STEP_SUMMARY upload
 * aborted, supports content up to a size of 1024k"), so what one step writes is kept below that.
 */
export const STEP_SUMMARY_LIMIT = 1024 * 1024

export function summaryBudget(limit = STEP_SUMMARY_LIMIT - 16 * 1024): {
  take(markdown: string): string
} {
  let used = 0
  let full = false
  return {
    take(markdown) {
      if (full) return ''
      const bytes = Buffer.byteLength(markdown) + 1
      if (used + bytes <= limit) {
        used += bytes
        return markdown
      }
      full = true
      const note =
        '\n\n_The rest of this summary was left out: GitHub takes at most 1 MiB per step. The step log has everything._\n'
      let cut = markdown.slice(0, Math.max(0, limit - used - note.length))
      while (Buffer.byteLength(cut) + note.length > limit - used) cut = cut.slice(0, -1024)
      used = limit
      return `${cut}${note}`
    }
  }
}

export function githubPlatform(): Platform & { reporter: ReturnType<typeof annotationReporter> } {
  const required = (name: string): string => {
    const value = process.env[name]
    if (!value)
      throw new Error(`${name} is not set: this entry point runs on a GitHub Actions runner`)
    return value
  }
  const summary = summaryBudget()
  return {
    reporter: annotationReporter(),
    cache: cacheStore,
    artifacts: artifactStore,
    setOutput: (name, value) => core.setOutput(name, value),
    saveState: (name, value) => core.saveState(name, value),
    getState: name => core.getState(name),
    async writeSummary(markdown) {
      try {
        const text = summary.take(markdown)
        if (text) await core.summary.addRaw(text, true).write()
      } catch (error) {
        core.warning(`The job summary could not be written: ${errorMessage(error)}`)
      }
    },
    tempDir: required('RUNNER_TEMP'),
    tools: runnerToolCache(required('RUNNER_TOOL_CACHE'))
  }
}

/** tool-cache wants semver: 2025.02.16 → 2025.2.16, 2025.02 → 2025.2.0, 2025.02-rc1 → 2025.2.0-rc1. */
export function toolCacheVersion(version: string): string {
  const match = /^(\d{4})\.(\d{2})(?:\.(\d+))?(-rc\d+)?$/.exec(version)
  if (!match) return version
  return `${match[1]}.${Number(match[2])}.${Number(match[3] ?? 0)}${match[4] ?? ''}`
}

/** The runner's tool cache, through @actions/tool-cache (it reads RUNNER_TOOL_CACHE and RUNNER_TEMP). */
export function runnerToolCache(dir: string): ToolCache {
  return {
    dir,
    find: (name, version) => toolCache.find(name, toolCacheVersion(version)) || undefined,
    download: (url, destination) => toolCache.downloadTool(url, destination),
    extractTarXz: file => toolCache.extractTar(file, undefined, 'xJ'),
    keep: (source, name, version) => toolCache.cacheDir(source, name, toolCacheVersion(version))
  }
}
