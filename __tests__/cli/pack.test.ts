/**
 * The CLI as a user gets it: `npm pack` of this repository (the committed dist/), the tarball
 * installed into an empty folder without the registry (--offline, an empty npm cache: the bundles
 * need no dependencies), then the installed `mcp-functions-deploy` runs check, generate and
 * deploy --target local --once on copies of the examples, from a folder of its own.
 *
 * MFD_PACK_ROOT packs another folder laid out like this one (e.g. a copy with a fresh build).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile, execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fixtureCopy, REPO, treeHash } from '../helpers/fixture.js'

const ROOT = process.env.MFD_PACK_ROOT || REPO
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm'

let tmp: string
let installed: string
let bin: string
let packed: { files: { path: string }[]; filename: string }
let manifest: Record<string, unknown>

/** The installed command, run as a user would: exit code, stdout, stderr. */
function cli(
  args: string[],
  env: Record<string, string> = {}
): Promise<{ code: number; out: string; err: string }> {
  return new Promise(resolve => {
    execFile(
      bin,
      args,
      {
        cwd: installed,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          MCP_FUNCTIONS_DEPLOY_CACHE_DIR: path.join(tmp, 'deps-cache'),
          PIP_RETRIES: '1',
          ...env
        },
        timeout: 120_000,
        maxBuffer: 16 * 1024 * 1024
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        resolve({ code, out: stdout, err: stderr })
      }
    )
  })
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mfd-pack-'))
  const npm = (args: string[], cwd: string) =>
    execFileSync(NPM, [...args, '--cache', path.join(tmp, 'npm-cache'), '--loglevel', 'error'], {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        npm_config_ignore_scripts: 'true',
        npm_config_update_notifier: 'false'
      }
    })
  const json = JSON.parse(npm(['pack', '--json', '--pack-destination', tmp], ROOT))
  packed = json[0]
  installed = path.join(tmp, 'user')
  fs.mkdirSync(installed)
  npm(
    ['install', '--offline', '--no-audit', '--no-fund', path.join(tmp, packed.filename)],
    installed
  )
  const pkgDir = path.join(installed, 'node_modules', 'mcp-functions-deploy')
  manifest = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'))
  bin = path.join(installed, 'node_modules', '.bin', 'mcp-functions-deploy')
}, 120_000)

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
})

describe('the npm package', () => {
  it('holds the bundles, action.yml, README, LICENSE and the rules doc, and no sources', () => {
    const files = packed.files.map(f => f.path)
    for (const f of [
      'package.json',
      'dist/index.js',
      'dist/package.json',
      'dist/cli/index.js',
      'action.yml',
      'README.md',
      'LICENSE',
      'docs/rules.md'
    ])
      expect([f, files.includes(f)]).toEqual([f, true])
    expect(
      files.filter(f => /^(src|__tests__|examples|test-support|bench|scripts)\//.test(f))
    ).toEqual([])
    expect(files.filter(f => f.includes('node_modules/'))).toEqual([])
  })

  it('needs nothing from the registry at run time: no dependencies, a working bin', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'))
    expect(manifest.private).toBeUndefined()
    expect(manifest.dependencies ?? {}).toEqual({})
    expect(manifest.bundleDependencies ?? manifest.bundledDependencies).toBeUndefined()
    expect(manifest.version).toBe(pkg.version)
    expect(fs.realpathSync(bin)).toBe(
      path.join(installed, 'node_modules', 'mcp-functions-deploy', 'dist', 'cli', 'index.js')
    )
  })
})

describe('the installed command', () => {
  it('--version and a usage error (exit 2)', async () => {
    const v = await cli(['--version'])
    expect([v.code, v.out.trim()]).toEqual([0, manifest.version])
    const bad = await cli(['chek', '.'])
    expect([bad.code, bad.out]).toEqual([2, ''])
    expect(bad.err.trim()).toBe('error: unknown mode "chek" (did you mean "check"?)')
  })

  it('check: the recipe fails with its findings (exit 1), an example passes (exit 0)', async () => {
    const recipe = fixtureCopy(path.join(REPO, 'examples', 'original-recipe'))
    const before = treeHash(recipe)
    const r = await cli(['check', recipe])
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/^\s*host\.json:\d+:\d+ {2}warning .*\[host-json\/proxy-misspelled\]$/m)
    expect(r.out).not.toContain('\u001b[') // not a terminal: no colour
    expect(treeHash(recipe)).toBe(before)
    const forced = await cli(['check', recipe], { FORCE_COLOR: '1' })
    expect(forced.out).toContain('\u001b[33mwarning\u001b[39m')

    const node = fixtureCopy(path.join(REPO, 'examples', 'weather-node'))
    const ok = await cli(['check', node])
    expect([ok.code, ok.err]).toEqual([0, ''])
  }, 60_000)

  it('generate writes the missing artifacts into the folder', async () => {
    const recipe = fixtureCopy(path.join(REPO, 'examples', 'original-recipe'), {
      'local.settings.json': null
    })
    const r = await cli(['generate', recipe, '--fail-on', 'never'])
    expect([r.code, r.err]).toEqual([0, ''])
    expect(r.out).toContain('created local.settings.json')
    expect(fs.existsSync(path.join(recipe, 'local.settings.json'))).toBe(true)
  }, 60_000)

  it('deploy --target local --once: packages, hosts and smoke-tests the Node example', async () => {
    const node = fixtureCopy(path.join(REPO, 'examples', 'weather-node'), { node_modules: null })
    const r = await cli(['deploy', node, '--target', 'local', '--once', '--local-port', '0'])
    expect([r.code, r.err.slice(-800)]).toEqual([0, ''])
    expect(r.out).toMatch(/^endpoint: http:\/\/127\.0\.0\.1:\d+\/mcp$/m)
    expect(r.out).toContain('tools: ["get_alerts","get_forecast"]')
  }, 150_000)
})
