import { describe, expect, it } from '@jest/globals'
import { describeFailure, parseStepLine, slowestPackages } from '../../src/stages/build.js'

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
