/**
 * The example workflows (docs/workflows/*.yml, included in README.md) and the repository's own
 * (.github/workflows/*.yml) are parsed with GitHub's own workflow parser; every step that uses
 * this action may only pass inputs action.yml declares, and may only read outputs it declares.
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import {
  convertWorkflowTemplate,
  isMapping,
  isSequence,
  isString,
  NoOperationTraceWriter,
  parseWorkflow
} from '@actions/workflow-parser'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'
// @ts-expect-error: a plain .mjs script, no types
import { includedWorkflows, renderWorkflows } from '../../scripts/readme-workflows.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..')
const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8')
const ymlIn = (dir: string) =>
  fs.existsSync(path.join(root, dir))
    ? fs
        .readdirSync(path.join(root, dir))
        .filter(f => /\.ya?ml$/.test(f))
        .sort()
        .map(f => `${dir}/${f}`)
    : []

const DOC_WORKFLOWS = ymlIn('docs/workflows')
const OWN_WORKFLOWS = ymlIn('.github/workflows')
const PUBLISHED = 'mcp-functions-deploy/mcp-functions-deploy@v1'

const action = parseYaml(read('action.yml')) as {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
}
const INPUTS = new Set(Object.keys(action.inputs))
const OUTPUTS = new Set(Object.keys(action.outputs))

/** This action: the published reference (any version) or the repository itself (`./`). */
const isThisAction = (uses: string) =>
  uses === './' || uses === '.' || uses.startsWith('mcp-functions-deploy/mcp-functions-deploy@')

interface ActionStepRef {
  job: string
  id?: string
  uses: string
  withKeys: string[]
  line?: number
}

interface Checked {
  /** The parser's and the converter's errors. */
  errors: string[]
  /** Steps that use this action. */
  steps: ActionStepRef[]
  /** Problems with those steps: unknown inputs, unknown outputs read. */
  problems: string[]
}

function child(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  return token && isMapping(token) ? token.find(key) : undefined
}

/** Parse one workflow with @actions/workflow-parser and check the steps that use this action. */
async function checkWorkflow(name: string, content: string): Promise<Checked> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter())
  const errors = parsed.context.errors.getErrors().map(e => e.message)
  if (parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value)
    for (const e of template.errors ?? []) if (!errors.includes(e.Message)) errors.push(e.Message)
  }
  const steps: ActionStepRef[] = []
  const jobs = child(parsed.value, 'jobs')
  if (jobs && isMapping(jobs)) {
    for (const { key, value: job } of jobs) {
      const list = child(job, 'steps')
      if (!list || !isSequence(list)) continue
      for (let i = 0; i < list.count; i++) {
        const step = list.get(i)
        const uses = child(step, 'uses')
        if (!uses || !isString(uses) || !isThisAction(uses.value)) continue
        const id = child(step, 'id')
        const w = child(step, 'with')
        const withKeys: string[] = []
        if (w && isMapping(w)) for (const pair of w) withKeys.push(String(pair.key))
        steps.push({
          job: String(key),
          id: id && isString(id) ? id.value : undefined,
          uses: uses.value,
          withKeys,
          line: uses.line
        })
      }
    }
  }
  const problems: string[] = []
  for (const s of steps) {
    for (const k of s.withKeys) {
      if (!INPUTS.has(k))
        problems.push(`${name}:${s.line} job ${s.job}: input "${k}" is not in action.yml`)
    }
  }
  // steps.<id>.outputs.<name> of a step that uses this action must name a declared output.
  const ours = new Set(steps.map(s => s.id).filter(Boolean))
  for (const m of content.matchAll(/steps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g)) {
    if (ours.has(m[1]) && !OUTPUTS.has(m[2])) {
      problems.push(`${name}: steps.${m[1]}.outputs.${m[2]} is not an output in action.yml`)
    }
  }
  return { errors, steps, problems }
}

describe('example workflows (docs/workflows) and the repository workflows (.github/workflows)', () => {
  it('finds the files', () => {
    expect(DOC_WORKFLOWS).toEqual(
      expect.arrayContaining([
        'docs/workflows/deploy.yml',
        'docs/workflows/pr-check.yml',
        'docs/workflows/scheduled-redeploy.yml',
        'docs/workflows/monorepo.yml',
        'docs/workflows/use-outputs.yml'
      ])
    )
    expect(OWN_WORKFLOWS).toContain('.github/workflows/ci.yml')
  })

  it.each([...DOC_WORKFLOWS, ...OWN_WORKFLOWS])(
    '%s parses without errors and passes only inputs action.yml declares',
    async file => {
      const r = await checkWorkflow(file, read(file))
      expect(r.errors).toEqual([])
      expect(r.problems).toEqual([])
      if (file.startsWith('docs/')) expect(r.steps.length).toBeGreaterThan(0)
    }
  )

  it('the examples use the published action; the repository workflows use ./', async () => {
    for (const file of DOC_WORKFLOWS) {
      const r = await checkWorkflow(file, read(file))
      for (const s of r.steps) expect(`${file}: ${s.uses}`).toBe(`${file}: ${PUBLISHED}`)
    }
    const ci = await checkWorkflow('ci.yml', read('.github/workflows/ci.yml'))
    expect(ci.steps.every(s => s.uses === './')).toBe(true)
  })

  it('detects an input action.yml does not declare (the check can fail)', async () => {
    const good = read('docs/workflows/deploy.yml')
    const bad = good.replace(/( +)app-name: /, '$1bogus-input: yes\n$1app-name: ')
    expect(bad).not.toBe(good)
    const r = await checkWorkflow('deploy.yml', bad)
    expect(r.errors).toEqual([])
    expect(r.problems).toEqual([
      expect.stringContaining('input "bogus-input" is not in action.yml')
    ])
  })

  it('detects a misspelt output and a workflow GitHub would reject', async () => {
    const outputs = read('docs/workflows/use-outputs.yml').replace(
      'steps.mcp.outputs.endpoint',
      'steps.mcp.outputs.url'
    )
    expect((await checkWorkflow('use-outputs.yml', outputs)).problems).toEqual([
      expect.stringContaining('steps.mcp.outputs.url is not an output')
    ])
    const invalid = read('docs/workflows/pr-check.yml').replace('runs-on:', 'runs_on:')
    expect((await checkWorkflow('pr-check.yml', invalid)).errors.length).toBeGreaterThan(0)
  })
})

type Wf = {
  on: Record<string, unknown>
  permissions?: Record<string, string>
  jobs: Record<
    string,
    {
      environment?: unknown
      strategy?: { matrix?: { include?: Array<Record<string, string>> } }
      steps: Array<{ uses?: string; with?: Record<string, unknown>; run?: string }>
    }
  >
}
const wf = (file: string) => parseYaml(read(file)) as Wf
const ourStep = (w: Wf) =>
  Object.values(w.jobs)
    .flatMap(j => j.steps)
    .find(s => s.uses && isThisAction(s.uses))!

describe('each use has the trigger, the permissions and the inputs it needs', () => {
  it('deploy: push to main + manual, OIDC permissions, no azure/login, the federated subject', () => {
    const w = wf('docs/workflows/deploy.yml')
    expect(w.on.push).toEqual({ branches: ['main'] })
    expect(w.on).toHaveProperty('workflow_dispatch')
    expect(w.permissions).toEqual({ 'id-token': 'write', contents: 'read' })
    expect(read('docs/workflows/deploy.yml')).not.toMatch(/uses:\s*azure\/login/)
    expect(Object.keys(ourStep(w).with ?? {})).toEqual(
      expect.arrayContaining(['app-name', 'client-id', 'tenant-id', 'subscription-id'])
    )
    expect(read('docs/workflows/deploy.yml')).toContain('repo:<owner>/<repo>:ref:refs/heads/main')
    expect(read('docs/workflows/deploy.yml')).toContain('repo:<owner>/<repo>:environment:')
  })

  it('pr-check: pull_request, pull-requests: write, mode left to auto (check)', () => {
    const w = wf('docs/workflows/pr-check.yml')
    expect(Object.keys(w.on)).toEqual(['pull_request'])
    expect(w.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' })
    const mode = ourStep(w).with?.mode
    expect(mode === undefined || mode === 'check').toBe(true)
    expect(w.permissions).not.toHaveProperty('id-token')
  })

  it('pr-check-target: pull_request_target, check explicitly, head commit without credentials, nothing else runs', () => {
    const w = wf('docs/workflows/pr-check-target.yml')
    expect(Object.keys(w.on)).toEqual(['pull_request_target'])
    expect(w.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' })
    const steps = Object.values(w.jobs).flatMap(j => j.steps)
    expect(steps.map(s => s.uses)).toEqual(['actions/checkout@v7', PUBLISHED])
    expect(steps[0].with).toEqual({
      ref: '${{ github.event.pull_request.head.sha }}',
      'persist-credentials': false
    })
    expect(ourStep(w).with?.mode).toBe('check')
    for (const j of Object.values(w.jobs)) expect(j.environment).toBeUndefined()
    const text = read('docs/workflows/pr-check-target.yml').replace(/^\s*#.*$/gm, '')
    expect(text).not.toMatch(/secrets\.|AZURE_|id-token|run:/)
  })

  it('scheduled-redeploy: schedule + manual, skip-unchanged, reports deployed', () => {
    const w = wf('docs/workflows/scheduled-redeploy.yml')
    expect(w.on.schedule).toEqual([{ cron: expect.any(String) }])
    expect(w.on).toHaveProperty('workflow_dispatch')
    expect(w.permissions).toEqual({ 'id-token': 'write', contents: 'read' })
    expect(ourStep(w).with?.['skip-unchanged']).toBe(true)
    expect(read('docs/workflows/scheduled-redeploy.yml')).toContain('steps.mcp.outputs.deployed')
  })

  it('monorepo: a matrix over path and app-name, both passed to the action', () => {
    const w = wf('docs/workflows/monorepo.yml')
    const job = Object.values(w.jobs)[0]
    const include = job.strategy?.matrix?.include ?? []
    expect(include.length).toBeGreaterThan(1)
    for (const row of include) expect(Object.keys(row).sort()).toEqual(['app-name', 'path'])
    expect(ourStep(w).with).toMatchObject({
      path: '${{ matrix.path }}',
      'app-name': '${{ matrix.app-name }}'
    })
  })

  it('use-outputs: endpoint, key (through env) and mcp-config are used in later steps', () => {
    const text = read('docs/workflows/use-outputs.yml')
    for (const o of ['endpoint', 'key', 'mcp-config', 'tools', 'package-path']) {
      expect(text).toContain(`steps.mcp.outputs.${o}`)
    }
    // the key never appears inside a script, only through env
    const w = wf('docs/workflows/use-outputs.yml')
    for (const s of Object.values(w.jobs).flatMap(j => j.steps)) {
      expect(s.run ?? '').not.toContain('outputs.key')
    }
  })

  it('ci: tests, dist freshness, lint, and the action on the examples in check mode', () => {
    const w = wf('.github/workflows/ci.yml')
    const runs = Object.values(w.jobs)
      .flatMap(j => j.steps)
      .map(s => s.run ?? '')
      .join('\n')
    for (const cmd of [
      'npm ci',
      'npm test',
      'npm run build',
      'git diff --exit-code',
      'npm run lint'
    ]) {
      expect(runs).toContain(cmd)
    }
    const check = Object.values(w.jobs).find(j =>
      j.steps.some(s => s.uses === './' && s.with?.mode === 'check')
    )!
    expect(check.strategy?.matrix?.include).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'examples/weather-node' }),
        expect.objectContaining({ path: 'examples/weather-python' }),
        expect.objectContaining({ path: 'examples/original-recipe', 'fail-on': 'never' })
      ])
    )
  })
})

describe('README.md', () => {
  const readme = read('README.md')

  it('includes every docs/workflows file, word for word', () => {
    expect(includedWorkflows(readme).sort()).toEqual(expect.arrayContaining(DOC_WORKFLOWS))
    expect(renderWorkflows(readme, read)).toBe(readme)
    // and the check can fail: an edited file is noticed
    const edited = (f: string) =>
      f === 'docs/workflows/deploy.yml' ? read(f) + '# more\n' : read(f)
    expect(renderWorkflows(readme, edited)).not.toBe(readme)
  })

  it('every yaml snippet passes only declared inputs to this action', () => {
    const blocks = [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map(m => m[1])
    expect(blocks.length).toBeGreaterThan(DOC_WORKFLOWS.length)
    const bad: string[] = []
    let seen = 0
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(walk)
      if (!v || typeof v !== 'object') return
      const o = v as Record<string, unknown>
      if (typeof o.uses === 'string' && isThisAction(o.uses)) {
        seen++
        for (const k of Object.keys((o.with as object) ?? {})) if (!INPUTS.has(k)) bad.push(k)
      }
      Object.values(o).forEach(walk)
    }
    for (const b of blocks) walk(parseYaml(b))
    expect(seen).toBeGreaterThan(DOC_WORKFLOWS.length)
    expect(bad).toEqual([])
  })

  it('every in-page link points at a heading', () => {
    const slug = (h: string) =>
      h
        .replace(/`/g, '')
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-')
    const body = readme.replace(/```[\s\S]*?```/g, '')
    const anchors = new Set([...body.matchAll(/^#{1,6} (.+)$/gm)].map(m => slug(m[1])))
    const links = [...body.matchAll(/\]\(#([^)]+)\)/g)].map(m => m[1])
    expect(links.length).toBeGreaterThan(5)
    expect(links.filter(l => !anchors.has(l))).toEqual([])
  })
})
