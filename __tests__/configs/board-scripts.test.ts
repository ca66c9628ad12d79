// Board and overlay scripts: executable, shebang'd, and shellcheck-clean. Hash files outside
// package/ (e.g. the Raspberry Pi kernel's, found through BR2_GLOBAL_PATCH_DIR) cite a source.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { externalDir, repoRoot, walk } from './helpers.js'
import { itIf } from '../helpers/witness.js'

const boardDir = path.join(externalDir, 'board')
const scripts = walk(boardDir).filter(file => fs.readFileSync(file, 'utf8').startsWith('#!'))
const relative = (file: string) => path.relative(repoRoot, file)

const shellcheck = spawnSync('shellcheck', ['--version'], { encoding: 'utf8' })
const hasShellcheck = shellcheck.status === 0
const itWithShellcheck = itIf(
  hasShellcheck ? undefined : 'shellcheck lints the board scripts: apt-get install shellcheck'
)

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

  // check-unassigned-uppercase (optional): an UPPERCASE variable used but never set, which is
  // how a typo in a global (the scripts' state is UPPERCASE) shows.
  for (const file of scripts.map(relative)) {
    itWithShellcheck(`${file} is shellcheck-clean`, () => {
    const args = ['--severity=style', '--enable=check-unassigned-uppercase']
    const result = spawnSync('shellcheck', [...args, path.join(repoRoot, file)], {
      encoding: 'utf8'
    })
    expect(result.stdout + result.stderr).toBe('')
    expect(result.status).toBe(0)
    })
  }
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

const grubCheck = spawnSync('grub-script-check', ['--version'], { encoding: 'utf8' })
const itWithGrub = itIf(
  grubCheck.status === 0
    ? undefined
    : 'grub-script-check parses the ISO menus: apt-get install grub-common'
)

describe('GRUB menus of the amd64 ISO', () => {
  const board = path.join(boardDir, 'amd64')
  /** GRUB's own parser: exit 0 and no output for a menu it can load. */
  const parse = (text: string) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'grub-')), 'grub.cfg')
    fs.writeFileSync(file, text)
    const result = spawnSync('grub-script-check', [file], { encoding: 'utf8' })
    fs.rmSync(path.dirname(file), { recursive: true })
    return result
  }

  it('grub.cfg names the kernel and initrd by the placeholders Buildroot fills in', () => {
    const menu = fs.readFileSync(path.join(board, 'grub.cfg'), 'utf8')
    expect(menu).toMatch(/^\s*linux __KERNEL_PATH__ /m)
    expect(menu).toMatch(/^\s*initrd __INITRD_PATH__$/m)
  })

  itWithGrub('grub.cfg parses once Buildroot has filled in the paths', () => {
    // What fs/iso9660/iso9660.mk substitutes for the ISO with an initrd.
    const menu = fs
      .readFileSync(path.join(board, 'grub.cfg'), 'utf8')
      .replace('__KERNEL_PATH__', '/boot/bzImage')
      .replace('__INITRD_PATH__', '/boot/initrd')
    const result = parse(menu)
    expect(result.stdout + result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  itWithGrub('grub-efi.cfg (built into the UEFI image) parses', () => {
    const result = parse(fs.readFileSync(path.join(board, 'grub-efi.cfg'), 'utf8'))
    expect(result.stdout + result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  itWithGrub('a broken menu fails the same check', () => {
    expect(parse('menuentry "x" {\n  linux /boot/bzImage\n').status).not.toBe(0)
  })
})

describe('grow-rootfs', () => {
  const script = fs.readFileSync(
    path.join(boardDir, 'arm64/rootfs-overlay/usr/libexec/k8s-node/grow-rootfs'),
    'utf8'
  )
  // The command the script reads the root's device number with, run on this machine's own /.
  const command = /majmin="\$\((findmnt [^)]*)\)"/.exec(script)?.[1] ?? ''
  const host = spawnSync('sh', ['-c', command], { encoding: 'utf8' })
  const hostRootIsBlock =
    command !== '' && host.status === 0 && fs.existsSync(`/sys/dev/block/${host.stdout.trim()}`)
  ;itIf(
    hostRootIsBlock ? undefined : "this machine's / is not on a block device, so findmnt's output cannot be checked here"
  )(
    "names / by a device number that is a /sys/dev/block path as findmnt prints it (no padding)",
    () => {
      const majmin = host.stdout.replace(/\n$/, '')
      expect(majmin).toMatch(/^\d+:\d+$/)
      expect(fs.existsSync(`/sys/dev/block/${majmin}`)).toBe(true)
    }
  )
})
