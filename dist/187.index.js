export const id = 187;
export const ids = [187];
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


/***/ })

};
