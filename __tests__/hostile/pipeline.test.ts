/**
 * Hostile repositories through the action's real entry (in-process, pull-request comment sent to
 * the loopback GitHub API): each case is one thing a stranger's pull request can try. Every case
 * checks that no secret or outside canary reaches stdout, stderr, outputs, summary or comment,
 * that stdout holds no runner command the product did not issue, and that nothing changed on disk.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../../test-support/github-api/server.js'
import { FIXTURES } from '../helpers/fixture.js'
import {
  CANARY,
  EXTRAHEADER,
  HOSTILE,
  MARK,
  TOKEN,
  expectClean,
  makeWorld,
  runAction,
  worldHash,
  type World
} from './harness.js'

let gh: FakeGitHub
const SECRETS = [TOKEN, EXTRAHEADER.split(' ').pop()!, CANARY]

beforeAll(async () => {
  gh = await startFakeGitHub()
  // @actions/github reads the event once, when first imported (by the comment step)
  const event = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mfd-hostile-event-')), 'e.json')
  fs.writeFileSync(
    event,
    JSON.stringify({ pull_request: { number: 11, head: { sha: 'f'.repeat(40) } } })
  )
  Object.assign(process.env, {
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'octo/shop',
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_GRAPHQL_URL: `${gh.url}/graphql`
  })
})
afterAll(async () => {
  await gh.close()
})

const PR = { GITHUB_EVENT_NAME: 'pull_request_target' }
const CHECK = { 'github-token': 'ghs_actions_token', 'fail-on': 'never' }
const MCP2_SERVER = fs.readFileSync(path.join(FIXTURES, 'python-mcp2-good', 'server.py'), 'utf8')

/** Every comment body the action sent to the API (created or updated). */
function sentComments(): string[] {
  return gh.requests
    .filter(r => (r.method === 'POST' || r.method === 'PATCH') && r.path.includes('/comments'))
    .map(r => String((r.body as { body?: unknown } | undefined)?.body ?? ''))
}

function write(w: World, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(w.ws, rel)), { recursive: true })
    fs.writeFileSync(path.join(w.ws, rel), text)
  }
}

async function check(w: World, inputs: Record<string, string> = {}) {
  const before = worldHash(w)
  const sent = sentComments().length
  const r = await runAction(w.ws, { ...CHECK, ...inputs }, PR)
  const comments = sentComments().slice(sent)
  expectClean(r, SECRETS, comments)
  expect(worldHash(w)).toBe(before)
  return { r, comments }
}

describe('check on a hostile pull request (pull_request_target: token in .git/config)', () => {
  it('-r .git/config: a finding, the file is not read, the token is nowhere', async () => {
    const w = makeWorld()
    write(w, { 'requirements.txt': '-r .git/config\nmcp>=2.0,<3\n', 'server.py': MCP2_SERVER })
    const { r, comments } = await check(w)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /::error title=python-deps\/include-git,file=requirements\.txt,line=1::/
    )
    expect(r.stdout).toContain('the include points into .git')
    expect(comments).toHaveLength(1)
    expect(comments[0]).toContain('include-git')
    expect(r.summary).toContain('include-git')
  })

  it('-r link/requirements.txt through a committed symlink to a folder outside: not read', async () => {
    const w = makeWorld()
    write(w, {
      'requirements.txt': '-r link/requirements.txt\n-c link/secret.txt\nmcp>=2.0,<3\n',
      'server.py': MCP2_SERVER
    })
    fs.symlinkSync('../outside', path.join(w.ws, 'link'))
    const { r } = await check(w)
    expect(r.stdout).toContain('the include points outside the server folder (through a symlink)')
    expect(r.stdout.match(/title=python-deps\/include-outside/g)).toHaveLength(2)
  })

  it('runner commands, terminal escapes and markdown in names, values and quoted lines stay text', async () => {
    const w = makeWorld()
    const entry = `srv${HOSTILE.replace(/\n/g, '')}.py`
    write(w, {
      'requirements.txt':
        `-r inc${HOSTILE}\n` +
        `mcp>=2.0,<3 \`\`\` </td><img src=x onerror=alert(1)> [click](https://evil.example) | x | ${HOSTILE}\n`,
      [entry]: MCP2_SERVER,
      'host.json': JSON.stringify({
        version: '2.0',
        extensions: { http: { routePrefix: HOSTILE } },
        customHandler: {
          description: { defaultExecutablePath: `python${HOSTILE}`, arguments: [entry] },
          enableForwardingHttpRequest: HOSTILE
        }
      }),
      [`mcp-handler${HOSTILE.replace(/[\n/]/g, '')}/function.json`]: `{"bindings": "${MARK}"}`
    })
    const { r, comments } = await check(w)
    expect(r.stdout).toContain(MARK) // the hostile text was printed: as text
    expect(comments.join('')).toContain(MARK)
    // the summary's findings table: every row has its four cells, nothing broke out of a cell
    const rows = r.summary.split('\n').filter(l => l.startsWith('| '))
    expect(rows.length).toBeGreaterThan(3)
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(6)
    expect(r.summary).not.toContain('<img')
    expect(r.summary).not.toContain('](https://evil.example')
    expect(r.summary).not.toContain('</td>')
  })

  it('5,000 levels of nesting in host.json: a finding at the file, the run completes (fail-on: never)', async () => {
    const w = makeWorld()
    const deep = '['.repeat(5000) + ']'.repeat(5000)
    write(w, {
      'host.json': `{"version": "2.0", "x": ${deep}}`,
      'local.settings.json': `{"Values": ${deep}}`,
      'requirements.txt': 'mcp>=2.0,<3\n',
      'server.py': MCP2_SERVER
    })
    const { r } = await check(w)
    expect([r.code, r.stderr]).toEqual([0, ''])
    expect(r.stdout).toContain('too deeply nested to be a real configuration file')
    expect(r.stdout).toMatch(
      /title=host-json\/syntax,file=host\.json,line=1,col=\d+::host\.json does not parse/
    )
    expect(r.summary).toMatch(/^## .* MCP server check/m)
  })
})

describe('generate through a directory symlink that leaves the repository', () => {
  it('writes nothing outside; the files inside are created, never overwritten', async () => {
    const w = makeWorld()
    write(w, {
      'requirements.txt': 'mcp>=2.0,<3\n',
      'server.py': MCP2_SERVER,
      'local.settings.json': '{"Values": {"FUNCTIONS_WORKER_RUNTIME": "custom"}}\n'
    })
    fs.mkdirSync(path.join(w.outside, 'handler'))
    fs.symlinkSync('../outside/handler', path.join(w.ws, 'mcp-handler'))
    const outsideBefore = worldHash({ ...w, base: w.outside })
    const localSettings = fs.readFileSync(path.join(w.ws, 'local.settings.json'), 'utf8')
    const r = await runAction(w.ws, { mode: 'generate', layout: 'classic' })
    expectClean(r, SECRETS)
    expect(worldHash({ ...w, base: w.outside })).toBe(outsideBefore)
    expect(fs.readdirSync(path.join(w.outside, 'handler'))).toEqual([])
    expect(fs.existsSync(path.join(w.ws, 'host.json'))).toBe(true)
    expect(fs.readFileSync(path.join(w.ws, 'local.settings.json'), 'utf8')).toBe(localSettings)
    expect(r.stdout).toMatch(/mcp-handler\/function\.json.*(leaves|outside)/)
  })
})

describe('mode auto and the event', () => {
  it.each(['issue_comment', 'workflow_run'])(
    '%s: refused, naming the event and the mode to set; nothing runs',
    async event => {
      const w = makeWorld()
      write(w, { 'requirements.txt': 'mcp>=2.0,<3\n', 'server.py': MCP2_SERVER })
      const before = worldHash(w)
      const r = await runAction(w.ws, { 'app-name': 'shop-mcp' }, { GITHUB_EVENT_NAME: event })
      expect(r.code).toBe(1)
      expect(r.stdout).toMatch(
        new RegExp(`::error::mode auto does not know what to do on the ${event} event.*set mode`)
      )
      expect(r.outputs).toEqual({})
      expect(worldHash(w)).toBe(before)
      expectClean(r, SECRETS)
    }
  )

  it('merge_group and pull_request_review check (no package, no deploy)', async () => {
    const w = makeWorld()
    write(w, { 'requirements.txt': 'mcp>=2.0,<3\n', 'server.py': MCP2_SERVER })
    for (const event of ['merge_group', 'pull_request_review']) {
      const r = await runAction(
        w.ws,
        { 'app-name': 'shop-mcp', comment: 'false' },
        { GITHUB_EVENT_NAME: event }
      )
      expect(r.summary).toMatch(/^## .* MCP server check/m)
      expect(Object.keys(r.outputs)).toEqual(['findings'])
    }
  })
})
