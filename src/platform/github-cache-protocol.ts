// What the GitHub cache store (github.ts) and its worker process (github-cache-worker.ts) say
// to each other, and how the worker reads @actions/cache's log lines for the reason of a
// failure (the library logs it and returns a miss or -1).

export type CacheWorkerRequest =
  | { op: 'restore'; paths: string[]; key: string; restoreKeys: string[] }
  | { op: 'save'; paths: string[]; key: string }

/** Where a save failed: reserving the key, uploading, finalizing, making the archive. */
export type SaveStep = 'reserve' | 'upload' | 'finalize' | 'archive' | 'other'

export type CacheWorkerReply =
  | { status: 'miss' }
  | { status: 'restored'; key: string }
  | { status: 'unavailable'; reason: string }
  | { status: 'failed'; key: string; reason: string }
  | { status: 'saved'; id: number }
  | { status: 'save-failed'; step: SaveStep; reason: string; exists: boolean }
  | { status: 'error'; reason: string }

/** A workflow command line (`::warning::text`), or a plain line as `info`. */
export function parseCommandLine(line: string): { command: string; text: string } {
  const match = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line)
  if (!match) return { command: 'info', text: line }
  // @actions/core escapes %, CR and LF in a command's text.
  const text = match[2].replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
  return { command: match[1], text }
}

export interface LibraryReport {
  /** Why the call failed, in the library's words with what step it was; none if it did not. */
  failure?: string
  step: SaveStep
  /** The key is taken (HTTP 409). */
  exists: boolean
}

const NO_SPACE = /No space left on device|ENOSPC/

/** Reads what @actions/cache logged during one restoreCache or saveCache call. */
export function readLibraryLines(lines: string[]): LibraryReport {
  const texts = lines.map(line => parseCommandLine(line).text)
  const find = (pattern: RegExp): string | undefined => {
    for (const text of [...texts].reverse()) {
      const match = pattern.exec(text)
      if (match) return match[1].trim()
    }
    return undefined
  }
  const failed = find(/^Failed to (?:restore|save): ([\s\S]*)$/)
  const reserveCause =
    find(/^Failed to reserve cache: (?:Error: )?([\s\S]*)$/) ??
    find(/^Cache reservation failed: ([\s\S]*)$/)
  const uploadCause = find(
    /^uploadCacheArchiveSDK: internal error uploading cache archive: ([\s\S]*)$/
  )
  const skipped = find(/^(Cache save skipped: [\s\S]*)$/)
  const finalizeWarning = find(/^(Unable to finalize cache [\s\S]*)$/)
  const diskFull = texts.some(text => NO_SPACE.test(text))
  const report = (step: SaveStep, failure?: string, exists = false): LibraryReport => ({
    failure,
    step,
    exists
  })
  if (skipped) return report('other', skipped)
  if (reserveCause || failed?.startsWith('Unable to reserve cache')) {
    const cause = reserveCause ?? failed ?? ''
    return report(
      'reserve',
      `reserving the key failed: ${cause}`,
      /already[ _]exists|\(409\)|Conflict/i.test(cause)
    )
  }
  if (uploadCause !== undefined) {
    // Azure's client puts the response body in its message: empty for an error without one.
    return report(
      'upload',
      `uploading the archive failed: ${uploadCause || 'the blob service answered with an HTTP error and no message'}`
    )
  }
  if (finalizeWarning || (failed && /Finaliz/i.test(failed))) {
    return report('finalize', `finalizing the entry failed: ${finalizeWarning ?? failed}`)
  }
  if (failed && /\btar\b|zstd/.test(failed)) {
    return report('archive', `${diskFull ? 'No space left on device: ' : ''}tar failed (${failed})`)
  }
  return report('other', failed)
}
