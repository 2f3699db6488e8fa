import { describe, expect, it } from '@jest/globals'
import {
  forCommandData,
  forCommandProperty,
  forLog,
  forTerminal,
  html,
  htmlCode,
  mdBlock,
  mdCode,
  mdMessage,
  mdText
} from '../../src/io/escape.js'
import { runnerCommands } from '../../test-support/runner-commands.js'

/** Strings an attacker puts in a file name, a JSON value, a tool name or a log line. */
const HOSTILE = [
  '::add-mask::hunter2',
  '  ::set-output name=key::x',
  'ok\r::error::injected after a bare CR',
  'ok\r\n::warning file=a.py::crlf',
  'x ##[add-mask]secret',
  '##[error]old form at the start',
  '\t ::notice::after white space'
]
/** Line breaks a log viewer may honour although the runner does not: made plain LF first. */
const ODD_BREAKS = ['\u2028::debug::line separator', 'a\x85::group::next line']

describe('forLog (the runner reads every line of stdout as a possible command)', () => {
  it('leaves no command in any hostile string, however the runner splits lines', () => {
    for (const s of HOSTILE) {
      expect(runnerCommands(s).length).toBeGreaterThan(0) // the attack is real...
      expect(runnerCommands(forLog(s))).toEqual([]) // ...and gone
    }
    for (const s of ODD_BREAKS) {
      expect(forLog(s)).toContain('\n')
      expect(runnerCommands(forLog(s))).toEqual([])
    }
  })
  it('keeps ordinary text as it is, lines included', () => {
    expect(forLog('pip: Successfully installed mcp-2.3.0\nnext line')).toBe(
      'pip: Successfully installed mcp-2.3.0\nnext line'
    )
    expect(forLog('a::b and ## [x]')).toBe('a::b and ## [x]')
  })
  it('drops ESC sequences and control characters (a log is not a terminal)', () => {
    expect(forLog('\x1b[31mred\x1b[0m\x00')).toBe('red')
  })
})

describe('forTerminal', () => {
  it('removes cursor moves, clipboard writes (OSC 52), titles and C1 controls', () => {
    const s = 'a\x1b[2J\x1b[1;1Hb\x1b]52;c;ZXZpbA==\x07c\x1b]0;title\x1b\\d\x9b31me\x07\x08f'
    expect(forTerminal(s)).toBe('abcdef')
  })
  it('turns a bare CR into a line break, so a line cannot be overwritten', () => {
    expect(forTerminal('safe\rFAKE')).toBe('safe\nFAKE')
  })
  it('keeps tabs, line breaks and non-ASCII text', () => {
    expect(forTerminal('a\tb\nc ✅ é')).toBe('a\tb\nc ✅ é')
  })
})

describe('command data and properties (hand-written commands)', () => {
  it('escapes as the runner unescapes', () => {
    expect(forCommandData('50%\r\n::x')).toBe('50%25%0D%0A::x')
    expect(forCommandProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A')
  })
})

describe('markdown and HTML', () => {
  it('mdText: no markup survives, no table split, nobody pinged', () => {
    const s = '`x` <img src=x onerror=alert(1)> | [a](http://e) @octocat #12 **b**'
    const out = mdText(s)
    expect(out).not.toMatch(/<img|(?<!\\)\||(?<!\\)\[|(?<!\\)`|(?<!\\)\*/)
    expect(out).toContain('@&#8203;octocat')
    expect(out).toContain('\\#&#8203;12')
  })
  it('mdCode: a span longer than any backtick run, no HTML escaping inside', () => {
    expect(mdCode('mcp[cli]>=1.8,<2')).toBe('`mcp[cli]>=1.8,<2`')
    expect(mdCode('a ``` b')).toBe('````a ``` b````')
    expect(mdCode('`x`')).toBe('`` `x` ``')
    expect(mdCode('a|b', true)).toBe('`a\\|b`')
    expect(mdCode('line\nbreak\r::x')).toBe('`line break ::x`')
  })
  it('mdBlock: a fence the content cannot close', () => {
    const out = mdBlock('```\n# not a heading\n````')
    expect(out.startsWith('`````\n')).toBe(true)
    expect(out.endsWith('\n`````')).toBe(true)
    expect(mdBlock('x', 'diff"><script>')).toBe('```diffscript\nx\n```')
  })
  it('mdMessage: our backticks become code spans, the rest is escaped text', () => {
    expect(mdMessage('pin `mcp>=1.8,<2` in *requirements*')).toBe(
      'pin `mcp>=1.8,<2` in \\*requirements\\*'
    )
    // a backtick smuggled into a code part cannot open raw markdown
    const out = mdMessage('file `a`<b>`c` and `d')
    expect(out).toBe('file `a`&lt;b&gt;`c` and \\`d')
  })
  it('html and htmlCode escape for HTML contexts', () => {
    expect(html(`<summary>"x" & 'y'</summary>`)).toBe(
      '&lt;summary&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/summary&gt;'
    )
    expect(htmlCode('host.json`</code><b>')).toBe('<code>host.json`&lt;/code&gt;&lt;b&gt;</code>')
  })
})
