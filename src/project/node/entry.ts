/**
 * Which file is the server: from host.json's arguments (mapping build output back to its source),
 * else package.json `main` / `scripts.start`, else the file that imports the SDK.
 */
import path from 'node:path'
import type { ProjectFiles } from '../files.js'
import { JsonDoc } from '../json.js'
import type { Finding } from '../types.js'
import type { PackageInfo } from './deps.js'
import { isCodeFile } from './graph.js'

export interface TsLayout {
  outDir?: string
  rootDir?: string
  present: boolean
}

export function readTsconfig(files: ProjectFiles): TsLayout {
  const text = files.text('tsconfig.json')
  if (text === undefined) return { present: files.exists('tsconfig.json') }
  const doc = new JsonDoc(text)
  const s = (v: unknown): string | undefined =>
    typeof v === 'string' && v.trim() !== '' ? clean(v) : undefined
  return {
    present: true,
    outDir: s(doc.get(['compilerOptions', 'outDir'])),
    rootDir: s(doc.get(['compilerOptions', 'rootDir']))
  }
}

function clean(p: string): string {
  const n = path.posix.normalize(p.replace(/\\/g, '/')).replace(/\/+$/, '')
  return n === '' ? '.' : n.startsWith('./') ? n.slice(2) : n
}

const TS_EXT: Record<string, string[]> = {
  '.js': ['.ts', '.tsx', '.js', '.jsx'],
  '.mjs': ['.mts', '.mjs'],
  '.cjs': ['.cts', '.cjs']
}
const OUT_EXT: Record<string, string> = {
  '.ts': '.js',
  '.tsx': '.js',
  '.mts': '.mjs',
  '.cts': '.cjs'
}

export function isTypeScript(file: string): boolean {
  return Object.keys(OUT_EXT).includes(path.posix.extname(file).toLowerCase())
}

/** (build folder → source folder) pairs: tsconfig first, then common conventions. */
function mappings(ts: TsLayout): Array<[string, string]> {
  const out: Array<[string, string]> = []
  if (ts.outDir) {
    out.push([ts.outDir, ts.rootDir ?? 'src'])
    if (!ts.rootDir) out.push([ts.outDir, '.'])
  }
  for (const b of ['dist', 'build', 'out', 'lib']) out.push([b, 'src'], [b, '.'])
  return out
}

export function isBuildOutput(file: string, ts: TsLayout): boolean {
  return mappings(ts).some(([b]) => b !== '.' && file.startsWith(b + '/'))
}

/** The source of a build-output file (`dist/index.js` → `src/index.ts`), if one exists. */
export function sourceOf(files: ProjectFiles, file: string, ts: TsLayout): string | undefined {
  const ext = path.posix.extname(file).toLowerCase()
  const exts = TS_EXT[ext]
  if (!exts) return undefined
  for (const [b, src] of mappings(ts)) {
    if (b === '.' || !file.startsWith(b + '/')) continue
    const rest = file.slice(b.length + 1, file.length - ext.length)
    for (const e of exts) {
      const cand = src === '.' ? rest + e : `${src}/${rest}${e}`
      if (files.isFile(cand)) return cand
    }
  }
  return undefined
}

/** Where tsc writes a TypeScript source (`src/index.ts` → `dist/index.js`). */
export function outputOf(file: string, ts: TsLayout): string {
  const ext = path.posix.extname(file)
  const outExt = OUT_EXT[ext.toLowerCase()] ?? ext
  const stem = file.slice(0, file.length - ext.length)
  if (!ts.outDir) return stem + outExt
  const root = ts.rootDir ?? (file.startsWith('src/') ? 'src' : '.')
  const rel = root === '.' ? stem : stem.startsWith(root + '/') ? stem.slice(root.length + 1) : stem
  return path.posix.join(ts.outDir, rel) + outExt
}

const RUNNERS = new Set([
  'node',
  'tsx',
  'ts-node',
  'ts-node-esm',
  'bun',
  'nodemon',
  'node-dev',
  'ts-node-dev'
])

/** The script a `start` command runs (`node --env-file=.env dist/index.js` → that file), if plain. */
export function scriptFile(
  script: string | undefined
): { runner: string; args: string[]; file: string } | undefined {
  if (!script) return undefined
  // Only a single plain command: no shell operators, no variables.
  if (/[&|;<>$`()]/.test(script)) return undefined
  const words = script.trim().split(/\s+/)
  const runner = words[0]
  if (!RUNNERS.has(runner)) return undefined
  const args = words.slice(1)
  const file = args.find(a => !a.startsWith('-') && isCodeFile(a))
  if (!file) return undefined
  return { runner, args, file: clean(file) }
}

export interface EntryChoice {
  /** The source file analyzed. */
  source?: string
  /** What runs (may equal source). */
  runtime?: string
  how: 'host.json' | 'main' | 'start' | 'search' | 'none'
  notes: Finding[]
}

export function findEntry(
  files: ProjectFiles,
  pkg: PackageInfo,
  ts: TsLayout,
  hint: string | undefined,
  searchSdk: () => string | undefined
): EntryChoice {
  const notes: Finding[] = []
  const viaFile = (file: string): { source?: string; runtime: string } => {
    const f = clean(file)
    if (isBuildOutput(f, ts)) {
      const src = sourceOf(files, f, ts)
      if (src) return { source: src, runtime: f }
    }
    if (files.isFile(f) && isCodeFile(f)) return { source: f, runtime: f }
    if (!path.posix.extname(f) && files.isFile(f + '.js'))
      return { source: f + '.js', runtime: f + '.js' }
    return { runtime: f }
  }
  if (hint) {
    const r = viaFile(hint)
    if (r.source) return { ...r, how: 'host.json', notes }
    notes.push({
      rule: 'node-code/entry-unmapped',
      severity: 'notice',
      file: 'host.json',
      line: 1,
      message: `host.json runs ${hint}, which is not in the repository and could not be mapped to a source file (looked at tsconfig.json outDir/rootDir and dist|build|out|lib → src)`,
      fix: 'make sure the build writes that file (tsconfig "outDir"), or point host.json "arguments" at the built entry of your server'
    })
  }
  if (pkg.main) {
    const r = viaFile(pkg.main)
    if (r.source) return { ...r, how: 'main', notes }
  }
  const start = scriptFile(pkg.scripts.start)
  if (start) {
    const r = viaFile(start.file)
    if (r.source) return { ...r, how: 'start', notes }
  }
  const found = searchSdk()
  if (found) {
    return {
      source: found,
      runtime: isTypeScript(found) ? outputOf(found, ts) : found,
      how: 'search',
      notes
    }
  }
  return { how: 'none', notes }
}
