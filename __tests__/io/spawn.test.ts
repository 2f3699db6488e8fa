import { describe, it, expect } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { childEnv, run, startChild, type ChildTool } from '../../src/io/spawn.js'

/** A parent environment as a runner has it, with everything a child must never see. */
const HOSTILE: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: '/home/runner',
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
  TMPDIR: '/tmp',
  HTTPS_PROXY: 'http://proxy:3128',
  no_proxy: 'localhost',
  NODE_EXTRA_CA_CERTS: '/etc/ca.pem',
  SSL_CERT_FILE: '/etc/ssl.pem',
  REQUESTS_CA_BUNDLE: '/etc/req.pem',
  PIP_CERT: '/etc/pip.pem',
  PIP_INDEX_URL: 'https://pypi.example/simple',
  npm_config_registry: 'https://npm.example/',
  NPM_CONFIG_USERCONFIG: '/x/.npmrc',
  GITHUB_TOKEN: 'ghs_secret',
  GH_TOKEN: 'ghs_secret2',
  INPUT_GITHUB_TOKEN: 'ghs_secret3',
  'INPUT_CLIENT-ID': 'id',
  ACTIONS_RUNTIME_TOKEN: 'rt',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token',
  ACTIONS_CACHE_URL: 'https://cache',
  AZURE_CLIENT_SECRET: 'azsecret',
  AZURE_CLIENT_ID: 'azid',
  GITHUB_ENV: '/runner/env',
  GITHUB_OUTPUT: '/runner/out',
  GITHUB_PATH: '/runner/path',
  GITHUB_STEP_SUMMARY: '/runner/summary',
  NODE_OPTIONS: '--require /tmp/evil.js',
  LD_PRELOAD: '/tmp/evil.so',
  PYTHONPATH: '/tmp/evil',
  MCP_FUNCTIONS_DEPLOY_CACHE_DIR: '/tmp/cache'
}

const NEVER = [
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'INPUT_GITHUB_TOKEN',
  'INPUT_CLIENT-ID',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_CACHE_URL',
  'AZURE_CLIENT_SECRET',
  'AZURE_CLIENT_ID',
  'GITHUB_ENV',
  'GITHUB_OUTPUT',
  'GITHUB_PATH',
  'GITHUB_STEP_SUMMARY',
  'NODE_OPTIONS',
  'LD_PRELOAD',
  'PYTHONPATH',
  'MCP_FUNCTIONS_DEPLOY_CACHE_DIR'
]

async function seen(tool: ChildTool, explicit?: Record<string, string>): Promise<string[]> {
  let stdout = ''
  const r = await run(process.execPath, ['-e', 'console.log(JSON.stringify(process.env))'], {
    tool,
    from: HOSTILE,
    env: explicit,
    onLine: (l, s) => (stdout += s === 'stdout' ? l : '')
  })
  expect(r.code).toBe(0)
  return Object.keys(JSON.parse(stdout) as Record<string, string>).filter(
    k => k !== 'PWD' && k !== 'SHLVL' && k !== '_' // a shell's own, if any
  )
}

describe('the spawn door', () => {
  it('gives a child only the allow-listed environment, whatever the parent holds', async () => {
    const plain = await seen('plain')
    for (const k of NEVER) expect(plain).not.toContain(k)
    expect(plain.sort()).toEqual(
      [
        'PATH',
        'HOME',
        'LANG',
        'LC_ALL',
        'TMPDIR',
        'HTTPS_PROXY',
        'no_proxy',
        'NODE_EXTRA_CA_CERTS',
        'SSL_CERT_FILE',
        'REQUESTS_CA_BUNDLE',
        'PIP_CERT'
      ].sort()
    )
    // each tool gets its own settings family, and only its own
    const pip = await seen('pip')
    expect(pip).toContain('PIP_INDEX_URL')
    expect(pip).not.toContain('npm_config_registry')
    const npm = await seen('npm')
    expect(npm).toEqual(expect.arrayContaining(['npm_config_registry', 'NPM_CONFIG_USERCONFIG']))
    expect(npm).not.toContain('PIP_INDEX_URL')
    for (const k of NEVER) expect([...pip, ...npm]).not.toContain(k)
  })

  it('passes what the caller names explicitly (app settings for a handler)', async () => {
    const keys = await seen('plain', { PYTHONPATH: '/home/site/wwwroot/x', MY_SETTING: '1' })
    expect(keys).toEqual(expect.arrayContaining(['PYTHONPATH', 'MY_SETTING']))
    expect(keys).not.toContain('GITHUB_TOKEN')
    // the low-level door builds the same environment
    expect(childEnv('plain', { A: '1' }, HOSTILE)).toEqual(
      expect.objectContaining({ A: '1', PATH: HOSTILE.PATH })
    )
    const child = startChild(
      process.execPath,
      ['-e', 'process.stdout.write(process.env.GITHUB_TOKEN ?? "none")'],
      {
        from: HOSTILE
      }
    )
    let out = ''
    child.stdout!.on('data', d => (out += d))
    await new Promise(r => child.once('close', r))
    expect(out).toBe('none')
  })

  it('streams lines as they come, before the child ends', async () => {
    const lines: Array<[string, string]> = []
    let firstAt = -1
    const r = await run(
      process.execPath,
      [
        '-e',
        'process.stdout.write("one\\r\\ntw"); setTimeout(() => { process.stdout.write("o\\n"); console.error("err"); setTimeout(() => console.log("three"), 300) }, 300)'
      ],
      {
        onLine: (l, s) => {
          if (firstAt < 0) firstAt = lines.length
          lines.push([l, s])
        }
      }
    )
    expect(r.code).toBe(0)
    expect(lines).toEqual([
      ['one', 'stdout'],
      ['two', 'stdout'],
      ['err', 'stderr'],
      ['three', 'stdout']
    ])
    expect(r.output).toContain('three')
  })

  it('writes everything to the log file and says when a program is missing', async () => {
    const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'spawn-')), 'x.log')
    const r = await run(process.execPath, ['-e', 'console.log("hello"); process.exit(3)'], {
      logFile: log,
      displayCommand: 'node -e <script>'
    })
    expect(r.code).toBe(3)
    expect(fs.readFileSync(log, 'utf8')).toBe('$ node -e <script>\nhello\n')
    const missing = await run('no-such-program-xyz', [])
    expect(missing.code).toBe(127)
    expect(missing.startError?.code).toBe('ENOENT')
  })

  it('kills the whole process group on timeout, and never waits on a grandchild holding the pipes', async () => {
    // the child starts a grandchild that sleeps with our stdout, then sleeps itself
    const script =
      'const { spawn } = require("node:child_process");' +
      'const g = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "inherit" });' +
      'console.log("grandchild " + g.pid); setTimeout(() => {}, 60000)'
    const r = await run(process.execPath, ['-e', script], { timeoutMs: 500 })
    expect(r.code).toBe(124)
    expect(r.stopped).toBe('timeout')
    const pid = Number(/grandchild (\d+)/.exec(r.output)?.[1])
    expect(pid).toBeGreaterThan(0)
    let alive = true
    for (let i = 0; i < 40 && alive; i++) {
      try {
        process.kill(pid, 0)
        await new Promise(res => setTimeout(res, 50))
      } catch {
        alive = false
      }
    }
    expect(alive).toBe(false)

    // the child exits at once, a grandchild keeps the pipe: run still settles
    const detachedish =
      'const { spawn } = require("node:child_process");' +
      'spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "inherit" }).unref(); console.log("done")'
    const quick = await run(process.execPath, ['-e', detachedish])
    expect(quick.code).toBe(0)
    expect(quick.output).toContain('done')
  })

  it('stops on abort', async () => {
    const ac = new AbortController()
    const p = run(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { signal: ac.signal })
    setTimeout(() => ac.abort(), 100)
    const r = await p
    expect(r.stopped).toBe('aborted')
    expect(r.code).toBe(124)
  })
})
