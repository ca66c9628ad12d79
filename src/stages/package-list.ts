// Stage: read the package list. What Buildroot will build and download (`make show-info`, read
// by the configure stage in its one parse of the makefiles), and every download checked
// against its package's .hash files: a download without a hash stops Buildroot only when it
// gets there, often an hour in.
import type { ConfiguredTree } from '../buildroot/configure.js'
import { downloadHashFindings } from '../buildroot/download-hashes.js'
import type { PackageInfo } from '../buildroot/show-info.js'
import type { Reporter } from '../platform/types.js'
import { ReportedError } from '../util/errors.js'
import { configuredSlot } from './configure.js'
import { slot, type Stage } from './stage.js'

export async function readPackageList(
  reporter: Reporter,
  configured: ConfiguredTree
): Promise<PackageInfo[]> {
  const findings = downloadHashFindings(configured)
  for (const finding of findings) reporter.error(finding.message, finding.at)
  if (findings.length) {
    throw new ReportedError(
      `${findings.length} download(s) have no hash Buildroot would accept (see the errors above).`
    )
  }
  return configured.packages
}

export const packagesSlot = slot<PackageInfo[]>('package list')

export const packageListStage: Stage = {
  title: 'Read the package list',
  modes: ['build'],
  onImageCacheHit: 'skip',
  needs: [configuredSlot],
  provides: [packagesSlot],
  async run(run) {
    run.set(packagesSlot, await readPackageList(run.reporter, run.get(configuredSlot)))
  }
}
