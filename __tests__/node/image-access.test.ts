// Access to a node made from the image: post-build.sh refuses an image with a password-less
// root or with SSH host keys; sshd_config, read by a real sshd (-T prints the settings it
// would use), is key-only; the units pass systemd-analyze verify in a root laid out like the
// image, with the presets applied as Buildroot does (systemctl --root preset-all).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { overlayDir, repoRoot } from './harness.js'
import { itIf } from '../helpers/witness.js'

const postBuild = path.join(repoRoot, 'configs/external/board/common/post-build.sh')
let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'k8s-image-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

function write(relative: string, content: string, mode = 0o644): void {
  const file = path.join(dir, relative)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, content)
  fs.chmodSync(file, mode)
}

describe('post-build.sh over a target folder', () => {
  /** What Buildroot's target folder has when post-build.sh runs, root locked. */
  function target(shadowRoot = 'root:*:::::::'): void {
    write('usr/sbin/xtables-nft-multi', '', 0o755)
    write('etc/shadow', `${shadowRoot}\ndaemon:*:::::::\n`)
    write('etc/hostname', 'k8s-node\n')
    write(
      'etc/ssh/sshd_config',
      fs.readFileSync(path.join(overlayDir, 'etc/ssh/sshd_config'), 'utf8')
    )
  }
  const run = () => spawnSync('/bin/sh', [postBuild, dir], { encoding: 'utf8' })

  it('passes a locked root and no host keys, and leaves no hostname in the image', () => {
    target()
    const result = run()
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(fs.existsSync(path.join(dir, 'etc/hostname'))).toBe(false)
  })

  it('refuses an image whose root logs in without a password', () => {
    target('root::::::::')
    const result = run()
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('root would log in without a password')
  })

  it('accepts a root password the user set (a crypt hash)', () => {
    target('root:$6$salt$hash:::::::')
    expect(run().status).toBe(0)
  })

  it.each(['etc/ssh/ssh_host_ed25519_key', 'var/lib/k8s-node/ssh/ssh_host_rsa_key.pub'])(
    'refuses an image that carries a host key (%s)',
    key => {
      target()
      write(key, 'key')
      const result = run()
      expect(result.status).toBe(1)
      expect(result.stderr).toContain('the image would ship SSH host keys')
      expect(result.stderr).toContain(key)
    }
  )
})

// A real sshd: SSHD names one (CI unpacks Debian's openssh-server), else one on PATH.
const sshd = process.env.SSHD ?? ['/usr/sbin/sshd', '/usr/bin/sshd'].find(f => fs.existsSync(f))
// sshd insists on its privilege separation user: a private mount namespace lends it one.
const canUnshare =
  sshd !== undefined &&
  spawnSync('unshare', ['-m', 'true']).status === 0 &&
  process.getuid?.() === 0
const itWithSshd = itIf(
  canUnshare
    ? undefined
    : 'sshd_config is read by a real sshd: set SSHD to an sshd binary (.ci/run unpacks Debian’s openssh-server); it needs root and unshare'
)

describe('sshd_config', () => {
  const config = fs.readFileSync(path.join(overlayDir, 'etc/ssh/sshd_config'), 'utf8')

  it('keeps its host keys where ssh-host-keys makes them and K8SDATA keeps them', () => {
    expect(config.match(/^HostKey .*$/gm)).toEqual([
      'HostKey /var/lib/k8s-node/ssh/ssh_host_ed25519_key',
      'HostKey /var/lib/k8s-node/ssh/ssh_host_ecdsa_key',
      'HostKey /var/lib/k8s-node/ssh/ssh_host_rsa_key'
    ])
  })

  itWithSshd(
    'is key-only for every user, root included, and forwards no agent, as sshd itself reads it',
    () => {
      spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path.join(dir, 'hostkey')])
      // The image's host key paths do not exist here: point them at a throwaway key.
      write('sshd_config', config.replace(/^HostKey .*$/gm, '') + `HostKey ${dir}/hostkey\n`)
      write(
        'passwd',
        `${fs.readFileSync('/etc/passwd', 'utf8')}sshd:x:65500:65534::/run/sshd:/usr/sbin/nologin\n`
      )
      const script = [
        `mount --bind ${dir}/passwd /etc/passwd`,
        'mount -t tmpfs tmpfs /run',
        'mkdir -p /run/sshd',
        `exec "${sshd}" -T -f ${dir}/sshd_config`
      ].join(' && ')
      const result = spawnSync('unshare', ['-m', 'sh', '-c', script], { encoding: 'utf8' })
      expect(result.stderr).toBe('')
      expect(result.status).toBe(0)
      const settings = new Map(
        result.stdout
          .split('\n')
          .map(line => [line.split(' ')[0], line.slice(line.indexOf(' ') + 1)])
      )
      expect({
        passwordauthentication: settings.get('passwordauthentication'),
        kbdinteractiveauthentication: settings.get('kbdinteractiveauthentication'),
        permitemptypasswords: settings.get('permitemptypasswords'),
        authenticationmethods: settings.get('authenticationmethods'),
        // sshd -T prints prohibit-password by its older name.
        permitrootlogin: settings.get('permitrootlogin'),
        authorizedkeysfile: settings.get('authorizedkeysfile'),
        allowagentforwarding: settings.get('allowagentforwarding'),
        x11forwarding: settings.get('x11forwarding')
      }).toEqual({
        passwordauthentication: 'no',
        kbdinteractiveauthentication: 'no',
        permitemptypasswords: 'no',
        authenticationmethods: 'publickey',
        permitrootlogin: 'without-password',
        authorizedkeysfile: '.ssh/authorized_keys /etc/ssh/authorized_keys.d/%u',
        allowagentforwarding: 'no',
        x11forwarding: 'no'
      })
    }
  )
})

const analyze = spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' })
const itWithSystemd = itIf(
  analyze.status === 0 ? undefined : 'systemd-analyze verifies the units: apt-get install systemd'
)

describe('systemd units of the image', () => {
  const external = path.join(repoRoot, 'configs/external')
  const hostUnits = ['/usr/lib/systemd/system', '/lib/systemd/system'].find(d =>
    fs.existsSync(path.join(d, 'multi-user.target'))
  )

  /** A root with systemd's own units (the host's), the image's and stand-ins for packages'. */
  function imageRoot(): string {
    const units = path.join(dir, 'usr/lib/systemd/system')
    fs.mkdirSync(units, { recursive: true })
    for (const name of fs.readdirSync(hostUnits as string)) {
      if (/\.target$|^systemd-|^dbus\.|getty/.test(name)) {
        fs.cpSync(path.join(hostUnits as string, name), path.join(units, name), {
          verbatimSymlinks: true,
          recursive: true
        })
      }
    }
    // systemd's presets: its own list, and "disable *" for the rest (systemd's 99-default.preset).
    for (const presets of ['/usr/lib/systemd/system-preset', '/lib/systemd/system-preset']) {
      const own = path.join(presets, '90-systemd.preset')
      if (fs.existsSync(own))
        fs.cpSync(own, path.join(dir, 'usr/lib/systemd/system-preset/90-systemd.preset'))
    }
    write('usr/lib/systemd/system-preset/99-default.preset', 'disable *\n')
    fs.cpSync(overlayDir, dir, { recursive: true })
    fs.cpSync(path.join(external, 'board/arm64/rootfs-overlay'), dir, { recursive: true })
    const pkg = path.join(external, 'package/kubernetes-node')
    fs.copyFileSync(path.join(pkg, 'kubelet.service'), path.join(units, 'kubelet.service'))
    write(
      'usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf',
      fs.readFileSync(path.join(pkg, '10-kubeadm.conf'), 'utf8')
    )
    write(
      'usr/lib/systemd/system-preset/80-kubernetes-node.preset',
      fs.readFileSync(path.join(pkg, '80-kubernetes-node.preset'), 'utf8')
    )
    // Buildroot's openssh package installs this sshd.service (package/openssh/sshd.service).
    write(
      'usr/lib/systemd/system/sshd.service',
      '[Unit]\nDescription=OpenSSH server daemon\nAfter=syslog.target network.target auditd.service\n\n' +
        '[Service]\nExecStartPre=/usr/bin/ssh-keygen -A\nExecStart=/usr/sbin/sshd -D -e\nExecReload=/bin/kill -HUP $MAINPID\n\n' +
        '[Install]\nWantedBy=multi-user.target\n'
    )
    // containerd's own unit orders itself after these (containerd.service upstream).
    write(
      'usr/lib/systemd/system/containerd.service',
      '[Unit]\nAfter=network.target local-fs.target dbus.service\n\n[Service]\nExecStart=/usr/bin/containerd\n\n' +
        '[Install]\nWantedBy=multi-user.target\n'
    )
    for (const program of [
      'usr/sbin/sshd',
      'bin/kill',
      'usr/bin/kubelet',
      'usr/bin/containerd',
      'usr/bin/ssh-keygen'
    ]) {
      write(program, '#!/bin/sh\n', 0o755)
    }
    return dir
  }

  itWithSystemd(
    'pass systemd-analyze verify, in the transaction of multi-user.target as enabled by the presets',
    () => {
      const root = imageRoot()
      const preset = spawnSync('systemctl', [`--root=${root}`, 'preset-all'], { encoding: 'utf8' })
      expect(preset.status).toBe(0)
      const wants = fs.readdirSync(path.join(root, 'etc/systemd/system/multi-user.target.wants'))
      expect(wants).toEqual(
        expect.arrayContaining([
          'sshd.service',
          'k8s-node-fetch.service',
          'k8s-data.service',
          'k8s-node-config.service'
        ])
      )
      const result = spawnSync(
        'systemd-analyze',
        [
          'verify',
          `--root=${root}`,
          '--man=no',
          '--generators=no',
          'multi-user.target',
          'k8s-node-kubeadm@init.service',
          'k8s-node-kubeadm@join.service',
          'k8s-grow-rootfs.service'
        ],
        { encoding: 'utf8' }
      )
      expect(result.stdout + result.stderr).toBe('')
      expect(result.status).toBe(0)
    }
  )

  itWithSystemd('the same check fails on an ordering cycle (it can fail)', () => {
    const root = imageRoot()
    write(
      'usr/lib/systemd/system/k8s-node-fetch.service.d/cycle.conf',
      '[Unit]\nAfter=k8s-node-config.service\n'
    )
    spawnSync('systemctl', [`--root=${root}`, 'preset-all'])
    const result = spawnSync(
      'systemd-analyze',
      ['verify', `--root=${root}`, '--man=no', '--generators=no', 'multi-user.target'],
      { encoding: 'utf8' }
    )
    expect(result.stdout + result.stderr).toContain('Found ordering cycle on k8s-node-')
  })
})
