import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ignore, { type Ignore } from 'ignore'
import { UserError } from '../errors.js'
import { ProjectFiles } from '../project/files.js'
import type { Language } from '../project/types.js'
import { run } from '../io/spawn.js'

export interface StagePlan {
  /** Missing artifacts to write into the stage (same templates as generate). */
  created: Array<{ file: string; content: string }>
  /** Existing files to replace in the stage with their fixed text. */
  changed: Array<{ file: string; after: string; why: string }>
}

/**
 * Never in a package, whatever .funcignore says (gitignore syntax; a `!pattern` cannot bring them
 * back): version control, virtual environments, caches, local settings and secrets.
 */
export const BUILTIN_EXCLUDES = [
  '.git',
  '.venv',
  '__pycache__',
  'local.settings.json',
  '.env*',
  '.npmrc',
  '.pypirc',
  '.netrc',
  '.git-credentials',
  '*.pem',
  '*.pfx',
  '*.p12',
  'id_rsa*',
  'id_dsa*',
  'id_ecdsa*',
  'id_ed25519*',
  'gha-creds-*.json',
  'credentials.json',
  '*[-_.]credentials.json',
  'client_secret*.json'
]

/**
 * Left out of the copy the build starts from, besides the built-in excludes: what the install
 * recreates (the repo's node_modules, an old .python_packages); for Python a top-level `venv` too.
 */
export const BUILD_INPUT_EXCLUDES = ['node_modules', '/.python_packages']

/**
 * The build may read these (npm takes a project .npmrc's registry and flags); they are still never
 * packaged.
 */
const NEEDED_BY_THE_BUILD = ['.npmrc']

/** Left out of the copy: the repo's files a fresh checkout would not have, and what was skipped. */
export interface CopyReport {
  copied: number
  /** Git-ignored files that are not in the repository (relative paths). */
  gitIgnored: string[]
  /** Files a built-in rule kept out of the build (secrets and local settings; relative paths). */
  builtin: string[]
}

/** The rules for the copy the build starts from. */
function buildInputRules(): Ignore {
  return ignore()
    .add(BUILTIN_EXCLUDES.filter(p => !NEEDED_BY_THE_BUILD.includes(p)))
    .add(BUILD_INPUT_EXCLUDES)
}

/** Folders that are machinery, not content: never named in the notice. */
export const QUIET = ignore().add([
  '.git',
  '.venv',
  'venv',
  '__pycache__',
  'node_modules',
  '.python_packages',
  '*.pyc',
  '.DS_Store',
  '.pytest_cache',
  '.mypy_cache',
  '.ruff_cache',
  '.tox',
  '*.egg-info',
  '.idea',
  '.vscode',
  'coverage',
  '.nyc_output'
])

/**
 * What a package folder leaves out by its own rules: its `.funcignore` (read through the read
 * door: a link out of the folder is not read), and for Python any node_modules (tooling). The
 * built-in excludes come on top of these (selectPackage).
 */
export async function loadIgnore(dir: string, language: Language): Promise<Ignore> {
  const ig = ignore()
  const text = new ProjectFiles(dir).text('.funcignore')
  if (text) ig.add(text)
  if (language === 'python') ig.add('node_modules')
  return ig
}

function inside(root: string, p: string): boolean {
  return p === root || p.startsWith(root + path.sep)
}

interface Planned {
  rel: string
  from: string
  to: string
  mode: number
  /** Reached through a symbolic link (git cannot judge such a path). */
  viaLink: boolean
}

/**
 * Which of `files` (relative to `dir`) git ignores and does not track, when `dir` is in a git work
 * tree; empty when it is not, or when git is not there.
 */
export async function gitIgnored(dir: string, files: string[]): Promise<Set<string>> {
  if (files.length === 0) return new Set()
  const inTree = await run('git', ['rev-parse', '--is-inside-work-tree'], {
    cwd: dir,
    timeoutMs: 30000
  })
  if (inTree.code !== 0 || inTree.output.trim() !== 'true') return new Set()
  const r = await run('git', ['check-ignore', '--stdin', '-z'], {
    cwd: dir,
    input: files.join('\0') + '\0',
    timeoutMs: 120000
  })
  // exit 1: nothing is ignored; anything else but 0 is git failing: judge nothing
  if (r.code !== 0) return new Set()
  return new Set(r.output.split('\0').filter(Boolean))
}

/**
 * Copies the server folder into `dest` as the build's input: everything but version control, the
 * repo's node_modules, the built-in excludes, and git-ignored files that are not in the repository
 * (a fresh checkout would not have them). `.funcignore` is not applied here: it shapes the
 * package, not the build. Symbolic links are followed when they stay inside the server folder
 * (the content is copied); one that leaves it, dangles or loops is a UserError. The server folder
 * is only read.
 */
export async function copyServer(
  serverDir: string,
  language: Language,
  dest: string
): Promise<CopyReport> {
  const root = await fs.promises.realpath(serverDir)
  const rules = buildInputRules()
  if (language === 'python') rules.add('/venv')
  const builtinOnly = ignore().add(BUILTIN_EXCLUDES)
  const planned: Planned[] = []
  const dirs: string[] = []
  const builtin: string[] = []
  const walk = async (
    abs: string,
    rel: string,
    target: string,
    ancestors: string[],
    viaLink: boolean
  ): Promise<void> => {
    const names = (await fs.promises.readdir(abs)).sort()
    for (const name of names) {
      const src = path.join(abs, name)
      const r = rel ? `${rel}/${name}` : name
      let st = await fs.promises.lstat(src)
      let real = src
      const link = st.isSymbolicLink()
      if (link) {
        const to = await fs.promises.readlink(src)
        try {
          real = await fs.promises.realpath(src)
        } catch {
          throw new UserError(`${r} is a symbolic link to ${to}, which does not exist`)
        }
        if (!inside(root, real)) {
          if (rules.ignores(r) || rules.ignores(`${r}/`)) continue
          throw new UserError(
            `${r} is a symbolic link to ${to}, outside the server folder: the package cannot include it`,
            'copy the file into the server folder, or remove the link'
          )
        }
        st = await fs.promises.stat(real)
      }
      if (st.isDirectory()) {
        if (rules.ignores(`${r}/`)) {
          if (builtinOnly.ignores(`${r}/`) && !QUIET.ignores(`${r}/`)) builtin.push(`${r}/`)
          continue
        }
        if (ancestors.includes(real)) {
          throw new UserError(`${r} is a symbolic link that loops back to a parent folder`)
        }
        const to = path.join(target, name)
        dirs.push(to)
        await walk(real, r, to, [...ancestors, real], viaLink || link)
      } else if (st.isFile()) {
        if (rules.ignores(r)) {
          if (!QUIET.ignores(r)) builtin.push(r)
          continue
        }
        planned.push({
          rel: r,
          from: real,
          to: path.join(target, name),
          mode: st.mode & 0o777,
          viaLink: viaLink || link
        })
      }
      // sockets, fifos and devices are not part of a package
    }
  }
  await walk(root, '', dest, [root], false)
  const ignored = await gitIgnored(
    root,
    planned.filter(p => !p.viaLink).map(p => p.rel)
  )
  const gitIgnoredFiles: string[] = []
  let copied = 0
  for (const d of dirs) await fs.promises.mkdir(d, { recursive: true })
  for (const p of planned) {
    if (ignored.has(p.rel)) {
      gitIgnoredFiles.push(p.rel)
      continue
    }
    await fs.promises.copyFile(p.from, p.to, fs.constants.COPYFILE_FICLONE)
    await fs.promises.chmod(p.to, p.mode)
    copied++
  }
  return { copied, gitIgnored: gitIgnoredFiles, builtin }
}

function stagePath(stageDir: string, file: string): string {
  const norm = path.posix.normalize(file.replace(/\\/g, '/'))
  if (path.posix.isAbsolute(norm) || norm === '..' || norm.startsWith('../') || norm === '.') {
    throw new UserError(
      `cannot write ${file} into the package: the path must stay inside the server folder`
    )
  }
  return path.join(stageDir, ...norm.split('/'))
}

/** Writes the plan's created and changed files into the stage. */
export async function applyPlan(stageDir: string, plan: StagePlan): Promise<void> {
  for (const { file, content } of plan.created) {
    const to = stagePath(stageDir, file)
    await fs.promises.mkdir(path.dirname(to), { recursive: true })
    await fs.promises.writeFile(to, content)
  }
  for (const { file, after } of plan.changed) {
    const to = stagePath(stageDir, file)
    await fs.promises.mkdir(path.dirname(to), { recursive: true })
    await fs.promises.writeFile(to, after)
  }
}

export interface Staged {
  dir: string
  copy: CopyReport
}

/**
 * Stages the server: a temporary copy (the build's input, see copyServer) completed with the plan.
 * What the package holds is decided later, over the finished stage (selectPackage). The caller
 * removes the folder.
 */
export async function stageServer(
  serverDir: string,
  language: Language,
  plan: StagePlan
): Promise<Staged> {
  let st: fs.Stats
  try {
    st = await fs.promises.stat(serverDir)
  } catch {
    throw new UserError(`the server folder ${serverDir} does not exist`)
  }
  if (!st.isDirectory()) throw new UserError(`${serverDir} is not a folder`)
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'mcp-stage-'))
  try {
    const copy = await copyServer(serverDir, language, dir)
    await applyPlan(dir, plan)
    return { dir, copy }
  } catch (err) {
    await fs.promises.rm(dir, { recursive: true, force: true })
    throw err
  }
}

/** stageServer, returning the folder only. */
export async function stage(
  serverDir: string,
  language: Language,
  plan: StagePlan
): Promise<string> {
  return (await stageServer(serverDir, language, plan)).dir
}
