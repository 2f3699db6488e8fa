/**
 * docs/rules.md has one `### \`rule-id\`` entry for every rule id the source can report, and the
 * link each finding carries (ruleAnchor) lands on it. The ids are collected from the source text:
 * a doc check, not product code.
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { ruleAnchor } from '../../src/report/findings.js'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..')

/** The rule families; more are picked up from `rule: 'family/…'` in the source. */
const FAMILIES = [
  'host-json',
  'function-json',
  'local-settings',
  'funcignore',
  'project',
  'python-deps',
  'python-code',
  'node-deps',
  'node-code',
  'package',
  'deploy'
]

interface SourceFile {
  file: string
  text: string
}

function sourceFiles(dir: string): SourceFile[] {
  const out: SourceFile[] = []
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) out.push(...sourceFiles(p))
    else if (/\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name)) {
      out.push({ file: path.relative(root, p), text: fs.readFileSync(p, 'utf8') })
    }
  }
  return out
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const KEBAB = /^[a-z0-9][a-z0-9-]*$/

/** The kebab-case string literals in a call's first argument (a literal or a ternary of them). */
function firstArgLiterals(text: string, callee: string): string[] {
  const out: string[] = []
  const call = new RegExp(
    `(?<![\\w.])(?:this\\.)?${esc(callee)}\\(\\s*((?:'[^'\\n]*'|"[^"\\n]*"|[^,'"()])*)`,
    'g'
  )
  for (const m of text.matchAll(call)) {
    for (const s of m[1].matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)) {
      const v = s[1] ?? s[2]
      if (KEBAB.test(v)) out.push(v)
    }
  }
  return out
}

/**
 * Every rule id in the source, with the files it appears in:
 * - quoted literals `'family/name'` (in `rule:` fields, helpers' arguments, comparisons);
 * - templates `` `family/${x}` `` inside a helper whose parameter is x: the helper's calls
 *   in that file (and the calls of parameters typed with the helper's type alias) give the names.
 */
export function collectRuleIds(files: SourceFile[]): Map<string, Set<string>> {
  const families = new Set(FAMILIES)
  for (const { text } of files) {
    for (const m of text.matchAll(/rule:\s*['"`]([a-z][a-z0-9-]*)\//g)) families.add(m[1])
  }
  const fam = [...families].map(esc).join('|')
  const ids = new Map<string, Set<string>>()
  const add = (id: string, file: string) => {
    if (!ids.has(id)) ids.set(id, new Set())
    ids.get(id)!.add(file)
  }
  for (const { file, text } of files) {
    for (const m of text.matchAll(new RegExp(`(['"\`])((?:${fam})/[a-z0-9][a-z0-9-]*)\\1`, 'g'))) {
      add(m[2], file)
    }
    for (const m of text.matchAll(new RegExp(`\`(${fam})/\\$\\{(\\w+)\\}\``, 'g'))) {
      const [, family, param] = m
      const before = text.slice(0, m.index)
      const helpers = new Set<string>()
      // the nearest function-like declaration with `param` as its first parameter
      const decl = new RegExp(
        `(?:(?:const|let|function)\\s+(\\w+)\\s*=?\\s*(?:async\\s*)?|(?:private|public|protected)?\\s*(\\w+))\\(\\s*${esc(param)}\\s*[:,)]`,
        'g'
      )
      let last: RegExpMatchArray | undefined
      for (const d of before.matchAll(decl)) last = d
      if (last) helpers.add(last[1] ?? last[2])
      // type aliases with the same shape: `type Emit = (rule: string, …) => void`, and params typed with them
      for (const t of text.matchAll(
        new RegExp(`type\\s+(\\w+)\\s*=\\s*\\(\\s*${esc(param)}\\s*:\\s*string`, 'g')
      )) {
        for (const p of text.matchAll(new RegExp(`(\\w+)\\s*:\\s*${esc(t[1])}\\b`, 'g')))
          helpers.add(p[1])
      }
      for (const h of helpers)
        for (const name of firstArgLiterals(text, h)) add(`${family}/${name}`, file)
    }
  }
  return ids
}

/** GitHub's heading slug: lower case, punctuation other than - and _ removed, spaces to -. */
export function githubSlug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-')
}

/** The rule ids documented in rules.md: `### \`id\`` headings. */
export function documentedRules(markdown: string): string[] {
  return [...markdown.matchAll(/^### `([^`]+)`\s*$/gm)].map(m => m[1])
}

const RULES_MD = fs.readFileSync(path.join(root, 'docs', 'rules.md'), 'utf8')
const IDS = collectRuleIds(sourceFiles(path.join(root, 'src')))

describe('docs/rules.md', () => {
  it('finds the rule ids in the source', () => {
    expect(IDS.size).toBeGreaterThan(20)
    for (const id of ['host-json/proxy-misspelled', 'host-json/version', 'function-json/missing']) {
      expect([...IDS.keys()]).toContain(id)
    }
  })

  it('has an entry for every rule id in src/', () => {
    const documented = new Set(documentedRules(RULES_MD))
    const missing = [...IDS.keys()]
      .filter(id => !documented.has(id))
      .map(id => `${id} (${[...IDS.get(id)!].join(', ')})`)
    expect(missing).toEqual([])
  })

  it('has no entry for a rule the source no longer reports, and none twice', () => {
    const documented = documentedRules(RULES_MD)
    expect(documented.filter(id => !IDS.has(id))).toEqual([])
    expect(documented.filter((id, i) => documented.indexOf(id) !== i)).toEqual([])
  })

  it("each finding's link (ruleAnchor) lands on the rule's heading", () => {
    const anchors = new Set(
      [...RULES_MD.matchAll(/^#{1,6} (.+)$/gm)].map(m => '#' + githubSlug(m[1]))
    )
    for (const id of IDS.keys())
      expect(`${id} → ${ruleAnchor(id)}`).toBe(`${id} → ${'#' + githubSlug(`\`${id}\``)}`)
    expect([...IDS.keys()].filter(id => !anchors.has(ruleAnchor(id)))).toEqual([])
  })

  it('no two headings share a slug (GitHub would suffix the second with -1)', () => {
    const slugs = [...RULES_MD.matchAll(/^#{1,6} (.+)$/gm)].map(m => githubSlug(m[1]))
    expect(slugs.filter((s, i) => slugs.indexOf(s) !== i)).toEqual([])
  })

  it('every in-page link of rules.md points at a heading', () => {
    const anchors = new Set([...RULES_MD.matchAll(/^#{1,6} (.+)$/gm)].map(m => githubSlug(m[1])))
    const links = [...RULES_MD.matchAll(/\]\(#([^)]+)\)/g)].map(m => m[1])
    expect(links.length).toBeGreaterThan(5)
    expect(links.filter(l => !anchors.has(l))).toEqual([])
  })

  it('every entry says what it catches, why it matters and the fix', () => {
    const sections = RULES_MD.split(/^(?=### `)/m).slice(1)
    const thin = sections
      .filter(
        s =>
          !(
            /\*\*What it catches\*\*/.test(s) &&
            /\*\*Why it matters\*\*/.test(s) &&
            /\*\*Fix\*\*/.test(s)
          )
      )
      .map(s => s.split('\n')[0])
    expect(thin).toEqual([])
  })

  it('the checks can fail: an undocumented rule and a helper-made id are noticed', () => {
    const src: SourceFile[] = [
      {
        file: 'x.ts',
        text: [
          "out.push({ rule: 'host-json/not-a-real-rule' })",
          'const add = (rule: string, severity: string) => out.push({ rule: `node-code/${rule}`, severity })',
          "add(\n  cond ? 'made-up-one' : 'made-up-two',\n  'error')"
        ].join('\n')
      },
      {
        file: 'y.ts',
        text: [
          'type Emit = (rule: string, sev: string) => void',
          'const f = (rule: string) => ({ rule: `python-deps/${rule}` })',
          "function g(e: Emit) { e('emitted', 'notice') }"
        ].join('\n')
      }
    ]
    const ids = [...collectRuleIds(src).keys()].sort()
    expect(ids).toEqual([
      'host-json/not-a-real-rule',
      'node-code/made-up-one',
      'node-code/made-up-two',
      'python-deps/emitted'
    ])
    const documented = new Set(documentedRules(RULES_MD))
    expect(ids.filter(id => !documented.has(id))).toEqual(ids)
  })
})
