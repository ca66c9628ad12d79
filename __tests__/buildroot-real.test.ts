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

  describe('a br2-external tree Buildroot refuses is reported on the tree, not the defconfig', () => {
    const refused = async (makeTree: (tree: string) => void) => {
      const base = fs.mkdtempSync(path.join(root, 'ext-'))
      const tree = path.join(base, 'extra')
      makeTree(tree)
      const platform = recordingPlatform(path.join(base, 'platform'))
      const inputs = parseInputs(
        {
          target: 'amd64',
          'buildroot-src': buildrootSrc,
          'output-dir': path.join(base, 'output'),
          'br2-external': tree,
          upload: 'false'
        },
        { configDir: path.join(repo, 'configs'), workDir: base, baseDir: repo }
      )
      expect(
        await runMain(platform, inputs, {
          ownExternalTree: path.join(repo, 'configs', 'external'),
          cacheRoot: path.join(base, 'cache'),
          runId: 'real'
        })
      ).toBe(false)
      return { tree, errors: platform.errors() }
    }

    it('a folder without external.desc: the error names the tree and has no defconfig location', async () => {
      const { tree, errors } = await refused(dir => fs.mkdirSync(dir))
      expect(errors.map(e => [e.text, e.at])).toEqual([
        [
          expect.stringMatching(
            new RegExp(
              `^Buildroot refuses the BR2_EXTERNAL tree ${tree}: does not have an 'external\\.desc'\\. See https://buildroot\\.org/manual\\.html#br2-external-converting\\. A BR2_EXTERNAL tree needs an external\\.desc`
            )
          ),
          undefined
        ]
      ])
    }, 120_000)

    it("a second tree named like the action's own: annotated on its external.desc name: line", async () => {
      const { tree, errors } = await refused(dir =>
        fs.cpSync(path.join(repo, 'configs', 'external'), dir, { recursive: true })
      )
      expect(errors.map(e => [e.text, e.at])).toEqual([
        [
          expect.stringMatching(
            /^Buildroot refuses the BR2_EXTERNAL tree .*: name 'K8S_NODE' is already used in '.*configs\/external'\. Each BR2_EXTERNAL tree needs a name of its own/
          ),
          { file: path.join(tree, 'external.desc'), line: 1 }
        ]
      ])
    }, 120_000)
  })
})
