// The Platform on a developer's machine: plain terminal output, and local folders in place
// of GitHub's cache and artifact services. The cache keeps GitHub's rules (exact key first,
// then the newest entry whose key starts with a restore key; entries are never overwritten;
// a different path list is a different entry), so a local run behaves like a CI run.
import fs from 'node:fs'
import path from 'node:path'
import { capture } from '../util/run.js'
import { formatBytes } from '../util/format.js'
import { errorMessage, UserError } from '../util/errors.js'
import { directorySize, isInside, whyNotWritable } from '../util/fs.js'
import { quote, safeMessage, tableCell } from '../util/text.js'
import { claimFolder, type FolderMarker } from '../util/places.js'
import { localToolCache } from './local-tools.js'
import type { ArtifactStore, CacheStore, Platform, Reporter, SourceLocation } from './types.js'

const where = (at?: SourceLocation): string =>
  at ? `${at.file}${at.line ? `:${at.line}` : ''}: ` : ''

export function terminalReporter(
  write: (line: string) => void = line => process.stderr.write(`${line}\n`)
): Reporter {
  return {
    info: message => write(safeMessage(message)),
    notice: (message, at) => write(`${where(at)}notice: ${safeMessage(message)}`),
    warning: (message, at) => write(`${where(at)}warning: ${safeMessage(message)}`),
    error: (message, at) => write(`${where(at)}error: ${safeMessage(message)}`),
    startGroup: title => write(`\n== ${safeMessage(title)}`),
    endGroup: () => undefined
  }
}

interface EntryMeta {
  key: string
  paths: string[]
  created: number
}

/** How large and how old the local cache may grow; see LocalCacheStore.prune. */
export interface CacheLimits {
  /** Bytes all entries may take together. */
  maxBytes: number
  /** Entries not used (saved or restored) for this many days are removed. */
  maxAgeDays: number
}

/**
 * GitHub's cache holds 10 GB per repository; the same budget locally keeps the newest ccache of
 * both targets (3G each by default) and a dl/ (about 1-2 GB), and shows locally what fits in CI.
 */
export const DEFAULT_CACHE_LIMITS: CacheLimits = { maxBytes: 10 * 1024 ** 3, maxAgeDays: 30 }

/** Folder names inside the cache root that are not entries. */
const PARTIAL = /\.partial-(\d+)$/
const SET_ASIDE = '.corrupt'

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Moves everything in `from` into `to`, replacing what has the same name; removes `from`. */
function mergeInto(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true })
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    const existing = fs.lstatSync(target, { throwIfNoEntry: false })
    if (entry.isDirectory() && existing?.isDirectory()) {
      mergeInto(source, target)
      continue
    }
    if (existing) fs.rmSync(target, { recursive: true, force: true })
    fs.renameSync(source, target)
  }
  fs.rmSync(from, { recursive: true, force: true })
}

export class LocalCacheStore implements CacheStore {
  readonly description: string
  constructor(
    private readonly root: string,
    private readonly limits: CacheLimits = DEFAULT_CACHE_LIMITS,
    /** Where the store says what it repaired (a corrupt entry set aside, entries pruned). */
    private readonly say: (message: string) => void = () => undefined
  ) {
    this.description = `the local cache in ${root}`
  }

  private entryDir(key: string): string {
    return path.join(this.root, encodeURIComponent(key))
  }

  private entries(paths?: string[]): (EntryMeta & { dir: string })[] {
    if (!fs.existsSync(this.root)) return []
    const found: (EntryMeta & { dir: string })[] = []
    for (const name of fs.readdirSync(this.root)) {
      const dir = path.join(this.root, name)
      const metaFile = path.join(dir, 'entry.json')
      if (name.startsWith('.') || PARTIAL.test(name) || !fs.existsSync(metaFile)) continue
      try {
        const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as EntryMeta
        if (!paths || JSON.stringify(meta.paths) === JSON.stringify(paths))
          found.push({ ...meta, dir })
      } catch {
        this.setAside(dir, 'its entry.json cannot be read')
      }
    }
    return found
  }

  /**
   * Saves that stopped half-way (the process was killed) leave `<entry>.partial-<pid>`:
   * removed here once that process is gone.
   */
  removeAbandonedSaves(): void {
    if (!fs.existsSync(this.root)) return
    for (const name of fs.readdirSync(this.root)) {
      const pid = PARTIAL.exec(name)?.[1]
      if (pid && !processAlive(Number(pid))) {
        fs.rmSync(path.join(this.root, name), { recursive: true, force: true })
      }
    }
  }

  /** Moves an entry that cannot be used out of the way, keeping it for a look; never restored. */
  private setAside(dir: string, why: string): void {
    const asideRoot = path.join(this.root, SET_ASIDE)
    fs.mkdirSync(asideRoot, { recursive: true })
    const aside = path.join(asideRoot, `${path.basename(dir)}-${Date.now()}`)
    fs.renameSync(dir, aside)
    this.say(
      `The local cache entry ${path.basename(dir)} is corrupt (${why}): set aside in ${aside}.`
    )
  }

  async restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined> {
    this.removeAbandonedSaves()
    const entries = this.entries(paths)
    const newestFirst = (list: typeof entries) => [...list].sort((a, b) => b.created - a.created)
    // GitHub's order: the exact key, then the newest entry of each restore-key prefix; here an
    // entry that fails to extract is set aside and the next one is tried.
    const candidates = [
      ...entries.filter(entry => entry.key === key),
      ...restoreKeys.flatMap(prefix =>
        newestFirst(entries.filter(entry => entry.key.startsWith(prefix) && entry.key !== key))
      )
    ].filter((entry, index, all) => all.indexOf(entry) === index)
    for (const entry of candidates) {
      if (await this.extract(entry, paths)) return entry.key
    }
    return undefined
  }

  /**
   * Extracts every tar of an entry into a folder beside its destination, and moves the files
   * into place only when all of them extracted: a truncated entry never overwrites good work.
   */
  private async extract(entry: EntryMeta & { dir: string }, paths: string[]): Promise<boolean> {
    const staged: string[] = []
    try {
      for (const [index, dir] of paths.entries()) {
        const staging = `${dir}.restore-${process.pid}`
        fs.rmSync(staging, { recursive: true, force: true })
        fs.mkdirSync(staging, { recursive: true })
        staged.push(staging)
        await capture('tar', ['-xf', path.join(entry.dir, `${index}.tar`), '-C', staging])
      }
    } catch (error) {
      for (const staging of staged) fs.rmSync(staging, { recursive: true, force: true })
      if (fs.existsSync(entry.dir)) {
        this.setAside(entry.dir, tableCell(errorMessage(error)))
      }
      return false
    }
    for (const [index, dir] of paths.entries()) mergeInto(staged[index], dir)
    const now = new Date()
    fs.utimesSync(path.join(entry.dir, 'entry.json'), now, now)
    return true
  }

  async save(paths: string[], key: string): Promise<void> {
    this.removeAbandonedSaves()
    const dir = this.entryDir(key)
    if (fs.existsSync(dir)) throw new Error(`an entry with the key ${key} already exists`)
    const staging = `${dir}.partial-${process.pid}`
    fs.rmSync(staging, { recursive: true, force: true })
    fs.mkdirSync(staging, { recursive: true })
    try {
      for (const [index, source] of paths.entries()) {
        await capture('tar', ['-cf', path.join(staging, `${index}.tar`), '-C', source, '.'])
      }
      const meta: EntryMeta = { key, paths, created: Date.now() }
      fs.writeFileSync(path.join(staging, 'entry.json'), JSON.stringify(meta))
      fs.renameSync(staging, dir)
    } finally {
      // A save that failed or was interrupted (tar killed by a cancel, a full disk) leaves nothing.
      fs.rmSync(staging, { recursive: true, force: true })
    }
    this.prune(dir)
  }

  /**
   * Keeps the cache within its limits: removes what was not used for maxAgeDays, then the least
   * recently used entries until the rest fits maxBytes. The entry just saved is always kept.
   */
  prune(keep?: string): void {
    const cutoff = Date.now() - this.limits.maxAgeDays * 24 * 3600 * 1000
    const aside = path.join(this.root, SET_ASIDE)
    const all = [
      ...this.entries().map(entry => entry.dir),
      ...(fs.existsSync(aside) ? fs.readdirSync(aside).map(name => path.join(aside, name)) : [])
    ].map(dir => {
      const meta = path.join(dir, 'entry.json')
      const used = fs.existsSync(meta) ? fs.statSync(meta).mtimeMs : fs.statSync(dir).mtimeMs
      return { dir, used, bytes: directorySize(dir), setAside: dir.startsWith(aside) }
    })
    // Set-aside entries go first, then the least recently used.
    all.sort((a, b) => Number(b.setAside) - Number(a.setAside) || a.used - b.used)
    let total = all.reduce((sum, entry) => sum + entry.bytes, 0)
    const removed: string[] = []
    for (const entry of all) {
      if (entry.dir === keep) continue
      if (entry.used >= cutoff && total <= this.limits.maxBytes) continue
      fs.rmSync(entry.dir, { recursive: true, force: true })
      total -= entry.bytes
      removed.push(decodeURIComponent(path.basename(entry.dir)))
    }
    if (removed.length) {
      this.say(
        `The local cache was pruned to ${formatBytes(this.limits.maxBytes)} and ${this.limits.maxAgeDays} days of use: removed ${removed.join(', ')}; ${formatBytes(total)} remain.`
      )
    }
  }
}

/**
 * The cache folder's marker: what makes a folder this program's cache. Folders made before it
 * existed hold only what a cache folder holds.
 */
export const CACHE_MARKER: FolderMarker = {
  file: '.buildroot-k8s-cache',
  what: 'the cache folder',
  madeBefore: (names: string[]) =>
    names.every(name => ['entries', 'work', 'tools', 'output', 'tmp'].includes(name))
}

/**
 * The file in the artifacts folder that marks it as this program's and names the folders it
 * wrote. Folders made before it existed hold only artifact folders of this program's names.
 */
export const ARTIFACTS_MARKER: FolderMarker = {
  file: '.buildroot-k8s-artifacts',
  what: 'the artifacts folder',
  madeBefore: names => names.every(name => name.startsWith('buildroot-k8s'))
}
const WRITTEN_LIST = ARTIFACTS_MARKER.file

export class LocalArtifactStore implements ArtifactStore {
  readonly description: string
  constructor(private readonly root: string) {
    this.description = `the local folder ${root}`
  }

  async upload(
    name: string,
    files: string[],
    rootDirectory: string
  ): Promise<{ location: string }> {
    // The folder is replaced whole, so it must be a folder of its own inside the root: a name
    // such as "..", "." or "a/../.." would replace the root's parent, the root, or anything.
    const destination = path.resolve(this.root, name)
    if (
      path.dirname(destination) !== path.resolve(this.root) ||
      path.basename(destination) !== name
    ) {
      throw new Error(
        `the artifact name ${quote(name)} does not name a folder directly inside ${this.root}; nothing was written`
      )
    }
    const refused = claimFolder(this.root, ARTIFACTS_MARKER)
    if (refused) throw new UserError(`The artifacts could not be copied: ${refused}.`)
    // Only a folder this store wrote may be replaced: the root keeps their names.
    const written = path.join(this.root, WRITTEN_LIST)
    const ours = fs.existsSync(written)
      ? fs
          .readFileSync(written, 'utf8')
          .split('\n')
          .filter(line => line && !line.startsWith('#'))
      : []
    if (fs.existsSync(destination) && !ours.includes(name)) {
      throw new UserError(
        `${destination} already exists, and this program did not write it: nothing was copied there. Move it away yourself, or choose another --artifacts-dir or --artifact-name.`
      )
    }
    // Copied into a folder beside it and moved into place whole: a failed copy leaves nothing.
    const staging = `${destination}.partial-${process.pid}`
    fs.rmSync(staging, { recursive: true, force: true })
    try {
      for (const file of files) {
        const target = path.join(staging, path.relative(rootDirectory, file))
        if (!isInside(staging, target) || target === staging) {
          throw new Error(`${file} is not inside ${rootDirectory}, the folder being uploaded`)
        }
        fs.mkdirSync(path.dirname(target), { recursive: true })
        fs.copyFileSync(file, target)
      }
      if (!ours.includes(name)) fs.appendFileSync(written, `${name}\n`)
      fs.rmSync(destination, { recursive: true, force: true })
      fs.renameSync(staging, destination)
    } finally {
      fs.rmSync(staging, { recursive: true, force: true })
    }
    return { location: destination }
  }
}

export interface LocalPlatformOptions {
  cacheDir: string
  artifactsDir: string
  /** The run's summary: written afresh by each run (main and post sections together). */
  summaryFile: string
  reporter?: Reporter
  cacheLimits?: CacheLimits
}

export function localPlatform(
  options: LocalPlatformOptions
): Platform & { outputs: Map<string, string>; summaryWritten(): boolean } {
  const state = new Map<string, string>()
  const outputs = new Map<string, string>()
  const reporter = options.reporter ?? terminalReporter()
  let summaryStarted = false
  let summaryFailed = false
  return {
    reporter,
    cache: new LocalCacheStore(
      path.join(options.cacheDir, 'entries'),
      options.cacheLimits ?? DEFAULT_CACHE_LIMITS,
      message => reporter.info(message)
    ),
    artifacts: new LocalArtifactStore(options.artifactsDir),
    outputs,
    setOutput: (name, value) => outputs.set(name, value),
    saveState: (name, value) => state.set(name, value),
    getState: name => state.get(name) ?? '',
    async writeSummary(markdown) {
      if (summaryFailed) return
      try {
        fs.mkdirSync(path.dirname(options.summaryFile), { recursive: true })
        // One summary per run: the run's first section replaces what an earlier run wrote.
        if (summaryStarted) fs.appendFileSync(options.summaryFile, `${markdown}\n`)
        else fs.writeFileSync(options.summaryFile, `${markdown}\n`)
        summaryStarted = true
      } catch (error) {
        summaryFailed = true
        const why = whyNotWritable(path.dirname(options.summaryFile)) ?? error
        reporter.warning(
          `The summary could not be written to ${options.summaryFile}: ${errorMessage(why)}`
        )
      }
    },
    summaryWritten: () => summaryStarted,
    tempDir: path.join(options.cacheDir, 'tmp'),
    tools: localToolCache(path.join(options.cacheDir, 'tools'))
  }
}
