export const id = 869;
export const ids = [869];
export const modules = {

/***/ 2869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ UV_LOCK),
/* harmony export */   Zj: () => (/* binding */ resolveUvLock)
/* harmony export */ });
/* unused harmony exports targetEnvironment, markerHolds */
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2473);
/* harmony import */ var pip_requirements_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6821);
/* harmony import */ var pip_requirements_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(pip_requirements_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3292);
/* harmony import */ var _requirements_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1174);
/**
 * uv.lock: which versions a locked project installs on a given target.
 *
 * The lock holds every package for every platform and Python; what one target installs is the
 * closure of the project's dependencies with the environment markers evaluated for that target
 * (PEP 508 markers parsed by pip-requirements-js, versions compared by @renovatebot/pep440).
 * The check reads it to judge the SDK line by what will be installed; the package step
 * (src/package/pylock.ts) turns the same closure into hash-checked requirements for pip.
 */




const UV_LOCK = 'uv.lock';
/** The marker environment of the Functions Linux image for a CPython version. */
function targetEnvironment(target) {
    return {
        python_version: target.pythonVersion,
        python_full_version: `${target.pythonVersion}.0`,
        implementation_version: `${target.pythonVersion}.0`,
        os_name: 'posix',
        sys_platform: 'linux',
        platform_system: 'Linux',
        platform_machine: 'x86_64',
        platform_python_implementation: 'CPython',
        implementation_name: 'cpython',
        platform_release: '',
        platform_version: ''
    };
}
const VERSION_VARS = new Set(['python_version', 'python_full_version', 'implementation_version']);
function unquote(s) {
    return s.length >= 2 && (s[0] === '"' || s[0] === "'") ? s.slice(1, -1) : s;
}
function evalTree(tree, env, extra) {
    if ('left' in tree && (tree.operator === 'and' || tree.operator === 'or')) {
        const node = tree;
        const l = evalTree(node.left, env, extra);
        return node.operator === 'and'
            ? l && evalTree(node.right, env, extra)
            : l || evalTree(node.right, env, extra);
    }
    const leaf = tree;
    const side = (s) => /^["']/.test(s)
        ? { value: unquote(s) }
        : { value: s === 'extra' ? extra : (env[s] ?? ''), variable: s };
    const l = side(leaf.left);
    const r = side(leaf.right);
    const op = leaf.operator;
    if (op === 'in')
        return r.value.includes(l.value);
    if (op === 'not in')
        return !r.value.includes(l.value);
    const isVersion = VERSION_VARS.has(l.variable ?? '') || VERSION_VARS.has(r.variable ?? '');
    if (isVersion) {
        try {
            return (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__/* .satisfies */ .ib)(l.value, `${op}${r.value}`);
        }
        catch {
            return false;
        }
    }
    const a = l.variable === 'extra' ? (0,_requirements_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(l.value) : l.value;
    const b = r.variable === 'extra' || l.variable === 'extra' ? (0,_requirements_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(r.value) : r.value;
    switch (op) {
        case '==':
        case '===':
            return a === b;
        case '!=':
            return a !== b;
        default:
            return false;
    }
}
/** Evaluates a PEP 508 marker for the target (and the extra being resolved); true when empty. */
function markerHolds(marker, env, extra = '') {
    if (!marker || !marker.trim())
        return true;
    let req;
    try {
        req = (0,pip_requirements_js__WEBPACK_IMPORTED_MODULE_1__.parsePipRequirementsLine)(`x ; ${marker}`);
    }
    catch {
        return false;
    }
    const tree = req && 'environmentMarkerTree' in req ? req.environmentMarkerTree : undefined;
    return tree ? evalTree(tree, env, extra) : true;
}
function lineOf(text, name, version) {
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        if (lines[i].trim() !== `name = ${JSON.stringify(name)}`)
            continue;
        if (!version || (lines[i + 1] ?? '').trim() === `version = ${JSON.stringify(version)}`)
            return i + 1;
    }
    return 1;
}
function hashesOf(p) {
    const out = [];
    for (const w of p.wheels ?? [])
        if (typeof w.hash === 'string')
            out.push(w.hash);
    if (typeof p.sdist?.hash === 'string')
        out.push(p.sdist.hash);
    return out;
}
/**
 * The packages the project installs on the target, from the lock's text: the closure of the root
 * project's dependencies (its extras and dev groups excluded), each marker evaluated for the target.
 * `projectName`: [project].name of pyproject.toml, to find the root among workspace members.
 */
function resolveUvLock(text, target, projectName) {
    let doc;
    try {
        doc = (0,smol_toml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text);
    }
    catch (err) {
        return {
            kind: 'problem',
            message: `uv.lock is not valid TOML: ${err.message.split('\n')[0]}`
        };
    }
    const all = Array.isArray(doc.package)
        ? doc.package.filter(p => p && typeof p.name === 'string')
        : [];
    const isRoot = (p) => {
        const s = p.source ?? {};
        return ((s.virtual === '.' || s.editable === '.') &&
            (!projectName || (0,_requirements_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(p.name) === (0,_requirements_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(projectName)));
    };
    const root = all.find(isRoot) ?? all.find(p => p.source?.virtual === '.' || p.source?.editable === '.');
    if (!root)
        return {
            kind: 'problem',
            message: 'uv.lock has no package for the project itself (source = { virtual/editable = "." })'
        };
    const env = targetEnvironment(target);
    const byName = new Map();
    for (const p of all) {
        const n = (0,_requirements_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(p.name);
        byName.set(n, [...(byName.get(n) ?? []), p]);
    }
    const pick = (dep) => {
        const candidates = byName.get((0,_requirements_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(dep.name)) ?? [];
        if (dep.version)
            return candidates.find(c => c.version === dep.version);
        if (candidates.length <= 1)
            return candidates[0];
        return (candidates.find(c => (c['resolution-markers'] ?? []).some(m => markerHolds(m, env))) ??
            candidates[0]);
    };
    const chosen = new Map();
    const queue = [[root, []]];
    const missing = [];
    while (queue.length) {
        const [p, extras] = queue.shift();
        let seen = chosen.get(p);
        const fresh = !seen;
        if (!seen)
            chosen.set(p, (seen = new Set()));
        const newExtras = extras.map(_requirements_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc).filter(e => !seen.has(e));
        newExtras.forEach(e => seen.add(e));
        const deps = [];
        if (fresh)
            for (const d of p.dependencies ?? [])
                deps.push([d, '']);
        for (const e of newExtras) {
            const opt = p['optional-dependencies'] ?? {};
            const key = Object.keys(opt).find(k => (0,_requirements_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(k) === e);
            for (const d of key ? opt[key] : [])
                deps.push([d, e]);
        }
        for (const [d, extra] of deps) {
            if (!d || typeof d.name !== 'string' || !markerHolds(d.marker, env, extra))
                continue;
            const next = pick(d);
            if (!next) {
                missing.push(d.name);
                continue;
            }
            queue.push([next, Array.isArray(d.extra) ? d.extra : []]);
        }
    }
    if (missing.length)
        return {
            kind: 'problem',
            message: `uv.lock names ${[...new Set(missing)].join(', ')} without a [[package]] entry: it is incomplete (run \`uv lock\`)`
        };
    const packages = [];
    for (const p of chosen.keys()) {
        const source = p === root ? 'root' : typeof p.source?.registry === 'string' ? 'registry' : 'other';
        packages.push({
            name: (0,_requirements_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(p.name),
            version: String(p.version ?? ''),
            source,
            hashes: hashesOf(p),
            line: lineOf(text, p.name, p.version)
        });
    }
    packages.sort((a, b) => a.name.localeCompare(b.name));
    return { kind: 'ok', packages };
}


/***/ }),

/***/ 1174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ parseRequirementString),
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   be: () => (/* binding */ readRequirementsTxt),
/* harmony export */   x7: () => (/* binding */ readPyproject)
/* harmony export */ });
/* unused harmony exports MAX_QUOTE, quote, redirectTarget */
/* harmony import */ var pip_requirements_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6821);
/* harmony import */ var pip_requirements_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(pip_requirements_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Reading Python dependency declarations: requirements.txt (pip's file format: continuation
 * lines, comments, options, `-r` includes) and pyproject.toml (`[project].dependencies`, read with
 * smol-toml). Each requirement string is parsed as PEP 508 by pip-requirements-js (an Ohm port of
 * the PEP 508 grammar); the specifier is then validated as PEP 440 by versions.ts.
 */



/** The longest piece of a requirements line a finding quotes (an included file is not echoed). */
const MAX_QUOTE = 120;
/** `text` cut to MAX_QUOTE characters: a finding names the offending line, never a whole file. */
function quote(text) {
    const one = text.replace(/\s+/g, ' ').trim();
    return one.length > MAX_QUOTE ? `${one.slice(0, MAX_QUOTE - 1)}…` : one;
}
/** PEP 503 normalisation. */
function normalizeName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** Parse one PEP 508 requirement string (no pip options, no comment). */
function parseRequirementString(text) {
    const attempt = (s) => {
        try {
            const r = (0,pip_requirements_js__WEBPACK_IMPORTED_MODULE_0__.parsePipRequirementsLine)(s, { includeLocations: true });
            if (!r)
                return { ok: false, message: 'empty requirement' };
            const d = r.data;
            if (d.type !== 'ProjectName' && d.type !== 'ProjectURL')
                return { ok: false, message: 'not a package requirement' };
            const specifier = d.type === 'ProjectName'
                ? (d.versionSpec ?? [])
                    .map(v => `${v.data.operator.data}${v.data.version.data}`)
                    .join(',')
                : '';
            const markerLoc = d.environmentMarkerTree;
            const marker = markerLoc?.location
                ? s.slice(markerLoc.location.startIdx, markerLoc.location.endIdx).trim()
                : undefined;
            return {
                ok: true,
                req: {
                    name: normalizeName(d.name.data),
                    extras: (d.extras ?? []).map(e => normalizeName(e.data)),
                    specifier,
                    ...(marker ? { marker } : {})
                },
                ...(d.type === 'ProjectURL' ? { url: d.url.data } : {})
            };
        }
        catch (e) {
            return { ok: false, message: firstLine(e instanceof Error ? e.message : String(e)) };
        }
    };
    const whole = attempt(text);
    if (whole.ok)
        return whole;
    // The grammar's marker rules are narrower than pip's: keep a marker we cannot read as text.
    const semi = text.indexOf(';');
    if (semi > 0) {
        const head = attempt(text.slice(0, semi).trim());
        if (head.ok) {
            const marker = text.slice(semi + 1).trim();
            return { ...head, req: { ...head.req, ...(marker ? { marker } : {}) } };
        }
    }
    return whole;
}
function firstLine(s) {
    const line = s.split('\n').find(l => l.trim()) ?? s;
    return line
        .replace(/^Failed to parse requirements line\.\s*/, '')
        .replace(/^Line \d+, col (\d+):\s*/, 'at column $1: ')
        .trim();
}
/** pip's reading of a requirements file: join `\` continuations, drop comments. */
function logicalLines(text) {
    const physical = text.split(/\r?\n/);
    const out = [];
    let buf = '';
    let start = 0;
    for (let i = 0; i < physical.length; i++) {
        let l = physical[i];
        if (!buf)
            start = i + 1;
        // a comment starts at `#` at the line start or after whitespace
        l = l.replace(/(^|\s)#.*$/, '$1');
        if (/\\$/.test(l)) {
            buf += l.slice(0, -1);
            continue;
        }
        buf += l;
        out.push({ text: buf.trim(), line: start });
        buf = '';
    }
    if (buf)
        out.push({ text: buf.trim(), line: start });
    return out.filter(l => l.text);
}
/** Options that take a value as the next word when not written `--opt=value`. */
const VALUE_OPTIONS = new Set([
    '-i',
    '--index-url',
    '--extra-index-url',
    '-f',
    '--find-links',
    '--no-binary',
    '--only-binary',
    '--trusted-host',
    '--use-feature',
    '-e',
    '--editable',
    '-r',
    '--requirement',
    '-c',
    '--constraint'
]);
function looksLikePathOrUrl(s) {
    return (/^(\.|\/|~|[a-z][a-z0-9+.-]*:\/\/)/i.test(s) ||
        /\.(whl|zip|tar\.gz|tgz|tar\.bz2)$/i.test(s) ||
        (s.includes('/') && !s.includes('@')));
}
const INCLUDE_OPTIONS = new Set(['-r', '--requirement', '-c', '--constraint']);
/** Options that change where pip fetches packages from, and what a reviewer should read. */
const REDIRECT_OPTIONS = {
    '-i': 'fetch packages from',
    '--index-url': 'fetch packages from',
    '--extra-index-url': 'also fetch packages from',
    '-f': 'look for packages at',
    '--find-links': 'look for packages at',
    '--trusted-host': 'skip TLS verification for'
};
/** The host a pip option points at (never the user:password of a URL), or the path it names. */
function redirectTarget(opt, value) {
    if (opt === '--trusted-host')
        return quote(value.replace(/^.*@/, ''));
    const scheme = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i.exec(value);
    if (scheme) {
        if (scheme[1].toLowerCase() === 'file')
            return `the local path ${quote(value.slice(7))}`;
        return quote(scheme[2].replace(/^.*@/, '')) || quote(value);
    }
    return `the local path ${quote(value)}`;
}
function redirectNote(file, line, opt, value) {
    const target = redirectTarget(opt, value);
    return {
        rule: 'python-deps/index-redirect',
        severity: 'notice',
        file,
        line,
        message: `${file} line ${line}: \`${opt}\` makes pip ${REDIRECT_OPTIONS[opt]} ${target}, not only PyPI`,
        fix: `make sure ${target} is a package source you trust; remove the line to install from PyPI`
    };
}
/**
 * Follow a `-r`/`-c` include through the read door. An include that leaves the server folder or
 * leads into `.git` is a finding and is not read; a constraints file is checked to exist, not parsed.
 */
function readInclude(files, file, line, opt, value, seen) {
    const out = { requirements: [], problems: [], notes: [] };
    const shown = quote(value);
    const remote = /^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[a-z]:[\\/]/i.test(value);
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.isAbsolute(value) || node_path__WEBPACK_IMPORTED_MODULE_2___default().win32.isAbsolute(value) || value.startsWith('~');
    const inc = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.join(node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(file), value));
    const r = remote || absolute || inc.startsWith('..') ? undefined : files.read(inc);
    if (!r || r.kind === 'outside') {
        out.notes.push({
            file,
            line,
            message: `${file} line ${line} includes ${shown}: the include points outside the server folder${r ? ' (through a symlink)' : ''}, so it was not read (only the server folder is packaged)`,
            fix: `move the requirements of ${shown} into ${file}`
        });
    }
    else if (r.kind === 'git') {
        out.problems.push({
            rule: 'python-deps/include-git',
            severity: 'error',
            file,
            line,
            message: `${file} line ${line} includes ${shown}: the include points into .git (the repository's own data, where the job's credentials are kept); it was not read`,
            fix: `remove line ${line}: requirements never live in .git`
        });
    }
    else if (r.kind === 'missing' || r.kind === 'not-a-file') {
        out.problems.push({
            file,
            line,
            message: `${file} includes ${shown}, which does not exist: pip stops with an error`,
            fix: `create ${quote(inc)} or remove line ${line}`
        });
    }
    else if (r.kind !== 'ok') {
        out.problems.push({
            file,
            line,
            message: `${file} includes ${shown}, which cannot be used (${r.kind === 'unreadable' ? r.reason : r.kind.replace('-', ' ')}): pip stops with an error`,
            fix: `make ${quote(inc)} a small text requirements file or remove line ${line}`
        });
    }
    else if (opt === '-r' || opt === '--requirement') {
        return readRequirementsTxt(files, inc, seen);
    }
    return out;
}
/**
 * Read requirements.txt (and the files it includes with `-r`, inside the server folder).
 * Requirements carry the file they were read from.
 */
function readRequirementsTxt(files, file, seen = new Set()) {
    const out = { requirements: [], problems: [], notes: [] };
    if (seen.has(file) || seen.size > 8)
        return out;
    seen.add(file);
    const text = files.text(file);
    if (text === undefined)
        return out;
    for (const { text: l, line } of logicalLines(text)) {
        if (l.startsWith('-')) {
            const m = /^(--?[A-Za-z-]+)(?:[=\s]\s*(.*))?$/.exec(l);
            const opt = m?.[1] ?? l;
            const value = (m?.[2] ?? '').trim();
            if (INCLUDE_OPTIONS.has(opt) && value) {
                const sub = readInclude(files, file, line, opt, value, seen);
                out.requirements.push(...sub.requirements);
                out.problems.push(...sub.problems);
                out.notes.push(...sub.notes);
            }
            else if (REDIRECT_OPTIONS[opt] && value) {
                out.notes.push(redirectNote(file, line, opt, value));
            }
            else if (!VALUE_OPTIONS.has(opt) && !opt.startsWith('--')) {
                out.problems.push({
                    file,
                    line,
                    message: `${file} line ${line}: \`${quote(l)}\` is not an option pip knows`,
                    fix: `remove or correct line ${line}`
                });
            }
            continue;
        }
        // per-requirement options (`--hash=...`, `--config-settings ...`) follow the requirement
        const opts = /\s--?[a-z]/i.exec(l);
        const reqText = (opts ? l.slice(0, opts.index) : l).trim();
        if (!reqText)
            continue;
        const parsed = parseRequirementString(reqText);
        if (parsed.ok) {
            out.requirements.push({
                ...parsed.req,
                line,
                raw: reqText,
                file,
                ...(parsed.url ? { url: parsed.url } : {})
            });
        }
        else if (looksLikePathOrUrl(reqText)) {
            // a local path, archive or VCS URL without a name: pip installs it, we cannot name it
            continue;
        }
        else {
            out.problems.push({
                file,
                line,
                message: `${file} line ${line}: \`${quote(reqText)}\` is not a valid requirement (${quote(parsed.message)}); pip stops at this line`,
                fix: 'write it as `name[extras] specifier ; marker`, for instance `mcp[cli]>=1.8,<2`'
            });
        }
    }
    return out;
}
/** Where `"text"` appears as a TOML string after `fromLine`; 1-based. */
function findStringLine(lines, value, fromLine) {
    for (let i = Math.max(0, fromLine - 1); i < lines.length; i++) {
        const l = lines[i];
        if (l.includes(`"${value}"`) || l.includes(`'${value}'`))
            return i + 1;
    }
    return undefined;
}
/** Read `[project].dependencies` of pyproject.toml. */
function readPyproject(files, file = 'pyproject.toml') {
    const out = {
        requirements: [],
        problems: [],
        notes: [],
        hasProjectDeps: false,
        poetry: false
    };
    const text = files.text(file);
    if (text === undefined)
        return out;
    let doc;
    try {
        doc = (0,smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (e) {
        const err = e;
        const message = (err.message ?? String(e)).split('\n')[0];
        out.problems.push({
            file,
            line: err.line ?? 1,
            column: err.column,
            message: `${file} is not valid TOML: ${message}`,
            fix: `correct the TOML syntax of ${file} at line ${err.line ?? 1}`
        });
        return out;
    }
    const lines = text.split(/\r?\n/);
    const project = doc.project;
    const tool = doc.tool;
    const poetry = tool?.poetry;
    out.poetry = Boolean(poetry && (poetry.dependencies || poetry.group));
    if (!project || typeof project !== 'object' || !('dependencies' in project))
        return out;
    const sectionLine = lines.findIndex(l => /^\s*\[\s*project\s*\]/.test(l)) + 1;
    const keyIdx = lines.findIndex((l, i) => i + 1 >= sectionLine && /^\s*dependencies\s*=/.test(l));
    const keyLine = keyIdx >= 0 ? keyIdx + 1 : Math.max(1, sectionLine);
    const deps = project.dependencies;
    if (!Array.isArray(deps)) {
        out.problems.push({
            file,
            line: keyLine,
            message: `${file}: [project].dependencies must be an array of requirement strings`,
            fix: 'write `dependencies = ["mcp>=2,<3"]` under [project]'
        });
        return out;
    }
    out.hasProjectDeps = true;
    let cursor = keyLine;
    for (const d of deps) {
        if (typeof d !== 'string') {
            out.problems.push({
                file,
                line: keyLine,
                message: `${file}: [project].dependencies holds a non-string entry`,
                fix: 'make every entry a PEP 508 requirement string'
            });
            continue;
        }
        const line = findStringLine(lines, d, cursor) ?? keyLine;
        cursor = line;
        const parsed = parseRequirementString(d);
        if (parsed.ok) {
            out.requirements.push({
                ...parsed.req,
                line,
                raw: d,
                file,
                ...(parsed.url ? { url: parsed.url } : {})
            });
        }
        else {
            out.problems.push({
                file,
                line,
                message: `${file}: "${d}" is not a valid PEP 508 requirement (${parsed.message})`,
                fix: 'write it as `name[extras] specifier ; marker`, for instance `mcp>=2,<3`'
            });
        }
    }
    return out;
}


/***/ })

};
