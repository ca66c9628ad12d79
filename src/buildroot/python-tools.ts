// Buildroot's own Python tools (utils/generate-cyclonedx, support/scripts/cve-check), run from
// the Buildroot tree in use with the runner's python3. They come with Buildroot: a tree without
// one is an older release, which is said, not an error.
import fs from 'node:fs'
import path from 'node:path'
import { run } from '../util/run.js'

export const GENERATE_CYCLONEDX = 'utils/generate-cyclonedx'
export const CVE_CHECK = 'support/scripts/cve-check'

/** The tool's path in the tree, or undefined when this Buildroot has none. */
export function buildrootTool(buildrootDir: string, tool: string): string | undefined {
  const file = path.join(buildrootDir, tool)
  return fs.existsSync(file) ? file : undefined
}

export interface ToolResult {
  ok: boolean
  /** The line that says what went wrong (a Python traceback's last line), when it failed. */
  reason?: string
  lastLines: string[]
}

/**
 * Runs `python3 <script> <args>`. Bytecode caches are not written (they would land in the
 * Buildroot tree, whose files are part of the inputs hash); make variables Buildroot refuses
 * are removed, and `env` is added.
 */
export async function runPythonTool(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = {}
): Promise<ToolResult> {
  const base: NodeJS.ProcessEnv = { ...process.env }
  for (const name of ['MAKEFLAGS', 'MFLAGS', 'MAKELEVEL', 'PYTHONPATH']) delete base[name]
  const result = await run('python3', [script, ...args], {
    env: { ...base, PYTHONDONTWRITEBYTECODE: '1', ...env },
    keepLastLines: 20
  })
  const lines = result.lastLines.filter(line => line.trim() !== '')
  return result.exitCode === 0
    ? { ok: true, lastLines: lines }
    : {
        ok: false,
        reason: lines.at(-1) ?? `python3 exited with code ${result.exitCode}`,
        lastLines: lines
      }
}
