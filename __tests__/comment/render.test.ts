import { describe, expect, it } from '@jest/globals'
import { renderComment, commentMarker, MAX_COMMENT_CHARS } from '../../src/report/comment.js'
import {
  escapeMarkdown,
  codeFence,
  inlineCode,
  normalizeMarkerPath
} from '../../src/report/comment-render.js'
import { EMPTY_PLAN, SHA, finding, prRef } from './helpers.js'

const pr = prRef('https://api.github.example')
const render = (over: Partial<Parameters<typeof renderComment>[0]> = {}) =>
  renderComment({ pr, path: 'server', findings: [finding()], plan: EMPTY_PLAN, ...over })

/** The table rows of a body (lines that start with `| ` after the header separator). */
function rows(body: string): string[] {
  const lines = body.split('\n')
  const sep = lines.indexOf('| --- | --- | --- | --- |')
  expect(sep).toBeGreaterThan(0)
  const out: string[] = []
  for (const l of lines.slice(sep + 1)) {
    if (!l.startsWith('| ')) break
    out.push(l)
  }
  return out
}
const cellBreaks = (row: string) => (row.match(/(?<!\\)\|/g) ?? []).length

describe('the hidden marker', () => {
  it('names the action and the path; spellings of one folder agree', () => {
    expect(commentMarker('server')).toBe('<!-- mcp-functions-deploy:check path=server -->')
    for (const p of ['./server', 'server/', './server/', 'server//', '.\\server'])
      expect(commentMarker(p)).toBe(commentMarker('server'))
    expect(commentMarker('')).toBe(commentMarker('.'))
    expect(commentMarker('./')).toBe(commentMarker('.'))
    expect(normalizeMarkerPath('./a/./')).toBe('a')
  })

  it('is distinct per path and never a prefix match of another path', () => {
    expect(commentMarker('a')).not.toBe(commentMarker('b'))
    expect(commentMarker('a/b').includes(commentMarker('a'))).toBe(false)
    expect(commentMarker('a-b').includes(commentMarker('a'))).toBe(false)
  })

  it('cannot be closed early by a path', () => {
    const m = commentMarker('evil --> <script>')
    expect(m.indexOf('-->')).toBe(m.length - 3)
    expect(m).not.toContain('<script>')
  })

  it('opens the body', () => {
    expect(render().split('\n')[0]).toBe(commentMarker('server'))
    expect(render({ findings: [] }).split('\n')[0]).toBe(commentMarker('server'))
  })
})

describe('renderComment', () => {
  it('has a count line and one row per finding, errors first', () => {
    const body = render({
      findings: [
        finding({ severity: 'notice', rule: 'deps/pin', line: 2 }),
        finding({ severity: 'warning', rule: 'code/bind', line: 5 }),
        finding({ severity: 'error', rule: 'host/x', line: 9 }),
        finding({ severity: 'warning', rule: 'code/other', line: 6 })
      ]
    })
    expect(body).toContain('**4 findings** (1 error, 2 warnings, 1 notice)')
    const r = rows(body)
    expect(r).toHaveLength(4)
    expect(r[0]).toContain('`host/x`')
    expect(r[0]).toContain('error')
    expect(r[3]).toContain('notice')
    expect(body).toContain(
      `[\`${SHA.slice(0, 7)}\`](https://github.example/octo/shop/commit/${SHA})`
    )
  })

  it('links file:line to the file at the head commit', () => {
    const r = rows(render({ findings: [finding({ file: 'server/src/app.py', line: 14 })] }))
    expect(r[0]).toContain(
      `[server/src/app.py:14](https://github.example/octo/shop/blob/${SHA}/server/src/app.py#L14)`
    )
  })

  it('encodes awkward file names in the link and escapes them in the text', () => {
    const r = rows(render({ findings: [finding({ file: 'server/my app (v2)/a|b.py', line: 1 })] }))
    expect(r[0]).toContain(`/blob/${SHA}/server/my%20app%20%28v2%29/a%7Cb.py#L1)`)
    expect(cellBreaks(r[0])).toBe(5)
  })

  it('does not link a file that generate would create (it is not at the head commit)', () => {
    const body = render({
      findings: [finding({ file: 'server/host.json', line: 1 })],
      plan: { created: [{ file: 'server/host.json', content: '{}' }], changed: [] }
    })
    expect(rows(body)[0]).toContain('| server/host.json:1 |')
    expect(body).not.toContain(`/blob/${SHA}/`)
    expect(rows(body)[0]).toContain('docs/rules.md#hostmissing-route-prefix')
  })

  it('escapes pipes, HTML, markdown, mentions and issue references in messages', () => {
    const message =
      'a | b <img src=x onerror=alert(1)> **bold** [x](http://evil) `code` @alice #12\nnext line'
    const r = rows(render({ findings: [finding({ message, fix: 'do <this> | that' })] }))
    expect(r).toHaveLength(1)
    const row = r[0]
    expect(cellBreaks(row)).toBe(5)
    expect(row).not.toContain('<img')
    expect(row).toContain('&lt;img')
    expect(row).toContain('\\*\\*bold\\*\\*')
    expect(row).toContain('\\[x\\]\\(http://evil\\)')
    expect(row).not.toMatch(/@alice/)
    expect(row).toContain('@&#8203;alice')
    expect(row).not.toMatch(/#12/)
    expect(row).toContain('<br>next line')
    expect(row).toContain('do &lt;this&gt; \\| that')
  })

  it('shows the suggested files and the diffs in collapsible sections, fenced safely', () => {
    const body = render({
      plan: {
        created: [
          { file: 'server/host.json', content: '{\n  "version": "2.0"\n}\n' },
          { file: 'server/README.md', content: 'text\n```\nnot the end\n```\n</details>\n' }
        ],
        changed: [
          {
            file: 'server/requirements.txt',
            diff: '--- a/server/requirements.txt\n+++ b/server/requirements.txt\n@@ -1 +1 @@\n-mcp\n+mcp==2.3.0\n'
          }
        ]
      }
    })
    expect(body).toContain('<summary>2 new files that <code>generate</code> would write</summary>')
    expect(body).toContain('```json\n{\n  "version": "2.0"\n}\n```')
    expect(body).toContain('````markdown\ntext\n```\nnot the end\n```\n</details>\n````')
    expect(body).toContain('<summary>Changes to 1 existing file (unified diff)</summary>')
    expect(body).toContain('```diff\n--- a/server/requirements.txt')
    expect(body.match(/<details>/g)).toHaveLength(2)
    expect(body.match(/\n<\/details>/g)!.length).toBeGreaterThanOrEqual(2)
  })

  it('is "all clear" with the checked commit when nothing is left', () => {
    const body = render({ findings: [] })
    expect(body).toMatch(/All clear/)
    expect(body).toContain(SHA.slice(0, 7))
    expect(body).not.toContain('| Severity |')
    expect(body.length).toBeLessThan(600)
  })

  it('a huge findings list stays under the limit with a note', () => {
    const findings = Array.from({ length: 20000 }, (_, i) =>
      finding({ line: i + 1, message: `m${i} `.repeat(20) })
    )
    const body = render({ findings })
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    const shown = rows(body).length
    expect(shown).toBeGreaterThan(50)
    expect(shown).toBeLessThan(20000)
    expect(body).toContain(`${shown} of 20000 findings are shown`)
    expect(body).toContain('comment size limit')
    expect(body.trimEnd().endsWith('</sub>')).toBe(true)
  })

  it('cuts a huge diff at a line and says so; files that do not fit are counted', () => {
    const diff = Array.from({ length: 30000 }, (_, i) => `+line ${i}`).join('\n')
    const created = Array.from({ length: 40 }, (_, i) => ({
      file: `server/f${i}.txt`,
      content: 'x'.repeat(3000)
    }))
    const body = render({ plan: { created, changed: [{ file: 'server/big.txt', diff }] } })
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    expect(body).toMatch(/more lines? not shown \(comment size limit\)|1 diff not shown/)
    expect(body).toMatch(/suggested files? .*not shown here/)
    // every fence that opens is closed
    const fences = body.split('\n').filter(l => /^`{3,}/.test(l))
    expect(fences.length % 2).toBe(0)
  })

  it('a single gigantic message or file name cannot break the limit', () => {
    const body = render({
      findings: [
        finding({ message: 'y'.repeat(200000) }),
        finding({ file: `server/${'z'.repeat(100000)}.py` })
      ],
      plan: { created: [{ file: 'server/a.txt', content: 'q'.repeat(200000) }], changed: [] }
    })
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    expect(body.startsWith(commentMarker('server'))).toBe(true)
    expect(rows(body)[0]).toContain('yyy…')
  })
})

describe('escaping helpers', () => {
  it('escapeMarkdown keeps plain words and neutralises syntax', () => {
    expect(escapeMarkdown('plain words 123')).toBe('plain words 123')
    expect(escapeMarkdown('a|b')).toBe('a\\|b')
    expect(escapeMarkdown('x & y')).toBe('x &amp; y')
  })
  it('inlineCode and codeFence outgrow any backticks in the content', () => {
    expect(inlineCode('a`b')).toBe('``a`b``')
    expect(inlineCode('`x`')).toBe('`` `x` ``')
    expect(codeFence('````\n', 'md')).toBe('`````md\n````\n`````')
  })
})
