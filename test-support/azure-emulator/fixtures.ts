/**
 * What the Azure tests and the deploy benchmark deploy: a tiny dependency-free Node MCP server,
 * the repository's Node and Python examples staged with their dependencies, zipped with the
 * product's own writeZip; plus a recording Ui, a virtual clock and the Settings for an emulator.
 */
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createHash } from 'node:crypto'
import { readSettings, type Settings } from '../../src/inputs.js'
import type { AnnotationPlace, Ui } from '../../src/report/ui.js'
import type { AppFacts, PackageResult } from '../../src/targets/target.js'
import type { AzureEmulator } from './index.js'
import { zipFolder } from './zip.js'

/** The repository root: the nearest folder up with package.json (also from a transpiled copy). */
export const REPO = findRepo(path.dirname(fileURLToPath(import.meta.url)))

function findRepo(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'examples')))
      return dir
    if (path.dirname(dir) === dir) return path.resolve(from, '..', '..')
  }
}
const CACHE = path.join(os.tmpdir(), 'mcp-functions-deploy-test-cache')

/** A tmp folder. */
export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix))
}

const TINY_SERVER = `// A minimal stateless MCP server over Streamable HTTP (JSON responses), no dependencies.
import http from 'node:http'
const port = Number(process.env.FUNCTIONS_CUSTOMHANDLER_PORT ?? 3000)
const TOOLS = [{ name: 'echo', description: 'Echo the text', inputSchema: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] } }]
function answer(msg) {
  if (msg.method === 'initialize') {
    return { protocolVersion: msg.params?.protocolVersion ?? '2025-06-18', capabilities: { tools: {} }, serverInfo: { name: 'tiny', version: '1.0.0' } }
  }
  if (msg.method === 'tools/list') return { tools: TOOLS }
  if (msg.method === 'tools/call') return { content: [{ type: 'text', text: String(msg.params?.arguments?.text ?? '') }] }
  if (msg.method === 'ping') return {}
  return undefined
}
http.createServer((req, res) => {
  if (req.method !== 'POST') { res.writeHead(405, { allow: 'POST' }).end(); return }
  let body = ''
  req.on('data', c => { body += c })
  req.on('end', () => {
    let msg
    try { msg = JSON.parse(body) } catch { res.writeHead(400).end(); return }
    if (msg.id === undefined) { res.writeHead(202).end(); return }
    const result = answer(msg)
    const out = result === undefined
      ? { jsonrpc: '2.0', id: msg.id, error: { code: -32601, message: 'Method not found' } }
      : { jsonrpc: '2.0', id: msg.id, result }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(out))
  })
}).listen(port, '127.0.0.1')
`

/** Classic layout, function-level key, route prefix '': the recipe done right, no dependencies. */
export function tinyNodeApp(dir = tempDir('tiny-node-')): string {
  writeFileSync(
    path.join(dir, 'host.json'),
    JSON.stringify({
      version: '2.0',
      extensions: { http: { routePrefix: '' } },
      customHandler: {
        description: {
          defaultExecutablePath: 'node',
          workingDirectory: '',
          arguments: ['server.mjs']
        },
        enableProxyingHttpRequest: true
      }
    })
  )
  mkdirSync(path.join(dir, 'mcp-handler'), { recursive: true })
  writeFileSync(
    path.join(dir, 'mcp-handler', 'function.json'),
    JSON.stringify({
      bindings: [
        {
          authLevel: 'function',
          type: 'httpTrigger',
          direction: 'in',
          name: 'req',
          methods: ['get', 'post', 'put', 'delete', 'patch', 'head', 'options'],
          route: '{*route}'
        },
        { type: 'http', direction: 'out', name: 'res' }
      ]
    })
  )
  writeFileSync(path.join(dir, 'server.mjs'), TINY_SERVER)
  return dir
}

/** examples/weather-node with the dependency closure copied from the repository's node_modules. */
export function nodeExampleStage(): string {
  const stage = tempDir('stage-node-')
  cpSync(path.join(REPO, 'examples', 'weather-node'), stage, { recursive: true })
  const pj = JSON.parse(readFileSync(path.join(stage, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>
  }
  const seen = new Set<string>()
  const visit = (name: string) => {
    if (seen.has(name)) return
    const src = path.join(REPO, 'node_modules', name)
    if (!existsSync(src)) return
    seen.add(name)
    cpSync(src, path.join(stage, 'node_modules', name), { recursive: true, dereference: true })
    const dep = JSON.parse(readFileSync(path.join(src, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>
    }
    for (const d of Object.keys(dep.dependencies ?? {})) visit(d)
  }
  for (const d of Object.keys(pj.dependencies ?? {})) visit(d)
  return stage
}

/** The local interpreter's minor version, e.g. "3.11". */
export function localPython(): string {
  return execFileSync(
    'python3',
    ['-c', 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")'],
    { encoding: 'utf8' }
  ).trim()
}

/**
 * examples/weather-python with its requirements installed into .python_packages/lib/site-packages
 * for the local Python (the way the package step does), cached between runs under the OS temp folder.
 */
export function pythonExampleStage(): string {
  const example = path.join(REPO, 'examples', 'weather-python')
  const req = readFileSync(path.join(example, 'requirements.txt'), 'utf8')
  const py = localPython()
  const key = createHash('sha256')
    .update(py + '\n' + req)
    .digest('hex')
    .slice(0, 16)
  const cached = path.join(CACHE, `site-packages-${key}`)
  if (!existsSync(cached)) {
    const tmp = `${cached}.tmp-${process.pid}`
    rmSync(tmp, { recursive: true, force: true })
    const args = [
      '-m',
      'pip',
      'install',
      '--quiet',
      '--disable-pip-version-check',
      '--target',
      tmp,
      '-r',
      path.join(example, 'requirements.txt')
    ]
    // From PyPI (pip's shared cache), giving up quickly when it cannot be reached.
    execFileSync('python3', args, { stdio: 'pipe', env: { ...process.env, PIP_RETRIES: '1' } })
    mkdirSync(CACHE, { recursive: true })
    renameSync(tmp, cached)
  }
  const stage = tempDir('stage-python-')
  cpSync(example, stage, { recursive: true })
  cpSync(cached, path.join(stage, '.python_packages', 'lib', 'site-packages'), { recursive: true })
  return stage
}

/**
 * A package kept under the OS temp folder between runs, keyed on `parts` (staging and zipping tens
 * of MB of dependencies takes seconds on a slow disk).
 */
async function cachedPackage(
  name: string,
  parts: Array<string | Buffer>,
  stage: () => string
): Promise<PackageResult> {
  const h = createHash('sha256')
  for (const p of parts) h.update(p).update('\0')
  const dir = path.join(CACHE, `${name}-${h.digest('hex').slice(0, 16)}`)
  const meta = path.join(dir, 'package.json')
  if (existsSync(meta)) return JSON.parse(readFileSync(meta, 'utf8')) as PackageResult
  const pkg = await makePackage(stage())
  const tmp = `${dir}.tmp-${process.pid}`
  mkdirSync(tmp, { recursive: true })
  cpSync(pkg.zipPath, path.join(tmp, 'package.zip'))
  const cached = { ...pkg, zipPath: path.join(dir, 'package.zip') }
  writeFileSync(path.join(tmp, 'package.json'), JSON.stringify(cached))
  rmSync(dir, { recursive: true, force: true })
  renameSync(tmp, dir)
  rmSync(pkg.stageDir, { recursive: true, force: true })
  return cached
}

function exampleFiles(name: string, files: string[]): Array<string | Buffer> {
  const dir = path.join(REPO, 'examples', name)
  return files.flatMap(f => [
    f,
    existsSync(path.join(dir, f)) ? readFileSync(path.join(dir, f)) : ''
  ])
}

/** The Python example's package (cached): mcp 2.x wheels for the local Python. */
export function pythonExamplePackage(): Promise<PackageResult> {
  const parts = [
    localPython(),
    ...exampleFiles('weather-python', [
      'requirements.txt',
      'weather.py',
      'host.json',
      'mcp-handler/function.json'
    ])
  ]
  return cachedPackage('python-package', parts, pythonExampleStage)
}

/** The Node example's package (cached): the SDK and its dependencies from the repository. */
export function nodeExamplePackage(): Promise<PackageResult> {
  const sdk = readFileSync(
    path.join(REPO, 'node_modules', '@modelcontextprotocol', 'sdk', 'package.json')
  )
  const parts = [
    sdk,
    ...exampleFiles('weather-node', [
      'package.json',
      'server.js',
      'host.json',
      'mcp-handler/function.json'
    ])
  ]
  return cachedPackage('node-package', parts, nodeExampleStage)
}

/** Where the emulator may keep unpacked packages between runs (see EmulatorOptions.extractCache). */
export const EXTRACT_CACHE = path.join(CACHE, 'unpacked')

/** Zips a stage (deterministically) into a PackageResult. */
export async function makePackage(stageDir: string): Promise<PackageResult> {
  const zipPath = path.join(tempDir('pkg-'), 'package.zip')
  const stats = await zipFolder(stageDir, zipPath)
  return {
    zipPath,
    sha256: stats.sha256,
    bytes: stats.bytes,
    fileCount: stats.fileCount,
    dependencies: [],
    stageDir
  }
}

export function appFacts(
  language: 'node' | 'python',
  layout: 'classic' | 'profile' = 'classic'
): AppFacts {
  return {
    layout,
    language,
    routePrefix: '',
    authLevel: 'function',
    appSettings:
      language === 'python'
        ? {
            PYTHONPATH: '/home/site/wwwroot/.python_packages/lib/site-packages',
            ...(layout === 'profile'
              ? { AzureWebJobsFeatureFlags: 'EnableMcpCustomHandlerPreview' }
              : {})
          }
        : layout === 'profile'
          ? { AzureWebJobsFeatureFlags: 'EnableMcpCustomHandlerPreview' }
          : {}
  }
}

/** Settings pointing at the emulator (Resource Manager through arm-endpoint). */
export function emulatorSettings(
  emu: AzureEmulator,
  inputs: Record<string, string> = {}
): Settings {
  const raw: Record<string, string> = {
    mode: 'deploy',
    'app-name': emu.appName,
    'subscription-id': emu.subscriptionId,
    'arm-endpoint': emu.armEndpoint,
    ...inputs
  }
  return readSettings(name => raw[name], { GITHUB_WORKSPACE: REPO })
}

/** An unsigned JWT with GitHub's OIDC claims: only its claims matter to the emulator. */
export function fakeGithubIdToken(claims: Record<string, unknown> = {}): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url')
  return [
    b64({ alg: 'RS256', typ: 'JWT', kid: 'test' }),
    b64({
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'api://AzureADTokenExchange',
      sub: 'repo:octo/mcp-server:ref:refs/heads/main',
      repository: 'octo/mcp-server',
      exp: Math.floor(Date.now() / 1000) + 600,
      ...claims
    }),
    'c2lnbmF0dXJl'
  ].join('.')
}

/** A Ui that keeps every line (secrets masked as the real ones do) and every secret. */
export class RecordingUi implements Ui {
  readonly lines: string[] = []
  readonly secrets: string[] = []
  readonly outputs: Record<string, string> = {}
  readonly sections: string[] = []
  constructor(private readonly echo = false) {}
  private say(kind: string, message: string): void {
    let out = message
    for (const s of this.secrets) out = out.split(s).join('***')
    this.lines.push(`${kind}${out}`)
    if (this.echo) process.stdout.write(`${kind}${out}\n`)
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.say('▸ ', title)
    return fn()
  }
  info(m: string): void {
    this.say('', m)
  }
  debug(m: string): void {
    this.say('debug: ', m)
  }
  notice(m: string, _p?: AnnotationPlace): void {
    this.say('notice: ', m)
  }
  warning(m: string, _p?: AnnotationPlace): void {
    this.say('warning: ', m)
  }
  error(m: string, _p?: AnnotationPlace): void {
    this.say('error: ', m)
  }
  setSecret(s: string): void {
    if (s) this.secrets.push(s)
  }
  setOutput(n: string, v: string): void {
    this.outputs[n] = v
  }
  summary(md: string): void {
    this.sections.push(md)
  }
  async flush(): Promise<void> {}
  text(): string {
    return this.lines.join('\n')
  }
}

/**
 * A virtual clock: `sleep(ms)` records the wait, moves the clock by ms, and yields for a few
 * real milliseconds at most (so that a real emulator process can make progress).
 */
export function virtualClock(realYieldMs = 5): {
  now: () => number
  sleep: (ms: number) => Promise<void>
  sleeps: number[]
} {
  let t = 1_000_000
  const sleeps: number[] = []
  return {
    now: () => t,
    sleeps,
    sleep: async (ms: number) => {
      sleeps.push(ms)
      t += ms
      await new Promise(resolve => setTimeout(resolve, Math.min(ms, realYieldMs)))
    }
  }
}

/**
 * For runs where real work happens (unpacking, starting a server): the real clock, and waits
 * shortened to at most `capMs` (the requested waits are recorded).
 */
export function shortWaits(capMs = 50): {
  now: () => number
  sleep: (ms: number) => Promise<void>
  sleeps: number[]
} {
  const sleeps: number[] = []
  return {
    now: () => Date.now(),
    sleeps,
    sleep: async (ms: number) => {
      sleeps.push(ms)
      await new Promise(resolve => setTimeout(resolve, Math.min(ms, capMs)))
    }
  }
}
