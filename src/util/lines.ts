// Lines of a command's output, without decoding it: a Buildroot build prints gigabytes, of
// which the pipeline reads a few thousand lines (the `>>>` steps) and the last few dozen (for
// error messages). Lines are handed on as byte ranges of the chunks they arrived in; only the
// ones a consumer asks for become strings.

const NEWLINE = 0x0a

/** A line as the bytes `buffer[start..end)`, newline excluded. */
export type LineSink = (buffer: Buffer, start: number, end: number) => void

/** Splits one stream into lines; a line may span chunks (only such lines are copied). */
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
    if (start < chunk.length) this.pending.push(chunk.subarray(start))
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
