import { describe, expect, it } from '@jest/globals'
import { echo, quote, safeMessage, tableCell } from '../../src/util/text.js'
import { summaryBudget } from '../../src/platform/github.js'
import { renderSummary } from '../../src/stages/summary.js'

describe('echoed values', () => {
  it('escape control bytes and cap what is shown', () => {
    expect(echo('a\x00b\x1b[31mc\nd\te')).toBe('a\\x00b\\x1b[31mc\\nd\\te')
    expect(quote('x'.repeat(250))).toBe(`"${'x'.repeat(200)}… (50 more characters)"`)
  })

  it('keep a message readable: its lines, its start and its end', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `line ${i}`)
    const message = safeMessage(lines.join('\n'))
    expect(message.length).toBeLessThanOrEqual(8000)
    expect(message).toMatch(/^line 0\nline 1\n/)
    expect(message).toMatch(/lines left out\)\n[\s\S]*line 4999$/)
    expect(safeMessage(`x${'\x07'.repeat(3)}\n${'y'.repeat(2000)}`)).toBe(
      `x\\x07\\x07\\x07\n${'y'.repeat(1000)}… (1000 more characters)`
    )
  })

  it('make one-line table cells out of multi-line tool errors', () => {
    expect(
      tableCell('tar: Unexpected EOF in archive\ntar: Error is not recoverable | exiting now')
    ).toBe('tar: Unexpected EOF in archive tar: Error is not recoverable \\| exiting now')
    const summary = renderSummary({
      target: 'amd64',
      outcome: 'built',
      caches: [
        { name: 'ccache', result: 'unavailable: tar: Unexpected EOF\ntar: Error exit delayed' }
      ]
    })
    expect(summary).toContain(
      '| ccache | unavailable: tar: Unexpected EOF tar: Error exit delayed |  |'
    )
  })
})

describe('the job summary on GitHub', () => {
  it('stays under the 1 MiB GitHub takes per step, saying what was left out', () => {
    const budget = summaryBudget(1000)
    expect(budget.take('a'.repeat(600))).toHaveLength(600)
    const cut = budget.take('b'.repeat(600))
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(1000 - 601)
    expect(cut).toContain('GitHub takes at most 1 MiB per step')
    expect(budget.take('c')).toBe('')
  })

  it('never lets a failure close its code block early', () => {
    const summary = renderSummary({ target: 'amd64', outcome: 'failed', failure: 'a ``` b' })
    expect(summary).toContain('````\na ``` b\n````')
  })
})
