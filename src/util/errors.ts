import fs from 'node:fs'
import path from 'node:path'

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** A failure that has already been reported (annotations, log) where it happened. */
export class ReportedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ReportedError'
  }
}

/**
 * A file system error as a sentence about `file` (what the user named), instead of Node's
 * "ENOTDIR: not a directory, mkdir '...'": which path is in the way, and why.
 */
export function fileErrorSentence(error: unknown, file: string, action: string): string {
  const code = (error as NodeJS.ErrnoException).code
  const what = `cannot ${action} ${file}`
  switch (code) {
    case 'ENOTDIR': {
      // The file itself, or a folder on the way to it, is a file: name it.
      for (let at = file; path.dirname(at) !== at; at = path.dirname(at)) {
        if (fs.existsSync(at) && !fs.statSync(at).isDirectory()) {
          return `${what}: ${at} is a file, not a folder`
        }
      }
      return `${what}: part of the path is not a folder`
    }
    case 'EISDIR':
      return `${what}: it is a folder, not a file`
    case 'EEXIST':
      return `${what}: it already exists`
    case 'ENOENT':
      return `${what}: ${fs.existsSync(path.dirname(file)) ? 'it does not exist' : `${path.dirname(file)} does not exist`}`
    case 'EACCES':
    case 'EPERM':
      return `${what}: permission denied (${code})`
    case 'EROFS':
      return `${what}: it is on a read-only file system`
    case 'ENOSPC':
      return `${what}: no space left on its disk`
    case 'ENAMETOOLONG':
      return `${what}: the name is too long`
    default:
      return `${what}: ${errorMessage(error)}`
  }
}
