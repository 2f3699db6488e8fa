/**
 * What a release needs, checked where it can drift: the license, the Marketplace's limit on the
 * description, the version against the changelog, dist/ marked as generated, the release and
 * Dependabot set-up, the issue templates, and one major version of each action everywhere the
 * repository names it (Dependabot bumps .github/workflows; docs and README must follow).
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { REPO } from '../helpers/fixture.js'

const read = (rel: string) => fs.readFileSync(path.join(REPO, rel), 'utf8')
const yml = (rel: string) => parse(read(rel))
const pkg = JSON.parse(read('package.json'))

/** The oldest major of each action the repository may name (the current ones when released). */
const CURRENT_MAJOR: Record<string, number> = {
  'actions/checkout': 7,
  'actions/setup-node': 7,
  'actions/upload-artifact': 7,
  'azure/login': 3,
  'github/codeql-action': 4
}

/** Every `uses: owner/name[/path]@vN` in the files, as [file, action, major]. */
function actionRefs(files: Record<string, string>): [string, string, number][] {
  const refs: [string, string, number][] = []
  for (const [file, text] of Object.entries(files))
    for (const m of text.matchAll(/uses:\s*['"]?([\w.-]+\/[\w.-]+)(?:\/[\w./-]+)?@v(\d+)\b/g))
      refs.push([file, m[1], Number(m[2])])
  return refs
}

describe('releasable', () => {
  it('LICENSE is the MIT license package.json names', () => {
    expect(pkg.license).toBe('MIT')
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /)
    expect(read('LICENSE')).toContain('THE SOFTWARE IS PROVIDED "AS IS"')
  })

  it("action.yml's description fits the Marketplace (under 125 characters)", () => {
    const action = yml('action.yml')
    expect(action.description.length).toBeLessThan(125)
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) })
  })

  it('package.json is at a version the changelog describes, and publishable', () => {
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(read('CHANGELOG.md')).toContain(`\n## [${pkg.version}]`)
    expect(pkg.private).toBeUndefined()
    expect(pkg.dependencies ?? {}).toEqual({})
    expect(pkg.files).toEqual(expect.arrayContaining(['dist/', 'action.yml', 'LICENSE']))
  })

  it('git treats dist/ as generated', () => {
    const out = execFileSync('git', ['check-attr', 'linguist-generated', '--', 'dist/index.js'], {
      cwd: REPO,
      encoding: 'utf8'
    })
    expect(out.trim()).toBe('dist/index.js: linguist-generated: true')
  })

  it('a published release is verified, then moves its major tag', () => {
    const wf = yml('.github/workflows/release.yml')
    expect(wf.on.release.types).toEqual(['published'])
    expect(wf.permissions).toEqual({ contents: 'read' })
    const verify = wf.jobs.verify.steps.map((s: { run?: string }) => s.run ?? '').join('\n')
    expect(verify).toContain('npm run build')
    expect(verify).toContain('git diff --exit-code')
    expect(verify).toContain('require("./package.json").version')
    const move = wf.jobs['move-major-tag']
    expect(move.needs).toBe('verify')
    expect(move.permissions).toEqual({ contents: 'write' })
    expect(move.if).toContain("needs.verify.outputs.stable == 'true'")
    expect(move.steps.at(-1).run).toMatch(/git tag --force "\$MAJOR"[\s\S]*git push --force/)
  })

  it('Dependabot updates npm and GitHub Actions; CodeQL scans the code and the workflows', () => {
    const ecosystems = yml('.github/dependabot.yml').updates.map(
      (u: { 'package-ecosystem': string }) => u['package-ecosystem']
    )
    expect(ecosystems).toEqual(expect.arrayContaining(['npm', 'github-actions']))
    const codeql = yml('.github/workflows/codeql.yml')
    expect(codeql.jobs.analyze.strategy.matrix.language).toEqual([
      'javascript-typescript',
      'actions'
    ])
  })

  it('issue templates: a bug asks for the log and the summary, a false finding for the rule id', () => {
    const ids = (f: string) =>
      yml(`.github/ISSUE_TEMPLATE/${f}`).body.filter((b: { id?: string }) => b.id)
    const bug = ids('bug.yml')
    expect(bug.map((b: { id: string }) => b.id)).toEqual(
      expect.arrayContaining(['version', 'log', 'summary'])
    )
    const rule = ids('false-finding.yml').find((b: { id: string }) => b.id === 'rule')
    expect(rule.validations.required).toBe(true)
  })

  it('SECURITY.md and CONTRIBUTING.md (the two set-up commands, dist/, rules)', () => {
    expect(read('SECURITY.md')).toContain('/security/advisories/new')
    const contributing = read('CONTRIBUTING.md')
    for (const s of ['npm ci && npm start', 'npm test', 'npm run build', 'docs/rules.md'])
      expect([s, contributing.includes(s)]).toEqual([s, true])
  })
})

describe('the actions the repository names', () => {
  const dirs = ['docs/workflows', '.github/workflows']
  const files: Record<string, string> = { 'README.md': read('README.md') }
  for (const dir of dirs)
    for (const f of fs.readdirSync(path.join(REPO, dir)))
      if (/\.ya?ml$/.test(f)) files[`${dir}/${f}`] = read(`${dir}/${f}`)
  const refs = actionRefs(files).filter(([, action]) => !action.startsWith('mcp-functions-deploy/'))

  it('are at one major version each, at least the current one', () => {
    expect(refs.length).toBeGreaterThan(10)
    const majors = new Map<string, Set<number>>()
    for (const [, action, major] of refs)
      majors.set(action, (majors.get(action) ?? new Set()).add(major))
    for (const [action, set] of majors) expect([action, [...set]]).toEqual([action, [[...set][0]]])
    for (const [file, action, major] of refs)
      if (action in CURRENT_MAJOR)
        expect([file, action, major >= CURRENT_MAJOR[action]]).toEqual([file, action, true])
  })

  it('the check can fail: an older major next to a newer one is noticed', () => {
    const mixed = actionRefs({
      a: '- uses: actions/checkout@v7\n',
      b: '    - uses: "actions/checkout@v5"\n      uses: github/codeql-action/init@v4'
    })
    expect(mixed).toEqual([
      ['a', 'actions/checkout', 7],
      ['b', 'actions/checkout', 5],
      ['b', 'github/codeql-action', 4]
    ])
  })
})
