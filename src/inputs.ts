// The action's inputs, validated once. Both front-ends (action.yml inputs and command-line
// flags) produce a RawInputs record with the action.yml names; everything after this works
// with a typed, checked Inputs.
import os from 'node:os'
import path from 'node:path'
import { SMOKE_LEVELS, type SmokeLevel } from './smoke/protocol.js'

export const TARGETS = ['amd64', 'arm64'] as const
export type Target = (typeof TARGETS)[number]
export const MODES = ['build', 'check'] as const
export type Mode = (typeof MODES)[number]
export const CACHE_MODES = ['read-write', 'read-only', 'off'] as const
export type CacheMode = (typeof CACHE_MODES)[number]
/** auto: boot the images when QEMU is installed; true: QEMU missing is an error; off. */
export const SMOKE_TEST_MODES = ['auto', 'true', 'off'] as const
export type SmokeTestMode = (typeof SMOKE_TEST_MODES)[number]

/** The Buildroot LTS release the action is tested with. */
export const DEFAULT_BUILDROOT_VERSION = '2025.02.16'

export interface Inputs {
  target: Target
  mode: Mode
  buildrootVersion: string
  buildrootSrc?: string
  linuxSrc?: string
  configDir: string
  br2External: string[]
  configFragment: string
  outputDir: string
  cache: CacheMode
  ccacheMaxSize: string
  jobs: number
  upload: boolean
  artifactName: string
  retentionDays?: number
  smokeTest: SmokeTestMode
  smokeTestLevel: SmokeLevel
}

/** Input values by their action.yml names; '' means not given. */
export type RawInputs = Partial<Record<string, string>>

export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

export interface InputDefaults {
  /** The action's own configs/ folder. */
  configDir: string
  /** Parent of the default output folder (RUNNER_TEMP on GitHub). */
  workDir: string
  /** Base for relative paths (GITHUB_WORKSPACE on GitHub, the current folder locally). */
  baseDir: string
}

export function parseInputs(raw: RawInputs, defaults: InputDefaults): Inputs {
  const get = (name: string): string => (raw[name] ?? '').trim()
  const target = oneOf(get('target'), TARGETS, 'target', undefined)
  const resolve = (p: string): string => path.resolve(defaults.baseDir, p)
  const optionalPath = (name: string): string | undefined =>
    get(name) ? resolve(get(name)) : undefined

  const buildrootVersion = get('buildroot-version') || DEFAULT_BUILDROOT_VERSION
  if (!/^\d{4}\.\d{2}(\.\d+)?(-rc\d+)?$/.test(buildrootVersion)) {
    throw new InputError(
      `buildroot-version "${buildrootVersion}" is not a Buildroot release name such as ${DEFAULT_BUILDROOT_VERSION}`
    )
  }

  return {
    target,
    mode: oneOf(get('mode'), MODES, 'mode', 'build'),
    buildrootVersion,
    buildrootSrc: optionalPath('buildroot-src'),
    linuxSrc: optionalPath('linux-src'),
    configDir: get('config-dir') ? resolve(get('config-dir')) : defaults.configDir,
    br2External: get('br2-external')
      .split(/\r?\n/)
      .map(line => line.trim())
      .filter(line => line !== '')
      .map(resolve),
    configFragment: raw['config-fragment'] ?? '',
    outputDir: get('output-dir')
      ? resolve(get('output-dir'))
      : path.join(defaults.workDir, `buildroot-k8s-${target}`),
    cache: oneOf(get('cache'), CACHE_MODES, 'cache', 'read-write'),
    ccacheMaxSize: parseSize(get('ccache-max-size') || '3G'),
    jobs: get('jobs') ? positiveInteger(get('jobs'), 'jobs') : os.availableParallelism() + 1,
    upload: parseBoolean(get('upload'), 'upload', true),
    artifactName: artifactName(get('artifact-name') || `buildroot-k8s-${target}`),
    retentionDays: get('retention-days')
      ? positiveInteger(get('retention-days'), 'retention-days')
      : undefined,
    smokeTest: oneOf(get('smoke-test'), SMOKE_TEST_MODES, 'smoke-test', 'auto'),
    smokeTestLevel: oneOf(get('smoke-test-level'), SMOKE_LEVELS, 'smoke-test-level', 'basic')
  }
}

function oneOf<T extends string>(
  value: string,
  allowed: readonly T[],
  name: string,
  fallback: T | undefined
): T {
  if (value === '' && fallback !== undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  const shown = value === '' ? `${name} is required` : `${name} "${value}" is not valid`
  throw new InputError(`${shown}: use one of ${allowed.join(', ')}`)
}

function positiveInteger(value: string, name: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new InputError(`${name} "${value}" must be a whole number of 1 or more`)
  }
  return Number(value)
}

function parseBoolean(value: string, name: string, fallback: boolean): boolean {
  if (value === '') return fallback
  if (/^(true|yes|1)$/i.test(value)) return true
  if (/^(false|no|0)$/i.test(value)) return false
  throw new InputError(`${name} "${value}" must be true or false`)
}

/**
 * The characters @actions/artifact refuses in a name (its path-and-artifact-name-validation),
 * checked here so that a bad name fails in the first second, not after the build.
 */
const ARTIFACT_NAME_FORBIDDEN = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/']

function artifactName(value: string): string {
  const bad = ARTIFACT_NAME_FORBIDDEN.find(character => value.includes(character))
  if (bad !== undefined) {
    throw new InputError(
      `artifact-name "${value}" contains ${JSON.stringify(bad)}, which artifact names cannot hold (nor any of ${ARTIFACT_NAME_FORBIDDEN.map(c => JSON.stringify(c)).join(' ')})`
    )
  }
  return value
}

/** ccache's size syntax: a number with an optional K, M, G or T suffix (e.g. 500M, 3G). */
function parseSize(value: string): string {
  if (!/^\d+(\.\d+)?[KMGT]?$/i.test(value)) {
    throw new InputError(
      `ccache-max-size "${value}" is not a size such as 500M or 3G (ccache's --max-size syntax)`
    )
  }
  return value.toUpperCase()
}
