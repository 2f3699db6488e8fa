import { describe, it, expect, afterAll } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ProjectFiles } from '../../src/project/files.js'
import {
  normalizeName,
  parseRequirementString,
  readPyproject,
  readRequirementsTxt
} from '../../src/project/python/requirements.js'
import {
  isUnbounded,
  overlaps,
  reachesAtLeast,
  reachesBelow,
  satisfiesRange,
  specifierRange,
  window
} from '../../src/project/python/versions.js'

const dirs: string[] = []
function repo(files: Record<string, string>): ProjectFiles {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyreq-'))
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

describe('PEP 508 requirement strings', () => {
  it('reads name, extras and specifier of the recipe line', () => {
    const r = parseRequirementString('mcp[cli]>=1.5.0')
    expect(r).toEqual({ ok: true, req: { name: 'mcp', extras: ['cli'], specifier: '>=1.5.0' } })
  })

  it('normalises names as PEP 503 says', () => {
    expect(normalizeName('Foo.Bar__baz')).toBe('foo-bar-baz')
    const r = parseRequirementString('Typing_Extensions (>=4.0)')
    expect(r.ok && r.req.name).toBe('typing-extensions')
    expect(r.ok && r.req.specifier).toBe('>=4.0')
  })

  it('keeps several clauses and spaces apart, and the marker text', () => {
    const r = parseRequirementString('mcp[cli] >= 1.8 , < 2 ; python_version >= "3.10"')
    expect(r.ok && r.req).toEqual({
      name: 'mcp',
      extras: ['cli'],
      specifier: '>=1.8,<2',
      marker: 'python_version >= "3.10"'
    })
  })

  it('keeps a marker the grammar cannot read as text instead of failing', () => {
    const r = parseRequirementString(
      'mcp>=2,<3; (python_version >= "3.10" and platform_machine != "x") or os_name == "nt" or sys_platform == "linux"'
    )
    expect(r.ok).toBe(true)
    expect(r.ok && r.req.specifier).toBe('>=2,<3')
    expect(r.ok && r.req.marker).toContain('sys_platform')
  })

  it('recognises a direct URL requirement', () => {
    const r = parseRequirementString('mcp @ https://example.invalid/mcp-2.0.0-py3-none-any.whl')
    expect(r.ok).toBe(true)
    expect(r.ok && r.url).toBe('https://example.invalid/mcp-2.0.0-py3-none-any.whl')
  })

  it('refuses a broken requirement with a reason', () => {
    const r = parseRequirementString('requests ==')
    expect(r.ok).toBe(false)
    expect(!r.ok && r.message).toMatch(/column/)
  })
})

describe('PEP 440 ranges', () => {
  it('>=1.5.0 is unbounded and reaches 2.x', () => {
    const r = specifierRange('>=1.5.0')!
    expect(isUnbounded(r)).toBe(true)
    expect(reachesAtLeast(r, '2')).toBe(true)
    expect(reachesBelow(r, '1.8')).toBe(true)
  })

  it('>=1.8,<2 stays inside the 1.x window', () => {
    const r = specifierRange('>=1.8,<2')!
    expect(isUnbounded(r)).toBe(false)
    expect(reachesAtLeast(r, '2')).toBe(false)
    expect(reachesBelow(r, '1.8')).toBe(false)
  })

  it('~= and == wildcards become half-open intervals', () => {
    expect(reachesAtLeast(specifierRange('~=1.9')!, '2')).toBe(false)
    expect(reachesAtLeast(specifierRange('~=1.9.2')!, '1.10')).toBe(false)
    expect(satisfiesRange('1.9.9', specifierRange('~=1.9.2')!)).toBe(true)
    expect(reachesAtLeast(specifierRange('==1.*')!, '2')).toBe(false)
    expect(satisfiesRange('1.27.0', specifierRange('==1.*')!)).toBe(true)
  })

  it('pins and exclusions', () => {
    expect(satisfiesRange('2.3.0', specifierRange('==2.3.0')!)).toBe(true)
    expect(satisfiesRange('2.3.1', specifierRange('==2.3.0')!)).toBe(false)
    expect(isUnbounded(specifierRange('!=1.9.0')!)).toBe(true)
    expect(isUnbounded(specifierRange('')!)).toBe(true)
  })

  it('an empty intersection allows nothing', () => {
    expect(overlaps(specifierRange('>=2,<2')!, window())).toBe(false)
    expect(overlaps(specifierRange('<1.8')!, window('1.8', '2'))).toBe(false)
  })

  it('invalid specifiers are undefined', () => {
    expect(specifierRange('~=1')).toBeUndefined()
    expect(specifierRange('>>1')).toBeUndefined()
  })
})

describe('requirements.txt', () => {
  it('joins continuations, drops comments and options, strips per-requirement hashes', () => {
    const files = repo({
      'requirements.txt': [
        '# comment',
        '--index-url https://pypi.example.invalid/simple',
        '-f ./wheels',
        'httpx==0.28.1 \\',
        '    --hash=sha256:abc',
        'mcp[cli]>=1.8,<2  # the SDK',
        './local-package',
        ''
      ].join('\n')
    })
    const r = readRequirementsTxt(files, 'requirements.txt')
    expect(r.problems).toEqual([])
    expect(r.requirements.map(x => [x.name, x.specifier, x.line, x.raw])).toEqual([
      ['httpx', '==0.28.1', 4, 'httpx==0.28.1'],
      ['mcp', '>=1.8,<2', 6, 'mcp[cli]>=1.8,<2']
    ])
  })

  it('follows -r includes inside the folder and says which file a requirement is in', () => {
    const files = repo({
      'requirements.txt': 'httpx\n-r requirements/base.txt\n',
      'requirements/base.txt': '\nmcp>=2,<3\n'
    })
    const r = readRequirementsTxt(files, 'requirements.txt')
    const mcp = r.requirements.find(x => x.name === 'mcp')!
    expect(mcp.file).toBe('requirements/base.txt')
    expect(mcp.line).toBe(2)
  })

  it('an include that does not exist is a problem at its line; one outside the folder a note', () => {
    const files = repo({ 'requirements.txt': 'httpx\n-r missing.txt\n-r ../outside.txt\n' })
    const r = readRequirementsTxt(files, 'requirements.txt')
    expect(r.problems.map(p => p.line)).toEqual([2])
    expect(r.notes.map(p => p.line)).toEqual([3])
  })

  it('a line that is not a requirement is a problem at its line', () => {
    const files = repo({ 'requirements.txt': 'httpx\nmcp >= \n' })
    const r = readRequirementsTxt(files, 'requirements.txt')
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0].line).toBe(2)
  })
})

describe('pyproject.toml', () => {
  it('reads [project].dependencies with the line of each string', () => {
    const files = repo({
      'pyproject.toml':
        '[project]\nname = "x"\ndependencies = [\n  "httpx",\n  "mcp[cli]>=1.8,<2",\n]\n'
    })
    const r = readPyproject(files)
    expect(r.hasProjectDeps).toBe(true)
    expect(r.requirements.map(x => [x.name, x.line])).toEqual([
      ['httpx', 4],
      ['mcp', 5]
    ])
  })

  it('a TOML syntax error is a problem with its line and column', () => {
    const files = repo({ 'pyproject.toml': '[project]\nname = "x"\nversion = = "1"\n' })
    const r = readPyproject(files)
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0].line).toBe(3)
    expect(r.problems[0].column).toBeGreaterThan(0)
  })

  it('dependencies that are not an array are a problem; Poetry tables are noticed', () => {
    expect(
      readPyproject(repo({ 'pyproject.toml': '[project]\ndependencies = "mcp"\n' })).problems[0]
        .line
    ).toBe(2)
    const poetry = readPyproject(
      repo({ 'pyproject.toml': '[tool.poetry.dependencies]\nmcp = "^1.8"\n' })
    )
    expect(poetry.poetry).toBe(true)
    expect(poetry.hasProjectDeps).toBe(false)
  })
})
