/** Fixes and templates (generate), and the check of what pip installed. */
import type { ProjectFiles } from '../files.js'
import type { Finding } from '../types.js'
import type { PythonApiLine } from './code.js'
import { fixedRequirement } from './deps.js'
import { internals } from './facts.js'
import type { PythonFacts } from './facts.js'
import { CURRENT_MAJOR, LINES, sdkLine } from './lines.js'
import { apiWindow } from './needs.js'
import type { LocatedRequirement } from './requirements.js'
import {
  isUnbounded,
  overlaps,
  reachesAtLeast,
  reachesBelow,
  satisfiesRange,
  specifierRange,
  window
} from './versions.js'

/** requirements.txt for the code's SDK line; with the facts, bounded to what the code uses (fastmcp 2.x keywords: <3). */
export function pythonRequirementsTemplate(
  apiLine: PythonApiLine | undefined,
  facts?: PythonFacts
): string {
  const label = apiLine ? LINES[apiLine].label : 'mcp 2.x (MCPServer)'
  const internal = facts && internals.get(facts)
  const w = apiLine && internal ? apiWindow(apiLine, internal) : undefined
  const narrowed = w && (w.needs.length > 0 ? w : undefined)
  const line = narrowed
    ? `${LINES[apiLine!].pkg}>=${narrowed.from},<${narrowed.to ?? CURRENT_MAJOR[LINES[apiLine!].pkg] + 1}`
    : sdkLine(apiLine, apiLine === 'mcp1' ? '[cli]' : '')
  const why = narrowed?.needs.map(n => `${n.what}: ${n.why}`).join('; ')
  return `# The MCP SDK line the server code uses: ${label}.\n${why ? `# ${why}\n` : ''}${line}\n`
}

export function fixPythonDeps(
  files: ProjectFiles,
  facts: PythonFacts
): { file: string; after: string; why: string } | undefined {
  const internal = internals.get(facts)
  const apiLine = facts.apiLine
  if (!facts.depsFile) {
    if (
      internal?.depsUnusable ||
      internal?.pyprojectWithoutDeps ||
      files.exists('requirements.txt')
    )
      return undefined
    return {
      file: 'requirements.txt',
      after: pythonRequirementsTemplate(apiLine, facts),
      why: 'there is no requirements.txt: it names the MCP SDK line the code uses'
    }
  }
  if (!internal || internal.deps.problems.length) return undefined
  const req = internal.sdkReq
  if (!req) {
    if (internal.otherSdkReq && !apiLine) return undefined
    const line = sdkLine(apiLine, apiLine === 'mcp1' ? '[cli]' : '')
    const text = files.text(facts.depsFile)
    if (text === undefined) return undefined
    const why = `${facts.depsFile} does not require the MCP SDK the code imports`
    if (facts.depsFile === 'requirements.txt') {
      const sep = text === '' || text.endsWith('\n') ? '' : '\n'
      return { file: 'requirements.txt', after: `${text}${sep}${line}\n`, why }
    }
    const after = insertPyprojectDependency(text, line)
    return after ? { file: 'pyproject.toml', after, why } : undefined
  }
  if (req.url) return undefined
  const range = specifierRange(req.specifier)
  if (!range) return undefined
  let problem: string | undefined
  const w = apiLine ? apiWindow(apiLine, internal) : undefined
  if (apiLine && w) {
    const spec = LINES[apiLine]
    const api = window(w.from, w.to)
    const none = !overlaps(range, api)
    if (none || (w.to !== undefined && reachesAtLeast(range, w.to))) {
      const need = w.needs.find(n => (none ? n.from === w.from : n.to === w.to))
      problem = need
        ? `\`${req.raw}\` allows ${req.name} versions where ${need.what} fails (${need.why})`
        : `\`${req.raw}\` allows ${req.name} versions without the API the code uses (\`${spec.importText}\`)`
    } else if (reachesBelow(range, w.from))
      problem = `\`${req.raw}\` allows ${req.name} versions older than ${w.from}`
  }
  if (!problem && isUnbounded(range)) problem = `\`${req.raw}\` has no upper bound`
  if (!problem) return undefined
  const fixed = fixedRequirement(apiLine, req, range, w)
  const text = files.text(req.file)
  if (text === undefined) return undefined
  const after = replaceRequirement(text, req, fixed, req.file.endsWith('.toml'))
  return after === undefined
    ? undefined
    : { file: req.file, after, why: `${problem}: pinned to \`${fixed}\`` }
}

function replaceRequirement(
  text: string,
  req: LocatedRequirement,
  fixed: string,
  toml: boolean
): string | undefined {
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const lines = text.split(/\r?\n/)
  const i = req.line - 1
  const l = lines[i]
  if (l === undefined) return undefined
  if (toml) {
    for (const q of ['"', "'"]) {
      const lit = `${q}${req.raw}${q}`
      if (l.includes(lit)) {
        lines[i] = l.replace(lit, JSON.stringify(fixed))
        return lines.join(eol)
      }
    }
    return undefined
  }
  if (l.includes(req.raw)) lines[i] = l.replace(req.raw, fixed)
  else {
    // a requirement written over continuation lines: replace its first line, drop the rest
    let end = i
    while (end < lines.length && /\\\s*$/.test(lines[end])) end++
    lines.splice(i, end - i + 1, fixed)
  }
  return lines.join(eol)
}

function insertPyprojectDependency(text: string, line: string): string | undefined {
  const lines = text.split(/\r?\n/)
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  let inProject = false
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]
    if (/^\s*\[/.test(l)) inProject = /^\s*\[\s*project\s*\]/.test(l)
    if (!inProject) continue
    const m = /^(\s*dependencies\s*=\s*\[)(.*)$/.exec(l)
    if (!m) continue
    const rest = m[2].trim()
    if (rest === '') {
      const indent = /^(\s+)["']/.exec(lines[i + 1] ?? '')?.[1] ?? '    '
      lines.splice(i + 1, 0, `${indent}${JSON.stringify(line)},`)
    } else if (rest.startsWith(']')) {
      lines[i] = `${m[1]}${JSON.stringify(line)}${m[2]}`
    } else {
      lines[i] = `${m[1]}${JSON.stringify(line)}, ${m[2].replace(/^\s+/, '')}`
    }
    return lines.join(eol)
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// After installation

export function checkInstalledPythonSdk(
  facts: PythonFacts,
  installed: Map<string, string>
): Finding[] {
  const norm = new Map<string, string>()
  for (const [k, v] of installed) norm.set(k.toLowerCase().replace(/[-_.]+/g, '-'), v)
  const apiLine = facts.apiLine
  const pkg = apiLine ? LINES[apiLine].pkg : facts.sdk?.package
  if (!pkg) return []
  const internal = internals.get(facts)
  const imp = internal?.apiImport
  const at = facts.sdk
    ? { file: facts.sdk.file, line: facts.sdk.line }
    : imp
      ? { file: imp.file, line: imp.pos.line }
      : { file: facts.depsFile ?? 'requirements.txt', line: 1 }
  const version = norm.get(pkg)
  if (!version) {
    return [
      {
        rule: 'python-deps/sdk-not-installed',
        severity: 'error',
        ...at,
        message: `pip did not install ${pkg}: the server cannot import its SDK`,
        fix: `add \`${sdkLine(apiLine)}\` to ${facts.depsFile ?? 'requirements.txt'}`
      }
    ]
  }
  if (!apiLine) return []
  const spec = LINES[apiLine]
  if (satisfiesRange(version, window(spec.from, spec.to))) return []
  const dies =
    apiLine === 'mcp1' ? satisfiesRange(version, window('2')) : apiLine === 'mcp2' ? true : false
  const reqText = facts.sdk ? ` (\`${facts.sdk.package}${facts.sdk.specifier}\`)` : ''
  return [
    {
      rule: 'python-deps/installed-sdk-mismatch',
      severity: 'error',
      ...at,
      message: dies
        ? `pip installed ${pkg} ${version}${reqText}, where \`${spec.importText}\` fails: the server dies at import`
        : `pip installed ${pkg} ${version}${reqText}, which lacks what the code needs (${spec.belowWhy})`,
      fix:
        apiLine === 'mcp1'
          ? `pin \`mcp>=1.8,<2\`, or move the code to mcp 2.x (\`from mcp.server.mcpserver import MCPServer\`)`
          : `require \`${sdkLine(apiLine)}\``
    }
  ]
}
