/** What the project scan reports. `file` is relative to the workspace when it leaves `check`. */
export type Severity = 'error' | 'warning' | 'notice'

export interface Finding {
  /** Stable id, `family/name`; documented in docs/rules.md under the same id. */
  rule: string
  severity: Severity
  /** POSIX path. Inside the project modules: relative to the server folder. */
  file: string
  /** 1-based; 1 when the finding is about a whole (e.g. missing) file. */
  line: number
  /** 1-based, when known. */
  column?: number
  message: string
  /** A concrete fix a person can apply. */
  fix: string
}

export type Layout = 'classic' | 'profile'
export type Language = 'python' | 'node'

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.rule.localeCompare(b.rule)
  )
}

/** The `findings` output: JSON array of {rule, severity, file, line, message}. */
export function findingsOutput(findings: Finding[]): string {
  return JSON.stringify(
    findings.map(({ rule, severity, file, line, message }) => ({
      rule,
      severity,
      file,
      line,
      message
    }))
  )
}

/** What the artifact families tell the code families (and each other). */
export interface RuleContext {
  /** The layout on disk (undefined when there is no host.json yet). */
  layout: Layout | undefined
  /** `customHandler.port` of the profile layout, when it is a number (or a numeric string). */
  hostPort?: number
  /** The script or file named by host.json's `customHandler.description.arguments`, relative to the server folder. */
  entryHint?: string
  /**
   * host.json's arguments pass `%FUNCTIONS_CUSTOMHANDLER_PORT%` (the host expands `%VAR%` from the
   * handler's environment): a port read from the command line is the host's port.
   */
  portFromArguments?: boolean
}
