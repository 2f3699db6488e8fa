import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ignore, { type Ignore } from 'ignore'
import { UserError } from '../errors.js'
import { ProjectFiles } from '../project/files.js'
import type { Language } from '../project/types.js'

export interface StagePlan {
  /** Missing artifacts to write into the stage (same templates as generate). */
  created: Array<{ file: string; content: string }>
  /** Existing files to replace in the stage with their fixed text. */
  changed: Array<{ file: string; after: string; why: string }>
}

/**
 * Always left out of the package, whatever .funcignore says (gitignore syntax): version control,
 * virtual environments, caches, local secrets, and what the build recreates.
 */
export const DEFAULT_EXCLUDES = [
  '.git',
  '.venv',
  '/venv',
  '__pycache__',
  'local.settings.json',
  '.env*',
  '/.python_packages'
]
/** Python servers: a node_modules folder (tooling) is never part of the app. */
export const PYTHON_EXCLUDES = ['node_modules']

/** The ignore rules for a server folder: defaults, then its .funcignore. */
export async function loadIgnore(serverDir: string, language: Language): Promise<Ignore> {
  const ig = ignore().add(DEFAULT_EXCLUDES)
  if (language === 'python') ig.add(PYTHON_EXCLUDES)
  // through the read door: a .funcignore that is a link out of the folder is not read
  const text = new ProjectFiles(serverDir).text('.funcignore')
  if (text) ig.add(text)
  return ig
}

function inside(root: string, p: string): boolean {
  return p === root || p.startsWith(root + path.sep)
}

/**
 * Copies the server folder into a new temporary folder, leaving out what the rules exclude.
 * Symbolic links are followed when they stay inside the server folder (the content is copied);
 * one that leaves it, dangles or loops is a UserError. The server folder is only read.
 */
export async function copyServer(
  serverDir: string,
  language: Language,
  dest: string
): Promise<number> {
  const root = await fs.promises.realpath(serverDir)
  const ig = await loadIgnore(root, language)
  let copied = 0
  const walk = async (
    abs: string,
    rel: string,
    target: string,
    ancestors: string[]
  ): Promise<void> => {
    const names = (await fs.promises.readdir(abs)).sort()
    for (const name of names) {
      const src = path.join(abs, name)
      const r = rel ? `${rel}/${name}` : name
      let st = await fs.promises.lstat(src)
      let real = src
      if (st.isSymbolicLink()) {
        const link = await fs.promises.readlink(src)
        try {
          real = await fs.promises.realpath(src)
        } catch {
          throw new UserError(`${r} is a symbolic link to ${link}, which does not exist`)
        }
        if (!inside(root, real)) {
          throw new UserError(
            `${r} is a symbolic link to ${link}, outside the server folder: the package cannot include it`,
            'copy the file into the server folder, or list it in .funcignore'
          )
        }
        st = await fs.promises.stat(real)
      }
      if (st.isDirectory()) {
        if (ig.ignores(`${r}/`)) continue
        if (ancestors.includes(real)) {
          throw new UserError(`${r} is a symbolic link that loops back to a parent folder`)
        }
        const to = path.join(target, name)
        await fs.promises.mkdir(to, { recursive: true })
        await walk(real, r, to, [...ancestors, real])
      } else if (st.isFile()) {
        if (ig.ignores(r)) continue
        const to = path.join(target, name)
        await fs.promises.copyFile(real, to, fs.constants.COPYFILE_FICLONE)
        await fs.promises.chmod(to, st.mode & 0o777)
        copied++
      }
      // sockets, fifos and devices are not part of a package
    }
  }
  await walk(root, '', dest, [root])
  return copied
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

/**
 * Stages the server: a temporary copy honouring .funcignore and the default exclusions, then
 * completed with the plan. Returns the stage folder (the caller removes it).
 */
export async function stage(
  serverDir: string,
  language: Language,
  plan: StagePlan
): Promise<string> {
  let st: fs.Stats
  try {
    st = await fs.promises.stat(serverDir)
  } catch {
    throw new UserError(`the server folder ${serverDir} does not exist`)
  }
  if (!st.isDirectory()) throw new UserError(`${serverDir} is not a folder`)
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'mcp-stage-'))
  try {
    await copyServer(serverDir, language, dir)
    await applyPlan(dir, plan)
  } catch (err) {
    await fs.promises.rm(dir, { recursive: true, force: true })
    throw err
  }
  return dir
}
