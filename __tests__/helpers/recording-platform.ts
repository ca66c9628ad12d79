// A Platform for tests: local folders for the cache and artifacts (the real local adapters),
// with every message, output, state value and summary recorded for assertions.
import path from 'node:path'
import { localPlatform, terminalReporter } from '../../src/platform/local.js'
import type { Platform, SourceLocation } from '../../src/platform/types.js'

export interface Message {
  level: 'info' | 'notice' | 'warning' | 'error' | 'group'
  text: string
  at?: SourceLocation
}

export type RecordingPlatform = Platform & {
  messages: Message[]
  outputs: Map<string, string>
  summary: string[]
  errors(): Message[]
  warnings(): Message[]
}

export function recordingPlatform(root: string): RecordingPlatform {
  const messages: Message[] = []
  const summary: string[] = []
  const record = (level: Message['level']) => (text: string, at?: SourceLocation) => {
    messages.push({ level, text, at })
  }
  const base = localPlatform({
    cacheDir: path.join(root, 'cache'),
    artifactsDir: path.join(root, 'artifacts'),
    summaryFile: path.join(root, 'summary.md'),
    reporter: {
      ...terminalReporter(() => undefined),
      info: record('info'),
      notice: record('notice'),
      warning: record('warning'),
      error: record('error'),
      startGroup: title => record('group')(title)
    }
  })
  return {
    ...base,
    messages,
    summary,
    async writeSummary(markdown: string) {
      summary.push(markdown)
    },
    errors: () => messages.filter(m => m.level === 'error'),
    warnings: () => messages.filter(m => m.level === 'warning')
  }
}
