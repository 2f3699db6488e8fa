import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import { ProjectFiles } from '../../src/project/files.js'
import { checkHost } from '../../src/project/hostcheck.js'
import { loadHost } from '../../src/project/hostjson.js'
import { checkFunction, loadFunction, routeMatches } from '../../src/project/functionjson.js'
import { checkLocalSettings } from '../../src/project/localsettings.js'
import { checkFuncignore } from '../../src/project/funcignore.js'
import type { Finding } from '../../src/project/types.js'
import { fixtureCopy, FIXTURES, type Change } from '../helpers/fixture.js'
import path from 'node:path'

type Ctx = Parameters<typeof checkHost>[3]
function hostFindings(dir: string, ctx: Ctx = { language: 'python' }): Finding[] {
  const files = new ProjectFiles(dir)
  const load = loadHost(files)
  return load.doc && load.facts
    ? [...load.findings, ...checkHost(files, load.doc, load.facts, ctx)]
    : load.findings
}
const rules = (fs: Finding[]) => fs.map(f => `${f.severity} ${f.rule}`).sort()
const fixture = (name: string) => path.join(FIXTURES, name)

const HOST = (ch: string, extra = '') => `{
  "version": "2.0",${extra}
  "extensions": { "http": { "routePrefix": "" } },
  "customHandler": {
    "description": { "defaultExecutablePath": "python", "workingDirectory": "", "arguments": ["server.py"] }${ch}
  }
}`

describe('host.json', () => {
  it('passes a correct classic host.json (with a comment and a trailing comma)', () => {
    expect(hostFindings(fixture('artifacts-classic'))).toEqual([])
  })

  it('passes a correct profile host.json and reads its port', () => {
    const files = new ProjectFiles(fixture('artifacts-profile'))
    const load = loadHost(files)
    expect(load.facts).toMatchObject({
      layout: 'profile',
      port: 8000,
      routePrefix: '',
      authLevel: 'function',
      entryHint: 'server.py'
    })
    expect(hostFindings(fixture('artifacts-profile'))).toEqual([])
  })

  it('flags the original recipe: misspelled switch, and forwarding-only an error for Host-guarding SDKs', () => {
    const dir = fixture('original-recipe')
    const guarded = hostFindings(dir, { language: 'python', hostGuard: true })
    expect(rules(guarded)).toEqual([
      'error host-json/forwarding-only',
      'warning host-json/proxy-misspelled'
    ])
    const misspelled = guarded.find(f => f.rule === 'host-json/proxy-misspelled')!
    expect(misspelled.line).toBe(15)
    expect(misspelled.message).toContain('ignores it silently')
    expect(misspelled.fix).toContain('enableProxyingHttpRequest')
    const fwd = guarded.find(f => f.rule === 'host-json/forwarding-only')!
    expect(fwd.line).toBe(14)
    expect(fwd.message).toContain('421')
    // Without the guard, forwarding-only is a warning (buffering), not an error.
    expect(rules(hostFindings(dir, { language: 'python', hostGuard: false }))).toEqual([
      'warning host-json/forwarding-only',
      'warning host-json/proxy-misspelled'
    ])
  })

  it('says neither switch is an error', () => {
    const dir = fixtureCopy('artifacts-classic', { 'host.json': HOST('') })
    expect(rules(hostFindings(dir))).toEqual(['error host-json/no-http-switch'])
  })

  it('reports a syntax error at its line and column', () => {
    const dir = fixtureCopy('artifacts-classic', {
      'host.json': '{\n  "version": "2.0",\n  "customHandler": { "x": }\n}'
    })
    const [f] = hostFindings(dir)
    expect(f).toMatchObject({ rule: 'host-json/syntax', severity: 'error', line: 3 })
    expect(f.column).toBeGreaterThan(20)
    expect(f.message).toMatch(/line 3, column \d+/)
  })

  it('reports missing, binary, directory, huge and escaping host.json as one clear finding each', () => {
    const cases: Array<[Record<string, Change>, string, RegExp]> = [
      [{ 'host.json': null }, 'host-json/missing', /missing/],
      [
        { 'host.json': { bytes: Buffer.from([0x7b, 0, 1, 2, 0x7d]) } },
        'host-json/unreadable',
        /binary/
      ],
      [{ 'host.json': { dir: true } }, 'host-json/unreadable', /directory/],
      [{ 'host.json': ' '.repeat(1024 * 1024 + 10) }, 'host-json/unreadable', /larger than/],
      [
        { 'host.json': { symlink: '/etc/hostname' } },
        'host-json/unreadable',
        /leaves the server folder/
      ]
    ]
    for (const [change, rule, msg] of cases) {
      const found = hostFindings(fixtureCopy('artifacts-classic', change))
      expect(found).toHaveLength(1)
      expect(found[0].rule).toBe(rule)
      expect(found[0].message).toMatch(msg)
    }
  })

  it('checks version, routePrefix, executable, arguments and workingDirectory', () => {
    const mk = (s: string) => hostFindings(fixtureCopy('artifacts-classic', { 'host.json': s }))
    expect(rules(mk(HOST(',"enableProxyingHttpRequest": true').replace('"2.0"', '"1.0"')))).toEqual(
      ['error host-json/version']
    )
    const noPrefix = mk(
      HOST(',"enableProxyingHttpRequest": true').replace(
        '"extensions": { "http": { "routePrefix": "" } },',
        ''
      )
    )
    expect(rules(noPrefix)).toEqual(['warning host-json/route-prefix'])
    expect(noPrefix[0].message).toContain('/api/mcp')
    expect(
      rules(
        mk(
          HOST(',"enableProxyingHttpRequest": true').replace(
            '"server.py"',
            '"<path to the main script (e.g., weather.py)>"'
          )
        )
      )
    ).toEqual(['error host-json/arguments'])
    expect(
      rules(mk(HOST(',"enableProxyingHttpRequest": true').replace('"server.py"', '"missing.py"')))
    ).toEqual(['error host-json/arguments'])
    const escape = mk(
      HOST(',"enableProxyingHttpRequest": true').replace('"server.py"', '"../../etc/passwd.py"')
    )
    expect(rules(escape)).toEqual(['error host-json/arguments'])
    expect(escape[0].message).toContain('outside')
    expect(
      rules(
        mk(
          HOST(',"enableProxyingHttpRequest": true').replace(
            '"workingDirectory": ""',
            '"workingDirectory": "../.."'
          )
        )
      )
    ).toContain('error host-json/working-directory')
    expect(
      rules(mk(HOST(',"enableProxyingHttpRequest": true').replace('"python"', '"node"')))
    ).toEqual(['error host-json/executable'])
    expect(
      rules(
        mk(
          HOST(',"enableProxyingHttpRequest": true').replace(
            '"python"',
            '"C:\\\\Python\\\\python.exe"'
          )
        )
      )
    ).toEqual(['error host-json/executable'])
    expect(
      rules(mk('{ "version": "2.0", "extensions": { "http": { "routePrefix": "" } } }'))
    ).toEqual(['error host-json/custom-handler'])
  })

  it('checks the profile: known profile, numeric port, auth level', () => {
    const mk = (s: string) => hostFindings(fixtureCopy('artifacts-profile', { 'host.json': s }))
    const P = (extra: string, port = '8000') =>
      `{"version":"2.0","configurationProfile":"mcp-custom-handler","customHandler":{"description":{"defaultExecutablePath":"python","arguments":["server.py"]},"port":${port}${extra}}}`
    expect(mk(P(''))).toEqual([])
    expect(mk(P('', '"8000"'))).toEqual([])
    expect(rules(mk(P('', '"<MCP server port>"')))).toEqual(['error host-json/profile-port'])
    expect(rules(mk(P('').replace('mcp-custom-handler', 'mcp-handler')))).toEqual([
      'error host-json/profile-unknown'
    ])
    expect(rules(mk(P(',"http":{"defaultAuthorizationLevel":"anonymous"}')))).toEqual([
      'warning host-json/anonymous'
    ])
    expect(rules(mk(P(',"http":{"defaultAuthorizationLevel":"everyone"}')))).toEqual([
      'error host-json/auth-level'
    ])
  })
})

describe('function.json', () => {
  const fnFindings = (dir: string) => {
    const load = loadFunction(new ProjectFiles(dir))
    return load.doc && load.facts
      ? [...load.findings, ...checkFunction(load.doc, load.facts)]
      : load.findings
  }
  const FN = (trigger: string, out = true) =>
    `{"bindings":[{"type":"httpTrigger","direction":"in","name":"req"${trigger}}${out ? ',{"type":"http","direction":"out","name":"res"}' : ''}]}`

  it('passes the recipe trigger', () => {
    expect(fnFindings(fixture('original-recipe'))).toEqual([])
  })
  it('finds each mistake', () => {
    const mk = (s: string) =>
      rules(fnFindings(fixtureCopy('artifacts-classic', { 'mcp-handler/function.json': s })))
    expect(mk(FN(',"route":"{*route}","authLevel":"anonymous"'))).toEqual([
      'warning function-json/anonymous'
    ])
    expect(mk(FN(''))).toEqual(['error function-json/route'])
    expect(mk(FN(',"route":"api/{x}"'))).toEqual(['error function-json/route'])
    expect(mk(FN(',"route":"{*route}","methods":["post"]'))).toEqual([
      'error function-json/methods'
    ])
    expect(mk(FN(',"route":"{*route}"', false))).toEqual(['error function-json/http-out'])
    expect(mk('{"bindings":[]}')).toEqual([
      'error function-json/http-out',
      'error function-json/http-trigger'
    ])
    expect(mk('{"bindings": [')).toEqual(['error function-json/syntax'])
    expect(rules(fnFindings(fixtureCopy('artifacts-classic', { 'mcp-handler': null })))).toEqual([
      'error function-json/missing'
    ])
  })
  it('matches route templates like the host', () => {
    expect(routeMatches('{*route}', 'mcp')).toBe(true)
    expect(routeMatches('mcp', 'mcp')).toBe(true)
    expect(routeMatches('{name}', 'mcp')).toBe(true)
    expect(routeMatches('mcp/{*rest}', 'mcp')).toBe(true)
    expect(routeMatches('api/{*rest}', 'mcp')).toBe(false)
    expect(routeMatches('mcp-handler', 'mcp')).toBe(false)
  })
})

describe('local.settings.json and .funcignore', () => {
  it('passes the recipe settings and Core Tools’ runtime, flags a committed secret without printing it', () => {
    expect(checkLocalSettings(new ProjectFiles(fixture('original-recipe')))).toEqual([])
    const secret = 'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=c2VjcmV0c2VjcmV0'
    const dir = fixtureCopy('artifacts-classic', {
      'local.settings.json': JSON.stringify(
        {
          Values: { FUNCTIONS_WORKER_RUNTIME: 'python', AzureWebJobsStorage: secret, EMPTY_KEY: '' }
        },
        null,
        2
      )
    })
    const found = checkLocalSettings(new ProjectFiles(dir))
    // "python" is what Core Tools and Microsoft's samples write: the host still runs the handler
    expect(rules(found)).toEqual(['error local-settings/secret'])
    expect(JSON.stringify(found)).not.toContain('c2VjcmV0c2VjcmV0')
    expect(found.find(f => f.rule === 'local-settings/secret')!.line).toBe(4)
    // git-ignored: a local file, not committed: no secret finding
    const ignored = fixtureCopy(dir, { '.gitignore': 'local.settings.json\n' })
    expect(rules(checkLocalSettings(new ProjectFiles(ignored)))).toEqual([])
    // an unrelated runtime: a notice at most
    const dotnet = fixtureCopy('artifacts-classic', {
      'local.settings.json': '{"Values": {"FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated"}}'
    })
    expect(rules(checkLocalSettings(new ProjectFiles(dotnet)))).toEqual([
      'notice local-settings/worker-runtime'
    ])
  })
  it('a missing local.settings.json is a notice, and nothing when git-ignored (a checkout lacks it)', () => {
    const missing = { 'local.settings.json': null }
    expect(
      rules(checkLocalSettings(new ProjectFiles(fixtureCopy('artifacts-classic', missing))))
    ).toEqual(['notice local-settings/missing'])
    const ignored = fixtureCopy('artifacts-classic', {
      ...missing,
      '.gitignore': '*.user\nlocal.settings.json\n'
    })
    expect(rules(checkLocalSettings(new ProjectFiles(ignored)))).toEqual([])
  })
  it('wants local.settings.json excluded and required files kept', () => {
    const files = (c: Record<string, string | null>) =>
      new ProjectFiles(fixtureCopy('artifacts-classic', c))
    expect(checkFuncignore(files({}), ['server.py'])).toEqual([])
    expect(rules(checkFuncignore(files({ '.funcignore': null }), []))).toEqual([
      'warning funcignore/local-settings'
    ])
    expect(rules(checkFuncignore(files({ '.funcignore': '.git\n' }), []))).toEqual([
      'warning funcignore/local-settings'
    ])
    const excl = checkFuncignore(files({ '.funcignore': 'local.settings.json\n# code\n*.py\n' }), [
      'server.py'
    ])
    expect(rules(excl)).toEqual(['error funcignore/excludes-required'])
    expect(excl[0].line).toBe(3)
  })
})

describe('ProjectFiles overlay', () => {
  it('reads overlaid files from the overlay and reuses earlier reads of the rest', () => {
    const dir = fixtureCopy('artifacts-classic')
    const files = new ProjectFiles(dir)
    const before = files.text('server.py')
    expect(files.text('host.json')).toContain('"version": "2.0"')
    const over = files.withOverlay([['host.json', '{"version":"9"}']])
    // the disk changes after the first read: the overlay view keeps the snapshot it was made from
    fs.writeFileSync(path.join(dir, 'server.py'), 'changed')
    expect(over.text('host.json')).toBe('{"version":"9"}')
    expect(over.text('server.py')).toBe(before)
    expect(files.text('host.json')).toContain('"version": "2.0"') // the original is untouched
  })
})

describe('.funcignore and the build output', () => {
  const funcignoreRules = async (funcignore: string): Promise<Finding[]> => {
    const { scanProject } = await import('../../src/project/scan.js')
    const p = await scanProject(fixtureCopy('node-typescript', { '.funcignore': funcignore }))
    return p.findings.filter(f => f.rule.startsWith('funcignore/'))
  }
  it('is an error when .funcignore drops what the build writes and the app runs', async () => {
    const found = await funcignoreRules('local.settings.json\ndist/\n')
    expect(rules(found)).toEqual(['error funcignore/excludes-required'])
    expect(found[0].message).toMatch(/excludes dist\/index\.js, the build output the app runs/)
    expect(found[0].line).toBe(2)
  })
  it('accepts the standard TypeScript .funcignore (the sources are not the package)', async () => {
    const standard = '*.js.map\n*.ts\n.git*\n.vscode\nlocal.settings.json\ntest\ntsconfig.json\n'
    expect(await funcignoreRules(standard)).toEqual([])
  })
})
