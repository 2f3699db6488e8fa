/**
 * The handler process: a free or fixed port for it, where its executable is, whether it answers
 * HTTP yet, and stopping it with its whole process group (also when this process is interrupted).
 */
import type { ChildProcess } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      srv.close(() => resolve(port))
    })
  })
}

/** Resolves true when anything answers HTTP on the port. */
export function probe(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const req = http.request(
      { host: '127.0.0.1', port, path: '/', method: 'GET', timeout: 2000, agent: false },
      res => {
        res.resume()
        resolve(true)
      }
    )
    req.on('timeout', () => req.destroy())
    req.on('error', () => resolve(false))
    req.end()
  })
}

export function portInUse(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const sock = net.connect({ host: '127.0.0.1', port })
    sock.once('connect', () => {
      sock.destroy()
      resolve(true)
    })
    sock.once('error', () => resolve(false))
  })
}

// --- process groups: no orphans, also when this process is interrupted ---

const liveGroups = new Set<number>()
let signalsHooked = false

/** Remembers a started handler's process group, so an exit or a signal of this process takes it along. */
export function trackGroup(pid: number): void {
  liveGroups.add(pid)
  hookSignals()
}

/** Signals the handler's process group; `alsoPid` while the handler itself is known to be alive. */
function killGroup(pid: number, signal: NodeJS.Signals, alsoPid = true): void {
  try {
    process.kill(-pid, signal)
  } catch {
    if (!alsoPid) return
    try {
      process.kill(pid, signal)
    } catch {
      /* already gone */
    }
  }
}

function onExit(): void {
  for (const pid of liveGroups) killGroup(pid, 'SIGKILL', false)
}

function onSignal(signal: NodeJS.Signals): void {
  for (const pid of liveGroups) killGroup(pid, 'SIGTERM', false)
  liveGroups.clear()
  // Nobody else handles this signal: do what it would have done without us.
  if (process.listenerCount(signal) === 1) {
    unhookSignals()
    process.kill(process.pid, signal)
  }
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

function hookSignals(): void {
  if (signalsHooked) return
  signalsHooked = true
  process.on('exit', onExit)
  for (const s of SIGNALS) process.on(s, onSignal)
}

function unhookSignals(): void {
  if (!signalsHooked) return
  signalsHooked = false
  process.off('exit', onExit)
  for (const s of SIGNALS) process.off(s, onSignal)
}

function groupExists(pid: number): boolean {
  try {
    process.kill(-pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null
}

function waitExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true)
  return new Promise(resolve => {
    const t = setTimeout(() => resolve(false), ms)
    child.once('exit', () => {
      clearTimeout(t)
      resolve(true)
    })
  })
}

export async function stopChild(child: ChildProcess): Promise<void> {
  const pid = child.pid
  if (pid === undefined) return
  killGroup(pid, 'SIGTERM', isRunning(child))
  if (!(await waitExit(child, 5000))) killGroup(pid, 'SIGKILL', isRunning(child))
  await waitExit(child, 5000)
  // Whatever the handler left in its group (npm start → node …) goes too. The handler is reaped
  // by now, so its pid alone may belong to someone else: only the group.
  killGroup(pid, 'SIGKILL', false)
  // Wait (bounded) until the group is empty, so "stopped" means no process of it is left.
  for (let i = 0; i < 40 && groupExists(pid); i++) await new Promise(r => setTimeout(r, 50))
  liveGroups.delete(pid)
  if (liveGroups.size === 0) unhookSignals()
}

/** The executable as the host finds it: a file of the package (working directory, then app root), else a command. */
export function resolveExecutable(exe: string, cwd: string, wwwroot: string): string {
  if (path.isAbsolute(exe)) return exe
  for (const base of [cwd, wwwroot]) {
    const candidate = path.resolve(base, exe)
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return exe
}
