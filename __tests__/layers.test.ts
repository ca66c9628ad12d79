// The layering of src/ (src/README.md): every import points to the file's own folder or to a
// lower layer, and no import circle exists, not even through type-only imports.
import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from '@jest/globals'
import { REPO } from './helpers/pipeline-harness.js'

const SRC = path.join(REPO, 'src')

/** The rank table of src/README.md. */
function ranks(): Map<string, number> {
  const table = fs.readFileSync(path.join(SRC, 'README.md'), 'utf8')
  const found = new Map<string, number>()
  for (const match of table.matchAll(/^\|\s*(\d+)\s*\|\s*`([^`]+?)\/?`\s*\|/gm)) {
    found.set(match[2], Number(match[1]))
  }
  return found
}

const LAYERS = ranks()

/** The layer of a file under src/: its top folder, or the file itself at the top. */
function layerOf(file: string): string {
  const relative = path.relative(SRC, file)
  const [first] = relative.split(path.sep)
  return relative.includes(path.sep) ? first : first
}

function sourceFiles(): string[] {
  return fs
    .readdirSync(SRC, { recursive: true })
    .map(entry => path.join(SRC, String(entry)))
    .filter(file => file.endsWith('.ts'))
}

/** The files of src/ a file imports (import and export ... from, type-only too). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8')
  const found: string[] = []
  for (const match of text.matchAll(/^(?:import|export)\b[^'"]*?from\s+'(\.{1,2}\/[^']+)'/gms)) {
    found.push(path.resolve(path.dirname(file), match[1].replace(/\.js$/, '.ts')))
  }
  return found
}

it('every layer of src/ has a rank, and every file is in a ranked layer', () => {
  expect(LAYERS.size).toBeGreaterThanOrEqual(12)
  const unranked = [...new Set(sourceFiles().map(layerOf))].filter(layer => !LAYERS.has(layer))
  expect(unranked).toEqual([])
})

it('imports point down only: to the same folder or a lower layer', () => {
  const upward: string[] = []
  for (const file of sourceFiles()) {
    const from = layerOf(file)
    for (const target of importsOf(file)) {
      const to = layerOf(target)
      if (from === to) continue
      if ((LAYERS.get(to) ?? Infinity) >= (LAYERS.get(from) ?? -1)) {
        upward.push(`${path.relative(SRC, file)} -> ${path.relative(SRC, target)}`)
      }
    }
  }
  expect(upward).toEqual([])
})

it('no import circle, among files of one folder either', () => {
  const graph = new Map(sourceFiles().map(file => [file, importsOf(file)]))
  const circles: string[] = []
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (file: string): void => {
    state.set(file, 'open')
    stack.push(file)
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') {
        circles.push(
          [...stack.slice(stack.indexOf(next)), next].map(f => path.relative(SRC, f)).join(' -> ')
        )
      } else if (!state.has(next)) visit(next)
    }
    stack.pop()
    state.set(file, 'done')
  }
  for (const file of graph.keys()) if (!state.has(file)) visit(file)
  expect(circles).toEqual([])
})
