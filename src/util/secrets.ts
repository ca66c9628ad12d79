// Secrets a user hands over inside a value (a password in a ccache remote storage URL, in a
// mirror's URL) must never reach a log line, the summary or an artifact. What the action prints
// itself shows such values with the credentials replaced (inputs/urls.ts); this catches what
// others print: a build system that echoes its environment, `ccache -p`, a tool's error line.
import fs from 'node:fs'

/** What a secret is replaced with, as GitHub's own log masking writes it. */
export const MASK = '***'

/** Every secret once, longest first: a secret that holds another is replaced whole. */
function ordered(secrets: readonly string[]): string[] {
  return [...new Set(secrets.filter(secret => secret !== ''))].sort((a, b) => b.length - a.length)
}

/** `text` with every occurrence of every secret replaced by ***. */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text
  for (const secret of ordered(secrets)) result = result.split(secret).join(MASK)
  return result
}

/**
 * Rewrites `file` with every secret replaced, reading it in pieces (a build log runs to
 * gigabytes); the file is only rewritten when it holds a secret. Returns how many were replaced.
 */
export function redactFile(file: string, secrets: readonly string[]): number {
  const wanted = ordered(secrets).map(secret => Buffer.from(secret))
  if (!wanted.length || !fs.existsSync(file)) return 0
  const longest = Math.max(...wanted.map(secret => secret.length))
  const chunk = Math.max(1 << 20, longest * 4)
  // A secret may straddle two pieces: each piece is searched with the end of the one before.
  const scan = (each: (piece: Buffer, final: boolean) => void): void => {
    const fd = fs.openSync(file, 'r')
    try {
      let carry = Buffer.alloc(0)
      const buffer = Buffer.alloc(chunk)
      for (;;) {
        const read = fs.readSync(fd, buffer, 0, chunk, null)
        const piece = Buffer.concat([carry, buffer.subarray(0, read)])
        if (read === 0) {
          each(piece, true)
          return
        }
        const keep = Math.min(piece.length, longest - 1)
        // A secret found whole across the cut goes out whole, with this piece.
        let cut = piece.length - keep
        for (let moved = true; moved;) {
          moved = false
          for (const secret of wanted) {
            const at = piece.indexOf(secret, Math.max(0, cut - secret.length + 1))
            if (at >= 0 && at < cut && at + secret.length > cut) {
              cut = at + secret.length
              moved = true
            }
          }
        }
        each(piece.subarray(0, cut), false)
        carry = Buffer.from(piece.subarray(cut))
      }
    } finally {
      fs.closeSync(fd)
    }
  }
  const replaceIn = (piece: Buffer): { text: Buffer; count: number } => {
    let text = piece
    let count = 0
    for (const secret of wanted) {
      const parts: Buffer[] = []
      let from = 0
      for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, from)) {
        parts.push(text.subarray(from, at), Buffer.from(MASK))
        from = at + secret.length
        count += 1
      }
      if (from > 0) text = Buffer.concat([...parts, text.subarray(from)])
    }
    return { text, count }
  }
  let found = 0
  scan(piece => {
    found += replaceIn(piece).count
  })
  if (!found) return 0
  const rewritten = `${file}.redacting-${process.pid}`
  const out = fs.openSync(rewritten, 'w', fs.statSync(file).mode)
  try {
    scan(piece => {
      fs.writeSync(out, replaceIn(piece).text)
    })
  } finally {
    fs.closeSync(out)
  }
  fs.renameSync(rewritten, file)
  return found
}
