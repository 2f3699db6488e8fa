/** The dependency rules: the SDK requirement against the API line the code uses. */
import type { Finding } from '../types.js'
import type { PythonApiLine } from './code.js'
import type { Internal, PythonFacts } from './facts.js'
import { CURRENT_MAJOR, LINES, sdkLine } from './lines.js'
import { apiWindow } from './needs.js'
import type { ApiWindow } from './needs.js'
import type { LocatedRequirement } from './requirements.js'
import {
  isEmpty,
  isUnbounded,
  overlaps,
  reachesAtLeast,
  reachesBelow,
  satisfiesRange,
  specifierRange,
  window
} from './versions.js'
import type { VersionRange } from './versions.js'

export function checkDeps(facts: PythonFacts, internal: Internal): Finding[] {
  const out: Finding[] = []
  const apiLine = facts.apiLine
  if (internal.depsUnusable) return [internal.depsUnusable]
  if (!facts.depsFile) {
    const poetry = internal.poetry
    // code that imports no SDK at all (a standard-library server) may need nothing installed
    const noSdkCode = internal.modules.length > 0 && !internal.modules.some(m => m.importsSdk)
    out.push({
      rule: 'python-deps/missing',
      severity: noSdkCode ? 'warning' : 'error',
      file: internal.pyprojectWithoutDeps ? 'pyproject.toml' : 'requirements.txt',
      line: 1,
      message: internal.pyprojectWithoutDeps
        ? `pyproject.toml has no [project].dependencies${poetry ? ' (Poetry dependencies are not installed by pip from a requirements list)' : ''} and there is no requirements.txt: nothing says which MCP SDK to install`
        : 'no requirements.txt (or pyproject.toml with [project].dependencies): the package would be built without the MCP SDK',
      fix: `create requirements.txt with the SDK line your code uses, e.g. \`${sdkLine(apiLine, apiLine === 'mcp1' ? '[cli]' : '')}\`${poetry ? ' (or `poetry export -f requirements.txt -o requirements.txt`)' : ''}`
    })
    return out
  }
  for (const p of internal.deps.problems) {
    out.push({
      rule: p.rule ?? 'python-deps/syntax',
      severity: p.severity ?? 'error',
      file: p.file,
      line: p.line,
      ...(p.column ? { column: p.column } : {}),
      message: p.message,
      fix: p.fix
    })
  }
  for (const p of internal.deps.notes) {
    out.push({
      rule: p.rule ?? 'python-deps/include-outside',
      severity: p.severity ?? 'notice',
      file: p.file,
      line: p.line,
      message: p.message,
      fix: p.fix
    })
  }
  out.push(...lockFindings(facts, internal))
  const req = internal.sdkReq
  const depsFile = facts.depsFile
  if (!req) {
    if (internal.deps.problems.length) return out // the file did not parse; do not guess
    const other = internal.otherSdkReq
    const want = apiLine ? LINES[apiLine] : undefined
    if (other && want) {
      out.push({
        rule: 'python-deps/sdk-missing',
        severity: 'warning',
        file: other.file,
        line: other.line,
        message: `the code imports ${want.pkg} (\`${want.importText}\`) but ${depsFile} requires only ${other.name}: it works only while ${other.name} happens to pull in a matching ${want.pkg}`,
        fix: `add \`${sdkLine(apiLine)}\` to ${depsFile}`
      })
    } else if (!other) {
      out.push({
        rule: 'python-deps/sdk-missing',
        severity: 'error',
        file: depsFile,
        line: 1,
        message: `${depsFile} does not require the MCP SDK (neither \`mcp\` nor \`fastmcp\`)${want ? `, yet the code imports it (\`${want.importText}\`)` : ''}: the server cannot start`,
        fix: `add \`${sdkLine(apiLine, apiLine === 'mcp1' ? '[cli]' : '')}\` to ${depsFile}`
      })
    }
    return out
  }
  const at = { file: req.file, line: req.line }
  if (req.url) {
    out.push({
      rule: 'python-deps/sdk-url',
      severity: 'notice',
      ...at,
      message: `${req.name} is installed from ${req.url}: its version cannot be checked against the code`,
      fix: `require ${req.name} from the package index with a version range, e.g. \`${sdkLine(apiLine)}\``
    })
    return out
  }
  const range = specifierRange(req.specifier)
  if (!range) {
    out.push({
      rule: 'python-deps/sdk-specifier',
      severity: 'error',
      ...at,
      message: `\`${req.raw}\`: "${req.specifier}" is not a valid PEP 440 version specifier; pip refuses it`,
      fix: `write a valid range, e.g. \`${sdkLine(apiLine)}\``
    })
    return out
  }
  const extras = req.extras.length ? `[${req.extras.join(',')}]` : ''
  const w = apiLine ? apiWindow(apiLine, internal) : undefined
  const locked = facts.sdk?.locked
  const lockNote = locked
    ? `; ${facts.lockFile} installs ${req.name} ${locked}, which has it, so the package built from the lock works, until the lock is renewed (\`uv lock --upgrade\`)`
    : ''
  if (apiLine && w) {
    const api = window(w.from, w.to)
    const none = !overlaps(range, api)
    const above = w.to !== undefined && reachesAtLeast(range, w.to)
    const lockOk = locked !== undefined && satisfiesRange(locked, api)
    if (none || above) {
      const m = mismatch(apiLine, req, range, none, extras, depsFile, w)
      out.push({
        rule: 'python-deps/sdk-api-mismatch',
        severity: lockOk ? 'warning' : 'error',
        ...at,
        message: m.message + (lockOk ? lockNote : ''),
        fix: m.fix
      })
    } else if (locked !== undefined && !lockOk) {
      out.push({
        rule: 'python-deps/sdk-api-mismatch',
        severity: 'error',
        ...at,
        message: `${facts.lockFile} installs ${req.name} ${locked}, outside the versions with what the code uses (${describeWindow(req.name, w)}): the server fails at start`,
        fix: `renew the lock within \`${fixedRequirement(apiLine, req, range, w)}\` (\`uv lock --upgrade-package ${req.name}\`)`
      })
    } else if (reachesBelow(range, w.from) && !lockOk) {
      const need = w.needs.find(n => n.from === w.from)
      out.push({
        rule: 'python-deps/sdk-too-old',
        severity: 'warning',
        ...at,
        message: `\`${req.raw}\` also allows ${req.name} below ${w.from}, where ${need ? `${need.what} fails (${need.why}, ${need.file}:${need.pos.line})` : `the code's API is missing (${LINES[apiLine].belowWhy})`}; pip picks the newest allowed today, but a resolver or cache may not`,
        fix: `raise the lower bound: \`${fixedRequirement(apiLine, req, range, w)}\``
      })
    }
  }
  if (isUnbounded(range)) {
    out.push({
      rule: 'python-deps/sdk-unbounded',
      severity: 'warning',
      ...at,
      message: `\`${req.raw}\` has no upper bound: the next major release of ${req.name} is installed automatically at the next deploy and may break the server`,
      fix: `bound the range, e.g. \`${fixedRequirement(apiLine, req, range, w)}\``
    })
  }
  return out
}

function mismatch(
  apiLine: PythonApiLine,
  req: LocatedRequirement,
  range: VersionRange,
  none: boolean,
  extras: string,
  depsFile: string,
  w: ApiWindow
): { message: string; fix: string } {
  const spec = LINES[apiLine]
  const allowed = req.specifier ? `\`${req.raw}\`` : `\`${req.raw}\` (any version)`
  if (apiLine === 'mcp1') {
    const what = none
      ? `allows no mcp version with FastMCP and streamable HTTP (1.8 ≤ v < 2)`
      : `allows mcp 2.x, the version pip installs today`
    return {
      message: `${depsFile}: ${allowed} ${what}, but the code uses \`${spec.importText}\`: in mcp 2.x that import fails (FastMCP was renamed MCPServer) and the server dies at start`,
      fix: `either pin the 1.x line: \`${fixedRequirement(apiLine, req, range, w)}\` in ${depsFile}; or move the code to mcp 2.x: \`from mcp.server.mcpserver import MCPServer\`, \`mcp = MCPServer("name")\`, and pass port, host and stateless_http to \`mcp.run(transport="streamable-http", port=..., stateless_http=True)\`, with \`mcp${extras}>=2,<3\``
    }
  }
  if (apiLine === 'mcp2') {
    return {
      message: `${depsFile}: ${allowed} allows only mcp versions before 2.0, but the code uses \`${spec.importText}\`, which exists from mcp 2.0 on: the import fails and the server dies at start`,
      fix: `require \`mcp${extras}>=2,<3\` in ${depsFile}, or move the code to the 1.x API (\`from mcp.server.fastmcp import FastMCP\`) with \`mcp${extras}>=1.8,<2\``
    }
  }
  // fastmcp: the line's window narrowed by what the code uses
  const fixed = fixedRequirement(apiLine, req, range, w)
  const bound = none ? w.needs.find(n => n.from === w.from) : w.needs.find(n => n.to === w.to)
  if (!bound)
    return {
      message: `${depsFile}: ${allowed} allows no fastmcp version with the streamable HTTP transport (2.3 or later)`,
      fix: `require \`${fixed}\` in ${depsFile}`
    }
  const where = `${bound.file}:${bound.pos.line}`
  const others = w.needs.filter(n => n !== bound && (none ? n.from : n.to)).length
  return {
    message: `${depsFile}: ${allowed} allows fastmcp ${none ? `only below ${w.from}` : `${w.to} and later (pip installs the newest)`}, but the code uses ${bound.what} (${where}): ${bound.why}${others ? ` (and ${others} more like it)` : ''}`,
    fix: bound.portable
      ? `${bound.portable}; or keep the code and require \`${fixed}\` in ${depsFile}`
      : `require \`${fixed}\` in ${depsFile}`
  }
}

/** What the window is, for a message: "fastmcp 2.3 ≤ v < 3". */
function describeWindow(pkg: string, w: { from: string; to?: string }): string {
  return `${pkg} ${w.from} ≤ v${w.to ? ` < ${w.to}` : ''}`
}

/**
 * The requirement line rewritten so that every allowed version has what the code uses, bounded
 * above: at the window's end, else above the newest line the checker knows (never below the line
 * pip installs today), keeping the user's own tighter bounds where they still leave such versions.
 * Always a valid PEP 508 requirement (`name[extras]>=lo,<hi ; marker`).
 */
export function fixedRequirement(
  apiLine: PythonApiLine | undefined,
  req: LocatedRequirement,
  range: VersionRange,
  w?: { from: string; to?: string }
): string {
  const extras = req.extras.length ? `[${req.extras.join(',')}]` : ''
  const marker = req.marker ? ` ; ${req.marker}` : ''
  const name = req.raw.match(/^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/)?.[1] ?? req.name
  const pkg = req.name === 'fastmcp' ? 'fastmcp' : 'mcp'
  const from = w?.from ?? (apiLine ? LINES[apiLine].from : undefined)
  const to = w ? w.to : apiLine ? LINES[apiLine].to : undefined
  const api = window(from, to)
  const keepLo = range.lo && range.lo.inclusive && satisfiesRange(range.lo.version, api)
  const lo = keepLo ? range.lo!.version : (from ?? `${CURRENT_MAJOR[pkg]}`)
  let hi = to ?? String(Math.max(Number(lo.split('.')[0]) || 0, CURRENT_MAJOR[pkg]) + 1)
  // keep a tighter upper bound the user chose, when it still leaves versions with the API
  if (
    range.hi &&
    !range.exact &&
    !range.hi.inclusive &&
    satisfiesRange(range.hi.version, window(lo, hi)) &&
    !isEmpty(window(lo, range.hi.version))
  ) {
    hi = range.hi.version
  }
  return `${name}${extras}>=${lo},<${hi}${marker}`
}

/** The lock the install follows, when it cannot be followed; the locks it does not follow. */
function lockFindings(facts: PythonFacts, internal: Internal): Finding[] {
  const out: Finding[] = []
  const lock = internal.lock
  if (lock && 'problem' in lock)
    out.push({
      rule: 'python-deps/lock',
      severity: 'error',
      file: lock.file,
      line: 1,
      message: `${lock.problem}: the package is built from the lock, so it cannot be built`,
      fix: 'run `uv lock` and commit uv.lock'
    })
  for (const u of internal.unusedLocks)
    out.push({
      rule: 'python-deps/lock-not-used',
      severity: 'notice',
      file: u.file,
      line: 1,
      message: `${u.file} is not used: ${u.why}, so the versions installed may differ from the locked ones`,
      fix:
        u.file === 'poetry.lock'
          ? 'export the lock with hashes: `poetry export -f requirements.txt -o requirements.txt`'
          : u.file === 'uv.lock'
            ? 'export the lock with hashes: `uv export --format requirements-txt --no-dev -o requirements.txt` (or drop requirements.txt and keep pyproject.toml + uv.lock)'
            : `export ${u.file} to a requirements.txt with pinned versions and hashes`
    })
  return out
}
