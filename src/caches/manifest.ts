// What a cache entry holds, file by file: path, size, sha256 and executable bit of each file,
// the target of each symbolic link. Written when an entry is saved, checked before anything of
// a restored entry is moved into place: a truncated, corrupted or incomplete entry is found
// whatever the store and its archive format let through.
import fs from 'node:fs'
import path from 'node:path'
import { sha256File } from '../util/hash.js'

export const MANIFEST_FORMAT = 'buildroot-k8s-cache-entry/1'

export interface ManifestFile {
  /** Relative to the entry's content folder, with `/`. */
  path: string
  bytes: number
  sha256: string
  executable?: boolean
}

export interface ManifestLink {
  path: string
  target: string
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT
  key: string
  /** When the entry was made (ISO time). */
  created: string
  files: ManifestFile[]
  links: ManifestLink[]
}

interface Walked {
  files: { path: string; full: string; bytes: number; executable: boolean }[]
  links: ManifestLink[]
}

/** Files and symbolic links under `dir`, sorted by path (folders are implied by their files). */
function walk(dir: string): Walked {
  const found: Walked = { files: [], links: [] }
  if (!fs.existsSync(dir)) return found
  const visit = (full: string, relative: string): void => {
    for (const name of fs.readdirSync(full).sort()) {
      const child = path.join(full, name)
      const rel = relative ? `${relative}/${name}` : name
      const stat = fs.lstatSync(child)
      if (stat.isSymbolicLink()) found.links.push({ path: rel, target: fs.readlinkSync(child) })
      else if (stat.isDirectory()) visit(child, rel)
      else if (stat.isFile()) {
        found.files.push({
          path: rel,
          full: child,
          bytes: stat.size,
          executable: (stat.mode & 0o100) !== 0
        })
      }
    }
  }
  visit(dir, '')
  return found
}

/** The manifest of what `dir` holds now. */
export async function describeFolder(dir: string, key: string): Promise<Manifest> {
  const walked = walk(dir)
  const files: ManifestFile[] = []
  for (const file of walked.files) {
    files.push({
      path: file.path,
      bytes: file.bytes,
      sha256: await sha256File(file.full),
      ...(file.executable ? { executable: true } : {})
    })
  }
  return {
    format: MANIFEST_FORMAT,
    key,
    created: new Date().toISOString(),
    files,
    links: walked.links
  }
}

export interface ManifestProblem {
  path: string
  problem: 'missing' | 'unexpected' | 'size' | 'sha256' | 'link'
  detail?: string
}

/**
 * What in `dir` differs from `manifest`: files missing or not listed, sizes (checked first,
 * cheaply) and sha256s that differ, links that point elsewhere. Empty when it matches.
 */
export async function checkFolder(dir: string, manifest: Manifest): Promise<ManifestProblem[]> {
  const walked = walk(dir)
  const problems: ManifestProblem[] = []
  const present = new Map(walked.files.map(file => [file.path, file]))
  for (const expected of manifest.files) {
    const file = present.get(expected.path)
    present.delete(expected.path)
    if (!file) {
      problems.push({ path: expected.path, problem: 'missing' })
    } else if (file.bytes !== expected.bytes) {
      problems.push({
        path: expected.path,
        problem: 'size',
        detail: `${file.bytes} bytes instead of ${expected.bytes}`
      })
    } else if ((await sha256File(file.full)) !== expected.sha256) {
      problems.push({ path: expected.path, problem: 'sha256' })
    }
  }
  for (const extra of present.keys()) problems.push({ path: extra, problem: 'unexpected' })
  const links = new Map(walked.links.map(link => [link.path, link.target]))
  for (const expected of manifest.links) {
    if (links.get(expected.path) !== expected.target) {
      problems.push({ path: expected.path, problem: 'link' })
    }
    links.delete(expected.path)
  }
  for (const extra of links.keys()) problems.push({ path: extra, problem: 'unexpected' })
  return problems
}

/** Whether two manifests describe the same content (their keys and dates aside). */
export function sameContent(a: Manifest, b: Manifest): boolean {
  const files = (m: Manifest) =>
    m.files.map(f => `${f.path}\0${f.bytes}\0${f.sha256}\0${f.executable ? 'x' : ''}`).join('\n')
  const links = (m: Manifest) => m.links.map(l => `${l.path}\0${l.target}`).join('\n')
  return files(a) === files(b) && links(a) === links(b)
}

/** One line for a log: "3 files differ (a: sha256 differs, b: missing, ...)". */
export function describeProblems(problems: ManifestProblem[]): string {
  const what: Record<ManifestProblem['problem'], string> = {
    missing: 'missing',
    unexpected: 'not in the manifest',
    size: 'wrong size',
    sha256: 'sha256 differs',
    link: 'link differs'
  }
  const shown = problems
    .slice(0, 5)
    .map(p => `${p.path}: ${p.detail ?? what[p.problem]}`)
    .join(', ')
  const count = problems.length
  return `${count} file${count === 1 ? '' : 's'} differ${count === 1 ? 's' : ''} from the manifest (${shown}${count > 5 ? ', ...' : ''})`
}

/** Reads a manifest file; throws a readable error when it is missing or not a manifest. */
export function readManifest(file: string): Manifest {
  let parsed: Partial<Manifest>
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Manifest>
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new Error(
      code === 'ENOENT' ? 'it has no manifest.json' : 'its manifest.json does not read as JSON',
      { cause: error }
    )
  }
  if (parsed.format !== MANIFEST_FORMAT || !Array.isArray(parsed.files)) {
    throw new Error(`its manifest.json is not a ${MANIFEST_FORMAT} manifest`)
  }
  return { links: [], ...parsed } as Manifest
}
