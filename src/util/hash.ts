import crypto from 'node:crypto'
import fs from 'node:fs'

/** sha256 of a file, read as a stream (images can be gigabytes). */
export async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}
