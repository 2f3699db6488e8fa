import { afterAll, describe, expect, it } from '@jest/globals'
import { cleanup, rules, run, tree, pkgJson } from './helpers.js'
import { FIXTURES } from './helpers.js'
import fs from 'node:fs'
import path from 'node:path'

afterAll(cleanup)

const serverJs = fs.readFileSync(path.join(FIXTURES, 'node-sdk1-express/server.js'), 'utf8')
const lockWith = (sdk: string) =>
  JSON.stringify({
    lockfileVersion: 3,
    packages: {
      '': {},
      'node_modules/@modelcontextprotocol/sdk': { version: sdk },
      'node_modules/express': { version: '5.1.0' },
      'node_modules/zod': { version: '3.25.76' }
    }
  })
const deps = (sdk: string) => ({
  '@modelcontextprotocol/sdk': sdk,
  express: '^5.1.0',
  zod: '^3.25.0'
})

describe('the SDK version npm will install', () => {
  // a range "too old" on paper is not an error when the lock installs a good version
  it.each([
    ['1.26.0', 'notice'],
    ['1.9.0', 'error']
  ])(
    'a range "too old" on paper, locked at %s: %s node-deps/sdk-too-old',
    async (locked, severity) => {
      const { findings } = await run(
        tree({
          'package.json': pkgJson(deps('^1.0.0')),
          'package-lock.json': lockWith(locked),
          'index.js': serverJs
        })
      )
      expect(rules(findings)).toEqual([`${severity} node-deps/sdk-too-old`])
      expect(findings[0].message).toContain(`npm installs ${locked} (locked in package-lock.json)`)
    }
  )
})

describe('lock files npm cannot use', () => {
  it('a stale package-lock.json (npm ci refuses) is an error naming the packages', async () => {
    const { findings } = await run('node-stale-lock')
    const stale = findings.filter(f => f.rule === 'node-deps/lock-stale')
    expect(stale).toHaveLength(1)
    expect(stale[0]).toMatchObject({ severity: 'error', file: 'package.json', line: 7 })
    expect(stale[0].message).toContain(
      "the lock file's @modelcontextprotocol/sdk@1.15.1 does not satisfy ^1.20.0"
    )
    expect(stale[0].message).toContain('uuid ^11.0.0 is missing from the lock file')
    expect(stale[0].message).not.toContain('express')
    expect(stale[0].fix).toContain('npm install')
  })

  it("pnpm's catalog: and workspace: specs are an error naming them", async () => {
    const { findings } = await run('node-pnpm-specs')
    const pnpm = findings.filter(f => f.rule === 'node-deps/pnpm-spec')
    expect(pnpm).toHaveLength(1)
    expect(pnpm[0].severity).toBe('error')
    expect(pnpm[0].message).toContain('@modelcontextprotocol/sdk "catalog:"')
    expect(pnpm[0].message).toContain('express "catalog:runtime"')
    expect(pnpm[0].message).toContain('@acme/shared "workspace:*"')
    expect(pnpm[0].message).not.toContain('zod')
  })
})
