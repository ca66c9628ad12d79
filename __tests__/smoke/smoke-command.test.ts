// `buildroot-k8s smoke` (the committed dist/cli) on images that cannot boot: each run ends at once
// with exit code 1, naming what is wrong with which file, and leaves nothing behind but its
// summary in --output-dir (no disk copy, no QEMU); a SIGTERM or SIGINT during a boot stops QEMU,
// removes its work files and still writes the summary. The times are printed: the issue asks
// for each under a minute under TCG.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { realProbe } from '../../src/smoke/host.js'
import { describeIf, itIf } from '../helpers/witness.js'

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const CLI = path.join(REPO, 'dist', 'cli', 'index.js')
const qemus = ['qemu-system-x86_64', 'qemu-system-aarch64'].filter(q => !realProbe.which(q))
const tools = ['xorriso', 'sfdisk', 'mkfs.ext4', 'xz'].filter(
  tool => spawnSync('sh', ['-c', `command -v ${tool} || test -x /usr/sbin/${tool}`]).status !== 0
)
const missing = [...qemus, ...tools]
const withTools = describeIf(
  missing.length ? `the smoke command tests need ${missing.join(', ')}` : undefined
)

let root: string
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'smoke-command-'))
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

/** Every path under `dir` with its size (files) or '/' (folders): what "unchanged" compares. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const at = path.relative(dir, path.join(entry.parentPath, entry.name))
    out[at] = entry.isDirectory() ? '/' : String(fs.statSync(path.join(dir, at)).size)
  }
  return out
}

interface Run {
  code: number | null
  stdout: string
  stderr: string
  seconds: number
}

function smoke(args: string[], onStart?: (pid: number) => void): Promise<Run> {
  const started = Date.now()
  return new Promise(resolve => {
    const child = spawn(process.execPath, [CLI, 'smoke', ...args], {
      cwd: path.join(root, 'cwd'),
      env: { ...process.env, PATH: `${process.env.PATH}:/usr/sbin:/sbin` }
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('close', code =>
      resolve({ code, stdout, stderr, seconds: Math.round((Date.now() - started) / 100) / 10 })
    )
    if (child.pid !== undefined) onStart?.(child.pid)
  })
}

/** QEMU processes whose command line names `dir`. */
function qemusUsing(dir: string): string[] {
  return fs
    .readdirSync('/proc')
    .filter(pid => /^\d+$/.test(pid))
    .flatMap(pid => {
      try {
        const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')
        return cmdline.startsWith('qemu-system') && cmdline.includes(dir) ? [pid] : []
      } catch {
        return []
      }
    })
}

const write = (name: string, content: string | Buffer = ''): string => {
  const file = path.join(root, name)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, content)
  return file
}

/** An ISO 9660 volume made by xorriso: no boot record, or a BIOS-only boot record. */
function iso(name: string, bios: boolean): void {
  const tree = path.join(root, 'tree')
  fs.mkdirSync(path.join(tree, 'boot'), { recursive: true })
  fs.writeFileSync(path.join(tree, 'boot', 'eltorito.img'), Buffer.alloc(2048, 0x90))
  const boot = bios ? ['-b', 'boot/eltorito.img', '-no-emul-boot', '-boot-load-size', '4'] : []
  execFileSync('xorriso', [
    '-as',
    'mkisofs',
    '-quiet',
    ...boot,
    '-o',
    path.join(root, 'images', name),
    tree
  ])
  fs.rmSync(tree, { recursive: true })
}

/** An SD card image (MBR, FAT boot partition, ext4 root in partition 2), xz-compressed. */
function sdcardXz(name: string): void {
  const image = path.join(root, 'work.img')
  fs.writeFileSync(image, '')
  fs.truncateSync(image, 24 * 1024 * 1024)
  execFileSync('sfdisk', ['--quiet', image], {
    input: 'start=2048, size=8192, type=c\nstart=20480, size=16384, type=83\n'
  })
  const ext4 = path.join(root, 'root.ext4')
  execFileSync('mkfs.ext4', ['-q', ext4, '8M'], {
    env: { ...process.env, PATH: `${process.env.PATH}:/usr/sbin` }
  })
  const fd = fs.openSync(image, 'r+')
  fs.writeSync(fd, fs.readFileSync(ext4), 0, 8 * 1024 * 1024, 10 * 1024 * 1024)
  fs.closeSync(fd)
  fs.rmSync(ext4)
  execFileSync('xz', ['-0', '-T1', image])
  fs.renameSync(`${image}.xz`, path.join(root, 'images', name))
}

const measured: string[] = []
afterEach(() => {
  if (measured.length) console.info(measured.splice(0).join('\n'))
})

withTools('smoke on images that cannot boot', () => {
  const images = () => path.join(root, 'images')
  const out = () => path.join(root, 'out')

  beforeEach(() => {
    fs.mkdirSync(path.join(root, 'cwd'))
    fs.mkdirSync(path.join(root, 'images'))
  })

  async function refused(target: string, message: string) {
    const before = snapshot(root)
    const run = await smoke(['--target', target, '--images', images(), '--output-dir', out()])
    measured.push(
      `smoke --target ${target}: exit ${run.code} in ${run.seconds} s: ${run.stderr.split('\n').find(l => l.startsWith('Smoke test failed'))}`
    )
    expect(run.stderr).toContain(`Smoke test failed: ${message}`)
    expect(run.stdout).toBe('smoke-test=failed\n')
    expect(run.code).toBe(1)
    // Around the run nothing changed; in --output-dir only the summary, which says why.
    const after = snapshot(root)
    expect(
      Object.keys(after)
        .filter(at => !(at in before))
        .sort()
    ).toEqual(['out', 'out/.buildroot-k8s-smoke', 'out/summary.md'])
    expect(Object.fromEntries(Object.keys(before).map(at => [at, after[at]]))).toEqual(before)
    expect(fs.readFileSync(path.join(out(), 'summary.md'), 'utf8')).toContain(message)
    return run
  }

  it('a 0-byte ISO', async () => {
    const file = write('images/buildroot-k8s-amd64.iso')
    await refused('amd64', `${file} is not an ISO image: it is empty (0 bytes)`)
  }, 60_000)

  it('a text file named .iso', async () => {
    const file = write('images/buildroot-k8s-amd64.iso', 'not an image\n'.repeat(4000))
    await refused('amd64', `${file} is not an ISO image: it holds text (52000 bytes)`)
  }, 60_000)

  it('a valid ISO with no boot record', async () => {
    iso('buildroot-k8s-amd64.iso', false)
    await refused(
      'amd64',
      `${path.join(images(), 'buildroot-k8s-amd64.iso')} is an ISO 9660 image without an El Torito boot record`
    )
  }, 60_000)

  itIf(
    realProbe.exists('/usr/share/OVMF/OVMF_CODE_4M.fd')
      ? undefined
      : 'OVMF is not installed (apt-get install ovmf)'
  )(
    'an ISO with no EFI boot image, where OVMF makes a UEFI boot',
    async () => {
      iso('buildroot-k8s-amd64.iso', true)
      await refused('amd64', 'buildroot-k8s-amd64.iso has no EFI boot image')
    },
    60_000
  )

  it('random arm64 files: the kernel Image', async () => {
    const image = write('images/Image', crypto.randomBytes(1 << 20))
    write('images/buildroot-k8s-arm64-sdcard.img.xz', crypto.randomBytes(1 << 20))
    await refused(
      'arm64',
      `${image} is not an arm64 kernel Image: 1048576 bytes, without the arm64 Image header`
    )
  }, 60_000)

  it('random arm64 files: the SD card image, packed or not; its 1 GiB copy is removed', async () => {
    const header = crypto.randomBytes(1 << 20)
    header.write('ARM\x64', 56, 'latin1')
    write('images/Image', header)
    const fake = write('images/buildroot-k8s-arm64-sdcard.img.xz', crypto.randomBytes(1 << 20))
    await refused('arm64', `${fake} is not xz-compressed (1048576 bytes)`)
    fs.rmSync(fake)
    write('images/random.img', crypto.randomBytes(1 << 20))
    execFileSync('xz', ['-0', path.join(images(), 'random.img')])
    fs.renameSync(path.join(images(), 'random.img.xz'), fake)
    fs.rmSync(out(), { recursive: true })
    await refused(
      'arm64',
      `${fake} is not a disk image: unpacked, 1048576 bytes, with no MBR or GPT partition table`
    )
  }, 120_000)
})

withTools('smoke stopped by a signal', () => {
  beforeEach(() => {
    fs.mkdirSync(path.join(root, 'cwd'))
    fs.mkdirSync(path.join(root, 'images'))
  })

  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130]
  ] as const)(
    '%s during an arm64 boot stops QEMU, removes the disk copies and writes the summary',
    async (signal, code) => {
      // A kernel with the right header that runs nothing: the boot hangs silently.
      const header = Buffer.alloc(1 << 16)
      header.write('ARM\x64', 56, 'latin1')
      write('images/Image', header)
      sdcardXz('buildroot-k8s-arm64-sdcard.img.xz')
      const before = snapshot(root)
      const out = path.join(root, 'out')
      const run = await smoke(
        ['--target', 'arm64', '--images', path.join(root, 'images'), '--output-dir', out],
        pid => {
          const poll = setInterval(() => {
            if (fs.existsSync(path.join(out, 'console-arm64-virt.log'))) {
              clearInterval(poll)
              // The disk copies exist while QEMU runs.
              expect(fs.readdirSync(out).sort()).toEqual([
                '.buildroot-k8s-smoke',
                'console-arm64-virt.log',
                'data-disk-arm64.img',
                'disk-virt.img'
              ])
              setTimeout(() => process.kill(pid, signal), 1000)
            }
          }, 100)
        }
      )
      measured.push(
        `smoke --target arm64, ${signal} during the boot: exit ${run.code} in ${run.seconds} s`
      )
      expect(run.stderr).toContain(`${signal}: stopping QEMU and removing its work files`)
      expect(run.stderr).toContain(
        `Smoke test failed on the virt boot: interrupted: stopped by ${signal}`
      )
      expect(run.code).toBe(code)
      expect(qemusUsing(root)).toEqual([])
      const after = snapshot(root)
      expect(
        Object.keys(after)
          .filter(at => !(at in before))
          .sort()
      ).toEqual(['out', 'out/.buildroot-k8s-smoke', 'out/console-arm64-virt.log', 'out/summary.md'])
      const summary = fs.readFileSync(path.join(out, 'summary.md'), 'utf8')
      expect(summary).toContain(
        `Interrupted (${signal}): QEMU was stopped and its work files removed.`
      )
    },
    120_000
  )
})

describe('smoke’s own flags', () => {
  beforeEach(() => fs.mkdirSync(path.join(root, 'cwd')))

  it.each([
    [
      ['--target', 'x86_64', '--images', '.'],
      'target "x86_64" is not valid: did you mean amd64? use one of amd64, arm64'
    ],
    [['--target', 'amd64'], 'smoke needs --images DIR'],
    [
      ['--target', 'amd64', '--images', '.', '--jobs', '4'],
      '--jobs is not an option of smoke (it is one of build, check)'
    ],
    [
      ['--target', 'amd64', '--images', '.', '--smoke-test-level', 'full'],
      'smoke-test-level "full" is not valid: use one of basic, cluster'
    ],
    [
      ['--target', 'amd64', '--images', '.', '--output-dir', '/'],
      '--output-dir "/" is a folder shared by many things: give the smoke test a folder of its own.'
    ]
  ])('%j is refused with exit 2 and smoke’s usage', async (args, message) => {
    const run = await smoke(args)
    expect(run.stderr).toContain(message)
    expect(run.stderr).toContain('Usage: buildroot-k8s smoke --target amd64|arm64 --images DIR')
    expect(run.code).toBe(2)
    expect(fs.readdirSync(path.join(root, 'cwd'))).toEqual([])
  })

  it('--help prints smoke’s usage', async () => {
    const run = await smoke(['--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('--smoke-test-level basic|cluster')
  })
})
