import { spawn } from 'node:child_process'
import fs from 'node:fs'

export interface RunResult {
  code: number
  /** Combined stdout and stderr. */
  output: string
}

/**
 * Runs a command without a shell, collecting its output (and appending it to `logFile` when
 * given). Never throws for a non-zero exit; a missing program gives code 127.
 */
export function run(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; logFile?: string; shell?: boolean } = {}
): Promise<RunResult> {
  return new Promise(resolve => {
    const chunks: Buffer[] = []
    const log = opts.logFile ? fs.createWriteStream(opts.logFile, { flags: 'a' }) : undefined
    log?.write(`$ ${cmd} ${args.join(' ')}\n`)
    let child
    try {
      child = spawn(cmd, args, {
        cwd: opts.cwd,
        env: opts.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        shell: opts.shell ?? false,
        windowsHide: true
      })
    } catch (err) {
      log?.end()
      resolve({ code: 127, output: String((err as Error).message) })
      return
    }
    const onData = (b: Buffer): void => {
      chunks.push(b)
      log?.write(b)
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('error', err => {
      log?.end()
      resolve({ code: 127, output: err.message })
    })
    child.on('close', code => {
      const output = Buffer.concat(chunks).toString('utf8')
      if (log) log.end(() => resolve({ code: code ?? 1, output }))
      else resolve({ code: code ?? 1, output })
    })
  })
}

/** The last `n` non-empty lines of a command's output. */
export function tail(output: string, n = 25): string {
  return output
    .split(/\r?\n/)
    .filter(l => l.trim() !== '')
    .slice(-n)
    .join('\n')
}
