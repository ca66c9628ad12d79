// The Platform on a developer's machine: plain terminal output, and local folders in place
// of GitHub's cache and artifact services. The cache keeps GitHub's rules (exact key first,
// then the newest entry whose key starts with a restore key; entries are never overwritten;
// a different path list is a different entry), so a local run behaves like a CI run.
import fs from 'node:fs'
import path from 'node:path'
import { capture } from '../util/run.js'
import type { ArtifactStore, CacheStore, Platform, Reporter, SourceLocation } from './types.js'

const where = (at?: SourceLocation): string =>
  at ? `${at.file}${at.line ? `:${at.line}` : ''}: ` : ''

export function terminalReporter(
  write: (line: string) => void = line => process.stderr.write(`${line}\n`)
): Reporter {
  return {
    info: message => write(message),
    notice: (message, at) => write(`${where(at)}notice: ${message}`),
    warning: (message, at) => write(`${where(at)}warning: ${message}`),
    error: (message, at) => write(`${where(at)}error: ${message}`),
    startGroup: title => write(`\n== ${title}`),
    endGroup: () => undefined
  }
}

interface EntryMeta {
  key: string
  paths: string[]
  created: number
}

export class LocalCacheStore implements CacheStore {
  readonly description: string
  constructor(private readonly root: string) {
    this.description = `the local cache in ${root}`
  }

  private entryDir(key: string): string {
    return path.join(this.root, encodeURIComponent(key))
  }

  private entries(paths: string[]): EntryMeta[] {
    if (!fs.existsSync(this.root)) return []
    return fs
      .readdirSync(this.root)
      .map(name => path.join(this.root, name, 'entry.json'))
      .filter(file => fs.existsSync(file))
      .map(file => JSON.parse(fs.readFileSync(file, 'utf8')) as EntryMeta)
      .filter(entry => JSON.stringify(entry.paths) === JSON.stringify(paths))
  }

  async restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined> {
    const entries = this.entries(paths)
    const match =
      entries.find(entry => entry.key === key) ??
      restoreKeys
        .map(
          prefix =>
            entries
              .filter(entry => entry.key.startsWith(prefix))
              .sort((a, b) => b.created - a.created)[0]
        )
        .find(Boolean)
    if (!match) return undefined
    for (const [index, dir] of paths.entries()) {
      fs.mkdirSync(dir, { recursive: true })
      await capture('tar', ['-xf', path.join(this.entryDir(match.key), `${index}.tar`), '-C', dir])
    }
    return match.key
  }

  async save(paths: string[], key: string): Promise<void> {
    const dir = this.entryDir(key)
    if (fs.existsSync(dir)) throw new Error(`an entry with the key ${key} already exists`)
    const staging = `${dir}.partial-${process.pid}`
    fs.rmSync(staging, { recursive: true, force: true })
    fs.mkdirSync(staging, { recursive: true })
    for (const [index, source] of paths.entries()) {
      await capture('tar', ['-cf', path.join(staging, `${index}.tar`), '-C', source, '.'])
    }
    const meta: EntryMeta = { key, paths, created: Date.now() }
    fs.writeFileSync(path.join(staging, 'entry.json'), JSON.stringify(meta))
    fs.renameSync(staging, dir)
  }
}

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
    const destination = path.join(this.root, name)
    fs.rmSync(destination, { recursive: true, force: true })
    for (const file of files) {
      const target = path.join(destination, path.relative(rootDirectory, file))
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.copyFileSync(file, target)
    }
    return { location: destination }
  }
}

export interface LocalPlatformOptions {
  cacheDir: string
  artifactsDir: string
  summaryFile: string
  reporter?: Reporter
}

export function localPlatform(
  options: LocalPlatformOptions
): Platform & { outputs: Map<string, string> } {
  const state = new Map<string, string>()
  const outputs = new Map<string, string>()
  fs.mkdirSync(path.dirname(options.summaryFile), { recursive: true })
  return {
    reporter: options.reporter ?? terminalReporter(),
    cache: new LocalCacheStore(path.join(options.cacheDir, 'entries')),
    artifacts: new LocalArtifactStore(options.artifactsDir),
    outputs,
    setOutput: (name, value) => outputs.set(name, value),
    saveState: (name, value) => state.set(name, value),
    getState: name => state.get(name) ?? '',
    async writeSummary(markdown) {
      fs.appendFileSync(options.summaryFile, `${markdown}\n`)
    },
    tempDir: path.join(options.cacheDir, 'tmp'),
    toolCacheDir: path.join(options.cacheDir, 'tools')
  }
}
