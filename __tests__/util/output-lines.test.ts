// The output path of a command: lines split from raw bytes (across chunks and streams), only
// the lines a consumer wants decoded, every byte in the log file, and the build stage reading
// Buildroot's step lines from it.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mayBeStepLine, runBuild } from '../../src/buildroot/build.js'
import { LineSplitter, LineTail } from '../../src/util/lines.js'
import { run } from '../../src/util/run.js'
import { terminalReporter } from '../../src/platform/local.js'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'output-lines-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

/** A node script that writes `parts` to stdout or stderr one by one, each in its own chunk. */
function writer(parts: ['out' | 'err', string][]): string[] {
  const script = path.join(dir, 'writer.cjs')
  fs.writeFileSync(
    script,
    `const parts = ${JSON.stringify(parts)}
     let i = 0
     const next = () => {
       if (i === parts.length) return
       const [stream, hex] = parts[i++]
       ;(stream === 'out' ? process.stdout : process.stderr).write(Buffer.from(hex, 'hex'), () => setTimeout(next, 20))
     }
     next()`
  )
  return [script]
}
const hex = (text: string | Buffer) => Buffer.from(text).toString('hex')

describe('LineSplitter and LineTail', () => {
  it('joins a line split across chunks, and a multi-byte character split between them', () => {
    const seen: string[] = []
    const tail = new LineTail(2)
    const splitter = new LineSplitter((buffer, start, end) => {
      seen.push(buffer.toString('utf8', start, end))
      tail.add(buffer, start, end)
    })
    const bytes = Buffer.from('first\ncafé au lait\nlast without newline')
    const cut = bytes.indexOf('é') + 1 // inside the two bytes of é
    splitter.push(bytes.subarray(0, cut))
    splitter.push(bytes.subarray(cut, cut + 3))
    splitter.push(bytes.subarray(cut + 3))
    splitter.end()
    expect(seen).toEqual(['first', 'café au lait', 'last without newline'])
    expect(tail.lines()).toEqual(['café au lait', 'last without newline'])
  })
})

describe('run', () => {
  it('passes on whole lines in order of arrival from both streams, decoding only the wanted ones', async () => {
    const wanted: string[] = []
    const result = await run(
      process.execPath,
      writer([
        ['out', hex('>>> a 1 Building\nnoise 1\n')],
        ['err', hex('warning: caf')],
        ['err', hex(Buffer.from([0xc3]))],
        ['err', hex(Buffer.from([0xa9])) + hex(' froid\n')],
        ['out', hex('>>> b')],
        ['out', hex(' 2 Installing\nno newline at the end')]
      ]),
      {
        keepLastLines: 4,
        wants: (buffer, start) => buffer[start] === 0x3e,
        onLine: (line, stream) => wanted.push(`${stream}: ${line}`)
      }
    )
    expect(result.exitCode).toBe(0)
    expect(wanted).toEqual(['stdout: >>> a 1 Building', 'stdout: >>> b 2 Installing'])
    expect(result.lastLines).toEqual([
      'noise 1',
      'warning: café froid',
      '>>> b 2 Installing',
      'no newline at the end'
    ])
  })

  it('with a log file, reads both streams back from it in the order written, after what it held', async () => {
    const log = path.join(dir, 'build.log')
    fs.writeFileSync(log, '>>> from an earlier run\n')
    const seen: string[] = []
    const result = await run(
      process.execPath,
      writer([
        ['out', hex('>>> a 1 Building\nnoise\n')],
        ['err', hex('>>> warning on stderr\n')],
        ['out', hex('>>> b 2 Installing\nno newline at the end')]
      ]),
      {
        logFile: log,
        keepLastLines: 10,
        wants: (buffer, start) => buffer[start] === 0x3e,
        onLine: (line, stream) => seen.push(`${stream}: ${line}`)
      }
    )
    expect(seen).toEqual([
      'log: >>> a 1 Building',
      'log: >>> warning on stderr',
      'log: >>> b 2 Installing'
    ])
    expect(result.lastLines).toEqual([
      '>>> a 1 Building',
      'noise',
      '>>> warning on stderr',
      '>>> b 2 Installing',
      'no newline at the end'
    ])
    expect(fs.readFileSync(log, 'utf8')).toBe(
      '>>> from an earlier run\n>>> a 1 Building\nnoise\n>>> warning on stderr\n>>> b 2 Installing\nno newline at the end'
    )
  })

  it('follows a log of many megabytes: every byte in the file, each wanted line read once, across reads', async () => {
    const log = path.join(dir, 'build.log')
    const script = path.join(dir, 'loud.cjs')
    // 24 MiB in lines of every length.
    fs.writeFileSync(
      script,
      `let n = 0
       const line = () => 'x'.repeat(n % 997) + ' ' + n++ + '\\n'
       const write = () => {
         let ok = true
         while (ok && n < 50000) ok = process.stdout.write(line())
         if (n < 50000) process.stdout.once('drain', write)
         else process.stdout.write('done\\n')
       }
       write()`
    )
    let expected = ''
    for (let n = 0; n < 50000; n += 1) expected += `${'x'.repeat(n % 997)} ${n}\n`
    let steps = 0
    const result = await run(process.execPath, [script], {
      logFile: log,
      keepLastLines: 2,
      wants: (_buffer, start, end) => end - start > 996,
      onLine: () => (steps += 1)
    })
    // Every line longer than 996 bytes, and no other, was decoded.
    expect(steps).toBe(expected.split('\n').filter(line => line.length > 996).length)
    expect(result.lastLines).toEqual([`${'x'.repeat(49999 % 997)} 49999`, 'done'])
    const written = fs.readFileSync(log)
    expected += 'done\n'
    expect(written.length).toBe(Buffer.byteLength(expected))
    const digest = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex')
    expect(digest(written)).toBe(digest(expected))
  })
})

describe('mayBeStepLine', () => {
  const test = (line: string) => mayBeStepLine(Buffer.from(`${line}\nnext`), 0, line.length)
  it("accepts `>>>` at the start of a line, after Buildroot's terminal highlighting", () => {
    expect(test('>>> busybox 1.37.0 Building')).toBe(true)
    expect(test('\x1b[7m>>> host-go 1.23.4 Installing to host directory\x1b[27m')).toBe(true)
    expect(test('\x1b(B\x1b[m>>> linux 6.12.91 Configuring')).toBe(true)
    expect(test('\x1b[1;32m>>>   Finalizing target directory')).toBe(true)
  })
  it('refuses everything else, without reading past the line', () => {
    expect(test('gcc -O2 -c foo.c -o foo.o')).toBe(false)
    expect(test(' >>> indented')).toBe(false)
    expect(test('\x1b[01;35m\x1b[Kwarning: \x1b[m\x1b[Kunused variable')).toBe(false)
    expect(test('>>')).toBe(false)
    expect(test('')).toBe(false)
    expect(test('\x1b[7')).toBe(false)
    expect(mayBeStepLine(Buffer.from('>>\n>'), 0, 2)).toBe(false)
  })
})

describe('runBuild', () => {
  /** A "Buildroot" whose make prints `log` and exits with `code`. */
  function fakeTree(log: string, code = 0) {
    const sourceDir = path.join(dir, 'buildroot')
    fs.mkdirSync(sourceDir)
    fs.writeFileSync(path.join(sourceDir, 'build.log.in'), log)
    fs.writeFileSync(path.join(sourceDir, 'Makefile'), `all:\n\t@cat build.log.in; exit ${code}\n`)
    return { sourceDir, outputDir: path.join(dir, 'output'), externalTrees: [] }
  }
  const said: string[] = []
  const reporter = {
    ...terminalReporter(line => said.push(line)),
    startGroup: (title: string) => said.push(`[group] ${title}`),
    endGroup: () => said.push('[end]')
  }
  beforeEach(() => {
    said.length = 0
  })

  const log = [
    '\x1b[7m>>> host-skeleton  Installing to host directory\x1b[27m',
    'install -d -m 0755 /out/host',
    '\x1b[7m>>> runc 1.2.6 Extracting\x1b[27m',
    'gzip -d -c /dl/runc/runc-1.2.6.tar.gz | tar -xf -',
    '\x1b[7m>>> runc 1.2.6 Building\x1b[27m',
    'go build -o runc .',
    "\x1b[01m\x1b[Kmain.go:3:1:\x1b[m\x1b[K \x1b[01;31m\x1b[Kerror: \x1b[m\x1b[Kexpected ';'",
    ''
  ].join('\n')

  it('shows one group per package with its steps, and keeps the whole output in the log file', async () => {
    const logFile = path.join(dir, 'output', 'build.log')
    const result = await runBuild(reporter, {
      tree: fakeTree(`${log}\x1b[7m>>>   Finalizing target directory\x1b[27m\n`),
      jobs: 2,
      packageCount: 2,
      logFile
    })
    expect(result.ok).toBe(true)
    expect(said.slice(1)).toEqual([
      '[group] [1/2] host-skeleton',
      '>>> host-skeleton Installing to host directory',
      '[end]',
      '[group] [2/2] runc 1.2.6',
      '>>> runc 1.2.6 Extracting',
      '>>> runc 1.2.6 Building',
      '[end]',
      '>>>   Finalizing target directory'
    ])
    expect(fs.readFileSync(logFile, 'utf8')).toContain(
      `${log}\x1b[7m>>>   Finalizing target directory\x1b[27m\n`
    )
  })

  it('names the failing package and step, with its own output and no terminal codes', async () => {
    const result = await runBuild(reporter, {
      tree: fakeTree(log, 2),
      jobs: 2,
      packageCount: 2,
      logFile: path.join(dir, 'output', 'build.log')
    })
    expect(result.ok).toBe(false)
    expect(result.failure).toMatchObject({ package: 'runc', version: '1.2.6', step: 'Building' })
    expect(result.failure?.lastLines.slice(0, 3)).toEqual([
      '>>> runc 1.2.6 Building',
      'go build -o runc .',
      "main.go:3:1: error: expected ';'"
    ])
  })
})
