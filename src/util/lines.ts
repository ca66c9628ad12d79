// Lines of a command's output, without decoding it: a Buildroot build prints gigabytes, of
// which the pipeline reads a few thousand lines (the `>>>` steps) and the last few dozen (for
// error messages). Lines are handed on as byte ranges of the chunks they arrived in; only the
// ones a consumer asks for become strings.
import fs from 'node:fs'

const NEWLINE = 0x0a
/** Bytes per read of a followed log file (one buffer, reused). */
const READ_BYTES = 1024 * 1024
/** How often a followed log file is read while its writer is quiet. */
const POLL_MS = 100
/** At most this much of a log file's end is read for its last lines. */
const TAIL_BYTES = 1024 * 1024

/** A line as the bytes `buffer[start..end)`, newline excluded. */
export type LineSink = (buffer: Buffer, start: number, end: number) => void

/**
 * Splits one stream into lines; a line may span chunks (only such lines are copied, so a chunk
 * may be reused once push returns).
 */
export class LineSplitter {
  private pending: Buffer[] = []

  constructor(private readonly sink: LineSink) {}

  push(chunk: Buffer): void {
    let start = 0
    for (let end = chunk.indexOf(NEWLINE); end >= 0; end = chunk.indexOf(NEWLINE, start)) {
      if (this.pending.length) {
        this.pending.push(chunk.subarray(start, end))
        const line = Buffer.concat(this.pending)
        this.pending = []
        this.sink(line, 0, line.length)
      } else {
        this.sink(chunk, start, end)
      }
      start = end + 1
    }
    if (start < chunk.length) this.pending.push(Buffer.from(chunk.subarray(start)))
  }

  /** The stream ended: its last line, if it had no newline. */
  end(): void {
    if (!this.pending.length) return
    const line = Buffer.concat(this.pending)
    this.pending = []
    this.sink(line, 0, line.length)
  }
}

/**
 * The last `size` lines, kept as byte ranges until asked for. Each range holds on to the chunk
 * it came from, so at most `size` chunks (64 KiB each from a pipe) stay in memory.
 */
export class LineTail {
  private readonly buffers: Buffer[] = []
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  private next = 0

  constructor(private readonly size: number) {}

  readonly add: LineSink = (buffer, start, end) => {
    if (this.size <= 0) return
    this.buffers[this.next] = buffer
    this.starts[this.next] = start
    this.ends[this.next] = end
    this.next = (this.next + 1) % this.size
  }

  lines(): string[] {
    const count = this.buffers.length
    const first = count < this.size ? 0 : this.next
    return Array.from({ length: count }, (_, i) => {
      const at = (first + i) % count
      return this.buffers[at].toString('utf8', this.starts[at], this.ends[at])
    })
  }
}

/**
 * Follows a file that another process appends to, from byte `start` on, passing its lines to
 * `sink` as they are written. One buffer is reused for every read, so memory stays flat however
 * much is written.
 */
export class LogFollower {
  private readonly splitter: LineSplitter
  private stopping = false
  private wake?: () => void
  readonly done: Promise<void>

  constructor(file: string, start: number, sink: LineSink) {
    this.splitter = new LineSplitter(sink)
    this.done = this.follow(file, start)
    this.done.catch(() => undefined) // reported to whoever awaits stop()
  }

  private async follow(file: string, start: number): Promise<void> {
    const handle = await fs.promises.open(file, 'r')
    const buffer = Buffer.allocUnsafe(READ_BYTES)
    let position = start
    try {
      for (;;) {
        // Whatever the writer wrote before `stop` is read in this pass.
        const last = this.stopping
        for (;;) {
          const { bytesRead } = await handle.read(buffer, 0, buffer.length, position)
          if (!bytesRead) break
          position += bytesRead
          this.splitter.push(buffer.subarray(0, bytesRead))
        }
        if (last) break
        if (this.stopping) continue // stopped while reading: one more pass, no wait
        await new Promise<void>(resolve => {
          const timer = setTimeout(resolve, POLL_MS)
          this.wake = () => {
            clearTimeout(timer)
            resolve()
          }
        })
      }
      this.splitter.end()
    } finally {
      await handle.close()
    }
  }

  /** The writer has finished: reads what is left, then stops. */
  stop(): Promise<void> {
    this.stopping = true
    this.wake?.()
    return this.done
  }
}

/** The last `count` lines written to `file` after byte `start`, read from its end. */
export function lastLinesOf(file: string, start: number, count: number): string[] {
  if (count <= 0) return []
  const fd = fs.openSync(file, 'r')
  try {
    const end = fs.fstatSync(fd).size
    let begin = end
    let text = Buffer.alloc(0)
    const enough = (): boolean => {
      let newlines = 0
      for (let at = text.indexOf(NEWLINE); at >= 0; at = text.indexOf(NEWLINE, at + 1)) {
        if (++newlines > count) return true
      }
      return false
    }
    while (begin > start && end - begin < TAIL_BYTES && !enough()) {
      const size = Math.min(64 * 1024, begin - start)
      begin -= size
      const block = Buffer.allocUnsafe(size)
      fs.readSync(fd, block, 0, size, begin)
      text = Buffer.concat([block, text])
    }
    const lines = text.toString('utf8').split('\n')
    if (lines.at(-1) === '') lines.pop() // the newline that ends the output
    if (begin > start) lines.shift() // a line cut at the start of what was read
    return lines.slice(-count)
  } finally {
    fs.closeSync(fd)
  }
}
