// Runs a command and streams its output line by line, never holding the whole output in
// memory: a Buildroot build prints hundreds of megabytes. @actions/exec's getExecOutput
// buffers everything, so this uses spawn directly.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import { trackProcessGroup } from './process-groups.js'

export interface RunOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Called for every line of stdout and stderr, in order of arrival. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void
  /** Every byte of output is appended here too. */
  logFile?: string
  /** How many of the last lines to keep for error messages. */
  keepLastLines?: number
}

export interface RunResult {
  /** The exit code; 128 + the signal's number when a signal ended the command. */
  exitCode: number
  /** The signal that ended the command, if one did (a cancel, the time limit). */
  signal?: NodeJS.Signals
  /** The last `keepLastLines` lines of output. */
  lastLines: string[]
}

export class CommandError extends Error {
  constructor(
    readonly command: string,
    readonly result: RunResult
  ) {
    super(
      `${command} failed with exit code ${result.exitCode}` +
        (result.lastLines.length ? `:\n${result.lastLines.join('\n')}` : '')
    )
    this.name = 'CommandError'
  }
}

export function run(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const keep = options.keepLastLines ?? 30
  const lastLines: string[] = []
  const log = options.logFile ? fs.createWriteStream(options.logFile, { flags: 'a' }) : undefined
  return new Promise((resolve, reject) => {
    // Each command leads a process group of its own (detached), holding everything it starts
    // (make's compilers, wget): a cancel stops the whole group, never leaving orphans behind.
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    const untrack = trackProcessGroup(child)
    const pending = { stdout: '', stderr: '' }
    const take = (line: string, stream: 'stdout' | 'stderr'): void => {
      lastLines.push(line)
      if (lastLines.length > keep) lastLines.shift()
      options.onLine?.(line, stream)
    }
    const feed = (stream: 'stdout' | 'stderr', chunk: Buffer): void => {
      log?.write(chunk)
      const lines = (pending[stream] + chunk.toString('utf8')).split('\n')
      pending[stream] = lines.pop() ?? ''
      for (const line of lines) take(line, stream)
    }
    child.stdout.on('data', (chunk: Buffer) => feed('stdout', chunk))
    child.stderr.on('data', (chunk: Buffer) => feed('stderr', chunk))
    child.on('error', error => {
      untrack()
      log?.end()
      reject(new Error(`could not start ${command}: ${error.message}`))
    })
    child.on('close', (code, signal) => {
      untrack()
      if (pending.stdout) take(pending.stdout, 'stdout')
      if (pending.stderr) take(pending.stderr, 'stderr')
      const result: RunResult = {
        exitCode: code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1),
        signal: signal ?? undefined,
        lastLines
      }
      if (log) log.end(() => resolve(result))
      else resolve(result)
    })
  })
}

/** Runs a command and returns its whole stdout (stderr only goes to error messages); for short output. */
export async function capture(
  command: string,
  args: string[],
  options: Omit<RunOptions, 'onLine'> = {}
): Promise<string> {
  const lines: string[] = []
  const result = await run(command, args, {
    ...options,
    keepLastLines: options.keepLastLines ?? 30,
    onLine: (line, stream) => {
      if (stream === 'stdout') lines.push(line)
    }
  })
  if (result.exitCode !== 0) throw new CommandError(`${command} ${args.join(' ')}`, result)
  return lines.join('\n')
}
