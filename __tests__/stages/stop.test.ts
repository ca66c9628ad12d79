// The time limit stops the command it wraps, with everything that command started.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, expect, it } from '@jest/globals'
import { terminalReporter } from '../../src/platform/local.js'
import { withinTimeLimit } from '../../src/stages/stop.js'
import { cancellation, resetCancellation } from '../../src/util/process-groups.js'
import { run } from '../../src/util/run.js'

afterEach(() => resetCancellation())

it('stops a running command tree at the deadline with SIGTERM, and marks the run stopped', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stop-'))
  const said: string[] = []
  const reporter = {
    ...terminalReporter(() => undefined),
    warning: (m: string) => void said.push(m)
  }
  try {
    const limit = { seconds: 60, startedAt: Date.now() - 57_000, from: "the job's start" }
    const result = await withinTimeLimit(reporter, limit, () =>
      run('sh', ['-c', `sleep 600 & echo $! > '${dir}/pid'; wait`])
    )
    expect(result.signal).toBe('SIGTERM')
    expect(cancellation()).toMatchObject({ reason: 'time-limit' })
    expect(said).toEqual([
      "The time limit (time-limit 1 min 0 s from the job's start) is reached: stopping the build so that the caches can still be saved."
    ])
    const pid = Number(fs.readFileSync(path.join(dir, 'pid'), 'utf8'))
    const stat = fs.existsSync(`/proc/${pid}/stat`)
      ? fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
      : ''
    expect(stat === '' || ['Z', 'X'].includes(stat.slice(stat.lastIndexOf(')') + 2)[0])).toBe(true)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

it('leaves a command alone that ends before the deadline, and the timer with it', async () => {
  const limit = { seconds: 3600, startedAt: Date.now(), from: 'the start of this step' }
  const result = await withinTimeLimit(
    terminalReporter(() => undefined),
    limit,
    () => run('true', [])
  )
  expect(result.exitCode).toBe(0)
  expect(cancellation()).toBeUndefined()
})
