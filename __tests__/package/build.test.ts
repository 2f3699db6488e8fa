import { describe, it, expect, beforeAll } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  buildPackage,
  zipWithProgress,
  type PackageOptions,
  type ZipProgress
} from '../../src/package/index.js'
import { readSettings, type Settings } from '../../src/inputs.js'
import { TerminalUi } from '../../src/report/ui.js'
import { UserError } from '../../src/errors.js'
import type { Finding } from '../../src/project/types.js'
import { makeWheelhouse, pipEnv } from './wheelhouse.js'
import { hashTree, readZip } from './ziputil.js'

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'build-test-'))
}

let wheelhouse: string

beforeAll(() => {
  wheelhouse = path.join(tmp(), 'wheels')
  makeWheelhouse(wheelhouse)
})

function settings(over: Partial<Settings> = {}): Settings {
  return { ...readSettings(n => (n === 'app-name' ? 'app' : undefined), {}), ...over }
}

function pythonServer(requirements = 'alpha==1.0.0\ngamma==1.0\n'): string {
  const root = tmp()
  const w = (f: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true })
    fs.writeFileSync(path.join(root, f), text)
  }
  w('server.py', 'import alpha\nprint(alpha.VALUE)\n')
  w('host.json', '{"version": "2.0"}\n')
  w('requirements.txt', requirements)
  w('local.settings.json', '{"Values": {"FUNCTIONS_WORKER_RUNTIME": "custom"}}')
  w('.git/HEAD', 'ref: refs/heads/main\n')
  w('notes/todo.md', 'x')
  w('.funcignore', 'notes/\n')
  w('start.sh', '#!/bin/sh\nexec python server.py\n')
  fs.chmodSync(path.join(root, 'start.sh'), 0o755)
  return root
}

function options(
  serverDir: string,
  over: Partial<PackageOptions> = {}
): PackageOptions & { lines: string[] } {
  const lines: string[] = []
  const cacheDir = path.join(tmp(), 'cache')
  return {
    serverDir,
    language: 'python',
    plan: { created: [], changed: [] },
    settings: settings({ cache: false, tempDir: tmp() }),
    pythonVersion: '3.12',
    ui: new TerminalUi(l => lines.push(l)),
    outFile: path.join(tmp(), 'package.zip'),
    env: pipEnv(wheelhouse, { MCP_FUNCTIONS_DEPLOY_CACHE_DIR: cacheDir }),
    lines,
    ...over
  }
}

describe('buildPackage (Python)', () => {
  it('installs for the target runtime, zips the stage, and leaves the repo as it was', async () => {
    const root = pythonServer()
    const before = hashTree(root)
    let seen: Map<string, string> | undefined
    const opts = options(root, {
      plan: {
        created: [{ file: 'mcp-handler/function.json', content: '{"bindings": []}\n' }],
        changed: [
          {
            file: 'host.json',
            after: '{"version": "2.0", "fixed": 1}\n',
            why: 'routePrefix is missing'
          }
        ]
      },
      afterInstall: m => {
        seen = m
        return []
      }
    })
    const pkg = await buildPackage(opts)
    expect(hashTree(root)).toBe(before)
    expect(seen).toEqual(
      new Map([
        ['alpha', '1.0.0'],
        ['beta', '2.0.0'],
        ['gamma', '1.0']
      ])
    )
    expect(pkg.dependencies).toEqual([
      { name: 'alpha', version: '1.0.0' },
      { name: 'beta', version: '2.0.0' },
      { name: 'gamma', version: '1.0' }
    ])

    // site-packages: the cp312 manylinux wheel came in (platform flags), and alpha imports (beta beside it)
    const site = path.join(pkg.stageDir, '.python_packages', 'lib', 'site-packages')
    expect(fs.existsSync(path.join(site, 'gamma.py'))).toBe(true)
    const out = execFileSync('python3', ['-c', 'import alpha; print(alpha.VALUE)'], {
      env: { ...process.env, PYTHONPATH: site }
    })
    expect(out.toString().trim()).toBe('alpha+beta')

    const items = await readZip(pkg.zipPath)
    const names = items.map(i => i.name)
    expect(names).toContain('server.py')
    expect(names).toContain('mcp-handler/function.json')
    expect(names).toContain('.python_packages/lib/site-packages/alpha/__init__.py')
    expect(names).toContain('.python_packages/lib/site-packages/beta-2.0.0.dist-info/METADATA')
    expect(names.some(n => n.startsWith('.git/'))).toBe(false)
    expect(names).not.toContain('local.settings.json')
    expect(names.some(n => n.startsWith('notes/'))).toBe(false)
    expect(names.some(n => n.includes('__pycache__'))).toBe(false)
    expect(items.find(i => i.name === 'host.json')!.data.toString()).toContain('"fixed": 1')
    expect(items.find(i => i.name === 'start.sh')!.mode).toBe(0o100755)
    expect(items.find(i => i.name === 'server.py')!.mode).toBe(0o100644)
    expect(pkg.fileCount).toBe(items.length)
    expect(pkg.bytes).toBe(fs.statSync(pkg.zipPath).size)

    // warnings name the fixes to commit; the summary has the manifest
    const ui = opts.ui as TerminalUi
    expect(opts.lines.join('\n')).toMatch(/host\.json.*routePrefix is missing.*commit the same fix/)
    expect(opts.lines.join('\n')).toMatch(/mcp-handler\/function\.json is missing from the repo/)
    expect(ui.sections.join('\n')).toMatch(/\| files \| \d+ \|/)
    expect(ui.sections.join('\n')).toContain('| gamma | 1.0 |')

    // the same inputs give the same bytes (a second real pip run)
    const again = await buildPackage(options(root, { plan: opts.plan }))
    expect(again.sha256).toBe(pkg.sha256)
    fs.rmSync(pkg.stageDir, { recursive: true, force: true })
    fs.rmSync(again.stageDir, { recursive: true, force: true })
  })

  it('restores from the cache on the second build without running pip at all', async () => {
    const root = pythonServer()
    const cacheDir = path.join(tmp(), 'cache')
    const env = pipEnv(wheelhouse, { MCP_FUNCTIONS_DEPLOY_CACHE_DIR: cacheDir })
    const first = await buildPackage(options(root, { settings: settings({ cache: true }), env }))
    expect(fs.readdirSync(path.join(cacheDir, 'pydeps'))).toHaveLength(1)
    // no python on PATH: pip cannot run, yet the build succeeds from the cache
    const emptyBin = tmp()
    const opts = options(root, {
      settings: settings({ cache: true }),
      env: { ...env, PATH: emptyBin }
    })
    const second = await buildPackage(opts)
    expect(opts.lines.join('\n')).toMatch(/restored from the local cache/)
    expect(second.sha256).toBe(first.sha256)
    expect(second.dependencies.map(d => d.name)).toEqual(['alpha', 'beta', 'gamma'])
    // and without the cache the missing Python is a clear error
    const err = await buildPackage(options(root, { env: { ...env, PATH: emptyBin } })).catch(e => e)
    expect(err).toBeInstanceOf(UserError)
    expect(err.message).toMatch(/no python3 or python on PATH/)
  })

  it('stops with the package named when it has no wheel for a foreign target', async () => {
    const root = pythonServer('beta==2.0.0\ndelta==1.0\n')
    const opts = options(root, { pythonVersion: '3.9' })
    const err = await buildPackage(opts).catch(e => e)
    expect(err).toBeInstanceOf(UserError)
    expect(err.message).toMatch(
      /^No matching distribution for delta==1\.0 on CPython 3\.9 on Linux x86_64 \(pip saw wheels for CPython 3\.9 on Linux x86_64 of versions: none\); a source build is only tried on a runner whose Python is 3\.9/
    )
    expect(fs.existsSync(opts.outFile!)).toBe(false)
  })

  it('says "No matching distribution" with the versions pip saw when the version does not exist (no source build claimed)', async () => {
    const runner = execFileSync('python3', [
      '-c',
      'import sys; print("%d.%d" % sys.version_info[:2])'
    ])
      .toString()
      .trim()
    const root = pythonServer('beta==9.9\n')
    const opts = options(root, { pythonVersion: runner })
    const err = await buildPackage(opts).catch(e => e)
    expect(err).toBeInstanceOf(UserError)
    expect(err.message).toBe(
      'No matching distribution for beta==9.9: pip saw versions: 2.0.0 (for any platform)'
    )
    expect(opts.lines.join('\n')).not.toMatch(/building .*from source|built from source/)
  })

  it('streams pip output as it comes, keeps the full log under the temp folder, and redacts index credentials', async () => {
    const root = pythonServer('beta==2.0.0\n')
    const tempDir = tmp()
    const opts = options(root, {
      settings: settings({
        cache: false,
        tempDir,
        pipArgs: ['--extra-index-url', 'https://alice:s3cr3t@127.0.0.1:9/simple']
      })
    })
    await buildPackage(opts)
    const printed = opts.lines.join('\n')
    // pip's own lines, indented under the step
    expect(printed).toMatch(/\n\s{2,}Successfully installed beta-2\.0\.0/)
    const logs = fs.readdirSync(path.join(tempDir, 'mcp-functions-deploy-logs'))
    expect(logs).toHaveLength(1)
    const log = fs.readFileSync(path.join(tempDir, 'mcp-functions-deploy-logs', logs[0]), 'utf8')
    expect(log).toMatch(
      /^\$ python3? -m pip install .*--extra-index-url https:\/\/\*\*\*@127\.0\.0\.1:9\/simple/m
    )
    expect(log).toContain('Successfully installed beta-2.0.0')
    expect(printed).toContain(logs[0])
    expect(log + printed).not.toContain('s3cr3t')
  })

  it('builds from source only when the runner matches the target (and says so when that fails)', async () => {
    const runner = execFileSync('python3', [
      '-c',
      'import sys; print("%d.%d" % sys.version_info[:2])'
    ])
      .toString()
      .trim()
    const root = pythonServer('delta==1.0\n')
    const opts = options(root, { pythonVersion: runner })
    const err = await buildPackage(opts).catch(e => e)
    // no index and no setuptools to build with here: the second (platform-free) pip run tries the
    // source build and fails
    expect(opts.lines.join('\n')).toMatch(
      /no wheel of delta==1\.0 for CPython [\d.]+ on Linux x86_64 \(pip saw wheels for .* of versions: none\); trying again without the platform pins/
    )
    expect(err).toBeInstanceOf(UserError)
    expect(err.message).toMatch(/while building delta==1\.0 from source/)
  })

  it('stops before zipping when afterInstall reports an error', async () => {
    const root = pythonServer('beta==2.0.0\n')
    const finding: Finding = {
      rule: 'code/sdk-api-line',
      severity: 'error',
      file: 'server.py',
      line: 1,
      message: 'FastMCP 1.x code, but mcp 2.0.0 is installed.',
      fix: 'pin mcp<2'
    }
    const opts = options(root, { afterInstall: () => [finding] })
    const err = await buildPackage(opts).catch(e => e)
    expect(err).toBeInstanceOf(UserError)
    expect(err.message).toMatch(/FastMCP 1\.x code, but mcp 2\.0\.0 is installed/)
    expect(fs.existsSync(opts.outFile!)).toBe(false)
    expect(opts.lines.join('\n')).toMatch(/server\.py:1: error: .*Fix: pin mcp<2/)
  })

  it('reads [project].dependencies from pyproject.toml', async () => {
    const root = pythonServer()
    fs.rmSync(path.join(root, 'requirements.txt'))
    fs.writeFileSync(
      path.join(root, 'pyproject.toml'),
      '[project]\nname = "srv"\nversion = "0"\ndependencies = ["beta==2.0.0"]\n'
    )
    // the wheelhouse given through pip-args instead of PIP_FIND_LINKS
    const env = pipEnv(wheelhouse)
    delete env.PIP_FIND_LINKS
    const pkg = await buildPackage(
      options(root, {
        env,
        settings: settings({ cache: false, pipArgs: ['--find-links', wheelhouse] })
      })
    )
    expect(pkg.dependencies).toEqual([{ name: 'beta', version: '2.0.0' }])
  })
})

describe('buildPackage (Node)', () => {
  it('installs, builds and prunes in the stage', async () => {
    const root = tmp()
    fs.writeFileSync(
      path.join(root, 'package.json'),
      JSON.stringify({
        name: 'srv',
        version: '1.0.0',
        private: true,
        scripts: {
          build:
            "node -e \"require('fs').mkdirSync('dist',{recursive:true});require('fs').writeFileSync('dist/index.js','built')\""
        }
      })
    )
    fs.writeFileSync(path.join(root, 'host.json'), '{"version": "2.0"}\n')
    const before = hashTree(root)
    const opts = options(root, {
      language: 'node',
      env: { ...process.env, npm_config_offline: 'true' }
    })
    const pkg = await buildPackage(opts)
    const names = (await readZip(pkg.zipPath)).map(i => i.name)
    expect(names).toContain('dist/index.js')
    expect(names).toContain('package.json')
    expect(hashTree(root)).toBe(before)
    expect(opts.lines.join('\n')).toMatch(/npm install/)
  })
})

describe('buildPackage (Node, offline)', () => {
  const tsc = path.resolve('node_modules/typescript/bin/tsc')

  it('builds a TypeScript server from the full tree, then applies the standard .funcignore to the package', async () => {
    const root = tmp()
    const w = (f: string, text: string): void => {
      fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true })
      fs.writeFileSync(path.join(root, f), text)
    }
    w(
      'package.json',
      JSON.stringify({
        name: 'ts-srv',
        version: '1.0.0',
        private: true,
        scripts: { build: `node ${JSON.stringify(tsc)}` }
      })
    )
    w(
      'tsconfig.json',
      JSON.stringify({
        compilerOptions: {
          outDir: 'dist',
          rootDir: 'src',
          module: 'commonjs',
          target: 'es2022',
          types: []
        },
        include: ['src']
      })
    )
    w(
      'src/index.ts',
      'declare const process: { env: Record<string, string | undefined> }\nconst port: number = Number(process.env.PORT ?? 3000)\nconsole.log(port)\n'
    )
    w('host.json', '{"version": "2.0"}\n')
    // the Azure Functions TypeScript template's .funcignore
    w('.funcignore', '*.js.map\n*.ts\n.git*\n.vscode\nlocal.settings.json\ntest\ntsconfig.json\n')
    const opts = options(root, {
      language: 'node',
      env: { ...process.env, npm_config_offline: 'true' }
    })
    const pkg = await buildPackage(opts)
    const names = (await readZip(pkg.zipPath)).map(i => i.name).sort()
    expect(names).toContain('dist/index.js')
    expect(names).not.toContain('src/index.ts')
    expect(names).not.toContain('tsconfig.json')
    expect(opts.lines.join('\n')).toMatch(/npm run build/)
  })

  it('shows why npm ci failed (the lock file out of sync), not its usage text', async () => {
    const root = tmp()
    fs.mkdirSync(path.join(root, 'dep'))
    fs.writeFileSync(path.join(root, 'dep/package.json'), '{"name":"dep","version":"1.0.0"}')
    fs.writeFileSync(
      path.join(root, 'package.json'),
      JSON.stringify({ name: 'x', version: '1.0.0', dependencies: { dep: 'file:dep' } })
    )
    fs.writeFileSync(
      path.join(root, 'package-lock.json'),
      JSON.stringify({
        name: 'x',
        version: '1.0.0',
        lockfileVersion: 3,
        requires: true,
        packages: { '': { name: 'x', version: '1.0.0' } }
      })
    )
    const opts = options(root, {
      language: 'node',
      env: { ...process.env, npm_config_offline: 'true' }
    })
    const err = await buildPackage(opts).catch(e => e)
    expect(err).toBeInstanceOf(UserError)
    expect(err.message).toMatch(
      /^npm ci failed \(exit code 1\): `npm ci` can only install packages when your package\.json and package-lock\.json .*are in sync/
    )
    expect(err.hint).toMatch(/full npm log: .*mcp-functions-deploy-logs/)
    const printed = opts.lines.join('\n')
    expect(printed).toMatch(/npm ci: the first error \(full log: /)
    expect(printed).toMatch(/\| npm error Missing: dep@1\.0\.0 from lock file/)
  })
})

describe('zip progress', () => {
  it('prints files and bytes done while the writer works, and its warnings', async () => {
    const lines: string[] = []
    const ui = new TerminalUi(l => lines.push(l))
    const stats = await zipWithProgress(
      '/stage',
      '/out.zip',
      ui,
      async (_dir, _out, opts) => {
        const total = { totalFiles: 20000, totalBytes: 400 * 2 ** 20 }
        for (let i = 1; i <= 4; i++) {
          const p: ZipProgress = { files: i * 5000, bytes: i * 100 * 2 ** 20, ...total }
          opts?.onProgress?.(p)
          await new Promise(r => setTimeout(r, 60))
        }
        opts?.onWarning?.('fifo is a named pipe: left out')
        return { sha256: 'x', bytes: 1, fileCount: 20000 }
      },
      10
    )
    expect(stats.fileCount).toBe(20000)
    const progress = lines.filter(l => l.startsWith('zip: '))
    expect(progress.length).toBeGreaterThanOrEqual(2)
    expect(progress).toContain('zip: 5000 of 20000 files, 100.0 MiB of 400.0 MiB')
    expect(lines).toContain('warning: fifo is a named pipe: left out')
  })
})
