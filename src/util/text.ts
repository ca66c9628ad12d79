// Values from a user or a tool (an input, a defconfig line, a command's output) are echoed into
// log lines, annotations and the job summary. A 5 MB line or raw binary bytes there would flood
// the log, and the step summary is dropped whole above 1 MiB, so every such value goes through
// echo(): control bytes escaped, at most a few hundred characters.

/** How many characters of one echoed value are shown. */
export const ECHO_LIMIT = 200

// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g

/** Escapes control bytes (keeping newlines and tabs when `multiline`) as \xNN. */
export function escapeControl(text: string, multiline = false): string {
  const escaped = text.replace(CONTROL, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
  return multiline ? escaped : escaped.replace(/\n/g, '\\n').replace(/\t/g, '\\t')
}

/** Cuts text longer than `limit` characters, saying how much was left out. */
export function cap(text: string, limit: number): string {
  if (text.length <= limit) return text
  return `${text.slice(0, limit)}… (${text.length - limit} more characters)`
}

/** One value, shown on one line: control bytes escaped, at most `limit` characters. */
export function echo(value: string, limit = ECHO_LIMIT): string {
  return cap(escapeControl(value), limit)
}

/** One value in double quotes, as messages quote what the user wrote. */
export function quote(value: string, limit = ECHO_LIMIT): string {
  return `"${echo(value, limit)}"`
}

/** The longest message (annotation or log line) the reporters pass on. */
export const MESSAGE_LIMIT = 8000

/**
 * A whole message, as the reporters send it: lines kept, control bytes escaped, each line and
 * the whole capped. The last line of a message is usually the one that matters, so a message
 * with too many lines keeps its first and last lines.
 */
export function safeMessage(message: string, limit = MESSAGE_LIMIT): string {
  const lines = escapeControl(message, true)
    .split('\n')
    .map(line => cap(line, 1000))
  let text = lines.join('\n')
  if (text.length > limit && lines.length > 1) {
    const head = lines.slice(0, 5)
    const tail: string[] = []
    let size = head.join('\n').length
    for (let i = lines.length - 1; i >= head.length && size + lines[i].length < limit - 100; i--) {
      tail.unshift(lines[i])
      size += lines[i].length + 1
    }
    const skipped = lines.length - head.length - tail.length
    text = [...head, `… (${skipped} lines left out)`, ...tail].join('\n')
  }
  return cap(text, limit)
}

/** A Markdown table cell: one line, pipes escaped, capped. */
export function tableCell(value: string, limit = ECHO_LIMIT): string {
  const oneLine = value.replace(/\s*\r?\n\s*/g, ' ').trim()
  return echo(oneLine, limit).replace(/\|/g, '\\|')
}
