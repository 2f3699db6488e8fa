export const id = 897;
export const ids = [897];
export const modules = {

/***/ 5897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AzureTarget: () => (/* binding */ AzureTarget),
  readSiteRuntime: () => (/* reexport */ readSiteRuntime)
});

// UNUSED EXPORTS: CLOUDS, PACKAGE_TAG, checkRuntime, endpointUrl, mergeAppSettings, resolveEndpoints

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 155 modules
var esm = __webpack_require__(3952);
// EXTERNAL MODULE: ./src/io/deadline.ts
var io_deadline = __webpack_require__(9066);
// EXTERNAL MODULE: ./src/io/escape.ts
var io_escape = __webpack_require__(4177);
;// CONCATENATED MODULE: ./src/targets/azure/login.ts
/**
 * Login with @azure/identity. `auth: auto`: GitHub OIDC when client-id and tenant-id are set,
 * else the Azure CLI session (what azure/login leaves), else the AZURE_* environment variables.
 * Managed identity only when asked for by name: nothing else may reach the instance-metadata address.
 */





const LOGIN_LABEL = {
    oidc: 'GitHub OIDC (federated credential)',
    'azure-cli': 'Azure CLI session',
    environment: 'environment variables (AZURE_CLIENT_ID…)',
    'managed-identity': 'managed identity'
};
const OIDC_AUDIENCE = 'api://AzureADTokenExchange';
/** The audience of the GitHub ID token each cloud's token exchange expects (as azure/login has it). */
const OIDC_AUDIENCES = {
    AzureCloud: OIDC_AUDIENCE,
    AzureUSGovernment: 'api://AzureADTokenExchangeUSGov',
    AzureChinaCloud: 'api://AzureADTokenExchangeChina'
};
/** The `audience` input, else the cloud's. */
function oidcAudience(settings) {
    return settings.audience || OIDC_AUDIENCES[settings.azureEnvironment];
}
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
/** Logs in and fetches the first token, so that a failure is reported as a login failure. */
async function login(settings, endpoints, deps, ui) {
    const mask = (secret) => ui.setSecret(secret);
    const first = (m, method, credential, scope, explain) => firstToken(m, method, credential, scope, explain, deps.deadline);
    const audience = oidcAudience(settings);
    const common = {
        authorityHost: endpoints.authorityHost,
        httpClient: deps.httpClient,
        // Instance discovery asks login.microsoftonline.com about the authority; a custom
        // authority (Azure Stack, an emulator) is taken as given instead.
        disableInstanceDiscovery: endpoints.customAuthority
    };
    const auth = settings.auth;
    const oidcConfigured = Boolean(settings.clientId && settings.tenantId);
    if (auth === 'oidc' || (auth === 'auto' && oidcConfigured)) {
        if (!oidcConfigured) {
            throw new errors/* UserError */.y('auth: oidc needs both client-id and tenant-id', 'the app registration (or user-assigned identity) that has a federated credential for this repository');
        }
        const getIDToken = deps.getIDToken ?? ((aud) => core/* getIDToken */.V9(aud));
        const seen = {};
        const credential = new esm/* ClientAssertionCredential */.XI(settings.tenantId, settings.clientId, async () => {
            try {
                const jwt = await getIDToken(audience);
                mask(jwt);
                seen.claims = jwtClaims(jwt);
                return jwt;
            }
            catch (err) {
                seen.error = err;
                throw err;
            }
        }, common);
        return first(mask, 'oidc', credential, endpoints.scope, err => oidcError(err, seen, settings, audience));
    }
    if (auth === 'azure-cli') {
        return first(mask, 'azure-cli', cliCredential(settings), endpoints.scope, err => cliError(err));
    }
    if (auth === 'environment') {
        return first(mask, 'environment', new esm/* EnvironmentCredential */.lp(common), endpoints.scope, err => envError(err));
    }
    if (auth === 'managed-identity') {
        const mi = settings.clientId
            ? new esm/* ManagedIdentityCredential */.NC({ clientId: settings.clientId })
            : new esm/* ManagedIdentityCredential */.NC();
        return first(mask, 'managed-identity', mi, endpoints.scope, err => new errors/* UserError */.y(`login with managed identity failed: ${clean(err)}`, 'this only works on a runner that runs in Azure with an identity assigned'));
    }
    // auto, without OIDC inputs: the CLI session, then the environment.
    let cliFailure;
    try {
        return await first(mask, 'azure-cli', cliCredential(settings), endpoints.scope, err => {
            cliFailure = err;
            return cliError(err);
        });
    }
    catch {
        if (!hasEnvCredential()) {
            throw new errors/* UserError */.y(`no Azure login found: tried the Azure CLI session (${login_short(cliFailure)}) and the environment (AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_CLIENT_SECRET are not set)`, 'set client-id and tenant-id for GitHub OIDC (the job needs `permissions: id-token: write`), or run azure/login before this step');
        }
        return first(mask, 'environment', new esm/* EnvironmentCredential */.lp(common), endpoints.scope, err => envError(err));
    }
}
function cliCredential(settings) {
    return new esm/* AzureCliCredential */.nG({
        processTimeoutInMs: 60000,
        ...(settings.tenantId ? { tenantId: settings.tenantId } : {})
    });
}
function hasEnvCredential() {
    const e = process.env;
    return Boolean(e.AZURE_TENANT_ID &&
        e.AZURE_CLIENT_ID &&
        (e.AZURE_CLIENT_SECRET || e.AZURE_CLIENT_CERTIFICATE_PATH));
}
async function firstToken(mask, method, credential, scope, explain, deadline) {
    const cached = new CachingCredential(credential, mask);
    const ms = deadline?.requestTimeout();
    let timer;
    try {
        const hung = new Promise((_, reject) => {
            if (ms !== undefined)
                timer = setTimeout(() => reject(new errors/* UserError */.y(`login (${LOGIN_LABEL[method]}): no token within ${(0,io_deadline/* formatSeconds */.Xo)(ms)}; the token service (or the az CLI) did not answer`)), ms);
        });
        await Promise.race([cached.getToken(scope), hung]);
    }
    catch (err) {
        if (err instanceof errors/* UserError */.y)
            throw err;
        throw explain(err);
    }
    finally {
        if (timer)
            clearTimeout(timer);
    }
    return { method, credential: cached };
}
/** Keeps each scope's token until five minutes before it expires. */
class CachingCredential {
    inner;
    mask;
    tokens = new Map();
    constructor(inner, mask) {
        this.inner = inner;
        this.mask = mask;
    }
    async getToken(scopes, options) {
        const key = Array.isArray(scopes) ? scopes.join(' ') : scopes;
        const hit = this.tokens.get(key);
        if (hit && !options?.claims && hit.expiresOnTimestamp - Date.now() > 5 * 60000)
            return hit;
        const token = await this.inner.getToken(scopes, options);
        if (!token)
            throw new Error('the credential returned no token');
        this.mask(token.token);
        this.tokens.set(key, token);
        return token;
    }
}
function oidcError(err, seen, settings, audience) {
    if (seen.error !== undefined || !seen.claims) {
        const why = seen.error !== undefined ? login_short(seen.error) : login_short(err);
        return new errors/* UserError */.y(`GitHub OIDC login: the runner gave no ID token (${why})`, 'client-id and tenant-id are set, so OIDC was used: add `permissions: id-token: write` to the job (or workflow); on a fork pull request there is no token — use auth: azure-cli there');
    }
    const sub = String(seen.claims.sub ?? '');
    const text = clean(err);
    if (/AADSTS70021|AADSTS700213|AADSTS700211|federated/i.test(text)) {
        return new errors/* UserError */.y(`GitHub OIDC login refused: no federated credential on app ${settings.clientId} matches subject "${sub}"`, `add one with issuer ${GITHUB_ISSUER}, subject ${sub} and audience ${audience} (Entra ID: the app registration → Certificates & secrets → Federated credentials)`);
    }
    if (/AADSTS700016/.test(text)) {
        return new errors/* UserError */.y(`GitHub OIDC login refused: no application ${settings.clientId} in tenant ${settings.tenantId}`, 'check client-id (the app registration’s Application (client) ID) and tenant-id');
    }
    return new errors/* UserError */.y(`GitHub OIDC login refused for subject "${sub}": ${text}`, `the app ${settings.clientId} needs a federated credential with issuer ${GITHUB_ISSUER}, subject ${sub}, audience ${audience}`);
}
function cliError(err) {
    return new errors/* UserError */.y(`login with the Azure CLI session failed: ${login_short(err)}`, 'run azure/login before this step, or set client-id and tenant-id for GitHub OIDC (`permissions: id-token: write`)');
}
function envError(err) {
    return new errors/* UserError */.y(`login with the environment variables failed: ${login_short(err)}`, 'set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (or AZURE_CLIENT_CERTIFICATE_PATH), or use client-id + tenant-id for GitHub OIDC');
}
/** The claims of a JWT (not verified: only to say which subject was presented). */
function jwtClaims(jwt) {
    try {
        const part = jwt.split('.')[1] ?? '';
        return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    }
    catch {
        return {};
    }
}
/** One line of an error, with anything token-like removed. */
function clean(err) {
    const anyErr = err;
    let text = anyErr?.errorResponse?.errorDescription || (err instanceof Error ? err.message : String(err));
    // Entra ID's own sentence (AADSTSnnnnn: …) is the useful part of an MSAL error.
    const aad = /(AADSTS\d+:[^]*?)(?=\s+Trace ID:|\s+-\s+Correlation ID:|$)/.exec(text);
    if (aad)
        text = aad[1];
    text = text
        .replace(/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, '<token>')
        .replace(/("?(access_?token|client_?secret|client_assertion|refresh_?token)"?\s*[:=]\s*)"?[^"\s,&]+"?/gi, '$1<hidden>')
        .replace(/\s*-?\s*(Trace ID|Correlation ID|Timestamp):\s*[\w:.-]+/g, '');
    const lines = text
        .split(/\r?\n/)
        .map(s => s.trim())
        .filter(Boolean);
    return (0,io_escape/* forLog */.Ig)((lines[0] ?? 'unknown error').slice(0, 400));
}
function login_short(err) {
    return clean(err)
        .replace(/\s*To troubleshoot, visit https:\/\/aka\.ms\/\S+\.?/g, '')
        .replace(/\.$/, '');
}

;// CONCATENATED MODULE: ./src/targets/azure/deploy-summary.ts



/** The key the endpoint needs, from keys already masked. */
function pickKey(site, keys, authLevel, keyName) {
    if (authLevel === 'admin') {
        if (!keys.masterKey)
            throw new errors/* UserError */.y(`${site.appName} returned no master key, which an admin-level function needs`);
        return keys.masterKey;
    }
    const fk = keys.functionKeys ?? {};
    const key = fk[keyName] ?? (keyName === 'master' || keyName === '_master' ? keys.masterKey : undefined);
    if (!key) {
        const names = Object.keys(fk);
        throw new errors/* UserError */.y(`${site.appName} has no host key named "${keyName}"`, names.length ? `its function keys: ${names.join(', ')}` : 'it has no function keys yet');
    }
    return key;
}
/** `https://<defaultHostName><routePrefix>/mcp`, the prefix with its slashes normalised. */
function endpointUrl(defaultHostName, routePrefix) {
    const prefix = routePrefix.replace(/^\/+|\/+$/g, '');
    return `https://${defaultHostName}${prefix ? `/${prefix}` : ''}/mcp`;
}
/** The deployment's rows in the job summary, the timed phases last. */
function deployRows(r) {
    const details = [
        ['App', `${r.site.appName} (resource group ${r.site.resourceGroup})`],
        ['Plan', r.site.plan],
        [
            'Runtime',
            r.site.runtime ? `${r.site.runtime.name} ${r.site.runtime.version}`.trim() : 'unknown'
        ],
        ['Package', (0,format/* packageLine */.N)(r.pkg)],
        ['Login', LOGIN_LABEL[r.login]],
        [
            'App settings',
            r.settingsWritten.length ? `updated: ${r.settingsWritten.join(', ')}` : 'unchanged'
        ],
        [
            'Deployment',
            r.unchanged
                ? 'skipped: package unchanged'
                : `${r.deploymentId ?? '(no id)'} via ${r.site.flex ? 'One Deploy' : 'zip deploy'}${r.uploadAttempts > 1 ? `, ${r.uploadAttempts} upload attempts` : ''}`
        ],
        ['Since the last deploy', r.changes.join('; ')],
        ...(r.signIn.facts ? [] : r.signIn.rows),
        ...(r.signIn.authWritten.length
            ? [['Authentication settings', `updated: ${r.signIn.authWritten.join(', ')}`]]
            : [])
    ];
    for (const p of r.phases)
        details.push([`Time: ${p.name}`, `${(p.ms / 1000).toFixed(2)} s`]);
    return details;
}

// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 37 modules
var dist_esm = __webpack_require__(1818);
;// CONCATENATED MODULE: ./src/targets/azure/host.ts
/**
 * The Functions host of the deployed app: its status (`/admin/host/status` with the master key, as
 * Core Tools checks a Flex app after a deployment) and what to show when the app does not start.
 */


const STATUS_TIMEOUT_MS = 15000;
/** GET https://<app>/admin/host/status with the master key; never throws. */
async function hostStatus(defaultHostName, masterKey, deadline, httpClient) {
    const http = httpClient ?? (0,dist_esm/* createDefaultHttpClient */.fl)();
    const req = (0,dist_esm/* createPipelineRequest */.G6)({
        url: `https://${defaultHostName}/admin/host/status`,
        method: 'GET',
        headers: (0,dist_esm/* createHttpHeaders */.Nc)({ 'x-functions-key': masterKey, Accept: 'application/json' }),
        timeout: deadline.requestTimeout(STATUS_TIMEOUT_MS)
    });
    try {
        const res = await http.sendRequest(req);
        let state;
        let errors = [];
        try {
            const body = JSON.parse(res.bodyAsText ?? '');
            if (typeof body.state === 'string')
                state = (0,io_escape/* forLog */.Ig)(body.state).slice(0, 40);
            if (Array.isArray(body.errors))
                errors = body.errors.map(e => (0,io_escape/* forLog */.Ig)(String(e)).replace(/\n/g, ' ')).slice(0, 10);
        }
        catch {
            // not JSON: the front end answered for a host that is not there
        }
        return { http: res.status, state, errors };
    }
    catch {
        return { errors: [] };
    }
}
/** One line for a person. */
function describeHost(s) {
    if (s.http === undefined)
        return 'the host status route did not answer';
    if (!s.state)
        return `the host status route answered HTTP ${s.http}`;
    return `host state ${s.state}${s.errors.length ? `; errors: ${s.errors.join(' | ')}` : ''}`;
}
/** The host's verdict on a deployment whose record is gone. */
function hostCheck(s) {
    if (s.state === 'Running' && s.errors.length === 0)
        return { state: 'running', detail: describeHost(s) };
    if (s.state === 'Error' || s.errors.length > 0)
        return { state: 'error', detail: describeHost(s) };
    return { state: 'unknown', detail: describeHost(s) };
}
/**
 * What the smoke test shows when the app never answers: whether the host itself is down (it
 * never started: a package or settings problem) or it runs and the handler fails.
 */
function diagnosis(s, log) {
    const lines = [`host status: ${describeHost(s)}`];
    if (s.state === 'Running' && s.errors.length === 0)
        lines.push('the Functions host runs, so the custom handler itself fails to start or to answer: see its output below or in the app’s log stream');
    else if (s.state && s.state !== 'Running')
        lines.push('the Functions host did not start: check host.json and the app settings');
    else if (!s.state)
        lines.push('the Functions host did not start (the platform answers for it): check host.json, the app settings and the runtime');
    if (log.length)
        lines.push('the end of the app’s log on the SCM site:', ...log.map(l => `  ${l}`));
    return lines;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/targets/azure/kudu-text.ts


function netReason(err) {
    const e = err;
    return e?.code || (e?.message ?? String(err)).split('\n')[0].slice(0, 120);
}
function uploadError(res, base) {
    const line = bodyLine(res.bodyAsText ?? undefined);
    if (res.status === 401 || res.status === 403) {
        return new errors/* UserError */.y(`the SCM site ${base} refused the upload (HTTP ${res.status}) ${line}`.trim(), 'the identity needs Website Contributor (or Contributor) on the app, and the SCM site must accept Entra ID tokens');
    }
    if (res.status === 413)
        return new errors/* UserError */.y(`the package is too large for ${base} (HTTP 413)`);
    return new errors/* UserError */.y(`upload to ${base} failed: HTTP ${res.status} ${line}`.trim());
}
function bodyLine(body) {
    if (!body)
        return '';
    let text = body;
    try {
        const parsed = JSON.parse(body);
        text =
            typeof parsed === 'string'
                ? parsed
                : (parsed.error?.message ?? parsed.Message ?? parsed.message ?? body);
    }
    catch {
        // plain text
    }
    return (0,io_escape/* forLog */.Ig)(text.replace(/\s+/g, ' ').trim().slice(0, 300));
}
function parseRecord(text) {
    try {
        const v = JSON.parse(text ?? '');
        const rec = Array.isArray(v) ? v[0] : v;
        if (rec && typeof rec.status === 'number')
            return rec;
    }
    catch {
        // not JSON yet
    }
    return undefined;
}
function parseArray(text) {
    try {
        const v = JSON.parse(text);
        return Array.isArray(v) ? v : [];
    }
    catch {
        return [];
    }
}
function parseObject(text) {
    try {
        const v = JSON.parse(text);
        return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
    }
    catch {
        return {};
    }
}

;// CONCATENATED MODULE: ./src/targets/azure/kudu-log.ts


/** One log read waits at most this (a slow log must not hold up the status polls). */
const LOG_REQUEST_TIMEOUT_MS = 10000;
/** While the deployment runs, the log is read at most this often (deadline clock). */
const LOG_EVERY_MS = 2000;
/** Requests per read while running (the entries and a few details), and on the final read. */
const RUNNING_REQUESTS = 4;
const FINAL_REQUESTS = 24;
/** Failed reads in a row after which the live log is left alone. */
const MAX_FAILURES = 3;
/** Lines printed live at most (a runaway build log stays in the portal). */
const MAX_LINES = 500;
/** Characters of one line at most. */
const MAX_LINE = 2000;
/** True for a URL on the SCM site itself (the bearer token goes nowhere else). */
function sameOrigin(base, url) {
    try {
        return new URL(url, base).origin === new URL(base).origin;
    }
    catch {
        return false;
    }
}
/** A log entry's (or detail's) lines: split on every line break, empty ones dropped, escaped. */
function entryLines(e) {
    const msg = typeof e.message === 'string' ? e.message : '';
    return msg
        .split(/\r\n|\r|\n/)
        .map(l => l.trimEnd())
        .filter(l => l.trim())
        .map(l => (0,io_escape/* forLog */.Ig)(l).slice(0, MAX_LINE));
}
/** Kudu gives each entry an id; without one, its place in the list. */
function keyOf(e, i) {
    return typeof e.id === 'string' && e.id ? `id:${e.id}` : `at:${i}`;
}
/** Follows one deployment's log: each new entry (and detail) printed once, in order. */
class LiveLog {
    base;
    get;
    ui;
    deadline;
    seen = new Set();
    /** Entries whose details were read (the newest of them is `open`). */
    opened = new Set();
    /** The newest entry with details: a running step whose output may still grow. */
    open;
    printedLines = new Set();
    recent = [];
    printed = 0;
    failures = 0;
    nextAt = Number.NEGATIVE_INFINITY;
    /** True once the final read went through (the whole log was seen, none of it cut). */
    complete = false;
    constructor(base, get, ui, deadline) {
        this.base = base;
        this.get = get;
        this.ui = ui;
        this.deadline = deadline;
    }
    /** Reads the log of `rec` and prints what is new; `final` once the deployment has ended. */
    async follow(rec, final = false) {
        if (this.failures >= MAX_FAILURES || this.printed >= MAX_LINES)
            return;
        if (!final && this.deadline.now() < this.nextAt)
            return;
        if (typeof rec.log_url !== 'string' || !sameOrigin(this.base, rec.log_url))
            return;
        this.nextAt = this.deadline.now() + LOG_EVERY_MS;
        let budget = final ? FINAL_REQUESTS : RUNNING_REQUESTS;
        const timeout = Math.min(LOG_REQUEST_TIMEOUT_MS, this.deadline.requestTimeout());
        const read = async (url) => {
            budget--;
            return parseArray(await this.get(new URL(url, this.base).href, timeout));
        };
        try {
            const entries = await read(rec.log_url);
            // the running step's new output first, then the entries after it, in order
            if (this.open)
                await this.details(this.open, await read(this.open.url));
            let cut = false;
            for (const [i, e] of entries.entries()) {
                const key = keyOf(e, i);
                const url = typeof e.details_url === 'string' && sameOrigin(this.base, e.details_url)
                    ? e.details_url
                    : undefined;
                // an entry seen before may have gained details since (its step started writing)
                if (this.seen.has(key) && (!url || this.opened.has(key)))
                    continue;
                if (url && budget <= 0) {
                    cut = true; // the rest on the next read
                    break;
                }
                if (!this.seen.has(key)) {
                    this.seen.add(key);
                    this.print(entryLines(e));
                }
                if (url) {
                    this.opened.add(key);
                    this.open = { url, seen: new Set() };
                    await this.details(this.open, await read(url));
                }
            }
            this.failures = 0;
            if (final && !cut)
                this.complete = this.printed < MAX_LINES;
        }
        catch (err) {
            this.failures++;
            this.ui.debug(`reading the deployment log failed (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
        }
    }
    /** The last lines printed (for the error of a failed deployment). */
    tail(max = 15) {
        return this.recent.slice(-max);
    }
    /** True when this line was printed live. */
    has(line) {
        return this.printedLines.has(line);
    }
    async details(open, items) {
        for (const [i, d] of items.entries()) {
            const key = keyOf(d, i);
            if (open.seen.has(key))
                continue;
            open.seen.add(key);
            this.print(entryLines(d));
        }
    }
    print(lines) {
        for (const line of lines) {
            if (this.printed >= MAX_LINES)
                return;
            if (this.printed === 0)
                this.ui.info('deployment log (Kudu):');
            this.printed++;
            this.ui.info(`  ${line}`);
            this.printedLines.add(line);
            this.recent.push(line);
            if (this.recent.length > 50)
                this.recent.shift();
            if (this.printed === MAX_LINES)
                this.ui.info(`  … the log goes on: the rest is in the portal (Deployment Center)`);
        }
    }
}
/** The last lines of the deployment log (log_url and the details of its last entries). */
async function logTail(base, get, rec, max = 15) {
    if (typeof rec.log_url !== 'string' || !sameOrigin(base, rec.log_url))
        return [];
    try {
        const entries = parseArray(await get(new URL(rec.log_url, base).href));
        const lines = [];
        const lastEntries = entries.slice(-max);
        for (const [i, e] of lastEntries.entries()) {
            lines.push(...entryLines(e));
            // The details of the last few entries carry the build's or the deployer's own output.
            if (typeof e.details_url === 'string' &&
                sameOrigin(base, e.details_url) &&
                i >= lastEntries.length - 3) {
                const details = parseArray(await get(new URL(e.details_url, base).href));
                for (const d of details.slice(-max))
                    lines.push(...entryLines(d));
            }
        }
        return lines.slice(-max);
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./src/targets/azure/kudu.ts
/**
 * The SCM (Kudu) site: One Deploy for Flex Consumption, zip deploy for the other plans, the
 * deployment record polled until it ends, and its log when it fails.
 */







const DEPLOYER = 'mcp-functions-deploy';
const MAX_UPLOAD_ATTEMPTS = 6;
/** 404s in a row on the deployment record before its outcome is confirmed another way. */
const MAX_404 = 5;
/** 403 on the upload is retried this long (access restrictions propagate), then it is final. */
const FORBIDDEN_WINDOW_MS = 3 * 60000;
const RETRY_STATUS = new Set([408, 409, 429, 500, 502, 503, 504]);
/** Kudu's DeployStatus. Only Success is a success. */
const DEPLOY_STATUS = {
    [-1]: 'Cancelled',
    0: 'Pending',
    1: 'Building',
    2: 'Deploying',
    3: 'Failed',
    4: 'Success',
    5: 'Conflict',
    6: 'PartialSuccess'
};
const FINAL = new Set([-1, 3, 4, 5, 6]);
class Kudu {
    credential;
    scope;
    ui;
    base;
    http;
    deadline;
    constructor(scmHost, credential, scope, deps, ui) {
        this.credential = credential;
        this.scope = scope;
        this.ui = ui;
        this.base = `https://${scmHost}`;
        this.http = deps.httpClient ?? (0,dist_esm/* createDefaultHttpClient */.fl)();
        this.deadline = deps.deadline;
    }
    async send(method, pathOrUrl, body, timeoutMs) {
        const url = pathOrUrl.startsWith('https://') ? pathOrUrl : this.base + pathOrUrl;
        const got = await this.credential.getToken(this.scope);
        if (!got)
            throw new errors/* UserError */.y('the login returned no token for the SCM site');
        const headers = (0,dist_esm/* createHttpHeaders */.Nc)({
            Authorization: `Bearer ${got.token}`,
            Accept: 'application/json'
        });
        if (body) {
            headers.set('Content-Type', 'application/zip');
            headers.set('Content-Length', String(body.bytes));
        }
        // An upload may take as long as sending it at 256 KiB/s; anything else its own timeout.
        const own = body
            ? Math.max(this.deadline.requestTimeoutMs, (body.bytes / (256 * 1024)) * 1000)
            : (timeoutMs ?? this.deadline.requestTimeoutMs);
        const timeout = this.deadline.requestTimeout(own);
        const req = (0,dist_esm/* createPipelineRequest */.G6)({
            url,
            method,
            headers,
            // A factory: each attempt streams the file again from its start.
            body: body ? () => (0,external_node_fs_.createReadStream)(body.file) : undefined,
            timeout
        });
        try {
            return await this.http.sendRequest(req);
        }
        catch (err) {
            if ((0,io_deadline/* isTimeout */.kL)(err)) {
                throw new errors/* UserError */.y(`the SCM site ${this.base} accepted the connection but did not answer ${method} ${new URL(url).pathname}${body ? ' (the package upload)' : ''} within ${(0,io_deadline/* formatSeconds */.Xo)(timeout)}`, 'the SCM site may be restarting or degraded; run again, or raise timeout-minutes');
            }
            throw err;
        }
    }
    /**
     * Sends the zip. Retried with jittered backoff (Retry-After capped), within the deadline:
     * 408/429/5xx and dropped connections, 409 while another deployment runs, 400
     * BlobUploadFailedException while a new storage role assignment propagates, 403 for a few
     * minutes while an access-restriction change propagates. Anything else fails with Kudu's message.
     */
    async upload(zipFile, bytes, flex) {
        const path = flex
            ? `/api/publish?RemoteBuild=false&Deployer=${DEPLOYER}`
            : `/api/zipdeploy?isAsync=true&Deployer=${DEPLOYER}`;
        let sendMs = 0;
        let first403;
        for (let attempt = 1;; attempt++) {
            let res;
            let why;
            const t0 = performance.now();
            try {
                res = await this.send('POST', path, { file: zipFile, bytes });
                why = `HTTP ${res.status}`;
            }
            catch (err) {
                if (err instanceof errors/* UserError */.y)
                    throw err;
                why = `connection failed (${netReason(err)})`;
            }
            finally {
                sendMs += performance.now() - t0;
            }
            if (res && res.status >= 200 && res.status < 300) {
                return { ...this.accepted(res, flex), attempts: attempt, sendMs };
            }
            const text = res?.bodyAsText ?? '';
            let reason;
            let bounded = true;
            if (!res)
                reason = why;
            else if (res.status === 409 && /Run-From-Zip is set to a remote URL/i.test(text)) {
                throw new errors/* UserError */.y(`${this.base} refused the package: WEBSITE_RUN_FROM_PACKAGE is a URL, so the app runs the package at that URL and takes no upload (HTTP 409)`, 'remove the WEBSITE_RUN_FROM_PACKAGE app setting (or set it to 1) and run again; on Linux Consumption, move to Flex Consumption');
            }
            else if (res.status === 409)
                reason = `${why} (another deployment is running)`;
            else if (res.status === 400 && /BlobUploadFailed/i.test(text)) {
                reason = `${why} BlobUploadFailedException (the app's access to its deployment storage may still be propagating: a new role assignment can take minutes)`;
                bounded = false;
            }
            else if (res.status === 403) {
                first403 ??= this.deadline.now();
                if (this.deadline.now() - first403 < FORBIDDEN_WINDOW_MS)
                    reason = `${why} (an access-restriction or role change may still be propagating)`;
            }
            else if (RETRY_STATUS.has(res.status))
                reason = why;
            if (!reason)
                throw uploadError(res, this.base);
            if (bounded && attempt >= MAX_UPLOAD_ATTEMPTS) {
                throw new errors/* UserError */.y(`upload to ${this.base} failed after ${attempt} attempts; last: ${why}${res ? ' ' + bodyLine(text) : ''}`.trim(), res?.status === 409
                    ? 'another deployment kept running on the app; wait for it, then run again'
                    : undefined);
            }
            const retryAfter = res?.status === 429 || res?.status === 503
                ? this.deadline.retryAfter(res.headers.get('retry-after'))
                : undefined;
            const wait = retryAfter ?? this.deadline.backoff(attempt);
            this.ui.info(`upload attempt ${attempt}: ${reason}; retrying in ${(0,io_deadline/* formatSeconds */.Xo)(wait)}`);
            await this.deadline.sleep(wait, `upload to ${this.base} (attempt ${attempt}, last: ${reason}${res ? ' ' + bodyLine(text) : ''})`);
        }
    }
    accepted(res, flex) {
        let id;
        const text = (res.bodyAsText ?? '').trim();
        if (text) {
            try {
                const parsed = JSON.parse(text);
                if (typeof parsed === 'string')
                    id = parsed;
                else if (parsed &&
                    typeof parsed === 'object' &&
                    typeof parsed.id === 'string')
                    id = parsed.id;
            }
            catch {
                if (/^[\w-]{6,64}$/.test(text))
                    id = text;
            }
        }
        const location = res.headers.get('location');
        let statusUrl = id
            ? `${this.base}/api/deployments/${encodeURIComponent(id)}`
            : `${this.base}/api/deployments/latest`;
        if (location) {
            // Follow Location only on the SCM host itself: the bearer token goes nowhere else.
            const u = new URL(location, this.base);
            if (u.origin === new URL(this.base).origin)
                statusUrl = u.href;
        }
        if (!flex && !location && !id)
            statusUrl = `${this.base}/api/deployments/latest`;
        return { id, statusUrl };
    }
    /**
     * Polls the deployment record with bounded backoff until it ends, within the deadline: 4
     * (Success) is success, 6 (PartialSuccess) a warning with the log, the rest a failure. After
     * MAX_404 answers of 404 in a row (the Flex deployment worker was recycled, or the record of a
     * failed deployment is gone), the outcome is confirmed another way: the latest deployment, then
     * the host (`confirmHost`).
     */
    async wait(up, confirmHost) {
        const started = this.deadline.now();
        let delay = 200;
        let last;
        let lastProblem = '';
        let notFound = 0;
        let statusUrl = up.statusUrl;
        let triedLatest = false;
        // Kudu's log, printed as it grows (as functions-action prints it at the end)
        const live = new LiveLog(this.base, (u, t) => this.getText(u, t), this.ui, this.deadline);
        for (;;) {
            let res;
            try {
                res = await this.send('GET', statusUrl);
            }
            catch (err) {
                lastProblem =
                    err instanceof errors/* UserError */.y ? 'no answer' : `connection failed (${netReason(err)})`;
            }
            if (res?.status === 200 || res?.status === 202) {
                notFound = 0;
                const rec = parseRecord(res.bodyAsText ?? undefined);
                if (rec) {
                    last = rec;
                    if (FINAL.has(rec.status))
                        return this.ended(rec, up, live);
                    await live.follow(rec);
                }
            }
            else if (res && (res.status === 401 || res.status === 403)) {
                throw new errors/* UserError */.y(`reading deployment ${up.id ?? ''} was refused (HTTP ${res.status})`.replace('  ', ' '), 'the identity needs Website Contributor (or Contributor) on the app');
            }
            else if (res?.status === 404) {
                lastProblem = 'HTTP 404 (no deployment record)';
                if (++notFound >= MAX_404) {
                    if (!triedLatest && !statusUrl.endsWith('/api/deployments/latest')) {
                        triedLatest = true;
                        notFound = 0;
                        const latest = await this.latest();
                        if (latest && (!up.id || latest.id === up.id)) {
                            this.ui.info(`deployment ${up.id ?? ''}: its record answers 404; following the latest deployment instead`.replace('  ', ' '));
                            statusUrl = `${this.base}/api/deployments/latest`;
                            last = latest;
                            if (FINAL.has(latest.status))
                                return this.ended(latest, up, live);
                            continue;
                        }
                    }
                    return this.confirmWithHost(up, confirmHost);
                }
            }
            else if (res) {
                lastProblem = `HTTP ${res.status}`;
            }
            const state = last
                ? `${DEPLOY_STATUS[last.status] ?? last.status}`
                : lastProblem || 'no record yet';
            await this.deadline.sleep(delay, `deployment ${last?.id ?? up.id ?? ''} did not finish (last status: ${state}; see ${up.statusUrl})`.replace('  ', ' '));
            // Short polls early (most deployments end within seconds, and each second of slack is the
            // action's overhead): every 0.5 s for 15 s, every 1 s to the minute, then every 5 s.
            const since = this.deadline.now() - started;
            const cap = since < 15000 ? 500 : since < 60000 ? 1000 : 5000;
            delay = Math.min(Math.round(delay * 1.5), cap);
        }
    }
    async latest() {
        try {
            const res = await this.send('GET', '/api/deployments/latest');
            return res.status === 200 ? parseRecord(res.bodyAsText ?? undefined) : undefined;
        }
        catch (err) {
            if (err instanceof errors/* UserError */.y)
                return undefined;
            return undefined;
        }
    }
    async confirmWithHost(up, confirmHost) {
        const id = up.id ?? '(no id)';
        const check = confirmHost ? await confirmHost() : { state: 'unknown', detail: '' };
        if (check.state === 'running') {
            this.ui.info(`deployment ${id}: the SCM site lost its record (HTTP 404); the host runs (${check.detail}), so the deployment is taken as done and the smoke test confirms it`);
            return { id: up.id, status: 4, confirmedBy: 'host' };
        }
        if (check.state === 'error') {
            throw new errors/* UserError */.y(`deployment ${id}: the SCM site has no record of it (HTTP 404) and the host reports an error: ${check.detail}`, 'the deployment most likely failed; see the app’s log stream in the portal');
        }
        this.ui.warning(`deployment ${id}: the SCM site has no record of it (HTTP 404) and the host could not be asked${check.detail ? ` (${check.detail})` : ''}; the smoke test will tell whether the package runs`);
        return { id: up.id, status: 4, confirmedBy: 'none' };
    }
    async ended(rec, up, live) {
        await live.follow(rec, true);
        if (rec.status === 4)
            return rec;
        if (rec.status === 6) {
            const tail = await this.tailOf(rec, live);
            const rest = tail.filter(l => !live.has(l));
            this.ui.warning(`deployment ${rec.id ?? up.id ?? ''} ended PartialSuccess: the package is deployed, but part of the deployment reported a problem${rest.length ? '; the end of its log follows' : tail.length ? ' (its log is above)' : ''}`.replace('  ', ' '));
            for (const line of rest)
                this.ui.info(`  ${line}`);
            return rec;
        }
        throw await this.failure(rec, up, live);
    }
    /** The end of the log: what was printed live when it saw all of it, else read again. */
    async tailOf(rec, live) {
        return live.complete ? live.tail() : this.logTail(rec);
    }
    /**
     * After an app-settings write the SCM site restarts: waits until `/api/settings` answers and
     * shows `expect` (undefined = absent), as Core Tools does before it uploads.
     */
    async waitForSettings(expect) {
        let polls = 0;
        let lastSaid = this.deadline.now();
        const t0 = lastSaid;
        for (let attempt = 1;; attempt++) {
            polls++;
            let state;
            try {
                const res = await this.send('GET', '/api/settings');
                if (res.status === 200) {
                    const have = parseObject(res.bodyAsText ?? '');
                    const pending = Object.entries(expect).filter(([k, v]) => have[k] !== v);
                    if (pending.length === 0)
                        return polls;
                    state = `not showing ${pending.map(([k]) => k).join(', ')} yet`;
                }
                else
                    state = `HTTP ${res.status}`;
            }
            catch (err) {
                state = err instanceof errors/* UserError */.y ? 'no answer' : `connection failed (${netReason(err)})`;
            }
            if (this.deadline.now() - lastSaid >= 5000 || attempt === 1) {
                this.ui.info(`waiting for the SCM site to restart with the new app settings (${state}, ${(0,io_deadline/* formatSeconds */.Xo)(this.deadline.now() - t0)})`);
                lastSaid = this.deadline.now();
            }
            await this.deadline.sleep(Math.min(this.deadline.backoff(attempt, 500, 5000), 5000), `the SCM site ${this.base} did not come back with the new app settings (${state})`);
        }
    }
    /** The end of the app's container log on the SCM site (Linux Premium and Dedicated), if any. */
    async containerLog(max = 15) {
        try {
            const res = await this.send('GET', '/api/logs/docker');
            if (res.status !== 200)
                return [];
            const files = parseArray(res.bodyAsText ?? '')
                .filter(f => typeof f.href === 'string')
                .sort((a, b) => String(b.lastUpdated ?? '').localeCompare(String(a.lastUpdated ?? '')));
            const href = files[0]?.href;
            if (!href || new URL(href, this.base).origin !== new URL(this.base).origin)
                return [];
            const text = await this.getText(new URL(href, this.base).href);
            return text
                .split(/\r?\n|\r/)
                .filter(Boolean)
                .slice(-max)
                .map(io_escape/* forLog */.Ig);
        }
        catch {
            return [];
        }
    }
    async failure(rec, up, live) {
        const what = DEPLOY_STATUS[rec.status] ?? String(rec.status);
        const tail = await this.tailOf(rec, live);
        // lines already printed live are not printed again
        const rest = tail.filter(l => !live.has(l));
        if (rest.length > 0) {
            this.ui.error(`deployment ${rec.id ?? up.id ?? ''} ended ${what}; the end of its log:`);
            for (const line of rest)
                this.ui.info(`  ${line}`);
        }
        else if (tail.length > 0) {
            this.ui.error(`deployment ${rec.id ?? up.id ?? ''} ended ${what} (its log is above)`);
        }
        const last = tail.slice(-3).join(' | ');
        const hint = rec.status === 5
            ? 'another deployment ran at the same time; run again'
            : rec.status === -1
                ? 'the deployment was cancelled on the app'
                : undefined;
        return new errors/* UserError */.y(`deployment ${rec.id ?? up.id ?? ''} ended ${what}${last ? `: ${last}` : rec.status_text ? `: ${rec.status_text}` : ''}`.replace('  ', ' '), hint, { causeLines: tail, step: 'platform deployment' });
    }
    /** The last lines of the deployment log (log_url and the details of its last entries). */
    async logTail(rec, max = 15) {
        return logTail(this.base, (u, t) => this.getText(u, t), rec, max);
    }
    async getText(url, timeoutMs) {
        const res = await this.send('GET', url, undefined, timeoutMs);
        return res.status === 200 ? (res.bodyAsText ?? '') : '';
    }
}

;// CONCATENATED MODULE: ./src/targets/azure/record.ts
/**
 * What the last deploy shipped, kept on the app so a scheduled redeploy can say what changed.
 *
 * The site tag (PACKAGE_TAG) holds only the package hash: tag values are short (256 characters)
 * and `skip-unchanged` needs nothing more. The fuller record (hash + every dependency version)
 * lives in one app setting: readable with the same Resource Manager rights the deploy already
 * has, no GitHub permission or storage access needed, it survives cache eviction, and it is
 * written in the one settings update the deploy makes anyway, only when the package changed.
 */
const RECORD_SETTING = 'MCP_FUNCTIONS_DEPLOY_RECORD';
function recordOf(pkg) {
    const deps = {};
    for (const d of [...pkg.dependencies].sort((a, b) => a.name.localeCompare(b.name)))
        deps[d.name] = d.version;
    return JSON.stringify({ sha256: pkg.sha256, deps });
}
function record_parseRecord(value) {
    if (!value)
        return undefined;
    try {
        const v = JSON.parse(value);
        if (typeof v.sha256 !== 'string' || typeof v.deps !== 'object' || v.deps === null)
            return undefined;
        return { sha256: v.sha256, deps: v.deps };
    }
    catch {
        return undefined;
    }
}
/**
 * Lines saying what changed between the previous record and this package. `deployedSha` is the
 * tag: when it differs from the record's hash, the recorded deploy did not finish.
 */
function describeChanges(prev, pkg, deployedSha) {
    if (!prev)
        return ['no earlier record: this is the first deploy made by mcp-functions-deploy on this app'];
    const short = (s) => s.slice(0, 12);
    const lines = [];
    if (deployedSha !== undefined && deployedSha !== prev.sha256) {
        lines.push(`the last recorded deploy (${short(prev.sha256)}) did not finish; compared with it`);
    }
    const now = {};
    for (const d of pkg.dependencies)
        now[d.name] = d.version;
    const names = [...new Set([...Object.keys(prev.deps), ...Object.keys(now)])].sort();
    const deps = [];
    for (const n of names) {
        const [a, b] = [prev.deps[n], now[n]];
        if (a === b)
            continue;
        deps.push(a === undefined ? `+ ${n} ${b}` : b === undefined ? `- ${n} ${a}` : `${n} ${a} → ${b}`);
    }
    if (prev.sha256 === pkg.sha256) {
        lines.push(`nothing changed: package ${short(pkg.sha256)} and its ${names.length} dependency versions are as deployed before`);
    }
    else {
        lines.push(`package ${short(prev.sha256)} → ${short(pkg.sha256)}`);
        lines.push(deps.length
            ? `dependencies: ${deps.join(', ')}`
            : 'dependencies: unchanged (the code or artifacts changed)');
    }
    return lines;
}

// EXTERNAL MODULE: ./src/report/timeline.ts
var timeline = __webpack_require__(1935);
;// CONCATENATED MODULE: ./src/targets/azure/clouds.ts
const CLOUDS = {
    AzureCloud: {
        authorityHost: 'https://login.microsoftonline.com',
        armEndpoint: 'https://management.azure.com',
        resource: 'https://management.core.windows.net/'
    },
    AzureUSGovernment: {
        authorityHost: 'https://login.microsoftonline.us',
        armEndpoint: 'https://management.usgovcloudapi.net',
        resource: 'https://management.core.usgovcloudapi.net/'
    },
    AzureChinaCloud: {
        authorityHost: 'https://login.chinacloudapi.cn',
        armEndpoint: 'https://management.chinacloudapi.cn',
        resource: 'https://management.core.chinacloudapi.cn/'
    }
};
/**
 * The endpoints for a run: the cloud's, with `arm-endpoint` overriding Resource Manager and
 * AZURE_AUTHORITY_HOST (the variable @azure/identity documents) or an explicit override the authority.
 */
function resolveEndpoints(cloud, armOverride, authorityOverride) {
    const base = CLOUDS[cloud];
    const authorityHost = trimSlash(authorityOverride || base.authorityHost);
    return {
        authorityHost,
        armEndpoint: trimSlash(armOverride || base.armEndpoint),
        resource: base.resource,
        scope: `${base.resource}/.default`,
        customAuthority: authorityHost.toLowerCase() !== base.authorityHost
    };
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}

// EXTERNAL MODULE: ./node_modules/@azure/arm-appservice/dist/esm/index.js + 76 modules
var arm_appservice_dist_esm = __webpack_require__(8485);
;// CONCATENATED MODULE: ./src/targets/azure/policy.ts


/** Function apps need functionAppConfig (Flex): 2023-12-01 is the oldest version that has it. */
const FALLBACK_API_VERSION = '2023-12-01';
/** `POST …/sites/my-app/host/default/listkeys`: the request, short enough for one line. */
function describeRequest(req) {
    let path = req.url;
    try {
        path = new URL(req.url).pathname;
    }
    catch {
        // keep the url as given
    }
    path = path.replace(/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\//i, '…/');
    return `${req.method} ${path}`;
}
/** Sets the request's timeout (own bound, never past the deadline); a timeout names the request. */
function timeoutPolicy(deadline, service) {
    return {
        name: 'mcpDeadlineTimeout',
        async sendRequest(request, next) {
            const ms = deadline.requestTimeout(request.timeout > 0 ? request.timeout : undefined);
            request.timeout = ms;
            try {
                return await next(request);
            }
            catch (err) {
                if ((0,io_deadline/* isTimeout */.kL)(err) && !request.abortSignal?.aborted) {
                    throw new errors/* UserError */.y(`${service} accepted the connection but did not answer ${describeRequest(request)} within ${(0,io_deadline/* formatSeconds */.Xo)(ms)}`, 'Azure may be degraded; run again, or raise timeout-minutes');
                }
                throw err;
            }
        }
    };
}
const REFUSED_VERSION = /NoRegisteredProviderFound|InvalidApiVersionParameter|InvalidResourceType/i;
/**
 * When Resource Manager refuses the api-version (sovereign clouds lag behind the public one),
 * retries once with the newest version it lists (not preview, not older than the fallback), and
 * keeps using that version for the rest of the run.
 */
function apiVersionPolicy(onFallback) {
    let chosen;
    return {
        name: 'mcpApiVersionFallback',
        async sendRequest(request, next) {
            const url = new URL(request.url);
            const asked = url.searchParams.get('api-version');
            const isWeb = /\/providers\/microsoft\.web\//i.test(url.pathname);
            if (!asked || !isWeb)
                return next(request);
            if (chosen && asked > chosen) {
                url.searchParams.set('api-version', chosen);
                request.url = url.toString();
                return next(request);
            }
            const res = await next(request);
            if (res.status !== 400 && res.status !== 404)
                return res;
            const body = res.bodyAsText ?? '';
            if (!REFUSED_VERSION.test(body) || !/api-?version/i.test(body))
                return res;
            const pick = pickVersion(body, asked);
            if (!pick)
                return res;
            chosen = pick;
            onFallback(asked, pick);
            url.searchParams.set('api-version', pick);
            request.url = url.toString();
            return next(request);
        }
    };
}
/** The newest listed stable version older than `asked`, else the fallback when it is older. */
function pickVersion(message, asked) {
    const listed = /supported api-versions are '([^']+)'/i.exec(message)?.[1];
    const versions = (listed ?? '')
        .split(',')
        .map(v => v.trim())
        .filter(v => /^\d{4}-\d{2}-\d{2}$/.test(v) && v < asked && v >= FALLBACK_API_VERSION)
        .sort();
    if (versions.length)
        return versions[versions.length - 1];
    if (!listed && FALLBACK_API_VERSION < asked)
        return FALLBACK_API_VERSION;
    return undefined;
}

;// CONCATENATED MODULE: ./src/targets/azure/site.ts
/**
 * Resource Manager: the function app, its plan and runtime, app settings, tags, keys, trigger sync.
 * Host names are taken from ARM as opaque `host[:port]` strings, never built. Every call has a
 * timeout and its transient failures are retried with backoff, all within the run's deadline.
 */






/** The site tag that keeps the sha256 of the package last deployed by this action. */
const PACKAGE_TAG = 'mcp-functions-deploy-sha256';
/** Attempts of one Resource Manager call before its transient failures are final. */
const MAX_ARM_ATTEMPTS = 8;
class Arm {
    subscriptionId;
    endpoint;
    httpClient;
    deadline;
    ui;
    client;
    constructor(credential, subscriptionId, endpoint, scope, httpClient, deadline, ui) {
        this.subscriptionId = subscriptionId;
        this.endpoint = endpoint;
        this.httpClient = httpClient;
        this.deadline = deadline;
        this.ui = ui;
        this.client = new arm_appservice_dist_esm/* WebSiteManagementClient */.yX(credential, subscriptionId, {
            endpoint,
            credentials: { scopes: [scope] },
            ...(httpClient ? { httpClient } : {}),
            userAgentOptions: { userAgentPrefix: 'mcp-functions-deploy' },
            // Retries are ours (below): bounded by the deadline, Retry-After capped, with jitter.
            retryOptions: { maxRetries: 0 },
            additionalPolicies: [
                { policy: timeoutPolicy(deadline, 'Resource Manager'), position: 'perRetry' },
                {
                    policy: apiVersionPolicy((from, to) => ui.info(`Resource Manager does not serve api-version ${from} here; using ${to}`)),
                    position: 'perCall'
                }
            ]
        });
    }
    /**
     * One Resource Manager call: throttling, 5xx and dropped connections (and what `more` names)
     * are retried with jittered backoff, Retry-After capped, every wait within the deadline.
     */
    async call(doing, fn, more) {
        for (let attempt = 1;; attempt++) {
            try {
                return await fn();
            }
            catch (err) {
                if (err instanceof errors/* UserError */.y)
                    throw err;
                const code = site_status(err);
                const why = more?.(code, err) ?? site_transient(code, err);
                if (!why || attempt >= MAX_ARM_ATTEMPTS)
                    throw armError(err, doing);
                const header = err.response?.headers?.get('retry-after');
                const wait = this.deadline.retryAfter(header) ?? this.deadline.backoff(attempt);
                this.ui.info(`${doing}: ${why}; retrying in ${(0,io_deadline/* formatSeconds */.Xo)(wait)}`);
                await this.deadline.sleep(wait, `${doing} (last: ${why})`);
            }
        }
    }
    /** Finds the app (its resource group when not given) and reads what the deploy needs. */
    async findSite(appName, resourceGroup) {
        let rg = resourceGroup;
        if (!rg) {
            const found = await this.call(`listing the sites of subscription ${this.subscriptionId} to find ${appName}'s resource group`, async () => {
                const all = [];
                for await (const s of this.client.webApps.list())
                    if (s.name?.toLowerCase() === appName.toLowerCase())
                        all.push(s);
                return all;
            });
            if (found.length === 0) {
                throw new errors/* UserError */.y(`no function app named ${appName} in subscription ${this.subscriptionId} that this identity can see`, 'check app-name and subscription-id, or set resource-group; the identity needs at least Reader on the app');
            }
            const groups = found.map(s => s.resourceGroup ?? rgFromId(s.id ?? ''));
            if (found.length > 1) {
                throw new errors/* UserError */.y(`${found.length} apps are named ${appName} in subscription ${this.subscriptionId}: in resource groups ${groups.join(', ')}`, 'set resource-group to the one to deploy to');
            }
            rg = groups[0];
        }
        // The site itself (a list entry may leave properties out).
        const site = await this.call(`reading function app ${appName}`, () => this.client.webApps.get(rg, appName)).catch((err) => {
            if (err instanceof errors/* UserError */.y && /HTTP 404/.test(err.message)) {
                throw new errors/* UserError */.y(`function app ${appName} not found in resource group ${rg} (subscription ${this.subscriptionId})`, 'check app-name, resource-group and subscription-id');
            }
            throw err;
        });
        return this.facts(site, appName);
    }
    async facts(site, appName) {
        const kind = (site.kind ?? '').toLowerCase();
        if (!kind.includes('functionapp')) {
            throw new errors/* UserError */.y(`${appName} is not a function app (kind "${site.kind ?? ''}")`, 'create a Function App on the Flex Consumption plan');
        }
        const resourceGroup = site.resourceGroup ?? rgFromId(site.id ?? '');
        const os = kind.includes('linux') || site.reserved ? 'linux' : 'windows';
        const flex = site.sku === 'FlexConsumption' || Boolean(site.functionAppConfig?.deployment?.storage);
        let runtime;
        const fr = site.functionAppConfig?.runtime;
        if (fr?.name)
            runtime = { name: String(fr.name).toLowerCase(), version: String(fr.version ?? '') };
        let fx = site.siteConfig?.linuxFxVersion;
        if (!runtime && !fx && os === 'linux' && !flex) {
            try {
                fx = (await this.client.webApps.getConfiguration(resourceGroup, appName)).linuxFxVersion;
            }
            catch {
                // the runtime stays unknown; the deploy still works
            }
        }
        if (!runtime && fx && fx.includes('|')) {
            const [name, version] = fx.split('|');
            runtime = { name: name.toLowerCase(), version };
        }
        let sku = site.sku ?? '';
        let plan = planLabel(site.sku);
        if (!plan && site.serverFarmId) {
            try {
                const { rg, name } = parseId(site.serverFarmId);
                const farm = await this.client.appServicePlans.get(rg, name);
                sku = farm.sku?.tier ?? '';
                plan = planLabel(farm.sku?.tier, farm.sku?.name);
            }
            catch {
                plan = '';
            }
        }
        const defaultHostName = site.defaultHostName ?? '';
        const scmHost = site.hostNameSslStates?.find(h => h.hostType === 'Repository')?.name ?? '';
        if (!defaultHostName)
            throw new errors/* UserError */.y(`${appName} has no default host name in Resource Manager; is the app stopped or still being created?`);
        if (!scmHost) {
            throw new errors/* UserError */.y(`${appName} has no SCM (Kudu) host in Resource Manager (hostNameSslStates has no Repository entry)`, 'the deploy goes through the SCM site; check that it is not disabled');
        }
        return {
            subscriptionId: this.subscriptionId,
            resourceGroup,
            appName: site.name ?? appName,
            id: site.id ?? '',
            os,
            flex,
            sku: flex ? 'FlexConsumption' : sku,
            plan: plan || (flex ? 'Flex Consumption' : 'unknown plan'),
            runtime,
            defaultHostName,
            scmHost,
            tags: { ...(site.tags ?? {}) }
        };
    }
    async readSettings(site) {
        const dict = await this.call(`reading the app settings of ${site.appName}`, () => this.client.webApps.listApplicationSettings(site.resourceGroup, site.appName));
        return { ...(dict.properties ?? {}) };
    }
    /** Writes the whole set (ARM replaces it): a write restarts the app. Use applySettings. */
    async writeSettings(site, settings) {
        await this.call(`writing the app settings of ${site.appName}`, () => this.client.webApps.updateApplicationSettings(site.resourceGroup, site.appName, {
            properties: settings
        }), code => (code === 409 ? 'HTTP 409, another operation is in progress on the app' : undefined));
    }
    /** A request the SDK has no operation for (or answers it too strictly), through its pipeline. */
    async raw(method, pathAndQuery, body) {
        const req = (0,dist_esm/* createPipelineRequest */.G6)({
            url: `${this.endpoint}${pathAndQuery}`,
            method,
            ...(body === undefined ? {} : { body: JSON.stringify(body) })
        });
        if (body !== undefined)
            req.headers.set('Content-Type', 'application/json');
        const res = await this.client.pipeline.sendRequest(this.httpClient ?? defaultClient(), req);
        return { status: res.status, text: res.bodyAsText ?? '' };
    }
    /** Merges one tag through the Tags resource (Microsoft.Resources/tags): no restart. */
    async writeTag(site, name, value) {
        const res = await this.raw('PATCH', `${site.id}/providers/Microsoft.Resources/tags/default?api-version=2021-04-01`, { operation: 'Merge', properties: { tags: { [name]: value } } });
        if (res.status >= 300) {
            throw new errors/* UserError */.y(`writing tag ${name} on ${site.appName} failed: HTTP ${res.status} ${errorText(res.text)}`);
        }
    }
    /** POST host/default/sync; 200, 202 and 204 are all success (the SDK accepts only 204). */
    async syncTriggers(site) {
        const doing = `syncing the triggers of ${site.appName}`;
        await this.call(doing, async () => {
            const res = await this.raw('POST', `${site.id}/host/default/sync?api-version=2024-04-01`);
            if (res.status >= 300)
                throw Object.assign(new Error(errorText(res.text) || `HTTP ${res.status}`), {
                    statusCode: res.status
                });
        });
    }
    /**
     * listkeys, retried while the host restarts (ARM answers 400 "Encountered an error
     * (ServiceUnavailable) from host runtime"). Every key it returns is masked before anything else.
     */
    async hostKeys(site, mask) {
        const keys = await this.call(`reading the host keys of ${site.appName}`, () => this.client.webApps.listHostKeys(site.resourceGroup, site.appName), (code, err) => code === 400 && /ServiceUnavailable|host runtime/i.test(clean(err))
            ? 'the host is restarting (HTTP 400 ServiceUnavailable from the host runtime)'
            : undefined);
        maskKeys(keys, mask);
        return keys;
    }
}
/** Masks every key listkeys returns: master, function and system keys. */
function maskKeys(keys, mask) {
    if (keys.masterKey)
        mask(keys.masterKey);
    for (const group of [keys.functionKeys, keys.systemKeys])
        for (const v of Object.values(group ?? {}))
            if (typeof v === 'string' && v)
                mask(v);
}
/** Throttling, server errors and no answer at all are worth another try. */
function site_transient(code, err) {
    if (code === 429)
        return 'throttled (HTTP 429)';
    if (code === 408 || code === 500 || code === 502 || code === 503 || code === 504)
        return `HTTP ${code}`;
    if (code === undefined) {
        const e = err;
        if (e?.name === 'AbortError')
            return undefined;
        if (e?.code && /^E[A-Z]+$/.test(e.code))
            return `no answer (${e.code})`;
        if (e?.code === 'REQUEST_SEND_ERROR')
            return 'no answer (the connection failed)';
    }
    return undefined;
}
let sharedClient;
function defaultClient() {
    sharedClient ??= (0,dist_esm/* createDefaultHttpClient */.fl)();
    return sharedClient;
}
/**
 * The app's runtime must fit the server: Linux, and python for a Python server (node or custom
 * for a Node one). Returns the Python version to build for when the app says it.
 */
function checkRuntime(site, language) {
    if (site.os === 'windows') {
        throw new errors/* UserError */.y(`${site.appName} is a Windows function app; MCP custom handlers are deployed to Linux apps`, 'create a Linux Function App (Flex Consumption) for this server');
    }
    if (site.sku === 'Dynamic') {
        throw new errors/* UserError */.y(`${site.appName} is on the (legacy) Linux Consumption plan, which this action does not deploy to`, 'create the app on the Flex Consumption plan (az functionapp create --flexconsumption-location …): it takes a locally built package through One Deploy, scales to zero, and is the plan Linux Consumption users are asked to move to');
    }
    if (!language || !site.runtime)
        return;
    const rt = `${site.runtime.name} ${site.runtime.version}`.trim();
    if (language === 'python' && site.runtime.name !== 'python') {
        throw new errors/* UserError */.y(`${site.appName} runs ${rt}, but this is a Python server`, 'create the app with the Python runtime (e.g. 3.12) so the interpreter the packages were built for is there');
    }
    if (language === 'node' && !['node', 'custom'].includes(site.runtime.name)) {
        throw new errors/* UserError */.y(`${site.appName} runs ${rt}, but this is a Node server`, 'create the app with the Node runtime so `node` is there to start the handler');
    }
}
function planLabel(tierOrSku, name) {
    if (!tierOrSku)
        return '';
    const labels = {
        FlexConsumption: 'Flex Consumption',
        Dynamic: 'Consumption (legacy)',
        ElasticPremium: 'Elastic Premium'
    };
    const label = labels[tierOrSku] ?? `Dedicated ${tierOrSku}`;
    return name && name !== tierOrSku ? `${label} (${name})` : label;
}
function rgFromId(id) {
    return /\/resourceGroups\/([^/]+)/i.exec(id)?.[1] ?? '';
}
function parseId(id) {
    return { rg: rgFromId(id), name: id.split('/').filter(Boolean).pop() ?? '' };
}
function site_status(err) {
    const s = err?.statusCode;
    return typeof s === 'number' ? s : undefined;
}
/** A Resource Manager failure as one line, with what to do for the usual ones. */
function armError(err, doing) {
    if (err instanceof errors/* UserError */.y)
        return err;
    const code = site_status(err);
    const text = clean(err);
    if (code === 401 || code === 403) {
        return new errors/* UserError */.y(`${doing}: access denied (HTTP ${code}): ${text}`, 'the identity needs the Website Contributor (or Contributor) role on the function app');
    }
    if (code === undefined)
        return new errors/* UserError */.y(`${doing}: ${text}`, 'Resource Manager could not be reached; check arm-endpoint and the network');
    return new errors/* UserError */.y(`${doing}: HTTP ${code}: ${text}`);
}
function errorText(body) {
    if (!body)
        return '';
    try {
        const parsed = JSON.parse(body);
        return (parsed.error?.message ?? parsed.message ?? body).slice(0, 300);
    }
    catch {
        return body.slice(0, 300);
    }
}

;// CONCATENATED MODULE: ./src/targets/azure/session.ts






/** Sessions opened by readSiteRuntime, handed to the deploy that follows (used once). */
const pending = new Map();
function sessionKey(s) {
    return JSON.stringify([
        s.azureEnvironment,
        s.armEndpoint,
        s.subscriptionId,
        s.resourceGroup,
        s.appName,
        s.auth,
        s.clientId,
        s.tenantId
    ]);
}
async function timed(phases, name, fn) {
    const t0 = performance.now();
    try {
        return await (0,timeline/* phase */.Oi)(name, fn);
    }
    finally {
        phases.push({ name, ms: performance.now() - t0 });
    }
}
async function openSession(settings, ui, deps, deadline) {
    if (!settings.appName)
        throw new errors/* UserError */.y('app-name is required to deploy to Azure', 'the name of the function app, e.g. app-name: my-mcp-server');
    if (!settings.subscriptionId) {
        throw new errors/* UserError */.y('subscription-id is not set', 'set the subscription-id input or the AZURE_SUBSCRIPTION_ID environment variable');
    }
    const endpoints = resolveEndpoints(settings.azureEnvironment, settings.armEndpoint, deps.authorityHost ?? process.env.AZURE_AUTHORITY_HOST);
    const phases = [];
    const lg = await timed(phases, 'login', () => login(settings, endpoints, { httpClient: deps.httpClient, getIDToken: deps.getIDToken, deadline }, ui));
    ui.info(`logged in with the ${LOGIN_LABEL[lg.method]}`);
    const arm = new Arm(lg.credential, settings.subscriptionId, endpoints.armEndpoint, endpoints.scope, deps.httpClient, deadline, ui);
    const site = await timed(phases, 'site', () => arm.findSite(settings.appName, settings.resourceGroup));
    ui.info(`function app ${site.appName} (resource group ${site.resourceGroup}): ${site.plan}, ${site.os}${site.runtime ? `, ${site.runtime.name} ${site.runtime.version}` : ''}`);
    return { endpoints, login: lg, arm, site, phases };
}
function toRuntime(s) {
    const { site } = s;
    return {
        appName: site.appName,
        resourceGroup: site.resourceGroup,
        subscriptionId: site.subscriptionId,
        os: site.os,
        flex: site.flex,
        plan: site.plan,
        runtime: site.runtime,
        pythonVersion: site.runtime?.name === 'python' && /^3\.\d+$/.test(site.runtime.version)
            ? site.runtime.version
            : undefined,
        defaultHostName: site.defaultHostName,
        scmHost: site.scmHost,
        loginMethod: s.login.method
    };
}
/**
 * Logs in and reads the app's plan and runtime, before anything is built: `pythonVersion` is the
 * default `python-version`. With `language`, an app that cannot run that server (Windows, another
 * runtime) fails here with a clear error. The session is kept for the deploy that follows.
 */
async function readSiteRuntime(settings, ui, language, deps = {}, deadline = runDeadline(settings, deps)) {
    const key = sessionKey(settings);
    const p = openSession(settings, ui, deps, deadline);
    pending.set(key, p);
    try {
        const session = await p;
        checkRuntime(session.site, language);
        return toRuntime(session);
    }
    catch (err) {
        pending.delete(key);
        throw err;
    }
}
/** The session readSiteRuntime opened for these settings, if any (handed over once). */
function takeSession(settings) {
    const key = sessionKey(settings);
    const opened = pending.get(key);
    pending.delete(key);
    return opened;
}
/** The run's deadline when the pipeline gave none (tests, the benchmark). */
function runDeadline(settings, deps) {
    return io_deadline/* Deadline */.B2.fromMinutes(settings.timeoutMinutes, {
        now: deps.now,
        sleep: deps.sleep,
        random: deps.random,
        requestTimeoutMs: deps.requestTimeoutMs
    });
}

;// CONCATENATED MODULE: ./src/targets/azure/settings.ts
/**
 * App settings: what the package needs merged into what the app has, and the one
 * read-modify-write every settings change goes through (ARM replaces the whole set, so a write
 * made from a stale read would drop another writer's change).
 */

/** The profile layout's feature flag, kept as a comma list in AzureWebJobsFeatureFlags. */
const FEATURE_FLAGS_SETTING = 'AzureWebJobsFeatureFlags';
/** Settings a Flex Consumption app rejects: the platform owns them. */
const FLEX_FORBIDDEN = new Set([
    'FUNCTIONS_WORKER_RUNTIME',
    'FUNCTIONS_EXTENSION_VERSION',
    'WEBSITE_RUN_FROM_PACKAGE',
    'SCM_DO_BUILD_DURING_DEPLOYMENT',
    'ENABLE_ORYX_BUILD',
    'WEBSITE_NODE_DEFAULT_VERSION',
    'WEBSITE_CONTENTSHARE',
    'WEBSITE_CONTENTAZUREFILECONNECTIONSTRING'
]);
/**
 * Settings that make Kudu build the uploaded zip again (Oryx: pip/npm install on the server).
 * The package is built already; on Elastic Premium and Dedicated they are removed, as Core Tools
 * does for a local build.
 */
const REMOTE_BUILD_SETTINGS = ['SCM_DO_BUILD_DURING_DEPLOYMENT', 'ENABLE_ORYX_BUILD'];
/**
 * Merges what the package needs into what the app has: other settings stay as they are,
 * AzureWebJobsFeatureFlags is a comma list (flags are added, none removed). `remove` names
 * settings to delete when present.
 */
function mergeAppSettings(current, wanted, flex, remove = []) {
    const merged = { ...current };
    const changed = [];
    const skipped = [];
    for (const [name, value] of Object.entries(wanted)) {
        if (flex && FLEX_FORBIDDEN.has(name.toUpperCase())) {
            skipped.push(name);
            continue;
        }
        let next = value;
        if (name === FEATURE_FLAGS_SETTING) {
            const have = splitFlags(current[name] ?? '');
            const missing = splitFlags(value).filter(f => !have.includes(f));
            next =
                missing.length === 0 && name in current ? current[name] : [...have, ...missing].join(',');
        }
        if (current[name] !== next) {
            merged[name] = next;
            changed.push(name);
        }
    }
    for (const name of remove) {
        const key = Object.keys(merged).find(k => k.toUpperCase() === name.toUpperCase());
        if (key !== undefined) {
            delete merged[key];
            changed.push(key);
        }
    }
    return { merged, changed, skipped };
}
function splitFlags(v) {
    return v
        .split(',')
        .map(s => s.trim())
        .filter(Boolean);
}
/** Settings a remote build would act on: present with a value other than false/0. */
function remoteBuildOn(current) {
    return Object.keys(current).filter(k => REMOTE_BUILD_SETTINGS.includes(k.toUpperCase()) &&
        !/^(false|0)$/i.test((current[k] ?? '').trim()));
}
const ROUNDS = 4;
/**
 * The one settings read-modify-write: read, edit, re-read just before the write (another writer
 * in between → start again from its result), write, re-read (our values lost to a later writer →
 * again). The app settings resource carries no ETag to send as If-Match, so the re-reads are the
 * check. A write restarts the app.
 */
async function applySettings(arm, site, edit, ui) {
    for (let round = 1; round <= ROUNDS; round++) {
        const current = await arm.readSettings(site);
        const { merged, changed } = edit(current);
        if (changed.length === 0)
            return { changed, before: current, after: current };
        const again = await arm.readSettings(site);
        if (!same(current, again)) {
            ui.info('app settings: changed by another writer while this run read them; reading again');
            continue;
        }
        await arm.writeSettings(site, merged);
        const after = await arm.readSettings(site);
        if (changed.every(k => after[k] === merged[k]))
            return { changed, before: current, after };
        ui.info('app settings: another writer replaced them right after this run; writing again');
    }
    throw new errors/* UserError */.y(`the app settings of ${site.appName} kept changing while this run updated them (${ROUNDS} rounds)`, 'another deployment or person is writing them at the same time; run again when it is done');
}
function same(a, b) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every(k => b[k] === a[k]);
}

;// CONCATENATED MODULE: ./src/targets/azure/entra.ts


/** The platform publishes /.well-known/oauth-protected-resource with these scopes. */
const PRM_SETTING = 'WEBSITE_AUTH_PRM_DEFAULT_WITH_SCOPES';
/** The ownership mark: what the owned fields held before this action first wrote them. */
const SIGNIN_RECORD_SETTING = 'MCP_FUNCTIONS_DEPLOY_SIGNIN';
/** The permission an auth-settings write needs. */
const CONFIG_WRITE = 'Microsoft.Web/sites/config/write';
const AAD = ['identityProviders', 'azureActiveDirectory'];
/** The authsettingsV2 fields this action sets, as paths. */
const OWNED = {
    enabled: ['platform', 'enabled'],
    requireAuthentication: ['globalValidation', 'requireAuthentication'],
    unauthenticatedClientAction: ['globalValidation', 'unauthenticatedClientAction'],
    provider: [...AAD, 'enabled'],
    clientId: [...AAD, 'registration', 'clientId'],
    openIdIssuer: [...AAD, 'registration', 'openIdIssuer'],
    disableWWWAuthenticate: [...AAD, 'login', 'disableWWWAuthenticate'],
    allowedAudiences: [...AAD, 'validation', 'allowedAudiences'],
    allowedApplications: [...AAD, 'validation', 'defaultAuthorizationPolicy', 'allowedApplications']
};
/** The tenant's v2.0 issuer on the cloud's login host. */
function issuerFor(authorityHost, tenantId) {
    return `${authorityHost.replace(/\/+$/, '')}/${tenantId}/v2.0`;
}
/** What the owned fields must hold for `entra`. */
function wantedAuth(e, issuer) {
    return {
        enabled: true,
        requireAuthentication: true,
        unauthenticatedClientAction: 'Return401',
        provider: true,
        clientId: e.clientId,
        openIdIssuer: issuer,
        // Clients send the 401's challenge to the user; the platform must not hide it.
        disableWWWAuthenticate: false,
        // v1 tokens carry the identifier URI as audience, v2 tokens the client id.
        allowedAudiences: [...new Set([e.identifierUri, e.clientId])],
        allowedApplications: e.allowedClientIds.length ? [...e.allowedClientIds] : undefined
    };
}
function getPath(obj, p) {
    let cur = obj;
    for (const k of p) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[k];
    }
    return cur;
}
/** Sets (or, with undefined, deletes) a value, making the objects on the way (and removing them again when left empty). */
function setPath(obj, p, value, keep = () => false) {
    let cur = obj;
    for (const k of p.slice(0, -1)) {
        const next = cur[k];
        if (next === null || typeof next !== 'object' || Array.isArray(next)) {
            if (value === undefined)
                return;
            cur[k] = {};
        }
        cur = cur[k];
    }
    const last = p[p.length - 1];
    if (value !== undefined) {
        cur[last] = value;
        return;
    }
    delete cur[last];
    // Objects left empty on the way are removed too (they were made for the value).
    for (let n = p.length - 1; n > 0; n--) {
        const parent = getPath(obj, p.slice(0, n - 1));
        const child = parent[p[n - 1]];
        const empty = child && typeof child === 'object' && Object.keys(child).length === 0;
        if (empty && !keep(p.slice(0, n).join('.')))
            delete parent[p[n - 1]];
        else
            break;
    }
}
/** Equal for our purpose: lists as sets (case-insensitive), strings case-insensitive, issuers without a trailing slash. */
function sameValue(a, b) {
    const norm = (v) => {
        if (Array.isArray(v)) {
            const list = v.map(x => String(x).toLowerCase().replace(/\/+$/, '')).sort();
            return list.length ? [...new Set(list)] : undefined;
        }
        if (typeof v === 'string')
            return v.toLowerCase().replace(/\/+$/, '');
        return v;
    };
    return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}
/** The dotted paths of the objects on the owned paths that `auth` has. */
function containersOf(auth) {
    const out = new Set();
    for (const p of Object.values(OWNED))
        for (let n = 1; n < p.length; n++) {
            const v = getPath(auth, p.slice(0, n));
            if (v && typeof v === 'object')
                out.add(p.slice(0, n).join('.'));
        }
    return [...out];
}
function parseSigninRecord(value) {
    if (!value)
        return undefined;
    try {
        const v = JSON.parse(value);
        if (!v || typeof v.before !== 'object' || v.before === null)
            return undefined;
        return {
            before: v.before,
            prm: typeof v.prm === 'string' ? v.prm : null,
            had: Array.isArray(v.had) ? v.had.map(String) : undefined
        };
    }
    catch {
        return undefined;
    }
}
/** The auth settings as a plain body (the SDK's flattened properties, without the resource fields). */
function authBody(s) {
    const { platform, globalValidation, identityProviders, login, httpSettings } = s;
    return JSON.parse(JSON.stringify({ platform, globalValidation, identityProviders, login, httpSettings }));
}
function undoOf(keys) {
    return (current, before) => {
        const set = {};
        const remove = [];
        for (const k of keys) {
            if (before[k] === undefined) {
                if (current[k] !== undefined)
                    remove.push(k);
            }
            else if (current[k] !== before[k])
                set[k] = before[k];
        }
        return { set, remove };
    };
}
/**
 * What the app must get, from its current auth settings and app settings. Pure: the caller reads
 * and writes. `current` are the app settings as read before the settings write.
 */
function planSignIn(input, auth, appSettings) {
    const before = authBody(auth);
    const after = authBody(auth);
    const record = parseSigninRecord(appSettings[SIGNIN_RECORD_SETTING]);
    const changes = [];
    const keys = [PRM_SETTING, SIGNIN_RECORD_SETTING];
    const none = (mode) => ({
        mode,
        authChanges: [],
        before,
        after: before,
        settings: () => ({ set: {}, remove: [] }),
        undo: undoOf(keys),
        rows: []
    });
    if (input.endpointAuth === 'entra') {
        const e = input.entra;
        if (!e || !input.issuer)
            throw new Error('planSignIn: entra needs the registration and issuer');
        const wanted = wantedAuth(e, input.issuer);
        for (const [name, p] of Object.entries(OWNED)) {
            if (!sameValue(getPath(before, p), wanted[name])) {
                changes.push(name);
                setPath(after, p, wanted[name]);
            }
        }
        const plan = {
            mode: 'entra',
            authChanges: changes,
            before,
            after: after,
            settings(current) {
                const set = {};
                if (current[PRM_SETTING] !== e.scope)
                    set[PRM_SETTING] = e.scope;
                // The mark is made once, from what the app had before this action first configured it.
                if (!parseSigninRecord(current[SIGNIN_RECORD_SETTING])) {
                    const was = {
                        before: {},
                        prm: current[PRM_SETTING] ?? null,
                        had: containersOf(before)
                    };
                    for (const [name, p] of Object.entries(OWNED)) {
                        const v = getPath(before, p);
                        if (v !== undefined)
                            was.before[name] = v;
                    }
                    set[SIGNIN_RECORD_SETTING] = JSON.stringify(was);
                }
                return { set, remove: [] };
            },
            undo: undoOf(keys),
            rows: [
                ['Sign-in', 'Entra ID (App Service authentication): the platform checks tokens'],
                ['App registration', e.clientId],
                ['Issuer', input.issuer],
                ['Audiences', wanted.allowedAudiences.join(', ')],
                ['Scope (resource metadata)', e.scope],
                [
                    'Allowed clients',
                    e.allowedClientIds.length
                        ? e.allowedClientIds.join(', ')
                        : 'any client of the tenant with a token for the scope'
                ],
                ['Unauthenticated requests', '401 with WWW-Authenticate: Bearer … resource_metadata'],
                ['Function level', 'anonymous (the platform guards the door; no function key)']
            ]
        };
        return plan;
    }
    // key: undo what this action wrote, if it wrote anything (the mark says).
    if (!record)
        return none('none');
    const had = new Set(record.had ?? []);
    for (const [name, p] of Object.entries(OWNED)) {
        const was = record.before[name];
        if (!sameValue(getPath(before, p), was)) {
            changes.push(name);
            setPath(after, p, was, c => had.has(c));
        }
    }
    return {
        mode: 'revert',
        authChanges: changes,
        before,
        after: after,
        settings(current) {
            const set = {};
            const remove = [];
            if (record.prm === null) {
                if (current[PRM_SETTING] !== undefined)
                    remove.push(PRM_SETTING);
            }
            else if (current[PRM_SETTING] !== record.prm)
                set[PRM_SETTING] = record.prm;
            if (current[SIGNIN_RECORD_SETTING] !== undefined)
                remove.push(SIGNIN_RECORD_SETTING);
            return { set, remove };
        },
        undo: undoOf(keys),
        rows: [
            [
                'Sign-in',
                'function key; the Entra ID sign-in this action set up was removed (authentication settings put back as they were)'
            ]
        ]
    };
}
/** Reads authsettingsV2; an app or cloud without the feature fails with one clear line. */
async function readAuth(arm, site, cloud) {
    try {
        return authBody(await arm.client.webApps.getAuthSettingsV2(site.resourceGroup, site.appName));
    }
    catch (err) {
        const code = site_status(err);
        if (code === 400 || code === 404 || code === 405 || code === 501) {
            throw new errors/* UserError */.y(`endpoint-auth entra: App Service authentication (authsettingsV2) is not available for ${site.appName} (${site.plan}, ${cloud}): HTTP ${code}`, 'use endpoint-auth: key on this app, or host the server on a plan and cloud that offer App Service authentication');
        }
        throw armError(err, `reading the authentication settings of ${site.appName}`);
    }
}
/** Writes authsettingsV2 (the whole resource: it was read, the owned fields changed). */
async function writeAuth(arm, site, body) {
    try {
        await arm.client.webApps.updateAuthSettingsV2(site.resourceGroup, site.appName, body);
    }
    catch (err) {
        const code = site_status(err);
        if (code === 401 || code === 403) {
            throw new errors/* UserError */.y(`writing the authentication settings (authsettingsV2) of ${site.appName}: access denied (HTTP ${code}); the identity lacks ${CONFIG_WRITE}`, `grant it Website Contributor (or a role with ${CONFIG_WRITE}) on the app; the app settings this run changed were put back`);
        }
        throw armError(err, `writing the authentication settings of ${site.appName}`);
    }
}
/** The tenant id from an access token's `tid` claim (a JWT); undefined when it is not one. */
function tenantOfToken(token) {
    try {
        const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
        return typeof claims.tid === 'string' ? claims.tid : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/targets/azure/signin.ts


class SignInStep {
    ctx;
    auth;
    issuer;
    /** The app settings as the edit saw them (the last read before the write). */
    seen;
    plan;
    constructor(ctx, auth, issuer) {
        this.ctx = ctx;
        this.auth = auth;
        this.issuer = issuer;
    }
    get mode() {
        return this.ctx.settings.endpointAuth;
    }
    static async prepare(ctx) {
        const { settings } = ctx;
        if (settings.endpointAuth !== 'entra')
            return new SignInStep(ctx, undefined, undefined);
        const auth = await readAuth(ctx.arm, ctx.site, settings.azureEnvironment);
        const tenant = settings.tenantId || (await tenantOf(ctx));
        return new SignInStep(ctx, auth, issuerFor(ctx.authorityHost, tenant));
    }
    /** The sign-in's part of the settings write, given the settings as read. */
    edit(current) {
        this.seen = { ...current };
        const { settings } = this.ctx;
        if (settings.endpointAuth === 'key' && !parseSigninRecord(current[SIGNIN_RECORD_SETTING])) {
            this.plan = undefined;
            return { set: {}, remove: [] };
        }
        this.plan = planSignIn({ endpointAuth: settings.endpointAuth, entra: settings.entra, issuer: this.issuer }, 
        // Back to key: the auth settings are read in commit (nothing read them before).
        this.auth ?? {}, current);
        return this.plan.settings(current);
    }
    /** After the settings write: the auth write, or the settings put back when it fails. */
    async commit(apply) {
        const { arm, site, settings, ui } = this.ctx;
        const seen = this.seen ?? {};
        let plan = this.plan;
        if (!plan)
            return { authWritten: [], rows: [] };
        try {
            if (plan.mode === 'revert') {
                const auth = await readAuth(arm, site, settings.azureEnvironment);
                plan = planSignIn({ endpointAuth: 'key' }, auth, seen);
            }
            if (plan.authChanges.length) {
                ui.info(`authentication settings: ${plan.mode === 'revert' ? 'putting back' : 'writing'} ${plan.authChanges.join(', ')} (the app restarts)`);
                await writeAuth(arm, site, plan.after);
            }
            else
                ui.info('authentication settings: nothing to change');
        }
        catch (err) {
            const keys = [PRM_SETTING, SIGNIN_RECORD_SETTING];
            try {
                await apply(current => plan.undo(current, pick(seen, keys)));
                ui.info(`app settings: put back ${keys.join(', ')} as they were`);
            }
            catch (undoErr) {
                ui.warning(`putting back the app settings ${keys.join(', ')} failed too (${undoErr instanceof Error ? undoErr.message : String(undoErr)}); check them in the portal`);
            }
            throw err;
        }
        const e = settings.entra;
        if (plan.mode !== 'entra' || !e || !this.issuer)
            return { authWritten: plan.authChanges, rows: plan.rows };
        const issuer = this.issuer;
        const credential = this.ctx.credential;
        const facts = {
            issuer,
            scope: e.scope,
            identifierUri: e.identifierUri,
            clientId: e.clientId,
            rows: plan.rows,
            async getToken() {
                const scope = `${e.identifierUri}/.default`;
                let token;
                try {
                    const t = await credential.getToken(scope);
                    if (!t?.token)
                        return { reason: 'the token service gave none' };
                    token = t.token;
                }
                catch (err) {
                    return { reason: (err instanceof Error ? err.message : String(err)).split('\n')[0] };
                }
                ui.setSecret(token);
                const app = appOfToken(token);
                if (e.allowedClientIds.length && (!app || !e.allowedClientIds.includes(app.toLowerCase())))
                    return {
                        reason: `the deploying identity${app ? ` (${app})` : ''} is not among entra-allowed-client-ids`
                    };
                return { token };
            }
        };
        return { authWritten: plan.authChanges, rows: plan.rows, facts };
    }
}
function pick(o, keys) {
    const out = {};
    for (const k of keys)
        if (o[k] !== undefined)
            out[k] = o[k];
    return out;
}
async function tenantOf(ctx) {
    try {
        const t = await ctx.credential.getToken(ctx.armScope);
        const tid = t ? tenantOfToken(t.token) : undefined;
        if (tid)
            return tid;
    }
    catch {
        // said below
    }
    throw new errors/* UserError */.y('endpoint-auth entra: the tenant of the sign-in is not known', "set tenant-id (the directory of the server's app registration)");
}
function appOfToken(token) {
    try {
        const c = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
        const v = c.azp ?? c.appid;
        return typeof v === 'string' ? v : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/targets/azure/index.ts















class AzureTarget {
    deps;
    name = 'azure';
    constructor(deps = {}) {
        this.deps = deps;
    }
    async deploy(req) {
        const { settings, pkg, app, ui } = req;
        const opened = takeSession(settings);
        const deadline = req.deadline ?? runDeadline(settings, this.deps);
        const session = opened ? await opened : await openSession(settings, ui, this.deps, deadline);
        const { arm, site } = session;
        const phases = [...session.phases];
        checkRuntime(site, app.language);
        const kudu = new Kudu(site.scmHost, session.login.credential, session.endpoints.scope, { httpClient: this.deps.httpClient, deadline }, ui);
        const signIn = await SignInStep.prepare({
            arm,
            site,
            settings,
            credential: session.login.credential,
            authorityHost: session.endpoints.authorityHost,
            armScope: session.endpoints.scope,
            ui
        });
        // App settings: merged, written only when something changes (a write restarts the app).
        let changes = [];
        let before = {};
        const settingsWritten = await timed(phases, 'settings', async () => {
            let skipped = [];
            let clearing = [];
            const applied = await applySettings(arm, site, current => {
                const rfp = current.WEBSITE_RUN_FROM_PACKAGE ?? '';
                if (!site.flex && /^https?:/i.test(rfp.trim())) {
                    throw new errors/* UserError */.y(`${site.appName} has WEBSITE_RUN_FROM_PACKAGE set to a URL: it runs the package at that URL and takes no upload`, 'remove the WEBSITE_RUN_FROM_PACKAGE app setting (or set it to 1), then run again');
                }
                clearing = site.flex ? [] : remoteBuildOn(current);
                // The sign-in's settings (endpoint-auth) ride along in the same write.
                const sign = signIn.edit(current);
                const r = mergeAppSettings(current, { ...app.appSettings, ...sign.set }, site.flex, [
                    ...clearing,
                    ...sign.remove
                ]);
                skipped = r.skipped;
                return r;
            }, ui);
            before = applied.before;
            changes = describeChanges(record_parseRecord(before[RECORD_SETTING]), pkg, site.tags[PACKAGE_TAG]);
            if (skipped.length)
                ui.debug(`not written on Flex Consumption (the platform owns them): ${skipped.join(', ')}`);
            if (clearing.length)
                ui.info(`app settings: removing ${clearing.join(', ')}: the package is built already, and a remote build would build it again on the server`);
            if (applied.changed.length === 0) {
                ui.info('app settings: nothing to change');
                return [];
            }
            ui.info(`app settings: wrote ${applied.changed.join(', ')} (the app restarts)`);
            if (!site.flex) {
                // The SCM site restarts with the app: an upload right now can fail or be lost.
                const expect = {};
                for (const k of applied.changed)
                    expect[k] = applied.after[k];
                await timed(phases, 'scm restart', () => kudu.waitForSettings(expect));
            }
            return applied.changed;
        });
        // Auth settings right after the app settings they go with (a failure puts those back).
        let signInOutcome = { authWritten: [], rows: [] };
        if (signIn.mode === 'entra' || settingsWritten.length)
            signInOutcome = await timed(phases, 'sign-in', () => signIn.commit(async (change) => {
                await applySettings(arm, site, current => {
                    const c = change(current);
                    return mergeAppSettings(current, c.set, site.flex, c.remove);
                }, ui);
            }));
        const unchanged = settings.skipUnchanged && site.tags[PACKAGE_TAG] === pkg.sha256;
        let deploymentId;
        let uploadAttempts = 0;
        let uploadMs = 0;
        let keys;
        const readKeys = async () => {
            keys = await arm.hostKeys(site, s => ui.setSecret(s));
            return keys;
        };
        if (unchanged) {
            ui.info(`package unchanged (sha256 ${pkg.sha256.slice(0, 12)}… is what the app has): no upload`);
        }
        else {
            const how = site.flex ? 'One Deploy' : 'zip deploy';
            const up = await timed(phases, 'upload', () => {
                ui.info(`uploading ${(0,format/* formatBytes */.z)(pkg.bytes)} to ${site.scmHost} (${how})`);
                return kudu.upload(pkg.zipPath, pkg.bytes, site.flex);
            });
            deploymentId = up.id;
            uploadAttempts = up.attempts;
            uploadMs = up.sendMs;
            const rec = await timed(phases, 'deployment', () => kudu.wait(up, async () => {
                try {
                    const k = keys ?? (await readKeys());
                    if (!k.masterKey)
                        return { state: 'unknown', detail: 'no master key' };
                    return hostCheck(await hostStatus(site.defaultHostName, k.masterKey, deadline, this.deps.httpClient));
                }
                catch (err) {
                    return { state: 'unknown', detail: err instanceof Error ? err.message : String(err) };
                }
            }));
            deploymentId = rec.id ?? deploymentId;
            if (rec.status === 4 && !rec.confirmedBy)
                ui.info(`deployment ${deploymentId ?? ''} succeeded`.replace('  ', ' '));
            // What was deployed is recorded only now that the deployment succeeded.
            const record = recordOf(pkg);
            if (before[RECORD_SETTING] !== record) {
                await timed(phases, 'record', async () => {
                    const r = await applySettings(arm, site, current => current[RECORD_SETTING] === record
                        ? { merged: current, changed: [] }
                        : { merged: { ...current, [RECORD_SETTING]: record }, changed: [RECORD_SETTING] }, ui);
                    if (r.changed.length)
                        settingsWritten.push(RECORD_SETTING);
                });
            }
            // Flex: the platform syncs the triggers after One Deploy (Core Tools, the az CLI and VS
            // Code skip it there). Elsewhere a sync is cheap insurance; it never fails the run.
            if (!site.flex) {
                await timed(phases, 'sync', async () => {
                    try {
                        await arm.syncTriggers(site);
                    }
                    catch (err) {
                        ui.warning(`syncing the triggers of ${site.appName} failed (${armError(err, 'sync').message}); the functions may take a while to show`);
                    }
                });
            }
            if (site.tags[PACKAGE_TAG] !== pkg.sha256) {
                await timed(phases, 'tag', async () => {
                    try {
                        await arm.writeTag(site, PACKAGE_TAG, pkg.sha256);
                    }
                    catch (err) {
                        ui.warning(`could not keep the package hash as a tag (${err instanceof Error ? err.message : String(err)}); skip-unchanged will upload next time`);
                    }
                });
            }
        }
        const authLevel = app.authLevel;
        const key_ = authLevel === 'anonymous'
            ? undefined
            : await timed(phases, 'keys', async () => pickKey(site, await readKeys(), authLevel, settings.keyName));
        const diagnose = async () => {
            let status = { errors: [] };
            try {
                const k = keys ?? (await readKeys());
                if (k.masterKey)
                    status = await hostStatus(site.defaultHostName, k.masterKey, deadline, this.deps.httpClient);
            }
            catch {
                // the status stays unknown
            }
            return diagnosis(status, site.flex ? [] : await kudu.containerLog());
        };
        const endpoint = endpointUrl(site.defaultHostName, app.routePrefix);
        const details = deployRows({
            site,
            pkg,
            login: session.login.method,
            settingsWritten,
            unchanged,
            deploymentId,
            uploadAttempts,
            changes,
            signIn: signInOutcome,
            phases
        });
        for (const line of changes)
            ui.info(`since the last deploy: ${line}`);
        return {
            endpoint,
            key: key_,
            authLevel: app.authLevel,
            deployed: !unchanged,
            details,
            stop: async () => { },
            diagnose,
            signIn: signInOutcome.facts,
            phases,
            deploymentId,
            uploadAttempts,
            uploadMs,
            settingsWritten,
            site
        };
    }
}


/***/ })

};
