/**
 * Reading Python dependency declarations: requirements.txt (pip's file format: continuation
 * lines, comments, options, `-r` includes) and pyproject.toml (`[project].dependencies`, read with
 * smol-toml). Each requirement string is parsed as PEP 508 by pip-requirements-js (an Ohm port of
 * the PEP 508 grammar); the specifier is then validated as PEP 440 by versions.ts.
 */
import { parsePipRequirementsLine } from 'pip-requirements-js'
import { parse as parseToml } from 'smol-toml'
import type { TomlError } from 'smol-toml'
import path from 'node:path'
import type { ProjectFiles } from '../files.js'
import type { Severity } from '../types.js'

export interface Requirement {
  /** PEP 503-normalised. */
  name: string
  extras: string[]
  specifier: string
  marker?: string
  /** 1-based line in its file. */
  line: number
  raw: string
}

/** A requirement together with the file it was read from (requirements.txt may include others). */
export interface LocatedRequirement extends Requirement {
  file: string
  /** `name @ url`: the version cannot be read. */
  url?: string
}

export interface DepsProblem {
  file: string
  line: number
  column?: number
  message: string
  fix: string
  /** A rule of its own (the default: `python-deps/syntax` for problems, `include-outside` for notes). */
  rule?: string
  severity?: Severity
}

/** The longest piece of a requirements line a finding quotes (an included file is not echoed). */
export const MAX_QUOTE = 120

/** `text` cut to MAX_QUOTE characters: a finding names the offending line, never a whole file. */
export function quote(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim()
  return one.length > MAX_QUOTE ? `${one.slice(0, MAX_QUOTE - 1)}…` : one
}

export interface DepsRead {
  requirements: LocatedRequirement[]
  problems: DepsProblem[]
  /** Files that were asked for but could not be read (includes, for instance). */
  notes: DepsProblem[]
}

/** PEP 503 normalisation. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

type ParseOutcome =
  | { ok: true; req: Omit<Requirement, 'line' | 'raw'>; url?: string }
  | { ok: false; message: string }

/** Parse one PEP 508 requirement string (no pip options, no comment). */
export function parseRequirementString(text: string): ParseOutcome {
  const attempt = (s: string): ParseOutcome => {
    try {
      const r = parsePipRequirementsLine(s, { includeLocations: true })
      if (!r) return { ok: false, message: 'empty requirement' }
      const d = r.data
      if (d.type !== 'ProjectName' && d.type !== 'ProjectURL')
        return { ok: false, message: 'not a package requirement' }
      const specifier =
        d.type === 'ProjectName'
          ? (d.versionSpec ?? [])
              .map(v => `${v.data.operator.data}${v.data.version.data}`)
              .join(',')
          : ''
      const markerLoc = d.environmentMarkerTree as unknown as
        { location?: { startIdx: number; endIdx: number } } | undefined
      const marker = markerLoc?.location
        ? s.slice(markerLoc.location.startIdx, markerLoc.location.endIdx).trim()
        : undefined
      return {
        ok: true,
        req: {
          name: normalizeName(d.name.data),
          extras: (d.extras ?? []).map(e => normalizeName(e.data)),
          specifier,
          ...(marker ? { marker } : {})
        },
        ...(d.type === 'ProjectURL' ? { url: d.url.data } : {})
      }
    } catch (e) {
      return { ok: false, message: firstLine(e instanceof Error ? e.message : String(e)) }
    }
  }
  const whole = attempt(text)
  if (whole.ok) return whole
  // The grammar's marker rules are narrower than pip's: keep a marker we cannot read as text.
  const semi = text.indexOf(';')
  if (semi > 0) {
    const head = attempt(text.slice(0, semi).trim())
    if (head.ok) {
      const marker = text.slice(semi + 1).trim()
      return { ...head, req: { ...head.req, ...(marker ? { marker } : {}) } }
    }
  }
  return whole
}

function firstLine(s: string): string {
  const line = s.split('\n').find(l => l.trim()) ?? s
  return line
    .replace(/^Failed to parse requirements line\.\s*/, '')
    .replace(/^Line \d+, col (\d+):\s*/, 'at column $1: ')
    .trim()
}

interface LogicalLine {
  text: string
  line: number
}

/** pip's reading of a requirements file: join `\` continuations, drop comments. */
function logicalLines(text: string): LogicalLine[] {
  const physical = text.split(/\r?\n/)
  const out: LogicalLine[] = []
  let buf = ''
  let start = 0
  for (let i = 0; i < physical.length; i++) {
    let l = physical[i]
    if (!buf) start = i + 1
    // a comment starts at `#` at the line start or after whitespace
    l = l.replace(/(^|\s)#.*$/, '$1')
    if (/\\$/.test(l)) {
      buf += l.slice(0, -1)
      continue
    }
    buf += l
    out.push({ text: buf.trim(), line: start })
    buf = ''
  }
  if (buf) out.push({ text: buf.trim(), line: start })
  return out.filter(l => l.text)
}

/** Options that take a value as the next word when not written `--opt=value`. */
const VALUE_OPTIONS = new Set([
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '--no-binary',
  '--only-binary',
  '--trusted-host',
  '--use-feature',
  '-e',
  '--editable',
  '-r',
  '--requirement',
  '-c',
  '--constraint'
])

function looksLikePathOrUrl(s: string): boolean {
  return (
    /^(\.|\/|~|[a-z][a-z0-9+.-]*:\/\/)/i.test(s) ||
    /\.(whl|zip|tar\.gz|tgz|tar\.bz2)$/i.test(s) ||
    (s.includes('/') && !s.includes('@'))
  )
}

const INCLUDE_OPTIONS = new Set(['-r', '--requirement', '-c', '--constraint'])

/** Options that change where pip fetches packages from, and what a reviewer should read. */
const REDIRECT_OPTIONS: Record<string, string> = {
  '-i': 'fetch packages from',
  '--index-url': 'fetch packages from',
  '--extra-index-url': 'also fetch packages from',
  '-f': 'look for packages at',
  '--find-links': 'look for packages at',
  '--trusted-host': 'skip TLS verification for'
}

/** The host a pip option points at (never the user:password of a URL), or the path it names. */
export function redirectTarget(opt: string, value: string): string {
  if (opt === '--trusted-host') return quote(value.replace(/^.*@/, ''))
  const scheme = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i.exec(value)
  if (scheme) {
    if (scheme[1].toLowerCase() === 'file') return `the local path ${quote(value.slice(7))}`
    return quote(scheme[2].replace(/^.*@/, '')) || quote(value)
  }
  return `the local path ${quote(value)}`
}

function redirectNote(file: string, line: number, opt: string, value: string): DepsProblem {
  const target = redirectTarget(opt, value)
  return {
    rule: 'python-deps/index-redirect',
    severity: 'notice',
    file,
    line,
    message: `${file} line ${line}: \`${opt}\` makes pip ${REDIRECT_OPTIONS[opt]} ${target}, not only PyPI`,
    fix: `make sure ${target} is a package source you trust; remove the line to install from PyPI`
  }
}

/**
 * Follow a `-r`/`-c` include through the read door. An include that leaves the server folder or
 * leads into `.git` is a finding and is not read; a constraints file is checked to exist, not parsed.
 */
function readInclude(
  files: ProjectFiles,
  file: string,
  line: number,
  opt: string,
  value: string,
  seen: Set<string>
): DepsRead {
  const out: DepsRead = { requirements: [], problems: [], notes: [] }
  const shown = quote(value)
  const remote = /^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[a-z]:[\\/]/i.test(value)
  const absolute =
    path.posix.isAbsolute(value) || path.win32.isAbsolute(value) || value.startsWith('~')
  const inc = path.posix.normalize(path.posix.join(path.posix.dirname(file), value))
  const r = remote || absolute || inc.startsWith('..') ? undefined : files.read(inc)
  if (!r || r.kind === 'outside') {
    out.notes.push({
      file,
      line,
      message: `${file} line ${line} includes ${shown}: the include points outside the server folder${r ? ' (through a symlink)' : ''}, so it was not read (only the server folder is packaged)`,
      fix: `move the requirements of ${shown} into ${file}`
    })
  } else if (r.kind === 'git') {
    out.problems.push({
      rule: 'python-deps/include-git',
      severity: 'error',
      file,
      line,
      message: `${file} line ${line} includes ${shown}: the include points into .git (the repository's own data, where the job's credentials are kept); it was not read`,
      fix: `remove line ${line}: requirements never live in .git`
    })
  } else if (r.kind === 'missing' || r.kind === 'not-a-file') {
    out.problems.push({
      file,
      line,
      message: `${file} includes ${shown}, which does not exist: pip stops with an error`,
      fix: `create ${quote(inc)} or remove line ${line}`
    })
  } else if (r.kind !== 'ok') {
    out.problems.push({
      file,
      line,
      message: `${file} includes ${shown}, which cannot be used (${r.kind === 'unreadable' ? r.reason : r.kind.replace('-', ' ')}): pip stops with an error`,
      fix: `make ${quote(inc)} a small text requirements file or remove line ${line}`
    })
  } else if (opt === '-r' || opt === '--requirement') {
    return readRequirementsTxt(files, inc, seen)
  }
  return out
}

/**
 * Read requirements.txt (and the files it includes with `-r`, inside the server folder).
 * Requirements carry the file they were read from.
 */
export function readRequirementsTxt(
  files: ProjectFiles,
  file: string,
  seen = new Set<string>()
): DepsRead {
  const out: DepsRead = { requirements: [], problems: [], notes: [] }
  if (seen.has(file) || seen.size > 8) return out
  seen.add(file)
  const text = files.text(file)
  if (text === undefined) return out
  for (const { text: l, line } of logicalLines(text)) {
    if (l.startsWith('-')) {
      const m = /^(--?[A-Za-z-]+)(?:[=\s]\s*(.*))?$/.exec(l)
      const opt = m?.[1] ?? l
      const value = (m?.[2] ?? '').trim()
      if (INCLUDE_OPTIONS.has(opt) && value) {
        const sub = readInclude(files, file, line, opt, value, seen)
        out.requirements.push(...sub.requirements)
        out.problems.push(...sub.problems)
        out.notes.push(...sub.notes)
      } else if (REDIRECT_OPTIONS[opt] && value) {
        out.notes.push(redirectNote(file, line, opt, value))
      } else if (!VALUE_OPTIONS.has(opt) && !opt.startsWith('--')) {
        out.problems.push({
          file,
          line,
          message: `${file} line ${line}: \`${quote(l)}\` is not an option pip knows`,
          fix: `remove or correct line ${line}`
        })
      }
      continue
    }
    // per-requirement options (`--hash=...`, `--config-settings ...`) follow the requirement
    const opts = /\s--?[a-z]/i.exec(l)
    const reqText = (opts ? l.slice(0, opts.index) : l).trim()
    if (!reqText) continue
    const parsed = parseRequirementString(reqText)
    if (parsed.ok) {
      out.requirements.push({
        ...parsed.req,
        line,
        raw: reqText,
        file,
        ...(parsed.url ? { url: parsed.url } : {})
      })
    } else if (looksLikePathOrUrl(reqText)) {
      // a local path, archive or VCS URL without a name: pip installs it, we cannot name it
      continue
    } else {
      out.problems.push({
        file,
        line,
        message: `${file} line ${line}: \`${quote(reqText)}\` is not a valid requirement (${quote(parsed.message)}); pip stops at this line`,
        fix: 'write it as `name[extras] specifier ; marker`, for instance `mcp[cli]>=1.8,<2`'
      })
    }
  }
  return out
}

/** Where `"text"` appears as a TOML string after `fromLine`; 1-based. */
function findStringLine(lines: string[], value: string, fromLine: number): number | undefined {
  for (let i = Math.max(0, fromLine - 1); i < lines.length; i++) {
    const l = lines[i]
    if (l.includes(`"${value}"`) || l.includes(`'${value}'`)) return i + 1
  }
  return undefined
}

export interface PyprojectRead extends DepsRead {
  /** `[project].dependencies` is present (even empty). */
  hasProjectDeps: boolean
  /** Poetry-style dependencies present. */
  poetry: boolean
}

/** Read `[project].dependencies` of pyproject.toml. */
export function readPyproject(files: ProjectFiles, file = 'pyproject.toml'): PyprojectRead {
  const out: PyprojectRead = {
    requirements: [],
    problems: [],
    notes: [],
    hasProjectDeps: false,
    poetry: false
  }
  const text = files.text(file)
  if (text === undefined) return out
  let doc: Record<string, unknown>
  try {
    doc = parseToml(text) as Record<string, unknown>
  } catch (e) {
    const err = e as TomlError
    const message = (err.message ?? String(e)).split('\n')[0]
    out.problems.push({
      file,
      line: err.line ?? 1,
      column: err.column,
      message: `${file} is not valid TOML: ${message}`,
      fix: `correct the TOML syntax of ${file} at line ${err.line ?? 1}`
    })
    return out
  }
  const lines = text.split(/\r?\n/)
  const project = doc.project as Record<string, unknown> | undefined
  const tool = doc.tool as Record<string, unknown> | undefined
  const poetry = tool?.poetry as Record<string, unknown> | undefined
  out.poetry = Boolean(poetry && (poetry.dependencies || poetry.group))
  if (!project || typeof project !== 'object' || !('dependencies' in project)) return out
  const sectionLine = lines.findIndex(l => /^\s*\[\s*project\s*\]/.test(l)) + 1
  const keyIdx = lines.findIndex((l, i) => i + 1 >= sectionLine && /^\s*dependencies\s*=/.test(l))
  const keyLine = keyIdx >= 0 ? keyIdx + 1 : Math.max(1, sectionLine)
  const deps = project.dependencies
  if (!Array.isArray(deps)) {
    out.problems.push({
      file,
      line: keyLine,
      message: `${file}: [project].dependencies must be an array of requirement strings`,
      fix: 'write `dependencies = ["mcp>=2,<3"]` under [project]'
    })
    return out
  }
  out.hasProjectDeps = true
  let cursor = keyLine
  for (const d of deps) {
    if (typeof d !== 'string') {
      out.problems.push({
        file,
        line: keyLine,
        message: `${file}: [project].dependencies holds a non-string entry`,
        fix: 'make every entry a PEP 508 requirement string'
      })
      continue
    }
    const line = findStringLine(lines, d, cursor) ?? keyLine
    cursor = line
    const parsed = parseRequirementString(d)
    if (parsed.ok) {
      out.requirements.push({
        ...parsed.req,
        line,
        raw: d,
        file,
        ...(parsed.url ? { url: parsed.url } : {})
      })
    } else {
      out.problems.push({
        file,
        line,
        message: `${file}: "${d}" is not a valid PEP 508 requirement (${parsed.message})`,
        fix: 'write it as `name[extras] specifier ; marker`, for instance `mcp>=2,<3`'
      })
    }
  }
  return out
}
