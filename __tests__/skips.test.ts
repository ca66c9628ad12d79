// A test that needs a witness goes through helpers/witness.ts, which says why it skips and turns
// the skip into a failure under REQUIRE_ALL=1: no test skips any other way.
import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from '@jest/globals'
import { REPO } from './helpers/pipeline-harness.js'

it('no test file skips but through the witness helper', () => {
  const dir = path.join(REPO, '__tests__')
  const skipping = fs
    .readdirSync(dir, { recursive: true })
    .map(entry => path.join(dir, String(entry)))
    .filter(file => file.endsWith('.ts') && !file.endsWith(path.join('helpers', 'witness.ts')))
    .filter(file =>
      /\b(describe|it|test)\.skip\b|\bxit\(|\bxdescribe\(/.test(fs.readFileSync(file, 'utf8'))
    )
    .map(file => path.relative(REPO, file))
  expect(skipping).toEqual([])
})
