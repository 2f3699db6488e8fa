export const id = 388;
export const ids = [388,187];
export const modules = {

/***/ 1187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   v0: () => (/* binding */ startChild)
/* harmony export */ });
/* unused harmony exports childEnv, LineSplitter */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The one door through which this program starts child processes (pip, npm, git, python, the
 * local handler). Every child gets an allow-listed environment, never the runner's: no
 * GITHUB_TOKEN, no INPUT_*, no ACTIONS_* tokens, no Azure secrets, no GITHUB_ENV/GITHUB_OUTPUT
 * files to write workflow state into. Output arrives line by line while the child runs; a timeout
 * or an abort kills the child's whole process group; nothing here can hang on a grandchild that
 * keeps the pipes open.
 */


/** Passed to every child when the parent has them: paths, locale, proxies, CA settings. */
const COMMON = new Set([
    'PATH',
    'HOME',
    'TMPDIR',
    'TZ',
    'LANG',
    'LANGUAGE',
    'XDG_CACHE_HOME',
    'XDG_CONFIG_HOME',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ALL_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy',
    'all_proxy',
    'NODE_EXTRA_CA_CERTS',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'REQUESTS_CA_BUNDLE',
    'CURL_CA_BUNDLE',
    'PIP_CERT'
]);
/** What Windows programs need to start at all (node, npm.cmd, python). */
const WINDOWS = new Set([
    'SYSTEMROOT',
    'SYSTEMDRIVE',
    'WINDIR',
    'COMSPEC',
    'PATHEXT',
    'TEMP',
    'TMP',
    'USERPROFILE',
    'APPDATA',
    'LOCALAPPDATA',
    'PROGRAMDATA',
    'PROGRAMFILES',
    'PROGRAMFILES(X86)'
]);
function allowed(name, tool, windows) {
    if (COMMON.has(name) || name.startsWith('LC_'))
        return true;
    if (windows && WINDOWS.has(name.toUpperCase()))
        return true;
    if (tool === 'pip' || tool === 'python') {
        if (name.startsWith('PIP_'))
            return true;
        if (name === 'PYENV_ROOT' || name === 'PYENV_VERSION')
            return true;
    }
    if (tool === 'npm') {
        if (name.startsWith('npm_config_') || name.startsWith('NPM_CONFIG_'))
            return true;
    }
    return false;
}
/**
 * The environment a child sees: the allow-listed variables of `from` (by default this process's),
 * then `explicit` (app settings, a caller's own variables), which may set any name.
 */
function childEnv(tool, explicit = {}, from = process.env, platform = process.platform) {
    const env = {};
    const windows = platform === 'win32';
    for (const [k, v] of Object.entries(from)) {
        if (v !== undefined && allowed(k, tool, windows))
            env[k] = v;
    }
    for (const [k, v] of Object.entries(explicit))
        if (v !== undefined)
            env[k] = v;
    return env;
}
/**
 * Starts a child with piped stdout/stderr and no stdin. The low level door: the caller owns the
 * child's lifetime (the local host does, for its handler). Throws nothing: a failure to start
 * arrives as the child's 'error' event.
 */
function startChild(cmd, args, opts = {}) {
    return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, args, {
        cwd: opts.cwd,
        env: childEnv(opts.tool ?? 'plain', opts.env, opts.from),
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: opts.detached ?? false,
        shell: opts.shell ?? false,
        windowsHide: true
    });
}
/** After the child exits, how long its pipes may stay open (a grandchild holding them) before we stop waiting. */
const PIPE_GRACE_MS = 2000;
/** Between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 3000;
function signalGroup(child, signal) {
    const pid = child.pid;
    if (pid === undefined)
        return;
    if (process.platform !== 'win32') {
        try {
            process.kill(-pid, signal);
            return;
        }
        catch {
            // no group (already gone): fall back to the child alone
        }
    }
    try {
        child.kill(signal);
    }
    catch {
        /* already gone */
    }
}
/** Splits a byte stream into lines (UTF-8 safe across chunks); `end` flushes the last partial line. */
class LineSplitter {
    emit;
    buf = '';
    decoder = new TextDecoder('utf-8');
    constructor(emit) {
        this.emit = emit;
    }
    push(chunk) {
        this.buf += this.decoder.decode(chunk, { stream: true });
        let i;
        while ((i = this.buf.indexOf('\n')) >= 0) {
            this.emit(this.buf.slice(0, i).replace(/\r$/, ''));
            this.buf = this.buf.slice(i + 1);
        }
    }
    end() {
        this.buf += this.decoder.decode();
        const last = this.buf.replace(/\r$/, '');
        this.buf = '';
        if (last)
            this.emit(last);
    }
}
/**
 * Runs a command without a shell (unless asked) in its own process group, streaming its output
 * line by line. Never throws for a non-zero exit, a missing program (code 127) or a timeout
 * (code 124); always settles.
 */
function run(cmd, args, opts = {}) {
    const max = opts.maxOutputBytes ?? 8 * 1024 * 1024;
    return new Promise(resolve => {
        const head = [];
        let headBytes = 0;
        const tail = [];
        let tailBytes = 0;
        let dropped = 0;
        const keep = (b) => {
            if (headBytes < max / 2) {
                head.push(b);
                headBytes += b.length;
                return;
            }
            tail.push(b);
            tailBytes += b.length;
            while (tailBytes > max / 2 && tail.length > 1) {
                const d = tail.shift();
                tailBytes -= d.length;
                dropped += d.length;
            }
        };
        const log = opts.logFile ? node_fs__WEBPACK_IMPORTED_MODULE_1___default().createWriteStream(opts.logFile, { flags: 'a' }) : undefined;
        log?.on('error', () => {
            /* a log that cannot be written does not stop the command */
        });
        log?.write(`$ ${opts.displayCommand ?? [cmd, ...args].join(' ')}\n`);
        let settled = false;
        let stopped;
        const timers = [];
        const finish = (r) => {
            if (settled)
                return;
            settled = true;
            for (const t of timers)
                clearTimeout(t);
            opts.signal?.removeEventListener('abort', onAbort);
            out.end();
            err.end();
            const parts = [...head];
            if (dropped)
                parts.push(Buffer.from(`\n[… ${dropped} bytes left out; see the full log …]\n`));
            parts.push(...tail);
            const result = { ...r, output: Buffer.concat(parts).toString('utf8') };
            if (stopped)
                result.stopped = stopped;
            if (log)
                log.end(() => resolve(result));
            else
                resolve(result);
        };
        const out = new LineSplitter(l => opts.onLine?.(l, 'stdout'));
        const err = new LineSplitter(l => opts.onLine?.(l, 'stderr'));
        let child;
        try {
            child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, args, {
                cwd: opts.cwd,
                env: childEnv(opts.tool ?? 'plain', opts.env, opts.from),
                stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
                detached: process.platform !== 'win32',
                shell: opts.shell ?? false,
                windowsHide: true
            });
        }
        catch (e) {
            finish({ code: 127, startError: e });
            return;
        }
        const stop = (why) => {
            if (settled || stopped)
                return;
            stopped = why;
            log?.write(`\n[stopped: ${why}]\n`);
            signalGroup(child, 'SIGTERM');
            const t = setTimeout(() => signalGroup(child, 'SIGKILL'), KILL_GRACE_MS);
            t.unref();
            timers.push(t);
        };
        function onAbort() {
            stop('aborted');
        }
        if (opts.signal?.aborted)
            stop('aborted');
        else
            opts.signal?.addEventListener('abort', onAbort, { once: true });
        if (opts.timeoutMs !== undefined) {
            const t = setTimeout(() => stop('timeout'), opts.timeoutMs);
            timers.push(t);
        }
        if (opts.input !== undefined && child.stdin) {
            child.stdin.on('error', () => {
                /* the child stopped reading: its exit code says what happened */
            });
            child.stdin.end(opts.input);
        }
        const onData = (split) => (b) => {
            keep(b);
            log?.write(b);
            split.push(b);
        };
        child.stdout.on('data', onData(out));
        child.stderr.on('data', onData(err));
        child.on('error', (e) => {
            // only a failure to start comes here in practice (ENOENT, EACCES)
            finish({ code: 127, startError: e });
        });
        child.on('exit', (code, sig) => {
            // the pipes normally close right after; a grandchild may hold them open: stop waiting,
            // and take the rest of the group down with it
            const t = setTimeout(() => {
                signalGroup(child, 'SIGKILL');
                child.stdout?.destroy();
                child.stderr?.destroy();
                finish({ code: stopped ? 124 : (code ?? (sig ? 128 : 1)) });
            }, PIPE_GRACE_MS);
            timers.push(t);
        });
        child.on('close', (code, sig) => {
            // whatever the command left running in its group (a daemon a build script started) goes too
            if (process.platform !== 'win32' && child.pid !== undefined) {
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    /* the group is empty */
                }
            }
            finish({ code: stopped ? 124 : (code ?? (sig ? 128 : 1)) });
        });
    });
}


/***/ }),

/***/ 5419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ds: () => (/* binding */ createFileInside),
/* harmony export */   M3: () => (/* binding */ symlinkInside),
/* harmony export */   S0: () => (/* binding */ writeNewFile),
/* harmony export */   YU: () => (/* binding */ ensureDirInside),
/* harmony export */   sV: () => (/* binding */ WriteRefused)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/**
 * The one door for writing a file inside a folder (generate's new artifacts, the local target's
 * unpacked package). The folder's content is not ours: a committed symlink, or a zip entry that
 * made one, can turn `folder/sub/file` into a path anywhere on the machine. So every folder on the
 * way is walked one segment at a time; a symlink is followed only when its real path stays inside
 * the root, and the file itself is opened without following a symlink at its name.
 */



/** A write that would have landed outside its folder (or through something that is not a folder). */
class WriteRefused extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y {
    rel;
    reason;
    constructor(rel, reason) {
        super(`refused to write ${rel}: ${reason}`);
        this.rel = rel;
        this.reason = reason;
        this.name = 'WriteRefused';
    }
}
/**
 * The kernel's realpath(3). Node's own fs.realpathSync resolves `..` after a symlink lexically
 * (`e` → `d/..` with `d` → `.` reads as the folder itself while the kernel goes one up), so what
 * it says is not always where a read or write lands.
 */
function realpath(p) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync.native(p);
}
function inside(parent, child) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
function segments(rel) {
    const parts = rel.split(/[\\/]+/).filter(p => p !== '' && p !== '.');
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel) || node_path__WEBPACK_IMPORTED_MODULE_1___default().win32.isAbsolute(rel) || parts.includes('..'))
        throw new WriteRefused(rel, 'the path leaves the folder');
    return parts;
}
/**
 * Makes the folder `relDir` below `root` (and every folder on the way), refusing a path that
 * leads outside `root` through a symlink. Returns the folder's real absolute path.
 */
function ensureDirInside(root, relDir) {
    const realRoot = realpath(root);
    let cur = realRoot;
    for (const part of segments(relDir)) {
        const next = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cur, part);
        let st;
        try {
            st = node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(next);
        }
        catch {
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(next);
            cur = next;
            continue;
        }
        if (st.isSymbolicLink()) {
            let real;
            try {
                real = realpath(next);
            }
            catch {
                throw new WriteRefused(relDir, `${part} is a broken symlink`);
            }
            if (!inside(realRoot, real))
                throw new WriteRefused(relDir, `${part} is a symlink that leads outside the folder`);
            st = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(real);
            cur = real;
        }
        else {
            cur = next;
        }
        if (!st.isDirectory())
            throw new WriteRefused(relDir, `${part} is not a folder`);
    }
    return cur;
}
/** The real path a new file `rel` below `root` would have (its folders made, checked). */
function placeInside(root, rel) {
    const parts = segments(rel);
    if (parts.length === 0)
        throw new WriteRefused(rel, 'no file name');
    const dir = ensureDirInside(root, parts.slice(0, -1).join('/'));
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, parts[parts.length - 1]);
}
/**
 * Creates `rel` below `root` with `content`, never overwriting: 'exists' when something (a file,
 * a folder, a symlink) already has the name. Throws WriteRefused for a path leaving `root`.
 */
function writeNewFile(root, rel, content, mode = 0o644) {
    const target = placeInside(root, rel);
    try {
        // wx = O_CREAT | O_EXCL: fails on any existing name, a symlink included (never followed)
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFileSync(target, content, { flag: 'wx', mode });
    }
    catch (e) {
        if (e.code === 'EEXIST')
            return 'exists';
        throw e;
    }
    return 'written';
}
/**
 * A write stream for the file `rel` below `root` (unpacking): created or truncated, but never
 * through a symlink, at its name (O_NOFOLLOW) or on the way (WriteRefused).
 */
function createFileInside(root, rel, mode = 0o644) {
    const target = placeInside(root, rel);
    const { O_CREAT, O_TRUNC, O_WRONLY, O_NOFOLLOW } = (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants);
    let fd;
    try {
        fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(target, O_CREAT | O_TRUNC | O_WRONLY | O_NOFOLLOW, mode);
    }
    catch (e) {
        if (e.code === 'ELOOP')
            throw new WriteRefused(rel, 'its name is a symlink');
        throw e;
    }
    return node_fs__WEBPACK_IMPORTED_MODULE_0___default().createWriteStream(target, { fd });
}
/**
 * Makes the symlink `rel` → `link` below `root` when the link's target stays inside `root`, as
 * the link is written and as it resolves once made (an earlier link on the way counts).
 */
function symlinkInside(root, rel, link) {
    const realRoot = realpath(root);
    const target = placeInside(root, rel);
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(link) || !inside(realRoot, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), link)))
        throw new WriteRefused(rel, `it is a symlink that points outside the folder (${link})`);
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().symlinkSync(link, target);
    let real;
    try {
        real = realpath(target);
    }
    catch {
        real = undefined; // dangling: whatever it would reach is checked when written through
    }
    if (real !== undefined && !inside(realRoot, real)) {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().unlinkSync(target);
        throw new WriteRefused(rel, `it is a symlink that resolves outside the folder (${link})`);
    }
}


/***/ }),

/***/ 1388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LocalTarget: () => (/* binding */ LocalTarget)
});

// UNUSED EXPORTS: mapAppSetting, newKey, readHostConfig, startHost

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/io/spawn.ts
var spawn = __webpack_require__(1187);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/project/hostjson.ts
var hostjson = __webpack_require__(9105);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/project/json.ts
var json = __webpack_require__(1343);
// EXTERNAL MODULE: ./src/project/artifact.ts
var artifact = __webpack_require__(2551);
// EXTERNAL MODULE: ./src/project/functionjson.ts
var functionjson = __webpack_require__(9079);
;// CONCATENATED MODULE: ./src/targets/local/routing.ts

function compileRoute(template) {
    const parts = template
        .replace(/^\/+|\/+$/g, '')
        .split('/')
        .filter(p => p !== '');
    const segments = parts.map(p => {
        const m = /^\{(\*{1,2})?([^}:?=]+)(?::[^}]*)?(\?)?(?:=[^}]*)?\}$/.exec(p);
        if (!m)
            return { kind: 'literal', text: p.toLowerCase() };
        if (m[1])
            return { kind: 'catchAll' };
        return { kind: 'param', optional: !!m[3] || p.includes('=') };
    });
    return { template, segments, catchAll: segments.some(s => s.kind === 'catchAll') };
}
/** Matches a path (no route prefix, no leading or trailing slash) against a route. */
function matchRoute(route, rest) {
    const parts = rest === '' ? [] : rest.split('/');
    let i = 0;
    for (const seg of route.segments) {
        if (seg.kind === 'catchAll')
            return true;
        if (i >= parts.length) {
            if (seg.kind === 'param' && seg.optional)
                continue;
            return false;
        }
        const part = parts[i];
        if (seg.kind === 'literal') {
            let decoded = part;
            try {
                decoded = decodeURIComponent(part);
            }
            catch {
                /* keep the raw segment */
            }
            if (decoded.toLowerCase() !== seg.text)
                return false;
        }
        else if (part === '') {
            return false;
        }
        i++;
    }
    return i === parts.length;
}
function same(a, b) {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length === y.length && (0,external_node_crypto_.timingSafeEqual)(x, y);
}
/**
 * The host's key check: anonymous lets everyone in; function accepts any function or host key;
 * admin only the master key (named `_master` or `master`). The key comes from the
 * `x-functions-key` header or the `code` query parameter.
 */
function checkKey(level, header, code, keys) {
    if (level === 'anonymous')
        return true;
    const given = (Array.isArray(header) ? header[0] : header) || code || '';
    if (!given)
        return false;
    const accepted = Object.entries(keys)
        .filter(([name, value]) => value && (level === 'function' || name === '_master' || name === 'master'))
        .map(([, value]) => value);
    return accepted.some(v => same(v, given));
}

;// CONCATENATED MODULE: ./src/targets/local/config.ts
/**
 * host.json (and, in the classic layout, the function folders) read as the Functions host reads them:
 * the layout, the handler's command, route prefix, function routes and their authorization levels,
 * the forwarding mode; and the host's expansions (%VAR% in arguments, /home/site/wwwroot in settings).
 */








const AZURE_ROOT = '/home/site/wwwroot';
function readJson(file, label) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        throw new errors/* UserError */.y(`${label} is missing in the package`);
    }
    const doc = new json/* JsonDoc */.$G(text.replace(/^\uFEFF/, ''));
    if (!doc.ok) {
        const e = doc.errors[0];
        throw new errors/* UserError */.y(`${label}:${e?.line ?? 1}:${e?.column ?? 1}: ${e?.message ?? 'not valid JSON'}`);
    }
    // The host binds host.json and function.json keys case-insensitively.
    return (0,hostjson/* caseInsensitive */.Cj)(doc);
}
function parseAuthLevel(v, where) {
    if (v === undefined || v === null || v === '')
        return 'function';
    const s = String(v).toLowerCase();
    if (s === 'anonymous' || s === 'function' || s === 'admin')
        return s;
    if (s === 'system')
        return 'admin';
    throw new errors/* UserError */.y(`${where}: authLevel "${String(v)}" is not anonymous, function or admin`);
}
function parsePort(v) {
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
    return Number.isInteger(n) && n > 0 && n < 65536 ? n : undefined;
}
/** Reads host.json and the function folders as the host does. */
function readHostConfig(wwwroot) {
    const host = readJson(external_node_path_default().join(wwwroot, 'host.json'), 'host.json');
    const version = host.get(['version']);
    if (version !== '2.0') {
        throw new errors/* UserError */.y(`host.json: "version" must be "2.0" (found ${JSON.stringify(version ?? null)}); the Functions host refuses to start otherwise`);
    }
    const layout = host.get(['configurationProfile']) === hostjson/* MCP_PROFILE */.Dz ? 'profile' : 'classic';
    const exe = host.get(['customHandler', 'description', 'defaultExecutablePath']);
    if (typeof exe !== 'string' || exe.trim() === '') {
        throw new errors/* UserError */.y('host.json: customHandler.description.defaultExecutablePath is missing; the host has no handler to start');
    }
    const rawArgs = host.get(['customHandler', 'description', 'arguments']);
    const args = Array.isArray(rawArgs) ? rawArgs.map(a => String(a)) : [];
    const wd = host.get(['customHandler', 'description', 'workingDirectory']);
    const cwd = typeof wd === 'string' && wd.trim() !== '' ? external_node_path_default().resolve(wwwroot, wd) : wwwroot;
    if (!(0,external_node_fs_.existsSync)(cwd) || !(0,external_node_fs_.statSync)(cwd).isDirectory()) {
        throw new errors/* UserError */.y(`host.json: customHandler.description.workingDirectory "${String(wd)}" is not a folder of the package`);
    }
    const notes = [];
    const misspelled = host.has(['customHandler', 'enableHttpProxyingRequest']);
    if (misspelled) {
        notes.push('host.json: customHandler.enableHttpProxyingRequest is not a host setting (the host ignores it); the switch is enableProxyingHttpRequest');
    }
    if (layout === 'profile') {
        const port = parsePort(host.get(['customHandler', 'port']));
        if (port === undefined) {
            throw new errors/* UserError */.y(`host.json: the ${hostjson/* MCP_PROFILE */.Dz} profile needs customHandler.port (the port the server listens on); found ${JSON.stringify(host.get(['customHandler', 'port']) ?? null)}`);
        }
        const authLevel = parseAuthLevel(host.get(['customHandler', 'http', 'defaultAuthorizationLevel']), 'host.json customHandler.http.defaultAuthorizationLevel');
        return {
            layout,
            routePrefix: '',
            executable: exe,
            args,
            cwd,
            port,
            forwarding: 'proxy',
            functions: [{ name: 'mcp', authLevel, route: compileRoute('{*route}') }],
            notes
        };
    }
    const rp = host.get(['extensions', 'http', 'routePrefix']);
    const routePrefix = typeof rp === 'string' ? rp.replace(/^\/+|\/+$/g, '') : 'api';
    const proxy = (0,hostjson/* isTrue */.Hn)(host.get(['customHandler', 'enableProxyingHttpRequest']));
    const forward = (0,hostjson/* isTrue */.Hn)(host.get(['customHandler', 'enableForwardingHttpRequest']));
    const forwarding = proxy ? 'proxy' : forward ? 'forward' : 'none';
    if (forwarding === 'forward') {
        notes.push("host.json: only the legacy enableForwardingHttpRequest is on: the host buffers responses and passes the client's Host header on (Python SDK servers bound to 127.0.0.1 answer 421 to that); set customHandler.enableProxyingHttpRequest: true");
    }
    const functions = readFunctions(wwwroot);
    if (functions.length === 0) {
        throw new errors/* UserError */.y('no HTTP function in the package: the classic layout needs mcp-handler/function.json with an httpTrigger binding');
    }
    return { layout, routePrefix, executable: exe, args, cwd, forwarding, functions, notes };
}
/** Function folders: every top-level folder with a function.json that has an httpTrigger. */
function readFunctions(wwwroot) {
    const out = [];
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(wwwroot).sort();
    }
    catch {
        return out;
    }
    for (const name of entries) {
        const file = external_node_path_default().join(wwwroot, name, 'function.json');
        if (!(0,external_node_fs_.existsSync)(file))
            continue;
        const label = `${name}/function.json`;
        const doc = readJson(file, label);
        if ((0,hostjson/* isTrue */.Hn)(doc.get(['disabled'])))
            continue;
        const bindings = doc.get(['bindings']);
        if (!Array.isArray(bindings))
            continue;
        const trigger = bindings.find(functionjson/* isHttpTrigger */.rm);
        if (!trigger)
            continue;
        const rawMethods = (0,artifact/* ciGet */.$M)(trigger, 'methods');
        const methods = Array.isArray(rawMethods)
            ? rawMethods.map(m => String(m).toUpperCase())
            : undefined;
        const rawRoute = (0,artifact/* ciGet */.$M)(trigger, 'route');
        const route = typeof rawRoute === 'string' && rawRoute.trim() !== '' ? rawRoute : name;
        out.push({
            name,
            authLevel: parseAuthLevel((0,artifact/* ciGet */.$M)(trigger, 'authLevel'), label),
            methods,
            route: compileRoute(route)
        });
    }
    // Literal routes win over catch-alls, like ASP.NET routing precedence.
    return out.sort((a, b) => Number(a.route.catchAll) - Number(b.route.catchAll));
}
/** `%NAME%` replaced by the variable's value, as the host expands arguments; unknown names are left as written. */
function expandArguments(args, env) {
    return args.map(a => a.replace(/%([A-Za-z_][A-Za-z0-9_]*)%/g, (all, name) => env[name] ?? all));
}
/** Maps '/home/site/wwwroot' at the start of each path-list entry to the local app root. */
function mapAppSetting(value, wwwroot) {
    return value
        .split((external_node_path_default()).delimiter)
        .map(part => part === AZURE_ROOT || part.startsWith(AZURE_ROOT + '/')
        ? wwwroot + part.slice(AZURE_ROOT.length)
        : part)
        .join((external_node_path_default()).delimiter);
}

;// CONCATENATED MODULE: ./src/targets/local/front.ts
/**
 * The front, "the Functions host" on 127.0.0.1: route prefix, function routes, the key check, and the
 * host's forwarding mode (proxying streams both ways; legacy forwarding buffers and passes Host on).
 */



const HOP_BY_HOP = new Set([
    'connection',
    'keep-alive',
    'proxy-authenticate',
    'proxy-authorization',
    'proxy-connection',
    'te',
    'trailer',
    'transfer-encoding',
    'upgrade'
]);
function copyHeaders(headers) {
    const out = {};
    const connectionTokens = String(headers.connection ?? '')
        .split(',')
        .map(t => t.trim().toLowerCase());
    for (const [k, v] of Object.entries(headers)) {
        if (v === undefined || HOP_BY_HOP.has(k) || connectionTokens.includes(k))
            continue;
        out[k] = v;
    }
    return out;
}
function plain(res, status, text) {
    if (res.headersSent) {
        res.destroy();
        return;
    }
    const body = text + '\n';
    res.writeHead(status, {
        'content-type': 'text/plain; charset=utf-8',
        'content-length': Buffer.byteLength(body)
    });
    res.end(body);
}
function handle(ctx, req, res) {
    const url = new URL(req.url ?? '/', 'http://front.invalid');
    let rest = url.pathname.replace(/^\/+/, '');
    const prefix = ctx.config.routePrefix;
    if (prefix) {
        const lower = rest.toLowerCase();
        const p = prefix.toLowerCase();
        if (lower !== p && !lower.startsWith(p + '/'))
            return plain(res, 404, `404 Not Found: the host serves functions under /${prefix}/`);
        rest = rest.slice(prefix.length).replace(/^\/+/, '');
    }
    rest = rest.replace(/\/+$/, '');
    const method = (req.method ?? 'GET').toUpperCase();
    const fn = ctx.config.functions.find(f => (!f.methods || f.methods.includes(method)) && matchRoute(f.route, rest));
    if (!fn)
        return plain(res, 404, `404 Not Found: no function route matches ${method} ${url.pathname}`);
    if (!checkKey(fn.authLevel, req.headers['x-functions-key'], url.searchParams.get('code'), ctx.keys)) {
        return plain(res, 401, '401 Unauthorized: this function needs a key (x-functions-key header or ?code=)');
    }
    switch (ctx.config.forwarding) {
        case 'proxy':
            return proxy(ctx, req, res);
        case 'forward':
            return forward(ctx, req, res);
        default:
            req.resume();
            return plain(res, 500, `500 Internal Server Error: the Functions host does not forward this HTTP request to the handler: host.json customHandler has neither enableProxyingHttpRequest nor enableForwardingHttpRequest set to true, so the host would POST a JSON invocation payload to /${fn.name} instead, which an MCP server cannot answer. Set customHandler.enableProxyingHttpRequest: true.` +
                (ctx.config.notes.length ? ' ' + ctx.config.notes.join(' ') : ''));
    }
}
/** enableProxyingHttpRequest: streams both ways; the handler sees its own address as Host. */
function proxy(ctx, req, res) {
    const headers = copyHeaders(req.headers);
    const clientHost = req.headers.host ?? '';
    headers.host = `127.0.0.1:${ctx.handlerPort}`;
    headers['x-forwarded-host'] = clientHost;
    headers['x-forwarded-proto'] = req.headers['x-forwarded-proto'] ?? 'http';
    const remote = req.socket.remoteAddress ?? '';
    const prior = req.headers['x-forwarded-for'];
    headers['x-forwarded-for'] = prior ? `${String(prior)}, ${remote}` : remote;
    const upstream = toHandler(ctx, req, res, { headers }, up => {
        res.writeHead(up.statusCode ?? 502, up.statusMessage, copyHeaders(up.headers));
        // Send the status line and headers now: an SSE response may wait a while for its first event.
        res.flushHeaders();
        up.pipe(res);
        up.on('error', () => res.destroy());
    });
    res.on('close', () => {
        if (!res.writableFinished)
            upstream.destroy();
    });
    req.pipe(upstream);
}
/** Legacy enableForwardingHttpRequest: buffered, and the client's Host header is passed on. */
function forward(ctx, req, res) {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('error', () => res.destroy());
    req.on('end', () => {
        const body = Buffer.concat(chunks);
        const headers = copyHeaders(req.headers);
        headers['content-length'] = body.length;
        const upstream = toHandler(ctx, req, res, { headers, setHost: false }, up => {
            const out = [];
            up.on('data', (c) => out.push(c));
            up.on('error', () => res.destroy());
            up.on('end', () => {
                const payload = Buffer.concat(out);
                const h = copyHeaders(up.headers);
                h['content-length'] = payload.length;
                res.writeHead(up.statusCode ?? 502, up.statusMessage, h);
                res.end(payload);
            });
        });
        upstream.end(body);
    });
}
/** The client's request to the handler (method and path as sent); not reaching it answers 502. */
function toHandler(ctx, req, res, options, onResponse) {
    const upstream = external_node_http_default().request({
        host: '127.0.0.1',
        port: ctx.handlerPort,
        method: req.method,
        path: req.url,
        agent: false,
        ...options
    }, onResponse);
    upstream.on('error', err => plain(res, 502, `502 Bad Gateway: the handler on port ${ctx.handlerPort} did not answer (${err.message})`));
    return upstream;
}
/** Listens on 127.0.0.1:port (0: a free one); resolves the port it got. */
function listen(server, port) {
    return new Promise((resolve, reject) => {
        const onError = (err) => {
            server.off('listening', onListening);
            reject(err.code === 'EADDRINUSE'
                ? new errors/* UserError */.y(`port ${port} on 127.0.0.1 is already in use (set local-port to another port, or 0 for a free one)`)
                : new errors/* UserError */.y(`cannot listen on 127.0.0.1:${port}: ${err.message}`));
        };
        const onListening = () => {
            server.off('error', onError);
            const addr = server.address();
            resolve(typeof addr === 'object' && addr ? addr.port : port);
        };
        server.once('error', onError);
        server.once('listening', onListening);
        server.listen(port, '127.0.0.1');
    });
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./src/targets/local/handler.ts




async function freePort() {
    return new Promise((resolve, reject) => {
        const srv = external_node_net_default().createServer();
        srv.unref();
        srv.once('error', reject);
        srv.listen(0, '127.0.0.1', () => {
            const addr = srv.address();
            const port = typeof addr === 'object' && addr ? addr.port : 0;
            srv.close(() => resolve(port));
        });
    });
}
/** Resolves true when anything answers HTTP on the port. */
function probe(port) {
    return new Promise(resolve => {
        const req = external_node_http_default().request({ host: '127.0.0.1', port, path: '/', method: 'GET', timeout: 2000, agent: false }, res => {
            res.resume();
            resolve(true);
        });
        req.on('timeout', () => req.destroy());
        req.on('error', () => resolve(false));
        req.end();
    });
}
function portInUse(port) {
    return new Promise(resolve => {
        const sock = external_node_net_default().connect({ host: '127.0.0.1', port });
        sock.once('connect', () => {
            sock.destroy();
            resolve(true);
        });
        sock.once('error', () => resolve(false));
    });
}
// --- process groups: no orphans, also when this process is interrupted ---
const liveGroups = new Set();
let signalsHooked = false;
/** Remembers a started handler's process group, so an exit or a signal of this process takes it along. */
function trackGroup(pid) {
    liveGroups.add(pid);
    hookSignals();
}
/** Signals the handler's process group; `alsoPid` while the handler itself is known to be alive. */
function killGroup(pid, signal, alsoPid = true) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        if (!alsoPid)
            return;
        try {
            process.kill(pid, signal);
        }
        catch {
            /* already gone */
        }
    }
}
function onExit() {
    for (const pid of liveGroups)
        killGroup(pid, 'SIGKILL', false);
}
function onSignal(signal) {
    for (const pid of liveGroups)
        killGroup(pid, 'SIGTERM', false);
    liveGroups.clear();
    // Nobody else handles this signal: do what it would have done without us.
    if (process.listenerCount(signal) === 1) {
        unhookSignals();
        process.kill(process.pid, signal);
    }
}
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
function hookSignals() {
    if (signalsHooked)
        return;
    signalsHooked = true;
    process.on('exit', onExit);
    for (const s of SIGNALS)
        process.on(s, onSignal);
}
function unhookSignals() {
    if (!signalsHooked)
        return;
    signalsHooked = false;
    process.off('exit', onExit);
    for (const s of SIGNALS)
        process.off(s, onSignal);
}
function groupExists(pid) {
    try {
        process.kill(-pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
function isRunning(child) {
    return child.exitCode === null && child.signalCode === null;
}
function waitExit(child, ms) {
    if (child.exitCode !== null || child.signalCode !== null)
        return Promise.resolve(true);
    return new Promise(resolve => {
        const t = setTimeout(() => resolve(false), ms);
        child.once('exit', () => {
            clearTimeout(t);
            resolve(true);
        });
    });
}
async function stopChild(child) {
    const pid = child.pid;
    if (pid === undefined)
        return;
    killGroup(pid, 'SIGTERM', isRunning(child));
    if (!(await waitExit(child, 5000)))
        killGroup(pid, 'SIGKILL', isRunning(child));
    await waitExit(child, 5000);
    // Whatever the handler left in its group (npm start → node …) goes too. The handler is reaped
    // by now, so its pid alone may belong to someone else: only the group.
    killGroup(pid, 'SIGKILL', false);
    // Wait (bounded) until the group is empty, so "stopped" means no process of it is left.
    for (let i = 0; i < 40 && groupExists(pid); i++)
        await new Promise(r => setTimeout(r, 50));
    liveGroups.delete(pid);
    if (liveGroups.size === 0)
        unhookSignals();
}
/** The executable as the host finds it: a file of the package (working directory, then app root), else a command. */
function resolveExecutable(exe, cwd, wwwroot) {
    if (external_node_path_default().isAbsolute(exe))
        return exe;
    for (const base of [cwd, wwwroot]) {
        const candidate = external_node_path_default().resolve(base, exe);
        if ((0,external_node_fs_.existsSync)(candidate) && (0,external_node_fs_.statSync)(candidate).isFile())
            return candidate;
    }
    return exe;
}

;// CONCATENATED MODULE: ./src/targets/local/host.ts
/**
 * Runs an unpacked package the way the Azure Functions host runs a custom handler:
 * reads host.json (and, in the classic layout, the function folders), spawns the handler with
 * the app settings as environment and FUNCTIONS_CUSTOMHANDLER_PORT, waits until it answers HTTP,
 * then listens on 127.0.0.1 as "the Functions host": route prefix, function routes, the key
 * check, and the host's forwarding mode (proxying, legacy forwarding, or none).
 */








const TAIL_LINES = 30;
/** Starts the handler and the front. Throws a UserError (after cleaning up) when it cannot. */
async function startHost(opts) {
    const wwwroot = external_node_path_default().resolve(opts.wwwroot);
    const config = readHostConfig(wwwroot);
    const readyTimeoutMs = opts.readyTimeoutMs ?? 60000;
    const log = opts.log ?? (() => { });
    // the handler sees what the spawn door allows (PATH, HOME, locale, proxies, CA) and its app settings
    const env = {};
    for (const [k, v] of Object.entries(opts.appSettings))
        env[k] = mapAppSetting(String(v), wwwroot);
    if (config.layout === 'profile') {
        const flags = String(env.AzureWebJobsFeatureFlags ?? '')
            .split(',')
            .map(s => s.trim());
        if (!flags.includes(hostjson/* PROFILE_FEATURE_FLAG */.s6)) {
            throw new errors/* UserError */.y(`the ${hostjson/* MCP_PROFILE */.Dz} profile needs the app setting AzureWebJobsFeatureFlags to contain ${hostjson/* PROFILE_FEATURE_FLAG */.s6}; without it the Functions host does not apply the profile`);
        }
    }
    let handlerPort;
    if (config.port !== undefined) {
        handlerPort = config.port;
        if (await portInUse(handlerPort)) {
            throw new errors/* UserError */.y(`customHandler.port ${handlerPort} is already in use by another process on 127.0.0.1; stop it or choose another port`);
        }
    }
    else {
        handlerPort = await freePort();
    }
    env.FUNCTIONS_CUSTOMHANDLER_PORT = String(handlerPort);
    // The host expands %VAR% in the arguments from the handler's environment (unknown names stay).
    config.args = expandArguments(config.args, env);
    const tail = [];
    const emit = (line) => {
        tail.push(line);
        if (tail.length > TAIL_LINES)
            tail.shift();
        log(line);
    };
    const lastOutput = () => tail.length ? ` Last output: ${tail.slice(-10).join(' | ')}` : ' The handler printed nothing.';
    const executable = resolveExecutable(config.executable, config.cwd, wwwroot);
    const child = (0,spawn/* startChild */.v0)(executable, config.args, {
        cwd: config.cwd,
        env,
        detached: true
    });
    const spawned = await new Promise(resolve => {
        child.once('spawn', () => resolve(undefined));
        child.once('error', err => resolve(err));
    });
    if (spawned || child.pid === undefined) {
        const why = spawned?.code === 'ENOENT' ? 'not found' : (spawned?.message ?? 'unknown error');
        throw new errors/* UserError */.y(`cannot start the handler "${config.executable}" (host.json customHandler.description.defaultExecutablePath): ${why}`);
    }
    const pid = child.pid;
    trackGroup(pid);
    for (const stream of [child.stdout, child.stderr]) {
        let buf = '';
        stream?.setEncoding('utf8');
        stream?.on('data', (d) => {
            buf += d;
            let i;
            while ((i = buf.indexOf('\n')) >= 0) {
                emit(buf.slice(0, i).replace(/\r$/, ''));
                buf = buf.slice(i + 1);
            }
        });
        stream?.on('end', () => {
            if (buf)
                emit(buf);
            buf = '';
        });
    }
    const exited = new Promise(resolve => child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `exit code ${code}`)));
    const command = [config.executable, ...config.args].join(' ');
    let server;
    try {
        // Readiness as the host does it: any HTTP answer on the handler's port.
        const deadline = Date.now() + readyTimeoutMs;
        let exitedWith;
        void exited.then(w => (exitedWith = w));
        for (;;) {
            if (exitedWith) {
                // Let the last output lines arrive.
                await new Promise(r => setTimeout(r, 50));
                throw new errors/* UserError */.y(`the handler (pid ${pid}: ${command}) exited with ${exitedWith} before it answered on port ${handlerPort}.${lastOutput()}`, undefined, { causeLines: tail.slice(-10), step: 'host start' });
            }
            if (await probe(handlerPort))
                break;
            if (Date.now() >= deadline) {
                const hint = config.layout === 'profile'
                    ? `does it listen on customHandler.port (${handlerPort})?`
                    : `does it listen on the port in FUNCTIONS_CUSTOMHANDLER_PORT (${handlerPort})?`;
                throw new errors/* UserError */.y(`the handler (pid ${pid}: ${command}) did not answer HTTP on 127.0.0.1:${handlerPort} within ${Math.round(readyTimeoutMs / 100) / 10} s: ${hint}${lastOutput()}`, undefined, { causeLines: tail.slice(-10), step: 'host start' });
            }
            await new Promise(r => setTimeout(r, 50));
        }
        const ctx = { config, handlerPort, keys: opts.keys };
        server = external_node_http_default().createServer((req, res) => {
            try {
                handle(ctx, req, res);
            }
            catch (err) {
                plain(res, 500, `500 Internal Server Error: ${err.message}`);
            }
        });
        const port = await listen(server, opts.port);
        const front = server;
        let stopping;
        const stop = () => (stopping ??= (async () => {
            await new Promise(resolve => {
                front.close(() => resolve());
                front.closeAllConnections();
            });
            await stopChild(child);
        })());
        const primary = config.functions.find(f => f.name === 'mcp-handler') ?? config.functions[0];
        return {
            url: `http://127.0.0.1:${port}`,
            routePrefix: config.routePrefix,
            authLevel: primary.authLevel,
            layout: config.layout,
            handlerPid: pid,
            handlerPort,
            forwarding: config.forwarding,
            notes: config.notes,
            stop
        };
    }
    catch (err) {
        server?.close();
        await stopChild(child);
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/targets/local/signin-platform.ts
/**
 * The platform's side of Entra sign-in, as App Service authentication does it in front of a
 * function app, for the local rehearsal (`target: local`) and the Azure emulator: a token service
 * that signs RS256 access tokens and publishes its keys (JWKS), bearer-token validation
 * (signature, issuer, audience, expiry, allowed client applications), the 401 with a
 * `WWW-Authenticate: Bearer … resource_metadata="…"` challenge, and the Protected Resource
 * Metadata document (RFC 9728) at `/.well-known/oauth-protected-resource` (and its path-suffixed
 * form). node:crypto only: no JWT library is needed for one algorithm.
 */

const b64 = (v) => Buffer.from(JSON.stringify(v)).toString('base64url');
/** An RS256 signer with its public keys as a JWKS. */
class TokenIssuer {
    kid = (0,external_node_crypto_.randomUUID)();
    privateKey;
    publicJwk;
    constructor() {
        const { privateKey, publicKey } = (0,external_node_crypto_.generateKeyPairSync)('rsa', { modulusLength: 2048 });
        this.privateKey = privateKey;
        this.publicJwk = {
            ...publicKey.export({ format: 'jwk' }),
            kid: this.kid,
            use: 'sig',
            alg: 'RS256'
        };
    }
    jwks() {
        return { keys: [{ ...this.publicJwk }] };
    }
    issue(o) {
        const now = o.now ?? Math.floor(Date.now() / 1000);
        const header = { typ: 'JWT', alg: 'RS256', kid: this.kid };
        const claims = {
            aud: o.aud,
            iss: o.iss,
            iat: now,
            nbf: now,
            exp: now + (o.ttl ?? 3600),
            appid: o.appid,
            azp: o.appid,
            tid: o.tid,
            oid: (0,external_node_crypto_.randomUUID)(),
            sub: (0,external_node_crypto_.randomUUID)(),
            ver: '2.0',
            ...(o.scp ? { scp: o.scp } : {}),
            ...(o.roles ? { roles: o.roles } : {})
        };
        const input = `${b64(header)}.${b64(claims)}`;
        const sig = (0,external_node_crypto_.sign)('RSA-SHA256', Buffer.from(input), this.privateKey).toString('base64url');
        return `${input}.${sig}`;
    }
}
const norm = (s) => s.toLowerCase().replace(/\/+$/, '');
/** Validates a bearer token the way the platform does before the app sees the request. */
function checkToken(token, jwks, c) {
    const bad = (error) => ({ ok: false, status: 401, error });
    const parts = token.split('.');
    if (parts.length !== 3)
        return bad('not a JWT');
    let header;
    let claims;
    try {
        header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
        claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    }
    catch {
        return bad('unreadable token');
    }
    if (header.alg !== 'RS256')
        return bad(`algorithm ${String(header.alg)} is not accepted`);
    const jwk = jwks.keys.find(k => k.kid === header.kid);
    if (!jwk)
        return bad('signed with an unknown key');
    let valid;
    try {
        valid = (0,external_node_crypto_.verify)('RSA-SHA256', Buffer.from(`${parts[0]}.${parts[1]}`), (0,external_node_crypto_.createPublicKey)({ key: jwk, format: 'jwk' }), Buffer.from(parts[2], 'base64url'));
    }
    catch {
        valid = false;
    }
    if (!valid)
        return bad('bad signature');
    if (typeof claims.iss !== 'string' || norm(claims.iss) !== norm(c.issuer))
        return bad(`issuer ${String(claims.iss)} is not ${c.issuer}`);
    const aud = typeof claims.aud === 'string' ? claims.aud : '';
    if (!c.audiences.some(a => norm(a) === norm(aud)))
        return bad(`audience ${aud} is not allowed`);
    const now = c.now ?? Math.floor(Date.now() / 1000);
    if (typeof claims.exp !== 'number' || claims.exp <= now)
        return bad('expired');
    if (typeof claims.nbf === 'number' && claims.nbf > now + 300)
        return bad('not valid yet');
    const allowed = c.allowedApplications ?? [];
    const app = String(claims.azp ?? claims.appid ?? '');
    if (allowed.length && !allowed.some(a => norm(a) === norm(app)))
        return { ok: false, status: 403, error: `client application ${app} is not allowed` };
    return { ok: true, claims };
}
const PRM_PATH = '/.well-known/oauth-protected-resource';
/** The gate's config from authsettingsV2 properties (the REST shape) and the app settings. */
function gateFromAuthSettings(props, appSettings, jwks) {
    const g = (p) => p.reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), props);
    const aad = ['identityProviders', 'azureActiveDirectory'];
    const clientId = String(g([...aad, 'registration', 'clientId']) ?? '');
    const audiences = g([...aad, 'validation', 'allowedAudiences']) ?? [];
    return {
        enabled: g(['platform', 'enabled']) === true,
        requireAuthentication: g(['globalValidation', 'requireAuthentication']) === true,
        unauthenticatedClientAction: String(g(['globalValidation', 'unauthenticatedClientAction']) ?? 'RedirectToLoginPage'),
        issuer: String(g([...aad, 'registration', 'openIdIssuer']) ?? ''),
        audiences: clientId ? [...audiences, clientId] : audiences,
        allowedApplications: g([
            ...aad,
            'validation',
            'defaultAuthorizationPolicy',
            'allowedApplications'
        ]),
        disableWWWAuthenticate: g([...aad, 'login', 'disableWWWAuthenticate']) === true,
        prmScopes: (appSettings.WEBSITE_AUTH_PRM_DEFAULT_WITH_SCOPES ?? '')
            .split(',')
            .map(s => s.trim())
            .filter(Boolean),
        jwks
    };
}
/**
 * The platform in front of the app: undefined lets the request through to the app; otherwise the
 * answer to send. `origin` is `https://host[:port]` as the client reached it.
 */
function gate(c, method, pathname, authorization, origin) {
    if (!c.enabled)
        return undefined;
    // The platform's own routes, and the Functions admin API (guarded by the master key).
    if (pathname.startsWith('/admin/') || pathname.startsWith('/.auth/'))
        return undefined;
    if (pathname === PRM_PATH || pathname.startsWith(PRM_PATH + '/')) {
        if (!c.prmScopes.length)
            return { status: 404, headers: {}, body: '' };
        if (method !== 'GET' && method !== 'HEAD')
            return { status: 405, headers: {}, body: '' };
        const suffix = pathname.slice(PRM_PATH.length);
        return {
            status: 200,
            headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
            body: JSON.stringify({
                resource: origin + suffix,
                authorization_servers: [c.issuer],
                scopes_supported: c.prmScopes,
                bearer_methods_supported: ['header']
            })
        };
    }
    const challenge = (error) => {
        if (c.disableWWWAuthenticate)
            return {};
        const params = [`realm="${new URL(origin).host}"`];
        if (c.prmScopes.length)
            params.push(`resource_metadata="${origin}${PRM_PATH}${pathname === '/' ? '' : pathname}"`);
        if (error)
            params.push('error="invalid_token"');
        return { 'WWW-Authenticate': `Bearer ${params.join(', ')}` };
    };
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (m) {
        const v = checkToken(m[1], c.jwks, {
            issuer: c.issuer,
            audiences: c.audiences,
            allowedApplications: c.allowedApplications
        });
        if (v.ok)
            return undefined;
        if (v.status === 403)
            return {
                status: 403,
                headers: {},
                body: 'You do not have permission to view this directory or page.'
            };
        return { status: 401, headers: challenge(v.error), body: '' };
    }
    if (!c.requireAuthentication || c.unauthenticatedClientAction === 'AllowAnonymous')
        return undefined;
    if (c.unauthenticatedClientAction === 'Return403')
        return { status: 403, headers: {}, body: '' };
    if (c.unauthenticatedClientAction === 'RedirectToLoginPage')
        return { status: 302, headers: { Location: `${origin}/.auth/login/aad` }, body: '' };
    return {
        status: 401,
        headers: challenge(),
        body: 'You do not have permission to view this directory or page.'
    };
}

;// CONCATENATED MODULE: ./src/targets/local/signin.ts
/**
 * The local rehearsal of `endpoint-auth: entra`: a front on 127.0.0.1 that does what App Service
 * authentication does on Azure (signin-platform.ts), with a loopback issuer in place of the
 * tenant's: 401 + Bearer challenge, the resource metadata, bearer-token validation, then the
 * request streamed on to the local Functions host (which runs the function anonymous).
 */


/** The loopback tenant the rehearsal's issuer stands for. */
const LOOPBACK_TENANT = '00000000-0000-4000-8000-00000000100c';
/** The client id the rehearsal's smoke test signs in as. */
const LOOPBACK_CLIENT = '00000000-0000-4000-8000-00000000c11e';
/** Starts the front on `port` (0: any), passing accepted requests to `upstream`. */
async function startSignInFront(upstream, port, entra) {
    const issuerKeys = new TokenIssuer();
    const up = new URL(upstream);
    let origin = '';
    let issuer = '';
    const state = {};
    const server = external_node_http_default().createServer((req, res) => {
        const url = new URL(req.url ?? '/', origin);
        // The loopback issuer's discovery documents (what a client would read after the metadata).
        const base = `/${LOOPBACK_TENANT}`;
        if (url.pathname === `${base}/v2.0/.well-known/openid-configuration`) {
            res.writeHead(200, { 'Content-Type': 'application/json' });
            res.end(JSON.stringify({
                issuer,
                jwks_uri: `${origin}${base}/discovery/v2.0/keys`,
                token_endpoint: `${origin}${base}/oauth2/v2.0/token`,
                authorization_endpoint: `${origin}${base}/oauth2/v2.0/authorize`,
                id_token_signing_alg_values_supported: ['RS256']
            }));
            return;
        }
        if (url.pathname === `${base}/discovery/v2.0/keys`) {
            res
                .writeHead(200, { 'Content-Type': 'application/json' })
                .end(JSON.stringify(issuerKeys.jwks()));
            return;
        }
        const answer = state.config &&
            gate(state.config, req.method ?? 'GET', url.pathname, req.headers.authorization, origin);
        if (answer) {
            req.resume();
            res
                .writeHead(answer.status, answer.headers)
                .end(req.method === 'HEAD' ? undefined : answer.body);
            return;
        }
        const headers = { ...req.headers };
        delete headers.authorization; // the rehearsal's token stays at the door
        const out = external_node_http_default().request({ host: up.hostname, port: up.port, path: req.url, method: req.method, headers }, upRes => {
            res.writeHead(upRes.statusCode ?? 502, upRes.headers);
            upRes.pipe(res);
        });
        out.on('error', () => {
            if (!res.headersSent)
                res.writeHead(502).end();
            else
                res.destroy();
        });
        req.pipe(out);
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve());
    });
    origin = `http://127.0.0.1:${server.address().port}`;
    issuer = `${origin}/${LOOPBACK_TENANT}/v2.0`;
    state.config = {
        enabled: true,
        requireAuthentication: true,
        unauthenticatedClientAction: 'Return401',
        issuer,
        audiences: [entra.identifierUri, entra.clientId],
        allowedApplications: entra.allowedClientIds,
        prmScopes: [entra.scope],
        jwks: issuerKeys.jwks()
    };
    const allowed = entra.allowedClientIds;
    // The rehearsal signs in as an allowed client (the first named one, else a loopback client).
    const client = allowed[0] ?? LOOPBACK_CLIENT;
    const facts = {
        issuer,
        scope: entra.scope,
        identifierUri: entra.identifierUri,
        clientId: entra.clientId,
        getToken: async () => ({
            token: issuerKeys.issue({
                iss: issuer,
                aud: entra.identifierUri,
                appid: client,
                tid: LOOPBACK_TENANT,
                scp: entra.scopeName
            })
        }),
        rows: [
            ['Sign-in', 'Entra ID, rehearsed: a loopback issuer stands for the tenant'],
            ['App registration', entra.clientId],
            ['Issuer', issuer],
            ['Scope (resource metadata)', entra.scope],
            ['Allowed clients', allowed.length ? allowed.join(', ') : 'any'],
            ['Function level', 'anonymous (the platform guards the door; no function key)']
        ]
    };
    return {
        url: origin,
        issuer,
        facts,
        close: () => new Promise(resolve => {
            server.close(() => resolve());
            server.closeAllConnections();
        })
    };
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
// EXTERNAL MODULE: ./src/io/write.ts
var write = __webpack_require__(5419);
;// CONCATENATED MODULE: ./src/targets/local/unzip.ts






const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;
/**
 * Unpacks a zip into `dest` as Kudu/the Functions platform would: files with their Unix mode bits
 * (exec bits kept), folders, and symlinks whose targets stay inside `dest`. yauzl rejects absolute
 * names and `..` segments; every write goes through the write door (src/io/write.ts), so an entry
 * cannot land outside `dest` through a symlink an earlier entry made. Returns the number of files.
 */
async function unzip(zipPath, dest) {
    const root = external_node_path_default().resolve(dest);
    await (0,promises_.mkdir)(root, { recursive: true });
    let zip;
    try {
        zip = await yauzl.openPromise(zipPath, {
            lazyEntries: true,
            strictFileNames: false,
            validateEntrySizes: true
        });
    }
    catch (err) {
        throw new errors/* UserError */.y(`cannot open the package ${zipPath}: ${err.message}`);
    }
    let files = 0;
    try {
        for await (const entry of zip.eachEntry()) {
            const name = entry.fileName;
            const target = external_node_path_default().resolve(root, name);
            if (target !== root && !target.startsWith(root + (external_node_path_default()).sep)) {
                throw new errors/* UserError */.y(`the package entry "${name}" would land outside the app root`);
            }
            const unixMode = (entry.externalFileAttributes >>> 16) & 0xffff;
            const type = unixMode & S_IFMT;
            if (name.endsWith('/') || type === S_IFDIR) {
                (0,write/* ensureDirInside */.YU)(root, name);
                continue;
            }
            const stream = await zip.openReadStreamPromise(entry);
            if (type === S_IFLNK) {
                const chunks = [];
                for await (const c of stream)
                    chunks.push(c);
                const link = Buffer.concat(chunks).toString('utf8');
                try {
                    (0,write/* symlinkInside */.M3)(root, name, link);
                }
                catch (err) {
                    if (!(err instanceof write/* WriteRefused */.sV))
                        throw err;
                    throw new errors/* UserError */.y(`the package entry "${name}" is a symlink that points outside the app root (${link})`);
                }
                continue;
            }
            const perms = unixMode & 0o777;
            const mode = perms ? perms | 0o600 : 0o644;
            await (0,external_node_stream_promises_.pipeline)(stream, (0,write/* createFileInside */.Ds)(root, name, mode));
            files++;
        }
    }
    catch (err) {
        if (err instanceof errors/* UserError */.y)
            throw err;
        throw new errors/* UserError */.y(`cannot unpack the package ${zipPath}: ${err.message}`);
    }
    finally {
        zip.close();
    }
    return files;
}

// EXTERNAL MODULE: ./src/report/timeline.ts
var timeline = __webpack_require__(1935);
;// CONCATENATED MODULE: ./src/targets/local/index.ts










/** A Functions-style key: 32 random bytes, URL-safe (it also travels as ?code=). */
function newKey() {
    return (0,external_node_crypto_.randomBytes)(32).toString('base64url');
}
/**
 * `target: local`: unpacks the package into a temporary wwwroot and hosts it the way the
 * Functions host runs a custom handler, on 127.0.0.1 (local-port, default 7071).
 */
class LocalTarget {
    options;
    name = 'local';
    constructor(options = {}) {
        this.options = options;
    }
    async deploy(req) {
        const { ui } = req;
        const key = newKey();
        ui.setSecret(key);
        const started = Date.now();
        const wwwroot = await (0,promises_.mkdtemp)(external_node_path_default().join(this.options.tempDir ?? external_node_os_default().tmpdir(), 'mcp-fd-wwwroot-'));
        try {
            const files = await (0,timeline/* phase */.Oi)('unpack', () => unzip(req.pkg.zipPath, wwwroot));
            ui.debug(`unpacked ${files} files into ${wwwroot}`);
            const entra = req.settings.endpointAuth === 'entra' ? req.settings.entra : undefined;
            const host = await (0,timeline/* phase */.Oi)('host start', () => startHost({
                wwwroot,
                // With entra the sign-in front takes the port and the host sits behind it.
                port: entra ? 0 : (req.settings.localPort ?? 7071),
                appSettings: req.app.appSettings,
                keys: { default: key },
                readyTimeoutMs: this.options.readyTimeoutMs,
                log: line => ui.info(`[handler] ${line}`)
            }));
            for (const note of host.notes)
                ui.warning(note, { file: 'host.json' });
            let front;
            try {
                if (entra)
                    front = await startSignInFront(host.url, req.settings.localPort ?? 7071, entra);
            }
            catch (err) {
                await host.stop();
                throw err;
            }
            const endpoint = `${front?.url ?? host.url}${host.routePrefix ? '/' + host.routePrefix : ''}/mcp`;
            ui.info(`local Functions host on ${host.url} (handler pid ${host.handlerPid} on port ${host.handlerPort}, ${host.layout} layout)`);
            let stopped;
            return {
                endpoint,
                key: host.authLevel === 'anonymous' ? undefined : key,
                authLevel: host.authLevel,
                deployed: true,
                signIn: front?.facts,
                details: [
                    ['target', 'local Functions-host emulation'],
                    ['layout', host.layout],
                    ['route prefix', host.routePrefix === '' ? '(none)' : host.routePrefix],
                    ['auth level', host.authLevel],
                    [
                        'forwarding',
                        host.forwarding === 'proxy'
                            ? 'proxying (streamed)'
                            : host.forwarding === 'forward'
                                ? 'legacy forwarding (buffered)'
                                : 'none'
                    ],
                    ['handler', `pid ${host.handlerPid}, port ${host.handlerPort}`],
                    ['start', `${((Date.now() - started) / 1000).toFixed(1)} s`]
                ],
                stop: () => (stopped ??= (async () => {
                    try {
                        await front?.close();
                        await host.stop();
                    }
                    finally {
                        await (0,promises_.rm)(wwwroot, { recursive: true, force: true });
                    }
                })())
            };
        }
        catch (err) {
            await (0,promises_.rm)(wwwroot, { recursive: true, force: true });
            throw err;
        }
    }
}


/***/ })

};
