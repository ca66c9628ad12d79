// What Buildroot will build and download, from `make show-info` (JSON, read in the same parse
// as the other variables: see readBuildroot in configure.ts). Cache keys, build progress and
// the image manifest all come from this one list, and the SBOM from the JSON itself.
import path from 'node:path'
import type { BuildrootTree } from './make.js'

export interface PackageInfo {
  name: string
  version: string
  /** 'target', 'host' or 'toolchain'... as Buildroot reports it. */
  type: string
  virtual: boolean
  /** Files this package downloads, relative to the download folder: `<dl_dir>/<source>`. */
  downloads: string[]
}

interface ShowInfoEntry {
  name?: string
  version?: string
  type?: string
  virtual?: boolean
  dl_dir?: string
  downloads?: { source?: string }[]
}

export function parseShowInfo(json: string): PackageInfo[] {
  const info = JSON.parse(json) as Record<string, ShowInfoEntry>
  return Object.entries(info).map(([key, entry]) => ({
    name: entry.name ?? key,
    version: entry.version ?? '',
    type: entry.type ?? 'unknown',
    virtual: entry.virtual ?? false,
    downloads: (entry.downloads ?? [])
      .map(download => download.source)
      .filter((source): source is string => Boolean(source))
      .map(source => `${entry.dl_dir ?? key}/${source}`)
  }))
}

/** Where `make show-info`'s JSON is kept, in the output folder: the SBOM is made from it. */
export const showInfoFile = (tree: BuildrootTree): string =>
  path.join(tree.outputDir, 'show-info.json')

/** Every file the build downloads, sorted, each once. */
export function downloadList(packages: PackageInfo[]): string[] {
  return [...new Set(packages.flatMap(p => p.downloads))].sort()
}

/** Packages that go through build steps (virtual packages only point at a provider). */
export function buildablePackages(packages: PackageInfo[]): PackageInfo[] {
  return packages.filter(p => !p.virtual)
}
