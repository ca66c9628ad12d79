// The shipped configs against a real Buildroot tree (BUILDROOT_SRC, e.g. 2025.02.16 unpacked).
// Downloads are pointed at a closed port on 127.0.0.1 with BR2_PRIMARY_SITE_ONLY, so the build
// stops at its first download whether or not the machine has a network: configure must pass,
// and the failure must be one error naming the package and the step.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from '@jest/globals'
import { parseInputs } from '../src/inputs.js'
import { runMain } from '../src/main.js'
import { recordingPlatform } from './helpers/recording-platform.js'

const buildrootSrc = process.env.BUILDROOT_SRC
const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const describeWithBuildroot = buildrootSrc ? describe : describe.skip
if (!buildrootSrc) {
  console.info(
    'Skipping the real-Buildroot build tests: set BUILDROOT_SRC to a Buildroot source tree to run them.'
  )
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'br-real-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describeWithBuildroot('build mode on a real Buildroot tree (BUILDROOT_SRC)', () => {
  it.each(['amd64', 'arm64'])(
    '%s configures with every symbol landing, then stops at the first download with one error',
    async target => {
      const platform = recordingPlatform(path.join(root, target))
      const inputs = parseInputs(
        {
          target,
          'buildroot-src': buildrootSrc,
          'output-dir': path.join(root, target, 'output'),
          'config-fragment':
            'BR2_PRIMARY_SITE="http://127.0.0.1:9/closed"\nBR2_PRIMARY_SITE_ONLY=y\n',
          upload: 'false'
        },
        { configDir: path.join(repo, 'configs'), workDir: root, baseDir: repo }
      )
      const ok = await runMain(platform, inputs, {
        ownExternalTree: path.join(repo, 'configs', 'external'),
        cacheRoot: path.join(root, target, 'cache'),
        runId: 'real'
      })
      expect(ok).toBe(false)
      expect(platform.outputs.get('config-hash')).toMatch(/^[0-9a-f]{64}$/)
      const errors = platform.errors()
      expect(errors).toHaveLength(1)
      expect(errors[0].text).toMatch(
        /^Buildroot build failed: package \S+ \S* ?failed during "Downloading"\./
      )
      expect(platform.summary.join('\n')).toMatch(
        /### What failed[\s\S]*failed during "Downloading"/
      )
    },
    180_000
  )
})
