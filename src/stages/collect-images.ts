// Stage: collect images. Gathers what a user downloads from Buildroot's images/ folder into
// one artifact folder: the kernel, the root filesystem, the bootable image (ISO for amd64,
// SD card for arm64), SHA256SUMS and a manifest. Raw disk images are sparse and mostly empty:
// they are compressed with multithreaded xz (what Raspberry Pi Imager and Etcher read directly),
// at the compression-level preset. On arm64 the SD card image already holds the root
// filesystem: it is compressed once, and rootfs.ext4.xz is made of the SD card's blocks.
import fs from 'node:fs'
import path from 'node:path'
import { imageName, type Runtime } from '../runtimes.js'
import { TARGET, type Target } from '../targets.js'
import type { Reporter } from '../platform/types.js'
import { sha256File } from '../util/hash.js'
import { partitionHolding } from '../util/partitions.js'
import { compressXz, extractXzRange } from '../util/xz.js'
import type { PackageInfo } from '../buildroot/show-info.js'
import { UserError } from '../util/errors.js'
import { packagesSlot } from './package-list.js'
import { buildrootSlot } from './resolve-buildroot.js'
import { configHashSlot } from './configure.js'
import { inputsHashSlot } from './inputs-hash.js'
import { sbomSlot } from './sbom.js'
import { slot, type Run, type Stage } from './stage.js'

export interface CollectedImages {
  dir: string
  kernel: string
  rootfs: string
  iso?: string
  sdcard?: string
  dtbs: string[]
  sbom?: string
  checksums: string
  manifest: string
  files: { name: string; bytes: number; sha256: string }[]
}

export interface ImageManifest {
  target: Target
  /** The container runtime; absent in manifests from before runtimes, which are containerd's. */
  runtime?: Runtime
  configHash: string
  /** What shapes the images (buildroot/inputs-hash.ts): equal hashes, equal images. */
  inputsHash: string
  versions: Record<string, string>
  files: CollectedImages['files']
}

export class MissingImageError extends UserError {}

/** Name of the SBOM in the artifact. */
export const SBOM_FILE = 'sbom.cdx.json'

function pick(imagesDir: string, names: string[], what: string, hint: string): string {
  const found = names.map(name => path.join(imagesDir, name)).find(file => fs.existsSync(file))
  if (found) return found
  const present = fs.existsSync(imagesDir)
    ? fs.readdirSync(imagesDir).join(', ') || 'nothing'
    : 'no images/ folder'
  throw new MissingImageError(
    `Buildroot produced no ${what} (looked for ${names.join(', ')} in ${imagesDir}, which holds: ${present}). ${hint}`
  )
}

const megabytes = (file: string): string => `${(fs.statSync(file).size / 1e6).toFixed(0)} MB`

/** xz at the chosen preset, saying what it took. */
async function compress(
  reporter: Reporter,
  source: string,
  destination: string,
  options: { level: number; boundaries?: number[] }
): Promise<void> {
  const started = Date.now()
  await compressXz(source, destination, options)
  reporter.info(
    `${path.basename(source)}: ${megabytes(source)} → ${path.basename(destination)} ${megabytes(destination)} (xz -${options.level}, ${((Date.now() - started) / 1000).toFixed(0)} s)`
  )
}

/**
 * The built kernel's release (what `uname -r` will say), from Kbuild's
 * include/config/kernel.release in Buildroot's build/linux-<version>/ folder. Buildroot calls a
 * kernel from a custom tarball (the Raspberry Pi one) just "custom": this is the real version.
 */
export function kernelRelease(buildDir: string): string | undefined {
  if (!fs.existsSync(buildDir)) return undefined
  for (const name of fs
    .readdirSync(buildDir)
    .filter(n => /^linux-(?!headers-|firmware-)/.test(n))) {
    const file = path.join(buildDir, name, 'include', 'config', 'kernel.release')
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim() || undefined
  }
  return undefined
}

export function versionsOf(
  packages: PackageInfo[],
  buildrootVersion: string,
  builtKernelRelease?: string
): Record<string, string> {
  const versionOf = (test: (name: string) => boolean): string | undefined =>
    packages.find(p => test(p.name) && p.version)?.version
  const versions: Record<string, string> = { buildroot: buildrootVersion }
  const wanted: [string, (name: string) => boolean][] = [
    ['linux', name => name === 'linux'],
    ['kubernetes', name => /^kube/.test(name)],
    ['containerd', name => name === 'containerd'],
    ['cri-o', name => name === 'cri-o'],
    ['runc', name => name === 'runc'],
    ['docker-engine', name => name === 'docker-engine'],
    ['cni-plugins', name => name === 'cni-plugins'],
    ['crictl', name => name === 'crictl' || name === 'cri-tools'],
    ['skopeo', name => name === 'skopeo'],
    ['systemd', name => name === 'systemd']
  ]
  for (const [label, test] of wanted) {
    const version = versionOf(test)
    if (version) versions[label] = version
  }
  if (builtKernelRelease) versions.linux = builtKernelRelease
  return versions
}

export async function collectImages(options: {
  target: Target
  runtime: Runtime
  imagesDir: string
  artifactDir: string
  /** Buildroot's build/ folder, where the kernel records its release. */
  buildDir: string
  packages: PackageInfo[]
  buildrootVersion: string
  configHash: string
  /** xz preset (compression-level). */
  compressionLevel: number
  reporter: Reporter
  inputsHash: string
  /** The CycloneDX SBOM of the image, when one was generated: it is checksummed with the images. */
  sbom?: string
}): Promise<CollectedImages> {
  const { target, imagesDir, artifactDir, reporter } = options
  const level = options.compressionLevel
  fs.rmSync(artifactDir, { recursive: true, force: true })
  fs.mkdirSync(artifactDir, { recursive: true })

  const kernelSource = pick(
    imagesDir,
    [TARGET[target].kernelImage],
    'kernel image',
    'Check BR2_LINUX_KERNEL in buildroot_defconfig.'
  )
  const rootfsSource = pick(
    imagesDir,
    ['rootfs.ext4', 'rootfs.ext2'],
    'ext4 root filesystem',
    'Enable BR2_TARGET_ROOTFS_EXT2 with BR2_TARGET_ROOTFS_EXT2_4 in buildroot_defconfig.'
  )
  const kernel = path.join(artifactDir, TARGET[target].kernelImage)
  fs.copyFileSync(kernelSource, kernel)
  const rootfs = path.join(artifactDir, 'rootfs.ext4.xz')
  let rootfsFromSdcard = false

  let iso: string | undefined
  let sdcard: string | undefined
  const dtbs: string[] = []
  if (TARGET[target].bootImage === 'iso') {
    const isoSource = pick(
      imagesDir,
      ['rootfs.iso9660'],
      'ISO image',
      'Enable BR2_TARGET_ROOTFS_ISO9660 in buildroot_defconfig.'
    )
    iso = path.join(artifactDir, `${imageName(target, options.runtime)}.iso`)
    fs.copyFileSync(isoSource, iso)
  } else {
    const sdcardSource = pick(
      imagesDir,
      ['sdcard.img'],
      'SD card image',
      'The post-image script must run genimage to write images/sdcard.img.'
    )
    sdcard = path.join(artifactDir, `${imageName(target, options.runtime)}-sdcard.img.xz`)
    // Block boundaries at both ends of the partition that is rootfs.ext4 make its compressed
    // blocks a valid rootfs.ext4.xz of their own.
    const partition = partitionHolding(sdcardSource, rootfsSource)
    await compress(reporter, sdcardSource, sdcard, {
      level,
      boundaries: partition && [partition.start, partition.end]
    })
    rootfsFromSdcard = partition !== undefined && (await extractXzRange(sdcard, rootfs, partition))
    reporter.info(
      rootfsFromSdcard
        ? `rootfs.ext4.xz: the SD card image's compressed blocks for its root partition (${megabytes(rootfs)}), not compressed again.`
        : `The SD card image holds no partition that is rootfs.ext4${partition ? ' at an xz block boundary' : ''}: compressing rootfs.ext4 on its own.`
    )
    for (const name of fs
      .readdirSync(imagesDir)
      .filter(n => n.endsWith('.dtb'))
      .sort()) {
      fs.mkdirSync(path.join(artifactDir, 'dtbs'), { recursive: true })
      const dtb = path.join(artifactDir, 'dtbs', name)
      fs.copyFileSync(path.join(imagesDir, name), dtb)
      dtbs.push(dtb)
    }
  }

  if (!rootfsFromSdcard) await compress(reporter, rootfsSource, rootfs, { level })

  let sbom: string | undefined
  if (options.sbom) {
    sbom = path.join(artifactDir, SBOM_FILE)
    fs.copyFileSync(options.sbom, sbom)
  }

  const payload = [kernel, rootfs, iso, sdcard, ...dtbs, sbom].filter((f): f is string =>
    Boolean(f)
  )
  const files = await Promise.all(
    payload.map(async file => ({
      name: path.relative(artifactDir, file),
      bytes: fs.statSync(file).size,
      sha256: await sha256File(file)
    }))
  )
  const checksums = path.join(artifactDir, 'SHA256SUMS')
  // The format `sha256sum -c SHA256SUMS` reads.
  fs.writeFileSync(checksums, files.map(f => `${f.sha256}  ${f.name}\n`).join(''))
  const manifest = path.join(artifactDir, 'manifest.json')
  const content: ImageManifest = {
    target,
    runtime: options.runtime,
    configHash: options.configHash,
    inputsHash: options.inputsHash,
    versions: versionsOf(
      options.packages,
      options.buildrootVersion,
      kernelRelease(options.buildDir)
    ),
    files
  }
  fs.writeFileSync(manifest, `${JSON.stringify(content, null, 2)}\n`)
  return { dir: artifactDir, kernel, rootfs, iso, sdcard, dtbs, sbom, checksums, manifest, files }
}

/** The images of this run, built or restored from the image cache. */
export const imagesSlot = slot<CollectedImages>('images')

/** Where "Collect images" puts what is uploaded, inside the output folder. */
export function artifactDirOf(outputDir: string): string {
  return path.join(outputDir, 'artifact')
}

/** The outputs that point at the images, for built and restored images alike. */
export function announceImages(run: Run, images: CollectedImages): void {
  run.output('images-dir', images.dir)
  run.output('kernel', images.kernel)
  run.output('rootfs', images.rootfs)
  run.output('checksums', images.checksums)
  if (images.iso) run.output('iso', images.iso)
  if (images.sdcard) run.output('sdcard', images.sdcard)
  if (images.sbom) run.output('sbom', images.sbom)
}

export const collectImagesStage: Stage = {
  title: 'Collect images',
  modes: ['build'],
  onImageCacheHit: 'skip',
  needs: [buildrootSlot, configHashSlot, packagesSlot, inputsHashSlot],
  provides: [imagesSlot],
  async run(run) {
    const { inputs, reporter } = run
    const images = await collectImages({
      target: inputs.target,
      runtime: inputs.runtime,
      imagesDir: path.join(inputs.outputDir, 'images'),
      artifactDir: artifactDirOf(inputs.outputDir),
      buildDir: path.join(inputs.outputDir, 'build'),
      packages: run.get(packagesSlot),
      buildrootVersion: run.get(buildrootSlot).version,
      configHash: run.get(configHashSlot),
      compressionLevel: inputs.compressionLevel,
      reporter,
      inputsHash: run.get(inputsHashSlot),
      sbom: run.find(sbomSlot)?.file
    })
    run.set(imagesSlot, images)
    announceImages(run, images)
  }
}
