// What the pipeline needs from the place it runs in. The GitHub runtime and the local
// command line each implement this once (platform/github.ts, platform/local.ts); nothing
// under stages/ or check/ touches @actions/core, @actions/cache or @actions/artifact.

/** Where a message points: a file, and a line in it when known (1-based). */
export interface SourceLocation {
  file: string
  line?: number
  title?: string
}

export interface Reporter {
  info(message: string): void
  notice(message: string, at?: SourceLocation): void
  warning(message: string, at?: SourceLocation): void
  error(message: string, at?: SourceLocation): void
  /** Collapsible section: a `::group::` on GitHub, a heading in a terminal. */
  startGroup(title: string): void
  endGroup(): void
}

/**
 * A cache entry was found but could not be restored (a failed download, a damaged archive):
 * what `paths` held before is kept, and `key` names the entry.
 */
export class CacheEntryError extends Error {
  constructor(
    readonly key: string,
    readonly reason: string
  ) {
    super(`the cache entry ${key} could not be restored: ${reason}`)
    this.name = 'CacheEntryError'
  }
}

/** The store refused a save because an entry with that key exists (GitHub's 409). */
export class CacheEntryExistsError extends Error {
  constructor(readonly key: string) {
    super(`an entry with the key ${key} already exists`)
    this.name = 'CacheEntryExistsError'
  }
}

export interface CacheStore {
  /** Name shown in logs, e.g. "GitHub Actions cache" or "local cache at ~/.cache/...". */
  readonly description: string
  /** Where the store writes its archives, for messages about a full disk. */
  readonly archiveDir?: string
  /**
   * Restores `paths` from the entry `key`, or the newest entry whose key starts with one of
   * `restoreKeys` (tried in order). Returns the matched key, or undefined on a miss; throws
   * CacheEntryError when an entry was found but could not be restored. Used by the cache
   * layer (caches/), which restores into folders of its own and checks what it got.
   */
  restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined>
  /**
   * Saves `paths` under `key`; returns the key it was stored under (a retry after the service
   * reserved `key` uses a suffixed one). Throws when the store refuses (CacheEntryExistsError, ...).
   */
  save(paths: string[], key: string): Promise<string>
  /**
   * Keeps an entry whose content failed its checks from being restored again (the local store
   * moves it aside; GitHub's cache cannot delete, a newer entry under the same prefix wins).
   * Returns what was done, for the log.
   */
  setAside?(key: string, why: string): string | undefined
}

export interface UploadedArtifact {
  id?: number
  url?: string
  /** Where the files went, for stores that keep them on disk. */
  location?: string
}

export interface ArtifactStore {
  readonly description: string
  upload(
    name: string,
    files: string[],
    rootDirectory: string,
    options: { retentionDays?: number; compress: boolean }
  ): Promise<UploadedArtifact>
}

/**
 * Tools downloaded once and kept between runs (Buildroot releases, kernel sources): the runner's
 * tool cache on GitHub, a folder of the cache directory on the command line.
 */
export interface ToolCache {
  /** Folder of the cache, for what a stage keeps there itself (patched Buildroot trees). */
  readonly dir: string
  /** A kept tool's folder, when an earlier run kept this version. */
  find(name: string, version: string): string | undefined
  /** Downloads `url` to `destination` (default: a new temporary file); throws on a failure. */
  download(url: string, destination?: string): Promise<string>
  /** Unpacks a .tar.xz into a new temporary folder and returns it. */
  extractTarXz(file: string): Promise<string>
  /** Keeps `dir` (its contents) as `name` `version`; returns where it is kept. */
  keep(dir: string, name: string, version: string): Promise<string>
}

export interface Platform {
  reporter: Reporter
  cache: CacheStore
  artifacts: ArtifactStore
  setOutput(name: string, value: string): void
  /** Keeps a value from the main step for the post step (core.saveState on GitHub). */
  saveState(name: string, value: string): void
  getState(name: string): string
  /** Appends Markdown to the job summary. */
  writeSummary(markdown: string): Promise<void>
  /** Folder for temporary files (RUNNER_TEMP on GitHub). */
  tempDir: string
  tools: ToolCache
}
