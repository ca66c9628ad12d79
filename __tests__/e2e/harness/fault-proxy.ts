// Test fixture: a small HTTP proxy in front of the results service and Azurite that breaks
// chosen requests the way networks and services break them: an HTTP error status (429, 500),
// a connection reset, a response body cut short, or bytes flipped in a response body. Requests
// to /twirp/ go to the results service, everything else to Azurite (the SAS URLs the results
// service hands out point here when it is started with this proxy's blob endpoint).
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type Fault =
  | { kind: 'status'; status: number }
  | { kind: 'reset' }
  /** Sends the status, headers and this share of the body (default a half), then resets. */
  | { kind: 'truncate'; keep?: number }
  /** Sends the whole response with one byte inverted (default: the middle one). */
  | { kind: 'flip'; at?: number }

export interface FaultRule {
  method?: string
  /** Matched against the request's path and query. */
  path: RegExp
  /** Which matching request (1-based) gets the fault, or every one. */
  nth: number | 'every'
  fault: Fault
}

export interface ProxiedRequest {
  method: string
  path: string
  status?: number
  fault?: Fault['kind']
}

export interface FaultProxy {
  url: string
  /** Azurite's blob endpoint as seen through the proxy. */
  blobEndpoint: string
  /** Adds a rule; rules count their matching requests from the moment they are added. */
  inject(rule: FaultRule): void
  clear(): void
  /** Every request seen, in order. */
  requests: ProxiedRequest[]
  /** Where /twirp/ requests go (the results service, started with this proxy's blobEndpoint). */
  forwardResultsTo(url: string): void
  stop(): Promise<void>
}

/** Starts the proxy in front of Azurite's `blobEndpoint`; forwardResultsTo names the results service. */
export async function startFaultProxy(blobEndpoint: string): Promise<FaultProxy> {
  let results: URL | undefined
  const blob = new URL(blobEndpoint)
  let rules: (FaultRule & { seen: number })[] = []
  const requests: ProxiedRequest[] = []

  const pick = (method: string, url: string): Fault | undefined => {
    for (const rule of rules) {
      if ((rule.method && rule.method !== method) || !rule.path.test(url)) continue
      rule.seen += 1
      if (rule.nth === 'every' || rule.nth === rule.seen) return rule.fault
    }
    return undefined
  }

  const server = http.createServer((request, response) => {
    const url = request.url ?? '/'
    const method = request.method ?? 'GET'
    const fault = pick(method, url)
    const record: ProxiedRequest = { method, path: url, fault: fault?.kind }
    requests.push(record)
    if (fault?.kind === 'status') {
      request.resume()
      request.on('end', () => {
        record.status = fault.status
        const twirp = url.startsWith('/twirp/')
        const text = `fault injected: HTTP ${fault.status} ${http.STATUS_CODES[fault.status] ?? ''}`
        response.writeHead(fault.status, {
          'Content-Type': twirp ? 'application/json' : 'application/xml'
        })
        response.end(
          twirp
            ? JSON.stringify({ code: 'unavailable', msg: text.trim() })
            : `<?xml version="1.0" encoding="utf-8"?><Error><Code>ServerBusy</Code><Message>${text.trim()}</Message></Error>`
        )
      })
      return
    }
    if (fault?.kind === 'reset') {
      request.socket.destroy()
      return
    }
    const target = url.startsWith('/twirp/') ? results : blob
    if (!target) {
      request.socket.destroy()
      return
    }
    const forwarded = http.request(
      {
        host: target.hostname,
        port: target.port,
        method,
        path: url,
        headers: { ...request.headers, host: target.host }
      },
      upstreamResponse => {
        record.status = upstreamResponse.statusCode
        const chunks: Buffer[] = []
        upstreamResponse.on('data', (chunk: Buffer) => chunks.push(chunk))
        upstreamResponse.on('end', () => {
          let body = Buffer.concat(chunks)
          response.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers)
          if (fault?.kind === 'truncate') {
            response.write(body.subarray(0, Math.floor(body.length * (fault.keep ?? 0.5))))
            // Let the bytes leave, then cut the connection as a dropped network would.
            setTimeout(() => response.socket?.destroy(), 50)
            return
          }
          if (fault?.kind === 'flip' && body.length) {
            body = Buffer.from(body)
            const at = Math.min(fault.at ?? Math.floor(body.length / 2), body.length - 1)
            body[at] ^= 0xff
          }
          response.end(body)
        })
      }
    )
    forwarded.on('error', () => response.socket?.destroy())
    request.pipe(forwarded)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`
  return {
    url: `${url}/`,
    blobEndpoint: `${url}${blob.pathname}`,
    inject: rule => rules.push({ ...rule, seen: 0 }),
    clear: () => {
      rules = []
      requests.length = 0
    },
    requests,
    forwardResultsTo: resultsUrl => {
      results = new URL(resultsUrl)
    },
    stop: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
