// Small network questions, each with a timeout: does a Redis server answer PING (after AUTH),
// what status does an HTTP(S) server give a request. Errors say what happened in a few words
// (connection refused, timed out, the server's own error line).
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'

export type RedisTarget = { host: string; port: number } | { path: string }

/** A Redis command in RESP, the protocol's own encoding (an array of bulk strings). */
function resp(args: string[]): string {
  return `*${args.length}\r\n${args.map(arg => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`).join('')}`
}

/** Connects, authenticates when given a password, and sends PING; throws why it failed. */
export function redisPing(
  target: RedisTarget,
  auth: { user?: string; password?: string },
  timeoutMs: number
): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = 'path' in target ? net.connect(target.path) : net.connect(target)
    const commands: string[][] = []
    if (auth.password !== undefined) {
      commands.push(auth.user ? ['AUTH', auth.user, auth.password] : ['AUTH', auth.password])
    }
    commands.push(['PING'])
    let answers = ''
    const done = (error?: Error): void => {
      socket.destroy()
      if (error) reject(error)
      else resolve()
    }
    socket.setTimeout(timeoutMs, () => done(new Error(`no answer within ${timeoutMs} ms`)))
    socket.on('error', error => done(new Error(describeNetError(error))))
    socket.on('connect', () => socket.write(commands.map(resp).join('')))
    socket.on('data', chunk => {
      answers += chunk.toString('utf8')
      const lines = answers.split('\r\n').slice(0, -1)
      const refused = lines.find(line => line.startsWith('-'))
      if (refused) done(new Error(`the server answered: ${refused.slice(1)}`))
      else if (lines.length >= commands.length) done()
    })
    socket.on('end', () => done(new Error('the server closed the connection')))
  })
}

export interface HttpAnswer {
  status: number
  /** Where a redirect points, resolved against the URL asked. */
  location?: string
}

/**
 * What an HTTP(S) server answers `method` on `url`: the status, and where a redirect points.
 * The body is never read. Credentials in the URL go as basic authentication. Throws on no answer.
 */
export function httpAsk(
  url: string,
  options: { method?: string; headers?: Record<string, string>; timeoutMs: number }
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const parsed = new URL(url)
    const auth = parsed.username
      ? `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`
      : undefined
    parsed.username = ''
    parsed.password = ''
    const client = parsed.protocol === 'https:' ? https : http
    const request = client.request(
      parsed,
      { method: options.method ?? 'HEAD', headers: options.headers, auth },
      response => {
        const location = response.headers.location
        resolve({
          status: response.statusCode ?? 0,
          location: location ? new URL(location, url).href : undefined
        })
        response.destroy()
      }
    )
    request.setTimeout(options.timeoutMs, () =>
      request.destroy(new Error(`no answer within ${options.timeoutMs} ms`))
    )
    request.on('error', error => reject(new Error(describeNetError(error))))
    request.end()
  })
}

/** The status of `url` after following up to five redirects (as wget does). */
export async function httpStatus(
  url: string,
  options: { method?: string; headers?: Record<string, string>; timeoutMs: number }
): Promise<number> {
  let asked = url
  for (let hop = 0; ; hop += 1) {
    const answer = await httpAsk(asked, options)
    if (answer.status < 300 || answer.status >= 400 || !answer.location || hop === 5) {
      return answer.status
    }
    asked = answer.location
  }
}

/** "connection refused (127.0.0.1:6379)" rather than "connect ECONNREFUSED 127.0.0.1:6379". */
export function describeNetError(error: NodeJS.ErrnoException): string {
  const words: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'the host name does not resolve',
    EAI_AGAIN: 'the host name does not resolve (temporary DNS failure)',
    ETIMEDOUT: 'the connection timed out',
    EHOSTUNREACH: 'the host is unreachable',
    ENETUNREACH: 'the network is unreachable',
    ECONNRESET: 'the connection was reset',
    ENOENT: 'no such socket'
  }
  return (error.code && words[error.code]) ?? error.message
}
