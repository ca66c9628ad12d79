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

/** Reads Buildroot variables with `make printvars`, which also parses every package's .mk. */
export async function printVars(
  tree: BuildrootTree,
  names: string[]
): Promise<Map<string, string>> {
  const out = await captureMake(
    tree,
    ['printvars'],
    [`VARS=${names.join(' ')}`, 'QUOTED_VARS=YES', '-s']
  )
  const values = new Map<string, string>()
  for (const line of out.split('\n')) {
    const match = /^([A-Za-z0-9_]+)='(.*)'$/.exec(line)
    if (match) values.set(match[1], match[2].replace(/'\\''/g, "'"))
  }
  return values
}
