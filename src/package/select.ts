/**
 * What goes into the zip, decided once, over the finished stage (copied files, plan-written
 * files, installed dependencies and build output alike): `.funcignore` first, then the built-in
 * excludes, which a `!pattern` cannot undo. Everything left out is removed from the stage, so the
 * stage is the package.
 */
import fs from 'node:fs'
import path from 'node:path'
import ignore from 'ignore'
import type { Language } from '../project/types.js'
import { BUILTIN_EXCLUDES, QUIET, loadIgnore, type CopyReport } from './stage.js'

export interface LeftOut {
  /** Relative path; folders end with `/`. */
  path: string
  why: 'never-packaged' | 'reincluded' | 'git-ignored'
}

export interface Selection {
  /** Files and folders left out that a user might have expected inside (named in the notice). */
  leftOut: LeftOut[]
  /** Everything removed from the stage, named or not. */
  removed: number
}

/** Folders of installed dependencies: their files come from a package index, not from the repo. */
function dependencyArea(rel: string, language: Language): boolean {
  return language === 'python'
    ? rel === '.python_packages' || rel.startsWith('.python_packages/')
    : rel === 'node_modules' ||
        rel.startsWith('node_modules/') ||
        rel.includes('/node_modules/') ||
        rel.endsWith('/node_modules')
}

/**
 * Prunes the finished stage to the package: removes what `.funcignore` leaves out, then what the
 * built-in rules never let in (certifi's cacert.pem and the like inside installed dependencies are
 * left alone: those rules are about the repo's secrets), and for Python any node_modules.
 */
export async function selectPackage(
  stageDir: string,
  language: Language,
  copy?: CopyReport
): Promise<Selection> {
  // the finished stage's .funcignore: the repo's, or the one the plan wrote
  const funcignore = await loadIgnore(stageDir, language)
  const builtin = ignore().add(BUILTIN_EXCLUDES)
  const leftOut: LeftOut[] = []
  let removed = 0

  const judge = (rel: string, dir: boolean): boolean => {
    const p = dir ? `${rel}/` : rel
    const deps = dependencyArea(rel, language)
    if (!deps && builtin.ignores(p)) {
      if (funcignore.test(p).unignored) leftOut.push({ path: p, why: 'reincluded' })
      else if (!QUIET.ignores(p) && !funcignore.ignores(p))
        leftOut.push({ path: p, why: 'never-packaged' })
      return false
    }
    return !funcignore.ignores(p)
  }

  /** Returns true when `abs` is left empty by the pruning (and was not empty before). */
  const walk = async (abs: string, rel: string): Promise<boolean> => {
    const names = await fs.promises.readdir(abs)
    let kept = 0
    for (const name of names.sort()) {
      const p = path.join(abs, name)
      const r = rel ? `${rel}/${name}` : name
      const st = await fs.promises.lstat(p)
      const dir = st.isDirectory()
      if (!judge(r, dir)) {
        await fs.promises.rm(p, { recursive: true, force: true })
        removed++
        continue
      }
      if (dir && (await walk(p, r))) {
        await fs.promises.rmdir(p)
        continue
      }
      kept++
    }
    return names.length > 0 && kept === 0
  }
  await walk(stageDir, '')

  for (const f of copy?.builtin ?? []) {
    if (funcignore.test(f).unignored) leftOut.push({ path: f, why: 'reincluded' })
    else if (!funcignore.ignores(f)) leftOut.push({ path: f, why: 'never-packaged' })
  }
  for (const f of copy?.gitIgnored ?? [])
    if (!QUIET.ignores(f) && !funcignore.ignores(f)) leftOut.push({ path: f, why: 'git-ignored' })
  // one entry per path, first reason wins
  const seen = new Set<string>()
  return {
    leftOut: leftOut.filter(l => !seen.has(l.path) && seen.add(l.path) !== undefined),
    removed
  }
}

function names(items: LeftOut[], max = 8): string {
  const shown = items.slice(0, max).map(i => `\`${i.path}\``)
  return items.length > max
    ? `${shown.join(', ')} and ${items.length - max} more`
    : shown.join(', ')
}

/** One sentence naming what was left out (or undefined when nothing worth naming was). */
export function leftOutNotice(items: LeftOut[]): string | undefined {
  const parts: string[] = []
  const re = items.filter(i => i.why === 'reincluded')
  const never = items.filter(i => i.why === 'never-packaged')
  const git = items.filter(i => i.why === 'git-ignored')
  if (re.length)
    parts.push(
      `${names(re)} (re-included by a \`!\` line in .funcignore, but local settings, keys and credential files are never packaged)`
    )
  if (never.length)
    parts.push(
      `${names(never)} (local settings, keys and credential files are never packaged: put settings in app settings)`
    )
  if (git.length)
    parts.push(
      `${names(git)} (git-ignored and not in the repository: a fresh checkout would not have them; commit them or create them in the build)`
    )
  return parts.length ? `left out of the package: ${parts.join('; ')}` : undefined
}
