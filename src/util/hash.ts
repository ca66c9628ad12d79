import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Digests of one file, each of `types` (node's names: sha256, md5...), read once as a stream:
 * images and downloads can be gigabytes, and the event loop stays free for cancellation.
 */
export async function streamDigests(
  file: string,
  types: readonly string[]
): Promise<Map<string, string>> {
  const hashes = types.map(type => crypto.createHash(type))
  for await (const chunk of fs.createReadStream(file)) {
    for (const hash of hashes) hash.update(chunk as Buffer)
  }
  return new Map(types.map((type, index) => [type, hashes[index].digest('hex')]))
}

/** sha256 of a file, read as a stream. */
export async function sha256File(file: string): Promise<string> {
  return (await streamDigests(file, ['sha256'])).get('sha256') as string
}

/** Names never hashed wherever they are: version control and Python's bytecode caches. */
const UNHASHED_NAMES = new Set(['.git', '__pycache__'])

/** One read buffer for every file hashTree reads (a fresh one per file costs more than the hashing). */
const readBuffer = Buffer.allocUnsafe(1024 * 1024)

/** sha256 of a file, read synchronously (hashTree reads thousands of small files). */
export function sha256FileSync(file: string): string {
  const hash = crypto.createHash('sha256')
  const fd = fs.openSync(file, 'r')
  try {
    let read: number
    while ((read = fs.readSync(fd, readBuffer, 0, readBuffer.length, null)) > 0) {
      hash.update(readBuffer.subarray(0, read))
    }
  } finally {
    fs.closeSync(fd)
  }
  return hash.digest('hex')
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
