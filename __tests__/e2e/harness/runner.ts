// Test fixture: runs the action the way a GitHub runner does. A fresh workspace and runner
// folders, the environment a JavaScript action step gets (INPUT_* spelled as the runner spells
// them, the runtime token and results URL), `node <runs.main>`, then `node <runs.post>` with
// the STATE_* values the main step wrote: the paths come from action.yml itself.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
/** The Node 24 from the node package (the runner's node24); the machine's own may be older. */
const NODE = path.join(REPO, 'node_modules', '.bin', 'node')

export interface RunnerFolders {
  workspace: string
  temp: string
  toolCache: string
  output: string
  state: string
  summary: string
  env: string
  path: string
}

/** An unsigned JWT with the scope from which the artifact client reads its backend IDs. */
export function runtimeToken(runId: string, jobId: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.GenericRead Actions.Results:${runId}:${jobId}` })}.`
}

/** The runner's spelling of an input variable: INPUT_ + name upper-cased, spaces to _, dashes kept. */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value
    ])
  )
}

export function runnerFolders(root: string): RunnerFolders {
  const folder = (name: string) => {
    const dir = path.join(root, name)
    fs.mkdirSync(dir, { recursive: true })
    return dir
  }
  const file = (name: string) => {
    const target = path.join(folder('files'), name)
    fs.writeFileSync(target, '')
    return target
  }
  return {
    workspace: folder('workspace'),
    temp: folder('temp'),
    toolCache: folder('tool-cache'),
    output: file('output'),
    state: file('state'),
    summary: file('summary.md'),
    env: file('env'),
    path: file('path')
  }
}

export function runnerEnv(
  folders: RunnerFolders,
  services: { resultsUrl?: string; runId: string; jobId: string }
): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? folders.workspace,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: folders.workspace,
    RUNNER_TEMP: folders.temp,
    RUNNER_TOOL_CACHE: folders.toolCache,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    GITHUB_OUTPUT: folders.output,
    GITHUB_STATE: folders.state,
    GITHUB_STEP_SUMMARY: folders.summary,
    GITHUB_ENV: folders.env,
    GITHUB_PATH: folders.path,
    GITHUB_REPOSITORY: 'example/nodes',
    GITHUB_RUN_ID: services.runId,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    // The fixture's build is tiny: the free-space check's real figures are tested in
    // pipeline-faults.test.ts.
    BUILDROOT_K8S_SPACE_CHECK: 'off',
    ACTIONS_RUNTIME_TOKEN: runtimeToken(`run-${services.runId}`, services.jobId),
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ...(services.resultsUrl ? { ACTIONS_RESULTS_URL: services.resultsUrl } : {})
  }
}

/** Parses GITHUB_OUTPUT / GITHUB_STATE: `name=value` lines and `name<<DELIMITER` blocks. */
export function readKeyValueFile(file: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = fs.readFileSync(file, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1)
      values[heredoc[1]] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      values[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return values
}

/** STATE_<name> for each value the main step saved, as the runner passes them to the post step. */
export function stateEnv(stateFile: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(readKeyValueFile(stateFile)).map(([k, v]) => [`STATE_${k}`, v])
  )
}

/** runs.main / runs.post of action.yml. */
export function actionEntry(actionDir: string, phase: 'main' | 'post'): string {
  const yml = fs.readFileSync(path.join(actionDir, 'action.yml'), 'utf8')
  const match = new RegExp(`^\\s+${phase}:\\s*'?([^'\\s]+)'?\\s*$`, 'm').exec(
    yml.slice(yml.indexOf('\nruns:'))
  )
  if (!match) throw new Error(`action.yml has no runs.${phase}`)
  return path.join(actionDir, match[1])
}

export interface StepResult {
  exitCode: number
  stdout: string
  stderr: string
}

export function runStep(
  actionDir: string,
  phase: 'main' | 'post',
  env: Record<string, string>,
  started?: (child: ChildProcess) => void
): Promise<StepResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [actionEntry(actionDir, phase)], { env, cwd: env.GITHUB_WORKSPACE })
    started?.(child)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', reject)
    child.on('close', code => resolve({ exitCode: code ?? 1, stdout, stderr }))
  })
}

/** Annotations a step printed: `::error file=...,line=...::message`. */
export function annotations(stdout: string, level: 'error' | 'warning' | 'notice'): string[] {
  return stdout
    .split('\n')
    .filter(line => line.startsWith(`::${level}`))
    .map(line => line.slice(line.indexOf('::', 2) + 2))
}

/**
 * Cancels a step as the runner does (actions/runner, src/Runner.Sdk/ProcessInvoker.cs): SIGINT
 * to the step's process alone, SIGTERM 7.5 s later if it still runs, then a kill 2.5 s after
 * that. Resolves with the signals it had to send.
 */
export function cancelLikeTheRunner(child: ChildProcess): Promise<NodeJS.Signals[]> {
  const sent: NodeJS.Signals[] = []
  return new Promise(resolve => {
    const send = (signal: NodeJS.Signals) => {
      if (child.exitCode !== null || child.signalCode !== null) return
      sent.push(signal)
      child.kill(signal)
    }
    const timers = [
      setTimeout(() => send('SIGTERM'), 7500),
      setTimeout(() => send('SIGKILL'), 10_000)
    ]
    child.on('exit', () => {
      timers.forEach(clearTimeout)
      resolve(sent)
    })
    send('SIGINT')
  })
}
