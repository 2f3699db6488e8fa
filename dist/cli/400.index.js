export const id = 400;
export const ids = [400];
export const modules = {

/***/ 7400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MCP_HOST_GUARD_SINCE: () => (/* reexport */ MCP_HOST_GUARD_SINCE),
  checkInstalledPythonSdk: () => (/* reexport */ checkInstalledPythonSdk),
  checkPython: () => (/* binding */ checkPython),
  fixPythonDeps: () => (/* reexport */ fixPythonDeps),
  isPythonProject: () => (/* reexport */ isPythonProject),
  loadPython: () => (/* reexport */ loadPython),
  normalizeName: () => (/* reexport */ requirements/* normalizeName */.Pc),
  parseRequirementString: () => (/* reexport */ requirements/* parseRequirementString */.GP),
  pythonRequirementsTemplate: () => (/* reexport */ pythonRequirementsTemplate),
  pythonServedPath: () => (/* reexport */ pythonServedPath)
});

;// CONCATENATED MODULE: ./src/project/python/lines.ts
const LINES = {
    mcp1: {
        pkg: 'mcp',
        label: 'mcp 1.x (FastMCP)',
        importText: 'from mcp.server.fastmcp import FastMCP',
        from: '1.8',
        to: '2',
        belowWhy: 'mcp before 1.8 has no streamable HTTP transport',
        streamable: ['streamable-http'],
        runExample: 'mcp.run(transport="streamable-http")'
    },
    mcp2: {
        pkg: 'mcp',
        label: 'mcp 2.x (MCPServer)',
        importText: 'from mcp.server.mcpserver import MCPServer',
        from: '2',
        belowWhy: 'mcp 1.x has no mcp.server.mcpserver module',
        streamable: ['streamable-http'],
        runExample: 'mcp.run(transport="streamable-http", port=int(os.environ.get("FUNCTIONS_CUSTOMHANDLER_PORT", 8000)), stateless_http=True)'
    },
    fastmcp: {
        pkg: 'fastmcp',
        label: 'fastmcp (standalone)',
        importText: 'from fastmcp import FastMCP',
        from: '2.3',
        belowWhy: 'fastmcp before 2.3 has no streamable HTTP transport',
        streamable: ['http', 'streamable-http'],
        runExample: 'mcp.run(transport="http", port=int(os.environ.get("FUNCTIONS_CUSTOMHANDLER_PORT", 8000)), stateless_http=True)'
    }
};
/** mcp 1.23.0 made FastMCP turn on DNS-rebinding protection (Host allow-list, 421) when bound to localhost. */
const MCP_HOST_GUARD_SINCE = '1.23.0';
const PORT_ENV = 'FUNCTIONS_CUSTOMHANDLER_PORT';
const SDK_DEFAULT_PORT = 8000;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
function sdkLine(apiLine, extras = '') {
    switch (apiLine) {
        case 'mcp1':
            return `mcp${extras}>=1.8,<2`;
        case 'fastmcp':
            return `fastmcp${extras}>=2.3,<${CURRENT_MAJOR.fastmcp + 1}`;
        default:
            return `mcp${extras}>=2,<3`;
    }
}
/**
 * The newest major line of each SDK package the checker knows: a range it proposes is bounded above
 * that line, never below it (bounding a bare `fastmcp` at `<3` would downgrade 4.x code silently).
 */
const CURRENT_MAJOR = { mcp: 2, fastmcp: 4 };
/**
 * fastmcp's API by line, read from the published wheels (FastMCP.__init__ and run_http_async of
 * 2.14, 3.4 and 4.2): 3.0 removed these constructor keywords (`_REMOVED_KWARGS`: "FastMCP() no
 * longer accepts `port`", a TypeError); they all have a run()/http_app() or setting equivalent.
 */
const FASTMCP_CTOR_REMOVED_IN_3 = [
    'host',
    'port',
    'sse_path',
    'message_path',
    'streamable_http_path',
    'json_response',
    'stateless_http',
    'debug',
    'log_level',
    'on_duplicate_tools',
    'on_duplicate_resources',
    'on_duplicate_prompts',
    'tool_serializer',
    'include_tags',
    'exclude_tags',
    'tool_transformations'
];
/** 4.0 removed server-initiated sampling from the constructor. */
const FASTMCP_CTOR_REMOVED_IN_4 = ['sampling_handler', 'sampling_handler_behavior'];
/** run()/run_http_async()/http_app() keywords that exist from 3.0 on (2.x: TypeError). */
const FASTMCP_RUN_SINCE_3 = [
    'host_origin_protection',
    'allowed_hosts',
    'allowed_origins',
    'stateless'
];

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js + 1 modules
var pep440 = __webpack_require__(2473);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/lib/specifier.js
var lib_specifier = __webpack_require__(7868);
;// CONCATENATED MODULE: ./src/project/python/versions.ts
/**
 * PEP 440 version ranges as one interval, so that "does this requirement allow any mcp 2.x?" or
 * "is there an upper bound?" are questions about interval ends. Versions are compared with
 * @renovatebot/pep440 (a port of Python's `packaging`); specifiers are split and validated by its
 * specifier parser. Pre-releases are treated as pip treats them by default: `<2` keeps out 2.0 and
 * its pre-releases.
 */


/** The interval a specifier allows, or undefined when it is not valid PEP 440. `''` allows everything. */
function specifierRange(specifier) {
    const spec = specifier.trim();
    if (!spec)
        return {};
    let clauses;
    try {
        clauses = (0,lib_specifier/* parse */.qg)(spec);
    }
    catch {
        return undefined;
    }
    if (!clauses)
        return undefined;
    let range = {};
    for (const c of clauses) {
        const v = c.version ?? c.legacy;
        if (!v)
            return undefined;
        const clause = clauseRange(c.operator, v, Boolean(c.prefix));
        if (!clause)
            return undefined;
        range = intersect(range, clause);
    }
    return range;
}
function clauseRange(op, version, wildcard) {
    switch (op) {
        case '>=':
            return { lo: { version, inclusive: true } };
        case '>':
            return { lo: { version, inclusive: false } };
        case '<=':
            return { hi: { version, inclusive: true } };
        case '<':
            return { hi: { version, inclusive: false } };
        case '!=':
            return {};
        case '===':
            return { lo: { version, inclusive: true }, hi: { version, inclusive: true }, exact: version };
        case '==':
            if (wildcard) {
                const next = bumpLast(version);
                return next
                    ? { lo: { version, inclusive: true }, hi: { version: next, inclusive: false } }
                    : undefined;
            }
            return { lo: { version, inclusive: true }, hi: { version, inclusive: true }, exact: version };
        case '~=': {
            const v = (0,pep440/* explain */.WE)(version);
            if (!v || v.release.length < 2)
                return undefined;
            const next = bumpLast(v.release.slice(0, -1).join('.'));
            return next
                ? { lo: { version, inclusive: true }, hi: { version: next, inclusive: false } }
                : undefined;
        }
        default:
            return undefined;
    }
}
/** `1.8` → `1.9`, `2` → `3`: the first release after every version with this prefix. */
function bumpLast(prefix) {
    const v = (0,pep440/* explain */.WE)(prefix);
    if (!v)
        return undefined;
    const release = [...v.release];
    release[release.length - 1] += 1;
    return (v.epoch ? `${v.epoch}!` : '') + release.join('.');
}
function cmp(a, b) {
    return (0,pep440/* compare */.UD)(a, b);
}
function maxLo(a, b) {
    if (!a)
        return b;
    if (!b)
        return a;
    const c = cmp(a.version, b.version);
    if (c !== 0)
        return c > 0 ? a : b;
    return { version: a.version, inclusive: a.inclusive && b.inclusive };
}
function minHi(a, b) {
    if (!a)
        return b;
    if (!b)
        return a;
    const c = cmp(a.version, b.version);
    if (c !== 0)
        return c < 0 ? a : b;
    return { version: a.version, inclusive: a.inclusive && b.inclusive };
}
function intersect(a, b) {
    const out = { lo: maxLo(a.lo, b.lo), hi: minHi(a.hi, b.hi) };
    const exact = a.exact ?? b.exact;
    if (exact)
        out.exact = exact;
    return out;
}
function isEmpty(r) {
    if (!r.lo || !r.hi)
        return false;
    const c = cmp(r.lo.version, r.hi.version);
    return c > 0 || (c === 0 && !(r.lo.inclusive && r.hi.inclusive));
}
/** true when some version satisfies both. */
function overlaps(a, b) {
    return !isEmpty(intersect(a, b));
}
/** No upper bound: a future major release is allowed. */
function isUnbounded(r) {
    return !r.hi;
}
/** `[from, to)`. */
function versions_window(from, to) {
    return {
        lo: from ? { version: from, inclusive: true } : undefined,
        hi: to ? { version: to, inclusive: false } : undefined
    };
}
/** Does the range allow a version at or above `version`? */
function reachesAtLeast(r, version) {
    return overlaps(r, versions_window(version));
}
/** Does the range allow a version below `version`? */
function reachesBelow(r, version) {
    return overlaps(r, versions_window(undefined, version));
}
/** Major version of the range's lower end, when it has one. */
function lowerMajor(r) {
    const v = r.lo && explain(r.lo.version);
    return v ? v.release[0] : undefined;
}
function satisfiesRange(version, r) {
    if (!(0,pep440/* explain */.WE)(version))
        return false;
    const point = { lo: { version, inclusive: true }, hi: { version, inclusive: true } };
    return overlaps(point, r);
}
/** PEP 440 order: < 0, 0, > 0. */
function compareVersions(a, b) {
    return cmp(a, b);
}

;// CONCATENATED MODULE: ./src/project/python/needs.ts


function codeNeeds(apiLine, internal) {
    if (apiLine !== 'fastmcp')
        return [];
    const out = [];
    const s = internal.server;
    if (s) {
        for (const [k, a] of s.ctor.keywords) {
            const at = { file: s.file, pos: a.pos, what: `\`${s.ctor.callee}(..., ${k}=...)\`` };
            if (FASTMCP_CTOR_REMOVED_IN_3.includes(k))
                out.push({
                    ...at,
                    to: '3',
                    why: `fastmcp 3.0 and later refuse the \`${k}\` keyword (TypeError: FastMCP() no longer accepts \`${k}\`)`,
                    portable: ['host', 'port', 'stateless_http', 'json_response', 'log_level'].includes(k)
                        ? `pass \`${k}=${a.text}\` to \`mcp.run(transport="http", ${k}=...)\` instead, which every fastmcp line accepts`
                        : undefined
                });
            else if (FASTMCP_CTOR_REMOVED_IN_4.includes(k))
                out.push({
                    ...at,
                    to: '4',
                    why: `fastmcp 4.0 and later refuse the \`${k}\` keyword (TypeError at start)`
                });
        }
    }
    for (const run of internal.runs) {
        const call = run.appFactory?.call ?? run.call;
        for (const [k, a] of call.keywords) {
            if (!FASTMCP_RUN_SINCE_3.includes(k))
                continue;
            out.push({
                file: run.file,
                pos: a.pos,
                what: `\`${call.callee}(..., ${k}=...)\``,
                from: '3',
                why: `\`${k}\` exists from fastmcp 3.0 on (TypeError in 2.x)`
            });
        }
    }
    if (internal.awaitedState)
        out.push({
            ...internal.awaitedState,
            from: '3',
            what: '`await ctx.set_state(...)`/`get_state(...)`',
            why: 'Context state became async in fastmcp 3.0 (in 2.x the call returns a plain value and awaiting it fails)'
        });
    return out;
}
/** The window of versions with everything the code uses. */
function apiWindow(apiLine, internal) {
    const spec = LINES[apiLine];
    let from = spec.from;
    let to = spec.to;
    const needs = codeNeeds(apiLine, internal);
    for (const n of needs) {
        if (n.from && compareVersions(n.from, from) > 0)
            from = n.from;
        if (n.to && (to === undefined || compareVersions(n.to, to) < 0))
            to = n.to;
    }
    return { from, ...(to ? { to } : {}), needs };
}

;// CONCATENATED MODULE: ./src/project/python/deps.ts



function checkDeps(facts, internal) {
    const out = [];
    const apiLine = facts.apiLine;
    if (internal.depsUnusable)
        return [internal.depsUnusable];
    if (!facts.depsFile) {
        const poetry = internal.poetry;
        // code that imports no SDK at all (a standard-library server) may need nothing installed
        const noSdkCode = internal.modules.length > 0 && !internal.modules.some(m => m.importsSdk);
        out.push({
            rule: 'python-deps/missing',
            severity: noSdkCode ? 'warning' : 'error',
            file: internal.pyprojectWithoutDeps ? 'pyproject.toml' : 'requirements.txt',
            line: 1,
            message: internal.pyprojectWithoutDeps
                ? `pyproject.toml has no [project].dependencies${poetry ? ' (Poetry dependencies are not installed by pip from a requirements list)' : ''} and there is no requirements.txt: nothing says which MCP SDK to install`
                : 'no requirements.txt (or pyproject.toml with [project].dependencies): the package would be built without the MCP SDK',
            fix: `create requirements.txt with the SDK line your code uses, e.g. \`${sdkLine(apiLine, apiLine === 'mcp1' ? '[cli]' : '')}\`${poetry ? ' (or `poetry export -f requirements.txt -o requirements.txt`)' : ''}`
        });
        return out;
    }
    for (const p of internal.deps.problems) {
        out.push({
            rule: p.rule ?? 'python-deps/syntax',
            severity: p.severity ?? 'error',
            file: p.file,
            line: p.line,
            ...(p.column ? { column: p.column } : {}),
            message: p.message,
            fix: p.fix
        });
    }
    for (const p of internal.deps.notes) {
        out.push({
            rule: p.rule ?? 'python-deps/include-outside',
            severity: p.severity ?? 'notice',
            file: p.file,
            line: p.line,
            message: p.message,
            fix: p.fix
        });
    }
    out.push(...lockFindings(facts, internal));
    const req = internal.sdkReq;
    const depsFile = facts.depsFile;
    if (!req) {
        if (internal.deps.problems.length)
            return out; // the file did not parse; do not guess
        const other = internal.otherSdkReq;
        const want = apiLine ? LINES[apiLine] : undefined;
        if (other && want) {
            out.push({
                rule: 'python-deps/sdk-missing',
                severity: 'warning',
                file: other.file,
                line: other.line,
                message: `the code imports ${want.pkg} (\`${want.importText}\`) but ${depsFile} requires only ${other.name}: it works only while ${other.name} happens to pull in a matching ${want.pkg}`,
                fix: `add \`${sdkLine(apiLine)}\` to ${depsFile}`
            });
        }
        else if (!other) {
            out.push({
                rule: 'python-deps/sdk-missing',
                severity: 'error',
                file: depsFile,
                line: 1,
                message: `${depsFile} does not require the MCP SDK (neither \`mcp\` nor \`fastmcp\`)${want ? `, yet the code imports it (\`${want.importText}\`)` : ''}: the server cannot start`,
                fix: `add \`${sdkLine(apiLine, apiLine === 'mcp1' ? '[cli]' : '')}\` to ${depsFile}`
            });
        }
        return out;
    }
    const at = { file: req.file, line: req.line };
    if (req.url) {
        out.push({
            rule: 'python-deps/sdk-url',
            severity: 'notice',
            ...at,
            message: `${req.name} is installed from ${req.url}: its version cannot be checked against the code`,
            fix: `require ${req.name} from the package index with a version range, e.g. \`${sdkLine(apiLine)}\``
        });
        return out;
    }
    const range = specifierRange(req.specifier);
    if (!range) {
        out.push({
            rule: 'python-deps/sdk-specifier',
            severity: 'error',
            ...at,
            message: `\`${req.raw}\`: "${req.specifier}" is not a valid PEP 440 version specifier; pip refuses it`,
            fix: `write a valid range, e.g. \`${sdkLine(apiLine)}\``
        });
        return out;
    }
    const extras = req.extras.length ? `[${req.extras.join(',')}]` : '';
    const w = apiLine ? apiWindow(apiLine, internal) : undefined;
    const locked = facts.sdk?.locked;
    const lockNote = locked
        ? `; ${facts.lockFile} installs ${req.name} ${locked}, which has it, so the package built from the lock works, until the lock is renewed (\`uv lock --upgrade\`)`
        : '';
    if (apiLine && w) {
        const api = versions_window(w.from, w.to);
        const none = !overlaps(range, api);
        const above = w.to !== undefined && reachesAtLeast(range, w.to);
        const lockOk = locked !== undefined && satisfiesRange(locked, api);
        if (none || above) {
            const m = mismatch(apiLine, req, range, none, extras, depsFile, w);
            out.push({
                rule: 'python-deps/sdk-api-mismatch',
                severity: lockOk ? 'warning' : 'error',
                ...at,
                message: m.message + (lockOk ? lockNote : ''),
                fix: m.fix
            });
        }
        else if (locked !== undefined && !lockOk) {
            out.push({
                rule: 'python-deps/sdk-api-mismatch',
                severity: 'error',
                ...at,
                message: `${facts.lockFile} installs ${req.name} ${locked}, outside the versions with what the code uses (${describeWindow(req.name, w)}): the server fails at start`,
                fix: `renew the lock within \`${fixedRequirement(apiLine, req, range, w)}\` (\`uv lock --upgrade-package ${req.name}\`)`
            });
        }
        else if (reachesBelow(range, w.from) && !lockOk) {
            const need = w.needs.find(n => n.from === w.from);
            out.push({
                rule: 'python-deps/sdk-too-old',
                severity: 'warning',
                ...at,
                message: `\`${req.raw}\` also allows ${req.name} below ${w.from}, where ${need ? `${need.what} fails (${need.why}, ${need.file}:${need.pos.line})` : `the code's API is missing (${LINES[apiLine].belowWhy})`}; pip picks the newest allowed today, but a resolver or cache may not`,
                fix: `raise the lower bound: \`${fixedRequirement(apiLine, req, range, w)}\``
            });
        }
    }
    if (isUnbounded(range)) {
        out.push({
            rule: 'python-deps/sdk-unbounded',
            severity: 'warning',
            ...at,
            message: `\`${req.raw}\` has no upper bound: the next major release of ${req.name} is installed automatically at the next deploy and may break the server`,
            fix: `bound the range, e.g. \`${fixedRequirement(apiLine, req, range, w)}\``
        });
    }
    return out;
}
function mismatch(apiLine, req, range, none, extras, depsFile, w) {
    const spec = LINES[apiLine];
    const allowed = req.specifier ? `\`${req.raw}\`` : `\`${req.raw}\` (any version)`;
    if (apiLine === 'mcp1') {
        const what = none
            ? `allows no mcp version with FastMCP and streamable HTTP (1.8 ≤ v < 2)`
            : `allows mcp 2.x, the version pip installs today`;
        return {
            message: `${depsFile}: ${allowed} ${what}, but the code uses \`${spec.importText}\`: in mcp 2.x that import fails (FastMCP was renamed MCPServer) and the server dies at start`,
            fix: `either pin the 1.x line: \`${fixedRequirement(apiLine, req, range, w)}\` in ${depsFile}; or move the code to mcp 2.x: \`from mcp.server.mcpserver import MCPServer\`, \`mcp = MCPServer("name")\`, and pass port, host and stateless_http to \`mcp.run(transport="streamable-http", port=..., stateless_http=True)\`, with \`mcp${extras}>=2,<3\``
        };
    }
    if (apiLine === 'mcp2') {
        return {
            message: `${depsFile}: ${allowed} allows only mcp versions before 2.0, but the code uses \`${spec.importText}\`, which exists from mcp 2.0 on: the import fails and the server dies at start`,
            fix: `require \`mcp${extras}>=2,<3\` in ${depsFile}, or move the code to the 1.x API (\`from mcp.server.fastmcp import FastMCP\`) with \`mcp${extras}>=1.8,<2\``
        };
    }
    // fastmcp: the line's window narrowed by what the code uses
    const fixed = fixedRequirement(apiLine, req, range, w);
    const bound = none ? w.needs.find(n => n.from === w.from) : w.needs.find(n => n.to === w.to);
    if (!bound)
        return {
            message: `${depsFile}: ${allowed} allows no fastmcp version with the streamable HTTP transport (2.3 or later)`,
            fix: `require \`${fixed}\` in ${depsFile}`
        };
    const where = `${bound.file}:${bound.pos.line}`;
    const others = w.needs.filter(n => n !== bound && (none ? n.from : n.to)).length;
    return {
        message: `${depsFile}: ${allowed} allows fastmcp ${none ? `only below ${w.from}` : `${w.to} and later (pip installs the newest)`}, but the code uses ${bound.what} (${where}): ${bound.why}${others ? ` (and ${others} more like it)` : ''}`,
        fix: bound.portable
            ? `${bound.portable}; or keep the code and require \`${fixed}\` in ${depsFile}`
            : `require \`${fixed}\` in ${depsFile}`
    };
}
/** What the window is, for a message: "fastmcp 2.3 ≤ v < 3". */
function describeWindow(pkg, w) {
    return `${pkg} ${w.from} ≤ v${w.to ? ` < ${w.to}` : ''}`;
}
/**
 * The requirement line rewritten so that every allowed version has what the code uses, bounded
 * above: at the window's end, else above the newest line the checker knows (never below the line
 * pip installs today), keeping the user's own tighter bounds where they still leave such versions.
 * Always a valid PEP 508 requirement (`name[extras]>=lo,<hi ; marker`).
 */
function fixedRequirement(apiLine, req, range, w) {
    const extras = req.extras.length ? `[${req.extras.join(',')}]` : '';
    const marker = req.marker ? ` ; ${req.marker}` : '';
    const name = req.raw.match(/^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/)?.[1] ?? req.name;
    const pkg = req.name === 'fastmcp' ? 'fastmcp' : 'mcp';
    const from = w?.from ?? (apiLine ? LINES[apiLine].from : undefined);
    const to = w ? w.to : apiLine ? LINES[apiLine].to : undefined;
    const api = versions_window(from, to);
    const keepLo = range.lo && range.lo.inclusive && satisfiesRange(range.lo.version, api);
    const lo = keepLo ? range.lo.version : (from ?? `${CURRENT_MAJOR[pkg]}`);
    let hi = to ?? String(Math.max(Number(lo.split('.')[0]) || 0, CURRENT_MAJOR[pkg]) + 1);
    // keep a tighter upper bound the user chose, when it still leaves versions with the API
    if (range.hi &&
        !range.exact &&
        !range.hi.inclusive &&
        satisfiesRange(range.hi.version, versions_window(lo, hi)) &&
        !isEmpty(versions_window(lo, range.hi.version))) {
        hi = range.hi.version;
    }
    return `${name}${extras}>=${lo},<${hi}${marker}`;
}
/** The lock the install follows, when it cannot be followed; the locks it does not follow. */
function lockFindings(facts, internal) {
    const out = [];
    const lock = internal.lock;
    if (lock && 'problem' in lock)
        out.push({
            rule: 'python-deps/lock',
            severity: 'error',
            file: lock.file,
            line: 1,
            message: `${lock.problem}: the package is built from the lock, so it cannot be built`,
            fix: 'run `uv lock` and commit uv.lock'
        });
    for (const u of internal.unusedLocks)
        out.push({
            rule: 'python-deps/lock-not-used',
            severity: 'notice',
            file: u.file,
            line: 1,
            message: `${u.file} is not used: ${u.why}, so the versions installed may differ from the locked ones`,
            fix: u.file === 'poetry.lock'
                ? 'export the lock with hashes: `poetry export -f requirements.txt -o requirements.txt`'
                : u.file === 'uv.lock'
                    ? 'export the lock with hashes: `uv export --format requirements-txt --no-dev -o requirements.txt` (or drop requirements.txt and keep pyproject.toml + uv.lock)'
                    : `export ${u.file} to a requirements.txt with pinned versions and hashes`
        });
    return out;
}

;// CONCATENATED MODULE: ./src/project/python/facts.ts
const internals = new WeakMap();

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/project/files.ts
var project_files = __webpack_require__(3930);
// EXTERNAL MODULE: ./node_modules/@lezer/python/dist/index.js + 3 modules
var dist = __webpack_require__(1283);
;// CONCATENATED MODULE: ./src/project/python/model.ts
/** Which SDK line a module path belongs to. */
function apiLineOfModule(module, names = []) {
    if (module === 'mcp.server.fastmcp' || module.startsWith('mcp.server.fastmcp.'))
        return 'mcp1';
    if (module === 'mcp.server.mcpserver' || module.startsWith('mcp.server.mcpserver.'))
        return 'mcp2';
    if (module === 'fastmcp' || module.startsWith('fastmcp.'))
        return 'fastmcp';
    if (module === 'mcp.server' || module === 'mcp') {
        if (names.includes('FastMCP') || names.includes('fastmcp'))
            return 'mcp1';
        if (names.includes('MCPServer') || names.includes('mcpserver'))
            return 'mcp2';
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/project/python/syntax.ts
function children(n) {
    const out = [];
    for (let c = n.firstChild; c; c = c.nextSibling)
        out.push(c);
    return out;
}
/** The argument nodes of an ArgList: positional, keyword (`name=value`), and whether `*`/`**` appear. */
function argNodes(argList, src) {
    const positional = [];
    const keywords = new Map();
    let spread = false;
    const kids = children(argList).filter(k => k.name !== '(' && k.name !== ')' && k.name !== ',');
    for (let i = 0; i < kids.length; i++) {
        const k = kids[i];
        if (k.name === '*' || k.name === '**') {
            spread = true;
            i++;
        }
        else if (k.name === 'VariableName' && kids[i + 1]?.name === 'AssignOp' && kids[i + 2]) {
            keywords.set(src.slice(k.from, k.to), kids[i + 2]);
            i += 2;
        }
        else {
            positional.push(k);
        }
    }
    return { positional, keywords, spread };
}
function clip(s) {
    const one = s.replace(/\s+/g, ' ');
    return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}
/** The nearest enclosing function (or lambda), or null at module level. */
function scopeOf(n) {
    for (let p = n.parent; p; p = p.parent) {
        if (p.name === 'FunctionDefinition' || p.name === 'LambdaExpression')
            return p;
    }
    return null;
}
function isParam(fn, name, src) {
    const params = fn.getChild('ParamList');
    if (!params)
        return false;
    for (let c = params.firstChild; c; c = c.nextSibling) {
        if (c.name === 'VariableName' && src.slice(c.from, c.to) === name)
            return true;
    }
    return false;
}
const KNOWN_PACKAGES = new Set([
    'os',
    'sys',
    'json',
    'typing',
    'asyncio',
    'anyio',
    'trio',
    'logging',
    'pathlib',
    'datetime',
    're',
    'time',
    'dataclasses',
    'enum',
    'functools',
    'itertools',
    'collections',
    'contextlib',
    'uuid',
    'math',
    'random',
    'mcp',
    'fastmcp',
    'httpx',
    'requests',
    'uvicorn',
    'starlette',
    'fastapi',
    'pydantic',
    'dotenv',
    'azure',
    'aiohttp',
    'urllib',
    'base64',
    'hashlib',
    'typing_extensions',
    '__future__',
    'argparse',
    'subprocess'
]);
function isKnownPackage(module) {
    return KNOWN_PACKAGES.has(module.split('.')[0]);
}

// EXTERNAL MODULE: ./src/project/json.ts
var json = __webpack_require__(1343);
;// CONCATENATED MODULE: ./src/project/python/values.ts


const ENV_GETTERS = new Set(['os.environ.get', 'os.getenv', 'os.environ.setdefault']);
const MAX_DEPTH = 8;
class Evaluator {
    src;
    file;
    lines;
    /** Local name → fully qualified dotted name. */
    aliases = new Map();
    /** name → assignments (value node, or undefined when not a simple assignment), keyed by scope. */
    bindings = new Map();
    /** Local names imported from local modules: `from config import PORT as P` → P. */
    importedNames = new Map();
    /** Local modules imported whole: `import config` → config. */
    importedModules = new Set();
    constructor(src, file) {
        this.src = src;
        this.file = file;
        this.lines = new json/* LineIndex */.rr(src);
    }
    /** The value a module-level name is bound to (for names other modules import from this one). */
    moduleValue(name) {
        const here = (this.bindings.get(name) ?? []).filter(b => b.scope === null);
        const texts = new Set(here.map(b => (b.value ? this.text(b.value) : '\u0000')));
        if (here.length === 0 || texts.size !== 1 || !here[0].value)
            return {
                kind: 'unknown',
                why: `\`${name}\` is not assigned once at the top of ${this.file}`
            };
        return this.evaluate(here[0].value, 1);
    }
    // ---- positions and text
    pos(n) {
        return this.lines.at(typeof n === 'number' ? n : n.from);
    }
    text(n) {
        return this.src.slice(n.from, n.to);
    }
    /** Replace the first segment of a dotted name by what it was imported as. */
    qualify(dotted) {
        const [first, ...rest] = dotted.split('.');
        const q = this.aliases.get(first);
        return q ? [q, ...rest].join('.') : dotted;
    }
    // ---- assignments
    bind(name, value, scope) {
        let list = this.bindings.get(name);
        if (!list)
            this.bindings.set(name, (list = []));
        list.push({ value, scope });
    }
    /** Split an AssignStatement into target groups and the value node. */
    assignParts(n) {
        const groups = [[]];
        for (const k of children(n)) {
            if (k.name === 'AssignOp')
                groups.push([]);
            else if (k.name !== 'TypeDef')
                groups[groups.length - 1].push(k);
        }
        const value = groups.pop() ?? [];
        return { targets: groups, value };
    }
    /** `a.b.c` for VariableName/MemberExpression chains of names, else undefined. */
    dotted(n) {
        if (n.name === 'VariableName')
            return this.text(n);
        if (n.name !== 'MemberExpression')
            return undefined;
        const kids = children(n);
        if (kids.length !== 3 || kids[1].name !== '.' || kids[2].name !== 'PropertyName')
            return undefined;
        const left = this.dotted(kids[0]);
        return left ? `${left}.${this.text(kids[2])}` : undefined;
    }
    callInfo(call, depth) {
        const callee = call.firstChild;
        const argList = call.lastChild;
        if (!callee || argList?.name !== 'ArgList')
            return undefined;
        const name = this.dotted(callee) ?? this.text(callee);
        const nodes = argNodes(argList, this.src);
        const arg = (v) => ({
            value: this.evaluate(v, depth + 1),
            pos: this.pos(v),
            text: this.text(v)
        });
        const keywords = new Map();
        for (const [k, v] of nodes.keywords)
            keywords.set(k, arg(v));
        return {
            pos: this.pos(call),
            callee: name,
            positional: nodes.positional.map(arg),
            keywords,
            spread: nodes.spread
        };
    }
    // ---- values
    /** The single value node a name is bound to, seen from `at`; undefined when not exactly one. */
    resolve(at) {
        const r = this.resolveBinding(at);
        return 'node' in r ? r.node : undefined;
    }
    resolveBinding(at) {
        const name = this.text(at);
        const all = this.bindings.get(name) ?? [];
        // innermost function scope first, then the module
        for (let scope = scopeOf(at);; scope = scope ? scopeOf(scope) : null) {
            if (scope && isParam(scope, name, this.src))
                return { why: `\`${name}\` is a parameter of a function` };
            const here = all.filter(b => b.scope === scope);
            if (here.length) {
                const texts = new Set(here.map(b => (b.value ? this.text(b.value) : '\u0000')));
                if (here.some(b => !b.value))
                    return { why: `\`${name}\` is assigned in a way that cannot be followed` };
                if (texts.size > 1)
                    return { why: `\`${name}\` is assigned different values in different places` };
                return { node: here[here.length - 1].value };
            }
            if (!scope)
                break;
        }
        return { why: `\`${name}\` is not assigned in this file` };
    }
    evaluate(n, depth) {
        if (depth > MAX_DEPTH)
            return { kind: 'unknown', why: 'too many indirections' };
        switch (n.name) {
            case 'String':
                return this.stringValue(n);
            case 'ContinuedString': {
                let s = '';
                for (const k of children(n)) {
                    const v = this.evaluate(k, depth + 1);
                    if (v.kind !== 'str')
                        return v;
                    s += v.value;
                }
                return { kind: 'str', value: s };
            }
            case 'FormatString':
                return children(n).some(k => k.name === 'FormatReplacement')
                    ? { kind: 'unknown', why: 'an f-string' }
                    : this.stringValue(n);
            case 'Number': {
                const t = this.text(n).replace(/_/g, '');
                const v = /^0[xob]/i.test(t) ? Number(t) : Number.parseFloat(t);
                return Number.isFinite(v)
                    ? { kind: 'num', value: v }
                    : { kind: 'unknown', why: `the number ${t}` };
            }
            case 'Boolean':
                return { kind: 'bool', value: this.text(n) === 'True' };
            case 'None':
                return { kind: 'none' };
            case 'ParenthesizedExpression': {
                const inner = children(n).filter(k => k.name !== '(' && k.name !== ')');
                return inner.length === 1
                    ? this.evaluate(inner[0], depth + 1)
                    : { kind: 'unknown', why: `\`${this.text(n)}\`` };
            }
            case 'UnaryExpression': {
                const kids = children(n);
                const v = kids.length === 2 ? this.evaluate(kids[1], depth + 1) : undefined;
                if (v?.kind === 'num' && this.text(kids[0]) === '-')
                    return { kind: 'num', value: -v.value };
                return { kind: 'unknown', why: `\`${this.text(n)}\`` };
            }
            case 'VariableName': {
                const r = this.resolveBinding(n);
                if ('why' in r) {
                    const q = this.qualify(this.text(n));
                    const ref = this.importedNames.get(this.text(n));
                    if (ref && !(this.bindings.get(this.text(n)) ?? []).length)
                        return {
                            kind: 'unknown',
                            why: `\`${this.text(n)}\` (imported from ${'.'.repeat(ref.level)}${ref.module})`,
                            ref
                        };
                    return {
                        kind: 'unknown',
                        why: q !== this.text(n)
                            ? `\`${this.text(n)}\` (imported from ${q.split('.').slice(0, -1).join('.')})`
                            : r.why
                    };
                }
                return this.evaluate(r.node, depth + 1);
            }
            case 'BinaryExpression': {
                const kids = children(n);
                if (kids.length === 3 && kids[1].name === 'or') {
                    const left = this.evaluate(kids[0], depth + 1);
                    if (left.kind === 'env' && !left.fallback)
                        return { ...left, fallback: this.evaluate(kids[2], depth + 1) };
                }
                return { kind: 'unknown', why: `the expression \`${clip(this.text(n))}\`` };
            }
            case 'MemberExpression': {
                // os.environ["NAME"]
                const kids = children(n);
                if (kids.length === 4 && kids[1].name === '[') {
                    const obj = this.dotted(kids[0]);
                    if (obj && this.qualify(obj) === 'os.environ') {
                        const key = this.evaluate(kids[2], depth + 1);
                        return key.kind === 'str'
                            ? { kind: 'env', name: key.value }
                            : { kind: 'unknown', why: 'an environment variable whose name is computed' };
                    }
                }
                // config.PORT, with `import config` (a local module)
                if (kids.length === 3 && kids[1].name === '.' && kids[0].name === 'VariableName') {
                    const mod = this.text(kids[0]);
                    if (this.importedModules.has(mod) && !(this.bindings.get(mod) ?? []).length)
                        return {
                            kind: 'unknown',
                            why: `\`${clip(this.text(n))}\` (imported from ${mod})`,
                            ref: { module: mod, level: 0, name: this.text(kids[2]) }
                        };
                }
                return { kind: 'unknown', why: `\`${clip(this.text(n))}\`` };
            }
            case 'CallExpression':
                return this.callValue(n, depth);
            default:
                return { kind: 'unknown', why: `\`${clip(this.text(n))}\`` };
        }
    }
    callValue(n, depth) {
        const info = this.callInfo(n, depth);
        if (!info)
            return { kind: 'unknown', why: `\`${clip(this.text(n))}\`` };
        const q = this.qualify(info.callee);
        if ((q === 'int' || q === 'str' || q === 'float') &&
            info.positional.length === 1 &&
            info.keywords.size === 0) {
            const v = info.positional[0].value;
            if (v.kind === 'str' && q !== 'str') {
                const num = Number(v.value.trim());
                return Number.isFinite(num) && v.value.trim()
                    ? { kind: 'num', value: num }
                    : { kind: 'unknown', why: `${q}("${v.value}")` };
            }
            if (v.kind === 'num' && q === 'str')
                return { kind: 'str', value: String(v.value) };
            return v;
        }
        if (ENV_GETTERS.has(q)) {
            const key = info.positional[0]?.value ?? info.keywords.get('key')?.value;
            if (key?.kind !== 'str')
                return { kind: 'unknown', why: 'an environment variable whose name is computed' };
            const fb = info.positional[1]?.value ?? info.keywords.get('default')?.value;
            return { kind: 'env', name: key.value, ...(fb ? { fallback: fb } : {}) };
        }
        return { kind: 'call', callee: q, args: info.positional, keywords: info.keywords };
    }
    stringValue(n) {
        const t = this.text(n);
        const m = /^([a-zA-Z]*)('''|"""|'|")([\s\S]*)\2$/.exec(t);
        if (!m)
            return { kind: 'unknown', why: `the string ${clip(t)}` };
        const prefix = m[1].toLowerCase();
        if (prefix.includes('b'))
            return { kind: 'unknown', why: 'a bytes literal' };
        let body = m[3];
        if (!prefix.includes('r')) {
            body = body.replace(/\\(\r?\n|\\|'|"|n|t|r)/g, (_, c) => ({ '\\': '\\', "'": "'", '"': '"', n: '\n', t: '\t', r: '\r' })[c] ?? '');
        }
        return { kind: 'str', value: body };
    }
}

;// CONCATENATED MODULE: ./src/project/python/code.ts
/**
 * Reading a Python MCP server with @lezer/python: the syntax tree, not the text, tells which SDK
 * line is imported, where the server object is built, how it is started (transport, port, host,
 * stateless) and what those arguments evaluate to. Values that come from the environment are kept
 * as such (`os.environ.get("FUNCTIONS_CUSTOMHANDLER_PORT", 8080)`), values the code computes are
 * "unknown" with the reason, so that rules can say "cannot tell" instead of guessing.
 */




const SERVER_CLASSES = {
    'mcp.server.fastmcp.FastMCP': 'mcp1',
    'mcp.server.fastmcp.server.FastMCP': 'mcp1',
    'mcp.server.FastMCP': 'mcp1',
    'mcp.server.mcpserver.MCPServer': 'mcp2',
    'mcp.server.mcpserver.server.MCPServer': 'mcp2',
    'mcp.server.MCPServer': 'mcp2',
    'fastmcp.FastMCP': 'fastmcp',
    'fastmcp.server.FastMCP': 'fastmcp',
    'fastmcp.server.server.FastMCP': 'fastmcp'
};
const RUN_METHODS = new Set([
    'run',
    'run_async',
    'run_http_async',
    'run_streamable_http_async',
    'run_sse_async',
    'run_stdio_async'
]);
const APP_FACTORIES = new Set(['streamable_http_app', 'http_app', 'sse_app']);
class Analyzer extends Evaluator {
    extraServerVars;
    result;
    constructor(src, file, extraServerVars = []) {
        super(src, file);
        this.extraServerVars = extraServerVars;
        this.result = {
            file,
            apiImports: [],
            importsSdk: false,
            servers: [],
            runs: [],
            settings: [],
            localImports: [],
            valueOf: (name) => this.moduleValue(name)
        };
    }
    run() {
        const tree = dist/* parser */.K.parse(this.src);
        const top = tree.topNode;
        this.findSyntaxError(top);
        const imports = [];
        const assigns = [];
        const updates = [];
        const calls = [];
        const cursor = tree.cursor();
        do {
            switch (cursor.name) {
                case 'ImportStatement':
                    imports.push(cursor.node);
                    break;
                case 'AssignStatement':
                    assigns.push(cursor.node);
                    break;
                case 'UpdateStatement':
                    updates.push(cursor.node);
                    break;
                case 'CallExpression':
                    calls.push(cursor.node);
                    break;
            }
        } while (cursor.next());
        for (const n of imports)
            this.readImport(n);
        for (const n of assigns)
            this.readAssign(n);
        for (const n of updates) {
            const target = n.firstChild;
            if (target?.name === 'VariableName')
                this.bind(this.text(target), undefined, scopeOf(n));
        }
        // servers first (run calls are linked to server variables)
        for (const c of calls)
            this.readServerCtor(c);
        const serverVars = new Set([
            ...this.result.servers.flatMap(s => s.variables),
            ...this.extraServerVars
        ]);
        for (const c of calls)
            this.readRun(c, serverVars);
        for (const n of assigns)
            this.readSettingsAssign(n, serverVars);
        return this.result;
    }
    findSyntaxError(top) {
        const c = top.cursor();
        do {
            if (c.type.isError) {
                const node = c.node;
                let certain = true;
                for (let p = node; p; p = p.parent) {
                    // Lezer's grammar predates parenthesised context managers (3.10) and arbitrary
                    // decorator expressions (3.9): an error inside them may be valid Python.
                    if (p.name === 'Decorator')
                        certain = false;
                    if (p.name === 'WithStatement' && /^with\s*\(/.test(this.src.slice(p.from, p.to)))
                        certain = false;
                }
                const lineStart = this.src.lastIndexOf('\n', node.from - 1) + 1;
                const lineEnd = this.src.indexOf('\n', node.from);
                const near = this.src
                    .slice(lineStart, lineEnd < 0 ? undefined : lineEnd)
                    .trim()
                    .slice(0, 80);
                this.result.syntaxError = { pos: this.pos(node.from), certain, near };
                return;
            }
        } while (c.next());
    }
    // ---- imports
    readImport(n) {
        const kids = children(n);
        if (kids[0]?.name === 'from') {
            let i = 1;
            let level = 0;
            const modParts = [];
            for (; i < kids.length && kids[i].name !== 'import'; i++) {
                const k = kids[i];
                if (k.name === '.') {
                    if (modParts.length === 0)
                        level++;
                }
                else if (k.name === 'Ellipsis' || this.text(k) === '...') {
                    level += 3;
                }
                else if (k.name === 'VariableName')
                    modParts.push(this.text(k));
            }
            const module = modParts.join('.');
            const names = [];
            for (i++; i < kids.length; i++) {
                const k = kids[i];
                if (k.name === 'VariableName') {
                    const name = this.text(k);
                    let alias = name;
                    if (kids[i + 1]?.name === 'as' && kids[i + 2]?.name === 'VariableName') {
                        alias = this.text(kids[i + 2]);
                        i += 2;
                    }
                    names.push({ name, alias });
                }
            }
            if (level === 0) {
                for (const { name, alias } of names)
                    this.aliases.set(alias, `${module}.${name}`);
                this.noteSdkImport(module, names.map(x => x.name), n);
                if (!isKnownPackage(module)) {
                    this.result.localImports.push({ module, level, names });
                    for (const x of names)
                        this.importedNames.set(x.alias, { module, level, name: x.name });
                }
            }
            else {
                this.result.localImports.push({ module, level, names });
                for (const x of names)
                    this.importedNames.set(x.alias, { module, level, name: x.name });
            }
            return;
        }
        // import a.b.c [as x], d
        let parts = [];
        let alias;
        const flush = () => {
            if (!parts.length)
                return;
            const module = parts.join('.');
            if (alias)
                this.aliases.set(alias, module);
            else
                this.aliases.set(parts[0], parts[0]);
            this.noteSdkImport(module, [], n);
            if (!isKnownPackage(module)) {
                this.result.localImports.push({ module, level: 0, names: [] });
                if (!alias && parts.length === 1)
                    this.importedModules.add(module);
            }
            parts = [];
            alias = undefined;
        };
        for (let i = 1; i < kids.length; i++) {
            const k = kids[i];
            if (k.name === 'VariableName') {
                if (kids[i - 1]?.name === 'as')
                    alias = this.text(k);
                else
                    parts.push(this.text(k));
            }
            else if (k.name === ',')
                flush();
        }
        flush();
    }
    noteSdkImport(module, names, n) {
        const root = module.split('.')[0];
        if (root === 'mcp' || root === 'fastmcp')
            this.result.importsSdk = true;
        const line = apiLineOfModule(module, names);
        if (line)
            this.result.apiImports.push({ apiLine: line, pos: this.pos(n), module });
        if (module === 'mcp.server.lowlevel' ||
            module.startsWith('mcp.server.lowlevel.') ||
            (module === 'mcp.server' && names.includes('Server'))) {
            this.result.lowLevel ??= this.pos(n);
        }
    }
    readAssign(n) {
        const { targets, value } = this.assignParts(n);
        const single = value.length === 1 ? value[0] : undefined;
        const scope = scopeOf(n);
        for (const t of targets) {
            const names = t.filter(k => k.name === 'VariableName');
            if (t.length === 1 && names.length === 1)
                this.bind(this.text(names[0]), single, scope);
            else
                for (const v of names)
                    this.bind(this.text(v), undefined, scope);
        }
    }
    readSettingsAssign(n, serverVars) {
        const { targets, value } = this.assignParts(n);
        if (value.length !== 1)
            return;
        for (const t of targets) {
            if (t.length !== 1 || t[0].name !== 'MemberExpression')
                continue;
            const dotted = this.dotted(t[0]);
            if (!dotted)
                continue;
            const parts = dotted.split('.');
            const q = this.qualify(dotted).split('.');
            const onServer = parts.length >= 3 &&
                parts[parts.length - 2] === 'settings' &&
                serverVars.has(parts.slice(0, -2).join('.'));
            const global = q.length === 3 && q[0] === 'fastmcp' && q[1] === 'settings';
            if (onServer || global) {
                this.result.settings.push({
                    name: parts[parts.length - 1],
                    value: this.evaluate(value[0], 0),
                    pos: this.pos(t[0])
                });
            }
        }
    }
    // ---- calls
    readServerCtor(call) {
        const callee = call.firstChild;
        const dotted = callee && this.dotted(callee);
        if (!dotted)
            return;
        const q = this.qualify(dotted);
        const apiLine = SERVER_CLASSES[q];
        if (!apiLine)
            return;
        const info = this.callInfo(call, 0);
        if (!info)
            return;
        const variables = [];
        const parent = call.parent;
        if (parent?.name === 'AssignStatement') {
            const { targets, value } = this.assignParts(parent);
            if (value.length === 1 && value[0].from === call.from) {
                for (const t of targets)
                    if (t.length === 1 && t[0].name === 'VariableName')
                        variables.push(this.text(t[0]));
            }
        }
        this.result.servers.push({ apiLine, className: q, variables, ctor: info });
    }
    readRun(call, serverVars) {
        const callee = call.firstChild;
        const dotted = callee && this.dotted(callee);
        if (!dotted)
            return;
        const parts = dotted.split('.');
        const method = parts[parts.length - 1];
        const receiver = parts.slice(0, -1).join('.');
        if (serverVars.has(receiver) && RUN_METHODS.has(method)) {
            const info = this.callInfo(call, 0);
            if (info)
                this.result.runs.push({ kind: method, call: info });
            return;
        }
        const q = this.qualify(dotted);
        if (q === 'anyio.run' || q === 'asyncio.run' || q === 'trio.run') {
            // anyio.run(mcp.run_streamable_http_async): the method itself, not called here
            const first = argNodes(call.lastChild, this.src).positional[0];
            const ref = first && this.dotted(first);
            const refParts = ref?.split('.') ?? [];
            const refMethod = refParts[refParts.length - 1];
            if (refParts.length >= 2 &&
                serverVars.has(refParts.slice(0, -1).join('.')) &&
                RUN_METHODS.has(refMethod)) {
                const info = this.callInfo(call, 0);
                if (info)
                    this.result.runs.push({
                        kind: refMethod,
                        call: { ...info, positional: info.positional.slice(1) }
                    });
            }
            return;
        }
        if (q === 'uvicorn.run') {
            const info = this.callInfo(call, 0);
            if (!info)
                return;
            const nodes = argNodes(call.lastChild, this.src);
            const appArg = nodes.positional[0] ?? nodes.keywords.get('app');
            const factory = appArg ? this.appFactory(appArg, serverVars, 0) : undefined;
            this.result.runs.push({
                kind: 'uvicorn',
                call: info,
                ...(factory ? { appFactory: factory } : {})
            });
        }
    }
    /** `mcp.streamable_http_app(...)`, directly or through a variable. */
    appFactory(n, serverVars, depth) {
        if (depth > MAX_DEPTH)
            return undefined;
        if (n.name === 'CallExpression') {
            const d = n.firstChild && this.dotted(n.firstChild);
            const parts = d?.split('.') ?? [];
            const method = parts[parts.length - 1];
            if (parts.length >= 2 &&
                serverVars.has(parts.slice(0, -1).join('.')) &&
                APP_FACTORIES.has(method)) {
                const info = this.callInfo(n, depth);
                return info ? { method, call: info } : undefined;
            }
            return undefined;
        }
        if (n.name === 'VariableName') {
            const b = this.resolve(n);
            return b ? this.appFactory(b, serverVars, depth + 1) : undefined;
        }
        return undefined;
    }
}
/** Analyse one Python module's text. */
function analyzeModule(src, file, extraServerVars = []) {
    return new Analyzer(src, file, extraServerVars).run();
}

// EXTERNAL MODULE: ./src/project/python/requirements.ts
var requirements = __webpack_require__(1174);
;// CONCATENATED MODULE: ./src/project/python/settings.ts



/** A keyword of the server constructor, a `settings.X =` assignment, or a run keyword, in that order of strength. */
function lookup(internal, name, places, run) {
    const s = internal.server;
    for (const p of places) {
        if (p === 'settings') {
            const a = [...internal.settings].reverse().find(x => x.name === name);
            if (a)
                return { value: a.value, file: a.file, pos: a.pos, where: `settings.${name}` };
        }
        if (p === 'ctor' && s) {
            const k = s.ctor.keywords.get(name);
            if (k)
                return { value: k.value, file: s.file, pos: k.pos, where: `${s.ctor.callee}(...)` };
        }
        if (p === 'run' && run) {
            const call = run.appFactory?.call ?? run.call;
            const k = call.keywords.get(name) ??
                (run.kind === 'uvicorn' && name === 'port' ? run.call.keywords.get('port') : undefined);
            if (k)
                return { value: k.value, file: run.file, pos: k.pos, where: `${call.callee}(...)` };
        }
    }
    return undefined;
}
function transportOf(apiLine, run) {
    const spec = LINES[apiLine];
    const at = { pos: run.call.pos, file: run.file };
    const named = (name, pos, defaulted) => spec.streamable.includes(name)
        ? { kind: 'streamable', name }
        : { kind: 'bad', name, pos, file: run.file, defaulted };
    switch (run.kind) {
        case 'run_streamable_http_async':
            return { kind: 'streamable', name: 'streamable-http' };
        case 'run_sse_async':
            return { kind: 'bad', name: 'sse', ...at, defaulted: false };
        case 'run_stdio_async':
            return { kind: 'bad', name: 'stdio', ...at, defaulted: false };
        case 'uvicorn': {
            const f = run.appFactory;
            if (!f)
                return {
                    kind: 'unknown',
                    why: 'uvicorn.run() is given an app that is not built here from the server',
                    ...at
                };
            if (f.method === 'sse_app')
                return { kind: 'bad', name: 'sse', pos: f.call.pos, file: run.file, defaulted: false };
            if (f.method === 'streamable_http_app')
                return { kind: 'streamable', name: 'streamable-http' };
            const t = f.call.keywords.get('transport');
            if (!t)
                return { kind: 'streamable', name: 'http' };
            return fromValue(t, named, run.file);
        }
        case 'run_http_async':
        case 'run_async':
        case 'run': {
            if (run.kind === 'run_http_async') {
                const t = run.call.keywords.get('transport');
                return t ? fromValue(t, named, run.file) : { kind: 'streamable', name: 'http' };
            }
            if (run.kind === 'run_async' && apiLine !== 'fastmcp')
                return { kind: 'unknown', why: `${run.call.callee}() is not part of ${spec.label}`, ...at };
            const t = run.call.positional[0] ?? run.call.keywords.get('transport');
            if (!t) {
                if (run.call.spread)
                    return {
                        kind: 'unknown',
                        why: `${run.call.callee}() takes its arguments from *args/**kwargs`,
                        ...at
                    };
                return { kind: 'bad', name: 'stdio', ...at, defaulted: true };
            }
            return fromValue(t, named, run.file);
        }
    }
}
function fromValue(arg, named, file) {
    const v = arg.value;
    if (v.kind === 'str')
        return named(v.value, arg.pos, false);
    if (v.kind === 'env' && v.fallback?.kind === 'str') {
        const verdict = named(v.fallback.value, arg.pos, false);
        if (verdict.kind === 'streamable')
            return verdict;
        return {
            kind: 'unknown',
            why: `the transport comes from the environment variable ${v.name} (default "${v.fallback.value}")`,
            pos: arg.pos,
            file
        };
    }
    return { kind: 'unknown', why: `the transport is ${describe(v)}`, pos: arg.pos, file };
}
function describe(v) {
    switch (v.kind) {
        case 'str':
            return `"${v.value}"`;
        case 'num':
            return String(v.value);
        case 'bool':
            return v.value ? 'True' : 'False';
        case 'none':
            return 'None';
        case 'env':
            return `the environment variable ${v.name}${v.fallback ? ` (default ${describe(v.fallback)})` : ''}`;
        case 'call':
            return `the result of ${v.callee}()`;
        case 'unknown':
            return v.why;
    }
}
function hostGuardOf(facts, internal) {
    const apiLine = facts.apiLine;
    if (!apiLine || !internal.server)
        return undefined;
    const run = pickRun(apiLine, internal)?.run;
    if (apiLine === 'fastmcp') {
        const p = lookup(internal, 'host_origin_protection', ['run'], run);
        if (p?.value.kind === 'bool')
            return p.value.value;
        const host = lookup(internal, 'host', ['settings', 'ctor', 'run'], run);
        if (host?.value.kind === 'str' && !LOOPBACK.has(host.value.value))
            return false;
        return undefined;
    }
    const places = apiLine === 'mcp1' ? ['settings', 'ctor'] : ['run'];
    const sec = lookup(internal, 'transport_security', places, run);
    if (sec && sec.value.kind !== 'none') {
        if (sec.value.kind === 'call') {
            const flag = sec.value.keywords.get('enable_dns_rebinding_protection')?.value;
            if (flag?.kind === 'bool')
                return flag.value;
        }
        return undefined;
    }
    const host = lookup(internal, 'host', places, run);
    if (host) {
        if (host.value.kind !== 'str')
            return undefined;
        if (!LOOPBACK.has(host.value.value))
            return false;
    }
    if (apiLine === 'mcp2')
        return true;
    // mcp 1.x: the guard exists from 1.23.0 on; before that, no Host check
    if (facts.sdk?.locked)
        return compareVersions(facts.sdk.locked, MCP_HOST_GUARD_SINCE) >= 0;
    const range = internal.sdkReq ? specifierRange(internal.sdkReq.specifier) : {};
    if (!range)
        return undefined;
    return reachesAtLeast(range, MCP_HOST_GUARD_SINCE);
}
/** The run call that serves: the first streamable one, else the first one. */
function pickRun(apiLine, internal) {
    let first;
    for (const run of internal.runs) {
        const verdict = transportOf(apiLine, run);
        if (verdict.kind === 'streamable')
            return { run, verdict };
        first ??= { run, verdict };
    }
    return first;
}
/**
 * The URL path the server answers MCP on, for the host.json route-prefix rule: each SDK line's
 * default is /mcp (mcp `streamable_http_path`, fastmcp `path`); undefined when there is no
 * server or the path is computed at run time. (Added by the host rules; owned by the Python family.)
 */
function pythonServedPath(facts) {
    const internal = internals.get(facts);
    if (!internal?.server)
        return undefined;
    const run = internal.runs[0];
    const set = lookup(internal, 'streamable_http_path', ['ctor', 'settings', 'run'], run) ??
        (facts.apiLine === 'fastmcp' ? lookup(internal, 'path', ['ctor', 'run'], run) : undefined);
    if (!set)
        return '/mcp';
    return set.value.kind === 'str' ? set.value.value : undefined;
}

;// CONCATENATED MODULE: ./src/project/python/rules.ts




function finding(rule, severity, file, pos, message, fix) {
    return { rule, severity, file, line: pos.line, column: pos.column, message, fix };
}
function checkCode(facts, internal, ctx) {
    const out = [];
    if (internal.entryUnusable)
        return [internal.entryUnusable];
    out.push(...internal.skipped);
    if (!facts.entry) {
        out.push({
            rule: 'python-code/no-entry',
            severity: 'warning',
            file: 'host.json',
            line: 1,
            message: 'no Python script here imports an MCP server (FastMCP, MCPServer or fastmcp.FastMCP); the server code was not checked',
            fix: 'name the server script in host.json `customHandler.description.arguments` (e.g. ["server.py"])'
        });
        return out;
    }
    for (const m of internal.modules) {
        const e = m.syntaxError;
        if (!e)
            continue;
        out.push(e.certain
            ? finding('python-code/syntax', 'error', m.file, e.pos, `${m.file} has a syntax error at line ${e.pos.line} (\`${e.near}\`): Python refuses to start it`, `correct the syntax at ${m.file}:${e.pos.line}`)
            : finding('python-code/syntax', 'notice', m.file, e.pos, `${m.file} line ${e.pos.line} (\`${e.near}\`) could not be read by the checker (it may be valid newer Python); the checks below may miss things there`, `run \`python -m py_compile ${m.file}\` to be sure`));
    }
    const apiLine = facts.apiLine;
    const server = internal.server;
    if (!apiLine || !server) {
        const main = internal.modules.find(m => m.lowLevel) ?? internal.modules[0];
        const file = main?.file ?? facts.entry;
        out.push({
            rule: 'python-code/no-server',
            severity: 'notice',
            file,
            line: main?.lowLevel?.line ?? firstImport(internal)?.pos.line ?? 1,
            message: main?.lowLevel
                ? `${file} uses the low-level mcp Server: transport, port and statelessness were not checked`
                : `${facts.entry} does not visibly build an MCP server (FastMCP(...), MCPServer(...)); transport, port and statelessness were not checked`,
            fix: `build the server in ${facts.entry} with the SDK's server class (\`${LINES[apiLine ?? 'mcp2'].importText}\`)`
        });
        out.push(...checkOptionPort(internal, ctx));
        return out;
    }
    const spec = LINES[apiLine];
    // arguments in the wrong place for this line (TypeError at start); the checks of the same
    // settings below are skipped, the fix of the misplaced argument covers them
    const misplaced = new Set();
    if (apiLine === 'mcp2') {
        for (const k of [
            'host',
            'port',
            'stateless_http',
            'json_response',
            'streamable_http_path',
            'transport_security',
            'mount_path',
            'sse_path'
        ]) {
            const a = server.ctor.keywords.get(k);
            if (a) {
                misplaced.add(k);
                out.push(finding('python-code/misplaced-argument', 'error', server.file, a.pos, `\`${server.ctor.callee}(..., ${k}=...)\`: in mcp 2.x MCPServer takes no \`${k}\` (TypeError at start); it is an argument of run()`, `move \`${k}=${a.text}\` into \`mcp.run(transport="streamable-http", ${k}=...)\``));
            }
        }
    }
    if (apiLine === 'mcp1') {
        for (const run of internal.runs.filter(r => r.kind === 'run')) {
            for (const [k, a] of run.call.keywords) {
                if (k === 'transport' || k === 'mount_path')
                    continue;
                misplaced.add(k);
                out.push(finding('python-code/misplaced-argument', 'error', run.file, a.pos, `\`${run.call.callee}(..., ${k}=...)\`: in mcp 1.x FastMCP.run() takes only transport and mount_path (TypeError at start)`, `pass \`${k}=${a.text}\` to \`FastMCP("name", ${k}=...)\` instead`));
            }
        }
    }
    // transport
    const picked = pickRun(apiLine, internal);
    if (!picked) {
        out.push(finding('python-code/no-run', 'notice', server.file, server.ctor.pos, `the server built here is never started in a way the checker can follow (no \`.run(...)\` on it, no \`uvicorn.run(...)\` of its app); transport and port were not checked`, `start it at the end of ${facts.entry}: \`if __name__ == "__main__": ${spec.runExample}\``));
    }
    else {
        const v = picked.verdict;
        if (v.kind === 'bad') {
            const sse = v.name === 'sse';
            const known = ['stdio', 'sse'].includes(v.name);
            out.push(finding('python-code/transport', 'error', v.file, v.pos, v.defaulted
                ? `\`${picked.run.call.callee}()\` without a transport runs over stdio: the Functions host talks HTTP, so every request fails`
                : known
                    ? `the server runs with the ${v.name} transport${sse ? ' (the deprecated HTTP+SSE protocol)' : ''}: Azure Functions custom handlers need streamable HTTP`
                    : `"${v.name}" is not a transport ${spec.label} knows (ValueError at start)`, `start it with streamable HTTP: \`${spec.runExample}\``));
        }
        else if (v.kind === 'unknown') {
            out.push(finding('python-code/transport', 'notice', v.file, v.pos, `cannot tell the transport: ${v.why}; it must be ${spec.streamable.map(s => `"${s}"`).join(' or ')} on Azure Functions`, `pass the transport as a literal: \`${spec.runExample}\``));
        }
    }
    // a bad transport is the one finding that matters; with an unknown one, go on checking its run
    const run = picked && picked.verdict.kind !== 'bad' ? picked.run : undefined;
    if (!run)
        return out;
    // stateless
    const statelessPlaces = apiLine === 'mcp1'
        ? ['settings', 'ctor']
        : apiLine === 'mcp2'
            ? ['run']
            : ['settings', 'run', 'ctor'];
    const stateless = lookup(internal, 'stateless_http', statelessPlaces, run) ??
        (apiLine === 'fastmcp' ? lookup(internal, 'stateless', ['run'], run) : undefined);
    const statelessFix = apiLine === 'mcp1'
        ? 'pass `stateless_http=True` to `FastMCP("name", stateless_http=True, ...)`'
        : `pass \`stateless_http=True\` to \`${run.appFactory?.call.callee ?? run.call.callee}(...)\``;
    if (misplaced.has('stateless_http')) {
        // reported above
    }
    else if (!stateless) {
        const spread = apiLine === 'mcp1' ? server.ctor.spread : (run.appFactory?.call ?? run.call).spread;
        if (spread) {
            out.push(finding('python-code/not-stateless', 'notice', server.file, server.ctor.pos, 'cannot tell whether the server is stateless: its arguments come from *args/**kwargs', statelessFix));
        }
        else {
            const at = apiLine === 'mcp1'
                ? { file: server.file, pos: server.ctor.pos }
                : { file: run.file, pos: (run.appFactory?.call ?? run.call).pos };
            out.push(finding('python-code/not-stateless', 'error', at.file, at.pos, `the server keeps sessions (stateless_http is not set): Azure Functions may route the requests of one client to different instances, which do not know its session`, statelessFix));
        }
    }
    else if (stateless.value.kind === 'bool') {
        if (!stateless.value.value)
            out.push(finding('python-code/not-stateless', 'error', stateless.file, stateless.pos, `\`stateless_http=False\` in ${stateless.where}: Azure Functions needs a stateless server`, statelessFix));
    }
    else {
        out.push(finding('python-code/not-stateless', 'notice', stateless.file, stateless.pos, `cannot tell whether the server is stateless: stateless_http is ${describe(stateless.value)}`, `set it to the literal True: ${statelessFix}`));
    }
    // port
    const { port, spread: portSpread } = portSetting(apiLine, internal, run);
    if (!misplaced.has('port'))
        out.push(...checkPort(port, portSpread, ctx, apiLine, server, run));
    return out;
}

;// CONCATENATED MODULE: ./src/project/python/port.ts



function checkPort(port, spread, ctx, apiLine, server, run) {
    const where = apiLine === 'mcp1'
        ? 'FastMCP("name", port=...)'
        : run.kind === 'uvicorn'
            ? 'uvicorn.run(app, port=...)'
            : `${run.call.callee}(..., port=...)`;
    const envFix = apiLine === 'mcp1'
        ? `\`mcp_port = int(os.environ.get("${PORT_ENV}", 8080))\` and \`FastMCP("name", stateless_http=True, port=mcp_port)\``
        : `\`${where.replace('port=...', `port=int(os.environ.get("${PORT_ENV}", 8000))`)}\``;
    const at = port ?? {
        file: apiLine === 'mcp1' ? server.file : run.file,
        pos: apiLine === 'mcp1' ? server.ctor.pos : run.call.pos
    };
    if (!port && spread) {
        return [
            finding('python-code/port-unknown', 'notice', at.file, at.pos, 'cannot tell the port: the arguments come from *args/**kwargs', `pass it explicitly: ${envFix}`)
        ];
    }
    let value = port ? port.value : { kind: 'num', value: SDK_DEFAULT_PORT };
    const defaulted = !port;
    if (value.kind === 'env' && value.name === PORT_ENV)
        return [];
    let viaEnv;
    if (value.kind === 'env') {
        viaEnv = value.name;
        if (!value.fallback) {
            if (ctx.layout === 'classic' || ctx.layout === undefined)
                return [
                    finding('python-code/port-not-from-env', 'error', at.file, at.pos, `the port is read from ${value.name}, which the Functions host does not set: it passes the port in ${PORT_ENV}`, `read ${PORT_ENV} instead: ${envFix}`)
                ];
            return [
                finding('python-code/port-unknown', 'notice', at.file, at.pos, `the port is read from ${value.name}, which the Functions host does not set`, `read ${PORT_ENV}: ${envFix}`)
            ];
        }
        value = value.fallback;
    }
    if (value.kind === 'str' && /^\d+$/.test(value.value.trim()))
        value = { kind: 'num', value: Number(value.value) };
    if (value.kind !== 'num') {
        return [
            finding('python-code/port-unknown', 'notice', at.file, at.pos, `cannot tell the port: it is ${describe(value)}`, `read it from the environment: ${envFix}`)
        ];
    }
    const n = value.value;
    const said = defaulted
        ? `the server listens on the SDK's default port ${n} (no port is given)`
        : viaEnv
            ? `the port is read from ${viaEnv}, which the Functions host does not set, so it is ${n}`
            : `the port is fixed to ${n}`;
    if (ctx.layout === 'profile') {
        if (ctx.hostPort === undefined)
            return [];
        if (n === ctx.hostPort)
            return [];
        return [
            finding('python-code/port-mismatch', 'error', at.file, at.pos, `${said}, but host.json's customHandler.port is ${ctx.hostPort}: the host cannot reach the server`, `listen on ${ctx.hostPort} (or read ${PORT_ENV}, which the host sets to customHandler.port): ${envFix}`)
        ];
    }
    if (ctx.layout === 'classic') {
        return [
            finding('python-code/port-not-from-env', 'error', at.file, at.pos, `${said}: in the classic layout the Functions host picks the port and passes it in ${PORT_ENV}, so it cannot reach the server`, `read the port from the environment: ${envFix}`)
        ];
    }
    return [
        finding('python-code/port-not-from-env', 'warning', at.file, at.pos, `${said}: without host.json's profile layout (customHandler.port = ${n}) the Functions host passes the port in ${PORT_ENV} and cannot reach the server`, `read the port from the environment: ${envFix}`)
    ];
}
/** Where the port is given for this line (constructor, settings, run or uvicorn.run), names imported from local modules followed. */
function portSetting(apiLine, internal, run) {
    const places = apiLine === 'mcp1'
        ? ['settings', 'ctor']
        : apiLine === 'mcp2'
            ? ['run']
            : ['settings', 'run', 'ctor'];
    let port = lookup(internal, 'port', places, run);
    if (run.kind === 'uvicorn') {
        const k = run.call.keywords.get('port');
        port = k ? { value: k.value, file: run.file, pos: k.pos, where: 'uvicorn.run(...)' } : undefined;
    }
    if (port && internal.resolveImport)
        port = { ...port, value: followImports(port.value, port.file, internal.resolveImport) };
    const spread = !port && !!(apiLine === 'mcp1' ? internal.server?.ctor.spread : run.call.spread);
    return port ? { port, spread } : { spread };
}
function followImports(v, file, resolve, depth = 0) {
    if (depth > 3)
        return v;
    if (v.kind === 'unknown' && v.ref) {
        const r = resolve(file, v.ref);
        return r ? followImports(r.value, r.file, resolve, depth + 1) : v;
    }
    if (v.kind === 'env' && v.fallback)
        return { ...v, fallback: followImports(v.fallback, file, resolve, depth + 1) };
    return v;
}
/**
 * The port the server listens on when the host sets no variable it reads (the literal, or the
 * default of PORT/MCP_PORT-style variables; the SDK's 8000 when none is given), and the
 * environment variables it reads the port from. Generate writes `listenPort` as the profile's
 * customHandler.port.
 */
function portFacts(facts, internal) {
    const apiLine = facts.apiLine;
    if (!apiLine || !internal.server) {
        // a low-level server started by a command-line option: `@click.option("--port", default=3000)`
        for (const [file, text] of internal.texts ?? []) {
            const m = /@click\.option\(\s*["']--port["'][^)]*?\bdefault\s*=\s*(\d{1,5})\b/.exec(text);
            if (m && Number(m[1]) > 0 && Number(m[1]) < 65536) {
                facts.listenPort = Number(m[1]);
                const before = text.slice(0, m.index);
                internal.optionPort = {
                    file,
                    pos: { line: before.split('\n').length, column: m.index - before.lastIndexOf('\n') },
                    port: facts.listenPort
                };
                return;
            }
        }
        return;
    }
    const picked = pickRun(apiLine, internal);
    if (!picked || picked.verdict.kind === 'bad')
        return;
    const { port, spread } = portSetting(apiLine, internal, picked.run);
    if (!port) {
        if (!spread)
            facts.listenPort = SDK_DEFAULT_PORT;
        return;
    }
    let v = port.value;
    const env = [];
    while (v?.kind === 'env') {
        env.push(v.name);
        v = v.fallback;
    }
    if (env.length)
        facts.portFromEnv = env;
    if (v?.kind === 'str' && /^\d+$/.test(v.value.trim()))
        v = { kind: 'num', value: Number(v.value) };
    if (v?.kind === 'num' && Number.isInteger(v.value) && v.value > 0 && v.value < 65536)
        facts.listenPort = v.value;
}
/** A low-level server's port from its `--port` option default, against what the host expects. */
function checkOptionPort(internal, ctx) {
    const o = internal.optionPort;
    if (!o || ctx.portFromArguments)
        return [];
    const said = `the server listens on its \`--port\` option's default ${o.port}`;
    const viaArgs = `pass the host's port on the command line: \`"arguments": [..., "--port", "%${PORT_ENV}%"]\``;
    if (ctx.layout === 'profile') {
        if (ctx.hostPort === undefined || ctx.hostPort === o.port)
            return [];
        return [
            finding('python-code/port-mismatch', 'error', o.file, o.pos, `${said}, but host.json's customHandler.port is ${ctx.hostPort}: the host cannot reach the server`, `set customHandler.port to ${o.port}, or ${viaArgs}`)
        ];
    }
    return [
        finding('python-code/port-not-from-env', ctx.layout === 'classic' ? 'error' : 'warning', o.file, o.pos, `${said}: ${ctx.layout === 'classic' ? 'in the classic layout' : "without host.json's profile layout"} the Functions host picks the port and passes it in ${PORT_ENV}, so it cannot reach the server`, `${viaArgs}, or use the profile layout with customHandler.port ${o.port} (\`generate --layout profile\`)`)
    ];
}

// EXTERNAL MODULE: ./src/project/python/lock.ts
var lock = __webpack_require__(2869);
;// CONCATENATED MODULE: ./src/project/python/load.ts
/** Loading: the dependency files, the entry script and the local modules it imports, read once. */









/**
 * The largest Python module read for analysis. A real server module is a few KiB; the parser's
 * time grows with the text (a hostile 400 KB module takes seconds), so a larger file is a finding
 * at the file, never a slow scan.
 */
const MAX_PY_BYTES = 256 * 1024;
/** The finding for a Python module over MAX_PY_BYTES (or otherwise unusable as text). */
function unusableModule(file, r, severity) {
    const f = (0,project_files/* unusableFileFinding */.fN)('python-code/unreadable', file, r);
    if (!f || r.kind !== 'too-large')
        return f;
    return {
        ...f,
        severity,
        message: `${file} is ${r.bytes} bytes, larger than the ${r.limit}-byte limit for a Python module; it was not analysed`,
        fix: `split ${file} into smaller modules (a server module is rarely over a few dozen KiB)`
    };
}
/** The Python the check resolves a lock for: the Azure image's default (SPEC: python-version). */
const CHECK_PYTHON = '3.12';
/** Which lock the install follows (uv.lock beside pyproject.toml) and which locks it ignores. */
function readLocks(files, facts, internal) {
    const uv = files.exists(lock/* UV_LOCK */.AH);
    if (uv && facts.depsFile === 'pyproject.toml') {
        facts.lockFile = lock/* UV_LOCK */.AH;
        const r = files.read(lock/* UV_LOCK */.AH);
        if (r.kind !== 'ok')
            internal.lock = { file: lock/* UV_LOCK */.AH, problem: `${lock/* UV_LOCK */.AH} cannot be read (${r.kind})` };
        else {
            const res = (0,lock/* resolveUvLock */.Zj)(r.text, { pythonVersion: CHECK_PYTHON });
            internal.lock =
                res.kind === 'ok'
                    ? { file: lock/* UV_LOCK */.AH, packages: res.packages }
                    : { file: lock/* UV_LOCK */.AH, problem: res.message };
        }
    }
    else if (uv && facts.depsFile === 'requirements.txt') {
        internal.unusedLocks.push({ file: lock/* UV_LOCK */.AH, why: 'requirements.txt decides what pip installs' });
    }
    for (const f of ['poetry.lock', 'pylock.toml', 'Pipfile.lock'])
        if (files.exists(f))
            internal.unusedLocks.push({
                file: f,
                why: `pip installs from ${facts.depsFile ?? 'the requirements'} ranges, not from ${f}`
            });
}
const DEPS_FILES = ['requirements.txt', 'pyproject.toml', 'setup.py', 'setup.cfg', 'Pipfile'];
function isPythonProject(files) {
    if (DEPS_FILES.some(f => files.exists(f)))
        return true;
    if (files.exists('package.json'))
        return false;
    return files.list(n => n.endsWith('.py'), 1, 50).length > 0;
}
function loadPython(files, ctx) {
    const facts = { requirements: [] };
    const internal = {
        deps: { requirements: [], problems: [], notes: [] },
        poetry: false,
        pyprojectWithoutDeps: false,
        modules: [],
        runs: [],
        settings: [],
        unusedLocks: [],
        skipped: []
    };
    // dependencies: requirements.txt first (what the Functions build and the recipe use), else pyproject
    const reqRead = files.read('requirements.txt');
    if (reqRead.kind !== 'missing') {
        facts.depsFile = 'requirements.txt';
        const unusable = (0,project_files/* unusableFileFinding */.fN)('python-deps/unreadable', 'requirements.txt', reqRead);
        if (unusable)
            internal.depsUnusable = unusable;
        else
            internal.deps = (0,requirements/* readRequirementsTxt */.be)(files, 'requirements.txt');
    }
    if (files.read('pyproject.toml').kind !== 'missing') {
        const py = (0,requirements/* readPyproject */.x7)(files);
        internal.poetry = py.poetry;
        if (!facts.depsFile) {
            if (py.hasProjectDeps || py.problems.length) {
                facts.depsFile = 'pyproject.toml';
                internal.deps = py;
            }
            else {
                internal.pyprojectWithoutDeps = true;
                const unusable = (0,project_files/* unusableFileFinding */.fN)('python-deps/unreadable', 'pyproject.toml', files.read('pyproject.toml'));
                if (unusable)
                    internal.depsUnusable = unusable;
            }
        }
    }
    readLocks(files, facts, internal);
    facts.requirements = internal.deps.requirements.map(({ name, extras, specifier, marker, line, raw }) => ({
        name,
        extras,
        specifier,
        ...(marker ? { marker } : {}),
        line,
        raw
    }));
    // code
    const entry = findEntry(files, ctx);
    if (entry) {
        facts.entry = entry;
        const r = files.read(entry, MAX_PY_BYTES);
        const unusable = unusableModule(entry, r, 'error');
        if (unusable)
            internal.entryUnusable = unusable;
        else if (r.kind === 'ok')
            loadModules(files, entry, r.text, internal);
        const module = moduleOf(files, entry, internal.modules[0]);
        if (module)
            facts.module = module;
    }
    const apiLine = internal.server?.apiLine ?? firstImport(internal)?.apiLine;
    if (apiLine)
        facts.apiLine = apiLine;
    // the SDK requirement: the package of the code's line, else whichever SDK is required
    const byName = (n) => internal.deps.requirements.find(r => r.name === n);
    const wanted = apiLine
        ? LINES[apiLine].pkg
        : byName('mcp')
            ? 'mcp'
            : byName('fastmcp')
                ? 'fastmcp'
                : undefined;
    const sdkReq = wanted ? byName(wanted) : undefined;
    if (sdkReq) {
        internal.sdkReq = sdkReq;
        facts.sdk = {
            package: wanted,
            specifier: sdkReq.specifier,
            file: sdkReq.file,
            line: sdkReq.line
        };
        const lock = internal.lock;
        const locked = lock && 'packages' in lock ? lock.packages.find(p => p.name === wanted) : undefined;
        if (locked)
            facts.sdk.locked = locked.version;
    }
    else {
        internal.otherSdkReq = byName(wanted === 'mcp' ? 'fastmcp' : 'mcp');
    }
    const guard = hostGuardOf(facts, internal);
    if (guard !== undefined)
        facts.hostGuard = guard;
    portFacts(facts, internal);
    internals.set(facts, internal);
    return facts;
}
function firstImport(internal) {
    for (const m of internal.modules) {
        const i = m.apiImports[0];
        if (i)
            return { apiLine: i.apiLine, file: m.file, pos: i.pos };
    }
    return undefined;
}
const PREFERRED = ['server.py', 'main.py', 'app.py', '__main__.py', 'function_app.py'];
function normalizeRel(p) {
    return external_node_path_default().posix.normalize(p.replace(/\\/g, '/')).replace(/^\.\//, '');
}
function findEntry(files, ctx) {
    if (ctx.entryHint) {
        const hint = normalizeRel(ctx.entryHint);
        if (files.contains(hint) && files.exists(hint) && !files.isDirectory(hint))
            return hint;
        if (files.isFile(`${hint}.py`))
            return `${hint}.py`;
        if (files.isFile(`${hint}/__main__.py`))
            return `${hint}/__main__.py`;
    }
    const folder = external_node_path_default().basename(files.root);
    const all = files
        .list(n => n.endsWith('.py'), 2, 400)
        .filter(f => !/(^|\/)(tests?|testing|docs|examples?|scripts)\//.test(f) &&
        !/(^|\/)(test_[^/]*|[^/]*_test|conftest|setup|noxfile)\.py$/.test(f));
    const rank = (f) => {
        const base = external_node_path_default().posix.basename(f);
        const depth = f.split('/').length - 1;
        const pref = PREFERRED.indexOf(base);
        const score = pref >= 0 ? pref : base === `${folder}.py` ? PREFERRED.length : PREFERRED.length + 1;
        return depth * 100 + score;
    };
    all.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    let importsOnly;
    let notHttp;
    let http;
    let lowLevel;
    let analysed = 0;
    let tooLarge;
    for (const f of all) {
        const r = files.read(f, MAX_PY_BYTES);
        if (r.kind === 'too-large') {
            if (!tooLarge && files.text(f)?.includes('mcp'))
                tooLarge = f;
            continue;
        }
        const text = r.kind === 'ok' ? r.text : undefined;
        if (!text || !text.includes('mcp'))
            continue;
        if (++analysed > 60)
            break;
        const m = analyzeModule(text, f);
        if (m.servers.length && m.runs.length) {
            // a folder of several servers (the SDK's snippets): the one served over HTTP
            const apiLine = m.servers[0].apiLine;
            if (m.runs.some(r => transportOf(apiLine, { ...r, file: f }).kind !== 'bad')) {
                // …and among those, a stateless one
                if (/\bstateless_http\s*=\s*True\b/.test(text))
                    return f;
                http ??= f;
            }
            notHttp ??= f;
        }
        if (!importsOnly && (m.servers.length || m.apiImports.length))
            importsOnly = f;
        if (!lowLevel && m.lowLevel && /\b(uvicorn\.run|streamable_http_app)\s*\(/.test(text))
            lowLevel = f;
    }
    if (http ?? notHttp ?? importsOnly)
        return http ?? notHttp ?? importsOnly;
    // nothing else: the server is in a module too large to analyse (the finding is at that file)
    if (!lowLevel)
        return tooLarge;
    // a low-level server in a package started with `python -m package` (the SDK's examples)
    const dir = external_node_path_default().posix.dirname(lowLevel);
    const main = external_node_path_default().posix.join(dir, '__main__.py');
    return dir !== '.' && files.isFile(main) ? main : lowLevel;
}
/** The entry and the local modules it imports (one level), linked by the server variable. */
function loadModules(files, entry, text, internal) {
    let main = analyzeModule(text, entry);
    const others = [];
    const otherTexts = [];
    const extraVars = [];
    for (const imp of main.localImports) {
        for (const candidate of localModulePaths(entry, imp)) {
            if (!files.contains(candidate.path) || !files.isFile(candidate.path))
                continue;
            const r = files.read(candidate.path, MAX_PY_BYTES);
            const skipped = r.kind === 'too-large' &&
                files.text(candidate.path)?.includes('mcp') &&
                unusableModule(candidate.path, r, 'warning');
            if (skipped && !internal.skipped.some(f => f.file === candidate.path))
                internal.skipped.push(skipped);
            const t = r.kind === 'ok' ? r.text : undefined;
            if (!t || !t.includes('mcp'))
                continue;
            const m = analyzeModule(t, candidate.path);
            others.push(m);
            otherTexts.push(t);
            const vars = new Set(m.servers.flatMap(s => s.variables));
            for (const n of candidate.names)
                if (vars.has(n.name))
                    extraVars.push(n.alias);
            if (candidate.module && vars.size) {
                // import server → server.mcp.run()
                const alias = candidate.moduleAlias;
                if (alias)
                    for (const v of vars)
                        extraVars.push(`${alias}.${v}`);
            }
        }
    }
    if (extraVars.length)
        main = analyzeModule(text, entry, extraVars);
    internal.texts = new Map([
        [entry, text],
        ...others.map((m, i) => [m.file, otherTexts[i]])
    ]);
    const texts = [
        [entry, text],
        ...others.map((m, i) => [m.file, otherTexts[i]])
    ];
    for (const [file, t] of texts) {
        const m = /\bawait\s+[A-Za-z_][\w.]*\.(?:set_state|get_state)\s*\(/.exec(t);
        if (m && !internal.awaitedState) {
            const before = t.slice(0, m.index);
            const line = before.split('\n').length;
            internal.awaitedState = { file, pos: { line, column: m.index - before.lastIndexOf('\n') } };
        }
    }
    internal.modules = [main, ...others];
    const cache = new Map();
    internal.resolveImport = (from, ref) => {
        for (const c of localModulePaths(from, { module: ref.module, level: ref.level, names: [] })) {
            if (!c.module && !c.path.endsWith('__init__.py'))
                continue;
            let m = cache.get(c.path);
            if (m === undefined) {
                const t = files.contains(c.path) && files.isFile(c.path)
                    ? files.text(c.path, MAX_PY_BYTES)
                    : undefined;
                m = t === undefined ? null : analyzeModule(t, c.path);
                cache.set(c.path, m);
            }
            if (m)
                return { value: m.valueOf(ref.name), file: c.path };
        }
        return undefined;
    };
    for (const m of internal.modules) {
        for (const s of m.servers)
            if (!internal.server)
                internal.server = { ...s, file: m.file };
        for (const r of m.runs)
            internal.runs.push({ ...r, file: m.file });
        for (const s of m.settings)
            internal.settings.push({ ...s, file: m.file });
    }
    const imp = firstImport(internal);
    if (imp)
        internal.apiImport = { file: imp.file, pos: imp.pos, module: '' };
}
function localModulePaths(entry, imp) {
    const dir = external_node_path_default().posix.dirname(entry);
    const bases = [];
    if (imp.level > 0) {
        let base = dir;
        for (let i = 1; i < imp.level; i++)
            base = external_node_path_default().posix.dirname(base);
        bases.push(base);
    }
    else {
        bases.push(dir, '.');
    }
    const out = [];
    for (const base of new Set(bases)) {
        const modPath = imp.module ? imp.module.split('.').join('/') : '';
        const join = (...p) => normalizeRel(external_node_path_default().posix.join(base, ...p));
        if (modPath) {
            out.push({
                path: join(`${modPath}.py`),
                names: imp.names,
                module: imp.names.length === 0,
                moduleAlias: imp.names.length === 0 ? imp.module : undefined
            });
            out.push({ path: join(modPath, '__init__.py'), names: imp.names });
        }
        // from . import server / from pkg import server: the names may be modules
        for (const n of imp.names) {
            out.push({
                path: join(modPath, `${n.name}.py`),
                names: [],
                module: true,
                moduleAlias: n.alias
            });
        }
    }
    return out;
}
/**
 * The module to run with `python -m` when the entry cannot run as a script: a package's
 * __main__.py, or a module of a package that imports its package, relatively (`from .x import`)
 * or by its name (`from weather.x import` in weather/server.py: as a script, weather/ is on
 * sys.path, not the folder above it). The one answer generate writes into host.json.
 */
function moduleOf(files, entry, main) {
    const parts = entry.replace(/\.py$/, '').split('/');
    if (parts.length < 2)
        return undefined;
    const dir = parts.slice(0, -1).join('/');
    const isMain = parts[parts.length - 1] === '__main__';
    const ownPackage = (main?.localImports ?? []).some(i => i.level > 0 || i.module.split('.')[0] === parts[0]);
    if (!isMain && !ownPackage)
        return undefined;
    if (!isMain && !files.isFile(`${dir}/__init__.py`))
        return undefined;
    return (isMain ? parts.slice(0, -1) : parts).join('.');
}

;// CONCATENATED MODULE: ./src/project/python/fixes.ts





/** requirements.txt for the code's SDK line; with the facts, bounded to what the code uses (fastmcp 2.x keywords: <3). */
function pythonRequirementsTemplate(apiLine, facts) {
    const label = apiLine ? LINES[apiLine].label : 'mcp 2.x (MCPServer)';
    const internal = facts && internals.get(facts);
    const w = apiLine && internal ? apiWindow(apiLine, internal) : undefined;
    const narrowed = w && (w.needs.length > 0 ? w : undefined);
    const line = narrowed
        ? `${LINES[apiLine].pkg}>=${narrowed.from},<${narrowed.to ?? CURRENT_MAJOR[LINES[apiLine].pkg] + 1}`
        : sdkLine(apiLine, apiLine === 'mcp1' ? '[cli]' : '');
    const why = narrowed?.needs.map(n => `${n.what}: ${n.why}`).join('; ');
    return `# The MCP SDK line the server code uses: ${label}.\n${why ? `# ${why}\n` : ''}${line}\n`;
}
function fixPythonDeps(files, facts) {
    const internal = internals.get(facts);
    const apiLine = facts.apiLine;
    if (!facts.depsFile) {
        if (internal?.depsUnusable ||
            internal?.pyprojectWithoutDeps ||
            files.exists('requirements.txt'))
            return undefined;
        return {
            file: 'requirements.txt',
            after: pythonRequirementsTemplate(apiLine, facts),
            why: 'there is no requirements.txt: it names the MCP SDK line the code uses'
        };
    }
    if (!internal || internal.deps.problems.length)
        return undefined;
    const req = internal.sdkReq;
    if (!req) {
        if (internal.otherSdkReq && !apiLine)
            return undefined;
        const line = sdkLine(apiLine, apiLine === 'mcp1' ? '[cli]' : '');
        const text = files.text(facts.depsFile);
        if (text === undefined)
            return undefined;
        const why = `${facts.depsFile} does not require the MCP SDK the code imports`;
        if (facts.depsFile === 'requirements.txt') {
            const sep = text === '' || text.endsWith('\n') ? '' : '\n';
            return { file: 'requirements.txt', after: `${text}${sep}${line}\n`, why };
        }
        const after = insertPyprojectDependency(text, line);
        return after ? { file: 'pyproject.toml', after, why } : undefined;
    }
    if (req.url)
        return undefined;
    const range = specifierRange(req.specifier);
    if (!range)
        return undefined;
    let problem;
    const w = apiLine ? apiWindow(apiLine, internal) : undefined;
    if (apiLine && w) {
        const spec = LINES[apiLine];
        const api = versions_window(w.from, w.to);
        const none = !overlaps(range, api);
        if (none || (w.to !== undefined && reachesAtLeast(range, w.to))) {
            const need = w.needs.find(n => (none ? n.from === w.from : n.to === w.to));
            problem = need
                ? `\`${req.raw}\` allows ${req.name} versions where ${need.what} fails (${need.why})`
                : `\`${req.raw}\` allows ${req.name} versions without the API the code uses (\`${spec.importText}\`)`;
        }
        else if (reachesBelow(range, w.from))
            problem = `\`${req.raw}\` allows ${req.name} versions older than ${w.from}`;
    }
    if (!problem && isUnbounded(range))
        problem = `\`${req.raw}\` has no upper bound`;
    if (!problem)
        return undefined;
    const fixed = fixedRequirement(apiLine, req, range, w);
    const text = files.text(req.file);
    if (text === undefined)
        return undefined;
    const after = replaceRequirement(text, req, fixed, req.file.endsWith('.toml'));
    return after === undefined
        ? undefined
        : { file: req.file, after, why: `${problem}: pinned to \`${fixed}\`` };
}
function replaceRequirement(text, req, fixed, toml) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lines = text.split(/\r?\n/);
    const i = req.line - 1;
    const l = lines[i];
    if (l === undefined)
        return undefined;
    if (toml) {
        for (const q of ['"', "'"]) {
            const lit = `${q}${req.raw}${q}`;
            if (l.includes(lit)) {
                lines[i] = l.replace(lit, JSON.stringify(fixed));
                return lines.join(eol);
            }
        }
        return undefined;
    }
    if (l.includes(req.raw))
        lines[i] = l.replace(req.raw, fixed);
    else {
        // a requirement written over continuation lines: replace its first line, drop the rest
        let end = i;
        while (end < lines.length && /\\\s*$/.test(lines[end]))
            end++;
        lines.splice(i, end - i + 1, fixed);
    }
    return lines.join(eol);
}
function insertPyprojectDependency(text, line) {
    const lines = text.split(/\r?\n/);
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    let inProject = false;
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        if (/^\s*\[/.test(l))
            inProject = /^\s*\[\s*project\s*\]/.test(l);
        if (!inProject)
            continue;
        const m = /^(\s*dependencies\s*=\s*\[)(.*)$/.exec(l);
        if (!m)
            continue;
        const rest = m[2].trim();
        if (rest === '') {
            const indent = /^(\s+)["']/.exec(lines[i + 1] ?? '')?.[1] ?? '    ';
            lines.splice(i + 1, 0, `${indent}${JSON.stringify(line)},`);
        }
        else if (rest.startsWith(']')) {
            lines[i] = `${m[1]}${JSON.stringify(line)}${m[2]}`;
        }
        else {
            lines[i] = `${m[1]}${JSON.stringify(line)}, ${m[2].replace(/^\s+/, '')}`;
        }
        return lines.join(eol);
    }
    return undefined;
}
// ---------------------------------------------------------------------------------------------
// After installation
function checkInstalledPythonSdk(facts, installed) {
    const norm = new Map();
    for (const [k, v] of installed)
        norm.set(k.toLowerCase().replace(/[-_.]+/g, '-'), v);
    const apiLine = facts.apiLine;
    const pkg = apiLine ? LINES[apiLine].pkg : facts.sdk?.package;
    if (!pkg)
        return [];
    const internal = internals.get(facts);
    const imp = internal?.apiImport;
    const at = facts.sdk
        ? { file: facts.sdk.file, line: facts.sdk.line }
        : imp
            ? { file: imp.file, line: imp.pos.line }
            : { file: facts.depsFile ?? 'requirements.txt', line: 1 };
    const version = norm.get(pkg);
    if (!version) {
        return [
            {
                rule: 'python-deps/sdk-not-installed',
                severity: 'error',
                ...at,
                message: `pip did not install ${pkg}: the server cannot import its SDK`,
                fix: `add \`${sdkLine(apiLine)}\` to ${facts.depsFile ?? 'requirements.txt'}`
            }
        ];
    }
    if (!apiLine)
        return [];
    const spec = LINES[apiLine];
    if (satisfiesRange(version, versions_window(spec.from, spec.to)))
        return [];
    const dies = apiLine === 'mcp1' ? satisfiesRange(version, versions_window('2')) : apiLine === 'mcp2' ? true : false;
    const reqText = facts.sdk ? ` (\`${facts.sdk.package}${facts.sdk.specifier}\`)` : '';
    return [
        {
            rule: 'python-deps/installed-sdk-mismatch',
            severity: 'error',
            ...at,
            message: dies
                ? `pip installed ${pkg} ${version}${reqText}, where \`${spec.importText}\` fails: the server dies at import`
                : `pip installed ${pkg} ${version}${reqText}, which lacks what the code needs (${spec.belowWhy})`,
            fix: apiLine === 'mcp1'
                ? `pin \`mcp>=1.8,<2\`, or move the code to mcp 2.x (\`from mcp.server.mcpserver import MCPServer\`)`
                : `require \`${sdkLine(apiLine)}\``
        }
    ];
}

;// CONCATENATED MODULE: ./src/project/python/index.ts









function checkPython(files, facts, ctx) {
    let internal = internals.get(facts);
    if (!internal) {
        const fresh = loadPython(files, ctx);
        internal = internals.get(fresh);
    }
    return [...checkDeps(facts, internal), ...checkCode(facts, internal, ctx)];
}


/***/ })

};
