import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { UserError } from '../errors.js'
import type { Ui } from '../report/ui.js'
import { ProjectFiles } from '../project/files.js'
import { run } from '../io/spawn.js'
import { InstallLog, causeLine, firstErrorContext, type InstallStep } from './installlog.js'
import { moveTree, softly, workDir, type DepsCache } from './cache.js'
import { withUvLock } from './pylock.js'

/** Where the Functions Python layout (and PYTHONPATH) expects the packages. */
export const SITE_PACKAGES = path.join('.python_packages', 'lib', 'site-packages')

/**
 * The app image (Debian 12) has glibc 2.36: every manylinux tag from manylinux2014 (glibc 2.17,
 * which pip widens to manylinux2010/manylinux1) up to manylinux_2_36.
 */
export function targetPlatforms(): string[] {
  const tags = ['manylinux2014_x86_64']
  for (let minor = 17; minor <= 36; minor++) tags.push(`manylinux_2_${minor}_x86_64`)
  return tags
}

export interface PythonDeps {
  /** Which file the requirements come from. */
  source: 'requirements.txt' | 'pyproject.toml' | undefined
  /** Requirement lines (requirements.txt as is; pyproject's [project].dependencies). */
  lines: string[]
  /** Text that decides the install (the files and whatever they include), for the cache key. */
  fingerprint: string
  /** The lock the lines come from (hash-pinned, the whole closure: pip runs with --no-deps). */
  locked?: string
}

/** PEP 503 normalised name. */
export function normalizeName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[-_.]+/g, '-')
}

/** Reads the dependency inputs of the staged server. */
export async function readPythonDeps(dir: string): Promise<PythonDeps> {
  // the staged copy is the repository's content: read through the read door (confined, bounded)
  const files = new ProjectFiles(dir)
  const reqText = files.text('requirements.txt')
  if (reqText !== undefined) {
    const seen = new Set<string>()
    let fingerprint = ''
    // follow -r / -c includes for the fingerprint (pip reads them relative to the including file)
    const visit = (file: string): void => {
      if (seen.has(file) || seen.size > 50) return
      seen.add(file)
      const text = files.text(file)
      if (text === undefined) return
      fingerprint += `\n# ${file}\n${text}`
      for (const m of text.matchAll(/^\s*(?:-r|-c|--requirement|--constraint)[=\s]\s*(\S+)/gm)) {
        visit(path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1])))
      }
    }
    visit('requirements.txt')
    const lines = reqText.split(/\r?\n/)
    return { source: 'requirements.txt', lines, fingerprint }
  }
  const pyproject = path.join(dir, 'pyproject.toml')
  if (fs.existsSync(pyproject)) {
    const text = await fs.promises.readFile(pyproject, 'utf8')
    let doc: Record<string, unknown>
    try {
      doc = parseToml(text) as Record<string, unknown>
    } catch (err) {
      throw new UserError(
        `pyproject.toml is not valid TOML: ${(err as Error).message.split('\n')[0]}`
      )
    }
    const project = doc.project as { dependencies?: unknown } | undefined
    const deps = project?.dependencies
    if (deps !== undefined && !(Array.isArray(deps) && deps.every(d => typeof d === 'string'))) {
      throw new UserError(
        'pyproject.toml: [project].dependencies must be a list of requirement strings'
      )
    }
    const lines = (deps as string[] | undefined) ?? []
    return { source: 'pyproject.toml', lines, fingerprint: lines.join('\n') }
  }
  return { source: undefined, lines: [], fingerprint: '' }
}

/** True when every requirement pins one version (`name==1.2.3`), so the resolution cannot drift. */
export function fullyPinned(lines: string[]): boolean {
  const reqs = lines
    .map(l => l.replace(/(^|\s)#.*$/, '').trim())
    .filter(l => l && !l.startsWith('-'))
  return reqs.every(l =>
    /^[A-Za-z0-9._-]+(\[[^\]]*\])?\s*===?\s*[^\s,;*]+(\s*;.*)?(\s+--hash=\S+)*$/.test(l)
  )
}

export interface Interpreter {
  command: string
  /** `3.12` */
  version: string
}

/** The runner's Python: python3, else python, on PATH; undefined when there is none. */
export async function findPython(env: NodeJS.ProcessEnv): Promise<Interpreter | undefined> {
  const names = process.platform === 'win32' ? ['python', 'py'] : ['python3', 'python']
  for (const command of names) {
    let version = ''
    const r = await run(command, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], {
      tool: 'python',
      from: env,
      timeoutMs: 30000,
      onLine: (line, stream) => {
        if (stream === 'stdout') version = line.trim()
      }
    })
    if (r.code === 0 && /^\d+\.\d+$/.test(version)) return { command, version }
  }
  return undefined
}

/** The cache key: dependency inputs, target interpreter and platform, pip arguments, PIP_* settings. */
export function cacheKey(
  deps: PythonDeps,
  pythonVersion: string,
  pipArgs: string[],
  env: NodeJS.ProcessEnv,
  today = new Date()
): string {
  const h = createHash('sha256')
  h.update(`deps\0${deps.source ?? ''}\0${deps.fingerprint}\0`)
  h.update(`target\0cp${pythonVersion}\0${targetPlatforms().join(',')}\0`)
  h.update(`pip\0${pipArgs.join('\0')}\0`)
  for (const k of Object.keys(env).sort()) if (k.startsWith('PIP_')) h.update(`${k}=${env[k]}\0`)
  // unpinned requirements pick up new releases: at most one day old (scheduled redeploys refresh)
  if (!fullyPinned(deps.lines)) h.update(`day\0${today.toISOString().slice(0, 10)}\0`)
  return `mcp-pydeps-v1-linux-x64-py${pythonVersion}-${h.digest('hex').slice(0, 32)}`
}

/** name (PEP 503) → version, from the *.dist-info folders (their METADATA). */
export async function installedVersions(sitePackages: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  let names: string[]
  try {
    names = await fs.promises.readdir(sitePackages)
  } catch {
    return out
  }
  for (const d of names.filter(n => n.endsWith('.dist-info')).sort()) {
    let name: string | undefined
    let version: string | undefined
    try {
      const meta = await fs.promises.readFile(path.join(sitePackages, d, 'METADATA'), 'utf8')
      const head = meta.split(/\r?\n\r?\n/)[0]
      name = /^Name:\s*(.+)$/m.exec(head)?.[1]
      version = /^Version:\s*(.+)$/m.exec(head)?.[1]
    } catch {
      // fall back to the folder name: name-version.dist-info
    }
    if (!name || !version) {
      const m = /^(.+?)-([^-]+)\.dist-info$/.exec(d)
      if (!m) continue
      name ??= m[1]
      version ??= m[2]
    }
    out.set(normalizeName(name), version.trim())
  }
  return out
}

/** The package pip could not find a wheel for, from its output. */
export function missingPackage(output: string): string | undefined {
  return noMatchingDistribution(output)?.requirement
}

export interface NoMatch {
  /** The requirement as pip wrote it (`delta==1.0`). */
  requirement: string
  /** The versions pip saw for it (`from versions: …`); empty when it saw none. */
  versions: string[]
}

/** pip's "No matching distribution" report: which requirement, and the versions pip did see. */
export function noMatchingDistribution(output: string): NoMatch | undefined {
  const found =
    /Could not find a version that satisfies the requirement\s+(\S+)(?:\s*\(from versions:\s*([^)]*)\))?/.exec(
      output
    )
  const nomatch = /No matching distribution found for\s+([^\s;]+)/.exec(output)
  const requirement = nomatch?.[1] ?? found?.[1]
  if (!requirement) return undefined
  const seen = (found?.[2] ?? '').trim()
  const versions = seen && seen !== 'none' ? seen.split(/,\s*/).filter(Boolean) : []
  return { requirement, versions }
}

/** True when pip's output shows it really set out to build a package from source. */
export function triedSourceBuild(output: string): boolean {
  return /Installing build dependencies|Getting requirements to build (wheel|editable)|Preparing metadata \((pyproject\.toml|setup\.py)\)|Building wheels? for |Running setup\.py|setup\.py (egg_info|bdist_wheel)/.test(
    output
  )
}

/** `1.0, 1.1, …, 2.4` (the last few when there are many). */
function versionList(versions: string[]): string {
  if (versions.length === 0) return 'none'
  return versions.length > 8 ? `…, ${versions.slice(-8).join(', ')}` : versions.join(', ')
}

export interface PythonInstallOptions {
  stageDir: string
  pythonVersion: string
  pipArgs: string[]
  env: NodeJS.ProcessEnv
  ui: Ui
  /** Where the pip log goes (RUNNER_TEMP on a runner). */
  tempDir: string
  /** undefined: no cache. */
  cache?: DepsCache
  /** Stops pip when the run's deadline passes. */
  signal?: AbortSignal
}

function pipFailure(what: string, step: InstallStep, log: InstallLog): UserError {
  log.showFailure(step, 'pip')
  return new UserError(what, `full pip log: ${log.file}`, {
    causeLines: firstErrorContext(step.lines),
    step: 'install'
  })
}

/**
 * Installs the staged server's Python dependencies into <stage>/.python_packages/lib/site-packages
 * for the target runtime (Linux x86_64, CPython `pythonVersion`), through the cache.
 * Returns the installed versions (PEP 503 name → version).
 */
export async function installPython(opts: PythonInstallOptions): Promise<Map<string, string>> {
  const { stageDir, pythonVersion, pipArgs, env, ui } = opts
  const target = path.join(stageDir, SITE_PACKAGES)
  const deps = await withUvLock(stageDir, pythonVersion, await readPythonDeps(stageDir))
  if (!deps.source) {
    ui.warning('no requirements.txt or pyproject.toml: no Python packages are installed')
    return new Map()
  }
  const key = cacheKey(deps, pythonVersion, pipArgs, env)
  // the Actions cache ties an entry to its path: a fixed folder; otherwise a private one
  const work =
    opts.cache?.kind === 'actions'
      ? workDir(env)
      : path.join(await fs.promises.mkdtemp(path.join(os.tmpdir(), 'mcp-pydeps-')), 'site-packages')
  if (opts.cache) {
    const cache = opts.cache
    // the local cache restores straight into the stage; the Actions cache into its fixed folder
    const into = cache.kind === 'actions' ? work : target
    const hit = await softly(ui, 'restore', () => cache.restore(into, key), false)
    if (hit) {
      ui.info(`dependencies: restored from the ${cache.kind} cache (${key})`)
      if (cache.kind === 'actions') await moveTree(work, target)
      else await fs.promises.rm(path.dirname(work), { recursive: true, force: true })
      return installedVersions(target)
    }
    await fs.promises.rm(target, { recursive: true, force: true })
  }
  await fs.promises.rm(work, { recursive: true, force: true })
  await fs.promises.mkdir(work, { recursive: true })
  await pipInstall(deps, work, opts)
  if (opts.cache) {
    const cache = opts.cache
    await softly(ui, 'save', () => cache.save(work, key), undefined)
  }
  await moveTree(work, target)
  if (opts.cache?.kind !== 'actions')
    await fs.promises.rm(path.dirname(work), { recursive: true, force: true })
  return installedVersions(target)
}

async function pipInstall(
  deps: PythonDeps,
  into: string,
  opts: PythonInstallOptions
): Promise<void> {
  const { stageDir, pythonVersion, pipArgs, env, ui } = opts
  const python = await findPython(env)
  if (!python) {
    throw new UserError(
      'Python is needed to install the dependencies, and there is no python3 or python on PATH',
      `add actions/setup-python with python-version ${pythonVersion} before this step`
    )
  }
  const log = await InstallLog.open(opts.tempDir, 'pip', ui)
  let reqFile = 'requirements.txt'
  let reqDir: string | undefined
  if (deps.source === 'pyproject.toml') {
    reqDir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'mcp-pip-'))
    reqFile = path.join(reqDir, 'requirements-from-pyproject.txt')
    await fs.promises.writeFile(reqFile, deps.lines.join('\n') + '\n')
  }
  try {
    const common = [
      '-m',
      'pip',
      'install',
      '--disable-pip-version-check',
      '--no-input',
      '--no-compile',
      // with --target, pip compares against the runner's own packages: beside the point here
      '--no-warn-conflicts',
      '--progress-bar',
      'off',
      '--target',
      into,
      '-r',
      reqFile,
      ...(deps.locked ? ['--no-deps'] : [])
    ]
    const platformArgs = [
      ...targetPlatforms().flatMap(p => ['--platform', p]),
      '--only-binary=:all:',
      '--python-version',
      pythonVersion,
      '--implementation',
      'cp'
    ]
    const target = `CPython ${pythonVersion} on Linux x86_64`
    ui.info(
      `dependencies: pip install for ${target} (manylinux up to glibc 2.36) from ${deps.locked ? `${deps.locked} (${deps.lines.length - 1} locked packages, hash-checked by pip)` : deps.source}; log: ${log.file}`
    )
    const pipOpts = {
      cwd: stageDir,
      tool: 'pip' as const,
      from: env,
      // a runner runs as root on purpose: no advice to use a virtual environment
      env: { PIP_ROOT_USER_ACTION: env.PIP_ROOT_USER_ACTION ?? 'ignore' },
      signal: opts.signal
    }
    const first = await log.run(python.command, [...common, ...platformArgs, ...pipArgs], pipOpts)
    if (first.result.code === 0) return
    const firstText = first.lines.join('\n')
    const missing = noMatchingDistribution(firstText)
    if (!missing) {
      const cause = causeLine(first.lines)
      throw pipFailure(`pip install failed${cause ? `: ${cause}` : ''}`, first, log)
    }
    const saw = `pip saw wheels for ${target} of versions: ${versionList(missing.versions)}`
    // No wheel for the target: only a runner identical to the target can build one from source.
    const sameRuntime =
      python.version === pythonVersion && process.platform === 'linux' && process.arch === 'x64'
    if (!sameRuntime) {
      throw pipFailure(
        `No matching distribution for ${missing.requirement} on ${target} (${saw}); a source build is only tried on a runner ` +
          `whose Python is ${pythonVersion} on Linux x86_64 (this one: Python ${python.version} on ${process.platform} ${process.arch}); ` +
          `use actions/setup-python with python-version ${pythonVersion} on ubuntu, or pin a version of ${missing.requirement.replace(/[=<>!~;\s].*$/, '')} that ships wheels`,
        first,
        log
      )
    }
    ui.info(
      `dependencies: no wheel of ${missing.requirement} for ${target} (${saw}); trying again without the platform pins, which lets pip build from source with the runner's Python ${python.version} (same as the target)`
    )
    await fs.promises.rm(into, { recursive: true, force: true })
    await fs.promises.mkdir(into, { recursive: true })
    const second = await log.run(python.command, [...common, ...pipArgs], pipOpts)
    const secondText = second.lines.join('\n')
    const built = triedSourceBuild(secondText)
    if (second.result.code === 0) {
      if (built)
        ui.warning(
          `no wheel of ${missing.requirement} for the target: built from source with the runner's Python ${python.version} (same as the target); pin a version that ships wheels for a repeatable build`
        )
      return
    }
    const again = noMatchingDistribution(secondText)
    if (!built && again) {
      throw pipFailure(
        `No matching distribution for ${again.requirement}: pip saw versions: ${versionList(again.versions)} (for any platform)`,
        second,
        log
      )
    }
    const cause = causeLine(second.lines)
    throw pipFailure(
      built
        ? `pip install failed while building ${missing.requirement} from source${cause ? `: ${cause}` : ''}`
        : `pip install failed${cause ? `: ${cause}` : ''}`,
      second,
      log
    )
  } finally {
    if (reqDir) await fs.promises.rm(reqDir, { recursive: true, force: true })
  }
}
