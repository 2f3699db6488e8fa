export const id = 994;
export const ids = [994];
export const modules = {

/***/ 8994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AzureTarget: () => (/* binding */ AzureTarget),
  readSiteRuntime: () => (/* binding */ readSiteRuntime)
});

// UNUSED EXPORTS: CLOUDS, PACKAGE_TAG, checkRuntime, endpointUrl, mergeAppSettings, resolveEndpoints

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 37 modules
var esm = __webpack_require__(1818);
;// CONCATENATED MODULE: ./src/targets/azure/kudu.ts
/**
 * The SCM (Kudu) site: One Deploy for Flex Consumption, zip deploy for the other plans, the
 * deployment record polled until it ends, and its log when it fails.
 */



const DEPLOYER = 'mcp-functions-deploy';
const MAX_UPLOAD_ATTEMPTS = 6;
/** Retry-After is honoured up to this. */
const MAX_RETRY_AFTER_MS = 120000;
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
    deps;
    ui;
    base;
    http;
    constructor(scmHost, credential, scope, deps, ui) {
        this.credential = credential;
        this.scope = scope;
        this.deps = deps;
        this.ui = ui;
        this.base = `https://${scmHost}`;
        this.http = deps.httpClient ?? (0,esm/* createDefaultHttpClient */.fl)();
    }
    async send(method, pathOrUrl, body) {
        const url = pathOrUrl.startsWith('https://') ? pathOrUrl : this.base + pathOrUrl;
        const got = await this.credential.getToken(this.scope);
        if (!got)
            throw new errors/* UserError */.y('the login returned no token for the SCM site');
        const token = got.token;
        const headers = (0,esm/* createHttpHeaders */.Nc)({
            Authorization: `Bearer ${token}`,
            Accept: 'application/json'
        });
        if (body) {
            headers.set('Content-Type', 'application/zip');
            headers.set('Content-Length', String(body.bytes));
        }
        const req = (0,esm/* createPipelineRequest */.G6)({
            url,
            method,
            headers,
            // A factory: each attempt streams the file again from its start.
            body: body ? () => (0,external_node_fs_.createReadStream)(body.file) : undefined,
            timeout: body ? 0 : 60000
        });
        return this.http.sendRequest(req);
    }
    /**
     * Sends the zip, retrying 408/409/429/5xx and dropped connections with bounded backoff
     * (Retry-After honoured). Flex: One Deploy; other plans: async zip deploy.
     */
    async upload(zipFile, bytes, flex) {
        const path = flex
            ? `/api/publish?RemoteBuild=false&Deployer=${DEPLOYER}`
            : `/api/zipdeploy?isAsync=true&Deployer=${DEPLOYER}`;
        let sendMs = 0;
        for (let attempt = 1;; attempt++) {
            let res;
            let why;
            const t0 = performance.now();
            try {
                res = await this.send('POST', path, { file: zipFile, bytes });
                why = `HTTP ${res.status}`;
            }
            catch (err) {
                why = `connection failed (${netReason(err)})`;
            }
            finally {
                sendMs += performance.now() - t0;
            }
            if (res && res.status >= 200 && res.status < 300) {
                return { ...this.accepted(res, flex), attempts: attempt, sendMs };
            }
            if (res && !RETRY_STATUS.has(res.status))
                throw uploadError(res, this.base);
            if (attempt >= MAX_UPLOAD_ATTEMPTS) {
                throw new errors/* UserError */.y(`upload to ${this.base} failed after ${attempt} attempts; last: ${why}${res ? ' ' + bodyLine(res.bodyAsText ?? undefined) : ''}`.trim(), res?.status === 409
                    ? 'another deployment kept running on the app; wait for it, then run again'
                    : undefined);
            }
            const retryAfter = res?.status === 429 || res?.status === 503
                ? retryAfterMs(res.headers.get('retry-after') ?? undefined, this.deps.now())
                : undefined;
            const wait = retryAfter ?? backoffMs(attempt);
            this.ui.info(`upload attempt ${attempt}: ${why}${res?.status === 409 ? ' (another deployment is running)' : ''}; retrying in ${(wait / 1000).toFixed(1)} s`);
            await this.deps.sleep(wait);
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
     * Polls the deployment record with bounded backoff until it ends; only 4 (Success) is success.
     * Transient answers (404 before the record exists, 5xx, dropped connections) are waited out.
     */
    async wait(up, timeoutMinutes) {
        const started = this.deps.now();
        const deadline = started + timeoutMinutes * 60000;
        let delay = 250;
        let last;
        let lastProblem = '';
        for (;;) {
            let res;
            try {
                res = await this.send('GET', up.statusUrl);
            }
            catch (err) {
                lastProblem = `connection failed (${netReason(err)})`;
            }
            if (res?.status === 200 || res?.status === 202) {
                const rec = parseRecord(res.bodyAsText ?? undefined);
                if (rec) {
                    last = rec;
                    if (FINAL.has(rec.status)) {
                        if (rec.status === 4)
                            return rec;
                        throw await this.failure(rec, up);
                    }
                }
            }
            else if (res && (res.status === 401 || res.status === 403)) {
                throw new errors/* UserError */.y(`reading deployment ${up.id ?? ''} was refused (HTTP ${res.status})`.replace('  ', ' '), 'the identity needs Website Contributor (or Contributor) on the app');
            }
            else if (res) {
                lastProblem = `HTTP ${res.status}`;
            }
            if (this.deps.now() >= deadline) {
                const state = last
                    ? `${DEPLOY_STATUS[last.status] ?? last.status}`
                    : lastProblem || 'no record yet';
                throw new errors/* UserError */.y(`deployment ${last?.id ?? up.id ?? ''} did not finish within ${timeoutMinutes} minutes (last status: ${state})`.replace('  ', ' '), `see ${up.statusUrl}; raise timeout-minutes if the app is slow to start`);
            }
            await this.deps.sleep(delay);
            // Short polls during the first minute (most deployments end there, and each second of slack
            // is the action's overhead), then at most every 5 s.
            const cap = this.deps.now() - started < 60000 ? 1000 : 5000;
            delay = Math.min(Math.round(delay * 1.5), cap);
        }
    }
    async failure(rec, up) {
        const what = DEPLOY_STATUS[rec.status] ?? String(rec.status);
        const tail = await this.logTail(rec);
        if (tail.length > 0) {
            this.ui.error(`deployment ${rec.id ?? up.id ?? ''} ended ${what}; the end of its log:`);
            for (const line of tail)
                this.ui.info(`  ${line}`);
        }
        const last = tail.slice(-3).join(' | ');
        const hint = rec.status === 5
            ? 'another deployment ran at the same time; run again'
            : rec.status === -1
                ? 'the deployment was cancelled on the app'
                : undefined;
        return new errors/* UserError */.y(`deployment ${rec.id ?? up.id ?? ''} ended ${what}${last ? `: ${last}` : rec.status_text ? `: ${rec.status_text}` : ''}`.replace('  ', ' '), hint);
    }
    /** The last lines of the deployment log (log_url and the details of its last entries). */
    async logTail(rec, max = 15) {
        if (typeof rec.log_url !== 'string')
            return [];
        const sameHost = (u) => {
            try {
                return new URL(u, this.base).origin === new URL(this.base).origin;
            }
            catch {
                return false;
            }
        };
        if (!sameHost(rec.log_url))
            return [];
        try {
            const entries = parseArray(await this.getText(new URL(rec.log_url, this.base).href));
            const lines = [];
            const lastEntries = entries.slice(-max);
            for (const [i, e] of lastEntries.entries()) {
                const msg = typeof e.message === 'string' ? e.message.trim() : '';
                if (msg)
                    lines.push(msg);
                // The details of the last few entries carry the build's or the deployer's own output.
                if (typeof e.details_url === 'string' &&
                    sameHost(e.details_url) &&
                    i >= lastEntries.length - 3) {
                    const details = parseArray(await this.getText(new URL(e.details_url, this.base).href));
                    for (const d of details.slice(-max)) {
                        const m = typeof d.message === 'string' ? d.message.trim() : '';
                        if (m)
                            lines.push(m);
                    }
                }
            }
            return lines
                .flatMap(l => l.split(/\r?\n/))
                .filter(Boolean)
                .slice(-max);
        }
        catch {
            return [];
        }
    }
    async getText(url) {
        const res = await this.send('GET', url);
        return res.status === 200 ? (res.bodyAsText ?? '') : '';
    }
}
/** 2 s, 4 s, 8 s, 16 s, then 30 s. */
function backoffMs(attempt) {
    return Math.min(30000, 2000 * 2 ** (attempt - 1));
}
/** Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(value, now) {
    if (!value)
        return undefined;
    const v = value.trim();
    let ms;
    if (/^\d+(\.\d+)?$/.test(v))
        ms = Number(v) * 1000;
    else {
        const t = Date.parse(v);
        if (Number.isNaN(t))
            return undefined;
        ms = t - now;
    }
    return Math.max(0, Math.min(MAX_RETRY_AFTER_MS, Math.round(ms)));
}
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
    return text.replace(/\s+/g, ' ').trim().slice(0, 300);
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

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 155 modules
var dist_esm = __webpack_require__(3952);
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
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
/** Logs in and fetches the first token, so that a failure is reported as a login failure. */
async function login(settings, endpoints, deps, ui) {
    const mask = (secret) => ui.setSecret(secret);
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
        const credential = new dist_esm/* ClientAssertionCredential */.XI(settings.tenantId, settings.clientId, async () => {
            try {
                const jwt = await getIDToken(OIDC_AUDIENCE);
                mask(jwt);
                seen.claims = jwtClaims(jwt);
                return jwt;
            }
            catch (err) {
                seen.error = err;
                throw err;
            }
        }, common);
        return first(mask, 'oidc', credential, endpoints.scope, err => oidcError(err, seen, settings));
    }
    if (auth === 'azure-cli') {
        return first(mask, 'azure-cli', cliCredential(settings), endpoints.scope, err => cliError(err));
    }
    if (auth === 'environment') {
        return first(mask, 'environment', new dist_esm/* EnvironmentCredential */.lp(common), endpoints.scope, err => envError(err));
    }
    if (auth === 'managed-identity') {
        const mi = settings.clientId
            ? new dist_esm/* ManagedIdentityCredential */.NC({ clientId: settings.clientId })
            : new dist_esm/* ManagedIdentityCredential */.NC();
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
        return first(mask, 'environment', new dist_esm/* EnvironmentCredential */.lp(common), endpoints.scope, err => envError(err));
    }
}
function cliCredential(settings) {
    return new dist_esm/* AzureCliCredential */.nG({
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
async function first(mask, method, credential, scope, explain) {
    const cached = new CachingCredential(credential, mask);
    try {
        await cached.getToken(scope);
    }
    catch (err) {
        throw explain(err);
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
function oidcError(err, seen, settings) {
    if (seen.error !== undefined || !seen.claims) {
        const why = seen.error !== undefined ? login_short(seen.error) : login_short(err);
        return new errors/* UserError */.y(`GitHub OIDC login: the runner gave no ID token (${why})`, 'client-id and tenant-id are set, so OIDC was used: add `permissions: id-token: write` to the job (or workflow); on a fork pull request there is no token — use auth: azure-cli there');
    }
    const sub = String(seen.claims.sub ?? '');
    const text = clean(err);
    if (/AADSTS70021|AADSTS700213|AADSTS700211|federated/i.test(text)) {
        return new errors/* UserError */.y(`GitHub OIDC login refused: no federated credential on app ${settings.clientId} matches subject "${sub}"`, `add one with issuer ${GITHUB_ISSUER}, subject ${sub} and audience ${OIDC_AUDIENCE} (Entra ID: the app registration → Certificates & secrets → Federated credentials)`);
    }
    if (/AADSTS700016/.test(text)) {
        return new errors/* UserError */.y(`GitHub OIDC login refused: no application ${settings.clientId} in tenant ${settings.tenantId}`, 'check client-id (the app registration’s Application (client) ID) and tenant-id');
    }
    return new errors/* UserError */.y(`GitHub OIDC login refused for subject "${sub}": ${text}`, `the app ${settings.clientId} needs a federated credential with issuer ${GITHUB_ISSUER}, subject ${sub}, audience ${OIDC_AUDIENCE}`);
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
    return (lines[0] ?? 'unknown error').slice(0, 400);
}
function login_short(err) {
    return clean(err)
        .replace(/\s*To troubleshoot, visit https:\/\/aka\.ms\/\S+\.?/g, '')
        .replace(/\.$/, '');
}

// EXTERNAL MODULE: ./node_modules/@azure/arm-appservice/dist/esm/index.js + 76 modules
var arm_appservice_dist_esm = __webpack_require__(8485);
;// CONCATENATED MODULE: ./src/targets/azure/site.ts
/**
 * Resource Manager: the function app, its plan and runtime, app settings, tags, keys, trigger sync.
 * Host names are taken from ARM as opaque `host[:port]` strings, never built.
 */




/** The site tag that keeps the sha256 of the package last deployed by this action. */
const PACKAGE_TAG = 'mcp-functions-deploy-sha256';
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
class Arm {
    subscriptionId;
    endpoint;
    httpClient;
    client;
    constructor(credential, subscriptionId, endpoint, scope, httpClient) {
        this.subscriptionId = subscriptionId;
        this.endpoint = endpoint;
        this.httpClient = httpClient;
        this.client = new arm_appservice_dist_esm/* WebSiteManagementClient */.yX(credential, subscriptionId, {
            endpoint,
            credentials: { scopes: [scope] },
            ...(httpClient ? { httpClient } : {}),
            userAgentOptions: { userAgentPrefix: 'mcp-functions-deploy' }
        });
    }
    /** Finds the app (its resource group when not given) and reads what the deploy needs. */
    async findSite(appName, resourceGroup) {
        let site;
        if (resourceGroup) {
            try {
                site = await this.client.webApps.get(resourceGroup, appName);
            }
            catch (err) {
                if (site_status(err) === 404) {
                    throw new errors/* UserError */.y(`function app ${appName} not found in resource group ${resourceGroup} (subscription ${this.subscriptionId})`, 'check app-name, resource-group and subscription-id');
                }
                throw armError(err, `reading function app ${appName}`);
            }
        }
        else {
            const found = [];
            try {
                for await (const s of this.client.webApps.list()) {
                    if (s.name?.toLowerCase() === appName.toLowerCase())
                        found.push(s);
                }
            }
            catch (err) {
                throw armError(err, `listing the sites of subscription ${this.subscriptionId} to find ${appName}'s resource group`);
            }
            if (found.length === 0) {
                throw new errors/* UserError */.y(`no function app named ${appName} in subscription ${this.subscriptionId} that this identity can see`, 'check app-name and subscription-id, or set resource-group; the identity needs at least Reader on the app');
            }
            site = found[0];
        }
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
        let plan = planLabel(site.sku);
        if (!plan && site.serverFarmId) {
            try {
                const { rg, name } = parseId(site.serverFarmId);
                const farm = await this.client.appServicePlans.get(rg, name);
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
            plan: plan || (flex ? 'Flex Consumption' : 'unknown plan'),
            runtime,
            defaultHostName,
            scmHost,
            tags: { ...(site.tags ?? {}) }
        };
    }
    async readSettings(site) {
        try {
            const dict = await this.client.webApps.listApplicationSettings(site.resourceGroup, site.appName);
            return { ...(dict.properties ?? {}) };
        }
        catch (err) {
            throw armError(err, `reading the app settings of ${site.appName}`);
        }
    }
    /** Writes the whole set (ARM replaces it): a write restarts the app. */
    async writeSettings(site, settings) {
        try {
            await this.client.webApps.updateApplicationSettings(site.resourceGroup, site.appName, {
                properties: settings
            });
        }
        catch (err) {
            throw armError(err, `writing the app settings of ${site.appName}`);
        }
    }
    /** Merges one tag through the Tags resource (Microsoft.Resources/tags): no restart. */
    async writeTag(site, name, value) {
        const url = `${this.endpoint}${site.id}/providers/Microsoft.Resources/tags/default?api-version=2021-04-01`;
        const req = (0,esm/* createPipelineRequest */.G6)({
            url,
            method: 'PATCH',
            body: JSON.stringify({ operation: 'Merge', properties: { tags: { [name]: value } } })
        });
        req.headers.set('Content-Type', 'application/json');
        const res = await this.client.pipeline.sendRequest(this.httpClient ?? defaultClient(), req);
        if (res.status >= 300) {
            throw new errors/* UserError */.y(`writing tag ${name} on ${site.appName} failed: HTTP ${res.status} ${errorText(res.bodyAsText ?? undefined)}`);
        }
    }
    async syncTriggers(site) {
        await this.client.webApps.syncFunctions(site.resourceGroup, site.appName);
    }
    async hostKeys(site) {
        return this.client.webApps.listHostKeys(site.resourceGroup, site.appName);
    }
}
let sharedClient;
function defaultClient() {
    sharedClient ??= (0,esm/* createDefaultHttpClient */.fl)();
    return sharedClient;
}
/**
 * Merges what the package needs into what the app has: other settings stay as they are,
 * AzureWebJobsFeatureFlags is a comma list (flags are added, none removed).
 */
function mergeAppSettings(current, wanted, flex) {
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
    return { merged, changed, skipped };
}
function splitFlags(v) {
    return v
        .split(',')
        .map(s => s.trim())
        .filter(Boolean);
}
/**
 * The app's runtime must fit the server: Linux, and python for a Python server (node or custom
 * for a Node one). Returns the Python version to build for when the app says it.
 */
function checkRuntime(site, language) {
    if (site.os === 'windows') {
        throw new errors/* UserError */.y(`${site.appName} is a Windows function app; MCP custom handlers are deployed to Linux apps`, 'create a Linux Function App (Flex Consumption) for this server');
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
        Dynamic: 'Consumption',
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

;// CONCATENATED MODULE: ./src/targets/azure/index.ts









const realSleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
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
        return await fn();
    }
    finally {
        phases.push({ name, ms: performance.now() - t0 });
    }
}
async function openSession(settings, ui, deps) {
    if (!settings.appName)
        throw new errors/* UserError */.y('app-name is required to deploy to Azure', 'the name of the function app, e.g. app-name: my-mcp-server');
    if (!settings.subscriptionId) {
        throw new errors/* UserError */.y('subscription-id is not set', 'set the subscription-id input or the AZURE_SUBSCRIPTION_ID environment variable');
    }
    const endpoints = resolveEndpoints(settings.azureEnvironment, settings.armEndpoint, deps.authorityHost ?? process.env.AZURE_AUTHORITY_HOST);
    const phases = [];
    const lg = await timed(phases, 'login', () => login(settings, endpoints, { httpClient: deps.httpClient, getIDToken: deps.getIDToken }, ui));
    ui.info(`logged in with the ${LOGIN_LABEL[lg.method]}`);
    const arm = new Arm(lg.credential, settings.subscriptionId, endpoints.armEndpoint, endpoints.scope, deps.httpClient);
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
async function readSiteRuntime(settings, ui, language, deps = {}) {
    const key = sessionKey(settings);
    const p = openSession(settings, ui, deps);
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
class AzureTarget {
    deps;
    name = 'azure';
    sleep;
    now;
    constructor(deps = {}) {
        this.deps = deps;
        this.sleep = deps.sleep ?? realSleep;
        this.now = deps.now ?? Date.now;
    }
    async deploy(req) {
        const { settings, pkg, app, ui } = req;
        const key = sessionKey(settings);
        const opened = pending.get(key);
        pending.delete(key);
        const session = opened ? await opened : await openSession(settings, ui, this.deps);
        const { arm, site } = session;
        const phases = [...session.phases];
        checkRuntime(site, app.language);
        // App settings: merged, written only when something changes (a write restarts the app).
        // The deploy record rides along: it changes only when the package does.
        let changes = [];
        const settingsWritten = await timed(phases, 'settings', async () => {
            const current = await arm.readSettings(site);
            changes = describeChanges(record_parseRecord(current[RECORD_SETTING]), pkg, site.tags[PACKAGE_TAG]);
            const desired = { ...app.appSettings, [RECORD_SETTING]: recordOf(pkg) };
            const { merged, changed, skipped } = mergeAppSettings(current, desired, site.flex);
            if (skipped.length)
                ui.debug(`not written on Flex Consumption (the platform owns them): ${skipped.join(', ')}`);
            if (changed.length === 0) {
                ui.info('app settings: nothing to change');
                return [];
            }
            ui.info(`app settings: writing ${changed.join(', ')} (the app restarts)`);
            await arm.writeSettings(site, merged);
            return changed;
        });
        const unchanged = settings.skipUnchanged && site.tags[PACKAGE_TAG] === pkg.sha256;
        let deploymentId;
        let uploadAttempts = 0;
        let uploadMs = 0;
        if (unchanged) {
            ui.info(`package unchanged (sha256 ${pkg.sha256.slice(0, 12)}… is what the app has): no upload`);
        }
        else {
            const kudu = new Kudu(site.scmHost, session.login.credential, session.endpoints.scope, { httpClient: this.deps.httpClient, sleep: this.sleep, now: this.now }, ui);
            const how = site.flex ? 'One Deploy' : 'zip deploy';
            const up = await timed(phases, 'upload', () => {
                ui.info(`uploading ${(0,format/* formatBytes */.z)(pkg.bytes)} to ${site.scmHost} (${how})`);
                return kudu.upload(pkg.zipPath, pkg.bytes, site.flex);
            });
            deploymentId = up.id;
            uploadAttempts = up.attempts;
            uploadMs = up.sendMs;
            const rec = await timed(phases, 'deployment', () => kudu.wait(up, settings.timeoutMinutes));
            deploymentId = rec.id ?? deploymentId;
            ui.info(`deployment ${deploymentId ?? ''} succeeded`.replace('  ', ' '));
            await timed(phases, 'sync', async () => {
                try {
                    await arm.syncTriggers(site);
                }
                catch (err) {
                    ui.warning(`syncing the triggers of ${site.appName} failed (${armError(err, 'sync').message}); the functions may take a while to show`);
                }
            });
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
            : await timed(phases, 'keys', () => this.readKey(arm, site, authLevel, settings.keyName, ui));
        const endpoint = endpointUrl(site.defaultHostName, app.routePrefix);
        const details = [
            ['App', `${site.appName} (resource group ${site.resourceGroup})`],
            ['Plan', site.plan],
            ['Runtime', site.runtime ? `${site.runtime.name} ${site.runtime.version}`.trim() : 'unknown'],
            [
                'Package',
                `${(0,format/* formatBytes */.z)(pkg.bytes)}, ${pkg.fileCount} files, sha256 ${pkg.sha256.slice(0, 12)}…`
            ],
            ['Login', LOGIN_LABEL[session.login.method]],
            [
                'App settings',
                settingsWritten.length ? `updated: ${settingsWritten.join(', ')}` : 'unchanged'
            ],
            [
                'Deployment',
                unchanged
                    ? 'skipped: package unchanged'
                    : `${deploymentId ?? '(no id)'} via ${site.flex ? 'One Deploy' : 'zip deploy'}${uploadAttempts > 1 ? `, ${uploadAttempts} upload attempts` : ''}`
            ],
            ['Since the last deploy', changes.join('; ')]
        ];
        for (const line of changes)
            ui.info(`since the last deploy: ${line}`);
        for (const p of phases)
            details.push([`Time: ${p.name}`, `${(p.ms / 1000).toFixed(2)} s`]);
        return {
            endpoint,
            key: key_,
            authLevel: app.authLevel,
            deployed: !unchanged,
            details,
            stop: async () => { },
            phases,
            deploymentId,
            uploadAttempts,
            uploadMs,
            settingsWritten,
            site
        };
    }
    /** listHostKeys, retried while the host starts; the key is masked before anything else. */
    async readKey(arm, site, authLevel, keyName, ui) {
        const attempts = 6;
        for (let i = 1;; i++) {
            try {
                const keys = await arm.hostKeys(site);
                if (keys.masterKey)
                    ui.setSecret(keys.masterKey);
                for (const v of Object.values(keys.functionKeys ?? {}))
                    if (v)
                        ui.setSecret(v);
                if (authLevel === 'admin') {
                    if (!keys.masterKey)
                        throw new errors/* UserError */.y(`${site.appName} returned no master key, which an admin-level function needs`);
                    return keys.masterKey;
                }
                const fk = keys.functionKeys ?? {};
                const key = fk[keyName] ??
                    (keyName === 'master' || keyName === '_master' ? keys.masterKey : undefined);
                if (!key) {
                    const names = Object.keys(fk);
                    throw new errors/* UserError */.y(`${site.appName} has no host key named "${keyName}"`, names.length ? `its function keys: ${names.join(', ')}` : 'it has no function keys yet');
                }
                return key;
            }
            catch (err) {
                if (err instanceof errors/* UserError */.y)
                    throw err;
                const code = site_status(err);
                if (code === 401 || code === 403 || code === 404 || i >= attempts)
                    throw armError(err, `reading the host keys of ${site.appName}`);
                const wait = Math.min(2000 * 2 ** (i - 1), 15000);
                ui.info(`host keys not available yet (${code ? `HTTP ${code}` : 'no answer'}); retrying in ${wait / 1000} s`);
                await this.sleep(wait);
            }
        }
    }
}
/** `https://<defaultHostName><routePrefix>/mcp`, the prefix with its slashes normalised. */
function endpointUrl(defaultHostName, routePrefix) {
    const prefix = routePrefix.replace(/^\/+|\/+$/g, '');
    return `https://${defaultHostName}${prefix ? `/${prefix}` : ''}/mcp`;
}


/***/ })

};
