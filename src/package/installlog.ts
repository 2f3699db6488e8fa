/**
 * What pip and npm print, on its way to the log and the screen: each line redacted (credentials
 * in index URLs), shown as it comes (indented under the step), kept in full in a log file under
 * the temp folder (RUNNER_TEMP on a runner, which keeps it for an upload step), and, on failure,
 * the lines around the first error rather than the last ones.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Ui } from '../report/ui.js'
import { run, type ChildTool, type RunResult } from '../io/spawn.js'
import { forLog } from '../io/escape.js'
import { UserError } from '../errors.js'
import { formatSeconds } from '../io/deadline.js'

/** `scheme://user:pass@host` and `scheme://token@host` → `scheme://***@host`. */
export function redactCredentials(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@'"]+@/gi, '$1***@')
}

/** The folder for install logs: `<tempDir>/mcp-functions-deploy-logs`. */
export function logFolder(tempDir: string): string {
  return path.join(tempDir, 'mcp-functions-deploy-logs')
}

/** An npm or pip line that starts an error report. */
const ERROR_LINE = /^(npm (ERR!|error)|ERROR:|error:|Error:|\S+Error: |× )|(^|: )error TS\d+/
/** pip's report on the runner's own packages (with --target it is beside the point): not the cause. */
const PIP_ENVIRONMENT = /^ERROR: pip's dependency resolver does not currently take into account/

function isError(line: string): boolean {
  const l = line.trim()
  return ERROR_LINE.test(l) && !PIP_ENVIRONMENT.test(l)
}

/** npm's bookkeeping lines around an error: not the cause. */
const NPM_META =
  /^npm (ERR!|error) (code|errno|syscall|path|A complete log|Log files were not written)/

/** `pip install` for `python3 -m pip install …`, `npm ci` for `npm ci …`. */
function commandName(cmd: string, args: string[]): string {
  const words = args[0] === '-m' ? args.slice(1, 3) : [path.basename(cmd), args[0]]
  return words.filter(Boolean).join(' ')
}

/** The lines around the first error: up to `before` lines ahead of it and `after` from it on. */
export function firstErrorContext(lines: string[], before = 3, after = 15): string[] {
  const i = lines.findIndex(isError)
  if (i < 0) return lines.filter(l => l.trim()).slice(-(before + after))
  return lines.slice(Math.max(0, i - before), i + after)
}

/** The first line that says what went wrong (npm's `code EUSAGE` line skipped for the sentence after it). */
export function causeLine(lines: string[]): string | undefined {
  const errors = lines.map(l => l.trim()).filter(isError)
  const strip = (l: string): string => l.replace(/^(npm (ERR!|error)|ERROR:|error:)\s*/, '').trim()
  const cause = errors.find(l => !NPM_META.test(l) && strip(l) !== '') ?? errors[0]
  if (cause === undefined) return undefined
  return forLog(strip(cause)).slice(0, 300)
}

/** pip and npm give up on a dead network themselves; this bounds anything else (a build script that waits). */
export const INSTALL_STEP_TIMEOUT_MS = 30 * 60 * 1000

export interface InstallStep {
  /** Printed lines and result. */
  lines: string[]
  result: RunResult
}

/** One install session (pip or npm): a log file, streamed and redacted lines. */
export class InstallLog {
  private constructor(
    readonly file: string,
    private readonly ui: Ui
  ) {}

  /** Opens `<tempDir>/mcp-functions-deploy-logs/<tool>-<time>.log`. */
  static async open(tempDir: string, tool: string, ui: Ui): Promise<InstallLog> {
    const dir = logFolder(tempDir)
    await fs.promises.mkdir(dir, { recursive: true })
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const file = path.join(dir, `${tool}-${stamp}-${process.pid}.log`)
    await fs.promises.writeFile(file, '')
    return new InstallLog(file, ui)
  }

  /** Runs one command: its output streamed (redacted, indented) to the Ui and the log. */
  async run(
    cmd: string,
    args: string[],
    opts: {
      cwd: string
      tool: ChildTool
      from: NodeJS.ProcessEnv
      env?: Record<string, string>
      shell?: boolean
      /** Stops the command (and its process group): the run's deadline (timeout-minutes). */
      signal?: AbortSignal
    }
  ): Promise<InstallStep> {
    const lines: string[] = []
    const log = fs.createWriteStream(this.file, { flags: 'a' })
    log.on('error', () => {
      /* the log is a convenience: a full disk does not fail the install */
    })
    log.write(redactCredentials(`$ ${[cmd, ...args].join(' ')}\n`))
    const started = Date.now()
    const result = await run(cmd, args, {
      ...opts,
      timeoutMs: INSTALL_STEP_TIMEOUT_MS,
      onLine: raw => {
        const line = redactCredentials(raw)
        lines.push(line)
        log.write(line + '\n')
        // a runner line and a terminal line at once: no workflow command, no control sequence
        if (line.trim()) this.ui.info(forLog(`  ${line}`))
      }
    })
    if (result.startError) log.write(`[could not start: ${result.startError.message}]\n`)
    await new Promise<void>(resolve => log.end(() => resolve()))
    const what = commandName(cmd, args)
    if (result.stopped === 'aborted') {
      const reason = opts.signal?.reason
      const why = reason instanceof Error ? reason.message : 'the run was cancelled'
      throw new UserError(
        `${what} was stopped after ${formatSeconds(Date.now() - started)}: ${why}`,
        `the package build counts against timeout-minutes: raise it, or make the install faster (the cache input); full log: ${this.file}`
      )
    }
    if (result.stopped) {
      throw new UserError(
        `${what} did not finish within ${INSTALL_STEP_TIMEOUT_MS / 60000} minutes and was stopped`,
        `full log: ${this.file}`
      )
    }
    return { lines, result }
  }

  /** Prints the lines around the first error, with the log's path. */
  showFailure(step: InstallStep, what: string): void {
    const context = firstErrorContext(step.lines)
    if (context.length === 0) return
    this.ui.info(`${what}: the first error (full log: ${this.file}):`)
    for (const l of context) this.ui.info(forLog(`  | ${l}`))
  }
}
