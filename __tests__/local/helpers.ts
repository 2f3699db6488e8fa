import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import { TerminalUi } from '../../src/report/ui.js'
import { startHost, type HostOptions, type RunningHost } from '../../src/targets/local/host.js'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const PY_FIXTURE = path.join(ROOT, '__tests__/fixtures/local-python')
export const PYTHONPATH_SETTING = {
  PYTHONPATH: '/home/site/wwwroot/.python_packages/lib/site-packages'
}
export const PROFILE_FLAG = { AzureWebJobsFeatureFlags: 'EnableMcpCustomHandlerPreview' }

/**
 * The interpreter itself, not a version-manager shim (pyenv's costs ~0.7 s per start); the shim
 * path is still exercised by the LocalTarget test (start.sh runs `python3`).
 */
export const PYTHON = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
  encoding: 'utf8'
}).trim()

const temps: string[] = []

/** A temp copy of a folder; host.json replaced when given. */
export async function copyApp(src: string, hostJson?: unknown): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mcp-fd-test-'))
  temps.push(dir)
  await cp(src, dir, { recursive: true })
  if (hostJson === undefined && src === PY_FIXTURE) {
    // keep the fixture's own (commented) host.json, with the interpreter itself
    const file = path.join(dir, 'host.json')
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('"python3"', JSON.stringify(PYTHON))
    )
  }
  if (hostJson !== undefined)
    await writeFile(path.join(dir, 'host.json'), JSON.stringify(hostJson, null, 2))
  return dir
}

export async function removeTemps(): Promise<void> {
  await Promise.all(temps.splice(0).map(d => rm(d, { recursive: true, force: true })))
}

export function classicHost(
  customHandler: Record<string, unknown>,
  routePrefix: string | null = ''
): unknown {
  return {
    version: '2.0',
    ...(routePrefix === null ? {} : { extensions: { http: { routePrefix } } }),
    customHandler: {
      description: {
        defaultExecutablePath: PYTHON,
        workingDirectory: '',
        arguments: ['server.py']
      },
      ...customHandler
    }
  }
}

export function profileHost(port: number, extra: Record<string, unknown> = {}): unknown {
  return {
    version: '2.0',
    configurationProfile: 'mcp-custom-handler',
    customHandler: {
      description: { defaultExecutablePath: PYTHON, arguments: ['server.py'] },
      port,
      ...extra
    }
  }
}

/** A live process (a zombie waiting to be reaped by init counts as gone). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  if (!existsSync('/proc/self')) return true
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return false
  }
}

export interface Reply {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

/** A plain request with full control of the headers (fetch cannot set Host). */
export function request(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: opts.method ?? 'GET', headers: opts.headers, agent: false },
      res => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', d => (body += d))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
        res.on('error', reject)
      }
    )
    req.on('error', reject)
    req.end(opts.body)
  })
}

export const MCP_HEADERS = {
  'content-type': 'application/json',
  accept: 'application/json, text/event-stream'
}
export const INIT_BODY = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: {
    protocolVersion: '2025-06-18',
    capabilities: {},
    clientInfo: { name: 't', version: '1' }
  }
})

export function captureUi(): { ui: TerminalUi; lines: string[] } {
  const lines: string[] = []
  return { ui: new TerminalUi(l => lines.push(l)), lines }
}

export const noSleep = async (): Promise<void> => {}

export const KEY = 'test-key-0123456789'
const running: RunningHost[] = []

/** startHost on 127.0.0.1:0 with the fixture's app settings and KEY; stopped by stopAll(). */
export async function host(
  wwwroot: string,
  extra: Partial<HostOptions> = {}
): Promise<RunningHost> {
  const h = await startHost({
    wwwroot,
    port: 0,
    appSettings: { ...PYTHONPATH_SETTING },
    keys: { default: KEY },
    readyTimeoutMs: 15000,
    ...extra
  })
  running.push(h)
  return h
}

export async function stopAll(): Promise<void> {
  await Promise.all(running.splice(0).map(h => h.stop()))
}

export async function startFailure(p: Promise<unknown>): Promise<UserError> {
  try {
    await p
  } catch (err) {
    expect(err).toBeInstanceOf(UserError)
    return err as UserError
  }
  throw new Error('expected startHost to fail')
}

export function pidIn(message: string): number {
  const m = /pid (\d+)/.exec(message)
  expect(m).not.toBeNull()
  return Number(m![1])
}
