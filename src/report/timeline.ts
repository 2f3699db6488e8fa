/**
 * The picture of a run: which phases ran, when, for how long, and which one failed.
 *
 * main.ts opens a Timeline for the run (`timeline.run(fn)`); any code under it — the package
 * step, a target — marks its phases with `phase(name, fn)` without being handed anything: the
 * active timeline travels with the async context. Outside a run, `phase` just calls `fn`.
 * `renderTimeline` draws the job summary's Mermaid gantt chart and the table that goes with it.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { formatSeconds } from '../io/deadline.js'
import { mdText } from '../io/escape.js'

export interface PhaseRecord {
  name: string
  /** Milliseconds since the run started. */
  start: number
  end: number
  /** How deep it was nested (0: a step of the pipeline; 1: a phase inside one). */
  depth: number
  failed: boolean
}

const active = new AsyncLocalStorage<{ timeline: Timeline; depth: number }>()

export class Timeline {
  readonly phases: PhaseRecord[] = []
  private readonly t0: number
  private readonly open: Array<{ name: string; depth: number }> = []

  constructor(private readonly now: () => number = () => performance.now()) {
    this.t0 = now()
  }

  /** Runs `fn` with this timeline active: `phase()` calls under it mark on this timeline. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    return active.run({ timeline: this, depth: 0 }, fn)
  }

  /** Marks `name` around `fn`, at the depth of the phase it runs in. */
  async mark<T>(name: string, fn: () => Promise<T>, depth = 0): Promise<T> {
    const start = this.now() - this.t0
    const entry = { name, depth }
    this.open.push(entry)
    let failed = false
    try {
      return await active.run({ timeline: this, depth: depth + 1 }, fn)
    } catch (err) {
      failed = true
      throw err
    } finally {
      this.open.splice(this.open.indexOf(entry), 1)
      this.phases.push({ name, start, end: this.now() - this.t0, depth, failed })
    }
  }

  /** A phase measured elsewhere, ending now (e.g. a duration a target reports). */
  add(name: string, ms: number, depth = 1): void {
    const end = this.now() - this.t0
    this.phases.push({ name, start: Math.max(0, end - ms), end, depth, failed: false })
  }

  /** The innermost phase that failed, by start time: "failed at <step>". */
  failedStep(): string | undefined {
    const failed = this.phases.filter(p => p.failed)
    failed.sort((a, b) => b.depth - a.depth || b.start - a.start)
    return failed[0]?.name
  }

  /** Phases in the order they started (parents before their children). */
  ordered(): PhaseRecord[] {
    return [...this.phases].sort((a, b) => a.start - b.start || a.depth - b.depth)
  }

  /** Milliseconds since the run started. */
  elapsed(): number {
    return this.now() - this.t0
  }
}

/**
 * Marks a phase of the run around `fn` on the active timeline (none: just runs `fn`).
 * Nested calls are drawn inside their parent: `phase('upload', …)` within main's `deploy`.
 */
export function phase<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const ctx = active.getStore()
  if (!ctx) return fn()
  return ctx.timeline.mark(name, fn, ctx.depth)
}

/** The timeline of the run this code is part of, if any. */
export function activeTimeline(): Timeline | undefined {
  return active.getStore()?.timeline
}

/** A task name Mermaid accepts: no `:` `;` `#` (they end or comment a task line). */
function ganttLabel(name: string): string {
  return name.replace(/[:;#`<>\n\r]/g, ' ').trim() || 'phase'
}

/**
 * The timeline for the job summary: a Mermaid gantt chart (GitHub draws it) and a table of the
 * same phases with their durations. Empty when nothing was marked.
 */
export function renderTimeline(phases: PhaseRecord[]): string {
  if (phases.length === 0) return ''
  const ordered = [...phases].sort((a, b) => a.start - b.start || a.depth - b.depth)
  const total = Math.max(...ordered.map(p => p.end))
  const lines = ['```mermaid', 'gantt', '  dateFormat x', '  axisFormat %M:%S']
  let section = ''
  ordered.forEach((p, i) => {
    const top = p.depth === 0
    // Each step is a section; its inner phases are drawn under it.
    if (top) {
      section = ganttLabel(p.name)
      lines.push(`  section ${section}`)
    } else if (!section) {
      section = 'run'
      lines.push('  section run')
    }
    const tags = [p.failed ? 'crit' : top ? 'active' : 'done', `p${i}`].join(', ')
    const start = Math.round(p.start)
    // Mermaid draws nothing for a zero-length task: one millisecond at least.
    const end = Math.max(Math.round(p.end), start + 1)
    lines.push(
      `  ${ganttLabel(p.name)} (${formatSeconds(p.end - p.start)}) :${tags}, ${start}, ${end}`
    )
  })
  lines.push('```')
  const rows = ordered.map(p => {
    const name =
      p.depth === 0 ? `**${mdText(p.name)}**` : `${'&emsp;'.repeat(p.depth)}${mdText(p.name)}`
    const state = p.failed ? '❌ failed' : '✅'
    return `| ${name} | ${formatSeconds(p.end - p.start)} | ${formatSeconds(p.start)} | ${state} |`
  })
  return [
    `### Timeline (${formatSeconds(total)})`,
    '',
    lines.join('\n'),
    '',
    '| phase | took | started at | |',
    '| --- | ---: | ---: | --- |',
    ...rows
  ].join('\n')
}
