import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from '@jest/globals'
import { parseKconfig } from '../../src/kconfig/defconfig.js'
import { hashFindings, referenceFindings } from '../../src/check/references.js'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'refs-'))
const tree = path.join(root, 'external')
fs.mkdirSync(path.join(tree, 'board'), { recursive: true })
fs.writeFileSync(path.join(tree, 'external.desc'), 'name: MY_TREE\ndesc: test\n')
fs.writeFileSync(path.join(tree, 'board', 'post-build.sh'), '#!/bin/sh\n')
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

it('reports a file the defconfig names that does not exist, at its line', () => {
  const defconfig = path.join(root, 'defconfig')
  const requested = parseKconfig(
    [
      'BR2_ROOTFS_POST_BUILD_SCRIPT="$(BR2_EXTERNAL_MY_TREE_PATH)/board/post-build.sh"',
      'BR2_ROOTFS_OVERLAY="$(BR2_EXTERNAL_MY_TREE_PATH)/board/overlay $(BR2_EXTERNAL_MY_TREE_PATH)/board"',
      'BR2_ROOTFS_POST_SCRIPT_ARGS="-c $(BR2_EXTERNAL_MY_TREE_PATH)/board/genimage.cfg"',
      'BR2_TARGET_GENERIC_HOSTNAME="not/a/path"'
    ].join('\n'),
    defconfig
  )
  const findings = referenceFindings({ requested, externalTrees: [tree] })
  expect(findings.map(f => [f.at?.line, f.message.split(',')[0]])).toEqual([
    [2, 'BR2_ROOTFS_OVERLAY names $(BR2_EXTERNAL_MY_TREE_PATH)/board/overlay'],
    [3, 'BR2_ROOTFS_POST_SCRIPT_ARGS names $(BR2_EXTERNAL_MY_TREE_PATH)/board/genimage.cfg']
  ])
  expect(findings.every(f => f.level === 'error' && f.at?.file === defconfig)).toBe(true)
})

it('requires a .hash file for each external package that downloads', () => {
  const pkg = (name: string, mk: string, hash?: string) => {
    const dir = path.join(tree, 'package', name)
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, `${name}.mk`), mk)
    if (hash !== undefined) fs.writeFileSync(path.join(dir, `${name}.hash`), hash)
  }
  pkg(
    'good',
    'GOOD_VERSION = 1.0\nGOOD_SITE = https://example.org\n',
    `# from upstream\nsha256  ${'a'.repeat(64)}  good-1.0.tar.gz\n`
  )
  pkg('nohash', 'NOHASH_VERSION = 2.0\nNOHASH_SITE = https://example.org\n')
  pkg('local', 'LOCAL_SITE = $(LOCAL_PKGDIR)/src\nLOCAL_SITE_METHOD = local\n')
  const findings = hashFindings([tree])
  expect(findings.map(f => f.message)).toEqual([
    'package nohash downloads from https://example.org but has no nohash.hash, so Buildroot checks nothing it downloads: add one with the upstream hash (and a comment naming where it comes from).'
  ])
  expect(findings[0].at).toMatchObject({
    file: path.join(tree, 'package', 'nohash', 'nohash.mk'),
    line: 2
  })
})
