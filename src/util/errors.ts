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
