// The one cache layer: every cached thing (dl/, ccache, the images, the SPDX license list, the
// NVD data, the last build's manifest) is restored and saved here, through Platform's
// CacheStore (GitHub's cache service or the local folder store). What it guarantees:
// - the cache mode (off, read-only, read-write) is applied here, once;
// - an entry holds its folders' files and a manifest (size, sha256 and mode of every file);
// - a restore lands in a folder of its own (`.cache-entries/<name>` beside the first folder),
//   is checked against its manifest, and only then moved into place: a failed or damaged
//   entry leaves the folders as they were, is named with what went wrong, and is set aside
//   where the store can (locally); keys are unique per run, so it is never saved over;
// - a save stores only what the run produced or changed (content unchanged since it was
//   restored is not stored again).
// The folder the store sees is always `.cache-entries/<name>`: GitHub's cache versions entries
// by their paths, so entries of this format never mix with those of the format before it.
import fs from 'node:fs'
import path from 'node:path'
import type { CacheMode } from '../inputs/schema.js'
import { CacheEntryError, CacheEntryExistsError, type Platform } from '../platform/types.js'
import { formatBytes } from '../util/format.js'
import { describeSpace, isDiskFull } from '../util/disk.js'
import { errorMessage } from '../util/errors.js'
import { linkTree, moveInto } from '../util/fs.js'
import { withLock } from '../util/lock.js'
import { cancellation, stoppedAtOnceBySignal } from '../util/process-groups.js'
import {
  checkFolder,
  describeFolder,
  describeProblems,
  readManifest,
  sameContent,
  type Manifest
} from './manifest.js'

export interface CacheSpec {
  /** What the log calls it: "dl/", "ccache", "The SPDX license list". */
  label: string
  /** The folders the entry holds, each restored into and saved from as a whole. */
  paths: string[]
  /** The key this run saves under (unique per run). */
  key: string
  /** Key prefixes tried after `key`, best first (the newest entry of the first that matches). */
  restoreKeys: string[]
  /**
   * Keys that start with this hold an entry of the same inputs, a hit (default: the first
   * restore key, else `key`).
   */
  sameInputs?: string
  /** What a failed restore means for the run, e.g. "The build goes on without it (slower)." */
  withoutIt?: string
  /** What a failed save means for the next run. */
  notSaved?: string
}

export type RestoreState = 'off' | 'miss' | 'hit' | 'partial' | 'failed' | 'unavailable'

export interface RestoredCache {
  state: RestoreState
  /** The key the folders came from (hit or partial). */
  matchedKey?: string
  /** One line for the summary: how the restore went. */
  result: string
}

export interface SavedCache {
  name: string
  key?: string
  /** One line for the summary: how the save went. */
  result: string
  size?: number
  saved?: boolean
}

/** What the layer remembers between a restore and the save of the same run. */
interface RestoreRecord {
  key: string
  manifest: Manifest
  /** Files a later check (dl/'s .hash files) found bad and removed. */
  repaired?: string[]
}

const ENTRY_FOLDER = '.cache-entries'
const MANIFEST_FILE = 'manifest.json'
const CONTENT_FOLDER = 'content'
/** How long a restore or save waits for another process using the same entry folder. */
const LOCK_WAIT_MS = 30 * 60 * 1000

/** Where the layer stages an entry of `spec`, and what it keeps about it. */
export function entryFolders(spec: Pick<CacheSpec, 'paths'>): {
  staging: string
  record: string
  lock: string
} {
  const first = path.resolve(spec.paths[0])
  const root = path.join(path.dirname(first), ENTRY_FOLDER)
  const name = path.basename(first)
  return {
    staging: path.join(root, name),
    record: path.join(root, `${name}.restored.json`),
    lock: path.join(root, `${name}.lock`)
  }
}

/**
 * Notes that files restored from the cache were found bad after the restore (and removed):
 * the save then stores a repaired entry, saying which files it replaced.
 */
export function markRepaired(spec: Pick<CacheSpec, 'paths'>, files: string[]): void {
  const { record } = entryFolders(spec)
  if (!fs.existsSync(record)) return
  const restored = JSON.parse(fs.readFileSync(record, 'utf8')) as RestoreRecord
  restored.repaired = [...(restored.repaired ?? []), ...files]
  fs.writeFileSync(record, JSON.stringify(restored))
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`

export class CacheLayer {
  constructor(
    private readonly platform: Platform,
    readonly mode: CacheMode
  ) {}

  /** Whether restores happen (cache: read-only or read-write). */
  get restores(): boolean {
    return this.mode !== 'off'
  }

  /**
   * Whether saves happen: cache: read-write, and the run was not stopped at once by a second
   * signal. Work done only for a save (trimming ccache) asks this first.
   */
  get saves(): boolean {
    return this.mode === 'read-write' && !stoppedAtOnceBySignal()
  }

  /** Why nothing is saved, for the log and the summary. */
  get whyNotSaved(): string {
    return stoppedAtOnceBySignal()
      ? 'not saved: the run was stopped at once (a second stop signal)'
      : `not saved (cache: ${this.mode})`
  }

  private get reporter() {
    return this.platform.reporter
  }

  private get store() {
    return this.platform.cache
  }

  private lock<T>(spec: CacheSpec, work: () => Promise<T>): Promise<T> {
    const { lock } = entryFolders(spec)
    return withLock(
      lock,
      {
        what: `the cache folder of ${spec.label}`,
        wait: LOCK_WAIT_MS,
        onWait: () =>
          this.reporter.info(`${spec.label}: waiting for another run using its cache folder.`),
        onTakeOver: holder =>
          this.reporter.notice(
            `${spec.label}: took over the lock of pid ${holder?.pid ?? '?'}, which is gone (killed before it finished).`
          )
      },
      work
    )
  }

  /**
   * Restores `spec` into its folders: the newest matching entry, checked against its manifest
   * before anything moves into place. Never throws: how it went is reported and returned.
   */
  async restore(spec: CacheSpec): Promise<RestoredCache> {
    const withoutIt = spec.withoutIt ?? 'Starting without it.'
    if (!this.restores) {
      this.reporter.info(`${spec.label}: not restored (cache: off). ${withoutIt}`)
      return { state: 'off', result: 'off' }
    }
    const folders = entryFolders(spec)
    try {
      fs.rmSync(folders.record, { force: true })
      return await this.lock(spec, async () => {
        fs.rmSync(folders.staging, { recursive: true, force: true })
        fs.mkdirSync(folders.staging, { recursive: true })
        try {
          return await this.restoreStaged(spec, folders, withoutIt)
        } finally {
          fs.rmSync(folders.staging, { recursive: true, force: true })
        }
      })
    } catch (error) {
      const reason = errorMessage(error)
      this.reporter.warning(`${spec.label} could not be restored: ${reason}. ${withoutIt}`)
      return { state: 'unavailable', result: `unavailable: ${reason}` }
    }
  }

  private async restoreStaged(
    spec: CacheSpec,
    folders: ReturnType<typeof entryFolders>,
    withoutIt: string
  ): Promise<RestoredCache> {
    let matchedKey: string | undefined
    try {
      matchedKey = await this.store.restore([folders.staging], spec.key, spec.restoreKeys)
    } catch (error) {
      if (error instanceof CacheEntryError)
        return this.failed(spec, error.key, error.reason, withoutIt)
      const reason = errorMessage(error)
      this.reporter.warning(
        `${spec.label} could not be restored from ${this.store.description}: ${reason}. ${withoutIt} The next run tries the cache again.`
      )
      return { state: 'unavailable', result: `unavailable: ${reason}` }
    }
    if (!matchedKey) {
      const prefixes = spec.restoreKeys.length
        ? ` or its prefix ${spec.restoreKeys.join(', ')}`
        : ''
      this.reporter.info(
        `${spec.label}: no cache entry for ${spec.key}${prefixes}; starting empty.`
      )
      return { state: 'miss', result: 'miss' }
    }
    let manifest: Manifest
    try {
      manifest = readManifest(path.join(folders.staging, MANIFEST_FILE))
    } catch (error) {
      return this.failed(spec, matchedKey, errorMessage(error), withoutIt, true)
    }
    const content = path.join(folders.staging, CONTENT_FOLDER)
    // Named as the user knows them: relative to the folder (or, for several, with its name).
    const problems = (await checkFolder(content, manifest)).map(problem => {
      const [index, ...rest] = problem.path.split('/')
      const folder = spec.paths[Number(index)]
      const shown = spec.paths.length === 1 || !folder ? rest : [path.basename(folder), ...rest]
      return { ...problem, path: shown.join('/') || problem.path }
    })
    if (problems.length) {
      return this.failed(
        spec,
        matchedKey,
        `checksum mismatch: ${describeProblems(problems)}`,
        withoutIt,
        true
      )
    }
    // Checked: now, and only now, into place.
    for (const [index, dir] of spec.paths.entries()) {
      const from = path.join(content, String(index))
      if (fs.existsSync(from)) moveInto(from, dir)
      else fs.mkdirSync(dir, { recursive: true })
    }
    const record: RestoreRecord = { key: matchedKey, manifest }
    fs.writeFileSync(folders.record, JSON.stringify(record))
    const exact = matchedKey.startsWith(spec.sameInputs ?? spec.restoreKeys[0] ?? spec.key)
    const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0)
    const match =
      matchedKey === spec.key ? ' (exact match)' : exact ? ' (an entry of the same inputs)' : ''
    this.reporter.info(
      `${spec.label} restored from ${matchedKey}${match}: ${plural(manifest.files.length, 'file')}, ${formatBytes(bytes)}, every sha256 checked.`
    )
    return {
      state: exact ? 'hit' : 'partial',
      matchedKey,
      result: `${exact ? 'hit' : 'restored from'} \`${matchedKey}\``
    }
  }

  /** A found entry that could not be used: said in one line, set aside where the store can. */
  private failed(
    spec: CacheSpec,
    key: string,
    reason: string,
    withoutIt: string,
    checkedHere = false
  ): RestoredCache {
    const aside = checkedHere ? this.store.setAside?.(key, reason) : undefined
    this.reporter.warning(
      `${spec.label}: the cache entry ${key} could not be restored: ${reason}; starting empty (nothing of it was moved into place). ` +
        `${withoutIt} ${aside ?? 'This run saves a new entry when it has one, and later runs restore that instead.'}`
    )
    return { state: 'failed', result: `damaged entry \`${key}\` not used: ${reason}` }
  }

  /**
   * Saves `spec`'s folders under its key, unless the mode forbids it, the run was cancelled,
   * or they hold just what was restored. Never throws: how it went is reported and returned.
   */
  async save(spec: CacheSpec): Promise<SavedCache> {
    const name = spec.label
    if (!this.saves) {
      this.reporter.info(`${name}: ${this.whyNotSaved}.`)
      return { name, key: spec.key, result: this.whyNotSaved }
    }
    const folders = entryFolders(spec)
    try {
      return await this.lock(spec, async () => {
        fs.rmSync(folders.staging, { recursive: true, force: true })
        try {
          return await this.saveStaged(spec, folders)
        } finally {
          fs.rmSync(folders.staging, { recursive: true, force: true })
        }
      })
    } catch (error) {
      return this.saveFailed(spec, folders.staging, error)
    }
  }

  private async saveStaged(
    spec: CacheSpec,
    folders: ReturnType<typeof entryFolders>
  ): Promise<SavedCache> {
    const name = spec.label
    const content = path.join(folders.staging, CONTENT_FOLDER)
    for (const [index, dir] of spec.paths.entries()) {
      const into = path.join(content, String(index))
      if (fs.existsSync(dir)) linkTree(dir, into)
      else fs.mkdirSync(into, { recursive: true })
    }
    const manifest = await describeFolder(content, spec.key)
    const size = manifest.files.reduce((sum, file) => sum + file.bytes, 0)
    const restored = fs.existsSync(folders.record)
      ? (JSON.parse(fs.readFileSync(folders.record, 'utf8')) as RestoreRecord)
      : undefined
    if (restored && sameContent(restored.manifest, manifest)) {
      const why = `not saved: unchanged since it was restored from ${restored.key}`
      this.reporter.info(`${name}: ${why}.`)
      return { name, key: restored.key, result: why, size }
    }
    fs.writeFileSync(path.join(folders.staging, MANIFEST_FILE), JSON.stringify(manifest))
    if (stoppedAtOnceBySignal()) throw new Error('the run was stopped at once')
    const key = await this.store.save([folders.staging], spec.key)
    const repaired = restored?.repaired?.length
      ? `; it replaces ${restored.key}, whose ${restored.repaired.join(', ')} failed ${restored.repaired.length === 1 ? 'its' : 'their'} check`
      : ''
    this.reporter.info(
      `${name} saved as ${key} (${plural(manifest.files.length, 'file')}, ${formatBytes(size)})${repaired}.`
    )
    return { name, key, result: 'saved', size, saved: true }
  }

  private saveFailed(spec: CacheSpec, staging: string, error: unknown): SavedCache {
    const name = spec.label
    let reason = errorMessage(error)
    if (error instanceof CacheEntryExistsError) {
      reason = `an entry with the key ${spec.key} exists already (saved by an earlier attempt or another job)`
    } else if (isDiskFull(error)) {
      const space = describeSpace([
        { name: `the entry being made for ${name}`, dir: staging },
        ...(this.store.archiveDir
          ? [{ name: this.store.description, dir: this.store.archiveDir }]
          : [])
      ])
      reason = `no space left on device (${reason}); free space now: ${space.join('; ')}`
    }
    const stopped = stoppedAtOnceBySignal() ? cancellation() : undefined
    if (stopped) reason = `stopped by ${stopped.signal ?? 'a signal'} (${reason})`
    const next =
      spec.notSaved ?? 'The next run restores the newest entry there is, and saves a new one.'
    this.reporter.warning(
      `${name} could not be saved to ${this.store.description} as ${spec.key}: ${reason}. ${next}`
    )
    return { name, key: spec.key, result: `not saved: ${reason}` }
  }
}
