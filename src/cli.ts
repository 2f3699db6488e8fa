#!/usr/bin/env node
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import leven from 'leven'
import { describeError, UserError } from './errors.js'
import { forTerminal } from './io/escape.js'
import { INPUT_NAMES, MODES, readSettings, type InputName } from './inputs.js'
import { runPipeline, type PipelineResult } from './main.js'
import { colourEnabled, palette, type Palette } from './report/colour.js'
import { TerminalUi } from './report/ui.js'

const USAGE = `usage: mcp-functions-deploy <mode> [folder] [--input value ...]

modes:
  check      validate the artifacts and the server code (writes nothing)
  generate   write the missing artifacts; print a diff for existing files (never overwrites)
  package    build the deterministic zip (--out FILE)
  deploy     package, deploy (--target azure|local), smoke-test
  demo       the whole pipeline on the bundled examples, no Azure account (npm start, in a clone)

folder: the server's folder (default: the current one), anywhere on disk; its git repository
(or the folder itself outside one) is the workspace that paths are shown relative to.

every action input is a flag of the same name, e.g. --layout profile --target local --fail-on warning
  --out FILE     package: where to write the zip
  --serve        deploy --target local / demo: keep serving after the smoke test (Ctrl-C stops)
  --once         deploy --target local: smoke-test, then stop (the default for demo)
  --show-key     print the Azure function key (the local key is always printed)
  --verbose      more output
  --version      print the version
  --help, -h     this text

exit codes: 0 ok, 1 findings at or above --fail-on or a failed run, 2 a usage error`

/** Where the CLI writes; `colour` per stream (the entry decides it from the terminal and env). */
export interface CliIo {
  out: (line: string) => void
  err: (line: string) => void
  env: NodeJS.ProcessEnv
  cwd: string
  colour?: { out: boolean; err: boolean }
}

/** A usage error: exit code 2. */
class UsageError extends UserError {}

const CLI_FLAGS = ['serve', 'once', 'show-key', 'verbose', 'help', 'version'] as const
const BOOLEAN_INPUTS = new Set<string>(['cache', 'smoke-test', 'skip-unchanged', 'comment'])
const CLI_MODES = [...MODES, 'demo']

/** The closest of `known` to `word`, when close enough to be a typo. */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const k of known) {
    const d = leven(word.toLowerCase(), k.toLowerCase())
    if (d < bestDistance) [best, bestDistance] = [k, d]
  }
  return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined
}

function parse(argv: string[]) {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {}
  for (const name of INPUT_NAMES) options[name] = { type: 'string' }
  for (const flag of CLI_FLAGS) options[flag] = { type: 'boolean' }
  options.help.short = 'h'
  options.out = { type: 'string' }
  // Unknown --flags first, with a suggestion (parseArgs would only say "Unknown option").
  for (const arg of argv) {
    if (arg === '--') break
    if (!arg.startsWith('--')) continue
    const name = arg.slice(2).split('=')[0]
    if (name in options) continue
    const negated = name.startsWith('no-') ? name.slice(3) : ''
    const hint = BOOLEAN_INPUTS.has(negated)
      ? `did you mean --${negated} false?`
      : closest(name, Object.keys(options))
        ? `did you mean --${closest(name, Object.keys(options))}?`
        : 'see --help'
    throw new UsageError(`unknown flag --${name}`, hint)
  }
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0], 'see --help')
  }
}

/** The version in this program's package.json (the package root above src/ or dist/cli/). */
export function version(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 4; i++) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
      if (pkg.name === 'mcp-functions-deploy' && typeof pkg.version === 'string') return pkg.version
    } catch {
      // no package.json here (or dist/'s, which has no name): go up
    }
    dir = path.dirname(dir)
  }
  return 'unknown'
}

/**
 * The workspace for a folder given on the command line: its git repository's root (the nearest
 * folder above or at it holding .git, a folder or a worktree's file), else the folder itself.
 * Returns the workspace and the folder relative to it, as the `path` input takes it.
 */
export function cliWorkspace(cwd: string, folder: string): { workspace: string; path: string } {
  const abs = path.resolve(cwd, folder)
  let real: string
  try {
    real = fs.realpathSync(abs)
  } catch {
    throw new UsageError(`folder "${folder}" does not exist`, `looked for ${abs}`)
  }
  if (!fs.statSync(real).isDirectory())
    throw new UsageError(`"${folder}" is a file; give the server's folder`)
  let root: string | undefined
  for (let dir = real; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) {
      root = dir
      break
    }
    if (path.dirname(dir) === dir) break
  }
  const workspace = root ?? real
  return { workspace, path: path.relative(workspace, real).split(path.sep).join('/') || '.' }
}

/** Runs the CLI; returns the exit code (0 ok, 1 findings or a failed run, 2 usage). */
export async function cli(argv: string[], io: CliIo): Promise<number> {
  const errPaint = palette(Boolean(io.colour?.err))
  const usage = (e: unknown) => {
    io.err(`${errPaint.red('error:')} ${forTerminal(describeError(e))}`)
    return 2
  }
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (e) {
    return usage(e)
  }
  const { values, positionals } = parsed
  if (values.version) {
    io.out(version())
    return 0
  }
  if (values.help || positionals.length === 0) {
    ;(values.help ? io.out : io.err)(USAGE)
    return values.help ? 0 : 2
  }
  const [command, folder, ...rest] = positionals
  if (rest.length > 0)
    return usage(new UsageError(`unexpected arguments: ${rest.join(' ')}`, 'see --help'))
  if (command === 'demo') return demo(io, Boolean(values.serve), Boolean(values.verbose))
  if (!CLI_MODES.includes(command)) {
    const near = closest(command, CLI_MODES)
    const isFolder = fs.existsSync(path.resolve(io.cwd, command))
    const hint = near
      ? `did you mean "${near}"?`
      : isFolder
        ? `the mode comes first: mcp-functions-deploy check ${command}`
        : `one of ${CLI_MODES.join(', ')}`
    return usage(new UsageError(`unknown mode "${command}"`, hint))
  }
  const flags: Partial<Record<InputName, string>> = {}
  for (const name of INPUT_NAMES)
    if (typeof values[name] === 'string') flags[name] = values[name] as string
  flags.mode = command
  if (folder !== undefined) {
    if (flags.path !== undefined && flags.path !== folder)
      return usage(new UsageError('the folder is given twice (positional and --path)'))
    flags.path = folder
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
  const out = palette(Boolean(io.colour?.out))
  const err = palette(Boolean(io.colour?.err))
  const ui = new TerminalUi(io.out, opts.verbose, out.line)
  let settings: ReturnType<typeof readSettings>
  try {
    // The folder's git repository is the workspace (or the folder itself outside one): a
    // laptop user checks ../my-server as readily as ./server.
    const { workspace, path: rel } = cliWorkspace(io.cwd, flags.path ?? '.')
    settings = readSettings(name => (name === 'path' ? rel : flags[name]), {
      ...io.env,
      GITHUB_WORKSPACE: workspace
    })
  } catch (e) {
    // Everything wrong with the command line shows before any work starts: exit 2.
    io.err(`${err.red('error:')} ${forTerminal(describeError(e))}`)
    return 2
  }
  let result: PipelineResult
  try {
    result = await runPipeline(settings, ui, {
      outFile: opts.outFile,
      serve: opts.serve,
      terminal: true
    })
    printOutputs(io, out, result, settings.target === 'local' || opts.showKey)
    if (result.deployment) {
      io.out(`serving at ${forTerminal(result.outputs.endpoint)}; press Ctrl-C to stop`)
      await waitForInterrupt()
      await result.deployment.stop()
    }
  } catch (e) {
    io.err(`${err.red('error:')} ${forTerminal(describeError(e))}`)
    return 1
  }
  if (result.failure) {
    io.err(`${err.red('failed:')} ${forTerminal(result.failure)}`)
    return 1
  }
  return 0
}

function printOutputs(io: CliIo, paint: Palette, result: PipelineResult, showKey: boolean): void {
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
    io.out(
      `${paint.bold(name + ':')} ${name === 'key' && !showKey ? '*** (masked; --show-key prints it)' : forTerminal(v)}`
    )
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
  throw new UserError(
    'demo runs the bundled examples, which are not next to this program (examples/ not found)',
    'run it in a clone of the repository: npm ci && npm start'
  )
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
  const paint = palette(Boolean(io.colour?.out))
  io.out(
    code === 0
      ? paint.green('\ndemo: all steps passed')
      : paint.red('\ndemo: a step failed (see above)')
  )
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
    cwd: process.cwd(),
    colour: {
      out: colourEnabled(process.env, process.stdout.isTTY),
      err: colourEnabled(process.env, process.stderr.isTTY)
    }
  })
  process.exitCode = code
}
