import type { Finding } from '../project/types.js'
import type { FailOn } from '../inputs.js'
import { plural } from './findings-table.js'
import type { Ui } from './ui.js'

export const RULES_DOC =
  'https://github.com/mcp-functions-deploy/mcp-functions-deploy/blob/main/docs/rules.md'

/** The docs/rules.md anchor of a rule id (`host-json/proxy-misspelled` → `#host-jsonproxy-misspelled`). */
export function ruleAnchor(rule: string): string {
  return '#' + rule.toLowerCase().replace(/[^a-z0-9 -]/g, '')
}

export function ruleLink(rule: string): string {
  return `${RULES_DOC}${ruleAnchor(rule)}`
}

/** One annotation per finding, at its file and line; the fix and the rule's doc link in the text. */
export function annotate(ui: Ui, findings: Finding[]): void {
  for (const f of findings) {
    const text = `${f.message}\nFix: ${f.fix}\n${ruleLink(f.rule)}`
    const place = { file: f.file, line: f.line, column: f.column, title: f.rule }
    if (f.severity === 'error') ui.error(text, place)
    else if (f.severity === 'warning') ui.warning(text, place)
    else ui.notice(text, place)
  }
}

export function countLine(findings: Finding[]): string {
  const n = (s: Finding['severity']) => findings.filter(f => f.severity === s).length
  const [e, w, i] = [n('error'), n('warning'), n('notice')]
  if (findings.length === 0)
    return 'No findings: the server is ready to be hosted on Azure Functions.'
  return `${plural(e, 'error')}, ${plural(w, 'warning')}, ${plural(i, 'notice')}`
}

/** Lines for a terminal: `file:line:col  severity  message` then the fix. */
export function terminalLines(findings: Finding[]): string[] {
  const out: string[] = []
  for (const f of findings) {
    out.push(
      `${f.file}:${f.line}${f.column ? `:${f.column}` : ''}  ${f.severity}  ${f.message}  [${f.rule}]`
    )
    out.push(`    fix: ${f.fix}`)
  }
  return out
}

/** Does this set of findings fail the step under `fail-on`? */
export function failsOn(findings: Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false
  return findings.some(
    f => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning')
  )
}

/** The findings in the log: annotations on a runner, terminal lines in the CLI; then the count. */
export function reportFindings(ui: Ui, findings: Finding[], terminal?: boolean): void {
  if (terminal) {
    for (const line of terminalLines(findings)) ui.info(line)
  } else {
    annotate(ui, findings)
  }
  ui.info(countLine(findings))
}
