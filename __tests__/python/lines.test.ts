import { describe, it, expect, afterAll } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseRequirementString } from '../../src/project/python/requirements.js'
import { ProjectFiles } from '../../src/project/files.js'
import type { Finding, RuleContext } from '../../src/project/types.js'
import {
  checkPython,
  fixPythonDeps,
  loadPython,
  pythonRequirementsTemplate
} from '../../src/project/python/index.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')
const classic: RuleContext = { layout: 'classic' }
const fixture = (name: string): ProjectFiles => new ProjectFiles(path.join(fixtures, name))

function scan(files: ProjectFiles, ctx: RuleContext = classic) {
  const facts = loadPython(files, ctx)
  return { facts, findings: checkPython(files, facts, ctx) }
}
const rules = (fs_: Finding[]): string[] =>
  fs_.map(f => `${f.severity} ${f.rule} ${f.file}:${f.line}`)

const dirs: string[] = []
function repo(files: Record<string, string>): ProjectFiles {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pylines-'))
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

/** Every range the checker proposes must be a requirement pip accepts. */
function validRequirement(line: string): boolean {
  return parseRequirementString(line).ok
}
function suggestedRanges(findings: Finding[]): string[] {
  return findings.flatMap(f =>
    [...(f.fix ?? '').matchAll(/`((?:mcp|fastmcp)[^`]*)`/g)]
      .map(m => m[1])
      .filter(s => /[<>=]/.test(s) && !s.includes('('))
  )
}

describe('fastmcp 2.x, 3.x and 4.x', () => {
  it('2.x constructor keywords with a bare `fastmcp` (4.x today): an error naming the keyword, fixed in run()', () => {
    const { findings } = scan(fixture('python-fastmcp2-ctor'))
    const m = findings.find(f => f.rule === 'python-deps/sdk-api-mismatch')!
    expect(m.severity).toBe('error')
    expect(m.message).toContain('FastMCP(..., stateless_http=...)')
    expect(m.message).toContain('no longer accepts')
    expect(m.message).toContain('server.py:7')
    expect(m.fix).toContain('mcp.run(transport="http", stateless_http=...)')
    expect(m.fix).toContain('fastmcp>=2.3,<3')
    for (const r of suggestedRanges(findings)) expect([r, validRequirement(r)]).toEqual([r, true])
  })
  it('the same code pinned to 2.x is fine, and the template for it keeps 2.x', () => {
    const files = repo({
      'requirements.txt': 'fastmcp>=2.3,<3\n',
      'server.py': fs.readFileSync(path.join(fixtures, 'python-fastmcp2-ctor/server.py'), 'utf8')
    })
    const { facts, findings } = scan(files)
    expect(rules(findings)).toEqual([])
    expect(pythonRequirementsTemplate('fastmcp', facts)).toMatch(/^fastmcp>=2\.3,<3$/m)
  })
  it('run() keywords work on every line: a bare or open range is bounded above the current line, never downgraded', () => {
    const { findings } = scan(fixture('python-fastmcp4-run'))
    expect(rules(findings)).toEqual(['warning python-deps/sdk-unbounded requirements.txt:1'])
    expect(findings[0].fix).toContain('`fastmcp>=2.3,<5`')
    const fixed = fixPythonDeps(
      fixture('python-fastmcp4-run'),
      scan(fixture('python-fastmcp4-run')).facts
    )
    expect(fixed?.after).toBe('fastmcp>=2.3,<5\n')
    const bare = repo({
      'requirements.txt': 'fastmcp\n',
      'server.py': fs.readFileSync(path.join(fixtures, 'python-fastmcp4-run/server.py'), 'utf8')
    })
    const b = scan(bare)
    expect(b.findings.filter(f => f.severity === 'error')).toEqual([])
    expect(rules(b.findings)).toContain('warning python-deps/sdk-unbounded requirements.txt:1')
    expect(fixPythonDeps(bare, b.facts)?.after).toBe('fastmcp>=2.3,<5\n')
  })
  it('3.x-only API (host_origin_protection, awaited context state) with a 2.x range: an error', () => {
    const { findings } = scan(fixture('python-fastmcp3-guard'))
    const m = findings.find(f => f.rule === 'python-deps/sdk-api-mismatch')!
    expect(m.severity).toBe('error')
    expect(m.message).toMatch(/only below 3/)
    expect(m.fix).toContain('fastmcp>=3,<5')
  })
})

describe('fix texts are valid and follow the code', () => {
  it.each([
    [
      'mcp\n',
      'from mcp.server.fastmcp import FastMCP\nmcp = FastMCP("x", stateless_http=True)\nmcp.run(transport="streamable-http")\n',
      'mcp>=1.8,<2'
    ],
    [
      'mcp\n',
      'import os\nfrom mcp.server.mcpserver import MCPServer\nmcp = MCPServer("x")\nmcp.run(transport="streamable-http", stateless_http=True)\n',
      'mcp>=2,<3'
    ],
    ['mcp\n', 'print("no sdk server here")\nimport mcp\n', 'mcp>=2,<3']
  ])('`%s` → never `mcp,<2`', (req, code, want) => {
    const files = repo({ 'requirements.txt': req, 'server.py': code })
    const { findings } = scan(files)
    const ranges = suggestedRanges(findings)
    expect(ranges).toContain(want)
    for (const r of ranges) {
      expect(r).not.toMatch(/^(mcp|fastmcp)(\[[^\]]*\])?,/)
      expect([r, validRequirement(r)]).toEqual([r, true])
    }
  })
})

describe('uv.lock', () => {
  it('judges the SDK by the locked version: a range that allows mcp 2.x while the lock holds 1.22 is a warning, not an error', () => {
    const ctx: RuleContext = { layout: 'profile', hostPort: 8000, entryHint: 'server.py' }
    const { facts, findings } = scan(fixture('python-uvlock-profile'), ctx)
    expect(facts.lockFile).toBe('uv.lock')
    expect(facts.sdk?.locked).toBe('1.22.0')
    expect(facts.hostGuard).toBe(false) // 1.22 is before the Host guard of 1.23
    expect(findings.filter(f => f.severity === 'error')).toEqual([])
    const m = findings.find(f => f.rule === 'python-deps/sdk-api-mismatch')!
    expect(m.severity).toBe('warning')
    expect(m.message).toContain('uv.lock installs mcp 1.22.0')
    expect(m.fix).toContain('mcp>=1.14.1,<2')
  })
  it('a lock that holds a version without the API is an error, whatever the range says', () => {
    const dir = path.join(fixtures, 'python-uvlock-profile')
    const files = repo({
      'pyproject.toml': fs.readFileSync(path.join(dir, 'pyproject.toml'), 'utf8'),
      'uv.lock': fs.readFileSync(path.join(dir, 'uv.lock'), 'utf8'),
      'server.py':
        'from mcp.server.mcpserver import MCPServer\nmcp = MCPServer("x")\nmcp.run(transport="streamable-http", stateless_http=True)\n'
    })
    const { findings } = scan(files, { layout: 'profile', hostPort: 8000 })
    const m = findings.find(f => f.rule === 'python-deps/sdk-api-mismatch')!
    expect(m.severity).toBe('error')
    expect(m.message).toContain('1.22.0')
  })
  it('a broken lock is an error; locks the install does not follow are a notice', () => {
    const broken = repo({
      'pyproject.toml': '[project]\nname = "x"\nversion = "0"\ndependencies = ["mcp>=2,<3"]\n',
      'uv.lock':
        'version = 1\n[[package]]\nname = "x"\nversion = "0"\nsource = { virtual = "." }\ndependencies = [{ name = "mcp" }]\n',
      'server.py': 'import mcp\n'
    })
    expect(rules(scan(broken).findings)).toContain('error python-deps/lock uv.lock:1')
    const unused = repo({
      'requirements.txt': 'mcp>=2,<3\n',
      'poetry.lock': '# poetry\n',
      'uv.lock': 'version = 1\n',
      'server.py': 'import mcp\n'
    })
    expect(rules(scan(unused).findings).filter(r => r.includes('lock'))).toEqual([
      'notice python-deps/lock-not-used uv.lock:1',
      'notice python-deps/lock-not-used poetry.lock:1'
    ])
  })
})

describe('port sources', () => {
  it('a port read in a local module, from MCP_PORT with a default', () => {
    const { facts, findings } = scan(fixture('python-port-module'), {
      layout: 'profile',
      hostPort: 9000
    })
    expect(facts.listenPort).toBe(9000)
    expect(facts.portFromEnv).toEqual(['MCP_PORT'])
    expect(findings.filter(f => f.rule.startsWith('python-code/port'))).toEqual([])
    // and check disagrees with a profile port that is not the one the code uses
    const other = scan(fixture('python-port-module'), { layout: 'profile', hostPort: 8000 })
    expect(rules(other.findings)).toEqual(['error python-code/port-mismatch server.py:15'])
    expect(other.findings[0].message).toContain('MCP_PORT')
  })
  it('PORT with MCP_PORT as its default, then a literal', () => {
    const { facts } = scan(fixture('python-port-env-default'), {
      layout: 'profile',
      hostPort: 3000
    })
    expect(facts.listenPort).toBe(3000)
    expect(facts.portFromEnv).toEqual(['PORT', 'MCP_PORT'])
  })
  it('the SDK default when no port is given; the host variable with its default', () => {
    expect(
      scan(fixture('python-uvlock-profile'), { layout: 'profile', hostPort: 8000 }).facts.listenPort
    ).toBe(8000)
    const f = scan(fixture('python-fastmcp4-run')).facts
    expect([f.listenPort, f.portFromEnv]).toEqual([8000, ['FUNCTIONS_CUSTOMHANDLER_PORT']])
  })
})

describe('which script is the server', () => {
  it('a low-level server in a package started with `python -m`: its __main__.py, the click --port default', () => {
    const { facts, findings } = scan(fixture('python-lowlevel-package'), { layout: undefined })
    expect(facts.entry).toBe('tally/__main__.py')
    expect(facts.module).toBe('tally')
    expect(facts.listenPort).toBe(3000)
    expect(rules(findings)).toEqual([
      'notice python-code/no-server tally/app.py:5',
      'warning python-code/port-not-from-env tally/app.py:13'
    ])
    const classicOne = scan(fixture('python-lowlevel-package'), { layout: 'classic' })
    expect(rules(classicOne.findings)).toContain(
      'error python-code/port-not-from-env tally/app.py:13'
    )
    expect(classicOne.findings[1].fix).toContain('%FUNCTIONS_CUSTOMHANDLER_PORT%')
    // the profile port it listens on, or the host's port on the command line: fine
    expect(
      scan(fixture('python-lowlevel-package'), { layout: 'profile', hostPort: 3000 }).findings
    ).toHaveLength(1)
    const viaArgs = { layout: 'classic' as const, portFromArguments: true }
    expect(scan(fixture('python-lowlevel-package'), viaArgs).findings).toHaveLength(1)
    expect(
      rules(
        scan(fixture('python-lowlevel-package'), { layout: 'profile', hostPort: 8000 }).findings
      )
    ).toContain('error python-code/port-mismatch tally/app.py:13')
  })
  it('a folder of several servers: the stateless one served over HTTP, not a stdio or stateful one', () => {
    const { facts, findings } = scan(fixture('python-many-servers'))
    expect(facts.entry).toBe('servers/web_tool.py')
    expect(facts.module).toBeUndefined()
    expect(findings.filter(f => f.severity === 'error')).toEqual([])
  })
})

describe('fastmcp served as an ASGI app by uvicorn', () => {
  it('stateless through http_app(), the port from PORT with its default', () => {
    const ctx: RuleContext = { layout: 'profile', hostPort: 8000 }
    const { facts, findings } = scan(fixture('python-fastmcp-asgi'), ctx)
    expect([facts.apiLine, facts.listenPort, facts.portFromEnv]).toEqual([
      'fastmcp',
      8000,
      ['PORT']
    ])
    expect(rules(findings)).toEqual([])
  })
})
