// Reading, merging and comparing Kconfig files (Buildroot defconfigs, kernel configs, .config).
// Kconfig itself drops unknown symbols and symbols with unmet dependencies without a word,
// so every requested line is kept with its file and line to say exactly which one did not land.
import { UserError } from '../util/errors.js'
import { echo, quote } from '../util/text.js'

/** One `SYM=value` or `# SYM is not set` line. `value` is 'n' for "is not set". */
export interface KconfigEntry {
  symbol: string
  value: string
  file: string
  line: number
}

/** A Kconfig string value without its quotes and escapes ("a b" → a b); others as they are. */
export function unquote(value: string | undefined): string {
  const text = value ?? ''
  return /^".*"$/.test(text) ? text.slice(1, -1).replace(/\\(.)/g, '$1') : text
}

export class KconfigSyntaxError extends UserError {
  constructor(
    file: string,
    line: number,
    /** What is wrong, without the location (annotations carry that themselves). */
    private readonly what: string
  ) {
    super(`${file}:${line}: ${what}`, file, line)
  }

  override get detail(): string {
    return this.what
  }
}

const SYMBOL = '[A-Za-z0-9_]+'
const ASSIGNMENT = new RegExp(`^(${SYMBOL})=(.*)$`)
const NOT_SET = new RegExp(`^#\\s*(${SYMBOL}) is not set\\s*$`)
const VALUE = /^(?:[ynm]|-?\d+|0[xX][0-9a-fA-F]+|"(?:[^"\\]|\\.)*")$/

/**
 * Parses Kconfig assignments. `prefix` (e.g. `BR2_` or `CONFIG_`) is required on every
 * symbol when given: a line without it is almost always a typo or a file of the wrong kind.
 */
export function parseKconfig(text: string, file: string, prefix?: string): KconfigEntry[] {
  const entries: KconfigEntry[] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1
    // Kconfig reads bytes: a byte order mark or another stray character makes it drop the line
    // without a word, where JavaScript's trim() would quietly remove it.
    const stray = strayCharacter(raw)
    if (stray) throw new KconfigSyntaxError(file, line, stray)
    const trimmed = raw.trim()
    const notSet = NOT_SET.exec(trimmed)
    let entry: KconfigEntry | undefined
    if (notSet) {
      entry = { symbol: notSet[1], value: 'n', file, line }
    } else if (trimmed === '' || trimmed.startsWith('#')) {
      return
    } else {
      const assignment = ASSIGNMENT.exec(trimmed)
      if (!assignment) {
        // Before any assignment, the file may be no Kconfig file at all (a link to a key, a
        // token): its content is not repeated.
        throw new KconfigSyntaxError(
          file,
          line,
          entries.length
            ? `${quote(trimmed)} is not a Kconfig assignment; expected SYMBOL=value or "# SYMBOL is not set"`
            : 'is not a Kconfig file: its first setting is not SYMBOL=value or "# SYMBOL is not set" (the line is not shown, in case it holds a secret)'
        )
      }
      const value = assignment[2]
      if (!VALUE.test(value)) {
        throw new KconfigSyntaxError(
          file,
          line,
          `${echo(assignment[1])} has the value ${echo(value)}, which is not y, n, m, a number or a "quoted string"`
        )
      }
      entry = { symbol: assignment[1], value, file, line }
    }
    if (prefix && !entry.symbol.startsWith(prefix)) {
      throw new KconfigSyntaxError(
        file,
        line,
        `${echo(entry.symbol)} does not start with ${prefix}; this file takes ${prefix}* symbols only`
      )
    }
    entries.push(entry)
  })
  return entries
}

/**
 * What is wrong with a line's characters for Kconfig, if anything: a byte order mark, a control
 * character, or a character outside ASCII anywhere but inside a quoted string value.
 */
function strayCharacter(raw: string): string | undefined {
  if (raw.startsWith('\uFEFF')) {
    return 'starts with a byte order mark (U+FEFF), which Kconfig does not skip: it drops the line. Save the file as UTF-8 without BOM.'
  }
  // A comment may say anything.
  if (/^\s*#/.test(raw)) return undefined
  const outsideQuotes = raw.replace(/"(?:[^"\\]|\\.)*"/g, '""')
  const bad = [...outsideQuotes].find(
    c => (c < ' ' && c !== '\t' && c !== '\r') || c === '\u007f' || c > '\u007e'
  )
  if (bad === undefined) return undefined
  const code = `U+${bad.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`
  return `holds the character ${code} outside a quoted value, which Kconfig does not read as part of a setting: the line would be dropped. Remove it (a copy from a web page or word processor often brings one).`
}

/** Merges layers in order: a symbol set again in a later layer replaces the earlier value. */
export function mergeKconfig(...layers: KconfigEntry[][]): KconfigEntry[] {
  const merged = new Map<string, KconfigEntry>()
  for (const entry of layers.flat()) {
    merged.delete(entry.symbol)
    merged.set(entry.symbol, entry)
  }
  return [...merged.values()]
}

export function renderKconfig(entries: KconfigEntry[]): string {
  return entries
    .map(e => (e.value === 'n' ? `# ${e.symbol} is not set` : `${e.symbol}=${e.value}`))
    .join('\n')
    .concat('\n')
}

/** Symbol → value of a generated `.config` ('n' for "is not set"). */
export function readDotConfig(text: string): Map<string, string> {
  return new Map(parseKconfig(text, '.config').map(e => [e.symbol, e.value]))
}

export interface UnmetRequest {
  requested: KconfigEntry
  /** Value in .config, or undefined when Kconfig did not write the symbol at all. */
  actual: string | undefined
}

/**
 * The requested entries that did not land. A symbol absent from `.config` is unknown to
 * this tree or hidden by an unmet dependency; either way the request had no effect.
 */
export function findUnmetRequests(
  requested: KconfigEntry[],
  dotConfig: Map<string, string>
): UnmetRequest[] {
  return requested
    .filter(entry => !landed(entry.value, dotConfig.get(entry.symbol)))
    .map(entry => ({ requested: entry, actual: dotConfig.get(entry.symbol) }))
}

function landed(wanted: string, actual: string | undefined): boolean {
  if (wanted === 'n') return actual === undefined || actual === 'n'
  if (actual === undefined) return false
  // A module request that something else forced built-in still provides the feature.
  if (wanted === 'm') return actual === 'm' || actual === 'y'
  if (/^0x/i.test(wanted) && /^0x/i.test(actual)) return BigInt(wanted) === BigInt(actual)
  return wanted === actual
}

/** A one-line explanation of why a request did not land, for annotations. */
export function describeUnmet({ requested, actual }: UnmetRequest): string {
  const asked = `${echo(requested.symbol)}=${echo(requested.value)}`
  if (actual === undefined) {
    return `${asked} did not land in .config: the symbol is unknown to this tree or one of its dependencies is not met`
  }
  const got = actual === 'n' ? 'is not set' : `=${echo(actual)}`
  return `${asked} did not land in .config: it ended up ${got} (a dependency or a conflicting option overrides it)`
}
