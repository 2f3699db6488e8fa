/**
 * A loopback stand-in for the GitHub REST routes the sticky pull-request comment uses:
 *
 *   GET   /repos/{o}/{r}/issues/{n}/comments   (per_page ≤ 100, page, Link header)
 *   POST  /repos/{o}/{r}/issues/{n}/comments   (create; 422 past 65536 characters)
 *   PATCH /repos/{o}/{r}/issues/comments/{id}  (update; any comment of the repo, like a collaborator)
 *   GET   /user                                (403 for integration tokens, like GitHub)
 *   POST  /graphql                             (`viewer { login }` only)
 *
 * Tokens name identities (see DEFAULT_TOKENS); an unknown token gets 401. `readOnly` answers
 * POST/PATCH with GitHub's 403 for a fork's token; `failNext` answers the next requests with
 * the given statuses (5xx to exercise retries); `graphql: false` makes /graphql a 404.
 * Listens on 127.0.0.1, port 0.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeUser {
  login: string
  id: number
  type: 'User' | 'Bot'
}

export interface FakeToken {
  user: FakeUser
  /** integration tokens (GITHUB_TOKEN, app installation) cannot read GET /user */
  integration: boolean
}

export interface FakeComment {
  id: number
  node_id: string
  body: string
  user: FakeUser
  created_at: string
  updated_at: string
  html_url: string
  issue_url: string
  author_association: string
  performed_via_github_app: { slug: string; name: string } | null
}

export interface ForcedReply {
  status: number
  /** never answer (the client must give up); `onHang` is called */
  hang?: boolean
  body?: unknown
  headers?: Record<string, string>
}

export interface RecordedRequest {
  method: string
  path: string
  /** the query string, without `?` */
  query: string
  status: number
  body?: unknown
}

export const USERS = {
  actions: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
  app: { login: 'mcp-checker[bot]', id: 9000001, type: 'Bot' },
  alice: { login: 'alice', id: 1001, type: 'User' },
  mallory: { login: 'mallory', id: 1002, type: 'User' },
  otherBot: { login: 'other-ci[bot]', id: 9000002, type: 'Bot' }
} satisfies Record<string, FakeUser>

export const DEFAULT_TOKENS: Record<string, FakeToken> = {
  ghs_actions_token: { user: USERS.actions, integration: true },
  ghs_app_token: { user: USERS.app, integration: true },
  ghp_alice_token: { user: USERS.alice, integration: false }
}

export interface FakeGitHubOptions {
  tokens?: Record<string, FakeToken>
}

const DOCS = 'https://docs.github.com/rest'

export class FakeGitHub {
  url = ''
  readonly requests: RecordedRequest[] = []
  readonly tokens: Record<string, FakeToken>
  /** POST/PATCH answer 403 "Resource not accessible by integration" (a fork's read-only token). */
  readOnly = false
  /** POST /graphql answers at all (false: 404). */
  graphql = true
  /** Answers for the next requests, in order, before any routing: a status or a full reply. */
  failNext: Array<number | ForcedReply> = []
  /** Called when a request is left hanging by a `hang` reply. */
  onHang?: () => void
  private readonly issues = new Map<string, FakeComment[]>()
  private nextId = 5000
  private clock = Date.UTC(2025, 0, 1)
  private readonly server: http.Server
  private readonly recorded = new WeakMap<http.IncomingMessage, RecordedRequest>()

  constructor(opts: FakeGitHubOptions = {}) {
    this.tokens = opts.tokens ?? DEFAULT_TOKENS
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch(err => {
        this.send(res, req, 500, { message: `fake server error: ${String(err)}` })
      })
    })
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(0, '127.0.0.1', () => resolve())
    })
    const { port } = this.server.address() as AddressInfo
    this.url = `http://127.0.0.1:${port}`
    return this
  }

  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>(resolve => this.server.close(() => resolve()))
  }

  /** The comments of one issue / pull request, oldest first (live array). */
  comments(owner: string, repo: string, number: number): FakeComment[] {
    const key = `${owner}/${repo}#${number}`.toLowerCase()
    let list = this.issues.get(key)
    if (!list) {
      list = []
      this.issues.set(key, list)
    }
    return list
  }

  /** Add a comment as if `user` had written it. */
  seed(owner: string, repo: string, number: number, user: FakeUser, body: string): FakeComment {
    return this.add(owner, repo, number, user, body)
  }

  /** The create / update requests, in order. */
  writes(): RecordedRequest[] {
    return this.requests.filter(
      r => (r.method === 'POST' && r.path !== '/graphql') || r.method === 'PATCH'
    )
  }

  private tick(): string {
    this.clock += 1000
    return new Date(this.clock).toISOString()
  }

  private add(
    owner: string,
    repo: string,
    number: number,
    user: FakeUser,
    body: string
  ): FakeComment {
    const id = this.nextId++
    const now = this.tick()
    const c: FakeComment = {
      id,
      node_id: `IC_fake${id}`,
      body,
      user: { ...user },
      created_at: now,
      updated_at: now,
      html_url: `https://github.example/${owner}/${repo}/pull/${number}#issuecomment-${id}`,
      issue_url: `${this.url}/repos/${owner}/${repo}/issues/${number}`,
      author_association: user.type === 'Bot' ? 'NONE' : 'MEMBER',
      performed_via_github_app:
        user.type === 'Bot' ? { slug: user.login.replace(/\[bot\]$/, ''), name: user.login } : null
    }
    this.comments(owner, repo, number).push(c)
    return c
  }

  private send(
    res: http.ServerResponse,
    req: http.IncomingMessage,
    status: number,
    data: unknown,
    headers: Record<string, string> = {}
  ): void {
    const rec = this.recorded.get(req)
    if (rec) rec.status = status
    const text = JSON.stringify(data)
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
      'x-github-request-id': `FAKE:${this.requests.length}`,
      ...headers
    })
    res.end(text)
  }

  private async readBody(req: http.IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    if (!text) return undefined
    try {
      return JSON.parse(text)
    } catch {
      return text
    }
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = req.method ?? 'GET'
    const u = new URL(req.url ?? '/', this.url)
    const body = method === 'GET' ? undefined : await this.readBody(req)
    const rec: RecordedRequest = {
      method,
      path: u.pathname,
      query: u.search.replace(/^\?/, ''),
      status: 0,
      body
    }
    this.requests.push(rec)
    this.recorded.set(req, rec)

    const forced = this.failNext.shift()
    if (typeof forced === 'number')
      return this.send(res, req, forced, { message: `forced ${forced}`, documentation_url: DOCS })
    if (forced?.hang) {
      this.onHang?.()
      return
    }
    if (forced)
      return this.send(
        res,
        req,
        forced.status,
        forced.body ?? { message: `forced ${forced.status}` },
        forced.headers
      )

    const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')
    const token = auth ? this.tokens[auth[1]] : undefined
    if (!token)
      return this.send(res, req, 401, {
        message: 'Bad credentials',
        documentation_url: DOCS,
        status: '401'
      })

    if (u.pathname === '/graphql' && method === 'POST') {
      if (!this.graphql)
        return this.send(res, req, 404, { message: 'Not Found', documentation_url: DOCS })
      const query = String((body as { query?: unknown } | undefined)?.query ?? '')
      if (/\bviewer\s*\{\s*login\s*\}/.test(query))
        return this.send(res, req, 200, { data: { viewer: { login: token.user.login } } })
      return this.send(res, req, 200, { errors: [{ message: 'fake server: unsupported query' }] })
    }

    if (u.pathname === '/user' && method === 'GET') {
      if (token.integration)
        return this.send(res, req, 403, {
          message: 'Resource not accessible by integration',
          documentation_url: DOCS,
          status: '403'
        })
      return this.send(res, req, 200, { ...token.user })
    }

    let m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(u.pathname)
    if (m) {
      const [owner, repo, num] = [decodeURIComponent(m[1]), decodeURIComponent(m[2]), Number(m[3])]
      const list = this.comments(owner, repo, num)
      if (method === 'GET') {
        const perPage = Math.min(
          100,
          Math.max(1, Number(u.searchParams.get('per_page') ?? 30) || 30)
        )
        const page = Math.max(1, Number(u.searchParams.get('page') ?? 1) || 1)
        const lastPage = Math.max(1, Math.ceil(list.length / perPage))
        const slice = list.slice((page - 1) * perPage, page * perPage)
        const link = (p: number, rel: string) => {
          const l = new URL(u.pathname, this.url)
          l.searchParams.set('per_page', String(perPage))
          l.searchParams.set('page', String(p))
          return `<${l.toString()}>; rel="${rel}"`
        }
        const links: string[] = []
        if (page > 1) links.push(link(page - 1, 'prev'))
        if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'))
        if (page > 1) links.push(link(1, 'first'))
        return this.send(res, req, 200, slice, links.length ? { link: links.join(', ') } : {})
      }
      if (method === 'POST') {
        if (this.readOnly) return this.forbidden(res, req)
        const text = (body as { body?: unknown } | undefined)?.body
        if (typeof text !== 'string' || !text)
          return this.invalid(res, req, 'body', 'missing_field')
        if ([...text].length > 65536)
          return this.invalid(
            res,
            req,
            'body',
            'custom',
            'body is too long (maximum is 65536 characters)'
          )
        return this.send(res, req, 201, this.add(owner, repo, num, token.user, text))
      }
    }

    m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(u.pathname)
    if (m && method === 'PATCH') {
      if (this.readOnly) return this.forbidden(res, req)
      const [owner, repo, id] = [decodeURIComponent(m[1]), decodeURIComponent(m[2]), Number(m[3])]
      const prefix = `${owner}/${repo}#`.toLowerCase()
      const found = [...this.issues.entries()]
        .filter(([k]) => k.startsWith(prefix))
        .flatMap(([, l]) => l)
        .find(c => c.id === id)
      if (!found)
        return this.send(res, req, 404, {
          message: 'Not Found',
          documentation_url: DOCS,
          status: '404'
        })
      const text = (body as { body?: unknown } | undefined)?.body
      if (typeof text !== 'string' || !text) return this.invalid(res, req, 'body', 'missing_field')
      if ([...text].length > 65536)
        return this.invalid(
          res,
          req,
          'body',
          'custom',
          'body is too long (maximum is 65536 characters)'
        )
      found.body = text
      found.updated_at = this.tick()
      return this.send(res, req, 200, found)
    }

    return this.send(res, req, 404, {
      message: 'Not Found',
      documentation_url: DOCS,
      status: '404'
    })
  }

  private forbidden(res: http.ServerResponse, req: http.IncomingMessage): void {
    this.send(res, req, 403, {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '403'
    })
  }

  private invalid(
    res: http.ServerResponse,
    req: http.IncomingMessage,
    field: string,
    code: string,
    message?: string
  ): void {
    this.send(res, req, 422, {
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code, field, ...(message ? { message } : {}) }],
      documentation_url: DOCS,
      status: '422'
    })
  }
}

export async function startFakeGitHub(opts: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  return new FakeGitHub(opts).start()
}
