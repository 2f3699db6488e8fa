import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { UserError } from '../errors.js'
import type { Ui } from '../report/ui.js'
import { run, tail } from './exec.js'

export interface NodeInstallOptions {
  stageDir: string
  env: NodeJS.ProcessEnv
  ui: Ui
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
  const logDir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'mcp-npm-'))
  const logFile = path.join(logDir, 'npm.log')
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
  for (const [what, args] of steps) {
    ui.info(`dependencies: ${what}`)
    const r = await run(npm, args, {
      cwd: stageDir,
      env,
      logFile,
      shell: process.platform === 'win32'
    })
    if (r.code !== 0) {
      ui.info(`npm output (last lines; full log: ${logFile}):\n${tail(r.output)}`)
      if (r.code === 127 && /ENOENT|not found/i.test(r.output)) {
        throw new UserError(
          'npm is needed to install the dependencies, and it is not on PATH',
          'add actions/setup-node before this step'
        )
      }
      throw new UserError(`${what} failed (exit code ${r.code})`, `full npm log: ${logFile}`)
    }
  }
  await fs.promises.rm(logDir, { recursive: true, force: true })
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
