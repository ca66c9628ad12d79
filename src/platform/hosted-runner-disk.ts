// free-disk-space: GitHub's hosted Linux runners come with about 14 GB free and many GB of
// preinstalled toolchains that a Buildroot build never uses (it builds its own compilers and
// host tools). These are removed from a fixed list, the toolchains of the list that
// pi-gen-action removes for the same reason (usimd/pi-gen-action, src/increase-runner-disk-size.ts,
// HOST_PATHS_TO_REMOVE, after actions/runner-images#2840), without its caches, documentation,
// /tmp, npm and pip folders and the whole tool cache: only CodeQL's bundles go from the tool cache,
// where this action keeps its own Buildroot.
import fs from 'node:fs'
import path from 'node:path'
import { spaceAt } from '../util/disk.js'
import { errorMessage } from '../util/errors.js'
import { isInside } from '../util/fs.js'
import { capture } from '../util/run.js'

export interface RunnerToolchain {
  /** Relative to the runner's root; a trailing `*` matches names that start with the rest. */
  path: string
  what: string
}

export const RUNNER_TOOLCHAINS: readonly RunnerToolchain[] = [
  { path: 'usr/share/dotnet', what: '.NET' },
  { path: 'usr/local/lib/android', what: 'Android SDK' },
  { path: 'opt/ghc', what: 'Haskell (GHC)' },
  { path: 'usr/local/.ghcup', what: 'Haskell (ghcup)' },
  { path: 'opt/hostedtoolcache/CodeQL', what: 'CodeQL bundles' },
  { path: 'usr/share/swift', what: 'Swift' },
  { path: 'usr/local/julia*', what: 'Julia' },
  { path: 'usr/local/share/powershell', what: 'PowerShell' },
  { path: 'opt/microsoft/powershell', what: 'PowerShell' },
  { path: 'usr/lib/mono', what: 'Mono' },
  { path: 'usr/local/share/boost', what: 'Boost' },
  { path: 'opt/mssql-tools', what: 'SQL Server tools' },
  { path: 'usr/local/share/chromium', what: 'Chromium' },
  { path: 'opt/google/chrome', what: 'Chrome' },
  { path: 'opt/microsoft/msedge', what: 'Edge' }
]

export interface FreedSpace {
  removed: { path: string; what: string }[]
  /** Left in place, and why (it holds a folder of the run, it is reached through a link...). */
  kept: { path: string; why: string }[]
  /** Free space of each disk touched, before and after. */
  disks: { dir: string; before: number; after: number }[]
}

/** The list's entries that exist under `root`, globs expanded. */
function present(root: string): { path: string; what: string }[] {
  const found: { path: string; what: string }[] = []
  for (const entry of RUNNER_TOOLCHAINS) {
    const full = path.join(root, entry.path)
    if (!entry.path.endsWith('*')) {
      if (fs.lstatSync(full, { throwIfNoEntry: false }))
        found.push({ path: full, what: entry.what })
      continue
    }
    const dir = path.dirname(full)
    const prefix = path.basename(full).slice(0, -1)
    if (!fs.existsSync(dir)) continue
    for (const name of fs.readdirSync(dir).sort()) {
      if (name.startsWith(prefix)) found.push({ path: path.join(dir, name), what: entry.what })
    }
  }
  return found
}

/** Why `candidate` must stay, if it must. */
function whyKept(root: string, candidate: string, keep: string[]): string | undefined {
  // A link anywhere above it would take rm somewhere else; a link itself is removed as a link.
  const realParent = fs.realpathSync(path.dirname(candidate))
  const expected = path.join(fs.realpathSync(root), path.relative(root, path.dirname(candidate)))
  if (realParent !== expected) return `it is reached through a symbolic link (${realParent})`
  const real = fs.lstatSync(candidate).isSymbolicLink() ? candidate : fs.realpathSync(candidate)
  const held = keep.find(dir => isInside(real, dir) || isInside(candidate, dir))
  return held ? `it holds ${held}, which this run uses` : undefined
}

/**
 * Removes the listed toolchains under `root` (`/` on a runner), never one that holds a folder
 * of `keep` (the workspace, output-dir, the caches, the action and its tool cache). Running
 * again removes nothing more. As another user than root, through `sudo -n` (hosted runners
 * allow it without a password).
 */
export async function freeRunnerDisk(options: {
  root: string
  keep: string[]
  asRoot?: boolean
}): Promise<FreedSpace> {
  const asRoot = options.asRoot ?? process.getuid?.() === 0
  const keep = options.keep.map(dir => (fs.existsSync(dir) ? fs.realpathSync(dir) : dir))
  const result: FreedSpace = { removed: [], kept: [], disks: [] }
  const disks = new Map<number, { dir: string; before: number }>()
  const toRemove: { path: string; what: string }[] = []
  for (const candidate of present(options.root)) {
    const why = whyKept(options.root, candidate.path, keep)
    if (why) {
      result.kept.push({ path: candidate.path, why })
      continue
    }
    toRemove.push(candidate)
    const space = spaceAt(path.dirname(candidate.path))
    if (space && !disks.has(space.device)) {
      disks.set(space.device, { dir: path.dirname(candidate.path), before: space.free })
    }
  }
  for (const candidate of toRemove) {
    // --one-file-system: a file system mounted inside is left alone.
    const rm = ['rm', '-rf', '--one-file-system', '--', candidate.path]
    try {
      await (asRoot ? capture(rm[0], rm.slice(1)) : capture('sudo', ['-n', ...rm]))
      result.removed.push(candidate)
    } catch (error) {
      result.kept.push({
        path: candidate.path,
        why: `it could not be removed: ${errorMessage(error)}`
      })
    }
  }
  for (const { dir, before } of disks.values()) {
    result.disks.push({ dir, before, after: spaceAt(dir)?.free ?? before })
  }
  return result
}
