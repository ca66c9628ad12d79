// The reporter-level mask: a platform whose every message, summary and output has the run's
// secrets replaced (util/secrets.ts), whichever reporter it wraps (GitHub's, a terminal's, a
// test's). On GitHub the runner masks them in the raw log too (core.setSecret, entry/).
import { redact } from '../util/secrets.js'
import type { Platform, Reporter } from './types.js'

export function maskedReporter(reporter: Reporter, secrets: readonly string[]): Reporter {
  const clean = (text: string): string => redact(text, secrets)
  return {
    info: message => reporter.info(clean(message)),
    notice: (message, at) => reporter.notice(clean(message), at),
    warning: (message, at) => reporter.warning(clean(message), at),
    error: (message, at) => reporter.error(clean(message), at),
    startGroup: title => reporter.startGroup(clean(title)),
    endGroup: () => reporter.endGroup()
  }
}

/** `platform` with its reporter, summary and outputs masked; itself when there is no secret. */
export function maskedPlatform(platform: Platform, secrets: readonly string[]): Platform {
  if (!secrets.length) return platform
  return {
    ...platform,
    reporter: maskedReporter(platform.reporter, secrets),
    setOutput: (name, value) => platform.setOutput(name, redact(value, secrets)),
    writeSummary: markdown => platform.writeSummary(redact(markdown, secrets))
  }
}
