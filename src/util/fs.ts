import fs from 'node:fs'
import path from 'node:path'

/** Bytes used by the regular files under `dir` (0 when it does not exist). */
export function directorySize(dir: string): number {
  if (!fs.existsSync(dir)) return 0
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile())
    .reduce((total, entry) => total + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0)
}

export function isEmptyDirectory(dir: string): boolean {
  return !fs.existsSync(dir) || fs.readdirSync(dir).length === 0
}

/** Whether `file` is `dir` or somewhere under it. */
export function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file)
  return !relative.startsWith('..') && !path.isAbsolute(relative)
}

/**
 * The error writing into `dir` (or its nearest existing parent) would give, if any: Node's
 * recursive mkdir reports ENOENT when a parent is read-only, which names the wrong problem.
 */
export function whyNotWritable(dir: string): NodeJS.ErrnoException | undefined {
  let existing = dir
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) {
    existing = path.dirname(existing)
  }
  try {
    fs.accessSync(existing, fs.constants.W_OK)
    return undefined
  } catch (error) {
    return error as NodeJS.ErrnoException
  }
}

/**
 * Moves everything in `from` into `to` (same file system), replacing what has the same name and
 * keeping what `to` has besides; removes `from`. Each file lands by rename, whole.
 */
export function moveInto(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true })
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    const existing = fs.lstatSync(target, { throwIfNoEntry: false })
    if (entry.isDirectory() && existing?.isDirectory()) {
      moveInto(source, target)
      continue
    }
    if (existing) fs.rmSync(target, { recursive: true, force: true })
    fs.renameSync(source, target)
  }
  fs.rmSync(from, { recursive: true, force: true })
}

/**
 * Mirrors the tree `from` at `to` with hard links (no copy, no extra space), or copies where a
 * link cannot be made (another file system). Symbolic links are recreated as they are.
 */
export function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true })
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(source), target)
    else if (entry.isDirectory()) linkTree(source, target)
    else if (entry.isFile()) {
      try {
        fs.linkSync(source, target)
      } catch {
        fs.copyFileSync(source, target)
      }
    }
  }
}
