import os from 'node:os'
import { describe, expect, it } from '@jest/globals'
import { parseInputs, type RawInputs } from '../src/inputs.js'

const defaults = { configDir: '/action/configs', workDir: '/runner/temp', baseDir: '/workspace' }
const parse = (raw: RawInputs) => parseInputs(raw, defaults)

describe('parseInputs', () => {
  it('fills the documented defaults', () => {
    expect(parse({ target: 'arm64' })).toEqual({
      target: 'arm64',
      mode: 'build',
      buildrootVersion: '2025.02.16',
      buildrootSrc: undefined,
      linuxSrc: undefined,
      configDir: '/action/configs',
      br2External: [],
      configFragment: '',
      outputDir: '/runner/temp/buildroot-k8s-arm64',
      cache: 'read-write',
      ccacheMaxSize: '3G',
      jobs: os.availableParallelism() + 1,
      upload: true,
      artifactName: 'buildroot-k8s-arm64',
      retentionDays: undefined,
      smokeTest: 'auto',
      smokeTestLevel: 'basic'
    })
  })

  it('resolves paths against the workspace and splits br2-external by line', () => {
    const inputs = parse({
      target: 'amd64',
      'buildroot-src': 'third_party/buildroot',
      'config-dir': 'my-configs',
      'br2-external': 'ext/one\n\n  /abs/two  \n'
    })
    expect(inputs.buildrootSrc).toBe('/workspace/third_party/buildroot')
    expect(inputs.configDir).toBe('/workspace/my-configs')
    expect(inputs.br2External).toEqual(['/workspace/ext/one', '/abs/two'])
  })

  it.each([
    [{ target: '' }, 'target is required: use one of amd64, arm64'],
    [{ target: 'x86_64' }, 'target "x86_64" is not valid: use one of amd64, arm64'],
    [{ target: 'amd64', mode: 'lint' }, 'mode "lint" is not valid: use one of build, check'],
    [
      { target: 'amd64', cache: 'write' },
      'cache "write" is not valid: use one of read-write, read-only, off'
    ],
    [{ target: 'amd64', jobs: '0' }, 'jobs "0" must be a whole number of 1 or more'],
    [{ target: 'amd64', upload: 'maybe' }, 'upload "maybe" must be true or false'],
    [
      { target: 'amd64', 'ccache-max-size': '3 GB' },
      'ccache-max-size "3 GB" is not a size such as 500M or 3G'
    ],
    [
      { target: 'amd64', 'buildroot-version': 'latest' },
      'buildroot-version "latest" is not a Buildroot release name'
    ],
    [
      { target: 'amd64', 'smoke-test': 'false' },
      'smoke-test "false" is not valid: use one of auto, true, off'
    ],
    [
      { target: 'amd64', 'smoke-test-level': 'full' },
      'smoke-test-level "full" is not valid: use one of basic, cluster'
    ],
    [
      { target: 'amd64', 'artifact-name': 'images/amd64' },
      'artifact-name "images/amd64" contains "/", which artifact names cannot hold'
    ]
  ])('rejects %j with a message that says what to use', (raw, message) => {
    expect(() => parse(raw)).toThrow(message)
  })
})
