// Errors. A UserError is a mistake or a condition the user can act on: its message says what
// went wrong and what to do, and `file`/`line` say where (annotations point there). The top of
// the pipeline reports any of them the same way, without knowing the kinds.

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
