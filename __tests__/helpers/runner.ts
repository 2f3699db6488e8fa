import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { REPO } from './fixture.js'

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** `::error file=…,line=…::message` lines, parsed. */
  annotations: Array<{ level: string; props: Record<string, string>; message: string }>
}

/** Parses GITHUB_OUTPUT as the runner writes it: `name<<DELIM\nvalue\nDELIM`. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) out[m[1]] = m[3]
  return out
}

function unescapeCommand(s: string): string {
  return s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')
}

/** Runs dist/index.js as the runner does: INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. */
export function runAction(
  workspace: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<ActionRun> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mfd-runner-'))
  const outFile = path.join(tmp, 'output')
  const summaryFile = path.join(tmp, 'summary')
  fs.writeFileSync(outFile, '')
  fs.writeFileSync(summaryFile, '')
  const childEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: 'push',
    RUNNER_TEMP: tmp,
    ...env
  }
  for (const [k, v] of Object.entries(inputs)) childEnv[`INPUT_${k.toUpperCase()}`] = v
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO, 'dist', 'index.js')], {
      env: childEnv,
      cwd: workspace
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', d => (stdout += d))
    child.stderr.on('data', d => (stderr += d))
    child.on('error', reject)
    child.on('close', code => {
      const annotations = [
        ...stdout.matchAll(/^::(error|warning|notice)(?: ([^:]*))?::(.*)$/gm)
      ].map(m => ({
        level: m[1],
        props: Object.fromEntries(
          (m[2] ?? '')
            .split(',')
            .filter(Boolean)
            .map(kv => {
              const i = kv.indexOf('=')
              return [kv.slice(0, i), unescapeCommand(kv.slice(i + 1))]
            })
        ),
        message: unescapeCommand(m[3])
      }))
      resolve({
        code,
        stdout,
        stderr,
        outputs: parseOutputFile(fs.readFileSync(outFile, 'utf8')),
        summary: fs.readFileSync(summaryFile, 'utf8'),
        annotations
      })
      fs.rmSync(tmp, { recursive: true, force: true })
    })
  })
}
