/**
 * An error caused by what the user gave us (inputs, repo contents, Azure state).
 * Its message is shown as-is, on one line, without a stack trace.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly hint?: string
  ) {
    super(message)
    this.name = 'UserError'
  }
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
