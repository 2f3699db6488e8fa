import { describe, it, expect } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  cacheKey,
  fullyPinned,
  installPython,
  installedVersions,
  missingPackage,
  noMatchingDistribution,
  normalizeName,
  triedSourceBuild,
  readPythonDeps,
  targetPlatforms
} from '../../src/package/python.js'
import { manifest } from '../../src/package/index.js'
import type { DepsCache } from '../../src/package/cache.js'
import { TerminalUi } from '../../src/report/ui.js'
import {
  InstallLog,
  causeLine,
  firstErrorContext,
  redactCredentials
} from '../../src/package/installlog.js'
import { makeWheelhouse, pipEnv } from './wheelhouse.js'

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'py-test-'))
}

describe('python dependency helpers', () => {
  it('targets manylinux2014 up to glibc 2.36', () => {
    const tags = targetPlatforms()
    expect(tags[0]).toBe('manylinux2014_x86_64')
    expect(tags).toContain('manylinux_2_34_x86_64')
    expect(tags[tags.length - 1]).toBe('manylinux_2_36_x86_64')
  })

  it('knows pinned requirements from ranges', () => {
    expect(
      fullyPinned(['mcp==1.9.4', '# comment', '', 'httpx[http2]==0.28.1 ; python_version >= "3.9"'])
    ).toBe(true)
    expect(fullyPinned(['mcp[cli]>=1.5.0'])).toBe(false)
    expect(fullyPinned(['httpx'])).toBe(false)
  })

  it('keys the cache on inputs, target, pip args and PIP_* settings; unpinned inputs expire daily', () => {
    const deps = {
      source: 'requirements.txt' as const,
      lines: ['mcp==1.9.4'],
      fingerprint: 'mcp==1.9.4'
    }
    const day1 = new Date('2025-01-01T10:00:00Z')
    const day2 = new Date('2025-01-02T10:00:00Z')
    const base = cacheKey(deps, '3.12', [], {}, day1)
    expect(base).toMatch(/^mcp-pydeps-v1-linux-x64-py3\.12-[0-9a-f]{32}$/)
    expect(cacheKey(deps, '3.12', [], {}, day2)).toBe(base)
    expect(cacheKey(deps, '3.11', [], {}, day1)).not.toBe(base)
    expect(cacheKey(deps, '3.12', ['--pre'], {}, day1)).not.toBe(base)
    expect(cacheKey(deps, '3.12', [], { PIP_INDEX_URL: 'https://x' }, day1)).not.toBe(base)
    expect(cacheKey({ ...deps, fingerprint: 'mcp==1.9.5' }, '3.12', [], {}, day1)).not.toBe(base)
    const loose = { ...deps, lines: ['mcp>=1'], fingerprint: 'mcp>=1' }
    expect(cacheKey(loose, '3.12', [], {}, day1)).not.toBe(cacheKey(loose, '3.12', [], {}, day2))
  })

  it('names the package pip found no wheel for', () => {
    expect(
      missingPackage(
        'ERROR: Could not find a version that satisfies the requirement delta==1.0 (from versions: none)'
      )
    ).toBe('delta==1.0')
    expect(missingPackage('ERROR: No matching distribution found for psycopg2\n')).toBe('psycopg2')
    expect(missingPackage('ERROR: something else')).toBeUndefined()
  })

  it('reads the versions pip saw, and whether it really tried a source build', () => {
    expect(
      noMatchingDistribution(
        'ERROR: Could not find a version that satisfies the requirement mcp==9.9 (from versions: 1.0.0, 1.2.1, 2.0.0)\nERROR: No matching distribution found for mcp==9.9'
      )
    ).toEqual({ requirement: 'mcp==9.9', versions: ['1.0.0', '1.2.1', '2.0.0'] })
    expect(
      noMatchingDistribution(
        'ERROR: Could not find a version that satisfies the requirement x (from versions: none)'
      )
    ).toEqual({ requirement: 'x', versions: [] })
    expect(
      triedSourceBuild(
        'Collecting x\n  Downloading x-1.0.tar.gz\n  Installing build dependencies: started'
      )
    ).toBe(true)
    expect(
      triedSourceBuild("  Building wheel for x (pyproject.toml): finished with status 'error'")
    ).toBe(true)
    expect(triedSourceBuild('ERROR: No matching distribution found for x')).toBe(false)
  })

  it('redacts credentials in index URLs', () => {
    expect(
      redactCredentials(
        'Looking in indexes: https://user:p%40ss@pkgs.example/simple, http://tok@h/x'
      )
    ).toBe('Looking in indexes: https://***@pkgs.example/simple, http://***@h/x')
    expect(redactCredentials('pip install --index-url=https://u:p@h/s x')).toBe(
      'pip install --index-url=https://***@h/s x'
    )
    expect(redactCredentials('see https://pypi.org/simple and a@b.c')).toBe(
      'see https://pypi.org/simple and a@b.c'
    )
  })

  it("prints a child's lines indented, redacted, and unable to act as workflow commands or terminal controls", async () => {
    const lines: string[] = []
    const tempDir = tmp()
    const log = await InstallLog.open(tempDir, 'pip', new TerminalUi(l => lines.push(l)))
    const script = [
      'console.log("::set-output name=x::y")',
      'console.log("Looking in indexes: https://bob:hunter2@idx.example/simple")',
      'console.log("\\u001b]52;c;AAAA\\u0007copied \\u001b[31mred")'
    ].join(';')
    const step = await log.run(process.execPath, ['-e', script], {
      cwd: tempDir,
      tool: 'pip',
      from: process.env
    })
    expect(step.result.code).toBe(0)
    expect(lines).toHaveLength(3)
    expect(lines[0]).not.toMatch(/^\s*::/)
    expect(lines[1]).toBe('  Looking in indexes: https://***@idx.example/simple')
    expect(lines[2]).toBe('  copied red')
    const text = fs.readFileSync(log.file, 'utf8')
    expect(text).not.toContain('hunter2')
    expect(log.file.startsWith(path.join(tempDir, 'mcp-functions-deploy-logs'))).toBe(true)
  })

  it('finds the first error, not the usage text npm prints last', () => {
    const npm = [
      'npm error code EUSAGE',
      'npm error',
      'npm error `npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.',
      'npm error',
      'npm error Missing: dep@1.0.0 from lock file',
      ...Array.from({ length: 60 }, (_, i) => `npm error usage line ${i}`)
    ]
    expect(causeLine(npm)).toMatch(/^`npm ci` can only install packages when .* are in sync/)
    const ctx = firstErrorContext(['added 3 packages', ...npm])
    expect(ctx[0]).toBe('added 3 packages')
    expect(ctx.join('\n')).toContain('Missing: dep@1.0.0 from lock file')
    expect(ctx.join('\n')).not.toContain('usage line 30')
    // pip's note on the runner's own packages is not the cause
    expect(
      causeLine([
        "ERROR: pip's dependency resolver does not currently take into account all the packages that are installed.",
        'ERROR: No matching distribution found for x==9'
      ])
    ).toBe('No matching distribution found for x==9')
  })

  it('reads requirements (with includes) and pyproject dependencies', async () => {
    const dir = tmp()
    fs.writeFileSync(path.join(dir, 'requirements.txt'), '-r base.txt\nhttpx\n')
    fs.writeFileSync(path.join(dir, 'base.txt'), 'mcp==1.0\n')
    const r = await readPythonDeps(dir)
    expect(r.source).toBe('requirements.txt')
    expect(r.fingerprint).toContain('mcp==1.0')
    const p = tmp()
    fs.writeFileSync(
      path.join(p, 'pyproject.toml'),
      '[project]\ndependencies = ["mcp>=1.8", "uvicorn"]\n'
    )
    expect((await readPythonDeps(p)).lines).toEqual(['mcp>=1.8', 'uvicorn'])
    fs.writeFileSync(path.join(p, 'pyproject.toml'), '[project\n')
    await expect(readPythonDeps(p)).rejects.toThrow(/pyproject\.toml is not valid TOML/)
  })

  it('reads versions from dist-info METADATA with PEP 503 names', async () => {
    const site = tmp()
    fs.mkdirSync(path.join(site, 'Typing_Extensions-4.12.2.dist-info'))
    fs.writeFileSync(
      path.join(site, 'Typing_Extensions-4.12.2.dist-info', 'METADATA'),
      'Metadata-Version: 2.1\nName: typing_extensions\nVersion: 4.12.2\n\nbody: Name: no\n'
    )
    fs.mkdirSync(path.join(site, 'mcp-1.9.4.dist-info'))
    expect(await installedVersions(site)).toEqual(
      new Map([
        ['mcp', '1.9.4'],
        ['typing-extensions', '4.12.2']
      ])
    )
    expect(normalizeName('Zope.Interface__x')).toBe('zope-interface-x')
  })

  it('treats every cache failure as a warning', async () => {
    const wheels = path.join(tmp(), 'wheels')
    makeWheelhouse(wheels)
    const stageDir = tmp()
    fs.writeFileSync(path.join(stageDir, 'requirements.txt'), 'beta==2.0.0\n')
    const broken: DepsCache = {
      kind: 'local',
      restore: async () => {
        throw new Error('disk on fire')
      },
      save: async () => {
        throw new Error('disk still on fire')
      }
    }
    const lines: string[] = []
    const got = await installPython({
      stageDir,
      pythonVersion: '3.12',
      pipArgs: [],
      env: pipEnv(wheels),
      ui: new TerminalUi(l => lines.push(l)),
      tempDir: tmp(),
      cache: broken
    })
    expect(got.get('beta')).toBe('2.0.0')
    expect(lines.join('\n')).toMatch(/warning: dependency cache: restore failed \(disk on fire\)/)
    expect(lines.join('\n')).toMatch(/warning: dependency cache: save failed/)
  })

  it('writes a manifest with size, files and dependencies', () => {
    const md = manifest({
      bytes: 2048,
      fileCount: 3,
      sha256: 'ab',
      dependencies: [{ name: 'mcp', version: '1.9.4' }]
    })
    expect(md).toContain('| size | 2.0 KiB (2048 bytes) |')
    expect(md).toContain('| files | 3 |')
    expect(md).toContain('| mcp | 1.9.4 |')
  })
})
