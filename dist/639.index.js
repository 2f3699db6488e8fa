export const id = 639;
export const ids = [639];
export const modules = {

/***/ 9639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   anonymousPlan: () => (/* binding */ anonymousPlan),
/* harmony export */   signInFindings: () => (/* binding */ signInFindings)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _hostjson_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9105);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1343);
/**
 * What `endpoint-auth: entra` means for the server's own files. The platform (App Service
 * authentication) signs clients in, so:
 * - in check: an `anonymous` function level is expected, not a warning; a server that checks its
 *   own key or tokens is a finding (`entra/server-auth`);
 * - in the stage: the function's level becomes `anonymous` (a function key would be a second,
 *   shared door behind the sign-in, which MCP clients cannot open).
 */



/** Rules that say "anonymous is dangerous": under entra the platform guards the door. */
const ANONYMOUS_RULES = new Set(['host-json/anonymous', 'function-json/anonymous']);
/** Signs that the server enforces its own credentials (an SDK auth helper, a key header). */
const OWN_AUTH = [
    { re: /\brequireBearerAuth\s*\(/, what: 'requireBearerAuth' },
    { re: /\bmcpAuthRouter\s*\(/, what: 'mcpAuthRouter' },
    { re: /\btoken_verifier\s*=/, what: 'token_verifier' },
    { re: /\bAuthSettings\s*\(/, what: 'AuthSettings' },
    { re: /\bRequireAuthMiddleware\b/, what: 'RequireAuthMiddleware' },
    { re: /\bBearerAuthBackend\b/, what: 'BearerAuthBackend' },
    { re: /\bauth\s*=\s*(?:[A-Za-z_]+\.)?[A-Za-z]*(?:Provider|Verifier)\s*\(/, what: 'auth=' },
    { re: /['"`]x-functions-key['"`]/i, what: 'an x-functions-key check' },
    { re: /['"`]x-api-key['"`]/i, what: 'an x-api-key check' }
];
const CODE_FILE = /\.(py|[cm]?[jt]s)$/;
const MAX_FILES = 200;
/** Check-mode findings as they read under the chosen endpoint-auth. */
function signInFindings(project, findings, endpointAuth) {
    if (endpointAuth !== 'entra')
        return findings;
    const out = findings.filter(f => !ANONYMOUS_RULES.has(f.rule));
    const hit = ownAuth(project);
    if (hit) {
        out.push({
            rule: 'entra/server-auth',
            severity: 'warning',
            file: hit.file,
            line: hit.line,
            message: `the server checks credentials itself (${hit.what}), but with endpoint-auth entra the platform signs clients in: requests arrive with the tenant's Entra token, not the key or token the server expects`,
            fix: 'remove the server’s own check (App Service authentication validates the token before the request reaches it), or make it accept the tenant’s tokens for the entra-scope'
        });
    }
    return out;
}
function ownAuth(p) {
    const entry = p.python?.entry ?? p.node?.entry;
    const files = p.files.list(n => CODE_FILE.test(n), 3, MAX_FILES);
    const ordered = entry ? [entry, ...files.filter(f => f !== entry)] : files;
    for (const file of ordered) {
        const text = p.files.text(file);
        if (!text)
            continue;
        const lines = text.split('\n');
        for (let i = 0; i < lines.length; i++) {
            const line = lines[i];
            if (/^\s*(#|\/\/)/.test(line))
                continue;
            for (const { re, what } of OWN_AUTH)
                if (re.test(line))
                    return { file, line: i + 1, what };
        }
    }
    return undefined;
}
/**
 * The plan with the function's level set to anonymous in what gets staged (never in the repo):
 * function.json's trigger (classic) or host.json's defaultAuthorizationLevel (profile).
 */
function anonymousPlan(plan) {
    const done = plan.completed;
    let file;
    let at;
    if (plan.layout === 'profile') {
        file = _hostjson_js__WEBPACK_IMPORTED_MODULE_1__/* .HOST_JSON */ .el;
        at = ['customHandler', 'http', 'defaultAuthorizationLevel'];
    }
    else {
        if (!done.fn)
            return { plan };
        file = done.fn.file;
        const doc = new _json_js__WEBPACK_IMPORTED_MODULE_2__/* .JsonDoc */ .$G(textOf(plan, file) ?? '');
        const bindings = doc.get(['bindings']);
        const i = Array.isArray(bindings)
            ? bindings.findIndex(b => b !== null &&
                typeof b === 'object' &&
                String(b.type).toLowerCase() === 'httptrigger')
            : -1;
        if (i < 0)
            return { plan };
        at = ['bindings', i, 'authLevel'];
    }
    const before = textOf(plan, file);
    if (before === undefined)
        return { plan };
    if (String(new _json_js__WEBPACK_IMPORTED_MODULE_2__/* .JsonDoc */ .$G(before).get(at) ?? '').toLowerCase() === 'anonymous')
        return { plan };
    const after = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.applyEdits)(before, (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.modify)(before, at, 'anonymous', { formattingOptions: { insertSpaces: true, tabSize: 2 } }));
    const why = 'function level anonymous: with endpoint-auth entra the platform signs clients in';
    const created = plan.created.map(c => (c.file === file ? { ...c, content: after } : c));
    const isCreated = plan.created.some(c => c.file === file);
    const existing = plan.changed.find(c => c.file === file);
    const changed = isCreated
        ? plan.changed
        : existing
            ? plan.changed.map(c => (c === existing ? { ...c, after, why: [...c.why, why] } : c))
            : [...plan.changed, { file, before, after, diff: '', why: [why] }];
    return { plan: { ...plan, created, changed }, changed: file };
}
function textOf(plan, file) {
    return (plan.created.find(c => c.file === file)?.content ??
        plan.changed.find(c => c.file === file)?.after ??
        plan.completed.files.text(file));
}


/***/ })

};
