/**
 * The findings table, one renderer for the job summary and the pull-request comment: four
 * columns (severity, rule, where, message with its fix under it), so it fits a page.
 *
 * Messages and fixes are ours, with `backticks` around code that may hold repository text: the
 * code becomes a code element, everything else escaped text (as mdMessage does it). In a cell,
 * code and paths may wrap after punctuation (`<wbr>`, which GitHub keeps): a long identifier or
 * path would otherwise widen the table past the page and hide the message column's end.
 */
import { mdCode, mdText } from '../io/escape.js'
import type { Finding, Severity } from '../project/types.js'
import { ruleLink } from './findings.js'

const SEVERITY_LABEL: Record<Severity, string> = {
  error: '🔴 error',
  warning: '🟡 warning',
  notice: '🔵 notice'
}

export const FINDINGS_TABLE_HEAD =
  '| Severity | Rule | Where | Message |\n| --- | --- | --- | --- |'

export interface FindingsTableOptions {
  /** A link for a file at a line (the comment's blob links), or undefined for none. */
  link?: (file: string, line: number) => string | undefined
  /** At most this many characters for the whole table (rows that do not fit are left out). */
  maxChars?: number
}

export interface FindingsTable {
  text: string
  /** How many findings have a row (the rest did not fit in maxChars). */
  shown: number
}

/** At most `max` characters (not splitting a surrogate pair), with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max - 1
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--
  // an odd backtick count after the cut would turn the rest into text: fine, mdMessage copes
  return `${text.slice(0, end)}…`
}

/** Break opportunities after punctuation in escaped text (never inside an entity or a tag). */
function wrappable(escaped: string): string {
  return escaped.replace(/([./,=:_-])(?=[^\s<])/g, '$1<wbr>')
}

/**
 * Code in a table cell: a code span when short; when long, a `<code>` element whose content is escaped markdown text (markdown is
 * still parsed between HTML tags), so it shows literally, may wrap, and never splits the cell.
 */
export function cellCode(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ')
  // a short one fits anyway: a plain code span
  if (flat.length <= LONG_CODE) return mdCode(flat, true)
  return `<code>${wrappable(mdText(flat))}</code>`
}

/** Code longer than this may wrap in a cell. */
const LONG_CODE = 24

/** One of our messages in a cell: `backticks` become code, the rest escaped text. */
export function cellMessage(text: string): string {
  const parts = text.split('`')
  // an odd count of backticks leaves the last one unpaired: it stays text
  const pairs = parts.length % 2 === 1 ? parts.length : parts.length - 1
  let out = ''
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 1 && i < pairs) out += cellCode(parts[i])
    else out += mdText(i % 2 === 1 ? '`' + parts[i] : parts[i])
  }
  return out
}

/** One row: severity, rule (linked to its doc), where (linked when `link` gives a URL), message + fix. */
export function findingRow(f: Finding, link?: FindingsTableOptions['link']): string {
  const where = `${f.file}:${f.line}`
  const url = link?.(f.file, f.line)
  const place = url ? `[${mdText(where)}](${url})` : mdText(where)
  const rule = /^[\w./-]+$/.test(f.rule)
    ? `[${mdCode(f.rule, true)}](${ruleLink(f.rule)})`
    : mdText(f.rule)
  const fix = f.fix?.trim() ? `<br>**Fix:** ${cellMessage(clip(f.fix.trim(), 600))}` : ''
  const label = SEVERITY_LABEL[f.severity] ?? mdText(String(f.severity))
  return `| ${label} | ${rule} | ${place} | ${cellMessage(clip(f.message, 1500))}${fix} |`
}

/** The table of `findings` (in the order given); empty text for none. */
export function findingsTable(
  findings: Finding[],
  options: FindingsTableOptions = {}
): FindingsTable {
  if (findings.length === 0) return { text: '', shown: 0 }
  const max = options.maxChars ?? Infinity
  const rows: string[] = []
  let used = FINDINGS_TABLE_HEAD.length + 1
  for (const f of findings) {
    const row = findingRow(f, options.link)
    if (used + row.length + 1 > max) {
      // one oversized row (an absurd file name) must not hide the rest
      if (row.length > 4000) continue
      break
    }
    rows.push(row)
    used += row.length + 1
  }
  return { text: `${FINDINGS_TABLE_HEAD}\n${rows.join('\n')}`, shown: rows.length }
}

/** `1 error`, `2 errors`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** `**3 findings** (1 error, 2 warnings)`: only the severities there are (summary and comment). */
export function findingsCountLine(findings: Finding[]): string {
  const parts = (['error', 'warning', 'notice'] as const)
    .map(s => [s, findings.filter(f => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => plural(n, s))
  return `**${plural(findings.length, 'finding')}** (${parts.join(', ')})`
}
