/**
 * The pull-request check's one sticky comment: created once, updated in place, turned to
 * "all clear" when the findings are gone. A fork's read-only token (403) is not a failure, and
 * no API error ever changes the check's result: the findings also go to annotations and the
 * job summary.
 *
 * Whose comment is ours: the marker alone is not enough (anyone can paste it), so only comments
 * written by the token's own identity are candidates. That identity comes from GraphQL
 * `viewer { login }`, which answers for every kind of token: a GITHUB_TOKEN
 * (`github-actions[bot]`), a GitHub App installation token (`<slug>[bot]`) and a personal
 * token (the user). When GraphQL is not reachable, REST `GET /user` (personal tokens only);
 * when neither answers, `github-actions[bot]` (the default token's bot).
 */
import { context, getOctokit } from '@actions/github'
import { defaults as githubDefaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { Settings } from '../inputs.js'
import type { ArtifactPlan } from '../project/generate.js'
import type { Finding } from '../project/types.js'
import type { Ui } from './ui.js'
import { commentMarker, renderComment } from './comment-render.js'

export { renderComment, commentMarker, MAX_COMMENT_CHARS } from './comment-render.js'

export interface PullRequestRef {
  owner: string
  repo: string
  number: number
  headSha: string
  apiUrl: string
  serverUrl: string
}

/** From @actions/github's context (GITHUB_EVENT_PATH payload): undefined when the event is not a pull request. */
export function pullRequestFromContext(): PullRequestRef | undefined {
  const pr = context.payload?.pull_request as
    { number?: unknown; head?: { sha?: unknown } } | undefined
  if (!pr || typeof pr.number !== 'number' || typeof pr.head?.sha !== 'string' || !pr.head.sha)
    return undefined
  let repo: { owner: string; repo: string }
  try {
    repo = context.repo
  } catch {
    return undefined
  }
  return {
    owner: repo.owner,
    repo: repo.repo,
    number: pr.number,
    headSha: pr.head.sha,
    apiUrl: context.apiUrl,
    serverUrl: context.serverUrl
  }
}

export interface CommentPlan {
  created: Array<{ file: string; content: string }>
  changed: Array<{ file: string; diff: string }>
}

export interface CommentOptions {
  token: string
  pr: PullRequestRef
  /** the `path` input as given, relative to the workspace: part of the hidden marker */
  path: string
  findings: Finding[] // file is relative to the workspace (repo root)
  plan: CommentPlan // what `generate` would write / change
  ui: Ui
  /** for tests: octokit request options (retry/throttle timings), e.g. no waiting */
  octokitOptions?: Record<string, unknown>
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'forbidden' | 'failed'

/** The login of the default GITHUB_TOKEN's comments. */
export const ACTIONS_BOT = 'github-actions[bot]'

interface IssueComment {
  id: number
  body?: string | null
  html_url?: string
  user?: { login: string; type?: string } | null
}

type Client = ReturnType<typeof getOctokit>

/** Every request of one upsert together, retries included. */
const COMMENT_DEADLINE_MS = 120_000

function makeClient(opts: CommentOptions): Client {
  const { ui } = opts
  const extra = opts.octokitOptions ?? {}
  const asObject = (v: unknown): Record<string, unknown> =>
    v && typeof v === 'object' ? (v as Record<string, unknown>) : {}
  const options: Record<string, unknown> = {
    baseUrl: opts.pr.apiUrl.replace(/\/+$/, ''),
    log: {
      debug: (m: string) => ui.debug(m),
      info: (m: string) => ui.debug(m),
      warn: (m: string) => ui.debug(m),
      error: (m: string) => ui.debug(m)
    },
    ...extra,
    throttle: {
      // Wait for a rate limit once, when it is short; a comment is never worth a long stall.
      onRateLimit: (
        after: number,
        o: { method: string; url: string },
        _k: unknown,
        count: number
      ) => {
        ui.debug(
          `GitHub rate limit on ${o.method} ${o.url}; ${count < 1 && after <= 60 ? `retry in ${after}s` : 'giving up'}`
        )
        return count < 1 && after <= 60
      },
      onSecondaryRateLimit: (
        after: number,
        o: { method: string; url: string },
        _k: unknown,
        count: number
      ) => {
        ui.debug(
          `GitHub secondary rate limit on ${o.method} ${o.url}; ${count < 1 && after <= 60 ? `retry in ${after}s` : 'giving up'}`
        )
        return count < 1 && after <= 60
      },
      ...asObject(extra.throttle)
    },
    retry: { retries: 2, ...asObject(extra.retry) },
    // Keep @actions/github's proxy-aware fetch; bound the whole exchange so a hung API cannot stall the job.
    request: {
      ...asObject(githubDefaults.request),
      signal: AbortSignal.timeout(COMMENT_DEADLINE_MS),
      ...asObject(extra.request)
    }
  }
  return getOctokit(opts.token, options, retry, throttling)
}

function statusOf(err: unknown): number | undefined {
  const s = (err as { status?: unknown } | null)?.status
  return typeof s === 'number' ? s : undefined
}

function messageOf(err: unknown): string {
  // Duck-typed: errors from fetch may come from another realm (DOMException), so no instanceof.
  const e = err as {
    message?: unknown
    name?: unknown
    cause?: { message?: unknown; name?: unknown }
  } | null
  const names = [e?.name, e?.cause?.name]
  let m = typeof e?.message === 'string' ? e.message : String(err)
  if (names.includes('AbortError') || names.includes('TimeoutError'))
    m = `gave up waiting for GitHub (${m})`
  else if (typeof e?.cause?.message === 'string' && e.cause.message && !m.includes(e.cause.message))
    m = `${m}: ${e.cause.message}`
  const line = m.replace(/\s+/g, ' ').trim()
  return line.length > 300 ? `${line.slice(0, 297)}...` : line
}

/** Who the token is (see the module comment). */
async function whoAmI(client: Client, ui: Ui): Promise<string> {
  try {
    const r = await client.graphql<{ viewer?: { login?: string } }>('query { viewer { login } }')
    if (r?.viewer?.login) return r.viewer.login
  } catch (err) {
    ui.debug(`GraphQL viewer lookup failed: ${messageOf(err)}`)
  }
  try {
    const { data } = await client.rest.users.getAuthenticated()
    if (data?.login) return data.login
  } catch (err) {
    ui.debug(`GET /user failed: ${messageOf(err)}`)
  }
  ui.debug(`Could not tell whose token this is; assuming ${ACTIONS_BOT} (the default GITHUB_TOKEN)`)
  return ACTIONS_BOT
}

/** REST gives bots as `name[bot]` (type Bot); tolerate a viewer login given without the suffix. */
function isAuthoredBy(c: IssueComment, login: string): boolean {
  const author = c.user?.login
  if (!author) return false
  const a = author.toLowerCase()
  const me = login.toLowerCase()
  return a === me || (c.user?.type === 'Bot' && a === `${me}[bot]`)
}

async function findOwnComment(
  client: Client,
  pr: PullRequestRef,
  marker: string,
  me: string
): Promise<IssueComment | undefined> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100
  })
  for await (const page of pages) {
    for (const c of page.data as IssueComment[]) {
      if (typeof c.body === 'string' && c.body.includes(marker) && isAuthoredBy(c, me)) return c
    }
  }
  return undefined
}

function forbiddenNotice(pr: PullRequestRef): string {
  return (
    `No comment was posted on pull request #${pr.number}: the token may not write comments here (403). ` +
    `A pull request from a fork gets a read-only GITHUB_TOKEN; the findings are in the annotations and the job summary. ` +
    `To comment on forks' pull requests, run the check on pull_request_target with care (never build or run the fork's code with that token), ` +
    `or accept annotations only. On a pull request from this repository, give the job "permissions: pull-requests: write".`
  )
}

/** Create, update or leave the one comment; never throws, and never decides the check's result. */
export async function upsertComment(opts: CommentOptions): Promise<CommentOutcome> {
  const { ui, pr } = opts
  if (opts.token) ui.setSecret(opts.token)
  if (!opts.token) {
    ui.warning('No pull-request comment: the github-token input is empty.')
    return 'failed'
  }
  try {
    const client = makeClient(opts)
    const marker = commentMarker(opts.path)
    const body = renderComment(opts)
    const me = await whoAmI(client, ui)
    ui.debug(`Pull-request comment: looking for ${marker} by ${me} on #${pr.number}`)
    const existing = await findOwnComment(client, pr, marker, me)
    const clean =
      opts.findings.length === 0 && opts.plan.created.length === 0 && opts.plan.changed.length === 0

    if (!existing) {
      if (clean) {
        ui.info(
          `No findings and no earlier comment on pull request #${pr.number}: nothing to post.`
        )
        return 'unchanged'
      }
      const { data } = await client.rest.issues.createComment({
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        body
      })
      ui.info(`Pull-request comment created: ${data.html_url ?? `#${pr.number}`}`)
      return 'created'
    }
    if ((existing.body ?? '').replace(/\r\n/g, '\n') === body) {
      ui.info(`Pull-request comment is up to date: ${existing.html_url ?? `#${pr.number}`}`)
      return 'unchanged'
    }
    const { data } = await client.rest.issues.updateComment({
      owner: pr.owner,
      repo: pr.repo,
      comment_id: existing.id,
      body
    })
    ui.info(
      `Pull-request comment updated${clean ? ' (all clear)' : ''}: ${data.html_url ?? `#${pr.number}`}`
    )
    return 'updated'
  } catch (err) {
    const status = statusOf(err)
    if (status === 403 && !/rate limit/i.test(messageOf(err))) {
      ui.notice(forbiddenNotice(pr))
      return 'forbidden'
    }
    ui.warning(
      `Could not post the pull-request comment (${status ?? 'no response'}: ${messageOf(err)}); the check's result does not depend on it.`
    )
    return 'failed'
  }
}

/**
 * check's pull-request comment: on a pull request with a github-token, the findings and the
 * plan (made only here: a second scan) in the one sticky comment.
 */
export async function commentOnPullRequest(
  settings: Settings,
  ui: Ui,
  findings: Finding[],
  makePlan: () => Promise<ArtifactPlan>,
  prefix: string
): Promise<void> {
  const pr = pullRequestFromContext()
  if (!pr) return
  if (!settings.githubToken) {
    ui.notice(
      'no github-token: the findings are in the annotations and the job summary, not in a pull-request comment'
    )
    return
  }
  const rel = (f: string) => (prefix ? `${prefix}/${f}` : f)
  const plan = await makePlan()
  await ui.group('Pull-request comment', async () => {
    const outcome = await upsertComment({
      token: settings.githubToken,
      pr,
      path: settings.path,
      findings,
      plan: {
        created: plan.created.map(c => ({ file: rel(c.file), content: c.content })),
        changed: plan.changed.map(c => ({ file: rel(c.file), diff: c.diff }))
      },
      ui
    })
    ui.info(`comment: ${outcome}`)
  })
}
