// The image's smoke script keeps its state apart: globals are UPPERCASE and set only at the top
// level or by run(), and every function declares its own variables `local`. A check that
// assigned a global by accident (`while read -r level ...` in the kernel-config check) once
// overwrote the level, so that level cluster never ran its checks.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'

const SCRIPT = path.resolve(
  import.meta.dirname,
  '../../configs/external/board/common/rootfs-overlay/usr/libexec/k8s-node/smoke'
)

/** The globals functions may set: a check's result, its log, the counters, kubectl's config. */
const FUNCTION_GLOBALS = ['DETAIL', 'LOG', 'PASSED', 'FAILED', 'SKIPPED', 'KUBECONFIG']

/** Each function's body lines, by name (a function starts with `name() {` and ends with `}`). */
function functions(text: string): Map<string, string[]> {
  const found = new Map<string, string[]>()
  let current: string | undefined
  for (const line of text.split('\n')) {
    const start = /^([a-z_][a-z0-9_]*)\(\) \{$/.exec(line)
    if (start) {
      current = start[1]
      found.set(current, [])
    } else if (line === '}') {
      current = undefined
    } else if (current) {
      found.get(current)?.push(line)
    }
  }
  return found
}

/** Variables a shell line assigns: `x=`, `read [-r] x y`, `for x in`, `export X=`. */
function assigned(line: string): string[] {
  const code = line.replace(/^\s*#.*$/, '')
  const names: string[] = []
  const statement = /(?:^\s*|[;&|]\s*|\b(?:then|do|else|export)\s+)([A-Za-z_][A-Za-z0-9_]*)=/g
  for (const match of code.matchAll(statement)) names.push(match[1])
  for (const match of code.matchAll(/\bread\s+(?:-r\s+)?((?:[A-Za-z_][A-Za-z0-9_]*\s*)+)/g)) {
    names.push(...match[1].trim().split(/\s+/))
  }
  for (const match of code.matchAll(/\bfor\s+([A-Za-z_][A-Za-z0-9_]*)\s+in\b/g))
    names.push(match[1])
  return names.filter(name => name !== '_')
}

describe('the smoke script’s variables', () => {
  const bodies = functions(fs.readFileSync(SCRIPT, 'utf8'))

  it('finds the functions (the parser reads the script)', () => {
    expect([...bodies.keys()]).toEqual(
      expect.arrayContaining(['run', 'limit', 'check_kernel_config', 'check_identity'])
    )
  })

  it.each([...bodies.keys()])(
    '%s declares every variable it sets local, or sets a known global',
    name => {
      const body = bodies.get(name) ?? []
      const locals = new Set(
        body.flatMap(line => /^\s*local\s+(.*)$/.exec(line)?.[1].split(/\s+/) ?? [])
      )
      const stray = [...new Set(body.flatMap(assigned))].filter(
        variable => !locals.has(variable) && !FUNCTION_GLOBALS.includes(variable)
      )
      expect(stray).toEqual([])
    }
  )

  it('would catch the old bug: a read into a name that is not local', () => {
    const bodies = functions(
      'check_x() {\n\tlocal count\n\twhile read -r level options _; do :; done\n}\n'
    )
    const body = bodies.get('check_x') ?? []
    expect(body.flatMap(assigned)).toEqual(['level', 'options'])
  })
})
