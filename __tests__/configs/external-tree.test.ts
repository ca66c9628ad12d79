// The BR2_EXTERNAL tree: Buildroot's layout (external.desc, external.mk, Config.in,
// package/<pkg>/{Config.in,<pkg>.mk,<pkg>.hash}), a cited source for every hash, and, with
// BUILDROOT_SRC (a real Buildroot tree), nothing for Buildroot's own utils/check-package to say.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { externalDir, externalName, walk } from './helpers.js'
import { itIf, withoutBuildroot } from '../helpers/witness.js'

const packageDir = path.join(externalDir, 'package')
const packages = fs
  .readdirSync(packageDir, { withFileTypes: true })
  .filter(entry => entry.isDirectory())
  .map(entry => entry.name)

/** Hex digits of each hash type Buildroot's check-hash accepts. */
const HASH_LENGTHS: Record<string, number> = { md5: 32, sha1: 40, sha224: 56, sha256: 64, sha384: 96, sha512: 128 }

/** Reads a make variable assigned with = or := (first assignment) from a .mk file. */
function makeVariable(mk: string, name: string): string | undefined {
  return new RegExp(`^${name}\\s*:?=\\s*(.*?)\\s*$`, 'm').exec(mk)?.[1]
}

describe('external tree', () => {
  it('has a valid name in external.desc', () => {
    expect(externalName()).toMatch(/^[A-Z0-9_]+$/)
  })

  it('has at least the packages upstream Buildroot lacks', () => {
    expect(packages).toEqual(expect.arrayContaining(['kubernetes-node', 'crictl']))
  })

  it('includes every package makefile from external.mk', () => {
    const mk = fs.readFileSync(path.join(externalDir, 'external.mk'), 'utf8')
    expect(mk).toContain(`$(BR2_EXTERNAL_${externalName()}_PATH)/package/*/*.mk`)
  })

  it.each(packages)('sources package/%s/Config.in from the top Config.in', pkg => {
    const top = fs.readFileSync(path.join(externalDir, 'Config.in'), 'utf8')
    expect(top).toContain(`source "$BR2_EXTERNAL_${externalName()}_PATH/package/${pkg}/Config.in"`)
  })
})

describe.each(packages)('package %s', pkg => {
  const dir = path.join(packageDir, pkg)
  const upper = pkg.toUpperCase().replace(/-/g, '_')
  const mkFile = path.join(dir, `${pkg}.mk`)
  const hashFile = path.join(dir, `${pkg}.hash`)

  it('has Config.in, <pkg>.mk and <pkg>.hash', () => {
    for (const file of [path.join(dir, 'Config.in'), mkFile, hashFile]) {
      expect([file, fs.existsSync(file)]).toEqual([file, true])
    }
  })

  it(`declares BR2_PACKAGE_${upper} and calls a package infrastructure`, () => {
    const configIn = fs.readFileSync(path.join(dir, 'Config.in'), 'utf8')
    expect(configIn).toMatch(new RegExp(`^config BR2_PACKAGE_${upper}$`, 'm'))
    const mk = fs.readFileSync(mkFile, 'utf8')
    expect(mk).toMatch(/^\$\(eval \$\((generic|golang|autotools|cmake|meson)-package\)\)$/m)
    expect(makeVariable(mk, `${upper}_VERSION`)).toMatch(/^\d+(\.\d+)+$/)
  })

  /** <pkg>.hash and, for programs named alike on every architecture, <pkg>-<arch>.hash. */
  const hashFiles = fs
    .readdirSync(dir)
    .filter(name => name === `${pkg}.hash` || new RegExp(`^${pkg}-(amd64|arm64)\\.hash$`).test(name))
    .map(name => path.join(dir, name))
  /** File names the hash lines of `files` cover. */
  const hashed = (files: string[]): string[] =>
    files.flatMap(file =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter(l => l.trim() && !l.trim().startsWith('#'))
        .map(l => l.trim().split(/\s+/)[2])
    )

  it('has well-formed hash lines, each under a comment naming where the value comes from', () => {
    const problems: string[] = []
    let hashes = 0
    for (const hashFile of hashFiles) {
      let lastComment: string | undefined
      fs.readFileSync(hashFile, 'utf8')
        .split('\n')
        .forEach((raw, index) => {
          const line = raw.trim()
          if (line === '') {
            lastComment = undefined
            return
          }
          if (line.startsWith('#')) {
            lastComment = line
            return
          }
          hashes += 1
          const [type, value, file, ...rest] = line.split(/\s+/)
          const where = `${path.basename(hashFile)}:${index + 1}`
          if (!(type in HASH_LENGTHS) || rest.length > 0 || !file) {
            problems.push(`${where}: not "<type> <hash> <file>": ${line}`)
          } else if (!new RegExp(`^[0-9a-f]{${HASH_LENGTHS[type]}}$`).test(value)) {
            problems.push(`${where}: ${type} needs ${HASH_LENGTHS[type]} lowercase hex digits`)
          }
          // The comment right above must cite a source: "<type> from <owner/repo or URL> ...".
          if (!lastComment || !new RegExp(`^#\\s*${type} from \\S+`).test(lastComment)) {
            problems.push(`${where}: no "# ${type} from <source>" comment right above`)
          }
        })
    }
    expect(problems).toEqual([])
    expect(hashes).toBeGreaterThan(0)
  })

  it('hashes every download of the pinned version for both architectures', () => {
    const mk = fs.readFileSync(mkFile, 'utf8')
    const version = makeVariable(mk, `${upper}_VERSION`) as string
    const source = makeVariable(mk, `${upper}_SOURCE`)
    expect(source).toBeDefined()
    // Extra downloads by name; an optional one, $(if $(BR2_...),name), counts.
    const extra = (makeVariable(mk, `${upper}_EXTRA_DOWNLOADS`) ?? '')
      .replace(/\$\(if \$\([A-Z0-9_]+\),([^)]*)\)/g, '$1')
      .split(/\s+/)
      .filter(Boolean)
    for (const arch of ['amd64', 'arm64']) {
      const perArch = hashFiles.filter(f => !f.endsWith(`-${arch === 'amd64' ? 'arm64' : 'amd64'}.hash`))
      const expand = (name: string) =>
        name.replace(`$(${upper}_VERSION)`, version).replace(`$(${upper}_ARCH)`, arch)
      const names = hashed(perArch)
      // A download by URL is saved under its file name.
      for (const download of [source as string, ...extra].map(expand).map(d => d.replace(/^.*\//, ''))) {
        expect([arch, download, names.includes(download)]).toEqual([arch, download, true])
      }
      // Two lines for one file name would make Buildroot check the file against both.
      expect(new Set(names).size).toBe(names.length)
    }
    // A version that appears in a file name must be the pinned one.
    for (const name of hashed(hashFiles)) {
      for (const v of name.match(/\d+\.\d+\.\d+/g) ?? []) expect([name, v]).toEqual([name, version])
    }
    // And the comments name the same version.
    expect(hashFiles.map(f => fs.readFileSync(f, 'utf8')).join('\n')).toContain(version)
  })
})

describe.each(packages)('package %s: licence', pkg => {
  const dir = path.join(packageDir, pkg)
  const upper = pkg.toUpperCase().replace(/-/g, '_')
  const mk = fs.readFileSync(path.join(dir, `${pkg}.mk`), 'utf8')

  it('names its licence files, so that make legal-info ships the text, each a download with a pinned hash', () => {
    expect(makeVariable(mk, `${upper}_LICENSE`)).toBeDefined()
    const files = (makeVariable(mk, `${upper}_LICENSE_FILES`) ?? '').split(/\s+/).filter(Boolean)
    expect(files.length).toBeGreaterThan(0)
    const downloads = [makeVariable(mk, `${upper}_SOURCE`), makeVariable(mk, `${upper}_EXTRA_DOWNLOADS`)]
      .join(' ')
      .split(/\s+/)
      .map(d => d.replace(/^.*\//, ''))
    const hashFile = fs.readFileSync(path.join(dir, `${pkg}.hash`), 'utf8')
    for (const file of files) {
      expect([file, downloads.includes(file)]).toEqual([file, true])
      expect(hashFile).toMatch(new RegExp(`^sha256  [0-9a-f]{64}  ${file.replace(/[.]/g, '\\.')}$`, 'm'))
    }
  })
})

describe('rootfs overlay', () => {
  const overlay = path.join(externalDir, 'board', 'common', 'rootfs-overlay')
  const read = (file: string) => fs.readFileSync(path.join(overlay, file), 'utf8')

  it('runs containerd’s CRI with the systemd cgroup driver', () => {
    const toml = read('etc/containerd/config.toml')
    expect(toml).toMatch(/^version = 3$/m)
    expect(toml).toMatch(/^\s*SystemdCgroup = true$/m)
  })

  it('loads overlay and br_netfilter at boot and sets the sysctls kubeadm checks', () => {
    const modules = read('etc/modules-load.d/kubernetes.conf')
      .split('\n')
      .filter(l => l && !l.startsWith('#'))
    expect(modules).toEqual(expect.arrayContaining(['overlay', 'br_netfilter']))
    const sysctl = read('etc/sysctl.d/99-kubernetes.conf')
    expect(sysctl).toMatch(/^net\.ipv4\.ip_forward = 1$/m)
    expect(sysctl).toMatch(/^net\.bridge\.bridge-nf-call-iptables = 1$/m)
  })

  it('configures DHCP with systemd-networkd', () => {
    expect(read('etc/systemd/network/20-wired.network')).toMatch(/^DHCP=yes$/m)
  })

  it('enables containerd through a systemd preset', () => {
    const presets = walk(path.join(overlay, 'usr/lib/systemd/system-preset'))
      .map(f => fs.readFileSync(f, 'utf8'))
      .join('\n')
    expect(presets).toMatch(/^enable containerd\.service$/m)
  })

  it('points crictl at containerd’s socket', () => {
    const yaml = fs.readFileSync(path.join(packageDir, 'crictl', 'crictl.yaml'), 'utf8')
    expect(yaml).toMatch(/^runtime-endpoint: unix:\/\/\/run\/containerd\/containerd\.sock$/m)
  })

  it('ships kubelet’s unit and kubeadm’s drop-in', () => {
    const dir = path.join(packageDir, 'kubernetes-node')
    expect(fs.readFileSync(path.join(dir, 'kubelet.service'), 'utf8')).toMatch(
      /^ExecStart=\/usr\/bin\/kubelet$/m
    )
    const dropIn = fs.readFileSync(path.join(dir, '10-kubeadm.conf'), 'utf8')
    expect(dropIn).toMatch(/^ExecStart=$/m)
    expect(dropIn).toContain('$KUBELET_KUBEADM_ARGS')
  })
})

const buildrootSrc = process.env.BUILDROOT_SRC
// check-package imports python-magic: the first python3 on PATH that has it.
const python = ['python3', '/usr/bin/python3'].find(
  candidate => spawnSync(candidate, ['-c', 'import magic'], { encoding: 'utf8' }).status === 0
)
const itWithCheckPackage = itIf(
  withoutBuildroot ??
    (python ? undefined : "Buildroot's check-package needs python3 with the magic module (apt-get install python3-magic)")
)
if (!buildrootSrc || !python) {
  console.info(
    `SKIPPED: Buildroot's check-package was not run on the external tree (${!buildrootSrc ? 'set BUILDROOT_SRC to a Buildroot tree' : 'no python3 with python-magic: apt-get install python3-magic'}).`
  )
}

itWithCheckPackage("passes Buildroot's utils/check-package with no warning", () => {
  const files = walk(externalDir)
    .filter(file => !file.endsWith('.md'))
    .map(file => path.relative(externalDir, file))
    .sort()
  const result = spawnSync(
    python as string,
    [path.join(buildrootSrc as string, 'utils/check-package'), '--br2-external', ...files],
    { cwd: externalDir, encoding: 'utf8' }
  )
  expect(result.stdout + result.stderr).toMatch(/^\d+ lines processed\n0 warnings generated\n$/m)
  expect(result.stdout + result.stderr).not.toMatch(/: (warning|error)/i)
  expect(result.status).toBe(0)
})
