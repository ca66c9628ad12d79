import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** sha256 of a file, read as a stream (images can be gigabytes). */
export async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Names never hashed wherever they are: version control and Python's bytecode caches. */
const UNHASHED_NAMES = new Set(['.git', '__pycache__'])

/** One read buffer for every file hashTree reads (a fresh one per file costs more than the hashing). */
const readBuffer = Buffer.allocUnsafe(1024 * 1024)

/** Digests of one file, each of `types` (node's names: sha256, md5...), read once. */
export function fileDigests(file: string, types: readonly string[]): Map<string, string> {
  const hashes = types.map(type => crypto.createHash(type))
  const fd = fs.openSync(file, 'r')
  try {
    const buffer = readBuffer
    let read: number
    while ((read = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0) {
      for (const hash of hashes) hash.update(buffer.subarray(0, read))
    }
  } finally {
    fs.closeSync(fd)
  }
  return new Map(types.map((type, index) => [type, hashes[index].digest('hex')]))
}

/** sha256 of a file, read synchronously. */
export function sha256FileSync(file: string): string {
  return fileDigests(file, ['sha256']).get('sha256') as string
}

export class TreeTooLargeError extends Error {
  constructor(
    readonly root: string,
    readonly maxEntries: number
  ) {
    super(`${root} holds more than ${maxEntries} files and folders`)
    this.name = 'TreeTooLargeError'
  }
}

/**
 * sha256 over what a file or folder holds, as a build sees it: every path (relative, sorted),
 * each file's content and executable bit, each symlink's target, empty folders too. Times,
 * owners and other permission bits do not count. `exclude` are absolute paths left out
 * (an output folder inside the tree, say), as are .git and __pycache__ everywhere. Past
 * `maxEntries` files and folders it throws TreeTooLargeError.
 */
export function hashTree(root: string, exclude: string[] = [], maxEntries = Infinity): string {
  const lines: string[] = []
  const excluded = new Set(exclude.map(p => path.resolve(p)))
  const visit = (full: string, relative: string): void => {
    if (lines.length >= maxEntries) throw new TreeTooLargeError(root, maxEntries)
    const stat = fs.lstatSync(full)
    if (stat.isSymbolicLink()) {
      lines.push(`L ${relative} ${fs.readlinkSync(full)}`)
    } else if (stat.isDirectory()) {
      lines.push(`D ${relative}`)
      for (const name of fs.readdirSync(full).sort()) {
        const child = path.join(full, name)
        if (UNHASHED_NAMES.has(name) || excluded.has(child)) continue
        visit(child, relative ? `${relative}/${name}` : name)
      }
    } else if (stat.isFile()) {
      lines.push(`F ${relative} ${stat.mode & 0o111 ? 'x' : '-'} ${sha256FileSync(full)}`)
    }
  }
  if (fs.existsSync(root)) visit(path.resolve(root), '')
  return crypto.createHash('sha256').update(lines.join('\n')).digest('hex')
}
