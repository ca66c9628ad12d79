// Real servers for the tests, each started on 127.0.0.1 on a free port (Redis also on a unix
// socket) in a folder of its own, and stopped by the test: Debian's redis-server, and nginx
// (Debian's nginx-light) serving a folder, with WebDAV PUT for ccache's HTTP storage.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

/** Why a server program is missing, or undefined when it is installed. */
export function missingProgram(program: string, pkg: string): string | undefined {
  return spawnSync('sh', ['-c', `command -v ${program}`]).status === 0
    ? undefined
    : `${program} is not installed (Debian's ${pkg}; .ci/run installs it)`
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Resolves once something listens on the port (or the socket), within `ms`. */
async function listening(target: number | string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms
  for (;;) {
    const up = await new Promise<boolean>(resolve => {
      const socket =
        typeof target === 'number' ? net.connect(target, '127.0.0.1') : net.connect(target)
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (up) return
    if (Date.now() > deadline) throw new Error(`nothing listens on ${target} after ${ms} ms`)
    await new Promise(resolve => setTimeout(resolve, 50))
  }
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise(resolve => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
}

export interface RedisServer {
  port: number
  socket: string
  pid: number
  /** A shell command that stops the server and returns once it is gone. */
  stopCommand: string
  stop(): Promise<void>
}

/** redis-server with a password, no persistence, on a free port and a unix socket. */
export async function startRedis(dir: string, password: string): Promise<RedisServer> {
  fs.mkdirSync(dir, { recursive: true })
  const port = await freePort()
  const socket = path.join(dir, 'redis.sock')
  const conf = path.join(dir, 'redis.conf')
  // The password goes in a file, not on a command line other processes can read.
  fs.writeFileSync(
    conf,
    [
      `port ${port}`,
      'bind 127.0.0.1',
      `unixsocket ${socket}`,
      'unixsocketperm 700',
      `dir ${dir}`,
      'save ""',
      'appendonly no',
      `logfile ${path.join(dir, 'redis.log')}`,
      `requirepass ${password}`,
      ''
    ].join('\n')
  )
  const child = spawn('redis-server', [conf], { stdio: 'ignore' })
  await listening(port)
  const pid = child.pid as number
  return {
    port,
    socket,
    pid,
    stopCommand: `kill ${pid}; while kill -0 ${pid} 2>/dev/null; do sleep 0.05; done`,
    stop: stopper(child)
  }
}

export interface NginxServer {
  port: number
  /** The folder it serves as / (www/). */
  root: string
  stop(): Promise<void>
}

/**
 * nginx serving `<dir>/www`: /cache/ takes WebDAV PUT and DELETE (ccache's HTTP storage) behind
 * basic authentication with `auth` when given; everything else is served read-only.
 */
export async function startNginx(
  dir: string,
  auth?: { user: string; password: string }
): Promise<NginxServer> {
  const root = path.join(dir, 'www')
  fs.mkdirSync(path.join(root, 'cache'), { recursive: true })
  const port = await freePort()
  if (auth) fs.writeFileSync(path.join(dir, 'htpasswd'), `${auth.user}:{PLAIN}${auth.password}\n`)
  const conf = path.join(dir, 'nginx.conf')
  fs.writeFileSync(
    conf,
    [
      'daemon off;',
      // One process, as the user running the tests: it writes into the test's own folder.
      'master_process off;',
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${path.join(dir, 'error.log')};`,
      'events { worker_connections 64; }',
      'http {',
      `  access_log ${path.join(dir, 'access.log')};`,
      `  client_body_temp_path ${path.join(dir, 'body')};`,
      '  server {',
      `    listen 127.0.0.1:${port};`,
      `    root ${root};`,
      '    location /cache/ {',
      '      dav_methods PUT DELETE;',
      '      create_full_put_path on;',
      '      client_max_body_size 100m;',
      ...(auth
        ? [
            '      auth_basic "ccache";',
            `      auth_basic_user_file ${path.join(dir, 'htpasswd')};`
          ]
        : []),
      '    }',
      '  }',
      '}',
      ''
    ].join('\n')
  )
  const child = spawn('nginx', ['-p', dir, '-c', conf, '-e', path.join(dir, 'error.log')], {
    stdio: 'ignore'
  })
  await listening(port)
  return { port, root, stop: stopper(child) }
}
