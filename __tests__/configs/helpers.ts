// Shared readers for the config tests: the shipped configs/ folder, its BR2_EXTERNAL tree and
// the Kconfig lines of the defconfigs. Kept free of src/ so these tests check the files alone.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const configsDir = path.join(repoRoot, 'configs')
export const externalDir = path.join(configsDir, 'external')
export const targets = ['amd64', 'arm64'] as const
export type Target = (typeof targets)[number]

export interface KconfigLine {
  line: number
  symbol: string
  /** Raw value: y, m, a number, or a "quoted string"; 'n' for "# SYM is not set". */
  value: string
}

/** The BR2_EXTERNAL tree's name from external.desc (BR2_EXTERNAL_<name>_PATH). */
export function externalName(): string {
  const desc = fs.readFileSync(path.join(externalDir, 'external.desc'), 'utf8')
  const match = /^name:\s*([A-Za-z0-9_]+)\s*$/m.exec(desc)
  if (!match) throw new Error('configs/external/external.desc has no "name:" line')
  return match[1]
}

/** Assignment and "is not set" lines of a defconfig; other comments and blanks are skipped. */
export function readKconfig(file: string): KconfigLine[] {
  const result: KconfigLine[] = []
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      const text = raw.trim()
      const notSet = /^#\s*([A-Za-z0-9_]+) is not set$/.exec(text)
      if (notSet) {
        result.push({ line: index + 1, symbol: notSet[1], value: 'n' })
        return
      }
      if (text === '' || text.startsWith('#')) return
      const eq = text.indexOf('=')
      result.push({
        line: index + 1,
        symbol: eq < 0 ? text : text.slice(0, eq),
        value: eq < 0 ? '' : text.slice(eq + 1)
      })
    })
  return result
}

/** Unquotes a Kconfig string value ("a \"b\"" -> a "b"). */
export function unquote(value: string): string {
  if (!/^".*"$/.test(value)) throw new Error(`${value} is not a quoted string`)
  return value.slice(1, -1).replace(/\\(.)/g, '$1')
}

/** Replaces $(BR2_EXTERNAL_<name>_PATH) by the tree's path, as Buildroot does. */
export function resolveExternal(value: string): string {
  return value.split(`$(BR2_EXTERNAL_${externalName()}_PATH)`).join(externalDir)
}

export function defconfigPath(target: Target): string {
  return path.join(configsDir, target, 'buildroot_defconfig')
}

export function kernelConfigPath(target: Target): string {
  return path.join(configsDir, target, 'kernel_defconfig')
}

/** Every file below dir, recursively, as absolute paths. */
export function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? walk(full) : [full]
  })
}

/** Value of a symbol in a defconfig, or undefined. */
export function valueOf(lines: KconfigLine[], symbol: string): string | undefined {
  return lines.find(l => l.symbol === symbol)?.value
}
