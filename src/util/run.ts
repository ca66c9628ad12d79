// Runs a command and streams its output line by line, never holding the whole output in
// memory: a Buildroot build prints hundreds of megabytes, split into lines as bytes and decoded
// only where a consumer wants them (util/lines.ts). @actions/exec's getExecOutput
// buffers everything, so this uses spawn directly.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { LineSplitter, LineTail } from './lines.js'

/** How much log output may wait for the disk before reading pauses. */
const LOG_BUFFER_BYTES = 1024 * 1024

export interface RunOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Called for every line of stdout and stderr (those `wants` picks), in order of arrival. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void
  /**
   * Which lines onLine needs, judged from their raw bytes `buffer[start..end)`; the others are
   * never decoded. Default: every line.
   */
  wants?: (buffer: Buffer, start: number, end: number) => boolean
  /** Every byte of output is appended here too (reading pauses while the disk catches up). */
  logFile?: string
  /** How many of the last lines to keep for error messages. */
  keepLastLines?: number
}

export interface RunResult {
  exitCode: number
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
  const tail = new LineTail(options.keepLastLines ?? 30)
  const log = options.logFile
    ? fs.createWriteStream(options.logFile, { flags: 'a', highWaterMark: LOG_BUFFER_BYTES })
    : undefined
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const { onLine, wants } = options
    const splitter = (stream: 'stdout' | 'stderr'): LineSplitter =>
      new LineSplitter((buffer, start, end) => {
        tail.add(buffer, start, end)
        if (onLine && (!wants || wants(buffer, start, end))) {
          onLine(buffer.toString('utf8', start, end), stream)
        }
      })
    const lines = { stdout: splitter('stdout'), stderr: splitter('stderr') }
    let paused = false
    const feed = (stream: 'stdout' | 'stderr', chunk: Buffer): void => {
      lines[stream].push(chunk)
      if (!log || log.write(chunk) || paused) return
      // The disk is behind: stop reading until it catches up, rather than hold the output.
      paused = true
      child.stdout.pause()
      child.stderr.pause()
      log.once('drain', () => {
        paused = false
        child.stdout.resume()
        child.stderr.resume()
      })
    }
    child.stdout.on('data', (chunk: Buffer) => feed('stdout', chunk))
    child.stderr.on('data', (chunk: Buffer) => feed('stderr', chunk))
    child.on('error', error => {
      log?.end()
      reject(new Error(`could not start ${command}: ${error.message}`))
    })
    child.on('close', code => {
      lines.stdout.end()
      lines.stderr.end()
      const result = { exitCode: code ?? 1, lastLines: tail.lines() }
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
