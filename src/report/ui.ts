import * as core from '@actions/core'
import { forLog, forTerminal } from '../io/escape.js'

export interface AnnotationPlace {
  file?: string
  line?: number
  column?: number
  title?: string
}

/**
 * Everything the phases say goes through this: on a runner it is @actions/core (groups,
 * annotations, masking, outputs, the job summary); on a laptop a terminal printer.
 *
 * The implementations are where the print door is enforced for text: whatever a phase passes
 * (a file name, a JSON value, a tool name, a child's log line), ActionUi prints no line the
 * runner would read as a workflow command and TerminalUi no control character or ESC sequence.
 * Markdown is the caller's to escape (src/io/escape.ts md* functions): the summary is composed.
 */
export interface Ui {
  group<T>(title: string, fn: () => Promise<T>): Promise<T>
  info(message: string): void
  debug(message: string): void
  notice(message: string, place?: AnnotationPlace): void
  warning(message: string, place?: AnnotationPlace): void
  error(message: string, place?: AnnotationPlace): void
  /** Mask a secret in every later line of the log. Call before the value can be printed. */
  setSecret(secret: string): void
  setOutput(name: string, value: string): void
  /** Append a markdown section to the job summary (written once, at the end). */
  summary(markdown: string): void
  /** Write the collected summary. */
  flush(): Promise<void>
}

export class ActionUi implements Ui {
  private readonly sections: string[] = []
  group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    return core.group(forLog(title), fn)
  }
  info(message: string): void {
    core.info(forLog(message))
  }
  debug(message: string): void {
    core.debug(forLog(message))
  }
  notice(message: string, place?: AnnotationPlace): void {
    core.notice(forLog(message), props(place))
  }
  warning(message: string, place?: AnnotationPlace): void {
    core.warning(forLog(message), props(place))
  }
  error(message: string, place?: AnnotationPlace): void {
    core.error(forLog(message), props(place))
  }
  setSecret(secret: string): void {
    if (secret) core.setSecret(secret)
  }
  setOutput(name: string, value: string): void {
    core.setOutput(name, value)
  }
  summary(markdown: string): void {
    this.sections.push(markdown)
  }
  async flush(): Promise<void> {
    if (this.sections.length === 0 || !process.env.GITHUB_STEP_SUMMARY) return
    await core.summary.addRaw(this.sections.join('\n\n'), true).write()
    this.sections.length = 0
  }
}

/**
 * @actions/core escapes command data and properties (`%`, CR, LF, `:`, `,`), so an annotation
 * stays one line; forLog also breaks a `##[` anywhere in it (the runner's old command form).
 */
function props(place?: AnnotationPlace): core.AnnotationProperties | undefined {
  if (!place) return undefined
  return {
    file: place.file === undefined ? undefined : forLog(place.file),
    startLine: place.line,
    startColumn: place.column,
    title: place.title === undefined ? undefined : forLog(place.title)
  }
}

/** Plain lines for a terminal; secrets are replaced by *** in everything it prints. */
export class TerminalUi implements Ui {
  private readonly secrets: string[] = []
  readonly outputs: Record<string, string> = {}
  readonly sections: string[] = []
  private depth = 0

  constructor(
    private readonly write: (line: string) => void = line => process.stdout.write(line + '\n'),
    private readonly verbose = false,
    /** Colour for a terminal (report/colour.ts), applied last; none by default. */
    private readonly paint: (line: string) => string = line => line
  ) {}

  private say(line: string): void {
    let out = line
    for (const s of this.secrets) out = out.split(s).join('***')
    // the print door for a terminal first (no control character or ESC sequence), colour last
    this.write('  '.repeat(this.depth) + this.paint(forTerminal(out)))
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.say(`▸ ${title}`)
    this.depth++
    try {
      return await fn()
    } finally {
      this.depth--
    }
  }
  info(message: string): void {
    this.say(message)
  }
  debug(message: string): void {
    if (this.verbose) this.say(message)
  }
  notice(message: string, place?: AnnotationPlace): void {
    this.say(`${where(place)}notice: ${message}`)
  }
  warning(message: string, place?: AnnotationPlace): void {
    this.say(`${where(place)}warning: ${message}`)
  }
  error(message: string, place?: AnnotationPlace): void {
    this.say(`${where(place)}error: ${message}`)
  }
  setSecret(secret: string): void {
    if (secret) this.secrets.push(secret)
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value
  }
  summary(markdown: string): void {
    this.sections.push(markdown)
  }
  async flush(): Promise<void> {}
}

function where(place?: AnnotationPlace): string {
  if (!place?.file) return ''
  return `${place.file}${place.line ? `:${place.line}` : ''}${place.column ? `:${place.column}` : ''}: `
}
