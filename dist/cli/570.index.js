export const id = 570;
export const ids = [570];
export const modules = {

/***/ 9570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentOnPullRequest: () => (/* binding */ commentOnPullRequest)
});

// UNUSED EXPORTS: ACTIONS_BOT, MAX_COMMENT_CHARS, commentMarker, pullRequestFromContext, renderComment, upsertComment

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(1351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(8282);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/project/types.ts
var types = __webpack_require__(1460);
// EXTERNAL MODULE: ./src/report/findings-table.ts
var findings_table = __webpack_require__(8387);
// EXTERNAL MODULE: ./src/io/escape.ts
var io_escape = __webpack_require__(4177);
;// CONCATENATED MODULE: ./src/report/comment-render.ts
/**
 * The body of the sticky pull-request comment: pure functions, no I/O.
 *
 * Everything that comes from the repository (file names, messages, file contents, diffs) is
 * escaped before it reaches markdown: table cells get HTML and markdown escaping (pipes too),
 * mentions and issue references are defused, and code goes into fences longer than any
 * backtick run it contains. The body always stays under GitHub's comment size limit.
 */



/** GitHub rejects a comment body longer than this (in characters). */
const MAX_COMMENT_CHARS = 65536;
/** What we aim for: a margin for characters GitHub might count differently (CRLF, astral). */
const COMMENT_BUDGET = MAX_COMMENT_CHARS - 1536;
const ACTION = 'mcp-functions-deploy';
/** `./server/` and `server` are the same server: one marker. */
function normalizeMarkerPath(p) {
    const s = p.trim().replace(/\\/g, '/');
    if (s === '')
        return '.';
    return external_node_path_.posix.normalize(s).replace(/(.)\/+$/, '$1');
}
/**
 * The hidden line that names this action and the server folder. It cannot contain `-->`
 * (the path is percent-encoded except for `/`), and it ends with ` -->`, so `path=a` never
 * matches a comment for `path=a/b`.
 */
function commentMarker(path) {
    const p = encodeURIComponent(normalizeMarkerPath(path)).replace(/%2F/gi, '/');
    return `<!-- ${ACTION}:check path=${p} -->`;
}
// The markdown and HTML escapes are the print door's (src/io/escape.ts), under the names this
// renderer has always used.


function encodePath(file) {
    return file
        .split('/')
        .map(seg => encodeURIComponent(seg).replace(/[()']/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
function repoUrl(pr) {
    return `${pr.serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(pr.owner)}/${encodeURIComponent(pr.repo)}`;
}
/** The file at the head commit, at the line. */
function fileLink(pr, file, line) {
    const l = Number.isInteger(line) && line > 0 ? `#L${line}` : '';
    return `${repoUrl(pr)}/blob/${encodeURIComponent(pr.headSha)}/${encodePath(cleanFile(file))}${l}`;
}
function commitLink(pr) {
    const short = pr.headSha.slice(0, 7);
    return `[${(0,io_escape/* mdCode */.xs)(short)}](${repoUrl(pr)}/commit/${encodeURIComponent(pr.headSha)})`;
}
function cleanFile(file) {
    return normalizeMarkerPath(file);
}
function fenceLang(file) {
    const ext = /\.([A-Za-z0-9]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
    const map = {
        json: 'json',
        jsonc: 'jsonc',
        py: 'python',
        js: 'javascript',
        mjs: 'javascript',
        cjs: 'javascript',
        ts: 'typescript',
        toml: 'toml',
        yml: 'yaml',
        yaml: 'yaml',
        md: 'markdown',
        sh: 'bash',
        txt: 'text'
    };
    if (/(^|\/)\.funcignore$/.test(file))
        return 'gitignore';
    return map[ext] ?? '';
}
/** Cut `text` to at most `max` characters at a line break, never inside a surrogate pair. */
function cutAtLine(text, max) {
    if (text.length <= max)
        return { text, droppedLines: 0 };
    let cut = text.lastIndexOf('\n', max);
    if (cut <= 0)
        cut = max;
    if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1)))
        cut--;
    const kept = text.slice(0, cut);
    const droppedLines = text
        .slice(cut)
        .split('\n')
        .filter(l => l.length > 0).length;
    return { text: kept, droppedLines };
}
/**
 * One `<details>` section, filled within `budget` characters. Entries that do not fit are cut
 * (at a line, with a note) or left out (counted in the returned `omitted`).
 */
function detailsSection(summary, blocks, budget) {
    const open = `<details>\n<summary>${summary}</summary>\n\n`;
    const close = `\n</details>`;
    let room = budget - open.length - close.length;
    if (blocks.length === 0 || room < 200)
        return { text: '', omitted: blocks.length };
    const parts = [];
    let omitted = 0;
    for (const b of blocks) {
        const head = `${b.title}\n\n`;
        const full = `${head}${(0,io_escape/* mdBlock */.nx)(b.content, b.lang)}\n\n`;
        if (full.length <= room) {
            parts.push(full);
            room -= full.length;
            continue;
        }
        const note = (n) => `_… ${(0,findings_table/* plural */.LS)(n, 'more line')} not shown (comment size limit)._\n\n`;
        // fence overhead + the note; leave a little slack
        const overhead = head.length + (0,io_escape/* mdBlock */.nx)('', b.lang).length + note(999999).length + 8;
        if (room - overhead >= 200) {
            const cut = cutAtLine(b.content, room - overhead);
            const piece = `${head}${(0,io_escape/* mdBlock */.nx)(cut.text, b.lang)}\n\n${note(cut.droppedLines)}`;
            parts.push(piece);
            room -= piece.length;
        }
        else {
            omitted++;
        }
    }
    if (parts.length === 0)
        return { text: '', omitted: blocks.length };
    return { text: `${open}${parts.join('').replace(/\n+$/, '\n')}${close}`, omitted };
}
/** The comment body: pure, deterministic, at most COMMENT_BUDGET characters. */
function renderComment(opts) {
    const { pr, path } = opts;
    const findings = (0,types/* sortFindings */.Tc)(opts.findings ?? []);
    const created = opts.plan?.created ?? [];
    const changed = opts.plan?.changed ?? [];
    const marker = commentMarker(path);
    const where = (0,io_escape/* mdCode */.xs)(normalizeMarkerPath(path));
    if (findings.length === 0 && created.length === 0 && changed.length === 0) {
        return [
            marker,
            `### ✅ ${ACTION} check: ${where}`,
            '',
            `All clear: no findings at commit ${commitLink(pr)}. Earlier findings on this pull request are resolved.`
        ].join('\n');
    }
    const head = [
        marker,
        `### ${findings.some(f => f.severity === 'error') ? '❌' : '⚠️'} ${ACTION} check: ${where}`,
        '',
        `${findings.length > 0 ? (0,findings_table/* findingsCountLine */.mK)(findings) : '**No findings**'} at commit ${commitLink(pr)}.`
    ].join('\n');
    const advice = [
        created.length > 0 ? `Run ${(0,io_escape/* mdCode */.xs)(`${ACTION} generate`)} to write the missing files.` : '',
        changed.length > 0 ? 'The diffs above show what to change in existing files.' : ''
    ]
        .filter(Boolean)
        .join(' ');
    const footer = `<sub>This comment is updated in place on every push to this pull request.${advice ? ` ${advice}` : ''}</sub>`;
    // Reserve room for the notes that truncation may add.
    const reserve = 600;
    let room = COMMENT_BUDGET - head.length - footer.length - reserve;
    const sections = [head];
    if (findings.length > 0) {
        const missing = new Set(created.map(c => cleanFile(c.file)));
        // A file that is missing (generate would create it) has no page at the head commit.
        const link = (file, line) => {
            const f = cleanFile(file);
            return missing.has(f) || f === '.' ? undefined : fileLink(pr, f, line);
        };
        // The table may take the whole room, but keep some for the suggested files when it can.
        const tableRoom = Math.max(room - Math.min(4000, Math.floor(room / 4)), 1000);
        const table = (0,findings_table/* findingsTable */.f9)(findings.map(f => ({ ...f, file: cleanFile(f.file) })), { link, maxChars: tableRoom });
        sections.push(table.text);
        room -= table.text.length + 2;
        const shown = table.shown;
        if (shown < findings.length) {
            const note = `> [!NOTE]\n> Shortened to stay under GitHub's comment size limit: ${shown} of ${findings.length} findings are shown ` +
                `(${(0,findings_table/* plural */.LS)(findings.length - shown, 'more')} not shown). Every finding is in the job summary and the check's log.`;
            sections.push(note);
            room -= note.length + 2;
        }
    }
    let omittedFiles = 0;
    let omittedDiffs = 0;
    if (created.length > 0) {
        const s = detailsSection(`${(0,findings_table/* plural */.LS)(created.length, 'new file')} that <code>generate</code> would write`, created.map(c => ({
            title: `New file ${(0,io_escape/* mdCode */.xs)(cleanFile(c.file))}`,
            lang: fenceLang(c.file),
            content: c.content
        })), room);
        omittedFiles = s.omitted;
        if (s.text) {
            sections.push(s.text);
            room -= s.text.length + 2;
        }
    }
    if (changed.length > 0) {
        const s = detailsSection(`Changes to ${(0,findings_table/* plural */.LS)(changed.length, 'existing file')} (unified diff)`, changed.map(c => ({
            title: `Change to ${(0,io_escape/* mdCode */.xs)(cleanFile(c.file))}`,
            lang: 'diff',
            content: c.diff
        })), room);
        omittedDiffs = s.omitted;
        if (s.text)
            sections.push(s.text);
    }
    if (omittedFiles + omittedDiffs > 0) {
        const what = [
            omittedFiles > 0 ? (0,findings_table/* plural */.LS)(omittedFiles, 'suggested file') : '',
            omittedDiffs > 0 ? (0,findings_table/* plural */.LS)(omittedDiffs, 'diff') : ''
        ]
            .filter(Boolean)
            .join(' and ');
        sections.push(`> [!NOTE]\n> ${what} not shown here (comment size limit): run ${(0,io_escape/* mdCode */.xs)(`${ACTION} generate`)} to see them.`);
    }
    sections.push(footer);
    let body = sections.join('\n\n');
    // Belt and braces: never exceed the limit, whatever the estimates above said.
    if (body.length > COMMENT_BUDGET) {
        const note = `\n\n_… shortened to stay under GitHub's comment size limit._`;
        body = cutAtLine(body, COMMENT_BUDGET - note.length - 64).text + note;
    }
    return body;
}

;// CONCATENATED MODULE: ./src/report/comment.ts
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






/** From @actions/github's context (GITHUB_EVENT_PATH payload): undefined when the event is not a pull request. */
function pullRequestFromContext() {
    const pr = github/* context */._.payload?.pull_request;
    if (!pr || typeof pr.number !== 'number' || typeof pr.head?.sha !== 'string' || !pr.head.sha)
        return undefined;
    let repo;
    try {
        repo = github/* context */._.repo;
    }
    catch {
        return undefined;
    }
    return {
        owner: repo.owner,
        repo: repo.repo,
        number: pr.number,
        headSha: pr.head.sha,
        apiUrl: github/* context */._.apiUrl,
        serverUrl: github/* context */._.serverUrl
    };
}
/** The login of the default GITHUB_TOKEN's comments. */
const ACTIONS_BOT = 'github-actions[bot]';
/** Every request of one upsert together, retries included. */
const COMMENT_DEADLINE_MS = 120_000;
function makeClient(opts) {
    const { ui } = opts;
    const extra = opts.octokitOptions ?? {};
    const asObject = (v) => v && typeof v === 'object' ? v : {};
    const options = {
        baseUrl: opts.pr.apiUrl.replace(/\/+$/, ''),
        log: {
            debug: (m) => ui.debug(m),
            info: (m) => ui.debug(m),
            warn: (m) => ui.debug(m),
            error: (m) => ui.debug(m)
        },
        ...extra,
        throttle: {
            // Wait for a rate limit once, when it is short; a comment is never worth a long stall.
            onRateLimit: (after, o, _k, count) => {
                ui.debug(`GitHub rate limit on ${o.method} ${o.url}; ${count < 1 && after <= 60 ? `retry in ${after}s` : 'giving up'}`);
                return count < 1 && after <= 60;
            },
            onSecondaryRateLimit: (after, o, _k, count) => {
                ui.debug(`GitHub secondary rate limit on ${o.method} ${o.url}; ${count < 1 && after <= 60 ? `retry in ${after}s` : 'giving up'}`);
                return count < 1 && after <= 60;
            },
            ...asObject(extra.throttle)
        },
        retry: { retries: 2, ...asObject(extra.retry) },
        // Keep @actions/github's proxy-aware fetch; bound the whole exchange so a hung API cannot stall the job.
        request: {
            ...asObject(utils/* defaults */.NT.request),
            signal: AbortSignal.timeout(COMMENT_DEADLINE_MS),
            ...asObject(extra.request)
        }
    };
    return (0,github/* getOctokit */.Q)(opts.token, options, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
function statusOf(err) {
    const s = err?.status;
    return typeof s === 'number' ? s : undefined;
}
function messageOf(err) {
    // Duck-typed: errors from fetch may come from another realm (DOMException), so no instanceof.
    const e = err;
    const names = [e?.name, e?.cause?.name];
    let m = typeof e?.message === 'string' ? e.message : String(err);
    if (names.includes('AbortError') || names.includes('TimeoutError'))
        m = `gave up waiting for GitHub (${m})`;
    else if (typeof e?.cause?.message === 'string' && e.cause.message && !m.includes(e.cause.message))
        m = `${m}: ${e.cause.message}`;
    const line = m.replace(/\s+/g, ' ').trim();
    return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}
/** Who the token is (see the module comment). */
async function whoAmI(client, ui) {
    try {
        const r = await client.graphql('query { viewer { login } }');
        if (r?.viewer?.login)
            return r.viewer.login;
    }
    catch (err) {
        ui.debug(`GraphQL viewer lookup failed: ${messageOf(err)}`);
    }
    try {
        const { data } = await client.rest.users.getAuthenticated();
        if (data?.login)
            return data.login;
    }
    catch (err) {
        ui.debug(`GET /user failed: ${messageOf(err)}`);
    }
    ui.debug(`Could not tell whose token this is; assuming ${ACTIONS_BOT} (the default GITHUB_TOKEN)`);
    return ACTIONS_BOT;
}
/** REST gives bots as `name[bot]` (type Bot); tolerate a viewer login given without the suffix. */
function isAuthoredBy(c, login) {
    const author = c.user?.login;
    if (!author)
        return false;
    const a = author.toLowerCase();
    const me = login.toLowerCase();
    return a === me || (c.user?.type === 'Bot' && a === `${me}[bot]`);
}
async function findOwnComment(client, pr, marker, me) {
    const pages = client.paginate.iterator(client.rest.issues.listComments, {
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        per_page: 100
    });
    for await (const page of pages) {
        for (const c of page.data) {
            if (typeof c.body === 'string' && c.body.includes(marker) && isAuthoredBy(c, me))
                return c;
        }
    }
    return undefined;
}
function forbiddenNotice(pr) {
    return (`No comment was posted on pull request #${pr.number}: the token may not write comments here (403). ` +
        `A pull request from a fork gets a read-only GITHUB_TOKEN; the findings are in the annotations and the job summary. ` +
        `To comment on forks' pull requests, run the check on pull_request_target with care (never build or run the fork's code with that token), ` +
        `or accept annotations only. On a pull request from this repository, give the job "permissions: pull-requests: write".`);
}
/** Create, update or leave the one comment; never throws, and never decides the check's result. */
async function upsertComment(opts) {
    const { ui, pr } = opts;
    if (opts.token)
        ui.setSecret(opts.token);
    if (!opts.token) {
        ui.warning('No pull-request comment: the github-token input is empty.');
        return 'failed';
    }
    try {
        const client = makeClient(opts);
        const marker = commentMarker(opts.path);
        const body = renderComment(opts);
        const me = await whoAmI(client, ui);
        ui.debug(`Pull-request comment: looking for ${marker} by ${me} on #${pr.number}`);
        const existing = await findOwnComment(client, pr, marker, me);
        const clean = opts.findings.length === 0 && opts.plan.created.length === 0 && opts.plan.changed.length === 0;
        if (!existing) {
            if (clean) {
                ui.info(`No findings and no earlier comment on pull request #${pr.number}: nothing to post.`);
                return 'unchanged';
            }
            const { data } = await client.rest.issues.createComment({
                owner: pr.owner,
                repo: pr.repo,
                issue_number: pr.number,
                body
            });
            ui.info(`Pull-request comment created: ${data.html_url ?? `#${pr.number}`}`);
            return 'created';
        }
        if ((existing.body ?? '').replace(/\r\n/g, '\n') === body) {
            ui.info(`Pull-request comment is up to date: ${existing.html_url ?? `#${pr.number}`}`);
            return 'unchanged';
        }
        const { data } = await client.rest.issues.updateComment({
            owner: pr.owner,
            repo: pr.repo,
            comment_id: existing.id,
            body
        });
        ui.info(`Pull-request comment updated${clean ? ' (all clear)' : ''}: ${data.html_url ?? `#${pr.number}`}`);
        return 'updated';
    }
    catch (err) {
        const status = statusOf(err);
        if (status === 403 && !/rate limit/i.test(messageOf(err))) {
            ui.notice(forbiddenNotice(pr));
            return 'forbidden';
        }
        ui.warning(`Could not post the pull-request comment (${status ?? 'no response'}: ${messageOf(err)}); the check's result does not depend on it.`);
        return 'failed';
    }
}
/**
 * check's pull-request comment: on a pull request with a github-token, the findings and the
 * plan (made only here: a second scan) in the one sticky comment.
 */
async function commentOnPullRequest(settings, ui, findings, makePlan, prefix) {
    const pr = pullRequestFromContext();
    if (!pr)
        return;
    if (!settings.githubToken) {
        ui.notice('no github-token: the findings are in the annotations and the job summary, not in a pull-request comment');
        return;
    }
    const rel = (f) => (prefix ? `${prefix}/${f}` : f);
    const plan = await makePlan();
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
        });
        ui.info(`comment: ${outcome}`);
    });
}


/***/ })

};
