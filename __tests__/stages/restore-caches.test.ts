import { describe, expect, it } from '@jest/globals'
import { planCaches } from '../../src/stages/restore-caches.js'

const base = {
  target: 'amd64' as const,
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
      /^buildroot-ccache-v1-amd64-2025\.02\.16-[0-9a-f]{12}-unpatched-123-1$/
    )
    // Its own series first, then any series of the same toolchain.
    expect(plan.ccacheRestoreKeys).toEqual([
      plan.ccacheKey.replace(/123-1$/, ''),
      plan.ccacheKey.replace(/unpatched-123-1$/, '')
    ])
  })

  it('gives each Buildroot patch series its own ccache entries, restoring across series as a fallback', () => {
    const patched = planCaches({ ...base, patchSeries: 'ab'.repeat(32) })
    expect(patched.ccacheKey).toMatch(/-[0-9a-f]{12}-pabababababab-123-1$/)
    expect(patched.ccacheRestoreKeys[0]).not.toBe(planCaches(base).ccacheRestoreKeys[0])
    expect(patched.ccacheRestoreKeys[1]).toBe(planCaches(base).ccacheRestoreKeys[1])
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
