// parallel-build: per-package on the real Buildroot tree (BUILDROOT_SRC): both shipped
// configurations load with BR2_PER_PACKAGE_DIRECTORIES=y (the action's patch series applied, as
// a run does), and the make command line of the build is the documented one (Buildroot's
// manual, "Top-level parallel build": per-package directories, and make -jN): with it,
// Buildroot's Makefile drops its .NOTPARALLEL, so the -jN builds packages side by side;
// without it, the Makefile stays serial whatever -j says.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { buildVariables } from '../../src/buildroot/build.js'
import {
  configureTree,
  inputLines,
  locateConfigFiles,
  readRequestedConfig,
  type ConfiguredTree
} from '../../src/buildroot/configure.js'
import { buildrootEnv, makeArgs } from '../../src/buildroot/make.js'
import { applyBuildrootPatches, type PatchedBuildroot } from '../../src/buildroot/patch-series.js'
import { run } from '../../src/util/run.js'
import { REPO } from '../helpers/pipeline-harness.js'
import { readTreeVersion } from '../../src/stages/resolve-buildroot.js'
import { recordingPlatform } from '../helpers/recording-platform.js'
import { describeIf, withoutBuildroot } from '../helpers/witness.js'

const configs = path.join(REPO, 'configs')
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fleet-parallel-'))
let patched: PatchedBuildroot

beforeAll(async () => {
  if (withoutBuildroot) return
  patched = await applyBuildrootPatches(recordingPlatform(root).reporter, {
    choice: { kind: 'default' },
    configDir: configs,
    ownSeriesDir: path.join(configs, 'buildroot-patches'),
    buildroot: {
      sourceDir: process.env.BUILDROOT_SRC as string,
      version: readTreeVersion(process.env.BUILDROOT_SRC as string)
    },
    cacheDir: path.join(root, 'tools')
  })
}, 300_000)
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

function configure(target: 'amd64' | 'arm64', parallel: boolean): Promise<ConfiguredTree> {
  return configureTree(
    {
      sourceDir: patched.sourceDir,
      outputDir: path.join(root, `${target}-${parallel ? 'per-package' : 'serial'}`),
      externalTrees: [path.join(configs, 'external')]
    },
    readRequestedConfig(
      locateConfigFiles(configs, target),
      '',
      patched.series.sha256,
      inputLines({ parallelBuild: parallel ? 'per-package' : 'off' })
    )
  )
}

/** Whether Buildroot's makefiles, read with this .config, declare .NOTPARALLEL (make -p). */
async function serialized(configured: ConfiguredTree): Promise<boolean> {
  let found = false
  const mark = Buffer.from('.NOTPARALLEL:')
  await run('make', makeArgs(configured.tree, ['printvars'], ['-p', '-q', 'VARS=BR2_JLEVEL']), {
    env: buildrootEnv(configured.tree),
    // The database runs to 100 MB: only the lines that start with the mark are read.
    wants: (buffer, start, end) =>
      end - start >= mark.length && buffer.subarray(start, start + mark.length).equals(mark),
    onLine: () => {
      found = true
    }
  })
  return found
}

describeIf(withoutBuildroot)('parallel-build: per-package on the real Buildroot tree', () => {
  it.each(['amd64', 'arm64'] as const)(
    '%s loads with BR2_PER_PACKAGE_DIRECTORIES=y, every symbol landing, and its makefiles lift .NOTPARALLEL',
    async target => {
      const configured = await configure(target, true)
      expect(configured.unmet).toEqual([])
      expect(configured.dotConfig.get('BR2_PER_PACKAGE_DIRECTORIES')).toBe('y')
      expect(
        configured.requested.find(e => e.symbol === 'BR2_PER_PACKAGE_DIRECTORIES')
      ).toMatchObject({ value: 'y', file: 'parallel-build' })
      expect(await serialized(configured)).toBe(false)
      // The command line the build runs: make -C <tree> O=<out> BR2_EXTERNAL=... -j<jobs> BR2_JLEVEL=<jobs>.
      expect(makeArgs(configured.tree, [], buildVariables({ jobs: 3, parallel: true }))).toEqual([
        '-C',
        patched.sourceDir,
        `O=${configured.tree.outputDir}`,
        `BR2_EXTERNAL=${path.join(configs, 'external')}`,
        '-j3',
        'BR2_JLEVEL=3'
      ])
    },
    300_000
  )

  it('without it, the same configuration keeps Buildroot serial, and the build passes no -j', async () => {
    const configured = await configure('amd64', false)
    expect(configured.dotConfig.get('BR2_PER_PACKAGE_DIRECTORIES')).not.toBe('y')
    expect(await serialized(configured)).toBe(true)
    expect(buildVariables({ jobs: 3 })).toEqual(['BR2_JLEVEL=3'])
  }, 300_000)
})
