#!/usr/bin/env node
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { describeError, UserError } from './errors.js'
import { INPUT_NAMES, MODES, readSettings, type InputName } from './inputs.js'
import { runPipeline, type PipelineResult } from './main.js'
import { TerminalUi } from './report/ui.js'

const USAGE = `usage: mcp-functions-deploy <mode> [path] [--input value ...]

modes:
  check      validate the artifacts and the server code (writes nothing)
  generate   write the missing artifacts; print a diff for existing files (never overwrites)
  package    build the deterministic zip (--out FILE)
  deploy     package, deploy (--target azure|local), smoke-test
  demo       the whole pipeline on the bundled examples, no Azure account (npm start)

every action input is a flag of the same name, e.g. --layout profile --target local --fail-on warning
  --out FILE     package: where to write the zip
  --serve        deploy --target local / demo: keep serving after the smoke test (Ctrl-C stops)
  --once         deploy --target local: smoke-test, then stop (the default for demo)
  --show-key     print the Azure function key (the local key is always printed)
  --verbose      more output
  --help`

interface CliIo {
  out: (line: string) => void
  err: (line: string) => void
  env: NodeJS.ProcessEnv
  cwd: string
}

function parse(argv: string[]) {
  const options: Record<string, { type: 'string' | 'boolean' }> = {}
  for (const name of INPUT_NAMES) options[name] = { type: 'string' }
  for (const flag of ['serve', 'once', 'show-key', 'verbose', 'help'])
    options[flag] = { type: 'boolean' }
  options.out = { type: 'string' }
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (e) {
    throw new UserError((e as Error).message.split('\n')[0], 'see --help')
  }
}

/** Runs the CLI; returns the exit code (0 ok, 1 failed, 2 usage). */
export async function cli(argv: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (e) {
    io.err(`error: ${describeError(e)}`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help || positionals.length === 0) {
    ;(values.help ? io.out : io.err)(USAGE)
    return values.help ? 0 : 2
  }
  const [command, target, ...rest] = positionals
  if (rest.length > 0) {
    io.err(`error: unexpected arguments: ${rest.join(' ')} (see --help)`)
    return 2
  }
  if (command === 'demo') return demo(io, Boolean(values.serve), Boolean(values.verbose))
  if (!(MODES as readonly string[]).includes(command)) {
    io.err(`error: unknown mode "${command}"; one of ${MODES.join(', ')}, demo`)
    return 2
  }
  const flags: Partial<Record<InputName, string>> = {}
  for (const name of INPUT_NAMES)
    if (typeof values[name] === 'string') flags[name] = values[name] as string
  flags.mode = command
  if (target !== undefined) {
    if (flags.path !== undefined && flags.path !== target) {
      io.err('error: the path is given twice (positional and --path)')
      return 2
    }
    flags.path = target
  }
  return runOnce(io, flags, {
    outFile: typeof values.out === 'string' ? path.resolve(io.cwd, values.out) : undefined,
    serve: flags.target === 'local' && command === 'deploy' ? !values.once : Boolean(values.serve),
    showKey: Boolean(values['show-key']),
    verbose: Boolean(values.verbose)
  })
}

async function runOnce(
  io: CliIo,
  flags: Partial<Record<InputName, string>>,
  opts: { outFile?: string; serve: boolean; showKey: boolean; verbose: boolean }
): Promise<number> {
  const ui = new TerminalUi(io.out, opts.verbose)
  let result: PipelineResult
  try {
    // On a laptop the workspace is the current folder (GITHUB_WORKSPACE when set).
    const settings = readSettings(name => flags[name], {
      ...io.env,
      GITHUB_WORKSPACE: io.env.GITHUB_WORKSPACE || io.cwd
    })
    result = await runPipeline(settings, ui, {
      outFile: opts.outFile,
      serve: opts.serve,
      terminal: true
    })
    printOutputs(io, result, settings.target === 'local' || opts.showKey)
    if (result.deployment) {
      io.out(`serving at ${result.outputs.endpoint}; press Ctrl-C to stop`)
      await waitForInterrupt()
      await result.deployment.stop()
    }
  } catch (e) {
    io.err(`error: ${describeError(e)}`)
    return 1
  }
  if (result.failure) {
    io.err(`failed: ${result.failure}`)
    return 1
  }
  return 0
}

function printOutputs(io: CliIo, result: PipelineResult, showKey: boolean): void {
  for (const name of [
    'endpoint',
    'key',
    'tools',
    'package-path',
    'package-bytes',
    'package-sha256',
    'deployed'
  ]) {
    const v = result.outputs[name]
    if (v === undefined) continue
    io.out(`${name}: ${name === 'key' && !showKey ? '*** (masked; --show-key prints it)' : v}`)
  }
}

function waitForInterrupt(): Promise<void> {
  return new Promise(resolve => {
    const done = () => {
      process.off('SIGINT', done)
      process.off('SIGTERM', done)
      resolve()
    }
    process.once('SIGINT', done)
    process.once('SIGTERM', done)
  })
}

/** The folder holding examples/: the package root, two levels above dist/cli/index.js or src/cli.ts. */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 4; i++) {
    if (fs.existsSync(path.join(dir, 'examples')) && fs.existsSync(path.join(dir, 'action.yml')))
      return dir
    dir = path.dirname(dir)
  }
  throw new UserError('the bundled examples are not next to this program (examples/ not found)')
}

/** npm start: check + generate on a copy of the original recipe, then each example deployed locally and smoke-tested. */
async function demo(io: CliIo, serve: boolean, verbose: boolean): Promise<number> {
  const root = packageRoot()
  // A demo should not spend minutes on pip's default retries against an index it cannot reach
  // (an offline laptop, a mirror-only machine); a real deploy keeps the user's pip settings.
  process.env.PIP_RETRIES ??= '1'
  const examples = path.join(root, 'examples')
  const recipe = path.join(examples, 'original-recipe')
  let code = 0
  if (fs.existsSync(recipe)) {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'mcp-recipe-'))
    fs.cpSync(recipe, copy, { recursive: true })
    io.out(
      '\n=== 1. The original recipe, as users write it today: check, then generate (in a temporary copy)\n'
    )
    const checked = await runOnce(
      { ...io, cwd: copy },
      { mode: 'check', path: '.' },
      { serve: false, showKey: false, verbose }
    )
    if (checked === 1)
      io.out('(the check fails, as it should: these are the traps of the recipe)\n')
    await runOnce(
      { ...io, cwd: copy },
      { mode: 'generate', path: '.' },
      { serve: false, showKey: false, verbose }
    )
    fs.rmSync(copy, { recursive: true, force: true })
  }
  const servers = ['weather-node', 'weather-python'].filter(e =>
    fs.existsSync(path.join(examples, e))
  )
  for (const [i, name] of servers.entries()) {
    io.out(
      `\n=== ${i + 2}. examples/${name}: package, host locally as the Functions host does, smoke-test\n`
    )
    const rc = await runOnce(
      { ...io, cwd: root },
      {
        mode: 'deploy',
        target: 'local',
        path: `examples/${name}`,
        'local-port': serve ? '7071' : '0',
        cache: 'true'
      },
      { serve: serve && i === servers.length - 1, showKey: true, verbose }
    )
    if (rc !== 0) code = rc
  }
  io.out(code === 0 ? '\ndemo: all steps passed' : '\ndemo: a step failed (see above)')
  return code
}

const isMain =
  process.argv[1] &&
  fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url))
if (isMain) {
  const code = await cli(process.argv.slice(2), {
    out: line => process.stdout.write(line + '\n'),
    err: line => process.stderr.write(line + '\n'),
    env: process.env,
    cwd: process.cwd()
  })
  process.exitCode = code
}
