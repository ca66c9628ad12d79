// Test fixture: Azurite, Microsoft's Azure Storage emulator (npm package azurite), as the blob
// store behind GitHub's cache and artifact services. Blob service only, on 127.0.0.1 only,
// data in memory; the emulator's own well-known development account.
import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

export interface Azurite {
  blobEndpoint: string
  accountName: string
  accountKey: string
  stop(): Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`azurite-blob exited with code ${child.exitCode}`)
    const open = await new Promise<boolean>(resolve => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end()
        resolve(true)
      })
      socket.on('error', () => resolve(false))
    })
    if (open) return
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  throw new Error(`azurite-blob did not listen on 127.0.0.1:${port} within ${timeoutMs} ms`)
}

/** `timeoutMs`: on a 2-core machine busy with builds, azurite can take tens of seconds to start. */
export async function startAzurite(timeoutMs = 20000): Promise<Azurite> {
  const constants = require('azurite/dist/src/common/utils/constants.js') as {
    EMULATOR_ACCOUNT_NAME: string
    EMULATOR_ACCOUNT_KEY: Buffer
  }
  const port = await freePort()
  const child = spawn(
    path.join(repo, 'node_modules', '.bin', 'azurite-blob'),
    [
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(port),
      '--inMemoryPersistence',
      '--disableTelemetry',
      '--skipApiVersionCheck',
      '--loose',
      '--silent'
    ],
    { stdio: 'ignore' }
  )
  try {
    await waitForPort(port, child, timeoutMs)
  } catch (error) {
    child.kill()
    throw error
  }
  return {
    blobEndpoint: `http://127.0.0.1:${port}/${constants.EMULATOR_ACCOUNT_NAME}`,
    accountName: constants.EMULATOR_ACCOUNT_NAME,
    accountKey: constants.EMULATOR_ACCOUNT_KEY.toString('base64'),
    stop: () =>
      new Promise(resolve => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill()
      })
  }
}
