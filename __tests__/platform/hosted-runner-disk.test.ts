// free-disk-space against a fake runner root, laid out like GitHub's hosted Ubuntu image: the
// listed toolchains go, nothing else does (the workspace, this action's tool cache, the output
// folder, what a link points at, what lies behind a linked folder), a second run removes
// nothing, and the stage only removes on a GitHub-hosted runner unless told to.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { parseInputs, type RawInputs } from '../../src/inputs/schema.js'
import { runPipeline } from '../../src/pipeline/runner.js'
import { freeRunnerDisk } from '../../src/platform/hosted-runner-disk.js'
import { freeSpaceStage } from '../../src/stages/free-space.js'
import type { RunContext } from '../../src/stages/stage.js'
import { REPO } from '../helpers/pipeline-harness.js'
import { recordingPlatform } from '../helpers/recording-platform.js'

let root: string
let runner: string

const put = (relative: string, bytes = 64 * 1024) => {
  const file = path.join(runner, relative)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, Buffer.alloc(bytes, 1))
}
const exists = (relative: string) =>
  fs.lstatSync(path.join(runner, relative), { throwIfNoEntry: false }) !== undefined

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-disk-'))
  runner = path.join(root, 'runner-root')
  put('usr/share/dotnet/sdk/8.0.100/dotnet.dll', 1024 * 1024)
  put('usr/local/lib/android/sdk/ndk/27.0/source.properties', 1024 * 1024)
  put('opt/ghc/9.4.8/bin/ghc')
  put('opt/hostedtoolcache/CodeQL/2.17.0/x64/codeql')
  put('opt/hostedtoolcache/buildroot/2025.2.16/x64/Makefile')
  put('opt/hostedtoolcache/Python/3.12.3/x64/python3')
  put('usr/local/julia1.10.2/bin/julia')
  put('usr/local/juliet/not-julia')
  put('usr/share/doc/README')
  put('home/runner/work/repo/repo/important')
  // A link on the list: the link goes, what it points at stays.
  fs.symlinkSync(
    path.join(runner, 'home/runner/work/repo/repo'),
    path.join(runner, 'usr/share/swift')
  )
  // Listed folders behind a linked parent: left alone.
  put('home/runner/elsewhere/powershell/pwsh')
  fs.mkdirSync(path.join(runner, 'opt'), { recursive: true })
  fs.symlinkSync(path.join(runner, 'home/runner/elsewhere'), path.join(runner, 'opt/microsoft'))
  // A listed folder that holds the output folder: left alone.
  put('usr/local/share/boost/buildroot-out/.buildroot-k8s-output.json')
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

const keep = () => [
  path.join(runner, 'home/runner/work/repo/repo'),
  path.join(runner, 'usr/local/share/boost/buildroot-out'),
  path.join(runner, 'opt/hostedtoolcache')
]

describe('freeRunnerDisk', () => {
  it('removes the listed toolchains and nothing else, says what it kept and why, and what it gained', async () => {
    const freed = await freeRunnerDisk({ root: runner, keep: keep() })
    expect(freed.removed.map(r => path.relative(runner, r.path)).sort()).toEqual([
      'opt/ghc',
      'opt/hostedtoolcache/CodeQL',
      'usr/local/julia1.10.2',
      'usr/local/lib/android',
      'usr/share/dotnet',
      'usr/share/swift'
    ])
    for (const gone of ['usr/share/dotnet', 'usr/local/lib/android', 'opt/ghc', 'usr/share/swift'])
      expect({ gone, exists: exists(gone) }).toEqual({ gone, exists: false })
    for (const kept of [
      'opt/hostedtoolcache/buildroot/2025.2.16/x64/Makefile',
      'opt/hostedtoolcache/Python/3.12.3/x64/python3',
      'usr/local/juliet/not-julia',
      'usr/share/doc/README',
      'home/runner/work/repo/repo/important',
      'home/runner/elsewhere/powershell/pwsh',
      'usr/local/share/boost/buildroot-out/.buildroot-k8s-output.json'
    ])
      expect({ kept, exists: exists(kept) }).toEqual({ kept, exists: true })
    expect(
      freed.kept.map(k => [path.relative(runner, k.path), k.why.replace(runner, '<root>')])
    ).toEqual([
      [
        'opt/microsoft/powershell',
        'it is reached through a symbolic link (<root>/home/runner/elsewhere)'
      ],
      [
        'usr/local/share/boost',
        'it holds <root>/usr/local/share/boost/buildroot-out, which this run uses'
      ]
    ])
    // One disk holds them all; its free space before and after (others write to it meanwhile,
    // so the difference is not asserted).
    expect(freed.disks).toEqual([
      {
        dir: expect.stringContaining(runner),
        before: expect.any(Number),
        after: expect.any(Number)
      }
    ])

    const again = await freeRunnerDisk({ root: runner, keep: keep() })
    expect(again.removed).toEqual([])
  })
})

describe('the free-space stage with free-disk-space', () => {
  const MiB = 1024 * 1024
  async function stage(
    raw: RawInputs,
    runnerKind: RunContext['runner'],
    neededBytes: number
  ): Promise<{ ok: boolean; texts: string[] }> {
    const platform = recordingPlatform(path.join(root, 'platform'))
    const inputs = parseInputs(
      { target: 'amd64', 'output-dir': path.join(root, 'out'), ...raw },
      { configDir: path.join(REPO, 'configs'), workDir: root, baseDir: root }
    )
    const context: RunContext = {
      actionRoot: REPO,
      ownExternalTree: path.join(REPO, 'configs', 'external'),
      ownPatchSeries: path.join(REPO, 'configs', 'buildroot-patches'),
      ownRuntimeDir: path.join(REPO, 'configs', 'runtime'),
      cacheRoot: path.join(root, 'cache'),
      runId: 'r',
      startedAt: Date.now(),
      startedFrom: 'the start of this test',
      spaceNeeded: { outputBytes: neededBytes, dlBytes: MiB },
      env: {},
      runner: runnerKind,
      runnerRoot: runner
    }
    const { ok } = await runPipeline(
      { stages: [freeSpaceStage], summarize: () => '' },
      platform,
      inputs,
      context
    )
    return { ok, texts: platform.messages.map(m => m.text) }
  }
  const huge = 1024 ** 5

  it('auto, on a GitHub-hosted runner short of space: removes, says what it gained, checks again', async () => {
    const run = await stage({}, 'github-hosted', huge)
    expect(exists('usr/share/dotnet')).toBe(false)
    expect(run.texts.find(t => t.startsWith('free-disk-space removed '))).toMatch(
      /^free-disk-space removed .*usr\/share\/dotnet \(\.NET\).*: [\d.]+ [KMGT]?i?B more free on the disk of /
    )
    // A petabyte is still more than the disk has: the check says so, after the removal.
    expect(run.ok).toBe(false)
    expect(run.texts.some(t => t.startsWith('Not enough free disk space'))).toBe(true)
  })

  it('auto, with enough space or on a self-hosted runner: removes nothing', async () => {
    expect((await stage({}, 'github-hosted', MiB)).ok).toBe(true)
    expect(exists('usr/share/dotnet')).toBe(true)
    const selfHosted = await stage({}, 'self-hosted', huge)
    expect(selfHosted.texts).toContain(
      'free-disk-space is auto, and this is a self-hosted runner: nothing is removed here unless free-disk-space is true.'
    )
    expect(exists('usr/share/dotnet')).toBe(true)
    await stage({ 'free-disk-space': 'false' }, 'github-hosted', huge)
    expect(exists('usr/share/dotnet')).toBe(true)
  })

  it('true removes on any runner, even with space enough', async () => {
    const run = await stage({ 'free-disk-space': 'true' }, 'self-hosted', MiB)
    expect(run.ok).toBe(true)
    expect(exists('usr/share/dotnet')).toBe(false)
    expect(exists('home/runner/work/repo/repo/important')).toBe(true)
  })
})
