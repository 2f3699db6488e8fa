/**
 * The one door for printing untrusted text: anything that came from the repository, the network
 * or a child process passes through the function of the sink it is going to.
 *
 * - `forLog`: a line (or lines) on a runner's stdout. The runner reads every line (split on LF,
 *   CRLF and a bare CR) as a possible workflow command: `::name::` after leading white space, and
 *   the older `##[name]` anywhere in the line. Neither can survive this function.
 * - `forTerminal`: a person's terminal. C0/C1 control characters and ESC sequences (cursor moves,
 *   OSC 52 clipboard writes, title changes) are removed.
 * - `forCommandProperty`: not needed by callers of @actions/core (it escapes annotation data and
 *   properties itself); here for anyone writing a `::cmd key=value::` line by hand.
 * - markdown and HTML: `mdText` (inline text and table cells), `mdCode` (a code span that survives
 *   any content), `mdBlock` (a fenced block), `mdMessage` (our own messages, whose `backticks` mark
 *   code), `html` and `htmlCode` (inside HTML such as `<summary>`, where markdown is not parsed).
 */

/** Zero-width space: breaks a token apart without changing what a person reads. */
const ZWSP = '\u200b'

/** ESC sequences: CSI (ESC [ … final), OSC/DCS/SOS/PM/APC (… BEL or ST), and two-byte ESC x. */
// eslint-disable-next-line no-control-regex
const ESC_SEQUENCE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|[\]PX^_][\s\S]*?(?:\x07|\x1b\\|$)|[@-Z\\-_]|.?)/g
/** The 8-bit forms: CSI (0x9b) and OSC/DCS/… (0x90, 0x9d, 0x98, 0x9e, 0x9f) up to BEL or ST. */
// eslint-disable-next-line no-control-regex
const C1_SEQUENCE = /\x9b[0-?]*[ -/]*[@-~]|[\x90\x98\x9d\x9e\x9f][\s\S]*?(?:\x07|\x9c|\x1b\\|$)/g
/** Control characters that are left after the sequences are gone (tab and LF are kept). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g

function unifyLineBreaks(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029\x85]/g, '\n')
}

/** Remove ESC sequences and control characters, keeping tab and LF; a bare CR becomes LF. */
function stripControls(text: string): string {
  return unifyLineBreaks(text)
    .replace(ESC_SEQUENCE, '')
    .replace(C1_SEQUENCE, '')
    .replace(CONTROL, '')
}

/** One log line that the runner cannot read as a command. */
function neutralizeLine(line: string): string {
  let out = line.replace(/##\[/g, `##${ZWSP}[`)
  const lead = /^\s*::/.exec(out)
  if (lead) out = `${out.slice(0, lead[0].length - 1)}${ZWSP}${out.slice(lead[0].length - 1)}`
  return out
}

/** For stdout on a runner: every line is safe from being read as a workflow command. */
export function forLog(text: string): string {
  return stripControls(text).split('\n').map(neutralizeLine).join('\n')
}

/** For a terminal: no control characters, no ESC sequences; lines stay lines. */
export function forTerminal(text: string): string {
  return stripControls(text)
}

/** A property value of a hand-written `::cmd key=value::data` line (as @actions/core escapes it). */
export function forCommandProperty(text: string): string {
  return forCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** The data of a hand-written `::cmd::data` line. */
export function forCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

/** For text inside HTML (e.g. `<summary>`), where markdown is not parsed. */
export function html(text: string): string {
  return stripControls(text).replace(/[&<>"']/g, c => HTML_ESCAPES[c])
}

/** A code element inside HTML (a `<summary>` title): shows the text as code, literally. */
export function htmlCode(text: string): string {
  return `<code>${html(text.replace(/\n/g, ' '))}</code>`
}

/**
 * For inline markdown text (and table cells): HTML is escaped, every markdown punctuation is
 * backslash-escaped (including `|`, so a cell never splits), line breaks become `<br>`, and
 * `@name` / `#123` get a zero-width space so nobody is pinged and no issue is cross-referenced.
 */
export function mdText(text: string): string {
  return stripControls(text)
    .replace(/[&<>"]|[\\`*_{}[\]()#+!~|$]/g, c => HTML_ESCAPES[c] ?? `\\${c}`)
    .replace(/@(?=[A-Za-z0-9])/g, `@&#8203;`)
    .replace(/\\#(?=\d)/g, '\\#&#8203;')
    .replace(/\n/g, '<br>')
}

/**
 * A code span that survives any content (backticks included). In a table cell (`inTable`) a `|`
 * is escaped as GFM wants it there (the escape is removed before the span is parsed). Nothing is
 * HTML-escaped: a code span shows `&lt;` literally.
 */
export function mdCode(text: string, inTable = false): string {
  const flat = stripControls(text).replace(/\n/g, ' ')
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map(m => m[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : ''
  const body = inTable ? flat.replace(/\|/g, '\\|') : flat
  return `${fence}${pad}${body}${pad}${fence}`
}

/** A fenced block whose fence is longer than any backtick run in the content. */
export function mdBlock(content: string, lang = ''): string {
  const text = stripControls(content).replace(/\n$/, '')
  const longest = Math.max(0, ...[...text.matchAll(/`{3,}/g)].map(m => m[0].length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}${lang.replace(/[^\w+.-]/g, '')}\n${text}\n${fence}`
}

/**
 * One of our own messages, in which `backticks` mark code (a file name, a requirement): the code
 * becomes a real code span and everything else is escaped text. Whatever an untrusted part inside
 * it holds, the result is still escaped text and code spans only.
 */
export function mdMessage(text: string, inTable = false): string {
  const parts = text.split('`')
  // an odd count of backticks leaves the last one unpaired: it stays text
  const pairs = parts.length % 2 === 1 ? parts.length : parts.length - 1
  let out = ''
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 1 && i < pairs) out += mdCode(parts[i], inTable)
    else out += mdText(i % 2 === 1 ? '`' + parts[i] : parts[i])
  }
  return out
}
