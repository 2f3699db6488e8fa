export const id = 951;
export const ids = [951,187];
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

/***/ 3951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildPackage: () => (/* binding */ buildPackage)
});

// UNUSED EXPORTS: leftOutNotice, manifest, selectPackage, stage, writeZip, zipWithProgress

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
// EXTERNAL MODULE: ./src/project/files.ts
var project_files = __webpack_require__(3930);
// EXTERNAL MODULE: ./src/io/spawn.ts
var spawn = __webpack_require__(1187);
;// CONCATENATED MODULE: ./src/package/stage.ts







/**
 * Never in a package, whatever .funcignore says (gitignore syntax; a `!pattern` cannot bring them
 * back): version control, virtual environments, caches, local settings and secrets.
 */
const BUILTIN_EXCLUDES = [
    '.git',
    '.venv',
    '__pycache__',
    'local.settings.json',
    '.env*',
    '.npmrc',
    '.pypirc',
    '.netrc',
    '.git-credentials',
    '*.pem',
    '*.pfx',
    '*.p12',
    'id_rsa*',
    'id_dsa*',
    'id_ecdsa*',
    'id_ed25519*',
    'gha-creds-*.json',
    'credentials.json',
    '*[-_.]credentials.json',
    'client_secret*.json'
];
/**
 * Left out of the copy the build starts from, besides the built-in excludes: what the install
 * recreates (the repo's node_modules, an old .python_packages); for Python a top-level `venv` too.
 */
const BUILD_INPUT_EXCLUDES = ['node_modules', '/.python_packages'];
/**
 * The build may read these (npm takes a project .npmrc's registry and flags); they are still never
 * packaged.
 */
const NEEDED_BY_THE_BUILD = ['.npmrc'];
/** The rules for the copy the build starts from. */
function buildInputRules() {
    return ignore_default()()
        .add(BUILTIN_EXCLUDES.filter(p => !NEEDED_BY_THE_BUILD.includes(p)))
        .add(BUILD_INPUT_EXCLUDES);
}
/** Folders that are machinery, not content: never named in the notice. */
const QUIET = ignore_default()().add([
    '.git',
    '.venv',
    'venv',
    '__pycache__',
    'node_modules',
    '.python_packages',
    '*.pyc',
    '.DS_Store',
    '.pytest_cache',
    '.mypy_cache',
    '.ruff_cache',
    '.tox',
    '*.egg-info',
    '.idea',
    '.vscode',
    'coverage',
    '.nyc_output'
]);
/**
 * What a package folder leaves out by its own rules: its `.funcignore` (read through the read
 * door: a link out of the folder is not read), and for Python any node_modules (tooling). The
 * built-in excludes come on top of these (selectPackage).
 */
async function loadIgnore(dir, language) {
    const ig = ignore_default()();
    const text = new project_files/* ProjectFiles */.di(dir).text('.funcignore');
    if (text)
        ig.add(text);
    if (language === 'python')
        ig.add('node_modules');
    return ig;
}
function inside(root, p) {
    return p === root || p.startsWith(root + (external_node_path_default()).sep);
}
/**
 * Which of `files` (relative to `dir`) git ignores and does not track, when `dir` is in a git work
 * tree; empty when it is not, or when git is not there.
 */
async function gitIgnored(dir, files) {
    if (files.length === 0)
        return new Set();
    const inTree = await (0,spawn.run)('git', ['rev-parse', '--is-inside-work-tree'], {
        cwd: dir,
        timeoutMs: 30000
    });
    if (inTree.code !== 0 || inTree.output.trim() !== 'true')
        return new Set();
    const r = await (0,spawn.run)('git', ['check-ignore', '--stdin', '-z'], {
        cwd: dir,
        input: files.join('\0') + '\0',
        timeoutMs: 120000
    });
    // exit 1: nothing is ignored; anything else but 0 is git failing: judge nothing
    if (r.code !== 0)
        return new Set();
    return new Set(r.output.split('\0').filter(Boolean));
}
/**
 * Copies the server folder into `dest` as the build's input: everything but version control, the
 * repo's node_modules, the built-in excludes, and git-ignored files that are not in the repository
 * (a fresh checkout would not have them). `.funcignore` is not applied here: it shapes the
 * package, not the build. Symbolic links are followed when they stay inside the server folder
 * (the content is copied); one that leaves it, dangles or loops is a UserError. The server folder
 * is only read.
 */
async function copyServer(serverDir, language, dest) {
    const root = await external_node_fs_default().promises.realpath(serverDir);
    const rules = buildInputRules();
    if (language === 'python')
        rules.add('/venv');
    const builtinOnly = ignore_default()().add(BUILTIN_EXCLUDES);
    const planned = [];
    const dirs = [];
    const builtin = [];
    const walk = async (abs, rel, target, ancestors, viaLink) => {
        const names = (await external_node_fs_default().promises.readdir(abs)).sort();
        for (const name of names) {
            const src = external_node_path_default().join(abs, name);
            const r = rel ? `${rel}/${name}` : name;
            let st = await external_node_fs_default().promises.lstat(src);
            let real = src;
            const link = st.isSymbolicLink();
            if (link) {
                const to = await external_node_fs_default().promises.readlink(src);
                try {
                    real = await external_node_fs_default().promises.realpath(src);
                }
                catch {
                    throw new src_errors/* UserError */.y(`${r} is a symbolic link to ${to}, which does not exist`);
                }
                if (!inside(root, real)) {
                    if (rules.ignores(r) || rules.ignores(`${r}/`))
                        continue;
                    throw new src_errors/* UserError */.y(`${r} is a symbolic link to ${to}, outside the server folder: the package cannot include it`, 'copy the file into the server folder, or remove the link');
                }
                st = await external_node_fs_default().promises.stat(real);
            }
            if (st.isDirectory()) {
                if (rules.ignores(`${r}/`)) {
                    if (builtinOnly.ignores(`${r}/`) && !QUIET.ignores(`${r}/`))
                        builtin.push(`${r}/`);
                    continue;
                }
                if (ancestors.includes(real)) {
                    throw new src_errors/* UserError */.y(`${r} is a symbolic link that loops back to a parent folder`);
                }
                const to = external_node_path_default().join(target, name);
                dirs.push(to);
                await walk(real, r, to, [...ancestors, real], viaLink || link);
            }
            else if (st.isFile()) {
                if (rules.ignores(r)) {
                    if (!QUIET.ignores(r))
                        builtin.push(r);
                    continue;
                }
                planned.push({
                    rel: r,
                    from: real,
                    to: external_node_path_default().join(target, name),
                    mode: st.mode & 0o777,
                    viaLink: viaLink || link
                });
            }
            // sockets, fifos and devices are not part of a package
        }
    };
    await walk(root, '', dest, [root], false);
    const ignored = await gitIgnored(root, planned.filter(p => !p.viaLink).map(p => p.rel));
    const gitIgnoredFiles = [];
    let copied = 0;
    for (const d of dirs)
        await external_node_fs_default().promises.mkdir(d, { recursive: true });
    for (const p of planned) {
        if (ignored.has(p.rel)) {
            gitIgnoredFiles.push(p.rel);
            continue;
        }
        await external_node_fs_default().promises.copyFile(p.from, p.to, (external_node_fs_default()).constants.COPYFILE_FICLONE);
        await external_node_fs_default().promises.chmod(p.to, p.mode);
        copied++;
    }
    return { copied, gitIgnored: gitIgnoredFiles, builtin };
}
function stagePath(stageDir, file) {
    const norm = external_node_path_default().posix.normalize(file.replace(/\\/g, '/'));
    if (external_node_path_default().posix.isAbsolute(norm) || norm === '..' || norm.startsWith('../') || norm === '.') {
        throw new src_errors/* UserError */.y(`cannot write ${file} into the package: the path must stay inside the server folder`);
    }
    return external_node_path_default().join(stageDir, ...norm.split('/'));
}
/** Writes the plan's created and changed files into the stage. */
async function applyPlan(stageDir, plan) {
    for (const { file, content } of plan.created) {
        const to = stagePath(stageDir, file);
        await external_node_fs_default().promises.mkdir(external_node_path_default().dirname(to), { recursive: true });
        await external_node_fs_default().promises.writeFile(to, content);
    }
    for (const { file, after } of plan.changed) {
        const to = stagePath(stageDir, file);
        await external_node_fs_default().promises.mkdir(external_node_path_default().dirname(to), { recursive: true });
        await external_node_fs_default().promises.writeFile(to, after);
    }
}
/**
 * Stages the server: a temporary copy (the build's input, see copyServer) completed with the plan.
 * What the package holds is decided later, over the finished stage (selectPackage). The caller
 * removes the folder.
 */
async function stageServer(serverDir, language, plan) {
    let st;
    try {
        st = await external_node_fs_default().promises.stat(serverDir);
    }
    catch {
        throw new src_errors/* UserError */.y(`the server folder ${serverDir} does not exist`);
    }
    if (!st.isDirectory())
        throw new src_errors/* UserError */.y(`${serverDir} is not a folder`);
    const dir = await external_node_fs_default().promises.mkdtemp(external_node_path_default().join(external_node_os_default().tmpdir(), 'mcp-stage-'));
    try {
        const copy = await copyServer(serverDir, language, dir);
        await applyPlan(dir, plan);
        return { dir, copy };
    }
    catch (err) {
        await external_node_fs_default().promises.rm(dir, { recursive: true, force: true });
        throw err;
    }
}
/** stageServer, returning the folder only. */
async function stage(serverDir, language, plan) {
    return (await stageServer(serverDir, language, plan)).dir;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/package/zip-format.ts
/**
 * The zip records the writer emits (APPNOTE 6.3): local headers, data descriptors, central
 * directory records and the end records, zip64 where a size, offset or count needs it.
 *
 * Determinism: DOS time fixed at 1980-01-01 00:00, no extra timestamp fields, "made by Unix" so
 * extractors restore the modes the writer normalises (0644/0755 files, 0755 directories).
 */
const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_DESCRIPTOR = 0x08074b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const MADE_BY_UNIX = (3 << 8) | 45;
const FLAG_DESCRIPTOR = 1 << 3;
const FLAG_UTF8 = 1 << 11;
/** 1980-01-01 00:00:00 in DOS date/time. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const U32 = 0xffffffff;
/** The longest name a zip header can hold (a 16-bit length). */
const MAX_NAME_BYTES = 0xffff;
const ATTRS_DIR = ((0o40755 << 16) | 0x10) >>> 0;
const attrsFile = (executable) => ((executable ? 0o100755 : 0o100644) << 16) >>> 0;
function localHeader(name, flags, method, crc, compressed, size, zip64) {
    const extra = zip64 ? 20 : 0;
    const b = Buffer.alloc(30 + name.length + extra);
    b.writeUInt32LE(SIG_LOCAL, 0);
    b.writeUInt16LE(zip64 ? 45 : 20, 4);
    b.writeUInt16LE(flags, 6);
    b.writeUInt16LE(method, 8);
    b.writeUInt16LE(DOS_TIME, 10);
    b.writeUInt16LE(DOS_DATE, 12);
    b.writeUInt32LE(crc, 14);
    b.writeUInt32LE(zip64 ? U32 : compressed, 18);
    b.writeUInt32LE(zip64 ? U32 : size, 22);
    b.writeUInt16LE(name.length, 26);
    b.writeUInt16LE(extra, 28);
    name.copy(b, 30);
    if (zip64) {
        const o = 30 + name.length;
        b.writeUInt16LE(0x0001, o);
        b.writeUInt16LE(16, o + 2);
        b.writeBigUInt64LE(BigInt(size), o + 4);
        b.writeBigUInt64LE(BigInt(compressed), o + 12);
    }
    return b;
}
function descriptor(crc, compressed, size, zip64) {
    const b = Buffer.alloc(zip64 ? 24 : 16);
    b.writeUInt32LE(SIG_DESCRIPTOR, 0);
    b.writeUInt32LE(crc, 4);
    if (zip64) {
        b.writeBigUInt64LE(BigInt(compressed), 8);
        b.writeBigUInt64LE(BigInt(size), 16);
    }
    else {
        b.writeUInt32LE(compressed, 8);
        b.writeUInt32LE(size, 12);
    }
    return b;
}
function centralRecord(r) {
    const big = [];
    if (r.size >= U32)
        big.push(r.size);
    if (r.compressed >= U32)
        big.push(r.compressed);
    if (r.offset >= U32)
        big.push(r.offset);
    const extra = big.length ? 4 + 8 * big.length : 0;
    const b = Buffer.alloc(46 + r.name.length + extra);
    b.writeUInt32LE(SIG_CENTRAL, 0);
    b.writeUInt16LE(MADE_BY_UNIX, 4);
    b.writeUInt16LE(big.length ? 45 : 20, 6);
    b.writeUInt16LE(r.flags, 8);
    b.writeUInt16LE(r.method, 10);
    b.writeUInt16LE(DOS_TIME, 12);
    b.writeUInt16LE(DOS_DATE, 14);
    b.writeUInt32LE(r.crc, 16);
    b.writeUInt32LE(Math.min(r.compressed, U32), 20);
    b.writeUInt32LE(Math.min(r.size, U32), 24);
    b.writeUInt16LE(r.name.length, 28);
    b.writeUInt16LE(extra, 30);
    b.writeUInt16LE(0, 32); // comment
    b.writeUInt16LE(0, 34); // disk
    b.writeUInt16LE(0, 36); // internal attributes
    b.writeUInt32LE(r.attrs, 38);
    b.writeUInt32LE(Math.min(r.offset, U32), 42);
    r.name.copy(b, 46);
    if (big.length) {
        let o = 46 + r.name.length;
        b.writeUInt16LE(0x0001, o);
        b.writeUInt16LE(8 * big.length, o + 2);
        o += 4;
        for (const v of big) {
            b.writeBigUInt64LE(BigInt(v), o);
            o += 8;
        }
    }
    return b;
}
function endRecords(count, cdOffset, cdSize) {
    const zip64 = count >= 0xffff || cdOffset >= U32 || cdSize >= U32;
    const parts = [];
    if (zip64) {
        const z = Buffer.alloc(56);
        z.writeUInt32LE(SIG_ZIP64_EOCD, 0);
        z.writeBigUInt64LE(44n, 4);
        z.writeUInt16LE(MADE_BY_UNIX, 12);
        z.writeUInt16LE(45, 14);
        z.writeUInt32LE(0, 16);
        z.writeUInt32LE(0, 20);
        z.writeBigUInt64LE(BigInt(count), 24);
        z.writeBigUInt64LE(BigInt(count), 32);
        z.writeBigUInt64LE(BigInt(cdSize), 40);
        z.writeBigUInt64LE(BigInt(cdOffset), 48);
        const loc = Buffer.alloc(20);
        loc.writeUInt32LE(SIG_ZIP64_LOCATOR, 0);
        loc.writeUInt32LE(0, 4);
        loc.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8);
        loc.writeUInt32LE(1, 16);
        parts.push(z, loc);
    }
    const e = Buffer.alloc(22);
    e.writeUInt32LE(SIG_EOCD, 0);
    e.writeUInt16LE(Math.min(count, 0xffff), 8);
    e.writeUInt16LE(Math.min(count, 0xffff), 10);
    e.writeUInt32LE(Math.min(cdSize, U32), 12);
    e.writeUInt32LE(Math.min(cdOffset, U32), 16);
    parts.push(e);
    return Buffer.concat(parts);
}
/** zlib's crc32_combine: the CRC of A‖B from crc(A), crc(B) and the length of B. */
function crcCombine(crc1, crc2, len2) {
    // crc1 · x^(8·len2) mod P, then xor crc2 (polynomials in reflected form)
    const multmodp = (a, b) => {
        let m = 1 << 31;
        let p = 0;
        for (;;) {
            if (a & m) {
                p ^= b;
                if ((a & (m - 1)) === 0)
                    break;
            }
            m >>>= 1;
            b = b & 1 ? (b >>> 1) ^ 0xedb88320 : b >>> 1;
        }
        return p >>> 0;
    };
    let p = 1 << 31; // x^0
    let x2n = 1 << 30; // x^1
    for (let k = 0; k < 3; k++)
        x2n = multmodp(x2n, x2n); // x^8: one byte
    for (let n = len2; n > 0; n = Math.floor(n / 2)) {
        if (n & 1)
            p = multmodp(x2n, p);
        x2n = multmodp(x2n, x2n);
    }
    return (multmodp(p, crc1) ^ crc2) >>> 0;
}

;// CONCATENATED MODULE: ./src/package/zip-tree.ts




/**
 * A file name as it may appear in a one-line message: control characters escaped (a name may
 * hold a newline), very long names shortened in the middle.
 */
function shown(name) {
    // eslint-disable-next-line no-control-regex
    const safe = name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, c => c.charCodeAt(0) < 0x100
        ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
        : `\\u${c.charCodeAt(0).toString(16)}`);
    return safe.length > 160 ? `${safe.slice(0, 80)}…${safe.slice(-60)}` : safe;
}
/** One line for an fs error on `rel` while listing. */
function listError(rel, err) {
    const code = err.code;
    if (code === 'ENAMETOOLONG') {
        return new src_errors/* UserError */.y(`${shown(rel)}: the path is too long to read (ENAMETOOLONG)`);
    }
    if (code === 'ENOENT')
        return new src_errors/* UserError */.y(`${shown(rel)} vanished while it was being listed`);
    return new src_errors/* UserError */.y(`${shown(rel || '.')} cannot be read (${code ?? String(err)})`);
}
function attempt(rel, op) {
    try {
        return op();
    }
    catch (err) {
        throw listError(rel, err);
    }
}
function kind(st) {
    if (st.isFIFO())
        return 'a named pipe (FIFO)';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
/**
 * Lists `dir` for the archive: regular files, and directories that have no entries, sorted by
 * their UTF-8 name bytes (so readdir order does not matter). Symlinks inside `dir` are followed
 * (stored as the content they point at); a link that leaves `dir`, dangles, or loops is a
 * UserError. Pipes, sockets and devices are left out with a warning (nothing ever opens them).
 */
async function listTree(dir, onWarning = () => { }) {
    const root = await external_node_fs_default().promises.realpath(dir);
    const out = [];
    // synchronous calls: one stat is microseconds, a thread-pool round trip per file is not
    const walk = (abs, rel, ancestors) => {
        const names = attempt(rel, () => external_node_fs_default().readdirSync(abs));
        let entries = 0;
        for (const name of names) {
            const p = external_node_path_default().join(abs, name);
            const r = rel ? `${rel}/${name}` : name;
            if (Buffer.byteLength(r) + 1 > MAX_NAME_BYTES) {
                throw new src_errors/* UserError */.y(`${shown(r)}: the path is longer than a zip entry name can be (${MAX_NAME_BYTES} bytes)`);
            }
            let st = attempt(r, () => external_node_fs_default().lstatSync(p));
            if (st.isSymbolicLink()) {
                let real;
                try {
                    real = external_node_fs_default().realpathSync.native(p);
                }
                catch {
                    const to = attempt(r, () => external_node_fs_default().readlinkSync(p));
                    throw new src_errors/* UserError */.y(`${shown(r)} is a symbolic link to nothing (${shown(to)})`);
                }
                if (real !== root && !real.startsWith(root + (external_node_path_default()).sep)) {
                    throw new src_errors/* UserError */.y(`${shown(r)} is a symbolic link that leaves the package folder (to ${shown(real)})`);
                }
                st = attempt(r, () => external_node_fs_default().statSync(real));
                if (st.isDirectory() && ancestors.has(real)) {
                    throw new src_errors/* UserError */.y(`${shown(r)} is a symbolic link that loops back to a parent folder`);
                }
            }
            if (st.isDirectory()) {
                const real = attempt(r, () => external_node_fs_default().realpathSync.native(p));
                walk(p, r, new Set([...ancestors, real]));
                entries++;
            }
            else if (st.isFile()) {
                out.push({ name: r, file: p, size: st.size, executable: (st.mode & 0o111) !== 0 });
                entries++;
            }
            else {
                onWarning(`${shown(r)} is ${kind(st)}: left out of the package`);
            }
        }
        if (entries === 0 && rel)
            out.push({ name: `${rel}/`, size: 0, executable: false });
    };
    walk(root, '', new Set([root]));
    const keyed = out.map(e => ({ e, k: Buffer.from(e.name) }));
    keyed.sort((a, b) => Buffer.compare(a.k, b.k));
    return keyed.map(x => x.e);
}

;// CONCATENATED MODULE: ./src/package/zip-compress.ts





/**
 * The unit of work of the zip writer: a whole small file, or a 1 MiB chunk of a large one
 * (pigz-style: deflated with the previous 32 KiB as dictionary and ended by a sync flush, so the
 * chunks of a file concatenate into one deflate stream). A job reads its bytes, checks that the
 * file still has the size it was listed with, computes the CRC-32 and deflates on zlib's thread
 * pool. Jobs depend on nothing but their file, so any number may run at once.
 */
/** Large files are cut into chunks of this size. */
const CHUNK = 1 << 20;
const DICT = 32 << 10;
/**
 * zlib level 5: about a third less CPU than 6 for ~1.5% more bytes (measured on Python trees).
 * Data whose samples do not compress at level 1 is stored.
 */
const LEVEL = 5;
const SAMPLE_MIN = 64 << 10;
const SAMPLE = 8 << 10;
const INCOMPRESSIBLE = 0.97;
/** Smaller inputs are deflated on the main thread. */
const SYNC_BELOW = 16 << 10;
/** O_NONBLOCK: should a path have become a FIFO since it was listed, open must not wait for a writer. */
const openForRead = file => external_node_fs_default().openSync(file, (external_node_fs_default()).constants.O_RDONLY | (external_node_fs_default()).constants.O_NONBLOCK);
function planJobs(entries) {
    const jobs = [];
    for (const entry of entries) {
        if (!entry.file || entry.size <= CHUNK) {
            jobs.push({ entry, index: 0, count: 1, len: entry.size });
        }
        else {
            const count = Math.ceil(entry.size / CHUNK);
            for (let index = 0; index < count; index++) {
                jobs.push({ entry, index, count, len: Math.min(CHUNK, entry.size - index * CHUNK) });
            }
        }
    }
    return jobs;
}
/** Bytes a job holds in memory while it runs (its read buffer; the output is smaller or close). */
function jobCost(job) {
    return job.entry.file ? job.len + (job.count > 1 ? DICT : 0) : 0;
}
function readError(name, err) {
    const code = err.code;
    switch (code) {
        case 'ENOENT':
            return new src_errors/* UserError */.y(`${shown(name)} vanished while it was being zipped`);
        case 'EISDIR':
        case 'EAGAIN':
        case 'ENXIO':
        case 'ELOOP':
        case 'ESPIPE':
            return new src_errors/* UserError */.y(`${shown(name)} is no longer a regular file (${code})`);
        default:
            return new src_errors/* UserError */.y(`${shown(name)} cannot be read (${code ?? String(err)})`);
    }
}
/**
 * Reads a job's bytes (with the dictionary before them, for a chunk after the first). The last
 * job of a file asks for one byte more than the listed size: getting it means the file grew.
 * Synchronous on purpose: the files were just listed (in the page cache), and a read is a copy,
 * far cheaper than a thread-pool round trip per call, which dominated on trees of small files.
 */
function readJob(job, open) {
    const { entry } = job;
    const start = job.index * CHUNK;
    const dictLen = job.count > 1 ? Math.min(DICT, start) : 0;
    const expected = dictLen + job.len;
    const want = expected + (job.index === job.count - 1 ? 1 : 0);
    const buf = Buffer.allocUnsafe(want);
    let got = 0;
    let fd;
    try {
        fd = open(entry.file);
    }
    catch (err) {
        throw readError(entry.name, err);
    }
    try {
        while (got < want) {
            const n = external_node_fs_default().readSync(fd, buf, got, want - got, start - dictLen + got);
            if (n === 0)
                break;
            got += n;
        }
    }
    catch (err) {
        throw readError(entry.name, err);
    }
    finally {
        external_node_fs_default().closeSync(fd);
    }
    if (got !== expected) {
        throw new src_errors/* UserError */.y(`${shown(entry.name)} changed size while it was being zipped (listed with ${entry.size} bytes)`);
    }
    return {
        raw: buf.subarray(dictLen, expected),
        dict: dictLen > 0 ? buf.subarray(0, dictLen) : undefined
    };
}
const deflateRaw = (0,external_node_util_.promisify)((external_node_zlib_default()).deflateRaw);
let table;
/** CRC-32 (zlib's, native where Node has it: 20.15+). */
function crc32(buf) {
    const native = (external_node_zlib_default()).crc32;
    if (native)
        return native(buf);
    if (!table) {
        table = new Int32Array(256);
        for (let n = 0; n < 256; n++) {
            let c = n;
            for (let k = 0; k < 8; k++)
                c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            table[n] = c;
        }
    }
    let c = -1;
    for (let i = 0; i < buf.length; i++)
        c = table[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
    return ~c >>> 0;
}
/** Already-compressed data (wheels, images, random bytes): three samples at level 1 decide. */
function incompressible(raw) {
    if (raw.length < SAMPLE_MIN)
        return false;
    const mid = Math.floor(raw.length / 2) - SAMPLE / 2;
    const sample = Buffer.concat([
        raw.subarray(0, SAMPLE),
        raw.subarray(mid, mid + SAMPLE),
        raw.subarray(raw.length - SAMPLE)
    ]);
    return external_node_zlib_default().deflateRawSync(sample, { level: 1 }).length > sample.length * INCOMPRESSIBLE;
}
/**
 * Runs one job: read, check, CRC, then deflate (or store). Only the deflate of more than a few
 * KiB goes to zlib's thread pool; below that the round trip costs more than the work.
 */
async function runJob(job, open = openForRead) {
    if (!job.entry.file)
        return { data: Buffer.alloc(0), crc: 0, stored: true };
    const { raw, dict } = readJob(job, open);
    const crc = crc32(raw);
    const whole = job.count === 1;
    if (raw.length === 0)
        return { data: raw, crc, stored: true };
    const level = incompressible(raw) ? 0 : LEVEL;
    if (whole && level === 0)
        return { data: raw, crc, stored: true };
    const opts = { level };
    if (dict && level > 0)
        opts.dictionary = dict;
    if (job.index < job.count - 1)
        opts.finishFlush = (external_node_zlib_default()).constants.Z_SYNC_FLUSH;
    const data = raw.length < SYNC_BELOW ? external_node_zlib_default().deflateRawSync(raw, opts) : await deflateRaw(raw, opts);
    if (whole && data.length >= raw.length)
        return { data: raw, crc, stored: true };
    return { data, crc, stored: false };
}

;// CONCATENATED MODULE: ./src/package/zip.ts







/**
 * A deterministic, streaming zip writer.
 *
 * Why not yazl: it deflates each entry as one serial stream and computes CRC-32 in JavaScript;
 * it was ~1.4× slower than `zip -r -6` on the benchmark tree. Here the work is cut into jobs (a
 * small file, or a 1 MiB chunk of a large one: see zip-compress.ts), each read on this thread
 * and deflated on zlib's thread pool, a window of them at a time; their results are written
 * strictly in order. (It replaced worker threads writing into a shared 16 MiB ring, whose slots
 * were freed only after a 1 MiB output flush: chunks that deflate to almost nothing filled the
 * ring without ever filling a flush, and the writer waited forever for a job it could not start.)
 *
 * Why it cannot hang: jobs wait on nothing but the file system and zlib, never on the writer.
 * The writer starts jobs ahead of the one it writes while the window (jobs and bytes in flight)
 * has room, and always starts the one it is about to write, so every await is on work that is
 * running. Memory is bounded by the window, whatever the file sizes.
 *
 * Determinism: entries sorted by their UTF-8 name bytes (see zip-tree.ts), chunking fixed by the
 * file size, store-or-deflate decided by the bytes alone, fixed dates and modes (zip-format.ts).
 * Same zlib + same tree → same sha256.
 */
/** The look-ahead window: at most this many jobs, and about this many bytes, in flight. */
const WINDOW_JOBS = 32;
const WINDOW_BYTES = 8 << 20;
/** Output is written in batches of about this size. */
const WRITE_BATCH = 1 << 20;
/** Above this, a streamed entry reserves a zip64 field (deflate can grow incompressible data a little). */
const ZIP64_STREAM_THRESHOLD = 0xf0000000;

/** Sequential output, batched into few writes, hashed as it goes. */
class Sink {
    fh;
    pending = [];
    pendingBytes = 0;
    offset = 0;
    hash = (0,external_node_crypto_.createHash)('sha256');
    constructor(fh) {
        this.fh = fh;
    }
    async push(buf) {
        if (buf.length === 0)
            return;
        this.hash.update(buf);
        this.pending.push(buf);
        this.pendingBytes += buf.length;
        this.offset += buf.length;
        if (this.pendingBytes >= WRITE_BATCH)
            await this.flush();
    }
    async flush() {
        if (this.pending.length === 0)
            return;
        const bufs = this.pending;
        this.pending = [];
        this.pendingBytes = 0;
        // writev takes at most IOV_MAX buffers per call: write in slices
        for (let i = 0; i < bufs.length; i += 512) {
            const slice = bufs.slice(i, i + 512);
            const total = slice.reduce((n, b) => n + b.length, 0);
            let { bytesWritten } = await this.fh.writev(slice);
            if (bytesWritten < total) {
                const all = Buffer.concat(slice);
                while (bytesWritten < total) {
                    bytesWritten += (await this.fh.write(all, bytesWritten)).bytesWritten;
                }
            }
        }
    }
    digest() {
        return this.hash.digest('hex');
    }
}
/** One line for a failure to write the zip (a full disk, a folder we may not write to). */
function writeError(outFile, err) {
    const code = err.code;
    if (!code)
        return err;
    return new src_errors/* UserError */.y(`cannot write the zip ${shown(outFile)} (${code})`);
}
/** Writes the entries (from listTree) as a zip to outFile. */
async function writeEntries(entries, outFile, opts = {}) {
    for (const e of entries) {
        if (Buffer.byteLength(e.name) > MAX_NAME_BYTES) {
            throw new src_errors/* UserError */.y(`${shown(e.name)}: the path is longer than a zip entry name can be (${MAX_NAME_BYTES} bytes)`);
        }
    }
    const open = opts.openFile ?? openForRead;
    const jobs = planJobs(entries);
    const totalFiles = entries.filter(e => e.file).length;
    const totalBytes = entries.reduce((n, e) => n + e.size, 0);
    let fh;
    try {
        await external_node_fs_default().promises.mkdir(external_node_path_default().dirname(outFile), { recursive: true });
        fh = await external_node_fs_default().promises.open(outFile, 'w');
    }
    catch (err) {
        throw writeError(outFile, err);
    }
    const sink = new Sink(fh);
    const running = new Array(jobs.length);
    let started = 0;
    let inFlight = 0;
    /** Starts jobs ahead of `next` while the window has room; always starts `next` itself. */
    const fill = (next) => {
        while (started < jobs.length &&
            (started === next ||
                (started - next < WINDOW_JOBS && inFlight + jobCost(jobs[started]) <= WINDOW_BYTES))) {
            const p = runJob(jobs[started], open);
            p.catch(() => { }); // awaited in order below; a failure ahead must not go unhandled
            running[started] = p;
            inFlight += jobCost(jobs[started]);
            started++;
        }
    };
    const central = [];
    let files = 0;
    let bytes = 0;
    let current;
    try {
        for (let i = 0; i < jobs.length; i++) {
            fill(i);
            const piece = await running[i];
            running[i] = undefined;
            inFlight -= jobCost(jobs[i]);
            const job = jobs[i];
            const { entry } = job;
            const name = Buffer.from(entry.name);
            if (!entry.file) {
                central.push({
                    name,
                    flags: FLAG_UTF8,
                    method: 0,
                    crc: 0,
                    compressed: 0,
                    size: 0,
                    offset: sink.offset,
                    attrs: ATTRS_DIR
                });
                await sink.push(localHeader(name, FLAG_UTF8, 0, 0, 0, 0, false));
                continue;
            }
            const attrs = attrsFile(entry.executable);
            if (job.count === 1) {
                const method = piece.stored ? 0 : 8;
                const rec = {
                    name,
                    flags: FLAG_UTF8,
                    method,
                    crc: piece.crc,
                    compressed: piece.data.length,
                    size: entry.size,
                    offset: sink.offset,
                    attrs
                };
                await sink.push(localHeader(name, rec.flags, method, rec.crc, rec.compressed, rec.size, false));
                await sink.push(piece.data);
                central.push(rec);
            }
            else {
                // a chunk of a large file: streamed, sizes and CRC in a data descriptor
                if (job.index === 0) {
                    const zip64 = entry.size >= ZIP64_STREAM_THRESHOLD;
                    const rec = {
                        name,
                        flags: FLAG_UTF8 | FLAG_DESCRIPTOR,
                        method: 8,
                        crc: 0,
                        compressed: 0,
                        size: entry.size,
                        offset: sink.offset,
                        attrs
                    };
                    await sink.push(localHeader(name, rec.flags, 8, 0, 0, 0, zip64));
                    current = { rec, crc: piece.crc, compressed: 0, zip64 };
                }
                else {
                    current.crc = crcCombine(current.crc, piece.crc, job.len);
                }
                const cur = current;
                cur.compressed += piece.data.length;
                await sink.push(piece.data);
                if (job.index === job.count - 1) {
                    cur.rec.crc = cur.crc;
                    cur.rec.compressed = cur.compressed;
                    if (!cur.zip64 && cur.compressed >= U32) {
                        throw new Error(`${entry.name}: compressed data unexpectedly exceeds 4 GiB`);
                    }
                    await sink.push(descriptor(cur.crc, cur.compressed, entry.size, cur.zip64));
                    central.push(cur.rec);
                    current = undefined;
                }
            }
            bytes += job.len;
            if (job.index === job.count - 1)
                files++;
            opts.onProgress?.({ files, bytes, totalFiles, totalBytes });
        }
        const cdOffset = sink.offset;
        for (const rec of central)
            await sink.push(centralRecord(rec));
        const cdSize = sink.offset - cdOffset;
        await sink.push(endRecords(central.length, cdOffset, cdSize));
        await sink.flush();
    }
    catch (err) {
        // let the jobs already started settle (they only read and deflate), then drop the partial zip
        await Promise.allSettled(running.filter(p => p !== undefined));
        await fh.close();
        await external_node_fs_default().promises.rm(outFile, { force: true });
        throw err instanceof src_errors/* UserError */.y ? err : writeError(outFile, err);
    }
    await fh.close();
    return { sha256: sink.digest(), bytes: sink.offset, fileCount: files };
}
/** Zips everything under `dir` deterministically into `outFile`. */
async function writeZip(dir, outFile, opts = {}) {
    const entries = await listTree(dir, opts.onWarning);
    return writeEntries(entries, outFile, opts);
}

;// CONCATENATED MODULE: ./src/package/select.ts
/**
 * What goes into the zip, decided once, over the finished stage (copied files, plan-written
 * files, installed dependencies and build output alike): `.funcignore` first, then the built-in
 * excludes, which a `!pattern` cannot undo. Everything left out is removed from the stage, so the
 * stage is the package.
 */




/** Folders of installed dependencies: their files come from a package index, not from the repo. */
function dependencyArea(rel, language) {
    return language === 'python'
        ? rel === '.python_packages' || rel.startsWith('.python_packages/')
        : rel === 'node_modules' ||
            rel.startsWith('node_modules/') ||
            rel.includes('/node_modules/') ||
            rel.endsWith('/node_modules');
}
/**
 * Prunes the finished stage to the package: removes what `.funcignore` leaves out, then what the
 * built-in rules never let in (certifi's cacert.pem and the like inside installed dependencies are
 * left alone: those rules are about the repo's secrets), and for Python any node_modules.
 */
async function selectPackage(stageDir, language, copy) {
    // the finished stage's .funcignore: the repo's, or the one the plan wrote
    const funcignore = await loadIgnore(stageDir, language);
    const builtin = ignore_default()().add(BUILTIN_EXCLUDES);
    const leftOut = [];
    let removed = 0;
    const judge = (rel, dir) => {
        const p = dir ? `${rel}/` : rel;
        const deps = dependencyArea(rel, language);
        if (!deps && builtin.ignores(p)) {
            if (funcignore.test(p).unignored)
                leftOut.push({ path: p, why: 'reincluded' });
            else if (!QUIET.ignores(p) && !funcignore.ignores(p))
                leftOut.push({ path: p, why: 'never-packaged' });
            return false;
        }
        return !funcignore.ignores(p);
    };
    /** Returns true when `abs` is left empty by the pruning (and was not empty before). */
    const walk = async (abs, rel) => {
        const names = await external_node_fs_default().promises.readdir(abs);
        let kept = 0;
        for (const name of names.sort()) {
            const p = external_node_path_default().join(abs, name);
            const r = rel ? `${rel}/${name}` : name;
            const st = await external_node_fs_default().promises.lstat(p);
            const dir = st.isDirectory();
            if (!judge(r, dir)) {
                await external_node_fs_default().promises.rm(p, { recursive: true, force: true });
                removed++;
                continue;
            }
            if (dir && (await walk(p, r))) {
                await external_node_fs_default().promises.rmdir(p);
                continue;
            }
            kept++;
        }
        return names.length > 0 && kept === 0;
    };
    await walk(stageDir, '');
    for (const f of copy?.builtin ?? []) {
        if (funcignore.test(f).unignored)
            leftOut.push({ path: f, why: 'reincluded' });
        else if (!funcignore.ignores(f))
            leftOut.push({ path: f, why: 'never-packaged' });
    }
    for (const f of copy?.gitIgnored ?? [])
        if (!QUIET.ignores(f) && !funcignore.ignores(f))
            leftOut.push({ path: f, why: 'git-ignored' });
    // one entry per path, first reason wins
    const seen = new Set();
    return {
        leftOut: leftOut.filter(l => !seen.has(l.path) && seen.add(l.path) !== undefined),
        removed
    };
}
function names(items, max = 8) {
    const shown = items.slice(0, max).map(i => `\`${i.path}\``);
    return items.length > max
        ? `${shown.join(', ')} and ${items.length - max} more`
        : shown.join(', ');
}
/** One sentence naming what was left out (or undefined when nothing worth naming was). */
function leftOutNotice(items) {
    const parts = [];
    const re = items.filter(i => i.why === 'reincluded');
    const never = items.filter(i => i.why === 'never-packaged');
    const git = items.filter(i => i.why === 'git-ignored');
    if (re.length)
        parts.push(`${names(re)} (re-included by a \`!\` line in .funcignore, but local settings, keys and credential files are never packaged)`);
    if (never.length)
        parts.push(`${names(never)} (local settings, keys and credential files are never packaged: put settings in app settings)`);
    if (git.length)
        parts.push(`${names(git)} (git-ignored and not in the repository: a fresh checkout would not have them; commit them or create them in the build)`);
    return parts.length ? `left out of the package: ${parts.join('; ')}` : undefined;
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/io/escape.ts
var io_escape = __webpack_require__(4177);
// EXTERNAL MODULE: ./src/io/deadline.ts
var deadline = __webpack_require__(9066);
;// CONCATENATED MODULE: ./src/package/installlog.ts
/**
 * What pip and npm print, on its way to the log and the screen: each line redacted (credentials
 * in index URLs), shown as it comes (indented under the step), kept in full in a log file under
 * the temp folder (RUNNER_TEMP on a runner, which keeps it for an upload step), and, on failure,
 * the lines around the first error rather than the last ones.
 */






/** `scheme://user:pass@host` and `scheme://token@host` → `scheme://***@host`. */
function redactCredentials(text) {
    return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@'"]+@/gi, '$1***@');
}
/** The folder for install logs: `<tempDir>/mcp-functions-deploy-logs`. */
function logFolder(tempDir) {
    return external_node_path_default().join(tempDir, 'mcp-functions-deploy-logs');
}
/** An npm or pip line that starts an error report. */
const ERROR_LINE = /^(npm (ERR!|error)|ERROR:|error:|Error:|\S+Error: |× )|(^|: )error TS\d+/;
/** pip's report on the runner's own packages (with --target it is beside the point): not the cause. */
const PIP_ENVIRONMENT = /^ERROR: pip's dependency resolver does not currently take into account/;
function isError(line) {
    const l = line.trim();
    return ERROR_LINE.test(l) && !PIP_ENVIRONMENT.test(l);
}
/** npm's bookkeeping lines around an error: not the cause. */
const NPM_META = /^npm (ERR!|error) (code|errno|syscall|path|A complete log|Log files were not written)/;
/** `pip install` for `python3 -m pip install …`, `npm ci` for `npm ci …`. */
function commandName(cmd, args) {
    const words = args[0] === '-m' ? args.slice(1, 3) : [external_node_path_default().basename(cmd), args[0]];
    return words.filter(Boolean).join(' ');
}
/** The lines around the first error: up to `before` lines ahead of it and `after` from it on. */
function firstErrorContext(lines, before = 3, after = 15) {
    const i = lines.findIndex(isError);
    if (i < 0)
        return lines.filter(l => l.trim()).slice(-(before + after));
    return lines.slice(Math.max(0, i - before), i + after);
}
/** The first line that says what went wrong (npm's `code EUSAGE` line skipped for the sentence after it). */
function causeLine(lines) {
    const errors = lines.map(l => l.trim()).filter(isError);
    const strip = (l) => l.replace(/^(npm (ERR!|error)|ERROR:|error:)\s*/, '').trim();
    const cause = errors.find(l => !NPM_META.test(l) && strip(l) !== '') ?? errors[0];
    if (cause === undefined)
        return undefined;
    return (0,io_escape/* forLog */.Ig)(strip(cause)).slice(0, 300);
}
/** pip and npm give up on a dead network themselves; this bounds anything else (a build script that waits). */
const INSTALL_STEP_TIMEOUT_MS = 30 * 60 * 1000;
/** One install session (pip or npm): a log file, streamed and redacted lines. */
class InstallLog {
    file;
    ui;
    constructor(file, ui) {
        this.file = file;
        this.ui = ui;
    }
    /** Opens `<tempDir>/mcp-functions-deploy-logs/<tool>-<time>.log`. */
    static async open(tempDir, tool, ui) {
        const dir = logFolder(tempDir);
        await external_node_fs_default().promises.mkdir(dir, { recursive: true });
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        const file = external_node_path_default().join(dir, `${tool}-${stamp}-${process.pid}.log`);
        await external_node_fs_default().promises.writeFile(file, '');
        return new InstallLog(file, ui);
    }
    /** Runs one command: its output streamed (redacted, indented) to the Ui and the log. */
    async run(cmd, args, opts) {
        const lines = [];
        const log = external_node_fs_default().createWriteStream(this.file, { flags: 'a' });
        log.on('error', () => {
            /* the log is a convenience: a full disk does not fail the install */
        });
        log.write(redactCredentials(`$ ${[cmd, ...args].join(' ')}\n`));
        const started = Date.now();
        const result = await (0,spawn.run)(cmd, args, {
            ...opts,
            timeoutMs: INSTALL_STEP_TIMEOUT_MS,
            onLine: raw => {
                const line = redactCredentials(raw);
                lines.push(line);
                log.write(line + '\n');
                // a runner line and a terminal line at once: no workflow command, no control sequence
                if (line.trim())
                    this.ui.info((0,io_escape/* forLog */.Ig)(`  ${line}`));
            }
        });
        if (result.startError)
            log.write(`[could not start: ${result.startError.message}]\n`);
        await new Promise(resolve => log.end(() => resolve()));
        const what = commandName(cmd, args);
        if (result.stopped === 'aborted') {
            const reason = opts.signal?.reason;
            const why = reason instanceof Error ? reason.message : 'the run was cancelled';
            throw new src_errors/* UserError */.y(`${what} was stopped after ${(0,deadline/* formatSeconds */.Xo)(Date.now() - started)}: ${why}`, `the package build counts against timeout-minutes: raise it, or make the install faster (the cache input); full log: ${this.file}`);
        }
        if (result.stopped) {
            throw new src_errors/* UserError */.y(`${what} did not finish within ${INSTALL_STEP_TIMEOUT_MS / 60000} minutes and was stopped`, `full log: ${this.file}`);
        }
        return { lines, result };
    }
    /** Prints the lines around the first error, with the log's path. */
    showFailure(step, what) {
        const context = firstErrorContext(step.lines);
        if (context.length === 0)
            return;
        this.ui.info(`${what}: the first error (full log: ${this.file}):`);
        for (const l of context)
            this.ui.info((0,io_escape/* forLog */.Ig)(`  | ${l}`));
    }
}

;// CONCATENATED MODULE: ./src/package/cache.ts




/** Env var that moves the local cache folder (tests, or a shared disk). */
const CACHE_DIR_ENV = 'MCP_FUNCTIONS_DEPLOY_CACHE_DIR';
/** The user's cache folder for this tool. */
function localCacheRoot(env = process.env) {
    if (env[CACHE_DIR_ENV])
        return external_node_path_default().resolve(env[CACHE_DIR_ENV]);
    const home = external_node_os_default().homedir();
    let base;
    if (process.platform === 'win32')
        base = env.LOCALAPPDATA || external_node_path_default().join(home, 'AppData', 'Local');
    else if (process.platform === 'darwin')
        base = external_node_path_default().join(home, 'Library', 'Caches');
    else
        base = env.XDG_CACHE_HOME || external_node_path_default().join(home, '.cache');
    return external_node_path_default().join(base, 'mcp-functions-deploy');
}
/**
 * A fixed folder to install into: the Actions cache ties an entry to the paths it was saved
 * from, so the install must happen at the same path on every run.
 */
function workDir(env = process.env) {
    return external_node_path_default().join(env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'mcp-functions-deploy-pydeps');
}
/**
 * Copies a folder (files, folders, symbolic links as they are), many files at a time: several
 * times faster than fs.cp on a site-packages of a thousand small files.
 */
async function copyTree(from, to) {
    const files = [];
    const walk = async (src, dst) => {
        await external_node_fs_default().promises.mkdir(dst, { recursive: true });
        for (const d of await external_node_fs_default().promises.readdir(src, { withFileTypes: true })) {
            const s = external_node_path_default().join(src, d.name);
            const t = external_node_path_default().join(dst, d.name);
            if (d.isDirectory())
                await walk(s, t);
            else if (d.isSymbolicLink()) {
                await external_node_fs_default().promises.rm(t, { force: true });
                await external_node_fs_default().promises.symlink(await external_node_fs_default().promises.readlink(s), t);
            }
            else if (d.isFile())
                files.push([s, t]);
        }
    };
    await walk(from, to);
    let next = 0;
    const worker = async () => {
        while (next < files.length) {
            const [s, t] = files[next++];
            await external_node_fs_default().promises.copyFile(s, t, (external_node_fs_default()).constants.COPYFILE_FICLONE);
        }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
}
/** Moves a folder: a rename where it can, else a copy and a removal (another file system). */
async function moveTree(from, to) {
    await external_node_fs_default().promises.mkdir(external_node_path_default().dirname(to), { recursive: true });
    try {
        await external_node_fs_default().promises.rename(from, to);
    }
    catch (err) {
        const code = err.code;
        if (code !== 'EXDEV' && code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM')
            throw err;
        await copyTree(from, to);
        await external_node_fs_default().promises.rm(from, { recursive: true, force: true });
    }
}
class LocalCache {
    root;
    kind = 'local';
    constructor(root) {
        this.root = root;
    }
    entry(key) {
        return external_node_path_default().join(this.root, 'pydeps', key.replace(/[^A-Za-z0-9._-]/g, '_'));
    }
    async restore(dir, key) {
        const src = external_node_path_default().join(this.entry(key), 'site-packages');
        if (!external_node_fs_default().existsSync(external_node_path_default().join(this.entry(key), 'complete')))
            return false;
        await external_node_fs_default().promises.rm(dir, { recursive: true, force: true });
        await copyTree(src, dir);
        return true;
    }
    async save(dir, key) {
        const entry = this.entry(key);
        if (external_node_fs_default().existsSync(external_node_path_default().join(entry, 'complete')))
            return;
        // copy next to it, then rename: a reader never sees half an entry
        const tmp = `${entry}.tmp-${process.pid}-${Date.now()}`;
        await external_node_fs_default().promises.mkdir(tmp, { recursive: true });
        try {
            await copyTree(dir, external_node_path_default().join(tmp, 'site-packages'));
            await external_node_fs_default().promises.writeFile(external_node_path_default().join(tmp, 'complete'), new Date().toISOString() + '\n');
            await external_node_fs_default().promises.rm(entry, { recursive: true, force: true });
            await external_node_fs_default().promises.rename(tmp, entry);
        }
        catch (err) {
            await external_node_fs_default().promises.rm(tmp, { recursive: true, force: true });
            throw err;
        }
    }
}
class ActionsCache {
    kind = 'actions';
    async restore(dir, key) {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(462), __webpack_require__.e(248)]).then(__webpack_require__.bind(__webpack_require__, 248));
        await external_node_fs_default().promises.rm(dir, { recursive: true, force: true });
        const hit = await cache.restoreCache([dir], key);
        return hit === key && external_node_fs_default().existsSync(dir);
    }
    async save(dir, key) {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(462), __webpack_require__.e(248)]).then(__webpack_require__.bind(__webpack_require__, 248));
        await cache.saveCache([dir], key);
    }
}
/** The Actions cache when the service is there (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL), else local. */
async function pickCache(env = process.env) {
    if (env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL) {
        try {
            const cache = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(462), __webpack_require__.e(248)]).then(__webpack_require__.bind(__webpack_require__, 248));
            if (cache.isFeatureAvailable())
                return new ActionsCache();
        }
        catch {
            // fall through to the local folder
        }
    }
    return new LocalCache(localCacheRoot(env));
}
/** Runs a cache operation; a failure becomes a warning and `fallback`. */
async function softly(ui, what, fn, fallback) {
    try {
        return await fn();
    }
    catch (err) {
        ui.warning(`dependency cache: ${what} failed (${(0,src_errors/* describeError */.U)(err)}); continuing without it`);
        return fallback;
    }
}

// EXTERNAL MODULE: ./src/project/python/lock.ts
var lock = __webpack_require__(2869);
;// CONCATENATED MODULE: ./src/package/pylock.ts
/**
 * uv.lock → what pip installs: the locked closure for the target (CPython version, Linux x86_64),
 * each package pinned to its locked version with every sha256 the lock records, so pip installs
 * exactly those files (`--require-hashes`, `--no-deps`: the lock already is the whole closure).
 *
 * uv itself is not needed (nor used): the lock is resolved here (src/project/python/lock.ts).
 */





/** The requirement lines for pip: `--require-hashes`, then `name==version --hash=sha256:…` per package. */
function lockRequirementLines(lockText, pythonVersion, projectName) {
    const r = (0,lock/* resolveUvLock */.Zj)(lockText, { pythonVersion }, projectName);
    if (r.kind === 'problem')
        throw new src_errors/* UserError */.y(r.message, 'run `uv lock` and commit uv.lock');
    const other = r.packages.filter(p => p.source === 'other');
    if (other.length)
        throw new src_errors/* UserError */.y(`uv.lock installs ${other.map(p => p.name).join(', ')} from a git, path or URL source: pip cannot install them hash-checked from the lock`, 'publish them to a package index, or list the dependencies in requirements.txt');
    const lines = ['--require-hashes'];
    for (const p of r.packages) {
        if (p.source !== 'registry')
            continue;
        if (!p.hashes.length)
            throw new src_errors/* UserError */.y(`uv.lock records no hash for ${p.name} ${p.version}: it cannot be installed hash-checked`, 'run `uv lock` again');
        lines.push(`${p.name}==${p.version} ${p.hashes.map(h => `--hash=${h}`).join(' ')}`);
    }
    return lines;
}
/**
 * When the dependencies come from pyproject.toml and a uv.lock sits beside it, the install follows
 * the lock: the returned deps carry the hash-pinned lines and `locked`; otherwise `deps` unchanged.
 */
async function withUvLock(dir, pythonVersion, deps) {
    if (deps.source !== 'pyproject.toml')
        return deps;
    const file = external_node_path_default().join(dir, lock/* UV_LOCK */.AH);
    let text;
    try {
        text = await external_node_fs_default().promises.readFile(file, 'utf8');
    }
    catch {
        return deps;
    }
    let projectName;
    try {
        const doc = (0,dist/* parse */.qg)(await external_node_fs_default().promises.readFile(external_node_path_default().join(dir, 'pyproject.toml'), 'utf8'));
        if (typeof doc.project?.name === 'string')
            projectName = doc.project.name;
    }
    catch {
        // readPythonDeps already refused an unreadable pyproject.toml
    }
    const lines = lockRequirementLines(text, pythonVersion, projectName);
    return { ...deps, lines, fingerprint: `# ${lock/* UV_LOCK */.AH}\n${text}`, locked: lock/* UV_LOCK */.AH };
}

;// CONCATENATED MODULE: ./src/package/python.ts











/** Where the Functions Python layout (and PYTHONPATH) expects the packages. */
const SITE_PACKAGES = external_node_path_default().join('.python_packages', 'lib', 'site-packages');
/**
 * The app image (Debian 12) has glibc 2.36: every manylinux tag from manylinux2014 (glibc 2.17,
 * which pip widens to manylinux2010/manylinux1) up to manylinux_2_36.
 */
function targetPlatforms() {
    const tags = ['manylinux2014_x86_64'];
    for (let minor = 17; minor <= 36; minor++)
        tags.push(`manylinux_2_${minor}_x86_64`);
    return tags;
}
/** PEP 503 normalised name. */
function normalizeName(name) {
    return name
        .trim()
        .toLowerCase()
        .replace(/[-_.]+/g, '-');
}
/** Reads the dependency inputs of the staged server. */
async function readPythonDeps(dir) {
    // the staged copy is the repository's content: read through the read door (confined, bounded)
    const files = new project_files/* ProjectFiles */.di(dir);
    const reqText = files.text('requirements.txt');
    if (reqText !== undefined) {
        const seen = new Set();
        let fingerprint = '';
        // follow -r / -c includes for the fingerprint (pip reads them relative to the including file)
        const visit = (file) => {
            if (seen.has(file) || seen.size > 50)
                return;
            seen.add(file);
            const text = files.text(file);
            if (text === undefined)
                return;
            fingerprint += `\n# ${file}\n${text}`;
            for (const m of text.matchAll(/^\s*(?:-r|-c|--requirement|--constraint)[=\s]\s*(\S+)/gm)) {
                visit(external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(file), m[1])));
            }
        };
        visit('requirements.txt');
        const lines = reqText.split(/\r?\n/);
        return { source: 'requirements.txt', lines, fingerprint };
    }
    const pyproject = external_node_path_default().join(dir, 'pyproject.toml');
    if (external_node_fs_default().existsSync(pyproject)) {
        const text = await external_node_fs_default().promises.readFile(pyproject, 'utf8');
        let doc;
        try {
            doc = (0,dist/* parse */.qg)(text);
        }
        catch (err) {
            throw new src_errors/* UserError */.y(`pyproject.toml is not valid TOML: ${err.message.split('\n')[0]}`);
        }
        const project = doc.project;
        const deps = project?.dependencies;
        if (deps !== undefined && !(Array.isArray(deps) && deps.every(d => typeof d === 'string'))) {
            throw new src_errors/* UserError */.y('pyproject.toml: [project].dependencies must be a list of requirement strings');
        }
        const lines = deps ?? [];
        return { source: 'pyproject.toml', lines, fingerprint: lines.join('\n') };
    }
    return { source: undefined, lines: [], fingerprint: '' };
}
/** True when every requirement pins one version (`name==1.2.3`), so the resolution cannot drift. */
function fullyPinned(lines) {
    const reqs = lines
        .map(l => l.replace(/(^|\s)#.*$/, '').trim())
        .filter(l => l && !l.startsWith('-'));
    return reqs.every(l => /^[A-Za-z0-9._-]+(\[[^\]]*\])?\s*===?\s*[^\s,;*]+(\s*;.*)?(\s+--hash=\S+)*$/.test(l));
}
/** The runner's Python: python3, else python, on PATH; undefined when there is none. */
async function findPython(env) {
    const names = process.platform === 'win32' ? ['python', 'py'] : ['python3', 'python'];
    for (const command of names) {
        let version = '';
        const r = await (0,spawn.run)(command, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], {
            tool: 'python',
            from: env,
            timeoutMs: 30000,
            onLine: (line, stream) => {
                if (stream === 'stdout')
                    version = line.trim();
            }
        });
        if (r.code === 0 && /^\d+\.\d+$/.test(version))
            return { command, version };
    }
    return undefined;
}
/** The cache key: dependency inputs, target interpreter and platform, pip arguments, PIP_* settings. */
function cacheKey(deps, pythonVersion, pipArgs, env, today = new Date()) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    h.update(`deps\0${deps.source ?? ''}\0${deps.fingerprint}\0`);
    h.update(`target\0cp${pythonVersion}\0${targetPlatforms().join(',')}\0`);
    h.update(`pip\0${pipArgs.join('\0')}\0`);
    for (const k of Object.keys(env).sort())
        if (k.startsWith('PIP_'))
            h.update(`${k}=${env[k]}\0`);
    // unpinned requirements pick up new releases: at most one day old (scheduled redeploys refresh)
    if (!fullyPinned(deps.lines))
        h.update(`day\0${today.toISOString().slice(0, 10)}\0`);
    return `mcp-pydeps-v1-linux-x64-py${pythonVersion}-${h.digest('hex').slice(0, 32)}`;
}
/** name (PEP 503) → version, from the *.dist-info folders (their METADATA). */
async function installedVersions(sitePackages) {
    const out = new Map();
    let names;
    try {
        names = await external_node_fs_default().promises.readdir(sitePackages);
    }
    catch {
        return out;
    }
    for (const d of names.filter(n => n.endsWith('.dist-info')).sort()) {
        let name;
        let version;
        try {
            const meta = await external_node_fs_default().promises.readFile(external_node_path_default().join(sitePackages, d, 'METADATA'), 'utf8');
            const head = meta.split(/\r?\n\r?\n/)[0];
            name = /^Name:\s*(.+)$/m.exec(head)?.[1];
            version = /^Version:\s*(.+)$/m.exec(head)?.[1];
        }
        catch {
            // fall back to the folder name: name-version.dist-info
        }
        if (!name || !version) {
            const m = /^(.+?)-([^-]+)\.dist-info$/.exec(d);
            if (!m)
                continue;
            name ??= m[1];
            version ??= m[2];
        }
        out.set(normalizeName(name), version.trim());
    }
    return out;
}
/** The package pip could not find a wheel for, from its output. */
function missingPackage(output) {
    return noMatchingDistribution(output)?.requirement;
}
/** pip's "No matching distribution" report: which requirement, and the versions pip did see. */
function noMatchingDistribution(output) {
    const found = /Could not find a version that satisfies the requirement\s+(\S+)(?:\s*\(from versions:\s*([^)]*)\))?/.exec(output);
    const nomatch = /No matching distribution found for\s+([^\s;]+)/.exec(output);
    const requirement = nomatch?.[1] ?? found?.[1];
    if (!requirement)
        return undefined;
    const seen = (found?.[2] ?? '').trim();
    const versions = seen && seen !== 'none' ? seen.split(/,\s*/).filter(Boolean) : [];
    return { requirement, versions };
}
/** True when pip's output shows it really set out to build a package from source. */
function triedSourceBuild(output) {
    return /Installing build dependencies|Getting requirements to build (wheel|editable)|Preparing metadata \((pyproject\.toml|setup\.py)\)|Building wheels? for |Running setup\.py|setup\.py (egg_info|bdist_wheel)/.test(output);
}
/** `1.0, 1.1, …, 2.4` (the last few when there are many). */
function versionList(versions) {
    if (versions.length === 0)
        return 'none';
    return versions.length > 8 ? `…, ${versions.slice(-8).join(', ')}` : versions.join(', ');
}
function pipFailure(what, step, log) {
    log.showFailure(step, 'pip');
    return new src_errors/* UserError */.y(what, `full pip log: ${log.file}`, {
        causeLines: firstErrorContext(step.lines),
        step: 'install'
    });
}
/**
 * Installs the staged server's Python dependencies into <stage>/.python_packages/lib/site-packages
 * for the target runtime (Linux x86_64, CPython `pythonVersion`), through the cache.
 * Returns the installed versions (PEP 503 name → version).
 */
async function installPython(opts) {
    const { stageDir, pythonVersion, pipArgs, env, ui } = opts;
    const target = external_node_path_default().join(stageDir, SITE_PACKAGES);
    const deps = await withUvLock(stageDir, pythonVersion, await readPythonDeps(stageDir));
    if (!deps.source) {
        ui.warning('no requirements.txt or pyproject.toml: no Python packages are installed');
        return new Map();
    }
    const key = cacheKey(deps, pythonVersion, pipArgs, env);
    // the Actions cache ties an entry to its path: a fixed folder; otherwise a private one
    const work = opts.cache?.kind === 'actions'
        ? workDir(env)
        : external_node_path_default().join(await external_node_fs_default().promises.mkdtemp(external_node_path_default().join(external_node_os_default().tmpdir(), 'mcp-pydeps-')), 'site-packages');
    if (opts.cache) {
        const cache = opts.cache;
        // the local cache restores straight into the stage; the Actions cache into its fixed folder
        const into = cache.kind === 'actions' ? work : target;
        const hit = await softly(ui, 'restore', () => cache.restore(into, key), false);
        if (hit) {
            ui.info(`dependencies: restored from the ${cache.kind} cache (${key})`);
            if (cache.kind === 'actions')
                await moveTree(work, target);
            else
                await external_node_fs_default().promises.rm(external_node_path_default().dirname(work), { recursive: true, force: true });
            return installedVersions(target);
        }
        await external_node_fs_default().promises.rm(target, { recursive: true, force: true });
    }
    await external_node_fs_default().promises.rm(work, { recursive: true, force: true });
    await external_node_fs_default().promises.mkdir(work, { recursive: true });
    await pipInstall(deps, work, opts);
    if (opts.cache) {
        const cache = opts.cache;
        await softly(ui, 'save', () => cache.save(work, key), undefined);
    }
    await moveTree(work, target);
    if (opts.cache?.kind !== 'actions')
        await external_node_fs_default().promises.rm(external_node_path_default().dirname(work), { recursive: true, force: true });
    return installedVersions(target);
}
async function pipInstall(deps, into, opts) {
    const { stageDir, pythonVersion, pipArgs, env, ui } = opts;
    const python = await findPython(env);
    if (!python) {
        throw new src_errors/* UserError */.y('Python is needed to install the dependencies, and there is no python3 or python on PATH', `add actions/setup-python with python-version ${pythonVersion} before this step`);
    }
    const log = await InstallLog.open(opts.tempDir, 'pip', ui);
    let reqFile = 'requirements.txt';
    let reqDir;
    if (deps.source === 'pyproject.toml') {
        reqDir = await external_node_fs_default().promises.mkdtemp(external_node_path_default().join(external_node_os_default().tmpdir(), 'mcp-pip-'));
        reqFile = external_node_path_default().join(reqDir, 'requirements-from-pyproject.txt');
        await external_node_fs_default().promises.writeFile(reqFile, deps.lines.join('\n') + '\n');
    }
    try {
        const common = [
            '-m',
            'pip',
            'install',
            '--disable-pip-version-check',
            '--no-input',
            '--no-compile',
            // with --target, pip compares against the runner's own packages: beside the point here
            '--no-warn-conflicts',
            '--progress-bar',
            'off',
            '--target',
            into,
            '-r',
            reqFile,
            ...(deps.locked ? ['--no-deps'] : [])
        ];
        const platformArgs = [
            ...targetPlatforms().flatMap(p => ['--platform', p]),
            '--only-binary=:all:',
            '--python-version',
            pythonVersion,
            '--implementation',
            'cp'
        ];
        const target = `CPython ${pythonVersion} on Linux x86_64`;
        ui.info(`dependencies: pip install for ${target} (manylinux up to glibc 2.36) from ${deps.locked ? `${deps.locked} (${deps.lines.length - 1} locked packages, hash-checked by pip)` : deps.source}; log: ${log.file}`);
        const pipOpts = {
            cwd: stageDir,
            tool: 'pip',
            from: env,
            // a runner runs as root on purpose: no advice to use a virtual environment
            env: { PIP_ROOT_USER_ACTION: env.PIP_ROOT_USER_ACTION ?? 'ignore' },
            signal: opts.signal
        };
        const first = await log.run(python.command, [...common, ...platformArgs, ...pipArgs], pipOpts);
        if (first.result.code === 0)
            return;
        const firstText = first.lines.join('\n');
        const missing = noMatchingDistribution(firstText);
        if (!missing) {
            const cause = causeLine(first.lines);
            throw pipFailure(`pip install failed${cause ? `: ${cause}` : ''}`, first, log);
        }
        const saw = `pip saw wheels for ${target} of versions: ${versionList(missing.versions)}`;
        // No wheel for the target: only a runner identical to the target can build one from source.
        const sameRuntime = python.version === pythonVersion && process.platform === 'linux' && process.arch === 'x64';
        if (!sameRuntime) {
            throw pipFailure(`No matching distribution for ${missing.requirement} on ${target} (${saw}); a source build is only tried on a runner ` +
                `whose Python is ${pythonVersion} on Linux x86_64 (this one: Python ${python.version} on ${process.platform} ${process.arch}); ` +
                `use actions/setup-python with python-version ${pythonVersion} on ubuntu, or pin a version of ${missing.requirement.replace(/[=<>!~;\s].*$/, '')} that ships wheels`, first, log);
        }
        ui.info(`dependencies: no wheel of ${missing.requirement} for ${target} (${saw}); trying again without the platform pins, which lets pip build from source with the runner's Python ${python.version} (same as the target)`);
        await external_node_fs_default().promises.rm(into, { recursive: true, force: true });
        await external_node_fs_default().promises.mkdir(into, { recursive: true });
        const second = await log.run(python.command, [...common, ...pipArgs], pipOpts);
        const secondText = second.lines.join('\n');
        const built = triedSourceBuild(secondText);
        if (second.result.code === 0) {
            if (built)
                ui.warning(`no wheel of ${missing.requirement} for the target: built from source with the runner's Python ${python.version} (same as the target); pin a version that ships wheels for a repeatable build`);
            return;
        }
        const again = noMatchingDistribution(secondText);
        if (!built && again) {
            throw pipFailure(`No matching distribution for ${again.requirement}: pip saw versions: ${versionList(again.versions)} (for any platform)`, second, log);
        }
        const cause = causeLine(second.lines);
        throw pipFailure(built
            ? `pip install failed while building ${missing.requirement} from source${cause ? `: ${cause}` : ''}`
            : `pip install failed${cause ? `: ${cause}` : ''}`, second, log);
    }
    finally {
        if (reqDir)
            await external_node_fs_default().promises.rm(reqDir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/package/node.ts




/**
 * In the stage: `npm ci` (`npm install` without a lockfile), `npm run build --if-present`, then
 * `npm prune --omit=dev`. Returns the top-level installed packages (name → version).
 */
async function installNode(opts) {
    const { stageDir, env, ui } = opts;
    if (!external_node_fs_default().existsSync(external_node_path_default().join(stageDir, 'package.json'))) {
        throw new src_errors/* UserError */.y('package.json is missing: a Node server needs one');
    }
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const log = await InstallLog.open(opts.tempDir, 'npm', ui);
    const locked = external_node_fs_default().existsSync(external_node_path_default().join(stageDir, 'package-lock.json')) ||
        external_node_fs_default().existsSync(external_node_path_default().join(stageDir, 'npm-shrinkwrap.json'));
    const steps = [
        locked
            ? ['npm ci', ['ci', '--no-audit', '--no-fund']]
            : ['npm install', ['install', '--no-audit', '--no-fund']],
        ['npm run build', ['run', 'build', '--if-present']],
        ['npm prune', ['prune', '--omit=dev', '--no-audit', '--no-fund']]
    ];
    if (!locked)
        ui.warning('no package-lock.json: dependencies are resolved afresh (npm install); commit a lockfile for repeatable builds');
    ui.info(`dependencies: npm log: ${log.file}`);
    for (const [what, args] of steps) {
        ui.info(`dependencies: ${what}`);
        const step = await log.run(npm, args, {
            cwd: stageDir,
            tool: 'npm',
            from: env,
            shell: process.platform === 'win32',
            signal: opts.signal
        });
        const r = step.result;
        if (r.code === 0)
            continue;
        if (r.startError?.code === 'ENOENT') {
            throw new src_errors/* UserError */.y('npm is needed to install the dependencies, and it is not on PATH', 'add actions/setup-node before this step');
        }
        log.showFailure(step, what);
        const cause = causeLine(step.lines);
        throw new src_errors/* UserError */.y(`${what} failed (exit code ${r.code})${cause ? `: ${cause}` : ''}`, `full npm log: ${log.file}`, { causeLines: firstErrorContext(step.lines), step: 'install' });
    }
    return nodeVersions(external_node_path_default().join(stageDir, 'node_modules'));
}
/** Top-level packages of a node_modules folder (scoped ones included): name → version. */
async function nodeVersions(nodeModules) {
    const out = new Map();
    const read = async (dir, name) => {
        try {
            const pkg = JSON.parse(await external_node_fs_default().promises.readFile(external_node_path_default().join(dir, 'package.json'), 'utf8'));
            if (typeof pkg.version === 'string')
                out.set(name, pkg.version);
        }
        catch {
            // not a package
        }
    };
    let names;
    try {
        names = (await external_node_fs_default().promises.readdir(nodeModules)).sort();
    }
    catch {
        return out;
    }
    for (const n of names) {
        if (n.startsWith('.'))
            continue;
        if (n.startsWith('@')) {
            for (const s of (await external_node_fs_default().promises.readdir(external_node_path_default().join(nodeModules, n))).sort()) {
                await read(external_node_path_default().join(nodeModules, n, s), `${n}/${s}`);
            }
        }
        else
            await read(external_node_path_default().join(nodeModules, n), n);
    }
    return out;
}

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/timeline.ts
var timeline = __webpack_require__(1935);
;// CONCATENATED MODULE: ./src/package/index.ts
















const zipWriter = writeZip;
/** How often the zip step says where it is. */
const PROGRESS_EVERY_MS = 3000;
/** Zips the stage, printing files and bytes done every few seconds. */
async function zipWithProgress(stageDir, zipPath, ui, writer = zipWriter, everyMs = PROGRESS_EVERY_MS) {
    let last;
    let printed;
    const timer = setInterval(() => {
        if (!last || last === printed)
            return;
        printed = last;
        ui.info(`zip: ${last.files} of ${last.totalFiles} files, ${(0,format/* formatBytes */.z)(last.bytes)} of ${(0,format/* formatBytes */.z)(last.totalBytes)}`);
    }, everyMs);
    timer.unref();
    try {
        return await writer(stageDir, zipPath, {
            onProgress: p => (last = p),
            onWarning: m => ui.warning(m)
        });
    }
    finally {
        clearInterval(timer);
    }
}
/**
 * Stage → complete → install dependencies (and build) → decide what goes in → deterministic zip;
 * a manifest goes to the summary.
 * Runs inside the caller's `Package` group (the runner does not nest groups).
 */
async function buildPackage(opts) {
    const { ui, language, plan, settings } = opts;
    const env = opts.env ?? process.env;
    return (async () => {
        const staged = await stageServer(opts.serverDir, language, plan);
        const stageDir = staged.dir;
        try {
            for (const c of plan.created) {
                ui.warning(`${c.file} is missing from the repo: the package uses a generated one; commit it (run generate)`, {
                    file: c.file,
                    line: 1
                });
            }
            for (const c of plan.changed) {
                ui.warning(`${c.file}: ${c.why} (fixed in the package only; commit the same fix)`, {
                    file: c.file,
                    line: 1
                });
            }
            let installed;
            if (language === 'python') {
                installed = await (0,timeline/* phase */.Oi)('install', async () => installPython({
                    stageDir,
                    pythonVersion: opts.pythonVersion,
                    pipArgs: settings.pipArgs,
                    env,
                    ui,
                    tempDir: settings.tempDir,
                    cache: settings.cache ? await pickCache(env) : undefined,
                    signal: opts.signal
                }));
            }
            else {
                installed = await (0,timeline/* phase */.Oi)('install', () => installNode({ stageDir, env, ui, tempDir: settings.tempDir, signal: opts.signal }));
            }
            if (opts.afterInstall) {
                const findings = opts.afterInstall(installed);
                for (const f of findings) {
                    const say = f.severity === 'error' ? ui.error : f.severity === 'warning' ? ui.warning : ui.notice;
                    say.call(ui, `${f.message} Fix: ${f.fix}`, {
                        file: f.file,
                        line: f.line,
                        column: f.column,
                        title: f.rule
                    });
                }
                const errors = findings.filter(f => f.severity === 'error');
                if (errors.length > 0) {
                    throw new src_errors/* UserError */.y(`the installed dependencies do not fit the server code: ${errors[0].message}`, errors.length > 1
                        ? `and ${errors.length - 1} more; nothing was uploaded`
                        : 'nothing was uploaded');
                }
            }
            const zipPath = opts.outFile ??
                external_node_path_default().join(await external_node_fs_default().promises.mkdtemp(external_node_path_default().join(external_node_os_default().tmpdir(), 'mcp-package-')), 'package.zip');
            // what goes in is decided here, once, over the finished stage
            const selection = await selectPackage(stageDir, language, staged.copy);
            const notice = leftOutNotice(selection.leftOut);
            if (notice)
                ui.notice(notice);
            const stats = await (0,timeline/* phase */.Oi)('zip', () => zipWithProgress(stageDir, zipPath, ui));
            const dependencies = [...installed]
                .map(([name, version]) => ({ name, version }))
                .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            const result = { zipPath, ...stats, dependencies, stageDir };
            ui.info(`package: ${zipPath} (${(0,format/* formatBytes */.z)(stats.bytes)}, ${stats.fileCount} files, sha256 ${stats.sha256})`);
            ui.summary(manifest(result) + (notice ? `\n\n${(0,io_escape/* mdMessage */.be)(notice)}` : ''));
            return result;
        }
        catch (err) {
            await external_node_fs_default().promises.rm(stageDir, { recursive: true, force: true });
            throw err;
        }
    })();
}
/** The package manifest for the job summary: size, file count, hash, dependencies with versions. */
function manifest(pkg) {
    const lines = [
        '### Package',
        '',
        '| | |',
        '|---|---|',
        `| size | ${(0,format/* formatBytes */.z)(pkg.bytes)} (${pkg.bytes} bytes) |`,
        `| files | ${pkg.fileCount} |`,
        `| sha256 | \`${pkg.sha256}\` |`,
        `| dependencies | ${pkg.dependencies.length} |`
    ];
    if (pkg.dependencies.length > 0) {
        lines.push('', `<details><summary>Dependencies (${pkg.dependencies.length})</summary>`, '', '| package | version |', '|---|---|', 
        // names and versions come from installed metadata (the network): escaped
        ...pkg.dependencies.map(d => `| ${(0,io_escape/* mdText */.bC)(d.name)} | ${(0,io_escape/* mdText */.bC)(d.version)} |`), '', '</details>');
    }
    return lines.join('\n');
}


/***/ })

};
