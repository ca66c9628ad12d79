// The masks: every occurrence of a secret is replaced, in a message, in a summary and in a
// build log of any size (read in pieces: a secret may straddle two), and a platform's reporter,
// summary and outputs are masked whichever reporter it has.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { maskedPlatform } from '../../src/platform/masking.js'
import { redact, redactFile } from '../../src/util/secrets.js'
import { recordingPlatform } from '../helpers/recording-platform.js'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secrets-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('redact', () => {
  it('replaces every occurrence, a secret that holds another whole', () => {
    expect(redact('a pw and pw-long and pw', ['pw', 'pw-long'])).toBe('a *** and *** and ***')
    expect(redact('nothing here', [])).toBe('nothing here')
    expect(redact('empty secrets are ignored', [''])).toBe('empty secrets are ignored')
  })
})

describe('redactFile', () => {
  it('masks a secret anywhere in a file larger than its read piece, also across a piece boundary', () => {
    const secret = 'S3cret-across-pieces'
    const file = path.join(dir, 'build.log')
    const piece = 1 << 20
    // One occurrence at the start, one straddling the first boundary, one at the very end.
    const filler = (bytes: number) => 'x'.repeat(bytes)
    const text =
      secret + filler(piece - secret.length - 7) + secret + filler(piece * 2 + 11) + secret
    fs.writeFileSync(file, text)
    expect(redactFile(file, [secret])).toBe(3)
    const after = fs.readFileSync(file, 'utf8')
    expect(after).not.toContain(secret)
    expect(after.split('***')).toHaveLength(4)
    expect(after.length).toBe(text.length - 3 * (secret.length - 3))
  })

  it('masks a secret wherever it starts near the end of a piece', () => {
    const secret = 'Another-S3cret-20ch'
    const piece = 1 << 20
    for (const before of [1, 5, secret.length - 1, secret.length, secret.length + 3, 40]) {
      const file = path.join(dir, `near-${before}.log`)
      fs.writeFileSync(file, 'y'.repeat(piece - before) + secret + 'y'.repeat(100))
      expect({ before, masked: redactFile(file, [secret]) }).toEqual({ before, masked: 1 })
      expect(fs.readFileSync(file, 'utf8')).toBe(
        'y'.repeat(piece - before) + '***' + 'y'.repeat(100)
      )
    }
  })

  it('leaves a file without a secret as it is', () => {
    const file = path.join(dir, 'clean.log')
    fs.writeFileSync(file, 'no secret in here\n')
    const before = fs.statSync(file)
    expect(redactFile(file, ['absent'])).toBe(0)
    expect(fs.statSync(file).ino).toBe(before.ino)
    expect(redactFile(path.join(dir, 'no-such.log'), ['absent'])).toBe(0)
  })
})

describe('maskedPlatform', () => {
  it("masks every message, the summary and the outputs of the platform's own reporter", async () => {
    const platform = recordingPlatform(path.join(dir, 'platform'))
    const masked = maskedPlatform(platform, ['hunter2'])
    masked.reporter.info('info hunter2')
    masked.reporter.notice('notice hunter2', { file: 'f' })
    masked.reporter.warning('warning hunter2')
    masked.reporter.error('error hunter2')
    masked.reporter.startGroup('group hunter2')
    masked.setOutput('out', 'value hunter2')
    await masked.writeSummary('summary hunter2')
    expect(platform.messages.map(m => m.text)).toEqual([
      'info ***',
      'notice ***',
      'warning ***',
      'error ***',
      'group ***'
    ])
    expect(platform.outputs.get('out')).toBe('value ***')
    expect(platform.summary).toEqual(['summary ***'])
    expect(maskedPlatform(platform, [])).toBe(platform)
  })
})
