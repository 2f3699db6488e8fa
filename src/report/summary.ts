/**
 * The job summary of a run: a headline first (✅ deployed / ✅ checked / ❌ failed at <step>),
 * for a failure its error, the cause lines of the log and the fix, then the findings, what the
 * steps wrote (package manifest, generated files, deployment) and the timeline.
 *
 * main.ts records what happened in a RunRecord; rendering is here. Everything untrusted passes
 * through the print door (src/io/escape.ts). The whole stays under GitHub's 1 MiB limit.
 */
import { UserError, describeError } from '../errors.js'
import { html, htmlCode, mdBlock, mdCode, mdMessage, mdText } from '../io/escape.js'
import { findingsOutput, type Finding } from '../project/types.js'
import type { Deployment, PackageResult } from '../targets/target.js'
import { findingsCountLine, findingsTable } from './findings-table.js'
import { packageLine } from './format.js'
import { renderTimeline, type PhaseRecord, type Timeline } from './timeline.js'

/** GitHub refuses a step summary larger than 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024
/** What we aim for: room for the note and for whatever else the step appends. */
export const SUMMARY_BUDGET_BYTES = SUMMARY_LIMIT_BYTES - 16 * 1024
/** The `findings` output: a job's outputs share 1 MB, so the findings take at most half of it. */
export const FINDINGS_OUTPUT_BYTES = 512 * 1024

export type RunMode = 'check' | 'generate' | 'package' | 'deploy'

export interface RunFailure {
  /** "failed at <step>". */
  step: string
  message: string
  /** The log lines that say why (pip's, npm's, Kudu's, the handler's). */
  causeLines: string[]
  fix?: string
}

/** What happened in a run, as main.ts records it. */
export interface RunRecord {
  mode: RunMode
  /** The server folder, relative to the workspace ('.' for the root). */
  path: string
  findings: Finding[]
  /** App settings the function app needs. */
  appSettings: Record<string, string>
  /** Sections the steps wrote, in order (package manifest, generated files, deployment). */
  sections: string[]
  failure?: RunFailure
  endpoint?: string
  tools?: string[]
  /** false: the deploy was skipped as unchanged. */
  deployed?: boolean
  timeline: PhaseRecord[]
}

/** The failure of a run from what was thrown: the step is the thrower's, else the phase that failed. */
export function failureOf(err: unknown, timeline?: Timeline): RunFailure {
  const user = err instanceof UserError ? err : undefined
  return {
    step: user?.step ?? timeline?.failedStep() ?? lastStep(timeline),
    message: user ? user.message : describeError(err),
    causeLines: (user?.causeLines ?? []).filter(l => l.trim() !== ''),
    fix: user?.hint
  }
}

/** Outside any phase: before the first one, the inputs; else the last step that ran. */
function lastStep(timeline?: Timeline): string {
  const top = timeline?.ordered().filter(p => p.depth === 0) ?? []
  return top.length ? top[top.length - 1].name : 'inputs'
}

const DONE: Record<RunMode, string> = {
  check: 'checked',
  generate: 'generated',
  package: 'packaged',
  deploy: 'deployed'
}

/** `2 errors, 1 warning` (only the severities there are), or that there are none. */
export function findingsCount(findings: Finding[], ready: boolean): string {
  if (findings.length === 0)
    return ready
      ? 'No findings: the server is ready to be hosted on Azure Functions.'
      : 'No findings in the code and artifacts.'
  return findingsCountLine(findings)
}

/** The headline and, for a failure, the error, the cause lines and the fix. */
export function headline(r: RunRecord): string {
  const where = mdCode(r.path || '.')
  if (r.failure) {
    const f = r.failure
    const lines = [
      `## ❌ MCP server ${r.mode} failed at ${mdText(f.step)}: ${where}`,
      '',
      `**Error:** ${mdMessage(f.message)}`
    ]
    if (f.causeLines.length > 0) {
      lines.push('', '<details open><summary>From the log</summary>', '')
      lines.push(mdBlock(f.causeLines.slice(-40).join('\n'), 'text'), '', '</details>')
    }
    if (f.fix) lines.push('', `**Fix:** ${mdMessage(f.fix)}`)
    return lines.join('\n')
  }
  const errors = r.findings.some(f => f.severity === 'error')
  const icon = errors ? '⚠️' : '✅'
  const lines = [`## ${icon} MCP server ${DONE[r.mode]}: ${where}`]
  if (r.mode === 'deploy' && r.endpoint) {
    const tools = r.tools?.length ? ` · tools: ${r.tools.map(t => mdCode(t)).join(', ')}` : ''
    const skipped = r.deployed === false ? ' (package unchanged: not uploaded)' : ''
    lines.push('', `Endpoint: ${mdCode(r.endpoint)}${skipped}${tools}`)
  }
  return lines.join('\n')
}

/** The app settings the server needs on the function app (the profile's feature flag among them). */
export function appSettingsLine(appSettings: Record<string, string>): string {
  const entries = Object.entries(appSettings)
  if (entries.length === 0) return ''
  return `App settings the function app needs (${mdCode('deploy')} sets them): ${entries.map(([k, v]) => mdCode(`${k}=${v}`)).join(', ')}`
}

/** What generate wrote and what it would change: file names as code, diffs collapsed. */
export function generateSection(
  written: string[],
  layout: string,
  changed: Array<{ file: string; why: string[]; diff: string }>
): string {
  const parts: string[] = []
  if (written.length)
    parts.push(`Created (${mdText(layout)} layout): ${written.map(f => mdCode(f)).join(', ')}`)
  for (const c of changed) {
    parts.push(
      `<details><summary>${htmlCode(c.file)}: ${html(c.why.join('; '))}</summary>\n\n${mdBlock(c.diff, 'diff')}\n\n</details>`
    )
  }
  return parts.join('\n\n')
}

/** The deployment table: endpoint, package, the target's own rows, the tools. */
export function deploymentSection(d: Deployment, pkg: PackageResult, tools: string[]): string {
  const own = new Set(d.details.map(([k]) => k.toLowerCase()))
  const base: Array<[string, string]> = [
    ['endpoint', d.endpoint],
    ['deployed', d.deployed ? 'yes' : 'no (unchanged)'],
    ['package', packageLine(pkg)]
  ]
  // A target's own row (the Azure target's Package, say) stands instead of the generic one;
  // the timeline shows the phase durations, so the target's "Time: …" rows are left out.
  const rows: Array<[string, string]> = [
    ...base.filter(([k]) => !own.has(k)),
    ...d.details.filter(([k]) => !/^time: /i.test(k))
  ]
  // every value may hold text from elsewhere (the app, the handler's tool names): escaped
  const toolCell = tools.length
    ? tools.map(t => mdCode(t, true)).join(', ')
    : mdText('(smoke test off)')
  return [
    '### Deployment',
    '',
    '| | |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${mdText(k)} | ${k === 'endpoint' ? mdCode(v, true) : mdText(v)} |`),
    `| tools | ${toolCell} |`
  ].join('\n')
}

/** The sign-in setup (endpoint-auth: entra) in one table, with what the verification reached. */
export function signInSection(rows: Array<[string, string]>, checked: string): string {
  const all: Array<[string, string]> = [...rows, ['Checked', checked || '(smoke test off)']]
  return [
    '### Sign-in (endpoint-auth: entra)',
    '',
    '| | |',
    '| --- | --- |',
    // the row names are ours; the values may carry a token service's text
    ...all.map(([k, v]) => `| ${k} | ${mdText(v)} |`)
  ].join('\n')
}

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8')
}

/** Cut `text` at a line so that it and `note` fit in `max` bytes. */
function cutToBytes(text: string, max: number, note: string): string {
  if (bytes(text) <= max) return text
  const room = max - bytes(note) - 2
  // UTF-16 units take at most 3 bytes each: start there and walk back to a line break.
  let end = Math.min(text.length, Math.floor(room / 3))
  while (end < text.length && bytes(text.slice(0, end + 4096)) <= room) end += 4096
  let cut = text.lastIndexOf('\n', end)
  if (cut <= 0) cut = end
  let kept = text.slice(0, cut)
  // a cut inside a fence or <details> would swallow the note: close them
  if ((kept.match(/^```/gm) ?? []).length % 2 === 1) kept += '\n```'
  const opened = (kept.match(/<details/g) ?? []).length - (kept.match(/<\/details>/g) ?? []).length
  for (let i = 0; i < opened; i++) kept += '\n</details>'
  return `${kept}\n\n${note}`
}

/** The whole job summary of a run, at most SUMMARY_BUDGET_BYTES. */
export function renderSummary(r: RunRecord, budget = SUMMARY_BUDGET_BYTES): string {
  const head = headline(r)
  const settings = appSettingsLine(r.appSettings)
  // the picture of a run that built or shipped something; a check is over in a moment
  const timeline = r.mode === 'deploy' || r.mode === 'package' ? renderTimeline(r.timeline) : ''
  const rest = r.sections.filter(s => s.trim() !== '')
  // The findings table takes what the other parts leave (in UTF-16 units, ≤ 3 bytes each).
  const fixed = [head, settings, timeline, ...rest].reduce((n, s) => n + bytes(s) + 2, 0)
  const tableRoom = Math.max(4000, Math.floor((budget - fixed - 2048) / 3))
  const table = findingsTable(r.findings, { maxChars: tableRoom })
  const count = findingsCount(r.findings, !r.failure && r.mode !== 'generate')
  const parts = [head, count, table.text]
  if (table.shown < r.findings.length)
    parts.push(
      `> [!NOTE]\n> ${table.shown} of ${r.findings.length} findings are shown (the job summary's 1 MiB limit); every finding is in the annotations, the log and the ${mdCode('findings')} output.`
    )
  parts.push(settings, ...rest, timeline)
  const text = parts.filter(Boolean).join('\n\n')
  return cutToBytes(
    text,
    budget,
    `> [!NOTE]\n> The rest of this summary is cut to stay under GitHub's 1 MiB limit; the log has everything.`
  )
}

/**
 * The `findings` output (JSON), at most `maxBytes`: the first findings that fit, and how many
 * were kept, so the caller can say that it was cut.
 */
export function boundedFindingsOutput(
  findings: Finding[],
  maxBytes = FINDINGS_OUTPUT_BYTES
): { json: string; kept: number } {
  const full = findingsOutput(findings)
  if (bytes(full) <= maxBytes) return { json: full, kept: findings.length }
  let used = 2
  let kept = 0
  for (const f of findings) {
    const n = bytes(findingsOutput([f])) - 2 + (kept > 0 ? 1 : 0)
    if (used + n > maxBytes) break
    used += n
    kept++
  }
  return { json: findingsOutput(findings.slice(0, kept)), kept }
}
