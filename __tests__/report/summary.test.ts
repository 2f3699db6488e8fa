import { describe, expect, it } from '@jest/globals'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { UserError } from '../../src/errors.js'
import { findingsOutput, type Finding } from '../../src/project/types.js'
import { renderComment } from '../../src/report/comment-render.js'
import {
  SUMMARY_BUDGET_BYTES,
  boundedFindingsOutput,
  failureOf,
  generateSection,
  renderSummary
} from '../../src/report/summary.js'
import { Timeline } from '../../src/report/timeline.js'
import { FINDINGS, failingComment, failingDeploy, passingDeploy } from './samples.js'

/** GitHub-flavoured markdown to HTML, raw HTML allowed as GitHub allows it (sanitized there). */
const toHtml = (md: string) =>
  micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true })

/** What a reader sees: the text of the HTML, entities decoded once (as a browser does). */
function visibleText(htmlText: string): string {
  return htmlText
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x?[0-9a-f]+;/gi, ' ')
    .replace(/&amp;/g, '&')
}

describe('the job summary', () => {
  it('a failed deploy opens with the failure: headline, error, the log lines, the fix', () => {
    const md = renderSummary(failingDeploy())
    const lines = md.split('\n')
    expect(lines[0]).toBe('## ❌ MCP server deploy failed at install: `server`')
    const at = (s: string) => md.indexOf(s)
    expect(at('**Error:** pip install failed')).toBeGreaterThan(0)
    expect(at('ERROR: No matching distribution found for httpx-sse<0.5,>=0.4')).toBeGreaterThan(
      at('**Error:**')
    )
    expect(at('**Fix:** full pip log')).toBeGreaterThan(at('ERROR: No matching'))
    expect(at('**2 findings**')).toBeGreaterThan(at('**Fix:**'))
    expect(at('### Timeline')).toBeGreaterThan(at('**2 findings**'))
    expect(md).not.toContain('ready to be hosted')
  })

  it('a failure without findings does not say the server is ready', () => {
    const r = { ...failingDeploy(), findings: [] as Finding[] }
    expect(renderSummary(r)).toContain('No findings in the code and artifacts.')
    expect(renderSummary(r)).not.toContain('ready to be hosted')
  })

  it('a deploy that worked says so first, with its endpoint and tools', () => {
    const md = renderSummary(passingDeploy())
    expect(md.split('\n')[0]).toBe('## ✅ MCP server deployed: `server`')
    expect(md).toContain('Endpoint: `https://weather-mcp.azurewebsites.net/mcp`')
    expect(md).toContain('`get_alerts`')
  })

  it('code shows `<` as `<`, and no backtick of a message is left as text', () => {
    for (const md of [renderSummary(failingDeploy()), renderComment(failingComment())]) {
      const h = toHtml(md)
      expect(h).toContain('<code>mcp[cli]&gt;=1.8,&lt;2</code>')
      const text = visibleText(h)
      expect(text).not.toMatch(/&(lt|gt|amp|quot|#\d+);/)
      expect(text).not.toContain('`')
    }
  })

  it('findings are a four-column table, messages with the fix under them', () => {
    const md = renderSummary(failingDeploy())
    expect(md).toContain('| Severity | Rule | Where | Message |\n| --- | --- | --- | --- |')
    const h = toHtml(md)
    const table = /<table>[\s\S]*?<\/table>/.exec(h)?.[0] ?? ''
    expect(table.match(/<th>/g)).toHaveLength(4)
    // the pipe in a fix does not split its cell
    expect(toHtml(renderComment(failingComment()))).toContain('| keep the value')
  })

  it('the generate section names files as code inside <summary>, without backticks', () => {
    const md = generateSection(['server/host.json'], 'classic', [
      { file: 'server/host.json', why: ['a <setting> & more'], diff: '-a\n+b' }
    ])
    expect(md).toContain(
      '<summary><code>server/host.json</code>: a &lt;setting&gt; &amp; more</summary>'
    )
    expect(visibleText(toHtml(md))).not.toContain('`')
  })

  it('stays under 1 MiB, however many findings, and says it was cut', () => {
    const many: Finding[] = Array.from({ length: 6000 }, (_, i) => ({
      ...FINDINGS[0],
      file: `server/pkg${i}/requirements.txt`,
      message: `${FINDINGS[0].message} ${'x'.repeat(200)}`
    }))
    const md = renderSummary({ ...failingDeploy(), findings: many })
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES)
    expect(md).toMatch(/\d+ of 6000 findings are shown/)
    expect(md.split('\n')[0]).toMatch(/^## ❌/)
    // a huge section after the findings is cut at a line, its fence closed, with a note
    const huge = { ...passingDeploy(), sections: ['```text\n' + 'line\n'.repeat(300000) + '```'] }
    const cut = renderSummary(huge)
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES)
    expect(cut).toContain("cut to stay under GitHub's 1 MiB limit")
    expect((cut.match(/^```/gm) ?? []).length % 2).toBe(0)
  })
})

describe('the findings output', () => {
  it('is cut to its limit, keeping whole findings', () => {
    const many = Array.from({ length: 500 }, () => FINDINGS[0])
    const full = findingsOutput(many)
    const { json, kept } = boundedFindingsOutput(many, 20000)
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(20000)
    expect(kept).toBeLessThan(500)
    expect(JSON.parse(json)).toHaveLength(kept)
    expect(boundedFindingsOutput(many, full.length).json).toBe(full)
  })
})

describe('failureOf', () => {
  it('takes the step and cause lines a phase handed over', () => {
    const err = new UserError('npm ci failed (exit code 1)', 'full npm log: /tmp/x', {
      causeLines: ['npm error code E404', '', 'npm error 404 Not Found'],
      step: 'install'
    })
    expect(failureOf(err)).toEqual({
      step: 'install',
      message: 'npm ci failed (exit code 1)',
      causeLines: ['npm error code E404', 'npm error 404 Not Found'],
      fix: 'full npm log: /tmp/x'
    })
  })

  it('otherwise names the innermost phase that failed', async () => {
    const t = new Timeline()
    await expect(
      t.run(() =>
        t.mark('deploy', async () => {
          const { phase } = await import('../../src/report/timeline.js')
          await phase('upload', async () => {
            throw new Error('socket hang up')
          })
        })
      )
    ).rejects.toThrow('socket hang up')
    expect(failureOf(new Error('socket hang up'), t)).toMatchObject({
      step: 'upload',
      message: 'socket hang up',
      causeLines: []
    })
  })
})

describe('failureOf outside any phase', () => {
  it('names the inputs before the first phase, else the last step that ran', async () => {
    const t = new Timeline()
    expect(failureOf(new Error('bad path'), t).step).toBe('inputs')
    await t.run(() => t.mark('package', async () => undefined))
    expect(failureOf(new Error('EACCES'), t).step).toBe('package')
  })
})
