/**
 * Reads a process's stdout the way the GitHub Actions runner does, and returns every workflow
 * command it would obey: lines split on LF, CRLF and a bare CR; `::name …::` after leading white
 * space (the v2 form), `##[name …]` anywhere in a line (the old form).
 */
export interface RunnerCommand {
  name: string
  line: string
}

export function runnerCommands(stdout: string): RunnerCommand[] {
  const found: RunnerCommand[] = []
  for (const raw of stdout.split(/\r\n|\n|\r/)) {
    const line = raw.replace(/^\s+/, '')
    const v2 = /^::([A-Za-z][\w-]*)(?:\s[^:]*)?::/.exec(line)
    if (v2) found.push({ name: v2[1].toLowerCase(), line: raw })
    for (const m of raw.matchAll(/##\[([A-Za-z][\w-]*)[^\]]*\]/g))
      found.push({ name: m[1].toLowerCase(), line: raw })
  }
  return found
}
