/**
 * The one door through which this program starts child processes (pip, npm, git, python, the
 * local handler). Every child gets an allow-listed environment, never the runner's: no
 * GITHUB_TOKEN, no INPUT_*, no ACTIONS_* tokens, no Azure secrets, no GITHUB_ENV/GITHUB_OUTPUT
 * files to write workflow state into. Output arrives line by line while the child runs; a timeout
 * or an abort kills the child's whole process group; nothing here can hang on a grandchild that
 * keeps the pipes open.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'

/**
 * Which tool the child is; each adds its own settings family to the common allow-list:
 * `pip` and `python`: PIP_* (and pyenv's interpreter choice); `npm`: npm_config_* / NPM_CONFIG_*.
 * `plain`: the common list only (git, a handler, a probe).
 */
export type ChildTool = 'plain' | 'python' | 'pip' | 'npm'

/** Passed to every child when the parent has them: paths, locale, proxies, CA settings. */
const COMMON = new Set([
  'PATH',
  'HOME',
  'TMPDIR',
  'TZ',
  'LANG',
  'LANGUAGE',
  'XDG_CACHE_HOME',
  'XDG_CONFIG_HOME',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'ALL_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'all_proxy',
  'NODE_EXTRA_CA_CERTS',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'REQUESTS_CA_BUNDLE',
  'CURL_CA_BUNDLE',
  'PIP_CERT'
])

/** What Windows programs need to start at all (node, npm.cmd, python). */
const WINDOWS = new Set([
  'SYSTEMROOT',
  'SYSTEMDRIVE',
  'WINDIR',
  'COMSPEC',
  'PATHEXT',
  'TEMP',
  'TMP',
  'USERPROFILE',
  'APPDATA',
  'LOCALAPPDATA',
  'PROGRAMDATA',
  'PROGRAMFILES',
  'PROGRAMFILES(X86)'
])

function allowed(name: string, tool: ChildTool, windows: boolean): boolean {
  if (COMMON.has(name) || name.startsWith('LC_')) return true
  if (windows && WINDOWS.has(name.toUpperCase())) return true
  if (tool === 'pip' || tool === 'python') {
    if (name.startsWith('PIP_')) return true
    if (name === 'PYENV_ROOT' || name === 'PYENV_VERSION') return true
  }
  if (tool === 'npm') {
    if (name.startsWith('npm_config_') || name.startsWith('NPM_CONFIG_')) return true
  }
  return false
}

/**
 * The environment a child sees: the allow-listed variables of `from` (by default this process's),
 * then `explicit` (app settings, a caller's own variables), which may set any name.
 */
export function childEnv(
  tool: ChildTool,
  explicit: Record<string, string | undefined> = {},
  from: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform
): Record<string, string> {
  const env: Record<string, string> = {}
  const windows = platform === 'win32'
  for (const [k, v] of Object.entries(from)) {
    if (v !== undefined && allowed(k, tool, windows)) env[k] = v
  }
  for (const [k, v] of Object.entries(explicit)) if (v !== undefined) env[k] = v
  return env
}

export interface StartOptions {
  cwd?: string
  tool?: ChildTool
  /** Variables the caller passes on explicitly (after the allow-list). */
  env?: Record<string, string | undefined>
  /** The environment the allow-list picks from (default process.env; tests pass their own). */
  from?: NodeJS.ProcessEnv
  /** Own process group (POSIX): the caller can signal the child and everything it started. */
  detached?: boolean
  /** Through a shell (only for npm.cmd on Windows; arguments must be fixed strings). */
  shell?: boolean
}

/**
 * Starts a child with piped stdout/stderr and no stdin. The low level door: the caller owns the
 * child's lifetime (the local host does, for its handler). Throws nothing: a failure to start
 * arrives as the child's 'error' event.
 */
export function startChild(cmd: string, args: string[], opts: StartOptions = {}): ChildProcess {
  return spawn(cmd, args, {
    cwd: opts.cwd,
    env: childEnv(opts.tool ?? 'plain', opts.env, opts.from),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: opts.detached ?? false,
    shell: opts.shell ?? false,
    windowsHide: true
  })
}

export interface RunOptions extends Omit<StartOptions, 'detached'> {
  /** Each line of output (stdout and stderr), as it arrives, without its line end. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void
  /** Every byte of output is appended here too (after the `$ command` line). */
  logFile?: string
  /** Kill the child (and its process group) after this long. */
  timeoutMs?: number
  signal?: AbortSignal
  /** Keep at most this much output in `output` (the log file has all of it). Default 8 MiB. */
  maxOutputBytes?: number
  /** The command as the log file shows it (say, with credentials redacted). */
  displayCommand?: string
  /** Written to the child's stdin (then closed); without it stdin is empty. */
  input?: string | Buffer
}

export interface RunResult {
  /** Exit code; 127 when the program could not be started; 124 after a timeout or abort. */
  code: number
  /** Combined stdout and stderr (bounded by maxOutputBytes: the head and tail are kept). */
  output: string
  /** Why the child was stopped, when it was. */
  stopped?: 'timeout' | 'aborted'
  /** The spawn error when the program could not be started (ENOENT, EACCES). */
  startError?: NodeJS.ErrnoException
}

/** After the child exits, how long its pipes may stay open (a grandchild holding them) before we stop waiting. */
const PIPE_GRACE_MS = 2000
/** Between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 3000

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  const pid = child.pid
  if (pid === undefined) return
  if (process.platform !== 'win32') {
    try {
      process.kill(-pid, signal)
      return
    } catch {
      // no group (already gone): fall back to the child alone
    }
  }
  try {
    child.kill(signal)
  } catch {
    /* already gone */
  }
}

/** Splits a byte stream into lines (UTF-8 safe across chunks); `end` flushes the last partial line. */
export class LineSplitter {
  private buf = ''
  private readonly decoder = new TextDecoder('utf-8')
  constructor(private readonly emit: (line: string) => void) {}
  push(chunk: Buffer): void {
    this.buf += this.decoder.decode(chunk, { stream: true })
    let i: number
    while ((i = this.buf.indexOf('\n')) >= 0) {
      this.emit(this.buf.slice(0, i).replace(/\r$/, ''))
      this.buf = this.buf.slice(i + 1)
    }
  }
  end(): void {
    this.buf += this.decoder.decode()
    const last = this.buf.replace(/\r$/, '')
    this.buf = ''
    if (last) this.emit(last)
  }
}

/**
 * Runs a command without a shell (unless asked) in its own process group, streaming its output
 * line by line. Never throws for a non-zero exit, a missing program (code 127) or a timeout
 * (code 124); always settles.
 */
export function run(cmd: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  const max = opts.maxOutputBytes ?? 8 * 1024 * 1024
  return new Promise(resolve => {
    const head: Buffer[] = []
    let headBytes = 0
    const tail: Buffer[] = []
    let tailBytes = 0
    let dropped = 0
    const keep = (b: Buffer): void => {
      if (headBytes < max / 2) {
        head.push(b)
        headBytes += b.length
        return
      }
      tail.push(b)
      tailBytes += b.length
      while (tailBytes > max / 2 && tail.length > 1) {
        const d = tail.shift()!
        tailBytes -= d.length
        dropped += d.length
      }
    }
    const log = opts.logFile ? fs.createWriteStream(opts.logFile, { flags: 'a' }) : undefined
    log?.on('error', () => {
      /* a log that cannot be written does not stop the command */
    })
    log?.write(`$ ${opts.displayCommand ?? [cmd, ...args].join(' ')}\n`)

    let settled = false
    let stopped: RunResult['stopped']
    const timers: NodeJS.Timeout[] = []
    const finish = (r: Omit<RunResult, 'output'>): void => {
      if (settled) return
      settled = true
      for (const t of timers) clearTimeout(t)
      opts.signal?.removeEventListener('abort', onAbort)
      out.end()
      err.end()
      const parts = [...head]
      if (dropped) parts.push(Buffer.from(`\n[… ${dropped} bytes left out; see the full log …]\n`))
      parts.push(...tail)
      const result: RunResult = { ...r, output: Buffer.concat(parts).toString('utf8') }
      if (stopped) result.stopped = stopped
      if (log) log.end(() => resolve(result))
      else resolve(result)
    }

    const out = new LineSplitter(l => opts.onLine?.(l, 'stdout'))
    const err = new LineSplitter(l => opts.onLine?.(l, 'stderr'))
    let child: ChildProcess
    try {
      child = spawn(cmd, args, {
        cwd: opts.cwd,
        env: childEnv(opts.tool ?? 'plain', opts.env, opts.from),
        stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        detached: process.platform !== 'win32',
        shell: opts.shell ?? false,
        windowsHide: true
      })
    } catch (e) {
      finish({ code: 127, startError: e as NodeJS.ErrnoException })
      return
    }

    const stop = (why: 'timeout' | 'aborted'): void => {
      if (settled || stopped) return
      stopped = why
      log?.write(`\n[stopped: ${why}]\n`)
      signalGroup(child, 'SIGTERM')
      const t = setTimeout(() => signalGroup(child, 'SIGKILL'), KILL_GRACE_MS)
      t.unref()
      timers.push(t)
    }
    function onAbort(): void {
      stop('aborted')
    }
    if (opts.signal?.aborted) stop('aborted')
    else opts.signal?.addEventListener('abort', onAbort, { once: true })
    if (opts.timeoutMs !== undefined) {
      const t = setTimeout(() => stop('timeout'), opts.timeoutMs)
      timers.push(t)
    }

    if (opts.input !== undefined && child.stdin) {
      child.stdin.on('error', () => {
        /* the child stopped reading: its exit code says what happened */
      })
      child.stdin.end(opts.input)
    }
    const onData =
      (split: LineSplitter) =>
      (b: Buffer): void => {
        keep(b)
        log?.write(b)
        split.push(b)
      }
    child.stdout!.on('data', onData(out))
    child.stderr!.on('data', onData(err))
    child.on('error', (e: NodeJS.ErrnoException) => {
      // only a failure to start comes here in practice (ENOENT, EACCES)
      finish({ code: 127, startError: e })
    })
    child.on('exit', (code, sig) => {
      // the pipes normally close right after; a grandchild may hold them open: stop waiting,
      // and take the rest of the group down with it
      const t = setTimeout(() => {
        signalGroup(child, 'SIGKILL')
        child.stdout?.destroy()
        child.stderr?.destroy()
        finish({ code: stopped ? 124 : (code ?? (sig ? 128 : 1)) })
      }, PIPE_GRACE_MS)
      timers.push(t)
    })
    child.on('close', (code, sig) => {
      // whatever the command left running in its group (a daemon a build script started) goes too
      if (process.platform !== 'win32' && child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL')
        } catch {
          /* the group is empty */
        }
      }
      finish({ code: stopped ? 124 : (code ?? (sig ? 128 : 1)) })
    })
  })
}
