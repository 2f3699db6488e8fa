import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  upsertComment,
  renderComment,
  commentMarker,
  MAX_COMMENT_CHARS,
  type CommentOptions
} from '../../src/report/comment.js'
import { startFakeGitHub, USERS, type FakeGitHub } from '../../test-support/github-api/server.js'
import { EMPTY_PLAN, RecordingUi, SHA, finding, prRef } from './helpers.js'

const ACTIONS = 'ghs_actions_token'
const APP = 'ghs_app_token'
const ALICE = 'ghp_alice_token'
/** No throttling queues, retries without waiting. */
const FAST = { throttle: { enabled: false }, retry: { retryAfterBaseValue: 0 } }

let gh: FakeGitHub
beforeEach(async () => {
  gh = await startFakeGitHub()
})
afterEach(async () => {
  await gh.close()
})

function run(over: Partial<CommentOptions> = {}): { ui: RecordingUi; go: () => Promise<string> } {
  const ui = (over.ui as RecordingUi | undefined) ?? new RecordingUi()
  const opts: CommentOptions = {
    token: ACTIONS,
    pr: prRef(gh.url),
    path: 'server',
    findings: [finding()],
    plan: EMPTY_PLAN,
    octokitOptions: FAST,
    ...over,
    ui
  }
  return { ui, go: () => upsertComment(opts) }
}

const thread = () => gh.comments('octo', 'shop', 7)

describe('upsertComment against a loopback GitHub', () => {
  it('two runs leave one comment: the second updates it in place', async () => {
    const first = run()
    expect(await first.go()).toBe('created')
    expect(thread()).toHaveLength(1)
    const id = thread()[0].id
    expect(thread()[0].user.login).toBe('github-actions[bot]')
    expect(thread()[0].body).toContain(commentMarker('server'))
    expect(first.ui.infos.join('\n')).toMatch(/created/)
    expect(first.ui.secrets).toContain(ACTIONS)

    const second = run({
      findings: [finding(), finding({ rule: 'host/no-port', severity: 'warning', line: 9 })]
    })
    expect(await second.go()).toBe('updated')
    expect(thread()).toHaveLength(1)
    expect(thread()[0].id).toBe(id)
    expect(thread()[0].body).toContain('host/no-port')
    expect(gh.writes().map(w => w.method)).toEqual(['POST', 'PATCH'])

    // Same findings again: nothing to write.
    expect(
      await run({
        findings: [finding(), finding({ rule: 'host/no-port', severity: 'warning', line: 9 })]
      }).go()
    ).toBe('unchanged')
    expect(gh.writes()).toHaveLength(2)
    expect(thread()).toHaveLength(1)
  })

  it('a fixed repository turns the comment into "all clear" with the checked commit, not deleted', async () => {
    expect(await run().go()).toBe('created')
    const fixedSha = 'fedcba9876543210fedcba9876543210fedcba98'
    const { ui, go } = run({ findings: [], pr: prRef(gh.url, fixedSha) })
    expect(await go()).toBe('updated')
    expect(thread()).toHaveLength(1)
    const body = thread()[0].body
    expect(body).toMatch(/All clear/)
    expect(body).toContain('fedcba9')
    expect(body).toContain(`/commit/${fixedSha}`)
    expect(body).not.toContain('host/missing-route-prefix')
    expect(body).toContain(commentMarker('server'))
    expect(ui.infos.join('\n')).toMatch(/all clear/)
  })

  it('posts nothing when there are no findings and no earlier comment', async () => {
    expect(await run({ findings: [] }).go()).toBe('unchanged')
    expect(thread()).toHaveLength(0)
    expect(gh.writes()).toHaveLength(0)
  })

  it("a fork's read-only token (403) degrades to a notice, no throw, no comment", async () => {
    gh.readOnly = true
    const { ui, go } = run()
    await expect(go()).resolves.toBe('forbidden')
    expect(thread()).toHaveLength(0)
    expect(ui.notices).toHaveLength(1)
    expect(ui.notices[0]).toMatch(/fork/)
    expect(ui.notices[0]).toMatch(/read-only/)
    expect(ui.notices[0]).toMatch(/pull_request_target/)
    expect(ui.notices[0]).toMatch(/annotations/)
    expect(ui.warnings).toHaveLength(0)
    expect(gh.requests.some(r => r.method === 'POST' && r.status === 403)).toBe(true)
  })

  it('a 403 on updating an existing comment is also "forbidden"', async () => {
    expect(await run().go()).toBe('created')
    gh.readOnly = true
    const before = thread()[0].body
    const { ui, go } = run({ findings: [finding({ line: 42 })] })
    expect(await go()).toBe('forbidden')
    expect(ui.notices).toHaveLength(1)
    expect(thread()[0].body).toBe(before)
  })

  it('a second path gets its own comment, and each run updates only its own', async () => {
    expect(await run({ path: 'servers/a' }).go()).toBe('created')
    expect(await run({ path: 'servers/b' }).go()).toBe('created')
    expect(thread()).toHaveLength(2)
    const [a, b] = thread()
    const bBody = b.body
    expect(a.body).toContain(commentMarker('servers/a'))
    expect(b.body).toContain(commentMarker('servers/b'))

    // The same folder spelled differently is the same comment.
    expect(await run({ path: './servers/a/', findings: [finding({ line: 77 })] }).go()).toBe(
      'updated'
    )
    expect(thread()).toHaveLength(2)
    expect(a.body).toContain('server/host.json:77')
    expect(b.body).toBe(bBody)
  })

  it('finds its comment on page 3 of the thread', async () => {
    for (let i = 0; i < 230; i++)
      gh.seed('octo', 'shop', 7, i % 2 ? USERS.alice : USERS.otherBot, `chatter ${i}`)
    const ours = gh.seed('octo', 'shop', 7, USERS.actions, `${commentMarker('server')}\nold body`)
    gh.seed('octo', 'shop', 7, USERS.alice, 'later chatter')
    const { go } = run()
    expect(await go()).toBe('updated')
    expect(thread()).toHaveLength(232)
    expect(ours.body).toContain('host/missing-route-prefix')
    const lists = gh.requests.filter(
      r => r.method === 'GET' && r.path.endsWith('/issues/7/comments')
    )
    expect(lists.map(r => new URLSearchParams(r.query).get('page') ?? '1')).toEqual(['1', '2', '3'])
    expect(lists.every(r => new URLSearchParams(r.query).get('per_page') === '100')).toBe(true)
  })

  it("never edits other users' comments that carry the marker or a look-alike", async () => {
    const marker = commentMarker('server')
    const others = [
      gh.seed('octo', 'shop', 7, USERS.alice, `${marker}\nquoting the bot`),
      gh.seed('octo', 'shop', 7, USERS.otherBot, `${marker}\nanother bot`),
      gh.seed(
        'octo',
        'shop',
        7,
        USERS.mallory,
        `<!-- mcp-functions-deploy:check path=server/sub -->`
      ),
      gh.seed('octo', 'shop', 7, USERS.mallory, `<!-- mcp-functions-deploy:check path=server-->`)
    ]
    const snapshot = others.map(c => ({ body: c.body, updated: c.updated_at }))
    expect(await run().go()).toBe('created')
    expect(await run({ findings: [finding({ line: 5 })] }).go()).toBe('updated')
    expect(thread()).toHaveLength(5)
    expect(others.map(c => ({ body: c.body, updated: c.updated_at }))).toEqual(snapshot)
    const mine = thread().filter(c => c.user.login === 'github-actions[bot]')
    expect(mine).toHaveLength(1)
    expect(mine[0].body).toContain('server/host.json:5')
  })

  it("an app token's identity comes from GraphQL viewer: the actions bot's comment is not its own", async () => {
    const botComment = gh.seed('octo', 'shop', 7, USERS.actions, `${commentMarker('server')}\nold`)
    expect(await run({ token: APP }).go()).toBe('created')
    expect(botComment.body).toMatch(/old$/)
    const mine = thread().filter(c => c.user.login === 'mcp-checker[bot]')
    expect(mine).toHaveLength(1)
    expect(await run({ token: APP, findings: [finding({ line: 8 })] }).go()).toBe('updated')
    expect(mine[0].body).toContain(':8')
    expect(thread()).toHaveLength(2)
  })

  it('falls back to GET /user for a personal token when GraphQL does not answer', async () => {
    gh.graphql = false
    const bots = gh.seed('octo', 'shop', 7, USERS.actions, `${commentMarker('server')}\nold`)
    const hers = gh.seed('octo', 'shop', 7, USERS.alice, `${commentMarker('server')}\nold`)
    expect(await run({ token: ALICE }).go()).toBe('updated')
    expect(hers.body).toContain('host/missing-route-prefix')
    expect(bots.body).toMatch(/old$/)
    expect(gh.requests.some(r => r.path === '/user' && r.status === 200)).toBe(true)
  })

  it('with neither GraphQL nor GET /user, assumes the default github-actions[bot]', async () => {
    gh.graphql = false
    const bots = gh.seed('octo', 'shop', 7, USERS.actions, `${commentMarker('server')}\nold`)
    const { ui, go } = run()
    expect(await go()).toBe('updated')
    expect(bots.body).toContain('host/missing-route-prefix')
    expect(ui.debugs.join('\n')).toMatch(/assuming github-actions\[bot\]/)
  })

  it('a huge findings list stays under the size limit, with a truncation note, and GitHub accepts it', async () => {
    const findings = Array.from({ length: 4000 }, (_, i) =>
      finding({ line: i + 1, message: `problem number ${i} | with <html> & @someone `.repeat(4) })
    )
    const plan = {
      created: [{ file: 'server/host.json', content: '{\n  "version": "2.0"\n}\n' }],
      changed: [
        {
          file: 'server/requirements.txt',
          diff: Array.from({ length: 5000 }, (_, i) => `+pkg${i}==1.0`).join('\n')
        }
      ]
    }
    const { ui, go } = run({ findings, plan })
    expect(await go()).toBe('created')
    const body = thread()[0].body
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    expect(body).toMatch(/comment size limit/)
    expect(body).toMatch(/of 4000 findings are shown/)
    expect(ui.warnings).toHaveLength(0)
  })

  it('retries a transient server error (no waiting) and still posts', async () => {
    // GraphQL answers, then listing the comments fails once with a 502
    gh.failNext = [
      { status: 200, body: { data: { viewer: { login: 'github-actions[bot]' } } } },
      502
    ]
    expect(await run().go()).toBe('created')
    expect(gh.requests.slice(1, 3).map(r => [r.method, r.path, r.status])).toEqual([
      ['GET', '/repos/octo/shop/issues/7/comments', 502],
      ['GET', '/repos/octo/shop/issues/7/comments', 200]
    ])
    expect(thread()).toHaveLength(1)
  })

  it('other API errors become a warning and "failed", never a throw', async () => {
    const bad = run({ token: 'ghp_unknown' })
    await expect(bad.go()).resolves.toBe('failed')
    expect(bad.ui.warnings).toHaveLength(1)
    expect(bad.ui.warnings[0]).toMatch(/401/)
    expect(bad.ui.warnings[0]).not.toContain('ghp_unknown')
    expect(bad.ui.notices).toHaveLength(0)

    const down = run({
      octokitOptions: { throttle: { enabled: false }, retry: { enabled: false } }
    })
    gh.failNext = [
      { status: 200, body: { data: { viewer: { login: 'github-actions[bot]' } } } },
      500
    ]
    expect(await down.go()).toBe('failed')
    expect(down.ui.warnings[0]).toMatch(/500/)
  })

  it('gives up on a request that never answers (bounded by the abort signal), with a warning', async () => {
    const controller = new AbortController()
    gh.onHang = () => controller.abort()
    gh.failNext = [
      { status: 200, body: { data: { viewer: { login: 'github-actions[bot]' } } } },
      { status: 0, hang: true }
    ]
    const { ui, go } = run({ octokitOptions: { ...FAST, request: { signal: controller.signal } } })
    expect(await go()).toBe('failed')
    expect(ui.warnings).toHaveLength(1)
    expect(ui.warnings[0]).toMatch(/gave up waiting for GitHub/)
    expect(thread()).toHaveLength(0)
  })

  it('a rate-limit 403 is a failure to comment, not a read-only token', async () => {
    gh.failNext = [
      { status: 200, body: { data: { viewer: { login: 'github-actions[bot]' } } } },
      {
        status: 403,
        body: { message: 'API rate limit exceeded for installation ID 1.' },
        headers: {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600)
        }
      }
    ]
    const { ui, go } = run()
    expect(await go()).toBe('failed')
    expect(ui.notices).toHaveLength(0)
    expect(ui.warnings[0]).toMatch(/rate limit/)
  })

  it('an empty token is a warning, not a request', async () => {
    const { ui, go } = run({ token: '' })
    expect(await go()).toBe('failed')
    expect(ui.warnings[0]).toMatch(/github-token/)
    expect(gh.requests).toHaveLength(0)
  })

  it('works with the production octokit options (retry + throttling enabled)', async () => {
    // An own comment that is already current: reads only, so the throttler's write spacing never waits.
    const body = renderComment({
      pr: prRef(gh.url),
      path: 'server',
      findings: [finding()],
      plan: EMPTY_PLAN
    })
    expect(body).toContain(`/blob/${SHA}/server/host.json#L3`)
    const mine = gh.seed('octo', 'shop', 7, USERS.actions, body)
    const { go } = run({ octokitOptions: undefined })
    expect(await go()).toBe('unchanged')
    expect(gh.writes()).toHaveLength(0)
    expect(mine.body).toBe(body)
    expect(gh.requests.map(r => r.path)).toEqual(['/graphql', '/repos/octo/shop/issues/7/comments'])
  })
})
