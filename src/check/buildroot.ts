// Check mode's own Buildroot findings, beside the unmet symbols it shares with build mode: no
// legacy option is selected, and whether the file is what savedefconfig would write.
import fs from 'node:fs'
import path from 'node:path'
import { isInputLine, type ConfiguredTree } from '../buildroot/configure.js'
import type { Finding } from '../buildroot/findings.js'
import { parseKconfig, type KconfigEntry } from '../kconfig/defconfig.js'
import { indexKconfig } from '../kconfig/dependencies.js'

/** Options from Config.in.legacy that the configuration selects (Buildroot then refuses to build). */
export function legacyFindings(configured: ConfiguredTree): Finding[] {
  if (configured.dotConfig.get('BR2_LEGACY') !== 'y') return []
  const legacyFile = path.join(configured.tree.sourceDir, 'Config.in.legacy')
  const legacy = indexKconfig(fs.existsSync(legacyFile) ? [legacyFile] : [])
  const selected = [...legacy.keys()].filter(
    symbol => symbol !== 'BR2_LEGACY' && configured.dotConfig.get(symbol) === 'y'
  )
  return selected.map(symbol => {
    const entry = configured.requested.find(e => e.symbol === symbol)
    return {
      level: 'error',
      message: `${symbol} is a legacy option: Buildroot ${configured.buildrootVersion} removed or renamed it and refuses to build while it is set. Its help text in Config.in.legacy says what replaces it.`,
      at: entry
        ? { file: entry.file, line: entry.line || undefined }
        : { file: configured.files.buildrootDefconfig }
    }
  })
}

/**
 * Compares the user's defconfig with what `make savedefconfig` wrote for it (`saved`, from the
 * same make call as the package list): a notice, never a failure. The action's own lines
 * (kernel pointer), the runtime's fragment and the lines of inputs (the fragment, parallel-build)
 * are left out.
 */
export function normalizationFinding(
  configured: ConfiguredTree,
  saved: string
): Finding | undefined {
  // The kernel pointer is the action's, and fragment lines are not the file's to normalize.
  const notTheFiles = new Set([
    'BR2_LINUX_KERNEL_USE_CUSTOM_CONFIG',
    'BR2_LINUX_KERNEL_CUSTOM_CONFIG_FILE',
    ...configured.requested
      .filter(e => isInputLine(e) || e.file === configured.files.runtimeFragment)
      .map(e => e.symbol)
  ])
  const ownLines = (entries: KconfigEntry[]): string[] =>
    entries
      .filter(e => !notTheFiles.has(e.symbol))
      .map(e => (e.value === 'n' ? `# ${e.symbol} is not set` : `${e.symbol}=${e.value}`))
  const file = configured.files.buildrootDefconfig
  const wanted = ownLines(parseKconfig(fs.readFileSync(saved, 'utf8'), saved))
  const have = ownLines(parseKconfig(fs.readFileSync(file, 'utf8'), file))
  const missing = wanted.filter(line => !have.includes(line))
  const extra = have.filter(line => !wanted.includes(line))
  if (!missing.length && !extra.length) return undefined
  const diff = [...extra.map(l => `- ${l}`), ...missing.map(l => `+ ${l}`)].join('\n')
  return {
    level: 'notice',
    message: `${path.basename(file)} is not what savedefconfig writes (lines with - are defaults or redundant, + are needed to keep the same result):\n${diff}`,
    at: { file, title: 'defconfig not normalized' }
  }
}
