// Stage: upload. The artifact folder is uploaded as one artifact. Every large file in it is
// already compressed (xz images, bzImage, ISO), so the artifact is stored without zipping again.
import fs from 'node:fs'
import path from 'node:path'
import type { ArtifactStore, UploadedArtifact } from '../platform/types.js'

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile())
    .map(entry => path.join(entry.parentPath, entry.name))
    .sort()
}

export async function uploadFolder(
  store: ArtifactStore,
  name: string,
  dir: string,
  retentionDays?: number
): Promise<UploadedArtifact> {
  return store.upload(name, filesUnder(dir), dir, { retentionDays, compress: false })
}

/** The full build log, for a failed build: text compresses well, so this one is zipped. */
export async function uploadLog(
  store: ArtifactStore,
  name: string,
  logFile: string,
  retentionDays?: number
): Promise<UploadedArtifact> {
  return store.upload(name, [logFile], path.dirname(logFile), { retentionDays, compress: true })
}
