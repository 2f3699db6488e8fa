import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { ProjectFiles } from '../../src/project/files.js'
import { checkNode, isNodeProject, loadNode, nodeLaunch } from '../../src/project/node/index.js'
import {
  CLASSIC,
  cleanup,
  FIXTURES,
  pkgJson,
  rules,
  run,
  SDK1_OK,
  sdk1Server,
  tree
} from './helpers.js'

afterAll(cleanup)

const TSCONFIG = JSON.stringify({ compilerOptions: { outDir: 'build', rootDir: 'src' } })

describe('lazy loading', () => {
  it('importing the node family does not load @babel/parser; loadNode does', async () => {
    const parse = await import('../../src/project/node/parse.js')
    expect(parse.loadedParser()).toBeUndefined()
    await loadNode(new ProjectFiles(path.join(FIXTURES, 'node-split2')), CLASSIC)
    expect(typeof parse.loadedParser()).toBe('function')
  })
})

describe('finding the server file', () => {
  it('without main or start: the file importing the SDK that no other file imports', async () => {
    const dir = tree({
      'package.json': JSON.stringify({
        name: 'x',
        type: 'module',
        scripts: { build: 'tsc' },
        dependencies: SDK1_OK
      }),
      'tsconfig.json': TSCONFIG,
      'src/tools.ts':
        "import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'\nexport function tools(s: McpServer): void { void s }\n",
      'src/app.ts': sdk1Server({ top: "import { tools } from './tools.js'" }),
      'scripts/seed.js': "import '@modelcontextprotocol/sdk/types.js'\nimport '../src/app.js'\n",
      'dist/old.js': "import '@modelcontextprotocol/sdk/server/mcp.js'\n"
    })
    const { facts, findings } = await run(dir)
    expect(facts.entry).toBe('src/app.ts')
    expect(findings).toEqual([])
    expect(nodeLaunch(facts)).toEqual({
      defaultExecutablePath: 'node',
      arguments: ['build/app.js']
    })
  })

  it('a host.json argument that is not in the repo and maps to no source is a notice, then main is used', async () => {
    const dir = tree({ 'package.json': pkgJson(SDK1_OK), 'index.js': sdk1Server() })
    const { facts, findings } = await run(dir, { layout: 'classic', entryHint: 'out/server.js' })
    expect(rules(findings)).toEqual(['notice node-code/entry-unmapped'])
    expect(facts.entry).toBe('index.js')
  })

  it('host.json running TypeScript source, and TypeScript without a build script, are warnings', async () => {
    const dir = tree({
      'package.json': pkgJson(SDK1_OK, { main: 'src/index.ts' }),
      'src/index.ts': sdk1Server()
    })
    const { findings } = await run(dir, { layout: 'classic', entryHint: './src/index.ts' })
    expect(rules(findings)).toEqual([
      'warning node-code/typescript-entry',
      'warning node-deps/no-build-script'
    ])
    expect(findings.find(f => f.rule === 'node-code/typescript-entry')?.fix).toContain(
      'src/index.js'
    )
  })

  it('a binary server file is an error, not a crash', async () => {
    const { findings } = await run(
      tree({ 'package.json': pkgJson(SDK1_OK), 'index.js': 'const a = 1\u0000\u0001' })
    )
    expect(rules(findings)).toEqual(['error node-code/entry-unreadable'])
  })

  it('nothing to go on is a warning', async () => {
    const { facts, findings } = await run(
      tree({ 'package.json': pkgJson(SDK1_OK, { main: undefined }) })
    )
    expect(facts.entry).toBeUndefined()
    expect(rules(findings)).toEqual(['warning node-code/entry-not-found'])
  })

  it('without package.json the code named by host.json is still checked', async () => {
    const { findings } = await run(tree({ 'srv.js': sdk1Server({ listen: 'app.listen(3000)' }) }), {
      layout: 'classic',
      entryHint: 'srv.js'
    })
    expect(rules(findings)).toEqual([
      'error node-code/port',
      'error node-deps/package-json-missing'
    ])
  })
})

describe('nodeLaunch', () => {
  it('keeps the flags of a plain `node` start script', async () => {
    const dir = tree({
      'package.json': pkgJson(SDK1_OK, {
        main: undefined,
        scripts: { start: 'node --env-file=.env server.js' }
      }),
      'server.js': sdk1Server()
    })
    const { facts } = await run(dir)
    expect(facts.entry).toBe('server.js')
    expect(nodeLaunch(facts)).toEqual({
      defaultExecutablePath: 'node',
      arguments: ['--env-file=.env', 'server.js']
    })
  })

  it('falls back to npm start when the start script is not plain node and nothing is built', async () => {
    const dir = tree({
      'package.json': pkgJson(SDK1_OK, { main: undefined, scripts: { start: 'tsx src/index.ts' } }),
      'src/index.ts': sdk1Server()
    })
    const { facts } = await run(dir)
    expect(facts).toMatchObject({ entry: 'src/index.ts', typescript: true, hasBuild: false })
    expect(nodeLaunch(facts)).toEqual({ defaultExecutablePath: 'npm', arguments: ['start'] })
  })

  it('works on facts it did not make (tsc defaults: dist next to src)', () => {
    expect(nodeLaunch({ entry: 'src/main.ts', hasBuild: true, typescript: true })).toEqual({
      defaultExecutablePath: 'node',
      arguments: ['dist/main.js']
    })
    expect(nodeLaunch({ entry: 'app.mjs', hasBuild: false, typescript: false })).toEqual({
      defaultExecutablePath: 'node',
      arguments: ['app.mjs']
    })
  })
})

describe('API edges', () => {
  it('isNodeProject: a package.json, unless it is tooling next to a Python server', () => {
    const is = (t: Record<string, string>): boolean => isNodeProject(new ProjectFiles(tree(t)))
    expect(isNodeProject(new ProjectFiles(path.join(FIXTURES, 'node-split2')))).toBe(true)
    expect(is({ 'requirements.txt': 'mcp' })).toBe(false)
    expect(
      is({ 'package.json': '{"devDependencies":{"prettier":"^3"}}', 'requirements.txt': 'mcp' })
    ).toBe(false)
    expect(is({ 'package.json': '{"devDependencies":{"prettier":"^3"}}' })).toBe(true)
    expect(is({ 'package.json': '{ broken' })).toBe(true)
  })

  it('checkNode re-analyzes facts that loadNode did not return', async () => {
    const files = new ProjectFiles(path.join(FIXTURES, 'node-stateful'))
    await loadNode(files, CLASSIC)
    const findings = checkNode(
      files,
      { entry: 'index.js', hasBuild: false, typescript: false },
      CLASSIC
    )
    expect(rules(findings)).toEqual(['error node-code/stateful-transport'])
  })
})
