import { describe, it, expect } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { stage } from '../../src/package/index.js'
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

describe('stage', () => {
  it('copies the server honouring .funcignore and the default exclusions, and never touches the repo', async () => {
    const root = makeServer()
    const before = hashTree(root)
    const dir = await stage(root, 'python', { created: [], changed: [] })
    try {
      expect(files(dir)).toEqual([
        '.funcignore',
        'data/keep.csv',
        'host.json',
        'pkg/m.py',
        'pkg/venv/keep.py',
        'requirements.txt',
        'server.py'
      ])
      expect(fs.statSync(path.join(dir, 'server.py')).mode & 0o777).toBe(0o755)
      expect(hashTree(root)).toBe(before)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('keeps node_modules out for Python only', async () => {
    const root = makeServer()
    fs.writeFileSync(path.join(root, 'package.json'), '{}')
    const dir = await stage(root, 'node', { created: [], changed: [] })
    expect(fs.existsSync(path.join(dir, 'node_modules', 'x', 'index.js'))).toBe(true)
    expect(fs.existsSync(path.join(dir, '.git'))).toBe(false)
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
