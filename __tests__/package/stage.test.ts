import { describe, it, expect } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { stage, selectPackage, leftOutNotice } from '../../src/package/index.js'
import { stageServer } from '../../src/package/stage.js'
import { UserError } from '../../src/errors.js'
import { hashTree } from './ziputil.js'

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'stage-test-'))
}

function files(dir: string, rel = ''): string[] {
  const out: string[] = []
  for (const name of fs.readdirSync(path.join(dir, rel)).sort()) {
    const r = rel ? `${rel}/${name}` : name
    if (fs.statSync(path.join(dir, r)).isDirectory()) out.push(...files(dir, r))
    else out.push(r)
  }
  return out
}

function makeServer(): string {
  const root = tmp()
  const w = (f: string, text = 'x'): void => {
    fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true })
    fs.writeFileSync(path.join(root, f), text)
  }
  w('server.py', 'print(1)\n')
  w('host.json', '{"version": "2.0"}\n')
  w('requirements.txt', 'mcp\n')
  w('local.settings.json', '{}')
  w('.env', 'SECRET=1')
  w('.env.local', 'SECRET=2')
  w('.git/config', '[core]')
  w('.venv/bin/python', '')
  w('venv/lib/x.py', '')
  w('pkg/__pycache__/m.cpython-311.pyc', '')
  w('pkg/m.py', 'M = 1\n')
  w('pkg/venv/keep.py', 'kept: venv is only excluded at the top\n')
  w('node_modules/x/index.js', '')
  w('.python_packages/lib/site-packages/old.py', '')
  w('docs/notes.md', '# notes')
  w('tests/test_server.py', '')
  w('data/keep.csv', 'a,b')
  w('.funcignore', '# comment\ndocs/\ntests\n*.csv\n!data/keep.csv\n')
  fs.chmodSync(path.join(root, 'server.py'), 0o755)
  return root
}

/** Stage, then decide the package over the finished stage (as buildPackage does, minus installs). */
async function packaged(
  root: string,
  language: 'python' | 'node',
  plan = { created: [], changed: [] } as Parameters<typeof stage>[2]
): Promise<{ dir: string; notice?: string }> {
  const staged = await stageServer(root, language, plan)
  const sel = await selectPackage(staged.dir, language, staged.copy)
  return { dir: staged.dir, notice: leftOutNotice(sel.leftOut) }
}

describe('stage', () => {
  it('copies the whole server as the build input (.funcignore is not applied yet), never secrets, never touching the repo', async () => {
    const root = makeServer()
    const before = hashTree(root)
    const dir = await stage(root, 'python', { created: [], changed: [] })
    try {
      expect(files(dir)).toEqual([
        '.funcignore',
        'data/keep.csv',
        'docs/notes.md',
        'host.json',
        'pkg/m.py',
        'pkg/venv/keep.py',
        'requirements.txt',
        'server.py',
        'tests/test_server.py'
      ])
      expect(fs.statSync(path.join(dir, 'server.py')).mode & 0o777).toBe(0o755)
      expect(hashTree(root)).toBe(before)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('then packages what .funcignore leaves, after the build', async () => {
    const root = makeServer()
    const { dir, notice } = await packaged(root, 'python')
    expect(files(dir)).toEqual([
      '.funcignore',
      'data/keep.csv',
      'host.json',
      'pkg/m.py',
      'pkg/venv/keep.py',
      'requirements.txt',
      'server.py'
    ])
    // the user's own .funcignore choices are not announced; the secrets the repo holds are, once
    expect(notice).toMatch(
      /^left out of the package: `\.env`, `\.env\.local`, `local\.settings\.json` \(local settings/
    )
    expect(notice).not.toMatch(/docs|tests|\.git\b|\.venv|__pycache__|node_modules/)
  })

  it('never packages a local.settings.json the plan writes, even when .funcignore re-includes it', async () => {
    for (const funcignore of [
      'local.settings.json\n',
      '*.json\n!local.settings.json\n!host.json\n',
      ''
    ]) {
      const root = makeServer()
      fs.rmSync(path.join(root, 'local.settings.json'))
      fs.writeFileSync(path.join(root, '.funcignore'), funcignore)
      const { dir, notice } = await packaged(root, 'python', {
        created: [{ file: 'local.settings.json', content: '{"Values": {"SECRET": "s3cret"}}' }],
        changed: []
      })
      expect(fs.existsSync(path.join(dir, 'local.settings.json'))).toBe(false)
      if (funcignore.includes('!local.settings.json'))
        expect(notice).toMatch(
          /`local\.settings\.json` \(re-included by a `!` line in \.funcignore/
        )
    }
    // and a fix of an existing one (FUNCTIONS_WORKER_RUNTIME) too
    const root = makeServer()
    fs.writeFileSync(path.join(root, '.funcignore'), '!local.settings.json\n!.env\n')
    const { dir } = await packaged(root, 'python', {
      created: [],
      changed: [{ file: 'local.settings.json', after: '{"Values": {}}', why: 'runtime' }]
    })
    expect(files(dir).filter(f => /local\.settings|\.env/.test(f))).toEqual([])
  })

  /** Keys and credential files a repo or its build may hold, each to be left out of the package. */
  const SECRET_FILES = [
    'certs/server.pem',
    'id_rsa',
    '.npmrc',
    '.pypirc',
    '.netrc',
    'gha-creds-abc.json',
    'conf/credentials.json',
    'conf/gcp-credentials.json'
  ]

  it('leaves out keys and credential files wherever the repo or its build puts them, but not inside installed dependencies', async () => {
    const root = makeServer()
    const w = (f: string): void => {
      fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true })
      fs.writeFileSync(path.join(root, f), 'secret')
    }
    for (const f of SECRET_FILES) w(f)
    const staged = await stageServer(root, 'python', { created: [], changed: [] })
    // an installed package's CA bundle and a build that writes a key
    const site = path.join(staged.dir, '.python_packages/lib/site-packages/certifi')
    fs.mkdirSync(site, { recursive: true })
    fs.writeFileSync(path.join(site, 'cacert.pem'), 'ca')
    fs.writeFileSync(path.join(staged.dir, 'generated.pem'), 'key')
    const sel = await selectPackage(staged.dir, 'python', staged.copy)
    const left = files(staged.dir)
    expect(left).toContain('.python_packages/lib/site-packages/certifi/cacert.pem')
    for (const f of [...SECRET_FILES, 'generated.pem']) expect(left).not.toContain(f)
    expect(sel.leftOut.map(l => l.path)).toEqual(
      expect.arrayContaining(['generated.pem', 'id_rsa', 'certs/server.pem'])
    )
  })

  it('leaves out git-ignored files that are not in the repository, and names them once', async () => {
    const repo = tmp()
    const root = path.join(repo, 'server')
    fs.mkdirSync(root)
    fs.cpSync(makeServer(), root, { recursive: true })
    fs.rmSync(path.join(root, '.git'), { recursive: true })
    fs.mkdirSync(path.join(root, 'models'))
    fs.writeFileSync(path.join(root, 'models/big.bin'), 'weights')
    fs.writeFileSync(path.join(root, 'models/tracked.bin'), 'tracked')
    fs.writeFileSync(path.join(root, 'scratch.py'), 'x')
    fs.writeFileSync(path.join(repo, '.gitignore'), 'models/\nscratch.py\n*.pyc\n')
    const git = (...args: string[]): void => {
      execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], {
        cwd: repo,
        stdio: 'pipe'
      })
    }
    git('init', '-q')
    git('add', '.gitignore', 'server/server.py')
    git('add', '-f', 'server/models/tracked.bin')
    git('commit', '-qm', 'x')
    const { dir, notice } = await packaged(root, 'python')
    const left = files(dir)
    expect(left).toContain('server.py')
    expect(left).toContain('models/tracked.bin') // tracked, though the pattern matches
    expect(left).not.toContain('models/big.bin')
    expect(left).not.toContain('scratch.py')
    expect(notice).toMatch(
      /`models\/big\.bin`, `scratch\.py` \(git-ignored and not in the repository/
    )
    expect(notice!.match(/big\.bin/g)).toHaveLength(1)
  })

  it("starts the build without the repo's node_modules; the installed ones are packaged", async () => {
    const root = makeServer()
    fs.writeFileSync(path.join(root, 'package.json'), '{}')
    const staged = await stageServer(root, 'node', { created: [], changed: [] })
    expect(fs.existsSync(path.join(staged.dir, 'node_modules'))).toBe(false)
    expect(fs.existsSync(path.join(staged.dir, '.git'))).toBe(false)
    // the install writes node_modules (with an .npmrc-looking file of a package); all of it ships
    fs.mkdirSync(path.join(staged.dir, 'node_modules/x'), { recursive: true })
    fs.writeFileSync(path.join(staged.dir, 'node_modules/x/index.js'), '')
    fs.writeFileSync(path.join(staged.dir, 'node_modules/x/key.pem'), '')
    await selectPackage(staged.dir, 'node', staged.copy)
    expect(fs.existsSync(path.join(staged.dir, 'node_modules/x/index.js'))).toBe(true)
    expect(fs.existsSync(path.join(staged.dir, 'node_modules/x/key.pem'))).toBe(true)
  })

  it('keeps a project .npmrc for the build (npm reads it) but never packages it', async () => {
    const root = makeServer()
    fs.writeFileSync(path.join(root, '.npmrc'), 'legacy-peer-deps=true\n')
    const staged = await stageServer(root, 'node', { created: [], changed: [] })
    expect(fs.existsSync(path.join(staged.dir, '.npmrc'))).toBe(true)
    await selectPackage(staged.dir, 'node', staged.copy)
    expect(fs.existsSync(path.join(staged.dir, '.npmrc'))).toBe(false)
  })

  it('writes the plan into the stage only', async () => {
    const root = makeServer()
    const before = hashTree(root)
    const dir = await stage(root, 'python', {
      created: [{ file: 'mcp-handler/function.json', content: '{"bindings": []}\n' }],
      changed: [
        {
          file: 'host.json',
          after: '{"version": "2.0", "fixed": true}\n',
          why: 'enableProxyingHttpRequest is misspelled'
        }
      ]
    })
    expect(fs.readFileSync(path.join(dir, 'mcp-handler', 'function.json'), 'utf8')).toBe(
      '{"bindings": []}\n'
    )
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'host.json'), 'utf8')).fixed).toBe(true)
    expect(hashTree(root)).toBe(before)
  })

  it('refuses a plan path outside the stage', async () => {
    const root = makeServer()
    await expect(
      stage(root, 'python', { created: [{ file: '../evil', content: '' }], changed: [] })
    ).rejects.toThrow(/must stay inside the server folder/)
  })

  it('follows a symlink inside the server and refuses one that leaves it', async () => {
    const root = makeServer()
    fs.symlinkSync('pkg', path.join(root, 'alias'))
    const dir = await stage(root, 'python', { created: [], changed: [] })
    expect(fs.readFileSync(path.join(dir, 'alias', 'm.py'), 'utf8')).toBe('M = 1\n')

    const outside = tmp()
    fs.writeFileSync(path.join(outside, 'id_rsa'), 'secret')
    fs.symlinkSync(path.join(outside, 'id_rsa'), path.join(root, 'key'))
    const err = await stage(root, 'python', { created: [], changed: [] }).catch(e => e)
    expect(err).toBeInstanceOf(UserError)
    expect(err.message).toMatch(/^key is a symbolic link to .*id_rsa, outside the server folder/)
  })

  it('fails clearly for a missing server folder', async () => {
    await expect(
      stage(path.join(tmp(), 'nope'), 'python', { created: [], changed: [] })
    ).rejects.toThrow(/does not exist/)
  })
})
