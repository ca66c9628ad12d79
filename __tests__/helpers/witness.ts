// Tests that need a witness this machine may lack (a real Buildroot tree, a kernel tree, QEMU,
// sshd, shellcheck...) run when it is there and otherwise skip, saying why. With REQUIRE_ALL=1
// (as .ci/run sets it) a missing witness is a failing test instead: CI never passes quietly
// without one.
import fs from 'node:fs'
import path from 'node:path'
import { describe, it } from '@jest/globals'

/**
 * Whether a missing witness fails: under REQUIRE_ALL=1, unless .ci/run could not prepare it and
 * said so loudly (REQUIRE_ALL_EXCEPT names the variables, e.g. BUILDROOT_SRC).
 */
function required(why: string): boolean {
  if (process.env.REQUIRE_ALL !== '1') return false
  const excepted = (process.env.REQUIRE_ALL_EXCEPT ?? '').split(',').filter(Boolean)
  return !excepted.some(
    variable => why.startsWith(`${variable} `) || why.startsWith(`${variable}=`)
  )
}

function missingMessage(title: string, why: string): string {
  return `REQUIRE_ALL=1, and "${title}" cannot run: ${why}`
}

/** `describe` when `missing` is undefined; else a skip that says why (a failure under REQUIRE_ALL=1). */
export function describeIf(missing: string | undefined) {
  return (title: string, body: () => void): void => {
    if (!missing) {
      describe(title, body)
    } else if (required(missing)) {
      describe(title, () => {
        it('has what it needs', () => {
          throw new Error(missingMessage(title, missing))
        })
      })
    } else {
      console.info(`Skipping "${title}": ${missing}`)
      describe.skip(title, body)
    }
  }
}

/** `it` when `missing` is undefined; else a skip that says why (a failure under REQUIRE_ALL=1). */
export function itIf(missing: string | undefined) {
  return (title: string, body: () => unknown, timeout?: number): void => {
    if (!missing) {
      it(title, body as () => Promise<void>, timeout)
    } else if (required(missing)) {
      it(title, () => {
        throw new Error(missingMessage(title, missing))
      })
    } else {
      console.info(`Skipping "${title}": ${missing}`)
      it.skip(title, body as () => Promise<void>)
    }
  }
}

/** Why a tree named by an environment variable is missing, or undefined when it is there. */
export function missingTree(variable: string, marker: string, howTo: string): string | undefined {
  const dir = process.env[variable]
  if (!dir) return `${variable} is not set: ${howTo}`
  // A tree without its marker file is no tree of that kind.
  return fs.existsSync(path.join(dir, marker))
    ? undefined
    : `${variable}=${dir} has no ${marker}: ${howTo}`
}

/** A real Buildroot tree (BUILDROOT_SRC), or why there is none. */
export const withoutBuildroot = missingTree(
  'BUILDROOT_SRC',
  'Config.in',
  'point it at a Buildroot release tree (README, "Develop": git archive of a release tag of the Buildroot repository)'
)

/** A kernel tree (LINUX_SRC), or why there is none. */
export const withoutLinux = missingTree(
  'LINUX_SRC',
  'Kconfig',
  "unpack Debian's linux-source-6.12 and point it there (.ci/run does)"
)
