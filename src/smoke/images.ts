// The images a smoke test boots, from an images folder laid out as the artifact is (what
// "Collect images" writes, what a downloaded artifact holds, what an image cache restores):
// the ISO, bzImage or Image, rootfs.ext4.xz, the SD card image, manifest.json.
import fs from 'node:fs'
import path from 'node:path'
import { TARGET, type Target } from '../targets.js'
import { capture, CommandError } from '../util/run.js'
import { UserError } from '../util/errors.js'

export class SmokeSetupError extends UserError {}

export interface SmokeImages {
  iso?: string
  kernel?: string
  sdcard?: string
  rootfs?: string
  /** manifest.json's versions; undefined without a manifest. */
  components?: Record<string, string>
}

function contents(dir: string): string {
  return fs.readdirSync(dir).sort().join(', ') || 'nothing'
}

export function findSmokeImages(dir: string, target: Target): SmokeImages {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new SmokeSetupError(
      `${dir} is not a folder: give the folder of a downloaded buildroot-k8s-${target} artifact (or the action's images-dir output)`
    )
  }
  const names = fs.readdirSync(dir)
  const file = (name: string | undefined) => (name ? path.join(dir, name) : undefined)
  const images: SmokeImages = {}
  const manifest = path.join(dir, 'manifest.json')
  if (fs.existsSync(manifest)) {
    let parsed: { target?: string; versions?: Record<string, string> }
    try {
      parsed = JSON.parse(fs.readFileSync(manifest, 'utf8'))
    } catch (error) {
      throw new SmokeSetupError(`${manifest} is not valid JSON: ${(error as Error).message}`)
    }
    if (parsed.target && parsed.target !== target) {
      throw new SmokeSetupError(
        `${dir} holds ${parsed.target} images (manifest.json), not ${target}: pass --target ${parsed.target}`
      )
    }
    images.components = parsed.versions ?? {}
  }
  if (TARGET[target].bootImage === 'iso') {
    const isos = names.filter(name => name.endsWith('.iso')).sort()
    const iso = isos.find(name => name === `buildroot-k8s-${target}.iso`) ?? isos[0]
    if (!iso) {
      throw new SmokeSetupError(
        `no ISO in ${dir} (it holds: ${contents(dir)}): the amd64 smoke test boots buildroot-k8s-amd64.iso`
      )
    }
    images.iso = file(iso)
  } else {
    images.kernel = file(names.find(name => name === 'Image'))
    images.sdcard = file(names.find(name => /-sdcard\.img(\.xz)?$/.test(name)))
    images.rootfs = file(names.find(name => /^rootfs\.ext[24](\.xz)?$/.test(name)))
    if (!images.kernel || !(images.sdcard || images.rootfs)) {
      throw new SmokeSetupError(
        `the arm64 smoke test boots the kernel Image with the SD card image (or rootfs.ext4.xz) as its disk, and ${dir} holds: ${contents(dir)}`
      )
    }
  }
  return images
}

/**
 * A writable raw copy of a disk image (the guest writes to it: first-boot growth, container
 * images), decompressed when it is .xz.
 */
export async function writableDisk(source: string, destination: string): Promise<string> {
  fs.rmSync(destination, { force: true })
  if (source.endsWith('.xz')) {
    try {
      await capture('sh', [
        '-c',
        'xz --decompress --stdout -- "$1" > "$2"',
        'xz',
        source,
        destination
      ])
    } catch (error) {
      const why = error instanceof CommandError ? error.result.lastLines.join(' ') : String(error)
      throw new SmokeSetupError(`${source} cannot be unpacked: ${why || 'xz failed'}`)
    }
  } else {
    fs.copyFileSync(source, destination)
  }
  return destination
}
