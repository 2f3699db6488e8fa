/** package.json: present, strict JSON, and an MCP SDK requirement that fits the code's API line. */
import { parseTree, printParseErrorCode } from 'jsonc-parser'
import type { ParseError } from 'jsonc-parser'
import type { ProjectFiles } from '../files.js'
import { unusableFileFinding } from '../files.js'
import { JsonDoc, LineIndex } from '../json.js'
import type { Finding } from '../types.js'
import {
  SDK1,
  SDK1_KNOWN_VERSIONS,
  SDK1_MIN_STREAMABLE,
  SDK1_SUBPATH_SINCE,
  SPLIT2_PACKAGES,
  SPLIT2_SERVER,
  sdk1Subpath
} from './api.js'
import type { SdkLine } from './api.js'
import { isPnpmSpec, lockDrift, readNpmLock } from './lock.js'
import type { NpmLock } from './lock.js'

export const PACKAGE_JSON = 'package.json'

type Semver = typeof import('semver')
let semver: Semver | undefined

/** Loads semver on first use (a Python repo's check never needs it). */
export async function loadSemver(): Promise<void> {
  if (!semver) {
    const m = (await import('semver')) as Semver & { default?: Semver }
    semver = m.default ?? m
  }
}

export type DepSection =
  'dependencies' | 'devDependencies' | 'optionalDependencies' | 'peerDependencies'
const SECTIONS: DepSection[] = [
  'dependencies',
  'optionalDependencies',
  'peerDependencies',
  'devDependencies'
]

export interface Dep {
  name: string
  spec: string
  section: DepSection
  line: number
  column: number
}

export interface PackageInfo {
  /** Set when package.json exists and parses (strictly). */
  doc?: JsonDoc
  /** Problems reading package.json itself. */
  findings: Finding[]
  present: boolean
  deps: Map<string, Dep>
  scripts: Record<string, string>
  main?: string
  name?: string
  /** Package names installed at the top of node_modules per package-lock.json (undefined: no usable lockfile). */
  installed?: Set<string>
  /** The lockfile npm ci installs from, when there is a usable one. */
  lock?: NpmLock
  scriptLine(name: string): number
}

const SDK_FIX = `add "${SDK1}": "^1.26.0" to "dependencies" (or the 2.x split packages "${SPLIT2_SERVER}" + "@modelcontextprotocol/node")`

export function readPackageJson(files: ProjectFiles): PackageInfo {
  const info: PackageInfo = {
    findings: [],
    present: false,
    deps: new Map(),
    scripts: {},
    scriptLine: () => 1
  }
  const r = files.read(PACKAGE_JSON)
  if (r.kind === 'missing') {
    info.findings.push({
      rule: 'node-deps/package-json-missing',
      severity: 'error',
      file: PACKAGE_JSON,
      line: 1,
      message: "package.json is missing: the deployment installs the server's dependencies from it",
      fix: `run \`npm init -y\` in the server folder, then \`npm install ${SDK1}@^1.26.0\``
    })
    return info
  }
  info.present = true
  const unusable = unusableFileFinding('node-deps/package-json-unreadable', PACKAGE_JSON, r)
  if (unusable || r.kind !== 'ok') {
    if (unusable) info.findings.push(unusable)
    return info
  }
  const doc = new JsonDoc(r.text)
  if (!doc.ok) {
    const e = doc.errors[0] ?? { message: 'no JSON value', line: 1, column: 1 }
    info.findings.push(syntaxFinding(e.message, e.line, e.column))
    return info
  }
  // npm reads package.json as strict JSON: no comments, no trailing commas.
  const strict: ParseError[] = []
  parseTree(r.text, strict, { disallowComments: true, allowTrailingComma: false })
  if (strict.length > 0) {
    const at = new LineIndex(r.text).at(strict[0].offset)
    const code = printParseErrorCode(strict[0].error)
    const what = code === 'InvalidCommentToken' ? 'a comment' : 'a trailing comma'
    info.findings.push(
      syntaxFinding(`${what} (${code}): npm reads package.json as strict JSON`, at.line, at.column)
    )
    return info
  }
  if (!doc.isObject([])) {
    info.findings.push({
      rule: 'node-deps/package-json-syntax',
      severity: 'error',
      file: PACKAGE_JSON,
      line: 1,
      column: 1,
      message: 'package.json is not a JSON object',
      fix: 'make package.json an object with "name", "version" and "dependencies"'
    })
    return info
  }
  info.doc = doc
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
  info.main = str(doc.get(['main']))
  info.name = str(doc.get(['name']))
  const scripts = doc.get(['scripts'])
  if (scripts && typeof scripts === 'object' && !Array.isArray(scripts)) {
    for (const [k, v] of Object.entries(scripts as Record<string, unknown>))
      if (typeof v === 'string') info.scripts[k] = v
  }
  info.scriptLine = (name: string) => doc.line(['scripts', name])
  info.lock = readNpmLock(files)
  info.installed = info.lock ? new Set(info.lock.versions.keys()) : undefined
  for (const section of SECTIONS) {
    for (const k of doc.keys([section])) {
      const spec = doc.get([section, k.key])
      if (typeof spec !== 'string' || info.deps.has(k.key)) continue
      info.deps.set(k.key, { name: k.key, spec, section, line: k.line, column: k.column })
    }
  }
  return info
}

function syntaxFinding(detail: string, line: number, column: number): Finding {
  return {
    rule: 'node-deps/package-json-syntax',
    severity: 'error',
    file: PACKAGE_JSON,
    line,
    column,
    message: `package.json has a syntax error at line ${line}, column ${column}: ${detail}; npm cannot install anything`,
    fix: "fix the JSON at that position (check with `node -e \"JSON.parse(require('fs').readFileSync('package.json','utf8'))\"`)"
  }
}

/** The declared SDK packages, per line (2.x: @modelcontextprotocol/server, else an adapter that peer-depends on it). */
export function declaredSdk(pkg: PackageInfo): { sdk1?: Dep; split2?: Dep; split2All: Dep[] } {
  const split2All = SPLIT2_PACKAGES.filter(n => n !== '@modelcontextprotocol/core').flatMap(
    n => pkg.deps.get(n) ?? []
  )
  return {
    sdk1: pkg.deps.get(SDK1),
    split2: pkg.deps.get(SPLIT2_SERVER) ?? split2All[0],
    split2All
  }
}

/** Does the spec allow a version below `version`? undefined when it cannot tell. */
export function allowsBelow(spec: string, version: string): boolean | undefined {
  const r = rangeOf(spec)
  if (!semver || r.range === undefined) return undefined
  const min = semver.minVersion(r.range)
  return min ? semver.lt(min, version) : undefined
}

/** A semver range for an npm spec, or why there is none. */
export function rangeOf(spec: string): { range?: string; unbounded?: boolean; other?: string } {
  const s = spec.trim()
  if (s === '' || s === '*' || s === 'latest' || s === 'x' || s === 'X')
    return { range: '*', unbounded: true }
  if (s.startsWith('npm:')) {
    const at = s.lastIndexOf('@')
    return at > 4 ? rangeOf(s.slice(at + 1)) : { range: '*', unbounded: true }
  }
  const valid = semver?.validRange(s)
  if (valid) return { range: s }
  return { other: s }
}

/** The sdk 1.x version npm installs for `dep`: the lockfile's, else the newest known in range. */
export function installedSdk(
  dep: Dep,
  range: string,
  lock: NpmLock | undefined
): { version: string; from: string } | undefined {
  if (!semver) return undefined
  const locked = lock?.versions.get(dep.name)
  if (
    locked &&
    semver.valid(locked) &&
    semver.satisfies(locked, range, { includePrerelease: true })
  )
    return { version: locked, from: `locked in ${lock?.file}` }
  const newest = semver.maxSatisfying(SDK1_KNOWN_VERSIONS, range)
  if (newest) return { version: newest, from: 'the newest the range allows' }
  const min = semver.minVersion(range)
  const last = SDK1_KNOWN_VERSIONS[SDK1_KNOWN_VERSIONS.length - 1]
  if (min && semver.lte(min, last)) return { version: min.version, from: 'the range' }
  return undefined
}

export interface DepsUsage {
  /** The lockfile, when there is one (what npm ci installs). */
  lock?: NpmLock
  /** The line the code uses (from its imports), when known. */
  codeLine?: SdkLine
  /** sdk 1.x subpaths imported by the code (e.g. `server/express`) with where. */
  sdk1Subpaths: Array<{ source: string; file: string; line: number }>
  /** A bundler in the build script (esbuild, ncc, webpack, rollup, tsup…): dependencies may be inlined. */
  bundled: boolean
}

export function checkDeps(pkg: PackageInfo, usage: DepsUsage): Finding[] {
  const out: Finding[] = [...pkg.findings]
  if (!pkg.doc) return out
  const { sdk1, split2, split2All } = declaredSdk(pkg)
  const f = (
    rule: string,
    severity: Finding['severity'],
    dep: Dep | undefined,
    message: string,
    fix: string
  ): void => {
    out.push({
      rule: `node-deps/${rule}`,
      severity,
      file: PACKAGE_JSON,
      line: dep?.line ?? 1,
      ...(dep ? { column: dep.column } : {}),
      message,
      fix
    })
  }

  const pnpm = [...pkg.deps.values()].filter(d => isPnpmSpec(d.spec))
  if (pnpm.length > 0) {
    f(
      'pnpm-spec',
      'error',
      pnpm[0],
      `npm cannot install pnpm's ${[...new Set(pnpm.map(d => d.spec.split(':')[0] + ':'))].join(' and ')} specs: ${pnpm.map(d => `${d.name} "${d.spec}"`).join(', ')} (npm fails with EUNSUPPORTEDPROTOCOL before anything is installed)`,
      'replace each with the version range it stands for (from pnpm-workspace.yaml for catalog:, the package version for workspace:), as `pnpm pack` does when it publishes'
    )
  }
  if (pkg.lock && semver && pnpm.length === 0) {
    const drift = lockDrift(
      pkg.lock,
      [...pkg.deps.values()]
        .filter(d => d.section !== 'peerDependencies')
        .map(d => ({ name: d.name, spec: d.spec, optional: d.section === 'optionalDependencies' })),
      semver
    )
    if (drift.length > 0) {
      const first = pkg.deps.get(drift[0].name)
      f(
        'lock-stale',
        'error',
        first,
        `${pkg.lock.file} is out of sync with package.json, so \`npm ci\` refuses to install: ${drift
          .map(d =>
            d.locked === undefined
              ? `${d.name} ${d.spec} is missing from the lock file`
              : `the lock file's ${d.name}@${d.locked} does not satisfy ${d.spec}`
          )
          .join('; ')}`,
        `run \`npm install\` in the server folder and commit the updated ${pkg.lock.file}`
      )
    }
  }

  if (!sdk1 && !split2) {
    f(
      'sdk-missing',
      'error',
      undefined,
      `package.json requires neither ${SDK1} (1.x) nor ${SPLIT2_SERVER} (2.x): the MCP SDK is not installed on deploy`,
      SDK_FIX
    )
    return out
  }
  if (sdk1 && split2) {
    f(
      'two-sdk-lines',
      'notice',
      split2,
      `package.json requires both SDK lines (${SDK1} ${sdk1.spec} and ${split2.name} ${split2.spec}); objects of one line are not accepted by the other`,
      usage.codeLine === 'sdk1'
        ? `remove ${SPLIT2_SERVER} (the code uses ${SDK1})`
        : usage.codeLine === 'split2'
          ? `remove ${SDK1} (the code uses the 2.x packages)`
          : 'keep the line the server code imports and remove the other'
    )
  }
  for (const dep of [sdk1, ...split2All]) {
    if (!dep) continue
    if (dep.section === 'devDependencies' && !usage.bundled) {
      f(
        'sdk-dev-dependency',
        'warning',
        dep,
        `${dep.name} is only in devDependencies: a production install (\`npm ci --omit=dev\`) leaves it out and the server fails at start`,
        `move "${dep.name}" to "dependencies"`
      )
    }
    const line: SdkLine = dep.name === SDK1 ? 'sdk1' : 'split2'
    checkRange(dep, line, usage, f)
  }
  return out
}

type Emit = (
  rule: string,
  severity: Finding['severity'],
  dep: Dep | undefined,
  message: string,
  fix: string
) => void

function checkRange(dep: Dep, line: SdkLine, usage: DepsUsage, f: Emit): void {
  if (!semver) return // loadNode() loads it; without it the ranges are not checked
  const r = rangeOf(dep.spec)
  const good = line === 'sdk1' ? '^1.26.0' : '^2.0.0'
  if (r.other !== undefined) {
    f(
      'sdk-range-unchecked',
      'notice',
      dep,
      `${dep.name} "${dep.spec}" is not a version range (a tag, git, file or workspace spec); its API line could not be checked`,
      `require a version range such as "${good}"`
    )
    return
  }
  const range = r.range as string
  const min = semver.minVersion(range)
  const nextMajor = line === 'sdk1' ? '>=2.0.0-0' : '>=3.0.0-0'
  const spansNext = r.unbounded || semver.intersects(range, nextMajor, { includePrerelease: true })
  if (line === 'sdk1') {
    // What npm installs: the lock's version (npm ci), else the newest the range allows.
    const installs = installedSdk(dep, range, usage.lock)
    const what = installs
      ? `npm installs ${installs.version} (${installs.from})`
      : 'npm installs a version newer than the ones known here'
    const tooOld = installs && semver.lt(installs.version, SDK1_MIN_STREAMABLE)
    if (tooOld) {
      f(
        'sdk-too-old',
        'error',
        dep,
        `${dep.name} "${dep.spec}": ${what}, which has no streamable HTTP transport (added in ${SDK1_MIN_STREAMABLE}): the server cannot be hosted with it`,
        `require "${dep.name}": "${good}"`
      )
    } else if (!min || semver.lt(min, SDK1_MIN_STREAMABLE)) {
      f(
        'sdk-too-old',
        'notice',
        dep,
        `${dep.name} "${dep.spec}" also allows versions before ${SDK1_MIN_STREAMABLE} (down to ${min?.version ?? 'any'}), which have no streamable HTTP transport; ${what}, so the deploy works`,
        `raise the floor: "${dep.name}": "${good}"`
      )
    }
    for (const s of usage.sdk1Subpaths) {
      const sub = sdk1Subpath(s.source) ?? ''
      const since = SDK1_SUBPATH_SINCE[sub]
      if (!since || since === SDK1_MIN_STREAMABLE || tooOld) continue
      const fix = `require "${dep.name}": "^${semver.gte(since, '1.26.0') ? since : '1.26.0'}"`
      if (installs && semver.lt(installs.version, since)) {
        f(
          'sdk-range-api',
          'error',
          dep,
          `${s.file}:${s.line} imports '${s.source}', added in ${since}, but ${what}, where that import fails`,
          fix
        )
      } else if (min && semver.lt(min, since) && !semver.lt(min, SDK1_MIN_STREAMABLE)) {
        f(
          'sdk-range-api',
          'notice',
          dep,
          `${s.file}:${s.line} imports '${s.source}', added in ${since}; "${dep.spec}" also allows ${min.version}, where that import fails, but ${what}`,
          fix
        )
      }
    }
  } else if (
    min &&
    min.major === 2 &&
    min.minor === 0 &&
    min.patch === 0 &&
    min.prerelease.length > 0
  ) {
    f(
      'sdk-prerelease',
      'warning',
      dep,
      `${dep.name} "${dep.spec}" allows 2.0.0 pre-releases (from ${min.version}), whose API differs from the stable 2.x line`,
      `require "${dep.name}": "${good}"`
    )
  }
  if (spansNext) {
    f(
      'sdk-range-unbounded',
      'warning',
      dep,
      r.unbounded
        ? `${dep.name} "${dep.spec}" is unbounded: any future major version (a new API line) would be installed`
        : `${dep.name} "${dep.spec}" spans more than one major line (it also allows ${line === 'sdk1' ? '2.x' : '3.x'} and later), whose API differs`,
      `require "${dep.name}": "${good}"`
    )
  }
}

const BUNDLERS = [
  'esbuild',
  'ncc',
  'webpack',
  'rollup',
  'tsup',
  'parcel',
  'vite',
  'bun build',
  'rspack',
  'rolldown',
  'tsdown'
]

/** Does the build script bundle (inline dependencies)? Read from the script's words, not guessed from code. */
export function buildBundles(pkg: PackageInfo): boolean {
  const words = (pkg.scripts.build ?? '').split(/[\s&|;()]+/)
  return BUNDLERS.some(b =>
    b.includes(' ')
      ? (pkg.scripts.build ?? '').includes(b)
      : words.includes(b) || words.some(w => w.endsWith('/' + b))
  )
}
