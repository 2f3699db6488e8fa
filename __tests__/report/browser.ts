/**
 * Markdown as GitHub shows it, in a real browser: micromark with the GFM extension turns it into
 * HTML (raw HTML kept, as GitHub keeps <details>, <summary>, <br>, <sub>, <code>), a page with
 * GitHub-like markdown styles shows it, Mermaid draws the ```mermaid blocks as GitHub does, and
 * headless Chromium (Debian's `chromium`, driven by puppeteer-core over a pipe: no port, no
 * download) loads it: a script in the page measures what a reader sees, then a screenshot.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { micromark } from 'micromark'
import puppeteer, { type Browser } from 'puppeteer-core'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { REPO } from '../helpers/fixture.js'

export interface PageCheck {
  /** Text a reader sees that looks like an escape: `&lt;`, `&amp;`, `&#8203;`… */
  entities: string[]
  /** Backticks a reader sees outside code blocks. */
  backticks: string[]
  /** Tables wider than the page (their width, the page's). */
  wideTables: Array<{ width: number; room: number; head: string }>
  tables: number
  /** Mermaid charts drawn as SVG, and the ones Mermaid could not parse. */
  charts: number
  chartErrors: string[]
  height: number
}

/** The Chromium binary: $CHROMIUM, else the first of Debian's and others' names on PATH. */
export function findChromium(): string | undefined {
  const names = [process.env.CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome'].filter(
    (n): n is string => !!n
  )
  for (const name of names) {
    if (path.isAbsolute(name)) {
      if (fs.existsSync(name)) return name
      continue
    }
    for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
      const p = path.join(dir, name)
      if (dir && fs.existsSync(p)) return p
    }
  }
  return undefined
}

const MERMAID = path.join(REPO, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js')

// Close to GitHub's markdown styles (font, tables that scroll rather than overflow, code spans).
const CSS = `
body { margin: 0; background: #f6f8fa; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI",
  "Noto Sans", Helvetica, Arial, sans-serif; font-size: 14px; line-height: 1.5; color: #1f2328; }
.frame { margin: 16px; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; }
.bar { padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d1d9e0;
  border-radius: 6px 6px 0 0; color: #59636e; }
.bar b { color: #1f2328; }
.markdown-body { padding: 16px 24px; overflow-wrap: break-word; }
.markdown-body > :first-child { margin-top: 0; }
h2 { font-size: 1.5em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0; margin: 24px 0 16px; }
h3 { font-size: 1.25em; margin: 24px 0 16px; }
p, table, pre, details, blockquote { margin: 0 0 16px; }
table { display: block; width: max-content; max-width: 100%; overflow: auto; border-spacing: 0;
  border-collapse: collapse; }
th, td { padding: 6px 13px; border: 1px solid #d1d9e0; }
th { font-weight: 600; }
tr:nth-child(2n) { background: #f6f8fa; }
code { padding: .2em .4em; font-size: 85%; white-space: break-spaces; background: #818b981f;
  border-radius: 6px; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { padding: 16px; overflow: auto; font-size: 85%; background: #f6f8fa; border-radius: 6px; }
pre code { padding: 0; background: transparent; white-space: pre; font-size: 100%; }
a { color: #0969da; text-decoration: none; }
blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
summary { cursor: pointer; }
sub { color: #59636e; }
.mermaid { margin: 0 0 16px; }
`

// Runs in the page: draws the charts, then measures what a reader would see.
const CHECK = `
async function check() {
  const out = { entities: [], backticks: [], wideTables: [], tables: 0, charts: 0, chartErrors: [] }
  const blocks = [...document.querySelectorAll('pre > code.language-mermaid')]
  for (const code of blocks) {
    const div = document.createElement('div')
    div.className = 'mermaid'
    div.textContent = code.textContent
    code.parentElement.replaceWith(div)
  }
  if (window.mermaid && blocks.length) {
    mermaid.initialize({ startOnLoad: false, theme: 'default', gantt: { useWidth: 900 } })
    for (const div of document.querySelectorAll('.mermaid')) {
      try { await mermaid.run({ nodes: [div] }) } catch (e) { out.chartErrors.push(String(e && e.message || e)) }
    }
    out.charts = document.querySelectorAll('.mermaid svg').length
    for (const div of document.querySelectorAll('.mermaid')) {
      if (/Syntax error|Parse error/i.test(div.textContent)) out.chartErrors.push(div.textContent.slice(0, 200))
    }
  }
  for (const d of document.querySelectorAll('details')) d.open = true
  const body = document.querySelector('.markdown-body')
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const inBlock = n.parentElement.closest('pre, .mermaid, svg')
    const t = n.textContent
    const ent = t.match(/&(?:[a-z]+|#\\d+|#x[0-9a-f]+);/gi)
    if (ent) out.entities.push(...ent)
    if (!inBlock && t.includes('\`')) out.backticks.push(t.trim().slice(0, 120))
  }
  const room = body.clientWidth - 48
  for (const t of body.querySelectorAll('table')) {
    out.tables++
    if (t.scrollWidth > t.clientWidth + 1 || t.getBoundingClientRect().right > body.getBoundingClientRect().right - 24 + 1)
      out.wideTables.push({ width: t.scrollWidth, room, head: t.rows[0].textContent.trim().slice(0, 80) })
  }
  out.height = Math.ceil(document.documentElement.scrollHeight)
  const pre = document.createElement('pre')
  pre.id = 'page-check'
  pre.textContent = JSON.stringify(out)
  document.body.appendChild(pre)
  pre.style.display = 'none'
}
window.addEventListener('load', () => { check() })
`

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
}

/** A page that shows `markdown` as GitHub would, in a box `width` pixels wide under a title bar. */
export function pageHtml(title: string, markdown: string, width: number): string {
  const body = micromark(markdown, {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
    allowDangerousHtml: true
  })
  const mermaid = fs.existsSync(MERMAID)
    ? `<script src="${new URL(`file://${MERMAID}`).href}"></script>`
    : ''
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${CSS}</style>${mermaid}<script>${CHECK}</script></head>
<body><div class="frame" style="width:${width}px"><div class="bar">${title}</div>
<article class="markdown-body">${body}</article></div></body></html>`
}

/** Debian's Chromium, headless, without a sandbox (as root in CI), on a pipe (no port). */
export function launchBrowser(bin: string): Promise<Browser> {
  return puppeteer.launch({
    executablePath: bin,
    headless: true,
    pipe: true,
    userDataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'mfd-chromium-')),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--hide-scrollbars',
      '--allow-file-access-from-files'
    ]
  })
}

/**
 * Opens `markdown` in a page of `browser`: what the page's check found, and a screenshot of the
 * whole page at `screenshot` (PNG).
 */
export async function openInBrowser(
  browser: Browser,
  title: string,
  markdown: string,
  opts: { width: number; screenshot: string }
): Promise<PageCheck> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mfd-page-'))
  const page = await browser.newPage()
  try {
    const file = path.join(dir, 'page.html')
    fs.writeFileSync(file, pageHtml(title, markdown, opts.width))
    await page.setViewport({ width: opts.width + 34, height: 600, deviceScaleFactor: 1 })
    await page.goto(new URL(`file://${file}`).href, { waitUntil: 'load' })
    await page.waitForSelector('#page-check', { timeout: 20000 })
    const json = await page.$eval('#page-check', el => el.textContent ?? '')
    await page.screenshot({ path: opts.screenshot as `${string}.png`, fullPage: true })
    return JSON.parse(json) as PageCheck
  } finally {
    await page.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
