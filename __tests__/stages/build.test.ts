import { describe, expect, it } from '@jest/globals'
import {
  buildVariables,
  describeFailure,
  failedStamp,
  outputOfStep,
  parseStepLine,
  slowestPackages
} from '../../src/buildroot/build.js'

describe('parseStepLine', () => {
  it("reads Buildroot's step lines, with or without terminal highlighting and version", () => {
    expect(parseStepLine('>>> busybox 1.37.0 Building')).toEqual({
      package: 'busybox',
      version: '1.37.0',
      step: 'Building'
    })
    expect(parseStepLine('\x1b[7m>>> host-go 1.23.4 Installing to host directory\x1b[27m')).toEqual(
      {
        package: 'host-go',
        version: '1.23.4',
        step: 'Installing to host directory'
      }
    )
    expect(parseStepLine('>>> host-skeleton  Extracting')).toEqual({
      package: 'host-skeleton',
      version: '',
      step: 'Extracting'
    })
    expect(parseStepLine('>>>   Finalizing target directory')).toBeUndefined()
    expect(parseStepLine('gcc -O2 -c foo.c')).toBeUndefined()
  })
})

describe('slowestPackages', () => {
  it("sums each package's steps from build-time.log, slowest first", () => {
    const log = [
      '100.0:start:extract             : zlib',
      '101.0:end  :extract             : zlib',
      '101.0:start:build               : zlib',
      '111.5:end  :build               : zlib',
      '111.5:start:build               : linux',
      '411.5:end  :build               : linux',
      '411.5:start:build               : unfinished',
      ''
    ].join('\n')
    expect(slowestPackages(log, 5)).toEqual([
      { package: 'linux', seconds: 300 },
      { package: 'zlib', seconds: 11.5 }
    ])
    expect(slowestPackages(log, 1)).toEqual([{ package: 'linux', seconds: 300 }])
  })
})

describe('describeFailure', () => {
  it('names the package, version and step, then the last lines', () => {
    expect(
      describeFailure({
        package: 'runc',
        version: '1.2.6',
        step: 'Downloading',
        lastLines: ['wget: unable to resolve']
      })
    ).toBe(
      'Buildroot build failed: package runc 1.2.6 failed during "Downloading".\nLast lines of output:\nwget: unable to resolve'
    )
  })
})

describe('outputOfStep', () => {
  const tail = [
    "make: Entering directory '/src/buildroot'",
    '>>> host-skeleton  Installing to host directory',
    '>>> host-pkgconf 2.3.0 Downloading',
    'wget: unable to resolve host address',
    'make: *** [package/pkg-generic.mk:179: .stamp_downloaded] Error 1'
  ]
  it("keeps the failing package's lines from its last step on", () => {
    expect(outputOfStep(tail, 'host-pkgconf')).toEqual(tail.slice(2))
  })
  it('keeps the whole tail when the step line has scrolled out of it or no package is known', () => {
    expect(outputOfStep(tail.slice(3), 'host-pkgconf')).toEqual(tail.slice(3))
    expect(outputOfStep(tail, undefined)).toEqual(tail)
  })
})

describe('buildVariables', () => {
  it("per-package adds the top-level make -jN of Buildroot's manual; packages keep BR2_JLEVEL", () => {
    expect(buildVariables({ jobs: 3 })).toEqual(['BR2_JLEVEL=3'])
    expect(buildVariables({ jobs: 3, parallel: true, variables: ['BR2_PRIMARY_SITE=x'] })).toEqual([
      '-j3',
      'BR2_JLEVEL=3',
      'BR2_PRIMARY_SITE=x'
    ])
  })
})

describe('failedStamp', () => {
  // make's lines as Buildroot 2025.02.16 prints them (package/pkg-generic.mk).
  const lines = [
    '>>> runc 1.2.6 Installing to target',
    'make[1]: *** [package/pkg-generic.mk:179: /o/build/containerd-2.0.5/.stamp_downloaded] Error 1',
    'make: *** [Makefile:83: _all] Error 2'
  ]

  it("names the package and step make's innermost error line gives, not the last >>> line", () => {
    expect(failedStamp(lines, [{ name: 'containerd', version: '2.0.5' }])).toEqual({
      package: 'containerd',
      version: '2.0.5',
      step: 'Downloading'
    })
  })

  it('splits the folder name without the package list, and maps each stamp to its step', () => {
    const at = (dir: string, stamp: string) =>
      failedStamp([`make: *** [package/pkg-generic.mk:1: /o/build/${dir}/.stamp_${stamp}] Error 2`])
    expect(at('host-go-bin-1.23.4', 'host_installed')).toEqual({
      package: 'host-go-bin',
      version: '1.23.4',
      step: 'Installing to host directory'
    })
    expect(at('linux-6.12.91', 'built')?.step).toBe('Building')
    expect(at('host-skeleton', 'extracted')).toEqual({
      package: 'host-skeleton',
      version: '',
      step: 'Extracting'
    })
    expect(failedStamp(['make: *** [Makefile:83: _all] Error 2'])).toBeUndefined()
  })
})
