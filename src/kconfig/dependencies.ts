// Why a symbol did not land: where it is defined, what it depends on (its own `depends on`
// lines plus the enclosing `if`, `menu ... depends on` and `choice ... depends on`), and which
// of those the generated .config does not meet. For an unknown symbol, the closest known names.
import fs from 'node:fs'
import path from 'node:path'
import { unquote } from './defconfig.js'

export interface SymbolDefinition {
  symbol: string
  file: string
  line: number
  /** Every condition that must hold for the symbol to be visible. */
  dependsOn: string[]
  /** Whether a user can set it (it has a prompt); symbols without one are only `select`ed. */
  prompt: boolean
  /** Symbols this one selects. */
  selects: string[]
}

export type KconfigIndex = Map<string, SymbolDefinition[]>

/** Kconfig files under `root` whose names match `pattern` (Config.in* for Buildroot, Kconfig* for Linux). */
export function findKconfigFiles(root: string, pattern: RegExp): string[] {
  if (!fs.existsSync(root)) return []
  return fs
    .readdirSync(root, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile() && pattern.test(entry.name))
    .map(entry => path.join(entry.parentPath, entry.name))
    .filter(file => !file.includes(`${path.sep}.git${path.sep}`))
}

/**
 * The lines of a Kconfig file with backslash continuations joined, each with the index of its
 * first physical line: `select A \⏎ if (B || \⏎ C)` is one line, not an `if` block.
 */
function logicalLines(text: string): [string, number][] {
  const lines: [string, number][] = []
  let pending: [string, number] | undefined
  text.split('\n').forEach((line, i) => {
    const joined: [string, number] = pending
      ? [`${pending[0]} ${line.trim()}`, pending[1]]
      : [line, i]
    if (/\\\s*$/.test(line)) pending = [joined[0].replace(/\\\s*$/, ''), joined[1]]
    else {
      lines.push(joined)
      pending = undefined
    }
  })
  if (pending) lines.push(pending)
  return lines
}

export function indexKconfig(files: string[]): KconfigIndex {
  const index: KconfigIndex = new Map()
  for (const file of files) {
    const blocks: { kind: 'if' | 'menu' | 'choice'; condition?: string }[] = []
    let current: SymbolDefinition | undefined
    let opened: { kind: 'menu' | 'choice'; index: number } | undefined
    logicalLines(fs.readFileSync(file, 'utf8')).forEach(([raw, i]) => {
      const text = raw.replace(/#.*$/, '').trim()
      const [word] = text.split(/\s+/)
      const rest = text.slice(word.length).trim()
      const conditions = (): string[] =>
        blocks.map(b => b.condition).filter((c): c is string => Boolean(c))
      switch (word) {
        case 'config':
        case 'menuconfig':
          current = {
            symbol: rest,
            file,
            line: i + 1,
            dependsOn: conditions(),
            prompt: false,
            selects: []
          }
          index.set(rest, [...(index.get(rest) ?? []), current])
          opened = undefined
          return
        case 'if':
          blocks.push({ kind: 'if', condition: rest })
          current = undefined
          return
        case 'menu':
        case 'choice':
          blocks.push({ kind: word })
          opened = { kind: word, index: blocks.length - 1 }
          current = undefined
          return
        case 'endif':
        case 'endmenu':
        case 'endchoice':
          blocks.pop()
          current = undefined
          opened = undefined
          return
        case 'source':
        case 'comment':
        case 'mainmenu':
          current = undefined
          opened = undefined
          return
        case 'bool':
        case 'tristate':
        case 'string':
        case 'int':
        case 'hex':
        case 'prompt':
          if (current && /^"/.test(rest)) current.prompt = true
          return
        case 'select':
          if (current) current.selects.push(rest.split(/\s+/)[0])
          return
        case 'depends':
          if (!rest.startsWith('on ')) return
          if (current) current.dependsOn.push(rest.slice(3).trim())
          else if (opened) {
            const block = blocks[opened.index]
            block.condition = block.condition
              ? `(${block.condition}) && (${rest.slice(3).trim()})`
              : rest.slice(3).trim()
          }
          return
      }
    })
  }
  return index
}

type Token = string

function tokenize(expression: string): Token[] {
  return expression.match(/"(?:[^"\\]|\\.)*"|&&|\|\||!=|[!=()<>]=?|[A-Za-z0-9_$.\-/]+/g) ?? []
}

const TRISTATE: Record<string, number> = { n: 0, m: 1, y: 2 }

/** Evaluates a Kconfig expression against .config values (tristate: n=0, m=1, y=2). */
export function evaluate(expression: string, values: Map<string, string>): number {
  const tokens = tokenize(expression)
  let position = 0
  // String values are quoted in .config and in expressions alike: compare them unquoted.
  // A token past the end (an expression this reader does not parse) counts as unset.
  const valueOf = (token: string | undefined): string =>
    token === undefined
      ? 'n'
      : unquote(token.startsWith('"') || token in TRISTATE ? token : (values.get(token) ?? 'n'))
  const atom = (): number => {
    const token = tokens[position++]
    if (token === '!') return 2 - atom()
    if (token === '(') {
      const value = or()
      position++ // ')'
      return value
    }
    const next = tokens[position]
    if (next === '=' || next === '!=') {
      position++
      const other = tokens[position++]
      const equal = valueOf(token) === valueOf(other)
      return (next === '=') === equal ? 2 : 0
    }
    return TRISTATE[valueOf(token)] ?? 0
  }
  const and = (): number => {
    let value = atom()
    while (tokens[position] === '&&') {
      position++
      value = Math.min(value, atom())
    }
    return value
  }
  const or = (): number => {
    let value = and()
    while (tokens[position] === '||') {
      position++
      value = Math.max(value, and())
    }
    return value
  }
  return tokens.length ? or() : 2
}

/** Symbols in an expression that are not set in .config. */
function unsetSymbols(expression: string, values: Map<string, string>): string[] {
  return tokenize(expression).filter(
    token =>
      /^[A-Z][A-Z0-9_]*$/.test(token) && !(token in TRISTATE) && (values.get(token) ?? 'n') === 'n'
  )
}

export interface UnmetDependency {
  definition: SymbolDefinition
  expression: string
  unset: string[]
}

/**
 * The dependencies of `symbol` that `values` does not meet, for each of its definitions.
 * `values` is keyed by the names the Kconfig files use (BR2_X for Buildroot, X for Linux).
 */
export function unmetDependencies(
  index: KconfigIndex,
  symbol: string,
  values: Map<string, string>
): UnmetDependency[] {
  return (index.get(symbol) ?? []).flatMap(definition =>
    definition.dependsOn
      .filter(expression => evaluate(expression, values) === 0)
      .map(expression => ({ definition, expression, unset: unsetSymbols(expression, values) }))
  )
}

/** Symbols whose definitions `select` `symbol`. */
export function selectorsOf(index: KconfigIndex, symbol: string): string[] {
  return [...index.values()]
    .flat()
    .filter(definition => definition.selects.includes(symbol))
    .map(definition => definition.symbol)
    .filter((name, i, all) => all.indexOf(name) === i)
    .sort()
}

/**
 * Why a known symbol did not land, in words: its first unmet dependency with where it is
 * written, and for each unset symbol that has no prompt, the options that select it (they are
 * what to enable). Undefined when every dependency holds.
 */
export function explainUnmetDependency(
  index: KconfigIndex,
  symbol: string,
  values: Map<string, string>,
  sourceRoot: string
): string | undefined {
  const [first] = unmetDependencies(index, symbol, values)
  if (!first) return undefined
  const { unset, definition } = first
  const parts = [
    `it depends on ${first.expression}${unset.length ? `, and ${unset.join(', ')} ${unset.length > 1 ? 'are' : 'is'} not set` : ''} (${path.relative(sourceRoot, definition.file)}:${definition.line})`
  ]
  for (const name of unset) {
    const hint = selectOnlyHint(index, name)
    if (hint) parts.push(hint)
  }
  return parts.join('; ')
}

/**
 * For a symbol without a prompt (only `select`ed), the options that select it, in words;
 * undefined for a symbol a user can set, or one nothing selects.
 */
export function selectOnlyHint(index: KconfigIndex, symbol: string): string | undefined {
  const definitions = index.get(symbol) ?? []
  if (definitions.length === 0 || definitions.some(d => d.prompt)) return undefined
  const selectors = selectorsOf(index, symbol)
  if (!selectors.length) return undefined
  const shown = selectors.slice(0, 4).join(', ')
  return `${symbol} cannot be set by hand: enable one of ${shown}${selectors.length > 4 ? ` (or ${selectors.length - 4} more)` : ''}, which select it`
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = saved
    }
  }
  return row[b.length]
}

/** Known symbols closest to an unknown one (at most `limit`, within a few edits). */
export function closestSymbols(index: KconfigIndex, symbol: string, limit = 3): string[] {
  const maxDistance = Math.max(2, Math.floor(symbol.length / 8))
  return [...index.keys()]
    .map(known => ({ known, distance: editDistance(symbol, known) }))
    .filter(candidate => candidate.distance <= maxDistance)
    .sort((a, b) => a.distance - b.distance || a.known.localeCompare(b.known))
    .slice(0, limit)
    .map(candidate => candidate.known)
}
