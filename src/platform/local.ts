// The Platform on a developer's machine: plain terminal output, and local folders in place
// of GitHub's cache and artifact services. The cache keeps GitHub's rules (exact key first,
// then the newest entry whose key starts with a restore key; entries are never overwritten;
// a different path list is a different entry), so a local run behaves like a CI run.
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { capture } from '../util/run.js'
import { formatBytes } from '../util/format.js'
import { errorMessage, UserError } from '../util/errors.js'
import { directorySize, isInside, linkTree, moveInto, whyNotWritable } from '../util/fs.js'
import { sha256File } from '../util/hash.js'
import { describeHolder, withLock } from '../util/lock.js'
import { claimFolder, type FolderMarker } from '../util/places.js'
import { cancellation, tiedToThisProcess, trackProcessGroup } from '../util/process-groups.js'
import { quote, safeMessage, tableCell } from '../util/text.js'
import { localToolCache } from './local-tools.js'
import {
  CacheEntryExistsError,
  type ArtifactStore,
  type CacheStore,
  type Platform,
  type Reporter,
  type SourceLocation
} from './types.js'

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

/** entry.json: what an entry is, and the size and sha256 of each of its archives. */
interface EntryMeta {
  format: typeof ENTRY_FORMAT
  key: string
  paths: string[]
  created: number
  /** `<index>.tar` for each path, in order. */
  archives: { file: string; bytes: number; sha256: string }[]
}

const ENTRY_FORMAT = 'buildroot-k8s-local-cache/2'

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

/** Names inside the cache root that are not entries: a save or a read of a process, by pid. */
const PARTIAL = /\.(?:partial|reading)-(\d+)$/
const SET_ASIDE = '.corrupt'
const STORE_LOCK = '.lock'
/** How long a run waits for another run's save or prune to finish. */
const STORE_LOCK_WAIT_MS = 30 * 60 * 1000

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Whether `meta` is an entry.json of this format, with its archives listed. */
function validMeta(meta: Partial<EntryMeta>, dir: string): string | undefined {
  if (meta.format !== ENTRY_FORMAT) return `its entry.json is not of the format ${ENTRY_FORMAT}`
  if (typeof meta.key !== 'string' || decodeURIComponent(path.basename(dir)) !== meta.key) {
    return 'its entry.json names another key'
  }
  if (!Array.isArray(meta.paths) || !Array.isArray(meta.archives)) {
    return 'its entry.json lists no archives'
  }
  if (meta.archives.length !== meta.paths.length) return 'its entry.json lists too few archives'
  return undefined
}

/**
 * Writes `tar -c` of `source` into `file`, hashing it on the way. tar leads a process group of
 * its own, so a cancel stops it like any other command, and dies with this process.
 */
function tarInto(file: string, source: string): Promise<{ bytes: number; sha256: string }> {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash('sha256')
    let bytes = 0
    const out = fs.createWriteStream(file)
    const [command, args] = tiedToThisProcess('tar', ['-cf', '-', '-C', source, '.'])
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    const untrack = trackProcessGroup(child)
    let stderr = ''
    child.stderr.on('data', chunk => (stderr = `${stderr}${chunk}`.slice(-2000)))
    child.stdout.on('data', (chunk: Buffer) => {
      hash.update(chunk)
      bytes += chunk.length
    })
    child.stdout.pipe(out)
    let failed: Error | undefined
    out.on('error', error => {
      failed = error
      child.kill('SIGTERM')
    })
    child.on('error', error => {
      untrack()
      reject(new Error(`could not start tar: ${error.message}`))
    })
    child.on('close', (code, signal) => {
      untrack()
      out.end(() => {
        if (failed) return reject(failed)
        if (code !== 0) {
          return reject(
            new Error(
              `tar -c ${source} failed with ${signal ? `signal ${signal}` : `exit code ${code}`}${stderr ? `: ${stderr.trim()}` : ''}`
            )
          )
        }
        resolve({ bytes, sha256: hash.digest('hex') })
      })
    })
  })
}

/** What an entry's archives are against its entry.json: undefined when they match. */
async function damage(dir: string, meta: EntryMeta): Promise<string | undefined> {
  for (const archive of meta.archives) {
    const file = path.join(dir, archive.file)
    const stat = fs.statSync(file, { throwIfNoEntry: false })
    if (!stat) return `${archive.file} is missing`
    if (stat.size !== archive.bytes) {
      const how = stat.size < archive.bytes ? 'truncated' : 'changed'
      return `${archive.file} is ${stat.size} bytes, not the ${archive.bytes} it was saved with (${how})`
    }
    if ((await sha256File(file)) !== archive.sha256) {
      return `${archive.file} does not match its recorded sha256 (corrupted)`
    }
  }
  return undefined
}

/**
 * The cache as folders on this machine, with GitHub's rules (exact key first, then the newest
 * entry whose key starts with a restore key; entries are never overwritten; a different path
 * list is a different entry). Each entry is a folder of tars and an entry.json with their sizes
 * and sha256s, written aside and published by rename under the store's lock; a restore checks
 * them before extracting, and sets a damaged entry aside (in .corrupt/) and tries the next.
 */
export class LocalCacheStore implements CacheStore {
  readonly description: string
  readonly archiveDir: string
  constructor(
    private readonly root: string,
    private readonly limits: CacheLimits = DEFAULT_CACHE_LIMITS,
    /** Where the store says what it did: a damaged entry set aside (a warning), entries pruned. */
    private readonly say: (message: string, level?: 'info' | 'warning') => void = () => undefined
  ) {
    this.description = `the local cache in ${root}`
    this.archiveDir = root
  }

  private entryDir(key: string): string {
    return path.join(this.root, encodeURIComponent(key))
  }

  /** Holds the store's lock (other runs' saves, prunes and set-asides wait) while `work` runs. */
  private locked<T>(work: () => Promise<T> | T): Promise<T> {
    return withLock(
      path.join(this.root, STORE_LOCK),
      {
        what: this.description,
        wait: STORE_LOCK_WAIT_MS,
        onWait: holder =>
          this.say(
            `Waiting for ${describeHolder(holder)}, which is writing to ${this.description}.`
          ),
        onTakeOver: holder =>
          this.say(
            `The lock of ${this.description} was held by ${describeHolder(holder)}, which is gone (killed before it finished): taken over.`,
            'warning'
          )
      },
      async () => work()
    )
  }

  /** Entries whose entry.json reads (those that do not are set aside), of `paths` if given. */
  private entries(paths?: string[]): (EntryMeta & { dir: string })[] {
    if (!fs.existsSync(this.root)) return []
    const found: (EntryMeta & { dir: string })[] = []
    for (const name of fs.readdirSync(this.root)) {
      const dir = path.join(this.root, name)
      if (name.startsWith('.') || PARTIAL.test(name) || !fs.statSync(dir).isDirectory()) continue
      let why: string | undefined
      try {
        const meta = JSON.parse(fs.readFileSync(path.join(dir, 'entry.json'), 'utf8')) as EntryMeta
        if (meta.format === undefined && typeof meta.key === 'string' && !meta.archives) {
          // An entry of the format before this one (no checksums): cannot be checked, so not used.
          fs.rmSync(dir, { recursive: true, force: true })
          this.say(
            `Removed the local cache entry ${meta.key}: it was saved by an older version, without checksums.`
          )
          continue
        }
        why = validMeta(meta, dir)
        if (!why && (!paths || JSON.stringify(meta.paths) === JSON.stringify(paths))) {
          found.push({ ...meta, dir })
        }
      } catch (error) {
        why =
          (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? 'it has no entry.json'
            : 'its entry.json cannot be read'
      }
      if (why) this.damaged(dir, why)
    }
    return found
  }

  /**
   * What killed processes left: saves stopped half-way (`<entry>.partial-<pid>`) and entries
   * they were reading (`.reading-<pid>`), removed once that process is gone.
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
  private setAsideDir(dir: string): string {
    const asideRoot = path.join(this.root, SET_ASIDE)
    fs.mkdirSync(asideRoot, { recursive: true })
    const aside = path.join(asideRoot, `${path.basename(dir)}-${Date.now()}`)
    fs.renameSync(dir, aside)
    return aside
  }

  /** Sets aside an entry this store found damaged, and says so with what happens next. */
  private damaged(dir: string, why: string): void {
    const aside = this.setAsideDir(dir)
    this.say(
      `The local cache entry ${decodeURIComponent(path.basename(dir))} could not be restored: ${why}; set aside in ${aside}, trying the next older entry.`,
      'warning'
    )
  }

  setAside(key: string): string | undefined {
    const dir = this.entryDir(key)
    if (!fs.existsSync(dir)) return undefined
    const aside = this.setAsideDir(dir)
    return `It was set aside in ${aside}; the next run restores the entry before it, if there is one.`
  }

  async restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined> {
    if (!fs.existsSync(this.root)) return undefined
    // GitHub's order: the exact key, then the newest entry of each restore-key prefix; here an
    // entry that fails its checks is set aside and the next one is tried.
    const candidates = await this.locked(() => {
      this.removeAbandonedSaves()
      const entries = this.entries(paths)
      const newestFirst = (list: typeof entries) => [...list].sort((a, b) => b.created - a.created)
      return [
        ...entries.filter(entry => entry.key === key),
        ...restoreKeys.flatMap(prefix =>
          newestFirst(entries.filter(entry => entry.key.startsWith(prefix) && entry.key !== key))
        )
      ].filter((entry, index, all) => all.indexOf(entry) === index)
    })
    for (const entry of candidates) {
      if (await this.extract(entry, paths)) return entry.key
    }
    return undefined
  }

  /**
   * Reads one entry: its files are hard-linked aside under the lock (a concurrent prune cannot
   * take them away), checked against entry.json, and extracted beside each destination; the
   * files move into place only when every archive extracted.
   */
  private async extract(entry: EntryMeta & { dir: string }, paths: string[]): Promise<boolean> {
    const reading = path.join(this.root, `.reading-${process.pid}`)
    const pinned = await this.locked(() => {
      if (!fs.existsSync(entry.dir)) return false // pruned or set aside meanwhile
      fs.rmSync(reading, { recursive: true, force: true })
      linkTree(entry.dir, reading)
      const now = new Date()
      fs.utimesSync(path.join(entry.dir, 'entry.json'), now, now)
      return true
    })
    if (!pinned) return false
    const staged: string[] = []
    try {
      const why = await damage(reading, entry)
      if (why) throw new Error(why)
      for (const [index, dir] of paths.entries()) {
        const staging = `${dir}.restore-${process.pid}`
        fs.rmSync(staging, { recursive: true, force: true })
        fs.mkdirSync(staging, { recursive: true })
        staged.push(staging)
        await capture(
          ...tiedToThisProcess('tar', [
            '-xf',
            path.join(reading, entry.archives[index].file),
            '-C',
            staging
          ])
        )
      }
    } catch (error) {
      for (const staging of staged) fs.rmSync(staging, { recursive: true, force: true })
      if (cancellation()) throw error
      await this.locked(() => {
        // Set aside only the entry that was read, not one saved under its key since.
        const now = fs.statSync(path.join(entry.dir, 'entry.json'), { throwIfNoEntry: false })
        const read = fs.statSync(path.join(reading, 'entry.json'))
        if (now?.ino === read.ino) this.damaged(entry.dir, tableCell(errorMessage(error)))
      })
      return false
    } finally {
      fs.rmSync(reading, { recursive: true, force: true })
    }
    for (const [index, dir] of paths.entries()) moveInto(staged[index], dir)
    return true
  }

  async save(paths: string[], key: string): Promise<string> {
    const dir = this.entryDir(key)
    if (fs.existsSync(dir)) throw new CacheEntryExistsError(key)
    const staging = `${dir}.partial-${process.pid}`
    fs.mkdirSync(this.root, { recursive: true })
    fs.rmSync(staging, { recursive: true, force: true })
    fs.mkdirSync(staging, { recursive: true })
    try {
      const archives: EntryMeta['archives'] = []
      for (const [index, source] of paths.entries()) {
        const file = `${index}.tar`
        archives.push({ file, ...(await tarInto(path.join(staging, file), source)) })
      }
      const meta: EntryMeta = { format: ENTRY_FORMAT, key, paths, created: Date.now(), archives }
      fs.writeFileSync(path.join(staging, 'entry.json'), JSON.stringify(meta))
      await this.locked(() => {
        this.removeAbandonedSaves()
        if (fs.existsSync(dir)) throw new CacheEntryExistsError(key)
        fs.renameSync(staging, dir)
        this.prune(dir)
      })
      return key
    } finally {
      // A save that failed or was interrupted (tar killed by a cancel, a full disk) leaves nothing.
      fs.rmSync(staging, { recursive: true, force: true })
    }
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
  /**
   * Whether the summary's existing, non-empty folder is the program's own. A folder refused as
   * the run's output folder holds the user's files: the summary is not added among them.
   */
  summaryFolderIsOurs?: (dir: string) => boolean
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
  const mayWriteIn = (dir: string, isOurs: (dir: string) => boolean) =>
    !fs.existsSync(dir) || fs.readdirSync(dir).length === 0 || isOurs(dir)
  return {
    reporter,
    cache: new LocalCacheStore(
      path.join(options.cacheDir, 'entries'),
      options.cacheLimits ?? DEFAULT_CACHE_LIMITS,
      (message, level) => (level === 'warning' ? reporter.warning(message) : reporter.info(message))
    ),
    artifacts: new LocalArtifactStore(options.artifactsDir),
    outputs,
    setOutput: (name, value) => outputs.set(name, value),
    saveState: (name, value) => state.set(name, value),
    getState: name => state.get(name) ?? '',
    async writeSummary(markdown) {
      if (summaryFailed) return
      const folder = path.dirname(options.summaryFile)
      if (
        !summaryStarted &&
        options.summaryFolderIsOurs &&
        !mayWriteIn(folder, options.summaryFolderIsOurs)
      ) {
        summaryFailed = true
        reporter.info(
          `The summary is not written to ${options.summaryFile}: that folder holds files this program did not write.`
        )
        return
      }
      try {
        fs.mkdirSync(folder, { recursive: true })
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
