import { describe, it, expect, afterAll } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ProjectFiles } from '../../src/project/files.js'
import type { Finding, RuleContext } from '../../src/project/types.js'
import {
  checkInstalledPythonSdk,
  checkPython,
  fixPythonDeps,
  isPythonProject,
  loadPython,
  pythonRequirementsTemplate
} from '../../src/project/python/index.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')
const classic: RuleContext = { layout: 'classic' }

function fixture(name: string): ProjectFiles {
  return new ProjectFiles(path.join(fixtures, name))
}

function scan(
  files: ProjectFiles,
  ctx: RuleContext = classic
): { facts: ReturnType<typeof loadPython>; findings: Finding[] } {
  const facts = loadPython(files, ctx)
  return { facts, findings: checkPython(files, facts, ctx) }
}

function rules(findings: Finding[]): string[] {
  return findings.map(f => `${f.severity} ${f.rule} ${f.file}:${f.line}`)
}

const dirs: string[] = []
function repo(files: Record<string, string>): ProjectFiles {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyrules-'))
  dirs.push(dir)
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), text)
  }
  return new ProjectFiles(dir)
}
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
})

const MCP2_SERVER =
  'import os\nfrom mcp.server.mcpserver import MCPServer\nmcp = MCPServer("x")\nif __name__ == "__main__":\n    mcp.run(transport="streamable-http", port=int(os.environ["FUNCTIONS_CUSTOMHANDLER_PORT"]), stateless_http=True)\n'

describe('the original recipe', () => {
  it('gives exactly the import-mismatch error and the unbounded warning', () => {
    const { facts, findings } = scan(fixture('original-recipe'), {
      layout: 'classic',
      entryHint: 'weather.py'
    })
    expect(rules(findings)).toEqual([
      'error python-deps/sdk-api-mismatch requirements.txt:2',
      'warning python-deps/sdk-unbounded requirements.txt:2'
    ])
    const mismatch = findings[0]
    expect(mismatch.message).toContain('from mcp.server.fastmcp import FastMCP')
    expect(mismatch.fix).toContain('mcp[cli]>=1.8,<2')
    expect(mismatch.fix).toContain('MCPServer')
    expect(facts).toMatchObject({
      depsFile: 'requirements.txt',
      entry: 'weather.py',
      apiLine: 'mcp1',
      sdk: { package: 'mcp', specifier: '>=1.5.0', file: 'requirements.txt', line: 2 },
      hostGuard: true
    })
    expect(facts.requirements.map(r => r.name)).toEqual(['httpx', 'mcp'])
  })

  it('finds weather.py without a hint too', () => {
    expect(loadPython(fixture('original-recipe'), classic).entry).toBe('weather.py')
  })

  it('the dependency fix pins the 1.x line and keeps the rest of the file', () => {
    const files = fixture('original-recipe')
    const fix = fixPythonDeps(files, loadPython(files, classic))
    expect(fix).toMatchObject({ file: 'requirements.txt', after: 'httpx\nmcp[cli]>=1.8,<2\n' })
  })

  it('the code of the recipe is clean once the pin is fixed', () => {
    const files = repo({
      'requirements.txt': 'httpx\nmcp[cli]>=1.8,<2\n',
      'weather.py': fs.readFileSync(path.join(fixtures, 'original-recipe', 'weather.py'), 'utf8')
    })
    expect(scan(files, { layout: 'classic', entryHint: 'weather.py' }).findings).toEqual([])
  })
})

describe('passing fixtures have no findings', () => {
  it.each([
    ['python-mcp1-good', classic],
    ['python-mcp2-good', classic],
    ['python-fastmcp-good', classic],
    ['python-pyproject-good', classic],
    ['python-profile-good', { layout: 'profile', hostPort: 8000 } as RuleContext]
  ])('%s', (name, ctx) => {
    const { facts, findings } = scan(fixture(name), ctx)
    expect(findings).toEqual([])
    expect(facts.entry).toBeDefined()
    expect(facts.sdk).toBeDefined()
  })
})

describe('dependency rules', () => {
  it('python-deps/missing: no requirements.txt nor pyproject dependencies', () => {
    const { findings } = scan(fixture('python-no-deps'))
    expect(rules(findings)).toEqual(['error python-deps/missing requirements.txt:1'])
    expect(findings[0].fix).toContain('mcp>=2,<3')
  })

  it('python-deps/missing is a warning for a server that imports no SDK at all', () => {
    const files = repo({ 'server.py': 'import http.server\nprint("stdlib only")\n' })
    expect(rules(scan(files, { layout: 'classic', entryHint: 'server.py' }).findings)).toEqual([
      'warning python-deps/missing requirements.txt:1',
      'notice python-code/no-server server.py:1'
    ])
  })

  it('python-deps/unreadable: requirements.txt is a directory', () => {
    const files = repo({ 'requirements.txt/readme': 'x', 'server.py': MCP2_SERVER })
    expect(rules(scan(files).findings)).toEqual(['error python-deps/unreadable requirements.txt:1'])
  })

  it('python-deps/syntax: a broken requirement line, a broken pyproject', () => {
    expect(rules(scan(fixture('python-bad-requirements')).findings)).toEqual([
      'error python-deps/syntax requirements.txt:3'
    ])
    const toml = scan(fixture('python-pyproject-toml-error')).findings
    expect(rules(toml)).toEqual(['error python-deps/syntax pyproject.toml:4'])
    expect(toml[0].column).toBeGreaterThan(0)
  })

  it('python-deps/sdk-missing: the SDK is not required', () => {
    const { findings } = scan(fixture('python-no-sdk'))
    expect(rules(findings)).toEqual(['error python-deps/sdk-missing requirements.txt:1'])
    expect(findings[0].fix).toContain('mcp[cli]>=1.8,<2')
  })

  it('python-deps/sdk-missing is a warning when only the other SDK package is required', () => {
    const files = repo({ 'requirements.txt': 'fastmcp>=2.3,<3\n', 'server.py': MCP2_SERVER })
    expect(rules(scan(files).findings)).toEqual([
      'warning python-deps/sdk-missing requirements.txt:1'
    ])
  })

  it('python-deps/sdk-api-mismatch: MCPServer code with a 1.x-only range; FastMCP code in pyproject', () => {
    expect(rules(scan(fixture('python-mcp2-old-range')).findings)).toEqual([
      'error python-deps/sdk-api-mismatch requirements.txt:1'
    ])
    expect(rules(scan(fixture('python-pyproject-bad')).findings)).toEqual([
      'error python-deps/sdk-api-mismatch pyproject.toml:4',
      'warning python-deps/sdk-unbounded pyproject.toml:4'
    ])
  })

  it('python-deps/sdk-too-old: the range also allows 1.x releases without streamable HTTP', () => {
    expect(rules(scan(fixture('python-mcp1-too-old')).findings)).toEqual([
      'warning python-deps/sdk-too-old requirements.txt:1'
    ])
  })

  it('python-deps/sdk-unbounded: no upper bound', () => {
    const { findings } = scan(fixture('python-mcp2-unbounded'))
    expect(rules(findings)).toEqual(['warning python-deps/sdk-unbounded requirements.txt:1'])
    expect(findings[0].fix).toContain('mcp>=2.1,<3')
  })

  it('python-deps/sdk-url and python-deps/sdk-specifier', () => {
    const url = repo({
      'requirements.txt': 'mcp @ https://example.invalid/mcp.whl\n',
      'server.py': MCP2_SERVER
    })
    expect(rules(scan(url).findings)).toEqual(['notice python-deps/sdk-url requirements.txt:1'])
    const bad = repo({ 'requirements.txt': 'mcp~=2\n', 'server.py': MCP2_SERVER })
    expect(rules(scan(bad).findings)).toEqual([
      'error python-deps/sdk-specifier requirements.txt:1'
    ])
  })

  it('python-deps/include-outside: an include that leaves the folder is a notice', () => {
    const files = repo({
      'requirements.txt': '-r ../shared.txt\nmcp>=2,<3\n',
      'server.py': MCP2_SERVER
    })
    expect(rules(scan(files).findings)).toEqual([
      'notice python-deps/include-outside requirements.txt:1'
    ])
  })

  it('the SDK requirement in an included file is found there', () => {
    const files = repo({
      'requirements.txt': '-r base.txt\n',
      'base.txt': 'httpx\nmcp>=2\n',
      'server.py': MCP2_SERVER
    })
    const { facts, findings } = scan(files)
    expect(facts.sdk).toEqual({ package: 'mcp', specifier: '>=2', file: 'base.txt', line: 2 })
    expect(rules(findings)).toEqual(['warning python-deps/sdk-unbounded base.txt:2'])
    expect(fixPythonDeps(files, facts)).toMatchObject({
      file: 'base.txt',
      after: 'httpx\nmcp>=2,<3\n'
    })
  })
})

describe('code rules', () => {
  it('python-code/syntax: an error at its line', () => {
    const { findings } = scan(fixture('python-syntax-error'))
    expect(rules(findings)).toEqual(['error python-code/syntax server.py:7'])
  })

  it('python-code/transport: run() without a transport is stdio', () => {
    const { findings } = scan(fixture('python-stdio'))
    expect(rules(findings)).toEqual(['error python-code/transport server.py:12'])
    expect(findings[0].message).toMatch(/stdio/)
  })

  it('python-code/transport: sse is an error', () => {
    expect(rules(scan(fixture('python-sse')).findings)).toEqual([
      'error python-code/transport server.py:7'
    ])
  })

  it('python-code/transport and port-unknown: dynamic values are notices, never errors', () => {
    const { findings } = scan(fixture('python-dynamic'))
    expect(rules(findings)).toEqual([
      'notice python-code/transport server.py:10',
      'notice python-code/port-unknown server.py:10'
    ])
  })

  it('python-code/transport: one streamable run among several is enough', () => {
    const files = repo({
      'requirements.txt': 'mcp>=1.8,<2\n',
      'server.py':
        'import os, sys\nfrom mcp.server.fastmcp import FastMCP\nmcp = FastMCP("x", stateless_http=True, port=int(os.environ["FUNCTIONS_CUSTOMHANDLER_PORT"]))\nif "--stdio" in sys.argv:\n    mcp.run()\nelse:\n    mcp.run(transport="streamable-http")\n'
    })
    expect(scan(files).findings).toEqual([])
  })

  it('python-code/not-stateless: FastMCP without stateless_http', () => {
    const { findings } = scan(fixture('python-stateful'))
    expect(rules(findings)).toEqual(['error python-code/not-stateless server.py:4'])
  })

  it('python-code/not-stateless: mcp.settings.stateless_http = True counts', () => {
    const files = repo({
      'requirements.txt': 'mcp>=1.8,<2\n',
      'server.py':
        'import os\nfrom mcp.server.fastmcp import FastMCP\nmcp = FastMCP("x")\nmcp.settings.stateless_http = True\nmcp.settings.port = int(os.getenv("FUNCTIONS_CUSTOMHANDLER_PORT", "80"))\nmcp.run(transport="streamable-http")\n'
    })
    expect(scan(files).findings).toEqual([])
  })

  it('python-code/misplaced-argument: MCPServer(port=...) in mcp 2.x, FastMCP.run(port=...) in 1.x', () => {
    expect(rules(scan(fixture('python-mcp2-misplaced')).findings)).toEqual([
      'error python-code/misplaced-argument server.py:4',
      'error python-code/misplaced-argument server.py:4'
    ])
    expect(rules(scan(fixture('python-mcp1-run-args')).findings)).toEqual([
      'error python-code/misplaced-argument server.py:7'
    ])
  })

  it('python-code/port-not-from-env: a fixed port in the classic layout', () => {
    const { findings } = scan(fixture('python-port-literal'))
    expect(rules(findings)).toEqual(['error python-code/port-not-from-env server.py:6'])
    expect(findings[0].fix).toContain('FUNCTIONS_CUSTOMHANDLER_PORT')
  })

  it('python-code/port-not-from-env: a warning while the layout is not known yet', () => {
    expect(rules(scan(fixture('python-port-literal'), { layout: undefined }).findings)).toEqual([
      'warning python-code/port-not-from-env server.py:6'
    ])
  })

  it('python-code/port-mismatch: the profile port differs from the SDK default', () => {
    const { findings } = scan(fixture('python-profile-good'), { layout: 'profile', hostPort: 7000 })
    expect(rules(findings)).toEqual(['error python-code/port-mismatch server.py:6'])
    expect(findings[0].message).toContain('8000')
  })

  it('python-code/port: the env var is right in the profile layout too', () => {
    expect(
      scan(fixture('python-mcp2-good'), { layout: 'profile', hostPort: 7000 }).findings
    ).toEqual([])
  })

  it('python-code/no-entry: no script imports a server', () => {
    const files = repo({ 'requirements.txt': 'mcp>=2,<3\n', 'util.py': 'print("hi")\n' })
    expect(rules(scan(files).findings)).toEqual(['warning python-code/no-entry host.json:1'])
  })

  it('python-code/no-server and python-code/no-run are notices', () => {
    const low = repo({
      'requirements.txt': 'mcp>=2,<3\n',
      'server.py': 'from mcp.server.lowlevel import Server\nserver = Server("x")\n'
    })
    expect(rules(scan(low, { layout: 'classic', entryHint: 'server.py' }).findings)).toEqual([
      'notice python-code/no-server server.py:1'
    ])
    const norun = repo({
      'requirements.txt': 'mcp>=2,<3\n',
      'server.py': 'from mcp.server.mcpserver import MCPServer\nmcp = MCPServer("x")\n'
    })
    expect(rules(scan(norun).findings)).toEqual(['notice python-code/no-run server.py:2'])
  })

  it('python-code/unreadable: a binary entry script', () => {
    const files = repo({ 'requirements.txt': 'mcp>=2,<3\n', 'server.py': 'import os\u0000\n' })
    expect(rules(scan(files, { layout: 'classic', entryHint: 'server.py' }).findings)).toEqual([
      'error python-code/unreadable server.py:1'
    ])
  })

  // generated, not committed: ~400 KB of calls after a real server (the parser would take seconds)
  const hugeModule = (head: string): string =>
    head + 'v = f(a, [b, {"k": (c, d)}], *e, **g)\n'.repeat(10_000)

  it('python-code/unreadable: an entry script over the Python module bound is not parsed', () => {
    const files = repo({ 'requirements.txt': 'mcp>=2,<3\n', 'server.py': hugeModule(MCP2_SERVER) })
    for (const ctx of [classic, { layout: 'classic', entryHint: 'server.py' } as RuleContext]) {
      const { facts, findings } = scan(files, ctx)
      expect(facts.entry).toBe('server.py')
      expect(rules(findings)).toEqual(['error python-code/unreadable server.py:1'])
      expect(findings[0].message).toMatch(/limit for a Python module; it was not analysed/)
    }
  })

  it('python-code/unreadable: an imported module over the bound is a warning at that module', () => {
    const files = repo({
      'requirements.txt': 'mcp>=2,<3\n',
      'server.py': MCP2_SERVER + 'from tools import helper\n',
      'tools.py': hugeModule('import mcp\n')
    })
    const found = rules(scan(files).findings)
    expect(found).toContain('warning python-code/unreadable tools.py:1')
  })

  it('CRLF files keep their line numbers and line endings in the fix', () => {
    const files = repo({ 'requirements.txt': 'httpx\r\nmcp>=2\r\n', 'server.py': MCP2_SERVER })
    const facts = loadPython(files, classic)
    expect(rules(checkPython(files, facts, classic))).toEqual([
      'warning python-deps/sdk-unbounded requirements.txt:2'
    ])
    expect(fixPythonDeps(files, facts)?.after).toBe('httpx\r\nmcp>=2,<3\r\n')
  })

  it('follows the server into a local module the entry imports', () => {
    const files = repo({
      'requirements.txt': 'mcp>=2,<3\n',
      'run.py': 'import os\nfrom app.server import mcp\nmcp.run(transport="stdio")\n',
      'app/server.py': 'from mcp.server.mcpserver import MCPServer\nmcp = MCPServer("x")\n'
    })
    const { facts, findings } = scan(files, { layout: 'classic', entryHint: 'run.py' })
    expect(facts.apiLine).toBe('mcp2')
    expect(rules(findings)).toEqual(['error python-code/transport run.py:3'])
  })
})

describe('hostGuard', () => {
  const mcp1 = (req: string, ctor: string): boolean | undefined => {
    const files = repo({
      'requirements.txt': `${req}\n`,
      'server.py': `import os\nfrom mcp.server.fastmcp import FastMCP\nmcp = FastMCP(${ctor})\nmcp.run(transport="streamable-http")\n`
    })
    return loadPython(files, classic).hostGuard
  }
  it('mcp 1.x bound to 127.0.0.1 has the guard from 1.23.0 on', () => {
    expect(mcp1('mcp>=1.8,<2', '"x", stateless_http=True')).toBe(true)
    expect(mcp1('mcp>=1.8,<1.23', '"x", stateless_http=True')).toBe(false)
    expect(mcp1('mcp==1.23.0', '"x", host="localhost"')).toBe(true)
  })
  it('an explicit 0.0.0.0 host, or protection switched off, means no guard; a computed host is unknown', () => {
    expect(mcp1('mcp>=1.8,<2', '"x", host="0.0.0.0"')).toBe(false)
    expect(
      mcp1(
        'mcp>=1.8,<2',
        '"x", transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False)'
      )
    ).toBe(false)
    expect(mcp1('mcp>=1.8,<2', '"x", host=os.environ["HOST"]')).toBeUndefined()
  })
  it('mcp 2.x: run(host=...) decides', () => {
    expect(loadPython(fixture('python-mcp2-good'), classic).hostGuard).toBe(true)
    const files = repo({
      'requirements.txt': 'mcp>=2,<3\n',
      'server.py': MCP2_SERVER.replace('stateless_http=True', 'stateless_http=True, host="0.0.0.0"')
    })
    expect(loadPython(files, classic).hostGuard).toBe(false)
  })
  it('standalone fastmcp: unknown unless told', () => {
    expect(loadPython(fixture('python-fastmcp-good'), classic).hostGuard).toBeUndefined()
  })
})

describe('fixes and templates', () => {
  it('a missing requirements.txt gets the template of the API line', () => {
    const files = fixture('python-no-deps')
    const fix = fixPythonDeps(files, loadPython(files, classic))
    expect(fix?.file).toBe('requirements.txt')
    expect(fix?.after).toContain('mcp>=2,<3')
  })

  it('templates per API line', () => {
    expect(pythonRequirementsTemplate('mcp1')).toMatch(/^mcp\[cli\]>=1\.8,<2$/m)
    expect(pythonRequirementsTemplate('mcp2')).toMatch(/^mcp>=2,<3$/m)
    expect(pythonRequirementsTemplate('fastmcp')).toMatch(/^fastmcp>=2\.3,<5$/m)
    expect(pythonRequirementsTemplate(undefined)).toMatch(/^mcp>=2,<3$/m)
  })

  it('a missing SDK line is appended', () => {
    const files = fixture('python-no-sdk')
    expect(fixPythonDeps(files, loadPython(files, classic))?.after).toBe(
      'httpx==0.28.1\nmcp[cli]>=1.8,<2\n'
    )
  })

  it('pyproject: the string is rewritten in place', () => {
    const files = fixture('python-pyproject-bad')
    const fix = fixPythonDeps(files, loadPython(files, classic))
    expect(fix?.file).toBe('pyproject.toml')
    expect(fix?.after).toContain('dependencies = ["mcp[cli]>=1.8,<2", "httpx"]')
    expect(fix?.after).toContain('name = "echo-server"')
  })

  it('pyproject without the SDK: it is added to the array', () => {
    const files = repo({
      'pyproject.toml': '[project]\nname = "x"\ndependencies = [\n  "httpx",\n]\n',
      'server.py': MCP2_SERVER
    })
    const fix = fixPythonDeps(files, loadPython(files, classic))
    expect(fix?.after).toBe(
      '[project]\nname = "x"\ndependencies = [\n  "mcp>=2,<3",\n  "httpx",\n]\n'
    )
  })

  it('nothing to fix: undefined', () => {
    const files = fixture('python-mcp2-good')
    expect(fixPythonDeps(files, loadPython(files, classic))).toBeUndefined()
  })

  it('a MCPServer code with a 1.x range is pinned to 2.x', () => {
    const files = fixture('python-mcp2-old-range')
    expect(fixPythonDeps(files, loadPython(files, classic))?.after).toBe('mcp>=2,<3\n')
  })
})

describe('checkInstalledPythonSdk', () => {
  const recipe = (): ReturnType<typeof loadPython> =>
    loadPython(fixture('original-recipe'), classic)

  it('FastMCP 1.x code over an installed mcp 2.3.0 is an error', () => {
    const findings = checkInstalledPythonSdk(
      recipe(),
      new Map([
        ['mcp', '2.3.0'],
        ['httpx', '0.28.1']
      ])
    )
    expect(rules(findings)).toEqual(['error python-deps/installed-sdk-mismatch requirements.txt:2'])
    expect(findings[0].message).toContain('2.3.0')
    expect(findings[0].message).toContain('from mcp.server.fastmcp import FastMCP')
  })

  it('FastMCP 1.x code over mcp 1.27.0 is fine; names are compared PEP 503-normalised', () => {
    expect(checkInstalledPythonSdk(recipe(), new Map([['MCP', '1.27.0']]))).toEqual([])
  })

  it('mcp 1.6 lacks streamable HTTP; a missing package is an error', () => {
    expect(rules(checkInstalledPythonSdk(recipe(), new Map([['mcp', '1.6.0']])))).toEqual([
      'error python-deps/installed-sdk-mismatch requirements.txt:2'
    ])
    expect(rules(checkInstalledPythonSdk(recipe(), new Map([['httpx', '0.28.1']])))).toEqual([
      'error python-deps/sdk-not-installed requirements.txt:2'
    ])
  })

  it('MCPServer code over mcp 2.3.0 is fine, over 1.27.0 it is not', () => {
    const facts = loadPython(fixture('python-mcp2-good'), classic)
    expect(checkInstalledPythonSdk(facts, new Map([['mcp', '2.3.0']]))).toEqual([])
    expect(checkInstalledPythonSdk(facts, new Map([['mcp', '1.27.0']]))).toHaveLength(1)
  })
})

describe('isPythonProject', () => {
  it('requirements.txt or a .py file make it Python; package.json without them does not', () => {
    expect(isPythonProject(fixture('original-recipe'))).toBe(true)
    expect(isPythonProject(repo({ 'server.py': 'x = 1\n' }))).toBe(true)
    expect(isPythonProject(repo({ 'package.json': '{}', 'tools/gen.py': 'x = 1\n' }))).toBe(false)
  })
})
