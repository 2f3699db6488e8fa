export const id = 721;
export const ids = [721,676];
export const modules = {

/***/ 7721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifySignIn: () => (/* binding */ verifySignIn)
/* harmony export */ });
/* unused harmony exports PRM_PATH, parseChallenge */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _smoke_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7676);
/**
 * Verifies an endpoint guarded by Entra sign-in (`endpoint-auth: entra`): the door and, when the
 * deploying identity can get a token for the server's scope, the room.
 *
 * 1. A request without a token gets 401 with `WWW-Authenticate: Bearer … resource_metadata="…"`.
 * 2. That metadata document (and the root form `/.well-known/oauth-protected-resource`) names the
 *    tenant's authorization server and the scope (RFC 9728).
 * 3. With a token: the MCP smoke test runs with it as a bearer. Without one: says so.
 */


const PRM_PATH = '/.well-known/oauth-protected-resource';
const REQUEST_TIMEOUT_MS = 30000;
/** The app restarts after an auth-settings write: these answers are waited out. */
const RETRY_STATUS = new Set([404, 408, 425, 429, 500, 502, 503, 504]);
/** Parses `Bearer a="b", c=d` into its parameters (quoted strings unescaped). */
function parseChallenge(header) {
    const scheme = /^\s*([A-Za-z0-9!#$%&'*+.^_`|~-]+)/.exec(header)?.[1] ?? '';
    const params = {};
    const re = /([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
    for (const m of header.slice(scheme.length).matchAll(re)) {
        const name = m[1].toLowerCase();
        if (!(name in params))
            params[name] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
    }
    return { scheme, params };
}
const norm = (s) => s.toLowerCase().replace(/\/+$/, '');
const realSleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
async function tokenlessPost(url) {
    return fetch(url, {
        method: 'POST',
        headers: {
            'content-type': 'application/json',
            accept: 'application/json, text/event-stream'
        },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping' }),
        redirect: 'manual',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)
    });
}
/** Fetches a metadata document and checks it names the issuer and the scope. */
async function checkMetadata(url, s) {
    let res;
    try {
        res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`sign-in check: the resource metadata ${url} did not answer (${String(err)})`);
    }
    if (res.status !== 200)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`sign-in check: the resource metadata ${url} answered HTTP ${res.status}`, 'the app setting WEBSITE_AUTH_PRM_DEFAULT_WITH_SCOPES makes the platform publish it; it may take a restart to apply');
    let doc;
    try {
        doc = (await res.json());
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`sign-in check: the resource metadata ${url} is not JSON`);
    }
    const servers = Array.isArray(doc.authorization_servers)
        ? doc.authorization_servers.map(String)
        : [];
    if (!servers.some(a => norm(a) === norm(s.issuer)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`sign-in check: the resource metadata ${url} names the authorization servers [${servers.join(', ')}], not the tenant's ${s.issuer}`);
    const scopes = Array.isArray(doc.scopes_supported) ? doc.scopes_supported.map(String) : [];
    if (!scopes.some(x => norm(x) === norm(s.scope)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`sign-in check: the resource metadata ${url} lists the scopes [${scopes.join(', ')}], not ${s.scope}`, 'WEBSITE_AUTH_PRM_DEFAULT_WITH_SCOPES holds the scope clients ask for');
}
async function verifySignIn(opts) {
    const { endpoint, signIn, ui } = opts;
    const attempts = Math.max(1, opts.attempts ?? 6);
    const sleep = opts.sleep ?? realSleep;
    const origin = new URL(endpoint).origin;
    // 1. The door: no token, 401 with a Bearer challenge naming the metadata.
    let res;
    for (let n = 1;; n++) {
        let reason;
        try {
            res = await tokenlessPost(endpoint);
            if (!RETRY_STATUS.has(res.status))
                break;
            reason = `HTTP ${res.status}`;
        }
        catch (err) {
            reason = err instanceof Error ? err.message : String(err);
        }
        const d = opts.deadline;
        const wait = d ? d.backoff(n, 500, 2500) : (0,_smoke_js__WEBPACK_IMPORTED_MODULE_1__/* .backoffMs */ .jo)(n);
        if (d ? wait >= d.remaining() : n >= attempts)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`sign-in check: ${endpoint} did not answer a request without a token after ${n} attempts (${reason})`);
        if (n === 1 || n % 5 === 0)
            ui.info(`sign-in check: ${reason}; the app may be restarting, waiting`);
        await (d ? d.clock.sleep(wait) : sleep(wait));
    }
    await res.body?.cancel().catch(() => undefined);
    if (res.status !== 401) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`sign-in check: a request without a token was answered HTTP ${res.status}, not 401`, res.status < 300
            ? 'the endpoint is open: App Service authentication is not in force (authsettingsV2 platform.enabled, requireAuthentication)'
            : 'unauthenticated requests must get 401 (unauthenticatedClientAction: Return401) so that MCP clients find the sign-in');
    }
    const challenge = res.headers.get('www-authenticate') ?? '';
    const { scheme, params } = parseChallenge(challenge);
    if (scheme.toLowerCase() !== 'bearer')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`sign-in check: the 401 carries no Bearer challenge (WWW-Authenticate: ${JSON.stringify(challenge.slice(0, 200))})`, 'the Entra provider must not disable WWW-Authenticate (login.disableWWWAuthenticate: false)');
    const metadataUrl = params.resource_metadata;
    if (!metadataUrl)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('sign-in check: the 401 names no resource_metadata, so MCP clients cannot find where to sign in', 'the app setting WEBSITE_AUTH_PRM_DEFAULT_WITH_SCOPES makes the platform publish it');
    let meta;
    try {
        meta = new URL(metadataUrl);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`sign-in check: resource_metadata ${JSON.stringify(metadataUrl)} is not a URL`);
    }
    if (meta.origin !== origin || !meta.pathname.startsWith(PRM_PATH))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`sign-in check: resource_metadata ${metadataUrl} is not this app's ${PRM_PATH}`);
    ui.info(`without a token: refused (HTTP 401, ${scheme} challenge, resource_metadata ${metadataUrl})`);
    // 2. The metadata, as advertised and at the root.
    await checkMetadata(meta.toString(), signIn);
    const root = `${origin}${PRM_PATH}`;
    if (norm(root) !== norm(meta.toString()))
        await checkMetadata(root, signIn);
    ui.info(`resource metadata: authorization server ${signIn.issuer}, scope ${signIn.scope}`);
    // 3. The room.
    const got = await signIn.getToken().catch((err) => ({
        reason: err instanceof Error ? err.message.split('\n')[0] : String(err)
    }));
    if (!('token' in got)) {
        const room = `checked the door but not the room: no token for ${signIn.identifierUri}/.default as the deploying identity (${got.reason.slice(0, 200)})`;
        ui.info(room);
        return { challenge, metadataUrl, room, tools: [] };
    }
    ui.setSecret(got.token);
    const smoke = await (0,_smoke_js__WEBPACK_IMPORTED_MODULE_1__.smokeTest)({
        ...opts.smoke,
        endpoint,
        bearer: got.token,
        authLevel: 'anonymous',
        ui
    });
    return { challenge, metadataUrl, room: true, tools: smoke.tools, smoke };
}


/***/ }),

/***/ 7676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   smokeTest: () => (/* binding */ smokeTest)
/* harmony export */ });
/* unused harmony exports OVERLAPPING_LISTS, OVERLAPPING_CALLS, toolForRound */
/* harmony import */ var _modelcontextprotocol_sdk_client_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63);
/* harmony import */ var _modelcontextprotocol_sdk_client_streamableHttp_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1502);
/* harmony import */ var _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(330);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _io_deadline_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9066);
/* harmony import */ var _report_timeline_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1935);
/* harmony import */ var _io_escape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4177);
/**
 * The MCP smoke test, shared by the local and the Azure targets: initialize and tools/list with
 * the key (the official SDK client over Streamable HTTP), a concurrency round (overlapping
 * tools/list and tools/call: a server reused across requests fails it), then a bare request
 * without the key must be refused. Cold starts get bounded retries with backoff.
 */







const CLIENT_INFO = { name: 'mcp-functions-deploy-smoke-test', version: '1.0.0' };
const REQUEST_TIMEOUT_MS = 30000;
const MAX_TOOL_PAGES = 50;
/** HTTP answers worth waiting out: the app is starting, scaling, or its triggers are not synced yet. */
const RETRY_STATUS = new Set([404, 408, 425, 429, 500, 502, 503, 504]);
/** A handler that crashes answers 500/502 while the host runs: waited out this long, not more. */
const CRASH_WINDOW_MS = 60000;
/** Progress lines while waiting for a cold start, at most this often. */
const PROGRESS_EVERY_MS = 5000;
/** While waiting for a cold start, initialize is tried at least this often (the slack after it ends). */
const RETRY_CAP_MS = 2500;
const realSleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/** Backoff before attempt n+1 (n from 1): 1 s, 2 s, 4 s, 8 s, then 15 s. */
function backoffMs(n) {
    return Math.min(15000, 1000 * 2 ** (n - 1));
}
function short(text, max = 300) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > max ? flat.slice(0, max) + '…' : flat;
}
function initializeBody() {
    return JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: CLIENT_INFO }
    });
}
/** A plain POST of an initialize request: what the server answers, for messages and the key check. */
async function rawPost(url, headers) {
    try {
        const res = await fetch(url, {
            method: 'POST',
            headers: {
                'content-type': 'application/json',
                accept: 'application/json, text/event-stream',
                ...headers
            },
            body: initializeBody(),
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)
        });
        let body = '';
        try {
            body = await res.text();
        }
        catch {
            /* the status is what matters */
        }
        return { status: res.status, body };
    }
    catch (err) {
        return { body: '', error: causeOf(err) };
    }
}
function causeOf(err) {
    const e = err;
    const cause = e?.cause?.code ?? e?.cause?.message;
    return cause ? `${e.message ?? String(err)} (${cause})` : (e?.message ?? String(err));
}
function describeAnswer(a) {
    if (a.status === undefined)
        return `no HTTP answer: ${a.error ?? 'unknown error'}`;
    return `HTTP ${a.status}${a.body ? `: ${short(a.body)}` : ''}`;
}
function statusOf(err) {
    if (err instanceof _modelcontextprotocol_sdk_client_streamableHttp_js__WEBPACK_IMPORTED_MODULE_1__/* .StreamableHTTPError */ .b && typeof err.code === 'number' && err.code > 0)
        return err.code;
    return undefined;
}
function retryable(err) {
    const status = statusOf(err);
    if (status !== undefined)
        return RETRY_STATUS.has(status);
    if (err instanceof _modelcontextprotocol_sdk_client_streamableHttp_js__WEBPACK_IMPORTED_MODULE_1__/* .StreamableHTTPError */ .b)
        return false;
    // No HTTP answer at all (connection refused or reset, timeout): the app may still be starting.
    return true;
}
/** The target's diagnosis of an app that does not answer; never throws. */
async function explain(opts, waitedOut) {
    if (!opts.diagnose)
        return [];
    try {
        return (await opts.diagnose()).map(l => (0,_io_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .forLog */ .Ig)(l).replace(/\n/g, ' '));
    }
    catch {
        return waitedOut ? ['the host status could not be read'] : [];
    }
}
function withoutKey(endpoint) {
    const u = new URL(endpoint);
    u.searchParams.delete('code');
    return u.toString();
}
/** How many requests the concurrency round overlaps. */
const OVERLAPPING_LISTS = 8;
const OVERLAPPING_CALLS = 4;
/**
 * A tool the round may call with no arguments: none required and not marked destructive, a
 * read-only one first. undefined when there is none.
 */
function toolForRound(tools) {
    const free = tools.filter(t => !(Array.isArray(t.inputSchema?.required) && t.inputSchema.required.length > 0) &&
        t.annotations?.destructiveHint !== true);
    return free.find(t => t.annotations?.readOnlyHint === true) ?? free[0];
}
/**
 * Overlapping requests, as real clients send them: a server (or transport) created once and
 * reused across requests fails them ("Already connected to a transport", HTTP 500) in whatever
 * shape the code analysis could not see. A tool's own error result is not a failure here; only
 * requests that get no MCP answer are.
 */
async function concurrencyRound(client, tools, ui) {
    const tool = toolForRound(tools);
    const opts = { timeout: REQUEST_TIMEOUT_MS };
    const lists = Array.from({ length: OVERLAPPING_LISTS }, () => client.listTools(undefined, opts));
    const calls = tool
        ? Array.from({ length: OVERLAPPING_CALLS }, () => client.callTool({ name: tool.name, arguments: {} }, undefined, opts))
        : [];
    const settled = await Promise.allSettled([...lists, ...calls]);
    // An MCP error answer (invalid arguments, a tool's own failure) is an answer; no answer is not.
    const unanswered = (err) => !(err instanceof _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_2__/* .McpError */ .Nh) || err.code === _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ErrorCode */ .O4.RequestTimeout;
    const failed = settled
        .map((r, i) => ({ r, what: i < lists.length ? 'tools/list' : `tools/call ${tool?.name}` }))
        .filter(x => x.r.status === 'rejected' && unanswered(x.r.reason));
    const what = `${lists.length} overlapping tools/list${tool ? ` and ${calls.length} tools/call ${tool.name}` : ''}`;
    if (failed.length === 0) {
        ui.info(`MCP concurrency round: ${what}, all answered`);
        return;
    }
    const first = failed[0].r.reason;
    const text = causeOf(first);
    const status = statusOf(first);
    const reuse = /already connected|cannot be reused/i.test(text) || status === 500;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`smoke test failed at the concurrency round: ${failed.length} of ${settled.length} overlapping requests (${what}) failed; first: ${failed[0].what}: ${short(text, 300)}${status ? ` (HTTP ${status})` : ''}` +
        (reuse
            ? '. Overlapping requests fail like this when one MCP server or transport is created once and reused across requests ("Already connected to a transport"): create the server and the transport inside the request handler, per request'
            : ''));
}
async function smokeTest(opts) {
    const { endpoint, key, ui } = opts;
    const attempts = Math.max(1, opts.attempts ?? 6);
    const sleep = opts.sleep ?? realSleep;
    if (key)
        ui.setSecret(key);
    if (opts.bearer)
        ui.setSecret(opts.bearer);
    let url;
    try {
        url = new URL(endpoint);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`smoke test: the endpoint "${endpoint}" is not a URL`);
    }
    const headers = opts.bearer
        ? { authorization: `Bearer ${opts.bearer}` }
        : key
            ? { 'x-functions-key': key }
            : {};
    // 1. initialize (retried: cold starts; with a deadline, until the app starts or it ends)
    const deadline = opts.deadline;
    const t0 = deadline?.now() ?? 0;
    let lastSaid = -Infinity;
    let crashingSince;
    let client;
    let transport;
    // A wait for the app to answer at all shows on the run's timeline as its cold start.
    const waitStarted = performance.now();
    const markColdStart = (n) => {
        if (n > 1)
            (0,_report_timeline_js__WEBPACK_IMPORTED_MODULE_5__/* .activeTimeline */ .Og)()?.add('cold start', performance.now() - waitStarted);
    };
    for (let n = 1;; n++) {
        const c = new _modelcontextprotocol_sdk_client_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Client */ .K(CLIENT_INFO);
        const t = new _modelcontextprotocol_sdk_client_streamableHttp_js__WEBPACK_IMPORTED_MODULE_1__/* .StreamableHTTPClientTransport */ .j(url, { requestInit: { headers } });
        const timeout = deadline ? deadline.requestTimeout(REQUEST_TIMEOUT_MS) : REQUEST_TIMEOUT_MS;
        try {
            await c.connect(t, { timeout });
            client = c;
            transport = t;
            markColdStart(n);
            break;
        }
        catch (err) {
            await c.close().catch(() => { });
            const code = statusOf(err);
            const reason = code !== undefined ? `HTTP ${code}` : short(causeOf(err), 160);
            let again = retryable(err);
            let wait = backoffMs(n);
            if (deadline) {
                const now = deadline.now();
                if (code === 500 || code === 502)
                    crashingSince ??= now;
                else
                    crashingSince = undefined;
                if (crashingSince !== undefined && now - crashingSince >= CRASH_WINDOW_MS)
                    again = false;
                wait = deadline.backoff(n, 500, RETRY_CAP_MS);
                if (again && wait < deadline.remaining()) {
                    if (now - lastSaid >= PROGRESS_EVERY_MS) {
                        ui.info(`waiting for the app to start (${reason}, ${(0,_io_deadline_js__WEBPACK_IMPORTED_MODULE_4__/* .formatSeconds */ .Xo)(now - t0)})`);
                        lastSaid = now;
                    }
                    await deadline.clock.sleep(wait);
                    continue;
                }
            }
            else if (n < attempts && again) {
                ui.info(`MCP initialize: ${reason}; retrying in ${wait / 1000} s (attempt ${n + 1} of ${attempts})`);
                await sleep(wait);
                continue;
            }
            markColdStart(n);
            const answer = await rawPost(endpoint, headers);
            const hint = answer.status === 401 || answer.status === 403
                ? opts.bearer
                    ? ' (the token was refused)'
                    : ' (the key was refused)'
                : answer.status === 421
                    ? " (the server refused the Host header: the host forwarded the client's Host instead of proxying; set customHandler.enableProxyingHttpRequest: true)"
                    : '';
            const why = await explain(opts, again);
            for (const line of why)
                ui.info(line);
            const waited = deadline
                ? `after ${(0,_io_deadline_js__WEBPACK_IMPORTED_MODULE_4__/* .formatSeconds */ .Xo)(deadline.now() - t0)} of waiting${again ? ` (the limit set by ${deadline.label})` : ''}`
                : `after ${n} attempt${n === 1 ? '' : 's'}`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`smoke test failed at MCP initialize ${waited}: ${short(causeOf(err), 200)}; the server answered ${describeAnswer(answer)}${hint}${why[0] ? `; ${why[0]}` : ''}`);
        }
    }
    const server = client.getServerVersion();
    const protocolVersion = transport.protocolVersion;
    ui.info(`MCP initialize: ${server?.name ?? '(unnamed server)'} ${server?.version ?? ''}`.trimEnd() +
        (protocolVersion ? `, protocol ${protocolVersion}` : ''));
    // 2. tools/list (all pages)
    const tools = [];
    const listed = [];
    try {
        let cursor;
        for (let page = 0; page < MAX_TOOL_PAGES; page++) {
            const res = await client.listTools(cursor ? { cursor } : undefined, {
                timeout: REQUEST_TIMEOUT_MS
            });
            for (const t of res.tools) {
                tools.push(t.name);
                listed.push(t);
            }
            cursor = res.nextCursor;
            if (!cursor)
                break;
        }
    }
    catch (err) {
        await client.close().catch(() => { });
        const status = statusOf(err);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`smoke test failed at MCP tools/list: ${short(causeOf(err), 300)}${status ? ` (HTTP ${status})` : ''}`);
    }
    tools.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    ui.info(`MCP tools/list: ${tools.length} tool${tools.length === 1 ? '' : 's'}${tools.length ? ': ' + tools.join(', ') : ''}`);
    // 3. overlapping requests
    try {
        await concurrencyRound(client, listed, ui);
    }
    finally {
        await client.close().catch(() => { });
    }
    // 4. without the key
    let keyRefused;
    if (opts.authLevel === 'anonymous' && !opts.bearer) {
        keyRefused = 'anonymous';
        ui.warning(`the MCP endpoint ${withoutKey(endpoint)} is anonymous: anyone who knows the URL can call its tools (authLevel "function" requires a key)`);
    }
    else {
        const answer = await rawPost(withoutKey(endpoint), {});
        if (answer.status === 401 || answer.status === 403) {
            keyRefused = true;
            ui.info(`without the key: refused (HTTP ${answer.status})`);
        }
        else {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`smoke test failed at the key check: a request without the key was not refused (expected 401 or 403); the server answered ${describeAnswer(answer)}`);
        }
    }
    return {
        tools,
        serverName: server?.name,
        serverVersion: server?.version,
        protocolVersion,
        keyRefused
    };
}


/***/ })

};
