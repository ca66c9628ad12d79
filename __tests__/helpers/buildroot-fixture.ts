// Creates a fresh copy of the Buildroot-shaped fixture (fixtures/buildroot-tree) for a test,
// with a "mirror" that serves every package source and a config folder for both targets that
// holds its BR2_EXTERNAL tree in external/, as the action's own configs/ does. See fixtures/buildroot-tree/Makefile for what it imitates.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')

export interface BuildrootFixture {
  root: string
  buildrootDir: string
  configDir: string
  externalDir: string
  mirrorDir: string
  /** A fresh folder under the fixture root. */
  dir(name: string): string
  /** Removes a package's source from the mirror, so downloading it fails as if offline. */
  unpublish(source: string): void
  cleanup(): void
}

export function createBuildrootFixture(): BuildrootFixture {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'br-fixture-'))
  const buildrootDir = path.join(root, 'buildroot')
  const configDir = path.join(root, 'configs')
  const externalDir = path.join(configDir, 'external')
  fs.cpSync(path.join(FIXTURES, 'buildroot-tree'), buildrootDir, { recursive: true })
  fs.cpSync(path.join(FIXTURES, 'configs'), configDir, { recursive: true })
  const mirrorDir = path.join(buildrootDir, 'mirror')
  fs.mkdirSync(mirrorDir)
  for (const line of fs.readFileSync(path.join(buildrootDir, 'packages'), 'utf8').split('\n')) {
    const [, name, version, type] = line.trim().split(/\s+/)
    if (!line.startsWith('#') && type && type !== 'toolchain') {
      fs.writeFileSync(
        path.join(mirrorDir, `${name}-${version}.tar.gz`),
        `source of ${name} ${version}\n`
      )
    }
  }
  return {
    root,
    buildrootDir,
    configDir,
    externalDir,
    mirrorDir,
    dir(name) {
      const dir = path.join(root, name)
      fs.mkdirSync(dir, { recursive: true })
      return dir
    },
    unpublish(source) {
      fs.rmSync(path.join(mirrorDir, source))
    },
    cleanup() {
      fs.rmSync(root, { recursive: true, force: true })
    }
  }
}
