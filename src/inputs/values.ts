// Parsers for the kinds of value inputs and flags take: one each, shared by the action's inputs
// and the command line's own flags, so a size or a boolean reads the same everywhere.
import { UserError } from '../util/errors.js'
import { quote } from '../util/text.js'

export class InputError extends UserError {}

/**
 * GitHub reads `with:` values as YAML 1.2 core-schema booleans (as core.getBooleanInput does):
 * these six spellings and no others, so `yes` is refused rather than guessed.
 */
const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

export function parseBoolean(value: string, name: string): boolean {
  if (TRUE.includes(value)) return true
  if (FALSE.includes(value)) return false
  throw new InputError(
    `${name} ${quote(value)} is not a boolean: write true or false (GitHub reads booleans as YAML 1.2: ${[...TRUE, ...FALSE].join(', ')})`
  )
}

/** The closest allowed value by edit distance, when it is close enough to be a typo. */
export function closest(value: string, allowed: readonly string[]): string | undefined {
  let best: { word: string; distance: number } | undefined
  for (const word of allowed) {
    // The distance is at least the difference in length: a long value is no typo of a short word.
    if (Math.abs(value.length - word.length) > Math.max(1, Math.floor(word.length / 3))) continue
    const distance = editDistance(value.toLowerCase(), word.toLowerCase())
    if (!best || distance < best.distance) best = { word, distance }
  }
  return best && best.distance <= Math.max(1, Math.floor(best.word.length / 3))
    ? best.word
    : undefined
}

/** Edits between two words (insert, delete, change, or swap two neighbours: amd46 → amd64 is 1). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const change = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + change)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
      }
    }
  }
  return d[a.length][b.length]
}

/**
 * One of `allowed`. `suggest` maps other names people use to an allowed value (x86_64 → amd64);
 * otherwise a near miss is offered as "did you mean".
 */
export function oneOf<T extends string>(
  value: string,
  allowed: readonly T[],
  name: string,
  suggest?: (value: string) => T | undefined
): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  if (value === '') throw new InputError(`${name} is required: use one of ${allowed.join(', ')}`)
  const meant = suggest?.(value) ?? closest(value, allowed)
  throw new InputError(
    `${name} ${quote(value)} is not valid: ${meant ? `did you mean ${meant}? ` : ''}use one of ${allowed.join(', ')}`
  )
}

export function wholeNumber(
  value: string,
  name: string,
  min: number,
  max: number,
  why: string
): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new InputError(
      `${name} ${quote(value)} must be a whole number from ${min} to ${max} (${why})`
    )
  }
  return Number(value)
}

/** ccache's size syntax: a number with an optional K, M, G or T suffix (500M, 3G); above 0. */
export function parseSize(value: string, name: string, example = '500M or 3G'): string {
  const match = /^(\d+(?:\.\d+)?)([KMGT]?)$/i.exec(value)
  if (!match) {
    throw new InputError(`${name} ${quote(value)} is not a size such as ${example}`)
  }
  if (Number(match[1]) === 0) {
    throw new InputError(
      `${name} ${quote(value)} is no size at all (ccache reads 0 as "no limit"): give a size such as ${example}`
    )
  }
  return value.toUpperCase()
}

/** A size in binary units (G = GiB), as the summary shows sizes. */
export function binaryBytes(size: string): number {
  const match = /^(\d+(?:\.\d+)?)([KMGT]?)$/i.exec(size)
  if (!match) return 0
  return Number(match[1]) * 1024 ** ['', 'K', 'M', 'G', 'T'].indexOf(match[2].toUpperCase())
}

/** A size in decimal units, as ccache reads its own (500M = 500,000,000 bytes). */
export function ccacheBytes(size: string): number {
  const match = /^(\d+(?:\.\d+)?)([KMGT]?)$/i.exec(size)
  if (!match) return 0
  return Number(match[1]) * 1000 ** ['', 'K', 'M', 'G', 'T'].indexOf(match[2].toUpperCase())
}

/** Self-hosted runners run a job for at most 5 days (GitHub's usage limits); nothing needs more. */
const MAX_DURATION_SECONDS = 5 * 24 * 3600

/** A duration: `345` (minutes), or hours and minutes such as `5h45m`, `5h`, `90m`. */
export function parseDuration(value: string, name: string): number {
  const match = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*(?:m|min)?)?$/i.exec(value.trim())
  const seconds =
    match && (match[1] || match[2])
      ? (Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0)) * 60
      : NaN
  if (!(seconds > 0) || seconds > MAX_DURATION_SECONDS) {
    throw new InputError(
      `${name} ${quote(value)} is not a duration from 1 minute to 5 days: write minutes (345) or hours and minutes (5h45m)`
    )
  }
  return seconds
}

/** `10%` (or `10`) → 10; `off` → undefined. */
export function percentOrOff(value: string, name: string): number | undefined {
  if (/^off$/i.test(value)) return undefined
  const match = /^(\d+(?:\.\d+)?)\s*%?$/.exec(value)
  if (!match) {
    throw new InputError(`${name} ${quote(value)} is not a percentage such as 10% (or off)`)
  }
  return Number(match[1])
}

export function positiveNumber(value: string, name: string): number {
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0) {
    throw new InputError(`${name} ${quote(value)} must be a positive number`)
  }
  return Number(value)
}
