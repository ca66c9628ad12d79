// action.yml is the contract with users' workflows, and the README is where they read it: an
// input the code does not read, an output it never sets, or a README example that names a
// wrong input would only show on a real runner. These checks keep the four in agreement.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { DEFAULT_BUILDROOT_VERSION, INPUTS } from '../src/inputs/schema.js'
import { PINNED_SHA256 } from '../src/stages/resolve-buildroot.js'

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const read = (file: string): string => fs.readFileSync(path.join(REPO, file), 'utf8')

interface ActionYml {
  inputs: Record<string, { required?: boolean; default?: string }>
  outputs: Record<string, unknown>
}
const action = parse(read('action.yml')) as ActionYml
const readme = read('README.md')

/** The first column of the Markdown table under `## <heading>`. */
function tableNames(heading: string): string[] {
  const section = readme.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? ''
  return [...section.matchAll(/^\| `([a-z0-9-]+)`/gm)].map(match => match[1])
}

/** Every name the code sets as a step output (run.output in a stage). */
function outputsSetInCode(): string[] {
  const names = new Set<string>()
  for (const entry of fs.readdirSync(path.join(REPO, 'src'), { recursive: true })) {
    const file = path.join(REPO, 'src', String(entry))
    if (!file.endsWith('.ts')) continue
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/\.output\('([a-z0-9-]+)'/g)) {
      names.add(match[1])
    }
  }
  return [...names].sort()
}

const readmeWorkflows = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map(match => match[1])

interface Step {
  id?: string
  uses?: string
  with?: Record<string, unknown>
  run?: string
}

describe('action.yml', () => {
  it('declares exactly the inputs the action reads', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(INPUTS.map(spec => spec.name).sort())
    expect(action.inputs.target.required).toBe(true)
  })

  it('defaults to the Buildroot release the code defaults to, one with a pinned sha256 and a patch series', () => {
    expect(action.inputs['buildroot-version'].default).toBe(DEFAULT_BUILDROOT_VERSION)
    expect(PINNED_SHA256[DEFAULT_BUILDROOT_VERSION]).toMatch(/^[0-9a-f]{64}$/)
    const series = path.join(REPO, 'configs/buildroot-patches', DEFAULT_BUILDROOT_VERSION)
    expect(fs.readdirSync(series).filter(name => name.endsWith('.patch')).length).toBeGreaterThan(0)
    // CI's real-Buildroot tests run on that release, checked against the same sha256.
    const ci = read('.github/workflows/ci.yml')
    expect(ci).toContain(`/buildroot-${DEFAULT_BUILDROOT_VERSION}.tar.xz`)
    expect(ci).toContain(`echo "${PINNED_SHA256[DEFAULT_BUILDROOT_VERSION]}  `)
  })

  it('declares exactly the outputs the code sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(outputsSetInCode())
  })
})

describe('README', () => {
  it('documents every input and output, in the order of action.yml', () => {
    expect(tableNames('Inputs')).toEqual(Object.keys(action.inputs))
    expect(tableNames('Outputs')).toEqual(Object.keys(action.outputs))
  })

  it('has workflow examples that pass actionlint', () => {
    expect(readmeWorkflows.length).toBeGreaterThanOrEqual(2)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-workflows-'))
    try {
      fs.mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true })
      readmeWorkflows.forEach((text, i) =>
        fs.writeFileSync(path.join(dir, '.github', 'workflows', `example-${i}.yml`), text)
      )
      const cli = path.join(REPO, 'node_modules', '@tktco', 'node-actionlint', 'bin')
      const output = execFileSync(
        process.execPath,
        [path.join(cli, 'node-actionlint.js'), '.github/workflows/*.yml'],
        { cwd: dir, encoding: 'utf8' }
      )
      expect(output).toContain(`Checking ${readmeWorkflows.length} workflow file(s)`)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('uses only declared inputs and outputs in its examples (actionlint cannot see them)', () => {
    let uses = 0
    for (const text of readmeWorkflows) {
      const workflow = parse(text) as { jobs: Record<string, { steps: Step[] }> }
      for (const job of Object.values(workflow.jobs)) {
        const ours = new Set(
          job.steps.filter(step => step.uses?.endsWith('/buildroot-k8s-action@v1'))
        )
        for (const step of ours) {
          uses++
          expect(Object.keys(step.with ?? {}).filter(name => !(name in action.inputs))).toEqual([])
          expect(step.with).toHaveProperty('target')
        }
        const ids = new Set([...ours].map(step => step.id).filter(Boolean))
        const referenced = [...text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)].filter(
          ([, id]) => ids.has(id)
        )
        expect(
          referenced.map(([, , name]) => name).filter(name => !(name in action.outputs))
        ).toEqual([])
      }
    }
    expect(uses).toBeGreaterThanOrEqual(2)
  })
})
