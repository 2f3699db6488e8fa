export const id = 676;
export const ids = [676];
export const modules = {

/***/ 7676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   smokeTest: () => (/* binding */ smokeTest)
/* harmony export */ });
/* unused harmony export backoffMs */
/* harmony import */ var _modelcontextprotocol_sdk_client_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63);
/* harmony import */ var _modelcontextprotocol_sdk_client_streamableHttp_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1502);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/**
 * The MCP smoke test, shared by the local and the Azure targets: initialize and tools/list with
 * the key (the official SDK client over Streamable HTTP), then a bare request without the key
 * must be refused. Cold starts get bounded retries with backoff.
 */



const CLIENT_INFO = { name: 'mcp-functions-deploy-smoke-test', version: '1.0.0' };
const REQUEST_TIMEOUT_MS = 30000;
const MAX_TOOL_PAGES = 50;
/** HTTP answers worth waiting out: the app is starting, scaling, or its triggers are not synced yet. */
const RETRY_STATUS = new Set([404, 408, 425, 429, 500, 502, 503, 504]);
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
function withoutKey(endpoint) {
    const u = new URL(endpoint);
    u.searchParams.delete('code');
    return u.toString();
}
async function smokeTest(opts) {
    const { endpoint, key, ui } = opts;
    const attempts = Math.max(1, opts.attempts ?? 6);
    const sleep = opts.sleep ?? realSleep;
    if (key)
        ui.setSecret(key);
    let url;
    try {
        url = new URL(endpoint);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`smoke test: the endpoint "${endpoint}" is not a URL`);
    }
    const headers = key ? { 'x-functions-key': key } : {};
    // 1. initialize (retried: cold starts)
    let client;
    let transport;
    for (let n = 1;; n++) {
        const c = new _modelcontextprotocol_sdk_client_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Client */ .K(CLIENT_INFO);
        const t = new _modelcontextprotocol_sdk_client_streamableHttp_js__WEBPACK_IMPORTED_MODULE_1__/* .StreamableHTTPClientTransport */ .j(url, { requestInit: { headers } });
        try {
            await c.connect(t, { timeout: REQUEST_TIMEOUT_MS });
            client = c;
            transport = t;
            break;
        }
        catch (err) {
            await c.close().catch(() => { });
            const reason = statusOf(err) !== undefined ? `HTTP ${statusOf(err)}` : short(causeOf(err), 160);
            if (n < attempts && retryable(err)) {
                const wait = backoffMs(n);
                ui.info(`MCP initialize: ${reason}; retrying in ${wait / 1000} s (attempt ${n + 1} of ${attempts})`);
                await sleep(wait);
                continue;
            }
            const answer = await rawPost(endpoint, headers);
            const hint = answer.status === 401 || answer.status === 403
                ? ' (the key was refused)'
                : answer.status === 421
                    ? " (the server refused the Host header: the host forwarded the client's Host instead of proxying; set customHandler.enableProxyingHttpRequest: true)"
                    : '';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`smoke test failed at MCP initialize after ${n} attempt${n === 1 ? '' : 's'}: ${short(causeOf(err), 200)}; the server answered ${describeAnswer(answer)}${hint}`);
        }
    }
    const server = client.getServerVersion();
    const protocolVersion = transport.protocolVersion;
    ui.info(`MCP initialize: ${server?.name ?? '(unnamed server)'} ${server?.version ?? ''}`.trimEnd() +
        (protocolVersion ? `, protocol ${protocolVersion}` : ''));
    // 2. tools/list (all pages)
    const tools = [];
    try {
        let cursor;
        for (let page = 0; page < MAX_TOOL_PAGES; page++) {
            const res = await client.listTools(cursor ? { cursor } : undefined, {
                timeout: REQUEST_TIMEOUT_MS
            });
            for (const t of res.tools)
                tools.push(t.name);
            cursor = res.nextCursor;
            if (!cursor)
                break;
        }
    }
    catch (err) {
        const status = statusOf(err);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`smoke test failed at MCP tools/list: ${short(causeOf(err), 300)}${status ? ` (HTTP ${status})` : ''}`);
    }
    finally {
        await client.close().catch(() => { });
    }
    tools.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    ui.info(`MCP tools/list: ${tools.length} tool${tools.length === 1 ? '' : 's'}${tools.length ? ': ' + tools.join(', ') : ''}`);
    // 3. without the key
    let keyRefused;
    if (opts.authLevel === 'anonymous') {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`smoke test failed at the key check: a request without the key was not refused (expected 401 or 403); the server answered ${describeAnswer(answer)}`);
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
