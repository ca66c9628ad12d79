// How everything calls Buildroot's make: one place that knows the source tree, the output
// folder and the BR2_EXTERNAL list, so configure, check and build cannot disagree.
import { capture, run, CommandError, type RunOptions, type RunResult } from '../util/run.js'

export interface BuildrootTree {
  /** The Buildroot source tree (holds Makefile and Config.in). */
  sourceDir: string
  /** O=: where Buildroot writes .config, build/, host/, images/. */
  outputDir: string
  /** BR2_EXTERNAL trees, the action's own first. */
  externalTrees: string[]
  /** Extra environment, e.g. BR2_DL_DIR and BR2_CCACHE_DIR. */
  env?: NodeJS.ProcessEnv
}

export function makeArgs(
  tree: BuildrootTree,
  targets: string[],
  variables: string[] = []
): string[] {
  const args = ['-C', tree.sourceDir, `O=${tree.outputDir}`]
  if (tree.externalTrees.length) args.push(`BR2_EXTERNAL=${tree.externalTrees.join(':')}`)
  return [...args, ...variables, ...targets]
}

/** Buildroot refuses to run with some variables set (see support/dependencies/dependencies.sh). */
export function buildrootEnv(tree: BuildrootTree): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...tree.env }
  for (const name of ['PERL_MM_OPT', 'CROSS_COMPILE', 'ARCH', 'MAKEFLAGS', 'MFLAGS', 'MAKELEVEL']) {
    delete env[name]
  }
  return env
}

export function runMake(
  tree: BuildrootTree,
  targets: string[],
  variables: string[] = [],
  options: RunOptions = {}
): Promise<RunResult> {
  return run('make', makeArgs(tree, targets, variables), { env: buildrootEnv(tree), ...options })
}

/** Runs a make target that must succeed and returns its stdout. */
export async function captureMake(
  tree: BuildrootTree,
  targets: string[],
  variables: string[] = []
): Promise<string> {
  try {
    return await capture('make', makeArgs(tree, targets, variables), { env: buildrootEnv(tree) })
  } catch (error) {
    if (error instanceof CommandError) {
      throw new CommandError(`make ${[...variables, ...targets].join(' ')}`, error.result)
    }
    throw error
  }
}

/** What one `make` call asks of Buildroot's read-only targets (see queryBuildroot). */
export interface BuildrootQuery {
  /** make patterns for `printvars`, e.g. BR2_VERSION or %_HASH_FILES. */
  vars: string[]
  /** Also `show-info`: the JSON description of every enabled package. */
  showInfo?: boolean
  /** Also `savedefconfig`, written to this file. */
  saveDefconfig?: string
}

export interface BuildrootAnswers {
  vars: Map<string, string>
  /** show-info's JSON, when asked for. */
  showInfo?: string
}

/**
 * Asks Buildroot several things in one `make` call. Every call that reads .config parses all
 * of Buildroot's makefiles (some 10 s of CPU), so printvars, show-info and savedefconfig asked
 * together cost one parse instead of one each. The top Makefile is .NOTPARALLEL: the goals run
 * in the order given, savedefconfig (silent but for the output Makefile's GEN line), then
 * printvars (NAME='value', a value may span lines), then show-info (one line of JSON, last).
 */
export async function queryBuildroot(
  tree: BuildrootTree,
  query: BuildrootQuery
): Promise<BuildrootAnswers> {
  const targets = [
    ...(query.saveDefconfig ? ['savedefconfig'] : []),
    'printvars',
    ...(query.showInfo ? ['show-info'] : [])
  ]
  const variables = [`VARS=${query.vars.join(' ')}`, 'QUOTED_VARS=YES', '-s']
  if (query.saveDefconfig) variables.push(`BR2_DEFCONFIG=${query.saveDefconfig}`)
  let out = await captureMake(tree, targets, variables)
  let showInfo: string | undefined
  if (query.showInfo) {
    const start = out.lastIndexOf('\n{') + 1
    if (!out.startsWith('{', start)) {
      throw new Error(`make show-info printed no JSON; its output ends with: ${out.slice(-300)}`)
    }
    showInfo = out.slice(start)
    out = out.slice(0, start)
  }
  return { vars: parsePrintvars(out), showInfo }
}

/** `make printvars QUOTED_VARS=YES` output: NAME='value', with ' written as '\'' (and newlines kept). */
export function parsePrintvars(out: string): Map<string, string> {
  const values = new Map<string, string>()
  for (const match of out.matchAll(/^([A-Za-z0-9_]+)='((?:[^']|'\\'')*)'$/gm)) {
    values.set(match[1], match[2].replace(/'\\''/g, "'"))
  }
  return values
}
