// The Platform on a GitHub runner: @actions/core for logs, outputs, state and the job
// summary; @actions/cache and @actions/artifact for the services.
import path from 'node:path'
import { ArtifactNotFoundError, DefaultArtifactClient } from '@actions/artifact'
import * as cache from '@actions/cache'
import * as core from '@actions/core'
import * as toolCache from '@actions/tool-cache'
import { errorMessage } from '../util/errors.js'
import { isInside } from '../util/fs.js'
import { safeMessage } from '../util/text.js'
import type {
  ArtifactStore,
  CacheStore,
  Platform,
  Reporter,
  SourceLocation,
  ToolCache
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

const cacheStore: CacheStore = {
  description: 'the GitHub Actions cache',
  async restore(paths, key, restoreKeys) {
    if (!cache.isFeatureAvailable())
      throw new Error('the cache service is not available on this runner')
    return cache.restoreCache(paths, key, restoreKeys)
  },
  async save(paths, key) {
    if (!cache.isFeatureAvailable())
      throw new Error('the cache service is not available on this runner')
    // saveCache logs the service's own reason and returns -1 when the entry was not stored.
    if ((await cache.saveCache(paths, key)) === -1)
      throw new Error('the cache service did not store it (see above)')
  }
}

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
    const { id } = await client.uploadArtifact(name, files, rootDirectory, {
      retentionDays: options.retentionDays,
      compressionLevel: options.compress ? 6 : 0
    })
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
