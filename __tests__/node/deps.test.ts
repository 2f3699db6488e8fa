import { afterAll, describe, expect, it } from '@jest/globals'
import { cleanup, pkgJson, rules, run, SDK1_OK, sdk1Server, tree } from './helpers.js'

afterAll(cleanup)

const server = sdk1Server()

describe('package.json', () => {
  it('missing package.json is an error', async () => {
    const { findings } = await run(tree({ 'index.js': server }))
    expect(rules(findings)).toContain('error node-deps/package-json-missing')
  })

  it('comments and trailing commas are syntax errors for npm (strict JSON), with the position', async () => {
    const comment = await run(
      tree({ 'package.json': '{\n  // deps\n  "name": "x"\n}\n', 'index.js': server })
    )
    expect(comment.findings).toEqual([
      expect.objectContaining({ rule: 'node-deps/package-json-syntax', line: 2, column: 3 })
    ])
    const comma = await run(
      tree({ 'package.json': '{\n  "name": "x",\n  "dependencies": {},\n}\n', 'index.js': server })
    )
    expect(comma.findings).toEqual([
      expect.objectContaining({ rule: 'node-deps/package-json-syntax', line: 4 })
    ])
  })

  it('a package.json that is not an object, or a directory, is an error', async () => {
    expect(rules((await run(tree({ 'package.json': '[1, 2]' }))).findings)).toEqual([
      'error node-deps/package-json-syntax'
    ])
    expect(rules((await run(tree({ 'package.json/x': 'y' }))).findings)).toEqual([
      'error node-deps/package-json-unreadable'
    ])
  })

  it('no MCP SDK at all is an error', async () => {
    const { findings } = await run(
      tree({ 'package.json': pkgJson({ express: '^5.1.0' }), 'index.js': server })
    )
    expect(rules(findings)).toContain('error node-deps/sdk-missing')
  })
})

describe('SDK ranges', () => {
  const withRange = async (spec: string, code = server): Promise<string[]> =>
    rules(
      (
        await run(
          tree({
            'package.json': pkgJson({ ...SDK1_OK, '@modelcontextprotocol/sdk': spec }),
            'index.js': code
          })
        )
      ).findings
    )

  it('a 1.x range whose install lacks streamable HTTP (1.10.0) is an error; a floor below it that npm does not install, a notice', async () => {
    // without a lockfile npm installs the newest the range allows
    expect(await withRange('^1.5.0')).toEqual(['notice node-deps/sdk-too-old'])
    expect(await withRange('~1.9.0')).toEqual(['error node-deps/sdk-too-old'])
    expect(await withRange('1.8.0')).toEqual(['error node-deps/sdk-too-old'])
    expect(await withRange('^1.10.0')).toEqual([])
  })

  it('an unbounded range, or one spanning 2.x, is a warning', async () => {
    expect(await withRange('>=1.26.0')).toEqual(['warning node-deps/sdk-range-unbounded'])
    expect(await withRange('>=1.26.0 <3')).toEqual(['warning node-deps/sdk-range-unbounded'])
    expect(await withRange('*')).toEqual([
      'notice node-deps/sdk-too-old',
      'warning node-deps/sdk-range-unbounded'
    ])
    expect(await withRange('latest')).toEqual([
      'notice node-deps/sdk-too-old',
      'warning node-deps/sdk-range-unbounded'
    ])
    expect(await withRange('npm:@modelcontextprotocol/sdk@^1.26.0')).toEqual([])
  })

  it('a spec that is not a range (git, file, tag) is a notice', async () => {
    expect(await withRange('github:modelcontextprotocol/typescript-sdk')).toEqual([
      'notice node-deps/sdk-range-unchecked'
    ])
  })

  it('a 1.x subpath newer than the range floor is an error (createMcpExpressApp came with 1.24.2)', async () => {
    const code = `import { createMcpExpressApp } from '@modelcontextprotocol/sdk/server/express.js'\n${server.replace("import express from 'express'\n", '').replace('const app = express()', 'const app = createMcpExpressApp()')}`
    expect(await withRange('~1.20.0', code)).toEqual(['error node-deps/sdk-range-api'])
    expect(await withRange('^1.20.0', code)).toEqual(['notice node-deps/sdk-range-api'])
    expect(await withRange('^1.24.2', code)).toEqual([])
  })

  it('2.x: pre-releases are a warning, an unbounded range too', async () => {
    const code = `import { createServer } from 'node:http'
import { createMcpHandler, McpServer } from '@modelcontextprotocol/server'
import { toNodeHandler } from '@modelcontextprotocol/node'
const handler = createMcpHandler(() => new McpServer({ name: 'a', version: '1' }))
createServer(toNodeHandler(handler)).listen(process.env.FUNCTIONS_CUSTOMHANDLER_PORT)
`
    const at = async (spec: string): Promise<string[]> =>
      rules(
        (
          await run(
            tree({
              'package.json': pkgJson({
                '@modelcontextprotocol/server': spec,
                '@modelcontextprotocol/node': '^2.1.0'
              }),
              'index.js': code
            })
          )
        ).findings
      )
    expect(await at('^2.0.0')).toEqual([])
    expect(await at('^2.0.0-alpha.2')).toEqual(['warning node-deps/sdk-prerelease'])
    expect(await at('>=2.0.0')).toEqual(['warning node-deps/sdk-range-unbounded'])
  })

  it('the SDK only in devDependencies is a warning, unless the build bundles', async () => {
    const pj = (scripts: Record<string, string>): string =>
      JSON.stringify({
        name: 'x',
        type: 'module',
        main: 'index.js',
        scripts,
        dependencies: { express: '^5.1.0' },
        devDependencies: { '@modelcontextprotocol/sdk': '^1.26.0' }
      })
    expect(
      rules((await run(tree({ 'package.json': pj({}), 'index.js': server }))).findings)
    ).toEqual(['warning node-deps/sdk-dev-dependency'])
    expect(
      rules(
        (
          await run(
            tree({
              'package.json': pj({ build: 'esbuild index.js --bundle --outfile=dist/index.js' }),
              'index.js': server
            })
          )
        ).findings
      )
    ).toEqual([])
  })

  it('both SDK lines declared is a notice naming the one the code uses', async () => {
    const { findings } = await run(
      tree({
        'package.json': pkgJson({ ...SDK1_OK, '@modelcontextprotocol/server': '^2.4.0' }),
        'index.js': server
      })
    )
    expect(rules(findings)).toEqual(['notice node-deps/two-sdk-lines'])
    expect(findings[0].fix).toContain('remove @modelcontextprotocol/server')
  })
})

describe('imports against package.json', () => {
  it('a package the code imports but package.json lacks: a warning (npm may hoist it), an error when the lockfile lacks it too', async () => {
    const pj = pkgJson({ '@modelcontextprotocol/sdk': '^1.26.0' })
    const { findings } = await run(tree({ 'package.json': pj, 'index.js': server }))
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'node-deps/undeclared-import',
        severity: 'warning',
        file: 'index.js',
        line: 1
      })
    ])
    expect(findings[0].fix).toBe('npm install express (adds it to "dependencies")')
    const lock = (names: string[]): string =>
      JSON.stringify({
        lockfileVersion: 3,
        packages: Object.fromEntries([
          ['', {}],
          ...names.map(n => [
            `node_modules/${n}`,
            { version: n.includes('/sdk') ? '1.26.0' : '1.0.0' }
          ])
        ])
      })
    const hoisted = await run(
      tree({
        'package.json': pj,
        'package-lock.json': lock(['@modelcontextprotocol/sdk', 'express']),
        'index.js': server
      })
    )
    expect(rules(hoisted.findings)).toEqual(['warning node-deps/undeclared-import'])
    const absent = await run(
      tree({
        'package.json': pj,
        'package-lock.json': lock(['@modelcontextprotocol/sdk', 'zod']),
        'index.js': server
      })
    )
    expect(rules(absent.findings)).toEqual(['error node-deps/undeclared-import'])
  })

  it('2.x: an adapter package alone counts as the 2.x line (it peer-depends on @modelcontextprotocol/server)', async () => {
    const code = `import { createServer } from 'node:http'
import { createMcpHandler, McpServer } from '@modelcontextprotocol/server'
import { toNodeHandler } from '@modelcontextprotocol/node'
createServer(toNodeHandler(createMcpHandler(() => new McpServer({ name: 'a', version: '1' })))).listen(process.env.FUNCTIONS_CUSTOMHANDLER_PORT)
`
    const { facts, findings } = await run(
      tree({
        'package.json': pkgJson({ '@modelcontextprotocol/node': '^2.1.0' }),
        'index.js': code
      })
    )
    expect(facts.sdk).toMatchObject({ package: '@modelcontextprotocol/node', line2: 'split2' })
    expect(rules(findings)).toEqual(['warning node-deps/undeclared-import'])
  })

  it('the 2.x code with only the 1.x package declared fails on the undeclared 2.x packages', async () => {
    const code = `import { createServer } from 'node:http'
import { NodeStreamableHTTPServerTransport } from '@modelcontextprotocol/node'
import { McpServer } from '@modelcontextprotocol/server'
createServer(async (req, res) => {
  const server = new McpServer({ name: 'a', version: '1' })
  const t = new NodeStreamableHTTPServerTransport({ sessionIdGenerator: undefined })
  await server.connect(t)
  await t.handleRequest(req, res)
}).listen(process.env.FUNCTIONS_CUSTOMHANDLER_PORT)
`
    const { findings } = await run(
      tree({
        'package.json': pkgJson({ '@modelcontextprotocol/sdk': '^1.26.0' }),
        'index.js': code
      })
    )
    expect(rules(findings)).toEqual([
      'error node-deps/undeclared-import',
      'error node-deps/undeclared-import'
    ])
  })

  it('a runtime import of a devDependency is a warning; builtins and type-only imports are fine', async () => {
    const code = `import type { Request } from 'express-serve-static-core'\nimport fs from 'fs'\nimport chalk from 'chalk'\n${sdk1Server()}`
    const pj = JSON.stringify({
      name: 'x',
      type: 'module',
      main: 'index.ts',
      scripts: { build: 'tsc' },
      dependencies: SDK1_OK,
      devDependencies: { chalk: '^5.0.0' }
    })
    const { findings } = await run(tree({ 'package.json': pj, 'index.ts': code }))
    expect(rules(findings)).toEqual(['warning node-deps/dev-dependency-import'])
    expect(findings[0].line).toBe(3)
  })
})
