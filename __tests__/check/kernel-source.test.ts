import { expect, it } from '@jest/globals'
import { kernelTarball } from '../../src/check/kernel-source.js'

const config = (lines: Record<string, string>) => new Map(Object.entries(lines))

it("lists Buildroot's download locations for a kernel.org version: upstream, then the backup site", () => {
  expect(
    kernelTarball(
      config({
        BR2_LINUX_KERNEL_CUSTOM_VERSION: 'y',
        BR2_LINUX_KERNEL_CUSTOM_VERSION_VALUE: '"6.12.91"',
        BR2_BACKUP_SITE: '"https://sources.buildroot.net"'
      })
    )
  ).toEqual({
    file: 'linux-6.12.91.tar.xz',
    urls: [
      'https://cdn.kernel.org/pub/linux/kernel/v6.x/linux-6.12.91.tar.xz',
      'https://sources.buildroot.net/linux/linux-6.12.91.tar.xz',
      'https://sources.buildroot.net/linux-6.12.91.tar.xz'
    ]
  })
})

it('expands $(call github,...) of a custom tarball, and puts a primary site first (alone when PRIMARY_SITE_ONLY)', () => {
  const rpi = {
    BR2_LINUX_KERNEL_CUSTOM_TARBALL: 'y',
    BR2_LINUX_KERNEL_CUSTOM_TARBALL_LOCATION:
      '"$(call github,raspberrypi,linux,576cc10e)/linux-576cc10e.tar.gz"',
    BR2_PRIMARY_SITE: '"http://mirror.example/br/"'
  }
  expect(kernelTarball(config(rpi))?.urls).toEqual([
    'http://mirror.example/br/linux/linux-576cc10e.tar.gz',
    'http://mirror.example/br/linux-576cc10e.tar.gz',
    'https://github.com/raspberrypi/linux/archive/576cc10e/linux-576cc10e.tar.gz'
  ])
  expect(kernelTarball(config({ ...rpi, BR2_PRIMARY_SITE_ONLY: 'y' }))?.urls).toEqual([
    'http://mirror.example/br/linux/linux-576cc10e.tar.gz',
    'http://mirror.example/br/linux-576cc10e.tar.gz'
  ])
})

it('has nothing to download when no kernel version is configured', () => {
  expect(kernelTarball(config({ BR2_LINUX_KERNEL: 'y' }))).toBeUndefined()
})
