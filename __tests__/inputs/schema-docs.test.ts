// The input schema (src/inputs/schema.ts) is the one definition of every input: action.yml's
// inputs and the README's input table are generated from it, and the command line is built from
// it. This fails when any of them disagrees with it on a name, a default or an accepted value;
// `npm run generate` rewrites action.yml's inputs and the README table.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import * as prettier from 'prettier'
import { Document, parse } from 'yaml'
import { CLI_OPTIONS, usage } from '../../src/entry/cli-options.js'
import { defaultShown, INPUTS, parseInputs, type InputSpec } from '../../src/inputs/schema.js'
import { REPO } from '../helpers/pipeline-harness.js'

const update = process.env.UPDATE_GENERATED === '1'
const README_START = '<!-- inputs: generated from src/inputs/schema.ts by npm run generate -->'
const README_END = '<!-- end of inputs -->'

async function formatted(file: string, text: string): Promise<string> {
  const config = (await prettier.resolveConfig(file)) ?? {}
  return prettier.format(text, { ...config, filepath: file })
}

/** action.yml's description of an input: the schema's, with where the README says more. */
function actionDescription(spec: InputSpec): string {
  return spec.see ? `${spec.description} README: ${spec.see.title}.` : spec.description
}

function actionInputs(): string {
  const inputs: Record<string, Record<string, unknown>> = {}
  for (const spec of INPUTS) {
    inputs[spec.name] = {
      description: actionDescription(spec),
      required: spec.required === true,
      ...(spec.default !== undefined ? { default: spec.default } : {})
    }
  }
  const doc = new Document({ inputs })
  return doc.toString({ lineWidth: 0, singleQuote: true })
}

function readmeTable(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|')
  // Plain text in Markdown: <target> would read as an HTML tag, *.patch as emphasis.
  const plain = (text: string) => cell(text.replace(/[<>*_]/g, c => `\\${c}`))
  const rows = INPUTS.map(spec => {
    const values = spec.values ? ` Values: ${spec.values.map(v => `\`${v}\``).join(', ')}.` : ''
    const see = spec.see ? ` See [${spec.see.title}](#${spec.see.anchor}).` : ''
    return `| \`${spec.name}\` | ${cell(defaultShown(spec))} | ${plain(spec.description)}${values}${see} |`
  })
  return ['| input | default | meaning |', '| --- | --- | --- |', ...rows].join('\n')
}

async function expectGenerated(file: string, generate: (text: string) => string): Promise<void> {
  const full = path.join(REPO, file)
  const current = fs.readFileSync(full, 'utf8')
  const wanted = await formatted(full, generate(current))
  if (update) fs.writeFileSync(full, wanted)
  else expect(current).toBe(wanted)
}

describe('generated from the schema', () => {
  it("action.yml's inputs: names, defaults, descriptions", async () => {
    await expectGenerated('action.yml', text => {
      const start = text.indexOf('\ninputs:\n')
      const end = text.indexOf('\noutputs:\n')
      expect(start).toBeGreaterThan(0)
      expect(end).toBeGreaterThan(start)
      return `${text.slice(0, start + 1)}${actionInputs()}${text.slice(end)}`
    })
  })

  it("the README's input table", async () => {
    await expectGenerated('README.md', text => {
      const start = text.indexOf(README_START)
      const end = text.indexOf(README_END)
      expect(start).toBeGreaterThan(0)
      expect(end).toBeGreaterThan(start)
      return `${text.slice(0, start + README_START.length)}\n\n${readmeTable()}\n\n${text.slice(end)}`
    })
  })
})

describe('agreement with the schema', () => {
  const action = parse(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string; required?: boolean }>
  }
  const context = { configDir: '/configs', workDir: '/work', baseDir: '/work/space' }

  it('every default in action.yml parses to what the code uses when the input is empty', () => {
    const empty = parseInputs({ target: 'amd64' }, context)
    for (const [name, declared] of Object.entries(action.inputs)) {
      if (declared.default === undefined) continue
      const withDefault = parseInputs({ target: 'amd64', [name]: declared.default }, context)
      expect({ name, value: withDefault }).toEqual({ name, value: empty })
    }
  })

  it('every accepted value of an input parses, and a near miss is refused naming them', () => {
    for (const spec of INPUTS.filter(s => s.values)) {
      for (const value of spec.values ?? []) {
        expect(() => parseInputs({ target: 'amd64', [spec.name]: value }, context)).not.toThrow()
      }
      expect(() => parseInputs({ target: 'amd64', [spec.name]: 'bogus-value' }, context)).toThrow(
        new RegExp(`^${spec.name} "bogus-value" is not`)
      )
    }
  })

  it('the command line has a flag for every input but mode (its command), with the values and default in --help', () => {
    const help = usage('build')
    for (const spec of INPUTS.filter(s => s.name !== 'mode')) {
      const option = CLI_OPTIONS.find(o => o.flag === spec.name && o.commands.includes('build'))
      expect({ name: spec.name, option: option?.input?.name }).toEqual({
        name: spec.name,
        option: spec.name
      })
      const line = help.split('\n').find(l => l.trimStart().startsWith(`--${spec.name} `))
      expect({ name: spec.name, line }).toEqual({ name: spec.name, line: expect.any(String) })
      for (const value of spec.values ?? []) expect(line).toContain(value)
      const shown = defaultShown(spec).replace(/`/g, '')
      if (shown && !spec.required) expect(line).toContain(`(default: ${shown})`)
    }
  })
})
