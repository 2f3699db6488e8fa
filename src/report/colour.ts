/**
 * Colour for the command line: on when the stream is a terminal, off when it is not (a pipe, a
 * file, a CI log), NO_COLOR (any non-empty value) turns it off, FORCE_COLOR turns it on even
 * without a terminal (FORCE_COLOR=0 or false turns it off). TERM=dumb is a terminal without colour.
 * Colour is applied last, to a line already masked and escaped, so the only escape sequences in
 * the output are the ones added here.
 */

/** Should output to this stream be coloured? */
export function colourEnabled(env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase())
  if (env.NO_COLOR) return false
  if (!isTTY) return false
  return env.TERM !== 'dumb'
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`

export interface Palette {
  enabled: boolean
  red(s: string): string
  yellow(s: string): string
  green(s: string): string
  cyan(s: string): string
  bold(s: string): string
  dim(s: string): string
  /** Colours one line of the terminal UI by its shape (group titles, severities, fixes). */
  line(s: string): string
}

const same = (s: string) => s

/** A palette; with `enabled` false every function returns its text unchanged. */
export function palette(enabled: boolean): Palette {
  if (!enabled)
    return {
      enabled,
      red: same,
      yellow: same,
      green: same,
      cyan: same,
      bold: same,
      dim: same,
      line: same
    }
  const p = {
    enabled,
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    green: sgr(32, 39),
    cyan: sgr(36, 39),
    bold: sgr(1, 22),
    dim: sgr(2, 22)
  }
  const severity = (word: string) =>
    word === 'error' ? p.red(p.bold(word)) : word === 'warning' ? p.yellow(word) : p.cyan(word)
  return {
    ...p,
    line(s: string): string {
      // ▸ group title
      if (s.startsWith('▸ ')) return p.bold(s)
      // file:line:col  severity  message  [rule]   (a finding, see terminalLines)
      let m = /^(\S+?:\d+(?::\d+)?)( {2})(error|warning|notice)( {2}.*?)( {2}\[[^\]]+\])?$/.exec(s)
      if (m) return `${p.bold(m[1])}${m[2]}${severity(m[3])}${m[4]}${m[5] ? p.dim(m[5]) : ''}`
      //     fix: …
      m = /^(\s*)(fix:)(.*)$/.exec(s)
      if (m) return `${m[1]}${p.green(m[2])}${m[3]}`
      // [file:line: ]error: … / warning: … / notice: …   (annotations)
      m = /^((?:\S+?: )?)(error|warning|notice)(:.*)$/.exec(s)
      if (m) return `${m[1]}${severity(m[2])}${m[3]}`
      return s
    }
  }
}
