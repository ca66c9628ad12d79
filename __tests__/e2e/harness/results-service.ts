// Test fixture: a small stand-in for GitHub's results service, the twirp JSON API that the
// real @actions/cache (cache service v2) and @actions/artifact clients call under
// ACTIONS_RESULTS_URL. It keeps entries in memory and hands out SAS URLs into Azurite, where
// the clients upload and download for real.
//
// Imitated: CacheService CreateCacheEntry, FinalizeCacheEntryUpload, GetCacheEntryDownloadURL
// (exact key, then the newest entry for each restore-key prefix, always within the same
// version, which the client derives from the path list and compression); ArtifactService
// CreateArtifact (409 already_exists for a name used twice in a run), FinalizeArtifact,
// ListArtifacts, GetSignedArtifactURL, DeleteArtifact.
// Left out: authentication (the token is only decoded for its backend IDs), cache scopes by
// branch, quotas and eviction, artifact expiry.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential
} from '@azure/storage-blob'
import type { Azurite } from './azurite.js'

export interface CacheEntry {
  id: number
  key: string
  version: string
  blob: string
  finalized: boolean
  created: number
  size?: number
}

export interface ArtifactEntry {
  id: number
  runId: string
  jobId: string
  name: string
  blob: string
  finalized: boolean
  size?: number
  digest?: string
  created: string
}

export interface ResultsService {
  /** ACTIONS_RESULTS_URL, with the trailing slash the runner gives it. */
  url: string
  cacheEntries(): CacheEntry[]
  artifacts(): ArtifactEntry[]
  /** The zip an artifact was uploaded as. */
  artifactZip(name: string): Promise<Buffer>
  /** false: cache requests get their connection reset, as when the service is unreachable. */
  setCacheAvailable(available: boolean): void
  setArtifactAvailable(available: boolean): void
  /** Forgets every entry, as a new repository would have. */
  reset(): void
  stop(): Promise<void>
}

const CACHE = '/twirp/github.actions.results.api.v1.CacheService/'
const ARTIFACT = '/twirp/github.actions.results.api.v1.ArtifactService/'

type Body = Record<string, unknown>

export async function startResultsService(
  azurite: Azurite,
  options: {
    /** Where the SAS URLs it hands out point (a fault proxy in front of Azurite); default Azurite. */
    publicBlobEndpoint?: string
  } = {}
): Promise<ResultsService> {
  const credential = new StorageSharedKeyCredential(azurite.accountName, azurite.accountKey)
  const blobService = new BlobServiceClient(azurite.blobEndpoint, credential)
  const publicEndpoint = options.publicBlobEndpoint ?? azurite.blobEndpoint
  for (const container of ['cache', 'artifacts']) {
    await blobService.getContainerClient(container).createIfNotExists()
  }
  const signedUrl = (container: string, blob: string, permissions: string): string => {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: container,
        blobName: blob,
        permissions: BlobSASPermissions.parse(permissions),
        expiresOn: new Date(Date.now() + 60 * 60 * 1000)
      },
      credential
    ).toString()
    return `${publicEndpoint}/${container}/${blob}?${sas}`
  }

  const cache: CacheEntry[] = []
  const artifacts: ArtifactEntry[] = []
  let nextId = 1
  let cacheAvailable = true
  let artifactAvailable = true

  const twirpError = (code: string, status: number, msg: string) => ({
    status,
    body: { code, msg }
  })

  const cacheMethods: Record<string, (body: Body) => { status: number; body: Body }> = {
    CreateCacheEntry(body) {
      const { key, version } = body as { key: string; version: string }
      if (cache.some(e => e.key === key && e.version === version)) {
        return twirpError(
          'already_exists',
          409,
          `cache entry with the same key, version, and scope already exists`
        )
      }
      const id = nextId++
      cache.push({ id, key, version, blob: `entry-${id}`, finalized: false, created: Date.now() })
      return {
        status: 200,
        body: { ok: true, signed_upload_url: signedUrl('cache', `entry-${id}`, 'cw') }
      }
    },
    FinalizeCacheEntryUpload(body) {
      const { key, version, size_bytes } = body as {
        key: string
        version: string
        size_bytes?: string
      }
      const entry = cache.find(e => e.key === key && e.version === version && !e.finalized)
      if (!entry) return twirpError('not_found', 404, `no cache entry ${key} is being uploaded`)
      entry.finalized = true
      entry.size = Number(size_bytes ?? 0)
      return { status: 200, body: { ok: true, entry_id: String(entry.id) } }
    },
    GetCacheEntryDownloadURL(body) {
      const { key, version } = body as { key: string; version: string }
      const restoreKeys = (body.restore_keys as string[] | undefined) ?? []
      const usable = cache.filter(e => e.finalized && e.version === version)
      const match =
        usable.find(e => e.key === key) ??
        restoreKeys
          .map(
            prefix =>
              usable
                .filter(e => e.key.startsWith(prefix))
                .sort((a, b) => b.created - a.created || b.id - a.id)[0]
          )
          .find(Boolean)
      if (!match) return { status: 200, body: { ok: false } }
      return {
        status: 200,
        body: {
          ok: true,
          signed_download_url: signedUrl('cache', match.blob, 'r'),
          matched_key: match.key
        }
      }
    }
  }

  const artifactMethods: Record<string, (body: Body) => { status: number; body: Body }> = {
    CreateArtifact(body) {
      const {
        workflow_run_backend_id: runId,
        workflow_job_run_backend_id: jobId,
        name
      } = body as Record<string, string>
      if (artifacts.some(a => a.runId === runId && a.name === name && a.finalized)) {
        return twirpError(
          'already_exists',
          409,
          `an artifact with this name already exists on the workflow run`
        )
      }
      const id = nextId++
      artifacts.push({
        id,
        runId,
        jobId,
        name,
        blob: `artifact-${id}.zip`,
        finalized: false,
        created: new Date().toISOString()
      })
      return {
        status: 200,
        body: { ok: true, signed_upload_url: signedUrl('artifacts', `artifact-${id}.zip`, 'cw') }
      }
    },
    FinalizeArtifact(body) {
      const { workflow_run_backend_id: runId, name, size } = body as Record<string, string>
      // The newest upload of that name: an upload retried after a failed one finalizes its own.
      const artifact = artifacts.findLast(a => a.runId === runId && a.name === name && !a.finalized)
      if (!artifact) return twirpError('not_found', 404, `no artifact ${name} is being uploaded`)
      artifact.finalized = true
      artifact.size = Number(size)
      artifact.digest = (body.hash as string | undefined) ?? undefined
      return { status: 200, body: { ok: true, artifact_id: String(artifact.id) } }
    },
    ListArtifacts(body) {
      const { workflow_run_backend_id: runId } = body as Record<string, string>
      const nameFilter = body.name_filter as string | undefined
      const idFilter = body.id_filter as string | undefined
      const listed = artifacts.filter(
        a =>
          a.finalized &&
          a.runId === runId &&
          (!nameFilter || a.name === nameFilter) &&
          (!idFilter || String(a.id) === String(idFilter))
      )
      return {
        status: 200,
        body: {
          artifacts: listed.map(a => ({
            workflow_run_backend_id: a.runId,
            workflow_job_run_backend_id: a.jobId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.size ?? 0),
            created_at: a.created,
            ...(a.digest ? { digest: a.digest } : {})
          }))
        }
      }
    },
    GetSignedArtifactURL(body) {
      const { workflow_run_backend_id: runId, name } = body as Record<string, string>
      const artifact = artifacts.find(a => a.finalized && a.runId === runId && a.name === name)
      if (!artifact) return twirpError('not_found', 404, `artifact ${name} not found`)
      return { status: 200, body: { signed_url: signedUrl('artifacts', artifact.blob, 'r') } }
    },
    DeleteArtifact(body) {
      const { workflow_run_backend_id: runId, name } = body as Record<string, string>
      const index = artifacts.findIndex(a => a.finalized && a.runId === runId && a.name === name)
      if (index < 0) return twirpError('not_found', 404, `artifact ${name} not found`)
      const [removed] = artifacts.splice(index, 1)
      return { status: 200, body: { ok: true, artifact_id: String(removed.id) } }
    }
  }

  const server = http.createServer((request, response) => {
    const url = request.url ?? ''
    const isCache = url.startsWith(CACHE)
    if ((isCache && !cacheAvailable) || (url.startsWith(ARTIFACT) && !artifactAvailable)) {
      request.socket.destroy()
      return
    }
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const method = url.slice((isCache ? CACHE : ARTIFACT).length)
      const handler = (isCache ? cacheMethods : artifactMethods)[method]
      const result = handler
        ? handler(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Body)
        : twirpError('bad_route', 404, `no handler for ${url}`)
      response.writeHead(result.status, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify(result.body))
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}/`,
    cacheEntries: () => cache.filter(e => e.finalized),
    artifacts: () => artifacts.filter(a => a.finalized),
    async artifactZip(name) {
      const artifact = artifacts.find(a => a.finalized && a.name === name)
      if (!artifact) throw new Error(`no artifact named ${name}`)
      return blobService
        .getContainerClient('artifacts')
        .getBlobClient(artifact.blob)
        .downloadToBuffer()
    },
    setCacheAvailable: available => {
      cacheAvailable = available
    },
    setArtifactAvailable: available => {
      artifactAvailable = available
    },
    reset() {
      cache.length = 0
      artifacts.length = 0
    },
    stop: () => new Promise(resolve => server.close(() => resolve()))
  }
}
