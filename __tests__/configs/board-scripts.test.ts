// Board and overlay scripts: executable, shebang'd, and shellcheck-clean. Hash files outside
// package/ (e.g. the Raspberry Pi kernel's, found through BR2_GLOBAL_PATCH_DIR) cite a source.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { externalDir, repoRoot, walk } from './helpers.js'

const boardDir = path.join(externalDir, 'board')
const scripts = walk(boardDir).filter(file => fs.readFileSync(file, 'utf8').startsWith('#!'))
const relative = (file: string) => path.relative(repoRoot, file)

const shellcheck = spawnSync('shellcheck', ['--version'], { encoding: 'utf8' })
const hasShellcheck = shellcheck.status === 0
if (!hasShellcheck) {
  console.info(
    'SKIPPED: shellcheck is not installed, so the board scripts were not linted ' +
      '(apt-get install shellcheck).'
  )
}
const itWithShellcheck = hasShellcheck ? it : it.skip

describe('board scripts', () => {
  it('exist: post-build, post-image, the ISO /init and the SD card grower', () => {
    expect(scripts.map(relative).sort()).toEqual(
      expect.arrayContaining([
        'configs/external/board/amd64/rootfs-overlay/init',
        'configs/external/board/arm64/post-image.sh',
        'configs/external/board/arm64/rootfs-overlay/usr/libexec/k8s-node/grow-rootfs',
        'configs/external/board/common/post-build.sh'
      ])
    )
  })

  it.each(scripts.map(relative))('%s is executable and runs under /bin/sh or bash', file => {
    const full = path.join(repoRoot, file)
    expect(fs.statSync(full).mode & 0o111).toBe(0o111)
    const shebang = fs.readFileSync(full, 'utf8').split('\n')[0]
    expect(shebang).toMatch(/^#!\/(bin\/(sh|bash)|usr\/bin\/env (sh|bash))$/)
  })

  itWithShellcheck.each(scripts.map(relative))('%s is shellcheck-clean', file => {
    const result = spawnSync('shellcheck', ['--severity=style', path.join(repoRoot, file)], {
      encoding: 'utf8'
    })
    expect(result.stdout + result.stderr).toBe('')
    expect(result.status).toBe(0)
  })
})

describe('hash files under board/', () => {
  const hashFiles = walk(boardDir).filter(file => file.endsWith('.hash'))

  it.each(hashFiles.map(relative))('%s cites a source above each hash line', file => {
    const problems: string[] = []
    let lastComment: string | undefined
    fs.readFileSync(path.join(repoRoot, file), 'utf8')
      .split('\n')
      .forEach((raw, index) => {
        const line = raw.trim()
        if (line === '') {
          lastComment = undefined
        } else if (line.startsWith('#')) {
          lastComment = line
        } else {
          const type = line.split(/\s+/)[0]
          if (!lastComment || !new RegExp(`^#\\s*${type} from \\S+`).test(lastComment)) {
            problems.push(`${index + 1}: no "# ${type} from <source>" comment right above`)
          }
        }
      })
    expect(problems).toEqual([])
  })
})
