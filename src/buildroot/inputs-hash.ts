// The inputs hash: one sha256 over everything that shapes the images, so that a build whose
// inputs did not change can restore the images of the build that had them (stages/image-cache.ts).
// It covers, each as one named part (logged, so two runs can be compared part by part):
// - the target, the runtime, and config-hash: the merged Buildroot configuration (the runtime's
//   fragment in it) and the kernel configuration;
// - the Buildroot tree: its version and every file in it (a release or buildroot-src alike);
// - every file of every BR2_EXTERNAL tree in use: packages, board files, overlays, scripts;
// - every file or folder that a string option of either configuration names by absolute path
//   (after expanding $(BR2_EXTERNAL_<NAME>_PATH) and $(TOPDIR)) outside those trees: an overlay
//   or post-build script elsewhere on disk counts as much as one inside a tree. Relative paths
//   are Buildroot's (relative to its tree, which is hashed whole);
// - the Buildroot patch series, in the order it is applied;
// - the action itself: package.json's version and every file of dist/, the code that runs;
// - options that change what is collected into the artifact.
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import { parseKconfig, unquote, type KconfigEntry } from '../kconfig/defconfig.js'
import { isInside } from '../util/fs.js'
import { hashTree, TreeTooLargeError } from '../util/hash.js'

/** One file of the Buildroot patch series. */
export interface BuildrootPatch {
  name: string
  sha256: string
}

export interface InputsHashInput {
  target: string
  /** The container runtime (its fragment is in config-hash already; named for the log). */
  runtime: string
  /** config-hash: the merged Buildroot configuration and the kernel configuration. */
  configHash: string
  /** The merged Buildroot configuration, to find the paths its options name. */
  requested: KconfigEntry[]
  kernelDefconfig: string
  externalTrees: string[]
  buildrootDir: string
  buildrootVersion: string
  /** The action's own folder: package.json and dist/. */
  actionDir: string
  /** The Buildroot patch series, in the order it is applied. */
  patches: BuildrootPatch[]
  /** Inputs that change what is collected into the artifact (none yet but the ones above). */
  artifactOptions: Record<string, string>
  /** Folders never hashed wherever they are (the output folder, the cache folders). */
  exclude: string[]
}

export interface InputsHashPart {
  name: string
  value: string
}

export interface InputsHash {
  hash: string
  parts: InputsHashPart[]
  /** Paths the configurations name that are not hashed, and why. */
  skipped: { path: string; reason: string }[]
}

/** A path a configuration names holding more than this is not hashed (a typo such as "/usr"). */
const MAX_NAMED_PATH_ENTRIES = 100_000

const sha256 = (text: string): string => crypto.createHash('sha256').update(text).digest('hex')

/** The NAME of a BR2_EXTERNAL tree, from its external.desc (`name: K8S_NODE`). */
export function externalTreeName(tree: string): string | undefined {
  const desc = path.join(tree, 'external.desc')
  if (!fs.existsSync(desc)) return undefined
  return /^name:\s*(\S+)/m.exec(fs.readFileSync(desc, 'utf8'))?.[1]
}

/**
 * Absolute paths named in Kconfig string values: each whitespace-separated word, with
 * $(VAR) / ${VAR} expanded from `variables`; a word with any other variable is skipped.
 */
export function namedPaths(values: string[], variables: Map<string, string>): string[] {
  const found = new Set<string>()
  for (const value of values) {
    for (const word of value.split(/\s+/).filter(Boolean)) {
      let unknown = false
      const expanded = word.replace(/\$[({]([A-Za-z0-9_]+)[)}]/g, (_, name: string) => {
        const known = variables.get(name)
        if (known === undefined) unknown = true
        return known ?? ''
      })
      if (!unknown && path.isAbsolute(expanded)) found.add(path.normalize(expanded))
    }
  }
  return [...found].sort()
}

function stringValues(entries: KconfigEntry[]): string[] {
  return entries.filter(e => e.value.startsWith('"')).map(e => unquote(e.value))
}

function actionVersion(actionDir: string): string {
  const manifest = path.join(actionDir, 'package.json')
  const version = fs.existsSync(manifest)
    ? (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version?: string }).version
    : undefined
  return `${version ?? 'unknown'} dist ${hashTree(path.join(actionDir, 'dist'))}`
}

export function computeInputsHash(input: InputsHashInput): InputsHash {
  const exclude = input.exclude.map(p => path.resolve(p))
  const buildrootDir = path.resolve(input.buildrootDir)
  const trees = input.externalTrees.map(tree => path.resolve(tree))
  const parts: InputsHashPart[] = [
    { name: 'target', value: input.target },
    { name: 'runtime', value: input.runtime },
    { name: 'config-hash', value: input.configHash },
    {
      name: `buildroot ${input.buildrootVersion}`,
      // Buildroot's default dl/ and output/ folders are not part of it, should a tree hold them.
      value: hashTree(buildrootDir, [
        ...exclude,
        path.join(buildrootDir, 'dl'),
        path.join(buildrootDir, 'output')
      ])
    }
  ]

  const variables = new Map<string, string>([['TOPDIR', buildrootDir]])
  for (const tree of trees) {
    const name = externalTreeName(tree)
    if (name) variables.set(`BR2_EXTERNAL_${name}_PATH`, tree)
    parts.push({ name: `br2-external ${name ?? tree}`, value: hashTree(tree, exclude) })
  }

  const kernelEntries = fs.existsSync(input.kernelDefconfig)
    ? parseKconfig(fs.readFileSync(input.kernelDefconfig, 'utf8'), input.kernelDefconfig)
    : []
  const hashedAlready = [buildrootDir, ...trees, ...exclude]
  const skipped: InputsHash['skipped'] = []
  for (const file of namedPaths(
    [...stringValues(input.requested), ...stringValues(kernelEntries)],
    variables
  )) {
    if (hashedAlready.some(dir => isInside(dir, file)) || !fs.existsSync(file)) continue
    // "/", a home folder: it holds the trees and the build itself, whose outputs change.
    if (hashedAlready.some(dir => isInside(file, dir))) {
      skipped.push({ path: file, reason: 'it holds the Buildroot tree or the build' })
      continue
    }
    try {
      parts.push({ name: `path ${file}`, value: hashTree(file, exclude, MAX_NAMED_PATH_ENTRIES) })
    } catch (error) {
      if (!(error instanceof TreeTooLargeError)) throw error
      skipped.push({ path: file, reason: `it holds more than ${MAX_NAMED_PATH_ENTRIES} files` })
    }
  }

  parts.push({
    name: 'buildroot-patches',
    value: input.patches.length
      ? sha256(input.patches.map(p => `${p.name} ${p.sha256}`).join('\n'))
      : 'none'
  })
  parts.push({ name: 'action', value: actionVersion(input.actionDir) })
  const options = Object.entries(input.artifactOptions).sort(([a], [b]) => a.localeCompare(b))
  if (options.length) {
    parts.push({
      name: 'artifact options',
      value: options.map(([name, value]) => `${name}=${value}`).join(' ')
    })
  }
  return { hash: sha256(parts.map(p => `${p.name}\t${p.value}`).join('\n')), parts, skipped }
}
