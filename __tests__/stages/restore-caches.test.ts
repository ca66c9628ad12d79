import { describe, expect, it } from '@jest/globals'
import { planCaches } from '../../src/stages/restore-caches.js'

const base = {
  target: 'amd64' as const,
  runtime: 'containerd' as const,
  buildrootVersion: '2025.02.16',
  dotConfig: new Map([
    ['BR2_x86_64', 'y'],
    ['BR2_TOOLCHAIN_EXTERNAL_BOOTLIN', 'y'],
    ['BR2_PACKAGE_HTOP', 'y']
  ]),
  downloads: ['busybox/busybox-1.37.0.tar.bz2', 'linux/linux-6.12.91.tar.xz'],
  cacheRoot: '/runner/temp/buildroot-k8s-cache',
  runId: '123-1'
}

describe('planCaches', () => {
  it('keys dl/ on the download list only, and ccache on target, Buildroot, toolchain and patch series, unique per run', () => {
    const plan = planCaches(base)
    expect(plan.dlDir).toBe('/runner/temp/buildroot-k8s-cache/dl')
    expect(plan.ccacheDir).toBe('/runner/temp/buildroot-k8s-cache/ccache-amd64')
    // Unique per run, restored by prefix: the list's own entries first (a hit), then any list's.
    expect(plan.dlKey).toMatch(/^buildroot-dl-v1-[0-9a-f]{20}-123-1$/)
    expect(plan.dlRestoreKeys).toEqual([plan.dlKey.replace(/123-1$/, ''), 'buildroot-dl-v1-'])
    expect(plan.ccacheKey).toMatch(
      /^buildroot-ccache-v1-amd64-2025\.02\.16-[0-9a-f]{12}-unpatched-containerd-123-1$/
    )
    // Its own series and runtime first, then its series, then any series of the toolchain.
    expect(plan.ccacheRestoreKeys).toEqual([
      plan.ccacheKey.replace(/123-1$/, ''),
      plan.ccacheKey.replace(/containerd-123-1$/, ''),
      plan.ccacheKey.replace(/unpatched-containerd-123-1$/, '')
    ])
  })

  it('gives each Buildroot patch series its own ccache entries, restoring across series as a fallback', () => {
    const patched = planCaches({ ...base, patchSeries: 'ab'.repeat(32) })
    expect(patched.ccacheKey).toMatch(/-[0-9a-f]{12}-pabababababab-containerd-123-1$/)
    expect(patched.ccacheRestoreKeys[0]).not.toBe(planCaches(base).ccacheRestoreKeys[0])
    expect(patched.ccacheRestoreKeys[2]).toBe(planCaches(base).ccacheRestoreKeys[2])
    const other = planCaches({ ...base, patchSeries: 'cd'.repeat(32) })
    expect(other.ccacheRestoreKeys[0]).not.toBe(patched.ccacheRestoreKeys[0])
    // dl/ follows the download list, which the series changes when it changes a version.
    expect(patched.dlRestoreKeys).toEqual(planCaches(base).dlRestoreKeys)
  })

  it('shares dl/ between targets with the same sources, but not ccache', () => {
    const arm = planCaches({ ...base, target: 'arm64', dotConfig: new Map([['BR2_aarch64', 'y']]) })
    expect(arm.dlRestoreKeys).toEqual(planCaches(base).dlRestoreKeys)
    expect(arm.ccacheRestoreKeys[0]).not.toBe(planCaches(base).ccacheRestoreKeys[0])
  })

  it('gives the two runtimes of one target in one run ccache keys of their own, each restoring its own entries first', () => {
    const containerd = planCaches(base)
    const crio = planCaches({ ...base, runtime: 'cri-o' })
    // Two jobs of one workflow run (same run id) save without colliding.
    expect(crio.ccacheKey).not.toBe(containerd.ccacheKey)
    expect(crio.ccacheKey).toMatch(/-unpatched-cri-o-123-1$/)
    // A restore prefix is matched by the start of a key: neither runtime's first prefix matches
    // the other's key, and both fall back to the series' shared prefix (same kernel, same base).
    expect(containerd.ccacheKey.startsWith(crio.ccacheRestoreKeys[0])).toBe(false)
    expect(crio.ccacheKey.startsWith(containerd.ccacheRestoreKeys[0])).toBe(false)
    expect(crio.ccacheKey.startsWith(containerd.ccacheRestoreKeys[1])).toBe(true)
    expect(crio.ccacheDir).toBe(containerd.ccacheDir)
  })

  it('changes the ccache key with the toolchain, not with an unrelated package', () => {
    const other = (symbol: string) =>
      planCaches({ ...base, dotConfig: new Map([...base.dotConfig, [symbol, 'y']]) })
        .ccacheRestoreKeys[0]
    expect(other('BR2_PACKAGE_SOCAT')).toBe(planCaches(base).ccacheRestoreKeys[0])
    expect(other('BR2_TOOLCHAIN_EXTERNAL_BOOTLIN_X86_64_GLIBC_STABLE')).not.toBe(
      planCaches(base).ccacheRestoreKeys[0]
    )
  })

  it('makes keys the cache service accepts: no commas, at most 512 characters', () => {
    const plan = planCaches({ ...base, runId: '9999999999-3' })
    for (const key of [
      plan.dlKey,
      plan.ccacheKey,
      ...plan.dlRestoreKeys,
      ...plan.ccacheRestoreKeys
    ]) {
      expect(key).not.toContain(',')
      expect(key.length).toBeLessThanOrEqual(512)
    }
  })
})
