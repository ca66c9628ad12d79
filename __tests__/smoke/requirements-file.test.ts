// The image's copy of the kernel requirement list is generated from the one check mode uses:
// a requirement added there is checked on the booted kernel too. UPDATE_GENERATED=1 (npm run
// generate) writes the file instead of comparing.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from '@jest/globals'
import { KERNEL_REQUIREMENTS } from '../../src/kconfig/kernel-requirements.js'
import { REQUIREMENTS_FILE, renderKernelRequirements } from '../../src/smoke/requirements-file.js'

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const file = path.join(REPO, REQUIREMENTS_FILE)

it('the image holds the requirement list of src/kconfig/kernel-requirements.ts, as generated', () => {
  const expected = renderKernelRequirements()
  if (process.env.UPDATE_GENERATED === '1') fs.writeFileSync(file, expected)
  expect(fs.readFileSync(file, 'utf8')).toBe(expected)
})

it('writes one line per requirement, renamed options joined by |', () => {
  const lines = renderKernelRequirements()
    .split('\n')
    .filter(line => line !== '' && !line.startsWith('#'))
  expect(lines).toHaveLength(KERNEL_REQUIREMENTS.length)
  expect(lines).toContain(
    "required OVERLAY_FS|OVERLAYFS_FS containerd's default overlayfs snapshotter, CRI-O's overlay storage driver"
  )
  expect(lines.every(line => /^(required|optional) [A-Z0-9_|]+ \S/.test(line))).toBe(true)
})
