// Runs a command and streams its output line by line, never holding the whole output in
// memory: a Buildroot build prints up to gigabytes, split into lines as bytes and decoded only
// where a consumer wants them (util/lines.ts). @actions/exec's getExecOutput
// buffers everything, so this uses spawn directly.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import { LineSplitter, LineTail, LogFollower, lastLinesOf } from './lines.js'
import { cancellation, groupsStopped, trackProcessGroup } from './process-groups.js'

/** Where a line came from: a pipe, or the log file both streams go to. */
export type OutputStream = 'stdout' | 'stderr' | 'log'

export interface RunOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /**
   * Called for every line of stdout and stderr (those `wants` picks), in order of arrival;
   * with a logFile, for every line of the log, both streams in the order they were written.
   */
  onLine?: (line: string, stream: OutputStream) => void
  /**
   * Which lines onLine needs, judged from their raw bytes `buffer[start..end)`; the others are
   * never decoded. Default: every line.
   */
  wants?: (buffer: Buffer, start: number, end: number) => boolean
  /** The command's output goes to this file (appended), stdout and stderr alike. */
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
  const { onLine, wants } = options
  const pick =
    (stream: OutputStream) =>
    (buffer: Buffer, start: number, end: number): void => {
      if (onLine && (!wants || wants(buffer, start, end))) {
        onLine(buffer.toString('utf8', start, end), stream)
      }
    }
  // With a log file, the command writes it itself, as `command >>log 2>&1` would: both streams
  // in the order written, at the disk's pace, and none of it through this process's memory.
  // The lines are read back from the file as they land.
  const logFile = options.logFile
  const log = logFile
    ? { fd: fs.openSync(logFile, 'a'), start: fs.statSync(logFile).size }
    : undefined
  return new Promise((resolve, reject) => {
    // Each command leads a process group of its own (detached), holding everything it starts
    // (make's compilers, wget): a cancel stops the whole group, never leaving orphans behind.
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: log ? ['ignore', log.fd, log.fd] : ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    const untrack = trackProcessGroup(child)
    if (log) fs.closeSync(log.fd) // the command has its own copy
    const follower =
      logFile && log && onLine ? new LogFollower(logFile, log.start, pick('log')) : undefined
    const tail = new LineTail(log ? 0 : keep)
    const splitter = (stream: OutputStream): LineSplitter =>
      new LineSplitter((buffer, start, end) => {
        tail.add(buffer, start, end)
        pick(stream)(buffer, start, end)
      })
    const pipes = { stdout: splitter('stdout'), stderr: splitter('stderr') }
    child.stdout?.on('data', (chunk: Buffer) => pipes.stdout.push(chunk))
    child.stderr?.on('data', (chunk: Buffer) => pipes.stderr.push(chunk))
    child.on('error', error => {
      untrack()
      void follower?.stop().catch(() => undefined)
      reject(new Error(`could not start ${command}: ${error.message}`))
    })
    child.on('close', (code, signal) => {
      untrack()
      const finish = async (): Promise<RunResult> => {
        pipes.stdout.end()
        pipes.stderr.end()
        await follower?.stop()
        // After a cancel, the command has ended only when everything it started has.
        if (cancellation()) await groupsStopped()
        const lastLines = logFile && log ? lastLinesOf(logFile, log.start, keep) : tail.lines()
        return {
          exitCode: code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1),
          signal: signal ?? undefined,
          lastLines
        }
      }
      finish().then(resolve, reject)
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
