// Errors. A UserError is a mistake or a condition the user can act on: its message says what
// went wrong and what to do, and `file`/`line` say where (annotations point there). The top of
// the pipeline reports any of them the same way, without knowing the kinds.
import fs from 'node:fs'
import path from 'node:path'

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export class UserError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number
  ) {
    super(message)
    this.name = new.target.name
  }

  /** The message without the location, for annotations that carry `file` and `line` themselves. */
  get detail(): string {
    return this.message
  }
}

/** Where an error points, when it is a UserError that knows its file. */
export function errorLocation(error: unknown): { file: string; line?: number } | undefined {
  return error instanceof UserError && error.file
    ? { file: error.file, line: error.line }
    : undefined
}

/** An error's text for an annotation that carries its location separately. */
export function errorDetail(error: unknown): string {
  return error instanceof UserError ? error.detail : errorMessage(error)
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
