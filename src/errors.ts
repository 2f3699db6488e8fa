/**
 * An error caused by what the user gave us (inputs, repo contents, Azure state).
 * Its message is shown as-is, on one line, without a stack trace.
 */
export class UserError extends Error {
  /** The lines of a log that say why (pip's, npm's, Kudu's, the handler's): the summary shows them. */
  readonly causeLines: string[]
  /** The step that failed, when the thrower knows it better than the pipeline's phase. */
  readonly step?: string
  constructor(
    message: string,
    readonly hint?: string,
    cause: FailureCause = {}
  ) {
    super(message)
    this.name = 'UserError'
    this.causeLines = cause.causeLines ?? []
    this.step = cause.step
  }
}

/** What a phase that failed hands over to the job summary: its log's telling lines, its name. */
export interface FailureCause {
  causeLines?: string[]
  step?: string
}

/** One line for a person: the message of a UserError, or a short form of anything else. */
export function describeError(err: unknown): string {
  if (err instanceof UserError) return err.hint ? `${err.message} (${err.hint})` : err.message
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code
    return code && !err.message.includes(code) ? `${err.message} [${code}]` : err.message
  }
  return String(err)
}
