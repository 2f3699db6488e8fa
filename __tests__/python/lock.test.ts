import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lockRequirementLines } from '../../src/package/pylock.js'
import { markerHolds, resolveUvLock, targetEnvironment } from '../../src/project/python/lock.js'

const LOCK = fs.readFileSync(
  path.join(
    path.dirname(fileURLToPath(import.meta.url)),
    '../fixtures/python-uvlock-profile/uv.lock'
  ),
  'utf8'
)

function names(text: string, pythonVersion: string): Map<string, string> {
  const r = resolveUvLock(text, { pythonVersion })
  if (r.kind !== 'ok') throw new Error(r.message)
  return new Map(r.packages.map(p => [p.name, p.version]))
}

describe('markers for the target (CPython on Linux x86_64)', () => {
  const env = targetEnvironment({ pythonVersion: '3.12' })
  it.each([
    ["python_full_version < '3.11'", false],
    ["python_version >= '3.10' and python_version < '3.13'", true],
    ["sys_platform == 'win32'", false],
    ["sys_platform != 'emscripten'", true],
    ["platform_python_implementation != 'PyPy'", true],
    ["implementation_name == 'cpython' or sys_platform == 'win32'", true],
    ["'linux' in sys_platform", true],
    ["extra == 'cli'", false],
    ['', true],
    ['not a marker ((', false]
  ])('%s → %s', (marker, want) => {
    expect(markerHolds(marker, env)).toBe(want)
  })
  it('an extra being resolved', () => {
    expect(markerHolds("extra == 'CLI'", env, 'cli')).toBe(true)
  })
})

describe('uv.lock → what the target installs', () => {
  it('the locked closure for 3.12 Linux: Windows-only and old-Python packages left out', () => {
    const got = names(LOCK, '3.12')
    expect(got.get('mcp')).toBe('1.22.0')
    expect(got.has('pywin32')).toBe(false)
    expect(got.has('colorama')).toBe(false)
    expect(got.has('exceptiongroup')).toBe(false)
    expect(got.has('uvicorn')).toBe(true)
    // for 3.10 the backports come in
    expect(names(LOCK, '3.10').has('exceptiongroup')).toBe(true)
  })
  it('pip lines: --require-hashes, every package pinned with its hashes, the project itself left out', () => {
    const lines = lockRequirementLines(LOCK, '3.12', 'uvlock-weather')
    expect(lines[0]).toBe('--require-hashes')
    expect(lines).toContain(lines.find(l => l.startsWith('mcp==1.22.0 --hash=sha256:'))!)
    for (const l of lines.slice(1))
      expect(l).toMatch(/^[a-z0-9-]+==[^\s]+( --hash=sha256:[0-9a-f]{64})+$/)
    expect(lines.some(l => l.startsWith('uvlock-weather'))).toBe(false)
  })
  it('hostile or broken locks: a clear error, never a guess', () => {
    const root = '[[package]]\nname = "app"\nversion = "0"\nsource = { virtual = "." }\n'
    expect(resolveUvLock('[[package', { pythonVersion: '3.12' })).toMatchObject({
      kind: 'problem',
      message: expect.stringMatching(/not valid TOML/)
    })
    expect(resolveUvLock('version = 1\n', { pythonVersion: '3.12' })).toMatchObject({
      kind: 'problem',
      message: expect.stringMatching(/no package for the project itself/)
    })
    const git =
      root +
      'dependencies = [{ name = "evil" }]\n[[package]]\nname = "evil"\nversion = "1"\nsource = { git = "https://example.invalid/evil" }\n'
    expect(() => lockRequirementLines(git, '3.12')).toThrow(/git, path or URL source/)
    const nohash =
      root +
      'dependencies = [{ name = "x" }]\n[[package]]\nname = "x"\nversion = "1"\nsource = { registry = "https://pypi.org/simple" }\n'
    expect(() => lockRequirementLines(nohash, '3.12')).toThrow(/no hash for x 1/)
    const cyclic =
      root +
      'dependencies = [{ name = "a" }]\n[[package]]\nname = "a"\nversion = "1"\nsource = { registry = "r" }\ndependencies = [{ name = "app" }, { name = "a" }]\nwheels = [{ hash = "sha256:00" }]\n'
    expect(names(cyclic, '3.12').get('a')).toBe('1')
  })
})
