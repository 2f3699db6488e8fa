import fs from 'node:fs'
import path from 'node:path'
import { UserError } from '../errors.js'
import type { Ui } from '../report/ui.js'
import { InstallLog, causeLine, firstErrorContext } from './installlog.js'

export interface NodeInstallOptions {
  stageDir: string
  env: NodeJS.ProcessEnv
  ui: Ui
  /** Where the npm log goes (RUNNER_TEMP on a runner). */
  tempDir: string
  /** Stops npm when the run's deadline passes. */
  signal?: AbortSignal
}

/**
 * In the stage: `npm ci` (`npm install` without a lockfile), `npm run build --if-present`, then
 * `npm prune --omit=dev`. Returns the top-level installed packages (name → version).
 */
export async function installNode(opts: NodeInstallOptions): Promise<Map<string, string>> {
  const { stageDir, env, ui } = opts
  if (!fs.existsSync(path.join(stageDir, 'package.json'))) {
    throw new UserError('package.json is missing: a Node server needs one')
  }
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const log = await InstallLog.open(opts.tempDir, 'npm', ui)
  const locked =
    fs.existsSync(path.join(stageDir, 'package-lock.json')) ||
    fs.existsSync(path.join(stageDir, 'npm-shrinkwrap.json'))
  const steps: Array<[string, string[]]> = [
    locked
      ? ['npm ci', ['ci', '--no-audit', '--no-fund']]
      : ['npm install', ['install', '--no-audit', '--no-fund']],
    ['npm run build', ['run', 'build', '--if-present']],
    ['npm prune', ['prune', '--omit=dev', '--no-audit', '--no-fund']]
  ]
  if (!locked)
    ui.warning(
      'no package-lock.json: dependencies are resolved afresh (npm install); commit a lockfile for repeatable builds'
    )
  ui.info(`dependencies: npm log: ${log.file}`)
  for (const [what, args] of steps) {
    ui.info(`dependencies: ${what}`)
    const step = await log.run(npm, args, {
      cwd: stageDir,
      tool: 'npm',
      from: env,
      shell: process.platform === 'win32',
      signal: opts.signal
    })
    const r = step.result
    if (r.code === 0) continue
    if (r.startError?.code === 'ENOENT') {
      throw new UserError(
        'npm is needed to install the dependencies, and it is not on PATH',
        'add actions/setup-node before this step'
      )
    }
    log.showFailure(step, what)
    const cause = causeLine(step.lines)
    throw new UserError(
      `${what} failed (exit code ${r.code})${cause ? `: ${cause}` : ''}`,
      `full npm log: ${log.file}`,
      { causeLines: firstErrorContext(step.lines), step: 'install' }
    )
  }
  return nodeVersions(path.join(stageDir, 'node_modules'))
}

/** Top-level packages of a node_modules folder (scoped ones included): name → version. */
export async function nodeVersions(nodeModules: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const read = async (dir: string, name: string): Promise<void> => {
    try {
      const pkg = JSON.parse(
        await fs.promises.readFile(path.join(dir, 'package.json'), 'utf8')
      ) as { version?: unknown }
      if (typeof pkg.version === 'string') out.set(name, pkg.version)
    } catch {
      // not a package
    }
  }
  let names: string[]
  try {
    names = (await fs.promises.readdir(nodeModules)).sort()
  } catch {
    return out
  }
  for (const n of names) {
    if (n.startsWith('.')) continue
    if (n.startsWith('@')) {
      for (const s of (await fs.promises.readdir(path.join(nodeModules, n))).sort()) {
        await read(path.join(nodeModules, n, s), `${n}/${s}`)
      }
    } else await read(path.join(nodeModules, n), n)
  }
  return out
}
