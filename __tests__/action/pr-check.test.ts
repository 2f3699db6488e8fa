import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../../test-support/github-api/server.js'
import { fixtureCopy } from '../helpers/fixture.js'
import { runAction } from '../helpers/runner.js'

let gh: FakeGitHub
beforeAll(async () => {
  gh = await startFakeGitHub()
})
afterAll(async () => {
  await gh.close()
})

/** A pull_request event as the runner provides it: payload file + repository + API URL. */
function prEnv(ws: string, sha: string): Record<string, string> {
  const event = path.join(ws, '..', `event-${sha}.json`)
  fs.writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { sha } } }))
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'octo/shop',
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_GRAPHQL_URL: `${gh.url}/graphql`
  }
}

function workspace(fixture: string): string {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'mfd-pr-'))
  fs.renameSync(fixtureCopy(fixture), path.join(ws, 'server'))
  return ws
}

describe('dist/index.js on a pull request (mode auto → check)', () => {
  it('posts one sticky comment with the findings and the diffs, updates it, and turns it to all clear', async () => {
    const ws = workspace('original-recipe')
    const inputs = { path: 'server', 'github-token': 'ghs_actions_token' }
    const first = await runAction(ws, inputs, prEnv(ws, 'a'.repeat(40)))
    expect(first.code).toBe(1) // the recipe's errors fail the check
    let comments = gh.comments('octo', 'shop', 7)
    expect(comments).toHaveLength(1)
    const body = comments[0].body
    expect(body).toContain('mcp-functions-deploy:check path=server')
    expect(body).toContain('host-json/proxy-misspelled')
    expect(body).toContain(
      `https://github.example/octo/shop/blob/${'a'.repeat(40)}/server/host.json#L15`
    )
    expect(body).toContain('+        "enableProxyingHttpRequest": true')
    expect(first.stdout).toContain('comment: created')

    const second = await runAction(ws, inputs, prEnv(ws, 'b'.repeat(40)))
    expect(second.stdout).toMatch(/comment: (updated|unchanged)/)
    expect(gh.comments('octo', 'shop', 7)).toHaveLength(1)

    // the repo is fixed: the same comment says all clear
    fs.rmSync(path.join(ws, 'server'), { recursive: true })
    fs.renameSync(fixtureCopy('artifacts-classic'), path.join(ws, 'server'))
    const fixed = await runAction(ws, inputs, prEnv(ws, 'c'.repeat(40)))
    expect(fixed.code).toBe(0)
    comments = gh.comments('octo', 'shop', 7)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toMatch(/all clear/i)
    expect(comments[0].body).toContain('ccccccc')
  })

  it('comment: false posts nothing; the findings still go to annotations', async () => {
    const ws = workspace('original-recipe')
    const before = gh.requests.length
    const r = await runAction(
      ws,
      { path: 'server', comment: 'false', 'github-token': 'ghs_actions_token' },
      prEnv(ws, 'd'.repeat(40))
    )
    expect(gh.requests.length).toBe(before)
    expect(r.annotations.some(a => a.props.title === 'host-json/proxy-misspelled')).toBe(true)
  })
})
