// The tool cache on the command line: a folder of the cache directory, one folder per tool and
// version, filled by Node's own fetch and tar. @actions/tool-cache is for runners: it wants
// RUNNER_TEMP and RUNNER_TOOL_CACHE and writes ::debug:: lines to stdout.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { capture } from '../util/run.js'
import type { ToolCache } from './types.js'

/** Kept tools live in `<dir>/<name>/<version>`; work in progress in `<dir>/.tmp`. */
export function localToolCache(dir: string): ToolCache {
  const temp = path.join(dir, '.tmp')
  const fresh = (prefix: string): string =>
    path.join(temp, `${prefix}-${process.pid}-${crypto.randomBytes(4).toString('hex')}`)
  const keptDir = (name: string, version: string): string => path.join(dir, name, version)
  return {
    dir,
    find(name, version) {
      const kept = keptDir(name, version)
      return fs.existsSync(`${kept}.complete`) ? kept : undefined
    },
    async download(url, destination) {
      const file = destination ?? fresh('download')
      fs.mkdirSync(path.dirname(file), { recursive: true })
      const response = await fetch(url, { redirect: 'follow' })
      if (!response.ok || !response.body) {
        throw new Error(`${url} answered HTTP ${response.status} ${response.statusText}`)
      }
      try {
        await pipeline(Readable.fromWeb(response.body), fs.createWriteStream(file))
      } catch (error) {
        fs.rmSync(file, { force: true })
        throw error
      }
      return file
    },
    async extractTarXz(file) {
      const into = fresh('extract')
      fs.mkdirSync(into, { recursive: true })
      await capture('tar', ['-xJf', file, '-C', into])
      return into
    },
    async keep(source, name, version) {
      const kept = keptDir(name, version)
      fs.rmSync(kept, { recursive: true, force: true })
      fs.mkdirSync(path.dirname(kept), { recursive: true })
      fs.renameSync(source, kept)
      // Written last: a folder without it is a keep that did not finish.
      fs.writeFileSync(`${kept}.complete`, '')
      return kept
    }
  }
}
