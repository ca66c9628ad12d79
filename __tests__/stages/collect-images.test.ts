import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { kernelRelease } from '../../src/stages/collect-images.js'

let buildDir: string
beforeEach(() => {
  buildDir = fs.mkdtempSync(path.join(os.tmpdir(), 'collect-'))
})
afterEach(() => fs.rmSync(buildDir, { recursive: true, force: true }))

const release = (pkgDir: string, text: string): void => {
  const dir = path.join(buildDir, pkgDir, 'include', 'config')
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'kernel.release'), text)
}

it("reads the built kernel's release, not the headers package's", () => {
  expect(kernelRelease(buildDir)).toBeUndefined()
  release('linux-headers-6.1.0', '6.1.0\n')
  expect(kernelRelease(buildDir)).toBeUndefined()
  release('linux-custom', '6.6.78-v8\n')
  expect(kernelRelease(buildDir)).toBe('6.6.78-v8')
})
