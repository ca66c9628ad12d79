// GitHub drops annotations past 10 per level and step; the reporter keeps the rest readable.
import { afterEach, beforeEach, expect, it, jest } from '@jest/globals'
import { annotationFile, annotationReporter } from '../../src/platform/github.js'

let written: string[]
let restore: () => void
beforeEach(() => {
  written = []
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    written.push(String(chunk))
    return true
  })
  restore = () => spy.mockRestore()
})
afterEach(() => restore())

it('annotates nine, logs the rest with file and line, and says how many more in the tenth', () => {
  const reporter = annotationReporter()
  for (let line = 1; line <= 13; line += 1)
    reporter.error(`symbol ${line} did not land`, { file: 'defconfig', line })
  reporter.warning('one warning', { file: 'kernel_defconfig', line: 4 })
  reporter.flush()

  const errors = written.filter(w => w.startsWith('::error'))
  expect(errors).toHaveLength(10)
  expect(errors[0]).toBe('::error file=defconfig,line=1::symbol 1 did not land\n')
  expect(errors[9]).toMatch(/^::error::4 more errors than GitHub shows as annotations/)
  expect(written).toContain('defconfig:13: error: symbol 13 did not land\n')
  expect(written.filter(w => w.startsWith('::warning'))).toEqual([
    '::warning file=kernel_defconfig,line=4::one warning\n'
  ])
})

it('gives files in the workspace by their path from the checkout, so annotations link to them', () => {
  expect(
    annotationFile(
      '/home/runner/work/repo/repo/configs/amd64/buildroot_defconfig',
      '/home/runner/work/repo/repo'
    )
  ).toBe('configs/amd64/buildroot_defconfig')
  // The action's own files, outside the workspace, and names that are not paths stay as they are.
  expect(
    annotationFile(
      '/home/runner/work/_actions/org/action/v1/configs/x',
      '/home/runner/work/repo/repo'
    )
  ).toBe('/home/runner/work/_actions/org/action/v1/configs/x')
  expect(annotationFile('config-fragment', '/home/runner/work/repo/repo')).toBe('config-fragment')
})

it('never passes a flood or raw control bytes into an annotation or the log', () => {
  const reporter = annotationReporter()
  reporter.error(`make: ${'x'.repeat(5_000_000)}\x00\x1b[2J done`, { file: 'defconfig', line: 3 })
  reporter.info(`tool output \x07 ${'y'.repeat(3000)}`)
  const [annotation] = written.filter(w => w.startsWith('::error'))
  expect(annotation.length).toBeLessThan(1200)
  expect(annotation).toMatch(/^::error file=defconfig,line=3::make: x+… \(\d+ more characters\)/)
  for (const raw of ['\x00', '\x07', '\x1b']) expect(written.join('')).not.toContain(raw)
  expect(written.join('')).toContain('tool output \\x07 ')
})
