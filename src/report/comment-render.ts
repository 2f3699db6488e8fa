/**
 * The body of the sticky pull-request comment: pure functions, no I/O.
 *
 * Everything that comes from the repository (file names, messages, file contents, diffs) is
 * escaped before it reaches markdown: table cells get HTML and markdown escaping (pipes too),
 * mentions and issue references are defused, and code goes into fences longer than any
 * backtick run it contains. The body always stays under GitHub's comment size limit.
 */
import { posix } from 'node:path'
import { sortFindings } from '../project/types.js'
import type { CommentOptions } from './comment.js'
import { findingsCountLine, findingsTable, plural } from './findings-table.js'

/** GitHub rejects a comment body longer than this (in characters). */
export const MAX_COMMENT_CHARS = 65536
/** What we aim for: a margin for characters GitHub might count differently (CRLF, astral). */
export const COMMENT_BUDGET = MAX_COMMENT_CHARS - 1536

const ACTION = 'mcp-functions-deploy'

export type RenderInput = Pick<CommentOptions, 'pr' | 'path' | 'findings' | 'plan'>

/** `./server/` and `server` are the same server: one marker. */
export function normalizeMarkerPath(p: string): string {
  const s = p.trim().replace(/\\/g, '/')
  if (s === '') return '.'
  return posix.normalize(s).replace(/(.)\/+$/, '$1')
}

/**
 * The hidden line that names this action and the server folder. It cannot contain `-->`
 * (the path is percent-encoded except for `/`), and it ends with ` -->`, so `path=a` never
 * matches a comment for `path=a/b`.
 */
export function commentMarker(path: string): string {
  const p = encodeURIComponent(normalizeMarkerPath(path)).replace(/%2F/gi, '/')
  return `<!-- ${ACTION}:check path=${p} -->`
}

// The markdown and HTML escapes are the print door's (src/io/escape.ts), under the names this
// renderer has always used.
export {
  html as escapeHtml,
  mdText as escapeMarkdown,
  mdCode as inlineCode,
  mdBlock as codeFence
} from '../io/escape.js'
import { mdCode as inlineCode, mdBlock as codeFence } from '../io/escape.js'

function encodePath(file: string): string {
  return file
    .split('/')
    .map(seg =>
      encodeURIComponent(seg).replace(
        /[()']/g,
        c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
      )
    )
    .join('/')
}

function repoUrl(pr: RenderInput['pr']): string {
  return `${pr.serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(pr.owner)}/${encodeURIComponent(pr.repo)}`
}

/** The file at the head commit, at the line. */
export function fileLink(pr: RenderInput['pr'], file: string, line: number): string {
  const l = Number.isInteger(line) && line > 0 ? `#L${line}` : ''
  return `${repoUrl(pr)}/blob/${encodeURIComponent(pr.headSha)}/${encodePath(cleanFile(file))}${l}`
}

function commitLink(pr: RenderInput['pr']): string {
  const short = pr.headSha.slice(0, 7)
  return `[${inlineCode(short)}](${repoUrl(pr)}/commit/${encodeURIComponent(pr.headSha)})`
}

function cleanFile(file: string): string {
  return normalizeMarkerPath(file)
}

function fenceLang(file: string): string {
  const ext = /\.([A-Za-z0-9]+)$/.exec(file)?.[1]?.toLowerCase() ?? ''
  const map: Record<string, string> = {
    json: 'json',
    jsonc: 'jsonc',
    py: 'python',
    js: 'javascript',
    mjs: 'javascript',
    cjs: 'javascript',
    ts: 'typescript',
    toml: 'toml',
    yml: 'yaml',
    yaml: 'yaml',
    md: 'markdown',
    sh: 'bash',
    txt: 'text'
  }
  if (/(^|\/)\.funcignore$/.test(file)) return 'gitignore'
  return map[ext] ?? ''
}

/** Cut `text` to at most `max` characters at a line break, never inside a surrogate pair. */
function cutAtLine(text: string, max: number): { text: string; droppedLines: number } {
  if (text.length <= max) return { text, droppedLines: 0 }
  let cut = text.lastIndexOf('\n', max)
  if (cut <= 0) cut = max
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut--
  const kept = text.slice(0, cut)
  const droppedLines = text
    .slice(cut)
    .split('\n')
    .filter(l => l.length > 0).length
  return { text: kept, droppedLines }
}

interface Block {
  title: string
  lang: string
  content: string
}

/**
 * One `<details>` section, filled within `budget` characters. Entries that do not fit are cut
 * (at a line, with a note) or left out (counted in the returned `omitted`).
 */
function detailsSection(
  summary: string,
  blocks: Block[],
  budget: number
): { text: string; omitted: number } {
  const open = `<details>\n<summary>${summary}</summary>\n\n`
  const close = `\n</details>`
  let room = budget - open.length - close.length
  if (blocks.length === 0 || room < 200) return { text: '', omitted: blocks.length }
  const parts: string[] = []
  let omitted = 0
  for (const b of blocks) {
    const head = `${b.title}\n\n`
    const full = `${head}${codeFence(b.content, b.lang)}\n\n`
    if (full.length <= room) {
      parts.push(full)
      room -= full.length
      continue
    }
    const note = (n: number) => `_… ${plural(n, 'more line')} not shown (comment size limit)._\n\n`
    // fence overhead + the note; leave a little slack
    const overhead = head.length + codeFence('', b.lang).length + note(999999).length + 8
    if (room - overhead >= 200) {
      const cut = cutAtLine(b.content, room - overhead)
      const piece = `${head}${codeFence(cut.text, b.lang)}\n\n${note(cut.droppedLines)}`
      parts.push(piece)
      room -= piece.length
    } else {
      omitted++
    }
  }
  if (parts.length === 0) return { text: '', omitted: blocks.length }
  return { text: `${open}${parts.join('').replace(/\n+$/, '\n')}${close}`, omitted }
}

/** The comment body: pure, deterministic, at most COMMENT_BUDGET characters. */
export function renderComment(opts: RenderInput): string {
  const { pr, path } = opts
  const findings = sortFindings(opts.findings ?? [])
  const created = opts.plan?.created ?? []
  const changed = opts.plan?.changed ?? []
  const marker = commentMarker(path)
  const where = inlineCode(normalizeMarkerPath(path))

  if (findings.length === 0 && created.length === 0 && changed.length === 0) {
    return [
      marker,
      `### ✅ ${ACTION} check: ${where}`,
      '',
      `All clear: no findings at commit ${commitLink(pr)}. Earlier findings on this pull request are resolved.`
    ].join('\n')
  }

  const head = [
    marker,
    `### ${findings.some(f => f.severity === 'error') ? '❌' : '⚠️'} ${ACTION} check: ${where}`,
    '',
    `${findings.length > 0 ? findingsCountLine(findings) : '**No findings**'} at commit ${commitLink(pr)}.`
  ].join('\n')
  const advice = [
    created.length > 0 ? `Run ${inlineCode(`${ACTION} generate`)} to write the missing files.` : '',
    changed.length > 0 ? 'The diffs above show what to change in existing files.' : ''
  ]
    .filter(Boolean)
    .join(' ')
  const footer = `<sub>This comment is updated in place on every push to this pull request.${advice ? ` ${advice}` : ''}</sub>`

  // Reserve room for the notes that truncation may add.
  const reserve = 600
  let room = COMMENT_BUDGET - head.length - footer.length - reserve
  const sections: string[] = [head]

  if (findings.length > 0) {
    const missing = new Set(created.map(c => cleanFile(c.file)))
    // A file that is missing (generate would create it) has no page at the head commit.
    const link = (file: string, line: number) => {
      const f = cleanFile(file)
      return missing.has(f) || f === '.' ? undefined : fileLink(pr, f, line)
    }
    // The table may take the whole room, but keep some for the suggested files when it can.
    const tableRoom = Math.max(room - Math.min(4000, Math.floor(room / 4)), 1000)
    const table = findingsTable(
      findings.map(f => ({ ...f, file: cleanFile(f.file) })),
      { link, maxChars: tableRoom }
    )
    sections.push(table.text)
    room -= table.text.length + 2
    const shown = table.shown
    if (shown < findings.length) {
      const note =
        `> [!NOTE]\n> Shortened to stay under GitHub's comment size limit: ${shown} of ${findings.length} findings are shown ` +
        `(${plural(findings.length - shown, 'more')} not shown). Every finding is in the job summary and the check's log.`
      sections.push(note)
      room -= note.length + 2
    }
  }

  let omittedFiles = 0
  let omittedDiffs = 0
  if (created.length > 0) {
    const s = detailsSection(
      `${plural(created.length, 'new file')} that <code>generate</code> would write`,
      created.map(c => ({
        title: `New file ${inlineCode(cleanFile(c.file))}`,
        lang: fenceLang(c.file),
        content: c.content
      })),
      room
    )
    omittedFiles = s.omitted
    if (s.text) {
      sections.push(s.text)
      room -= s.text.length + 2
    }
  }
  if (changed.length > 0) {
    const s = detailsSection(
      `Changes to ${plural(changed.length, 'existing file')} (unified diff)`,
      changed.map(c => ({
        title: `Change to ${inlineCode(cleanFile(c.file))}`,
        lang: 'diff',
        content: c.diff
      })),
      room
    )
    omittedDiffs = s.omitted
    if (s.text) sections.push(s.text)
  }
  if (omittedFiles + omittedDiffs > 0) {
    const what = [
      omittedFiles > 0 ? plural(omittedFiles, 'suggested file') : '',
      omittedDiffs > 0 ? plural(omittedDiffs, 'diff') : ''
    ]
      .filter(Boolean)
      .join(' and ')
    sections.push(
      `> [!NOTE]\n> ${what} not shown here (comment size limit): run ${inlineCode(`${ACTION} generate`)} to see them.`
    )
  }
  sections.push(footer)
  let body = sections.join('\n\n')
  // Belt and braces: never exceed the limit, whatever the estimates above said.
  if (body.length > COMMENT_BUDGET) {
    const note = `\n\n_… shortened to stay under GitHub's comment size limit._`
    body = cutAtLine(body, COMMENT_BUDGET - note.length - 64).text + note
  }
  return body
}
