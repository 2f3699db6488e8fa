/**
 * The hostile-repo suite's harness: a world (a workspace that is a git checkout with the job's
 * token in .git/config, and a folder beside it holding a canary), a run of the action's real
 * entry (`run()` of src/main.ts, in-process: no bundle) with what the runner would see captured,
 * and the checks every case makes: no secret or canary anywhere, no runner command the product
 * did not issue, and nothing changed on disk.
 */
import { expect } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runnerCommands } from '../../test-support/runner-commands.js'
import { treeHash } from '../helpers/fixture.js'
import { parseOutputFile } from '../helpers/runner.js'

/** The job's token as actions/checkout leaves it in .git/config (a fake, but shaped like one). */
export const TOKEN = 'ghs_HostileSuiteFakeToken0123456789abcd'
export const EXTRAHEADER = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`
/** Written in the folder beside the workspace: must never be read into anything printed. */
export const CANARY = 'OUTSIDE-CANARY-d41d8cd98f00'
/** What hostile text tries to make the runner do; a command whose data starts with it is foreign. */
export const MARK = 'PWNED'
/** Runner commands in every form, after a bare CR and LF, plus terminal escapes (OSC 52, CSI). */
export const HOSTILE =
  `x\r::add-mask::${MARK}\n::set-output name=pwned::${MARK}\r##[set-env name=${MARK}]${MARK}` +
  `\u001b]52;c;UFdORUQ=\u0007\u001b[2J\u009b31m\r  ::error::${MARK}`

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/

/** The commands this product issues itself (through @actions/core). */
const OURS = new Set(['group', 'endgroup', 'error', 'warning', 'notice', 'debug', 'add-mask'])

export interface World {
  /** Holds ws/ and outside/: hashed before and after. */
  base: string
  ws: string
  outside: string
}

/** base/ws (a checkout: .git/config with the token) and base/outside (files with the canary). */
export function makeWorld(): World {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'mfd-hostile-'))
  const ws = path.join(base, 'ws')
  const outside = path.join(base, 'outside')
  fs.mkdirSync(path.join(ws, '.git'), { recursive: true })
  fs.writeFileSync(
    path.join(ws, '.git', 'config'),
    '[core]\n\trepositoryformatversion = 0\n[remote "origin"]\n\turl = https://github.com/octo/shop\n' +
      `[http "https://github.com/"]\n\textraheader = ${EXTRAHEADER}\n`
  )
  fs.mkdirSync(outside)
  fs.writeFileSync(path.join(outside, 'requirements.txt'), `${CANARY}-line-one\n${CANARY} two\n`)
  fs.writeFileSync(path.join(outside, 'secret.txt'), `${CANARY}\n`)
  return { base, ws, outside }
}

export interface Run {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

/** The runner's summary file: @actions/core remembers its path after the first write. */
const SUMMARY = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mfd-hostile-summary-')), 'sum')
fs.writeFileSync(SUMMARY, '')
process.env.GITHUB_STEP_SUMMARY = SUMMARY

/**
 * Runs the action's entry in-process as the runner would start it: INPUT_* variables, the
 * event, GITHUB_OUTPUT and the summary file; stdout and stderr captured byte for byte.
 */
export async function runAction(
  ws: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<Run> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mfd-hostile-runner-'))
  const outFile = path.join(tmp, 'output')
  fs.writeFileSync(outFile, '')
  fs.writeFileSync(SUMMARY, '')
  const saved = { ...process.env }
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k]
  Object.assign(process.env, {
    GITHUB_WORKSPACE: ws,
    GITHUB_OUTPUT: outFile,
    RUNNER_TEMP: tmp,
    GITHUB_EVENT_NAME: 'push',
    ...env
  })
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v
  let stdout = ''
  let stderr = ''
  const realOut = process.stdout.write.bind(process.stdout)
  const realErr = process.stderr.write.bind(process.stderr)
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  }) as typeof process.stdout.write
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += String(chunk)
    return true
  }) as typeof process.stderr.write
  try {
    const { run } = await import('../../src/main.js')
    await run()
  } finally {
    process.stdout.write = realOut
    process.stderr.write = realErr
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
    Object.assign(process.env, saved)
  }
  const code = Number(process.exitCode ?? 0)
  process.exitCode = 0
  const run: Run = {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(fs.readFileSync(outFile, 'utf8')),
    summary: fs.readFileSync(SUMMARY, 'utf8')
  }
  fs.rmSync(tmp, { recursive: true, force: true })
  return run
}

/** Commands the runner would obey that the product did not issue: any `##[…]`, a foreign name, hostile data. */
export function foreignCommands(stdout: string): string[] {
  const out: string[] = []
  for (const c of runnerCommands(stdout)) {
    const v2 = /^\s*::[A-Za-z][\w-]*(?:\s[^:]*)?::(.*)$/.exec(c.line)
    if (!v2 || !OURS.has(c.name) || v2[1].startsWith(MARK)) out.push(`${c.name}: ${c.line}`)
  }
  return out
}

/** Nothing the runner would show holds a secret, and stdout carries only our own commands. */
export function expectClean(r: Run, secrets: string[], comments: string[] = []): void {
  const places: Record<string, string> = {
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: JSON.stringify(r.outputs),
    summary: r.summary,
    comment: comments.join('\n')
  }
  for (const s of secrets)
    for (const [where, text] of Object.entries(places))
      expect(`${where}: ${text.includes(s) ? s : 'clean'}`).toBe(`${where}: clean`)
  expect(foreignCommands(r.stdout)).toEqual([])
  // no control character other than tab and LF in what a person reads (summary, comment)
  for (const text of [r.summary, ...comments]) expect(text).not.toMatch(CONTROLS)
}

/** The hash of every folder of the world: compare before and after a run. */
export function worldHash(w: World): string {
  return treeHash(w.base)
}
