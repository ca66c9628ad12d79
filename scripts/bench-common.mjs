// What the benchmark scripts share: the median, a scratch folder that Ctrl-C removes together
// with the process group being timed, and the command line of a build on a stand-in tree.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const median = numbers => {
  const sorted = [...numbers].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

let measured // the detached process group being timed

/**
 * Starts `command` under GNU time in a process group of its own, which Ctrl-C stops with the
 * benchmark. `finished` resolves to its exit status, wall and CPU (user + system) seconds and
 * the peak RSS of its largest process in MB.
 */
export function timed(command, timesFile, options) {
  const child = spawn('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timesFile, ...command], {
    ...options,
    detached: true
  })
  measured = child
  const finished = new Promise(resolve =>
    child.on('close', status => {
      if (measured === child) measured = undefined
      const [wall, user, system, rssKb] = fs
        .readFileSync(timesFile, 'utf8')
        .trim()
        .split('\n')
        .pop()
        .split(' ')
        .map(Number)
      resolve({ status, wall, cpu: user + system, rss: rssKb / 1024 })
    })
  )
  return { child, finished }
}

/** A scratch folder under the system's temporary folder, removed by cleanUp() and on Ctrl-C. */
export function scratchFolder(prefix) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  const cleanUp = () => fs.rmSync(root, { recursive: true, force: true })
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (measured) process.kill(-measured.pid, 'SIGKILL')
      cleanUp()
      process.exit(130)
    })
  }
  return { root, cleanUp }
}

/** The CLI's arguments for a build on a stand-in Buildroot tree with the given config folder. */
export const standInTreeArgs = (tree, configDir) => [
  // The action's own Buildroot patch series is for the real tree, and placeholder images do
  // not boot.
  '--smoke-test',
  'off',
  '--buildroot-patches',
  'none',
  '--buildroot-src',
  tree,
  '--config-dir',
  configDir
]

/** A build of `target` by the CLI at `cliFile` on a stand-in tree, with no cache and no upload. */
export const uncachedStandInBuild = (cliFile, target, tree, configDir, work) => [
  process.execPath,
  cliFile,
  'build',
  '--target',
  target,
  ...standInTreeArgs(tree, configDir),
  '--output',
  path.join(work, 'output'),
  '--cache',
  'off',
  '--cache-dir',
  path.join(work, 'cache'),
  '--no-upload'
]

/**
 * The Makefile of a stand-in Buildroot tree: the targets the CLI calls, with `allRecipe` (lines
 * with their tabs) as the build.
 */
export const standInMakefile = allRecipe =>
  [
    'export BR2_VERSION := 2025.02.16',
    'O ?= output',
    'all:',
    ...allRecipe,
    'defconfig:',
    '\t@mkdir -p $(O) && cp $(BR2_DEFCONFIG) $(O)/.config',
    'savedefconfig:',
    '\t@cp $(O)/.config $(BR2_DEFCONFIG)',
    'printvars:',
    `\t@echo "BR2_VERSION='2025.02.16'"`,
    'show-info:',
    `\t@echo '{}'`,
    '.PHONY: all defconfig savedefconfig printvars show-info',
    ''
  ].join('\n')
