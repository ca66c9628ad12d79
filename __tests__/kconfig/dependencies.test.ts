import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import {
  closestSymbols,
  evaluate,
  explainUnmetDependency,
  indexKconfig,
  unmetDependencies
} from '../../src/kconfig/dependencies.js'

const values = new Map([
  ['BR2_A', 'y'],
  ['BR2_M', 'm'],
  ['BR2_S', '"text"']
])

describe('evaluate', () => {
  it.each([
    ['BR2_A', 2],
    ['BR2_M', 1],
    ['BR2_UNSET', 0],
    ['!BR2_UNSET', 2],
    ['BR2_A && BR2_UNSET', 0],
    ['BR2_A && (BR2_UNSET || BR2_M)', 1],
    ['BR2_S = "text"', 2],
    ['BR2_S != "text"', 0],
    ['!(BR2_A && BR2_M)', 1]
  ])('%s is %d', (expression, expected) => {
    expect(evaluate(expression, values)).toBe(expected)
  })
})

describe('indexKconfig', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kconfig-'))
  const file = path.join(dir, 'Config.in')
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
  fs.writeFileSync(
    file,
    [
      'menu "Container runtime"',
      '\tdepends on BR2_USE_MMU',
      '',
      'config BR2_PACKAGE_CONTAINERD',
      '\tbool "containerd"',
      '\tdepends on BR2_PACKAGE_HOST_GO_TARGET_ARCH_SUPPORTS',
      '\tdepends on BR2_TOOLCHAIN_HAS_THREADS # runc',
      '',
      'if BR2_PACKAGE_CONTAINERD',
      'config BR2_PACKAGE_CONTAINERD_CRI',
      '\tbool "CRI"',
      'endif',
      'endmenu',
      'config BR2_OUTSIDE',
      '\tbool "outside"',
      '',
      'config BR2_PACKAGE_HAS_LIBEGL',
      '\tbool',
      '',
      'config BR2_PACKAGE_MESA3D_OPENGL_EGL',
      '\tbool "EGL"',
      '\tselect BR2_PACKAGE_HAS_LIBEGL if BR2_USE_MMU',
      '',
      'config BR2_PACKAGE_RPI_USERLAND',
      '\tbool "rpi-userland"',
      '\tselect BR2_PACKAGE_HAS_LIBEGL',
      '',
      'config BR2_PACKAGE_KODI',
      '\tbool "kodi"',
      '\tdepends on BR2_PACKAGE_HAS_LIBEGL'
    ].join('\n')
  )
  const index = indexKconfig([file])

  it('collects own depends on lines and those of enclosing menus and ifs', () => {
    expect(index.get('BR2_PACKAGE_CONTAINERD')?.[0]).toEqual({
      symbol: 'BR2_PACKAGE_CONTAINERD',
      file,
      line: 4,
      dependsOn: [
        'BR2_USE_MMU',
        'BR2_PACKAGE_HOST_GO_TARGET_ARCH_SUPPORTS',
        'BR2_TOOLCHAIN_HAS_THREADS'
      ],
      prompt: true,
      selects: []
    })
    expect(index.get('BR2_PACKAGE_CONTAINERD_CRI')?.[0].dependsOn).toEqual([
      'BR2_USE_MMU',
      'BR2_PACKAGE_CONTAINERD'
    ])
    expect(index.get('BR2_OUTSIDE')?.[0].dependsOn).toEqual([])
  })

  it('names the unmet dependencies and the symbols that are not set', () => {
    const config = new Map([
      ['BR2_USE_MMU', 'y'],
      ['BR2_PACKAGE_HOST_GO_TARGET_ARCH_SUPPORTS', 'y']
    ])
    expect(unmetDependencies(index, 'BR2_PACKAGE_CONTAINERD', config)).toEqual([
      {
        definition: index.get('BR2_PACKAGE_CONTAINERD')?.[0],
        expression: 'BR2_TOOLCHAIN_HAS_THREADS',
        unset: ['BR2_TOOLCHAIN_HAS_THREADS']
      }
    ])
  })

  it('points at what selects a dependency that cannot be set by hand', () => {
    const config = new Map([['BR2_USE_MMU', 'y']])
    expect(explainUnmetDependency(index, 'BR2_PACKAGE_KODI', config, dir)).toBe(
      'it depends on BR2_PACKAGE_HAS_LIBEGL, and BR2_PACKAGE_HAS_LIBEGL is not set (Config.in:28); ' +
        'BR2_PACKAGE_HAS_LIBEGL cannot be set by hand: enable one of BR2_PACKAGE_MESA3D_OPENGL_EGL, BR2_PACKAGE_RPI_USERLAND, which select it'
    )
    expect(
      explainUnmetDependency(index, 'BR2_PACKAGE_CONTAINERD', new Map([['BR2_USE_MMU', 'y']]), dir)
    ).toBe(
      'it depends on BR2_PACKAGE_HOST_GO_TARGET_ARCH_SUPPORTS, and BR2_PACKAGE_HOST_GO_TARGET_ARCH_SUPPORTS is not set (Config.in:4)'
    )
    expect(explainUnmetDependency(index, 'BR2_OUTSIDE', new Map(), dir)).toBeUndefined()
  })

  it('reads a line continued with a backslash as one line (arm64: select ... \\ if (A || \\ B))', () => {
    // As in Linux's arch/arm64/Kconfig: the continued `if` belongs to the select, it opens no block.
    const continued = path.join(dir, 'Kconfig')
    fs.writeFileSync(
      continued,
      [
        'config ARM64',
        '\tdef_bool y',
        '\tselect HAVE_DYNAMIC_FTRACE_WITH_ARGS \\',
        '\t\tif (GCC_SUPPORTS_DYNAMIC_FTRACE_WITH_ARGS || \\',
        '\t\t    CLANG_SUPPORTS_DYNAMIC_FTRACE_WITH_ARGS)',
        '',
        'choice',
        '\tprompt "Page size"',
        '',
        'config ARM64_16K_PAGES',
        '\tbool "16KB"',
        'endchoice',
        '',
        'config ARM64_VA_BITS_47',
        '\tbool "47-bit"',
        '\tdepends on ARM64_16K_PAGES'
      ].join('\n')
    )
    const arm64 = indexKconfig([continued])
    expect(arm64.get('ARM64')?.[0].selects).toEqual(['HAVE_DYNAMIC_FTRACE_WITH_ARGS'])
    expect(arm64.get('ARM64_16K_PAGES')?.[0]).toMatchObject({ line: 10, dependsOn: [] })
    expect(explainUnmetDependency(arm64, 'ARM64_VA_BITS_47', new Map(), dir)).toBe(
      'it depends on ARM64_16K_PAGES, and ARM64_16K_PAGES is not set (Kconfig:14)'
    )
  })

  it('suggests the closest known names for a misspelt one', () => {
    expect(closestSymbols(index, 'BR2_PACKAGE_CONTAINERDD')).toEqual(['BR2_PACKAGE_CONTAINERD'])
    expect(closestSymbols(index, 'BR2_SOMETHING_ELSE_ENTIRELY')).toEqual([])
  })
})
