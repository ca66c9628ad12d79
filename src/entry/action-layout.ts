import fs from 'node:fs'
import path from 'node:path'

/**
 * The folder holding action.yml and configs/. The bundles run from dist/<entry>/index.js and
 * the sources from src/entry/, so this walks up from the running file until it finds them.
 */
export function actionRoot(runningFile: string): string {
  let dir = path.dirname(runningFile)
  while (!fs.existsSync(path.join(dir, 'action.yml'))) {
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error(`action.yml not found above ${runningFile}`)
    dir = parent
  }
  return dir
}
