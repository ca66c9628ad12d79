// The kernel requirement data and how the check reads it: every entry names its source, the
// CNI options are in the list (Cilium's IPsec list in full), an option younger than the kernel
// (NETKIT on a 6.6 kernel tree) is reported as not available there rather than as missing, and
// a missing option that cannot be set by hand is explained by what selects it.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { checkKernelConfig, kernelTreeVersion } from '../../src/check/kernel.js'
import { KERNEL_REQUIREMENTS } from '../../src/kconfig/kernel-requirements.js'
import type { KconfigEntry } from '../../src/kconfig/defconfig.js'

let root: string
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'kernel-req-'))
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

/** A kernel tree with the given release and Kconfig options (bool, no dependencies). */
function kernelTree(release: [number, number, number], options: string[]): string {
  const [version, patchlevel, sublevel] = release
  fs.writeFileSync(
    path.join(root, 'Makefile'),
    `# SPDX-License-Identifier: GPL-2.0\nVERSION = ${version}\nPATCHLEVEL = ${patchlevel}\nSUBLEVEL = ${sublevel}\nEXTRAVERSION =\n`
  )
  fs.writeFileSync(
    path.join(root, 'Kconfig'),
    options.map(option => `config ${option}\n\tbool "${option}"\n`).join('\n')
  )
  return root
}

const entry = (symbol: string, value: string, line: number): KconfigEntry => ({
  symbol,
  value,
  file: '/configs/arm64/kernel_defconfig',
  line
})

describe('KERNEL_REQUIREMENTS', () => {
  it('lists the options the common CNIs need, as optional, each with its source', () => {
    const cni = [
      'CRYPTO_SHA1',
      'SCHEDSTATS',
      'XFRM_USER',
      'INET_ESP',
      'CRYPTO_GCM',
      'CRYPTO_SEQIV',
      'IP_SCTP',
      'NETFILTER_XT_MATCH_SCTP',
      'IP_SET_HASH_NETNET',
      'NETKIT'
    ]
    for (const option of cni) {
      const requirement = KERNEL_REQUIREMENTS.find(r => r.options.includes(option))
      expect([option, requirement?.level]).toEqual([option, 'optional'])
      // A source is a repository, a path and a commit.
      expect(requirement?.source).toMatch(/^[\w.-]+\/[\w.-]+ \S+ \(commit [0-9a-f]{12}\)/)
    }
    expect(KERNEL_REQUIREMENTS.find(r => r.options.includes('NETKIT'))?.since).toBe('6.7')
  })

  it("has Cilium's whole IPsec list (GCM-128-AES, IPv4 and IPv6), each from that list", () => {
    // Cilium's Documentation/operations/system_requirements.rst, "Requirements for IPsec", less
    // INET_XFRM_MODE_TUNNEL, which Linux 5.2 folded into XFRM.
    const ipsec = [
      'XFRM',
      'XFRM_OFFLOAD',
      'XFRM_STATISTICS',
      'XFRM_ALGO',
      'XFRM_USER',
      'INET_ESP',
      'INET6_ESP',
      'INET_IPCOMP',
      'INET6_IPCOMP',
      'INET_XFRM_TUNNEL',
      'INET6_XFRM_TUNNEL',
      'INET_TUNNEL',
      'INET6_TUNNEL',
      'CRYPTO_AEAD',
      'CRYPTO_AEAD2',
      'CRYPTO_GCM',
      'CRYPTO_SEQIV',
      'CRYPTO_CBC',
      'CRYPTO_HMAC',
      'CRYPTO_SHA256',
      'CRYPTO_AES'
    ]
    const listed = KERNEL_REQUIREMENTS.filter(r => r.source.endsWith('"Requirements for IPsec"'))
    expect(listed.flatMap(r => r.options).sort()).toEqual([...ipsec].sort())
    expect(listed.every(r => r.level === 'optional' && r.source.startsWith('cilium/cilium '))).toBe(
      true
    )
  })

  it('names every option once', () => {
    const all = KERNEL_REQUIREMENTS.flatMap(r => r.options)
    expect(all.length).toBe(new Set(all).size)
  })
})

describe('checkKernelConfig', () => {
  const netkit = KERNEL_REQUIREMENTS.filter(r => r.options.includes('NETKIT'))
  const check = (linuxDir: string, requested: KconfigEntry[], dotConfig: Record<string, string>) =>
    checkKernelConfig({
      requested,
      dotConfig: new Map(Object.entries(dotConfig)),
      requirements: netkit,
      linuxDir,
      overrideTree: false,
      kernelDefconfig: '/configs/arm64/kernel_defconfig'
    })

  it('reads the release of a kernel tree from its Makefile', () => {
    expect(kernelTreeVersion(kernelTree([6, 6, 78], []))).toBe('6.6.78')
    expect(kernelTreeVersion(path.join(root, 'nowhere'))).toBeUndefined()
  })

  it('says an option younger than the kernel is not available there: a notice, not a miss', () => {
    const tree = kernelTree([6, 6, 78], ['BPF_SYSCALL'])
    const findings = check(tree, [], {})
    expect(findings).toEqual([
      {
        level: 'notice',
        message: expect.stringMatching(
          /^CONFIG_NETKIT is not in this kernel \(Linux 6\.6\.78\): it came with Linux 6\.7, so Cilium's netkit datapath mode \(netkit devices\) is not available on this image \(cilium\/cilium .*\)\. With a kernel of 6\.7 or later, set CONFIG_NETKIT=y in kernel_defconfig\.$/
        ),
        at: { file: '/configs/arm64/kernel_defconfig', title: 'Kernel: NETKIT' }
      }
    ])
  })

  it('warns at the line that asks for it that such a line has no effect on that kernel', () => {
    const tree = kernelTree([6, 6, 78], ['BPF_SYSCALL'])
    const findings = check(tree, [entry('CONFIG_NETKIT', 'y', 12)], {})
    expect(findings.map(f => [f.level, f.message, f.at?.line])).toEqual([
      ['notice', expect.stringMatching(/^CONFIG_NETKIT is not in this kernel/), undefined],
      [
        'warning',
        'CONFIG_NETKIT=y: this kernel (Linux 6.6.78) has no such option; it came with Linux 6.7, so this line has no effect here.',
        12
      ]
    ])
  })

  it('names the options that select a missing option that has no prompt', () => {
    const tree = kernelTree([6, 12, 91], [])
    fs.writeFileSync(
      path.join(root, 'Kconfig'),
      [
        'config XFRM_OFFLOAD\n\tbool\n',
        'config INET_ESP_OFFLOAD\n\ttristate "IP: ESP transformation offload"\n\tselect XFRM_OFFLOAD\n',
        'config INET6_ESP_OFFLOAD\n\ttristate "IPv6: ESP transformation offload"\n\tselect XFRM_OFFLOAD\n'
      ].join('\n')
    )
    const offload = KERNEL_REQUIREMENTS.filter(r => r.options.includes('XFRM_OFFLOAD'))
    const findings = checkKernelConfig({
      requested: [],
      dotConfig: new Map(),
      requirements: offload,
      linuxDir: tree,
      overrideTree: false,
      kernelDefconfig: '/configs/amd64/kernel_defconfig'
    })
    expect(findings.map(f => [f.level, f.message])).toEqual([
      [
        'warning',
        expect.stringMatching(
          /^CONFIG_XFRM_OFFLOAD is recommended but not enabled after olddefconfig: .* XFRM_OFFLOAD cannot be set by hand: enable one of INET6_ESP_OFFLOAD, INET_ESP_OFFLOAD, which select it \(set in kernel_defconfig\)\.$/
        )
      ]
    ])
  })

  it('treats the option as any other optional one on a kernel that has it', () => {
    const tree = kernelTree([6, 12, 91], ['BPF_SYSCALL', 'NETKIT'])
    expect(check(tree, [], { CONFIG_NETKIT: 'y' })).toEqual([])
    expect(check(tree, [], {})).toEqual([
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/^CONFIG_NETKIT is recommended but not enabled/)
      })
    ])
  })
})
