import { afterAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildPackage } from '../../src/package/index.js'
import { readSettings } from '../../src/inputs.js'
import { TerminalUi } from '../../src/report/ui.js'
import { UserError } from '../../src/errors.js'
import { Deadline, DeadlineReached } from '../../src/io/deadline.js'

// The package build counts against timeout-minutes: an install that would outlast the run is
// killed when the deadline passes. The seam: a `python3` on PATH that answers the version probe
// and then, as "pip", sleeps for a minute (a node child), writing its pid first.

const made: string[] = []
function tmp(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pkg-deadline-'))
  made.push(dir)
  return dir
}
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true })
})

function slowPython(pidFile: string): string {
  const bin = tmp()
  const script = [
    '#!/bin/sh',
    'if [ "$1" = "-c" ]; then echo 3.12; exit 0; fi',
    `echo $$ > '${pidFile}'`,
    'echo "Collecting alpha==1.0.0"',
    `exec '${process.execPath}' -e 'setTimeout(() => {}, 60000)'`
  ].join('\n')
  fs.writeFileSync(path.join(bin, 'python3'), script + '\n', { mode: 0o755 })
  return bin
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('the deadline stops the install', () => {
  it('signal(): aborted at once when nothing remains, its reason naming the limit', () => {
    const d = new Deadline(0, { label: 'timeout-minutes (0 min)' })
    const s = d.signal()
    expect(s.aborted).toBe(true)
    expect(s.reason).toBeInstanceOf(DeadlineReached)
    expect((s.reason as Error).message).toBe('the run reached its limit, timeout-minutes (0 min)')
    expect(new Deadline(60000).signal().aborted).toBe(false)
  })

  it('a pip that would outlast the run is killed when the deadline passes, named with the limit', async () => {
    const root = tmp()
    fs.writeFileSync(path.join(root, 'server.py'), 'print(1)\n')
    fs.writeFileSync(path.join(root, 'host.json'), '{"version": "2.0"}\n')
    fs.writeFileSync(path.join(root, 'requirements.txt'), 'alpha==1.0.0\n')
    const pidFile = path.join(tmp(), 'pip.pid')
    const lines: string[] = []
    const deadline = new Deadline(1500, { label: 'timeout-minutes (0.025 min)' })
    const err = await buildPackage({
      serverDir: root,
      language: 'python',
      plan: { created: [], changed: [] },
      settings: {
        ...readSettings(n => (n === 'app-name' ? 'app' : undefined), {}),
        cache: false,
        tempDir: tmp()
      },
      pythonVersion: '3.12',
      ui: new TerminalUi(l => lines.push(l)),
      outFile: path.join(tmp(), 'package.zip'),
      env: { PATH: slowPython(pidFile) },
      signal: deadline.signal()
    }).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).message).toMatch(
      /^pip install was stopped after \d+(\.\d)? s: the run reached its limit, timeout-minutes \(0\.025 min\)$/
    )
    expect((err as UserError).hint).toMatch(/timeout-minutes/)
    // it ran, said what it did, and is gone (its whole process group was killed)
    expect(lines.join('\n')).toContain('Collecting alpha==1.0.0')
    const pid = Number(fs.readFileSync(pidFile, 'utf8'))
    expect(pid).toBeGreaterThan(0)
    expect(alive(pid)).toBe(false)
  })
})
