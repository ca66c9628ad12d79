// Where the program may write. Every folder a user names (output-dir, the command line's
// --cache-dir and --artifacts-dir, node-config's --out, smoke's --output-dir) goes through one
// rule: never a system folder or anything in one, never a folder shared by many things (/,
// /home, /tmp...), never the home folder itself, and never a folder the run only reads
// (buildroot-src, config-dir, the workspace) or anything inside one of those it may not write.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isInside } from './fs.js'

/** Folders of the system that are never written, nor is anything inside them. */
export const SYSTEM_TREES = ['/bin', '/boot', '/dev', '/etc', '/lib', '/lib32', '/lib64']
  .concat(['/libx32', '/proc', '/sbin', '/sys', '/usr/bin', '/usr/include', '/usr/lib'])
  .concat(['/usr/sbin', '/usr/share'])

/** Folders that hold other things: never used themselves (a folder inside is fine). */
export const SHARED_FOLDERS = [
  '/',
  '/home',
  '/media',
  '/mnt',
  '/opt',
  '/root',
  '/run',
  '/srv'
].concat(['/tmp', '/usr', '/usr/local', '/usr/src', '/var', '/var/lib', '/var/tmp'])

/** A folder the run must keep its hands off: itself, and (`inside`) everything in it too. */
export interface KeptFolder {
  name: string
  dir: string | undefined
  /** Also refuse folders inside it (buildroot-src, config-dir); else only the folder itself and its parents. */
  inside?: boolean
}

/**
 * Why `dir` may not be used as a folder the program writes into, or undefined when it may.
 * `kept` are the folders of this run that must not be written (or held).
 */
export function whyNotAPlace(dir: string, kept: KeptFolder[] = []): string | undefined {
  const resolved = path.resolve(dir)
  const tree = SYSTEM_TREES.find(system => isInside(system, resolved))
  if (tree) return tree === resolved ? 'is a system folder' : `is inside the system folder ${tree}`
  if (SHARED_FOLDERS.includes(resolved)) return 'is a folder shared by many things'
  if (resolved === os.homedir()) return 'is your home folder'
  const named = kept.filter((folder): folder is KeptFolder & { dir: string } => !!folder.dir)
  const same = named.find(folder => path.resolve(folder.dir) === resolved)
  if (same) return `is ${same.name}`
  const outer = named.find(folder => folder.inside && isInside(path.resolve(folder.dir), resolved))
  if (outer) return `is inside ${outer.name} (${path.resolve(outer.dir)}), which is only read`
  const held = named.find(folder => isInside(resolved, path.resolve(folder.dir)))
  if (held) return `holds ${held.name} (${path.resolve(held.dir)})`
  return undefined
}

/** Why a path cannot be handed to Buildroot or the kernel's make, which split words at spaces. */
export function whyNotForMake(dir: string): string | undefined {
  return /\s/.test(dir)
    ? 'holds a space, and Buildroot and the kernel build split paths at spaces'
    : undefined
}

/** What a folder of the program's own carries, so that a later run knows it may write there. */
export interface FolderMarker {
  /** File name of the marker inside the folder. */
  file: string
  /** What the folder is, for messages: "the cache folder". */
  what: string
  /** How to tell a folder made before markers existed: from the names it holds. */
  madeBefore?: (names: string[]) => boolean
}

/**
 * Makes `dir` a folder of the program's own, or says why it cannot be: it is created when it
 * does not exist, taken when it is empty or carries the marker, and refused when it holds
 * anything else: the program never writes among files it did not make.
 */
export function claimFolder(dir: string, marker: FolderMarker): string | undefined {
  if (fs.existsSync(dir)) {
    if (!fs.statSync(dir).isDirectory()) return `${dir} is a file, not a folder`
    const names = fs.readdirSync(dir)
    const ours =
      names.length === 0 || names.includes(marker.file) || (marker.madeBefore?.(names) ?? false)
    if (!ours) {
      return `${dir} already holds files that this program did not write (${names.slice(0, 5).join(', ')}${names.length > 5 ? ', ...' : ''}); choose a new or empty folder for ${marker.what}`
    }
  }
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, marker.file)
  if (!fs.existsSync(file)) fs.writeFileSync(file, `# ${marker.what} of buildroot-k8s\n`)
  return undefined
}
