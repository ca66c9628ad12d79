// Stage: SBOM. A CycloneDX software bill of materials of the image, made by Buildroot's own
// utils/generate-cyclonedx from the `make show-info` JSON the package list was read from (no
// second parse of Buildroot's makefiles). It lands in the artifact as sbom.cdx.json, with the
// images' checksums.
// The tool tells SPDX license identifiers from free-form names with the license list CycloneDX
// publishes (spdx-<version>.schema.json), which it downloads from raw.githubusercontent.com on
// first use into $BR2_DL_DIR/cyclonedx/ and reads from there afterwards. Here its BR2_DL_DIR is a
// folder of its own, kept in a small cache entry beside dl/ (dl/ is pruned to the download list
// before it is saved). Put that file in place and the tool never goes online.
import fs from 'node:fs'
import path from 'node:path'
import type { CacheMode } from '../inputs/schema.js'
import type { Platform } from '../platform/types.js'
import { buildrootTool, GENERATE_CYCLONEDX, runPythonTool } from '../buildroot/python-tools.js'
import { CacheLayer, type CacheSpec } from '../caches/layer.js'
import { errorMessage } from '../util/errors.js'
import { showInfoFile } from '../buildroot/show-info.js'
import { imageName } from '../runtimes.js'
import { treeSlot } from './buildroot-patches.js'
import { inputsHashSlot } from './inputs-hash.js'
import { buildrootSlot } from './resolve-buildroot.js'
import { slot, type Stage } from './stage.js'

export interface SbomFacts {
  file: string
  components: number
  /** Distinct licenses named by the components. */
  licenses: number
  /** How many of those are SPDX identifiers. */
  spdxLicenses: number
}

interface CycloneDxLicense {
  license?: { id?: string; name?: string }
}

interface CycloneDxBom {
  components?: { licenses?: CycloneDxLicense[] }[]
}

export function sbomCounts(file: string): SbomFacts {
  const bom = JSON.parse(fs.readFileSync(file, 'utf8')) as CycloneDxBom
  const components = bom.components ?? []
  const ids = new Set<string>()
  const names = new Set<string>()
  for (const component of components) {
    for (const { license } of component.licenses ?? []) {
      if (license?.id) ids.add(license.id)
      else if (license?.name) names.add(license.name)
    }
  }
  return {
    file,
    components: components.length,
    licenses: ids.size + names.size,
    spdxLicenses: ids.size
  }
}

/** The CycloneDX version the tool writes, which names the license list it reads. */
export function cycloneDxVersion(tool: string): string | undefined {
  return /^CYCLONEDX_VERSION\s*=\s*"([^"]+)"/m.exec(fs.readFileSync(tool, 'utf8'))?.[1]
}

export async function generateSbom(
  platform: Platform,
  options: {
    buildrootDir: string
    buildrootVersion: string
    /** `make show-info`'s JSON. */
    showInfo: string
    outputFile: string
    /** The tool's BR2_DL_DIR: where the SPDX license list is kept (cached). */
    licenseListDir: string
    cache: CacheMode
    /** Makes the license list's cache key unique (default: the time). */
    runId?: string
    projectName: string
    projectVersion: string
  }
): Promise<SbomFacts | undefined> {
  const { reporter } = platform
  const tool = buildrootTool(options.buildrootDir, GENERATE_CYCLONEDX)
  if (!tool) {
    reporter.notice(
      `The Buildroot tree ${options.buildrootDir} (version ${options.buildrootVersion}) has no ${GENERATE_CYCLONEDX}, which Buildroot has from 2025.02 on: no SBOM. Use a release from 2025.02 on, or a tree that has the file.`
    )
    return undefined
  }
  const version = cycloneDxVersion(tool) ?? 'unknown'
  const licenseList = path.join(options.licenseListDir, 'cyclonedx', `spdx-${version}.schema.json`)
  const prefix = `buildroot-spdx-v1-cyclonedx-${version}-`
  const spec: CacheSpec = {
    label: 'The SPDX license list',
    paths: [options.licenseListDir],
    key: `${prefix}${options.runId ?? Date.now()}`,
    restoreKeys: [prefix],
    withoutIt: 'The SBOM tool downloads it.'
  }
  const caches = new CacheLayer(platform, options.cache)
  const restored = (await caches.restore(spec)).state === 'hit'

  // generate-cyclonedx asks `make print-version`; with O= given (here through MAKEFLAGS, where
  // make takes it as a command-line variable) Buildroot writes nothing into its own tree.
  fs.mkdirSync(platform.tempDir, { recursive: true })
  const scratch = fs.mkdtempSync(path.join(platform.tempDir, 'sbom-make-'))
  fs.mkdirSync(path.dirname(options.outputFile), { recursive: true })
  let result
  try {
    result = await runPythonTool(
      tool,
      [
        '--in-file',
        options.showInfo,
        '--out-file',
        options.outputFile,
        '--project-name',
        options.projectName,
        '--project-version',
        options.projectVersion
      ],
      { BR2_DL_DIR: options.licenseListDir, MAKEFLAGS: `O=${scratch}` }
    )
  } catch (error) {
    result = { ok: false, reason: errorMessage(error), lastLines: [] }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true })
  }
  if (!result.ok) {
    fs.rmSync(options.outputFile, { force: true })
    reporter.warning(
      `No SBOM: ${GENERATE_CYCLONEDX} failed (${result.reason}). ` +
        (!fs.existsSync(licenseList)
          ? `On first use it downloads the SPDX license list from raw.githubusercontent.com into ${path.dirname(licenseList)}: allow that, or put spdx-${version}.schema.json there yourself. `
          : '') +
        'It needs python3 (3.9 or later). The images are built and uploaded without it.'
    )
    return undefined
  }
  // Saved by a run that did not find it in the cache (and so downloaded it).
  if (!restored && fs.existsSync(licenseList)) await caches.save(spec)
  const facts = sbomCounts(options.outputFile)
  reporter.info(
    `SBOM: ${facts.components} components, ${facts.licenses} distinct licenses (${facts.spdxLicenses} SPDX identifiers).`
  )
  return facts
}

/** The SBOM's counts; undefined when none could be made (the reason is a notice). */
export const sbomSlot = slot<SbomFacts | undefined>('SBOM')

export const sbomStage: Stage = {
  title: 'SBOM',
  modes: ['build'],
  onImageCacheHit: 'skip',
  needs: [buildrootSlot, treeSlot, inputsHashSlot],
  provides: [sbomSlot],
  async run(run) {
    const { inputs, context, platform } = run
    const buildroot = run.get(buildrootSlot)
    run.set(
      sbomSlot,
      await generateSbom(platform, {
        buildrootDir: buildroot.sourceDir,
        buildrootVersion: buildroot.version,
        // The show-info JSON the package list was read from.
        showInfo: showInfoFile(run.get(treeSlot)),
        outputFile: path.join(inputs.outputDir, 'sbom.cdx.json'),
        licenseListDir: path.join(context.cacheRoot, 'spdx'),
        cache: inputs.cache,
        runId: context.runId,
        // The image's name says its runtime too: buildroot-k8s-amd64-cri-o.
        projectName: imageName(inputs.target, inputs.runtime),
        projectVersion: run.get(inputsHashSlot).slice(0, 12)
      })
    )
  }
}
