export const id = 732;
export const ids = [732];
export const modules = {

/***/ 7351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildPackage: () => (/* binding */ buildPackage)
});

// UNUSED EXPORTS: manifest, stage, writeZip

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
;// CONCATENATED MODULE: ./src/package/stage.ts






/**
 * Always left out of the package, whatever .funcignore says (gitignore syntax): version control,
 * virtual environments, caches, local secrets, and what the build recreates.
 */
const DEFAULT_EXCLUDES = [
    '.git',
    '.venv',
    '/venv',
    '__pycache__',
    'local.settings.json',
    '.env*',
    '/.python_packages'
];
/** Python servers: a node_modules folder (tooling) is never part of the app. */
const PYTHON_EXCLUDES = ['node_modules'];
/** The ignore rules for a server folder: defaults, then its .funcignore. */
async function loadIgnore(serverDir, language) {
    const ig = ignore_default()().add(DEFAULT_EXCLUDES);
    if (language === 'python')
        ig.add(PYTHON_EXCLUDES);
    // through the read door: a .funcignore that is a link out of the folder is not read
    const text = new project_files/* ProjectFiles */.di(serverDir).text('.funcignore');
    if (text)
        ig.add(text);
    return ig;
}
function inside(root, p) {
    return p === root || p.startsWith(root + (external_node_path_default()).sep);
}
/**
 * Copies the server folder into a new temporary folder, leaving out what the rules exclude.
 * Symbolic links are followed when they stay inside the server folder (the content is copied);
 * one that leaves it, dangles or loops is a UserError. The server folder is only read.
 */
async function copyServer(serverDir, language, dest) {
    const root = await external_node_fs_default().promises.realpath(serverDir);
    const ig = await loadIgnore(root, language);
    let copied = 0;
    const walk = async (abs, rel, target, ancestors) => {
        const names = (await external_node_fs_default().promises.readdir(abs)).sort();
        for (const name of names) {
            const src = external_node_path_default().join(abs, name);
            const r = rel ? `${rel}/${name}` : name;
            let st = await external_node_fs_default().promises.lstat(src);
            let real = src;
            if (st.isSymbolicLink()) {
                const link = await external_node_fs_default().promises.readlink(src);
                try {
                    real = await external_node_fs_default().promises.realpath(src);
                }
                catch {
                    throw new src_errors/* UserError */.y(`${r} is a symbolic link to ${link}, which does not exist`);
                }
                if (!inside(root, real)) {
                    throw new src_errors/* UserError */.y(`${r} is a symbolic link to ${link}, outside the server folder: the package cannot include it`, 'copy the file into the server folder, or list it in .funcignore');
                }
                st = await external_node_fs_default().promises.stat(real);
            }
            if (st.isDirectory()) {
                if (ig.ignores(`${r}/`))
                    continue;
                if (ancestors.includes(real)) {
                    throw new src_errors/* UserError */.y(`${r} is a symbolic link that loops back to a parent folder`);
                }
                const to = external_node_path_default().join(target, name);
                await external_node_fs_default().promises.mkdir(to, { recursive: true });
                await walk(real, r, to, [...ancestors, real]);
            }
            else if (st.isFile()) {
                if (ig.ignores(r))
                    continue;
                const to = external_node_path_default().join(target, name);
                await external_node_fs_default().promises.copyFile(real, to, (external_node_fs_default()).constants.COPYFILE_FICLONE);
                await external_node_fs_default().promises.chmod(to, st.mode & 0o777);
                copied++;
            }
            // sockets, fifos and devices are not part of a package
        }
    };
    await walk(root, '', dest, [root]);
    return copied;
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
 * Stages the server: a temporary copy honouring .funcignore and the default exclusions, then
 * completed with the plan. Returns the stage folder (the caller removes it).
 */
async function stage(serverDir, language, plan) {
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
        await copyServer(serverDir, language, dir);
        await applyPlan(dir, plan);
    }
    catch (err) {
        await external_node_fs_default().promises.rm(dir, { recursive: true, force: true });
        throw err;
    }
    return dir;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/package/zip.ts






/**
 * A deterministic, streaming zip writer.
 *
 * Why not yazl: it cannot take precompressed data, it deflates each entry as one serial stream
 * and computes CRC-32 in JavaScript; on the benchmark tree it was ~1.4× slower than
 * `zip -r -6` (and its buffer path held the whole tree in memory). Here entries (and 1 MiB
 * chunks of large files, pigz-style: each chunk deflated on zlib's thread pool with the previous
 * 32 KiB as dictionary and a sync flush) are compressed in parallel with a bounded look-ahead,
 * and written strictly in order, so memory stays flat and the output is byte-for-byte stable.
 *
 * Determinism: entries sorted by their UTF-8 name bytes, DOS time fixed at 1980-01-01 00:00, no
 * extra timestamp fields, modes normalised to 0644/0755 (dirs 0755) with "made by Unix" so
 * extractors restore the exec bits. Same zlib + same tree → same sha256.
 */
/** Large files are cut into chunks of this size (compressed in parallel). */
const CHUNK = 1 << 20;
const DICT = 32 << 10;
/**
 * zlib level 5: about a third less CPU than 6 for ~1.5% more bytes (measured on Python trees).
 * Data whose samples do not compress at level 1 is stored (see the worker).
 */
const LEVEL = 5;
const SAMPLE_MIN = 64 << 10;
const INCOMPRESSIBLE = 0.97;
/** Shared memory the workers put results in: bounds the read-ahead (and the writer's memory). */
const RING_BYTES = 16 << 20;
/** A batch (one worker message) holds up to this many jobs or bytes. */
const BATCH_TASKS = 64;
const BATCH_BYTES = 1 << 20;
const MAX_WORKERS = 4;
/** Output is written in batches of about this size. */
const WRITE_BATCH = 1 << 20;
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
/** Above this, a streamed entry reserves a zip64 field (deflate can grow incompressible data a little). */
const ZIP64_STREAM_THRESHOLD = 0xf0000000;
// ---------------------------------------------------------------------------------------------
// Listing
/**
 * Lists `dir` for the archive: regular files, and directories that have no entries.
 * Symlinks inside `dir` are followed (stored as the content they point at); a link that leaves
 * `dir`, dangles, or loops is a UserError.
 */
async function listTree(dir) {
    const root = await external_node_fs_default().promises.realpath(dir);
    const out = [];
    const walk = async (abs, rel, ancestors) => {
        const names = await external_node_fs_default().promises.readdir(abs);
        let entries = 0;
        for (const name of names) {
            const p = external_node_path_default().join(abs, name);
            const r = rel ? `${rel}/${name}` : name;
            let st = await external_node_fs_default().promises.lstat(p);
            if (st.isSymbolicLink()) {
                let real;
                try {
                    real = await external_node_fs_default().promises.realpath(p);
                }
                catch {
                    throw new src_errors/* UserError */.y(`${r} is a symbolic link to nothing (${await external_node_fs_default().promises.readlink(p)})`);
                }
                if (real !== root && !real.startsWith(root + (external_node_path_default()).sep)) {
                    throw new src_errors/* UserError */.y(`${r} is a symbolic link that leaves the package folder (to ${real})`);
                }
                st = await external_node_fs_default().promises.stat(real);
                if (st.isDirectory() && ancestors.has(real)) {
                    throw new src_errors/* UserError */.y(`${r} is a symbolic link that loops back to a parent folder`);
                }
            }
            if (st.isDirectory()) {
                const real = await external_node_fs_default().promises.realpath(p);
                await walk(p, r, new Set([...ancestors, real]));
                entries++;
            }
            else if (st.isFile()) {
                out.push({ name: r, file: p, size: st.size, executable: (st.mode & 0o111) !== 0 });
                entries++;
            }
            // sockets, fifos, devices: not packageable, skipped
        }
        if (entries === 0 && rel)
            out.push({ name: `${rel}/`, size: 0, executable: false });
    };
    await walk(root, '', new Set([root]));
    const keyed = out.map(e => ({ e, k: Buffer.from(e.name) }));
    keyed.sort((a, b) => Buffer.compare(a.k, b.k));
    return keyed.map(x => x.e);
}
function planJobs(entries) {
    const jobs = [];
    for (const entry of entries) {
        if (entry.name.endsWith('/') || entry.size <= CHUNK) {
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
/**
 * The worker: plain JavaScript run with `eval` (no separate file to bundle or transpile). It is
 * written to work both as CommonJS and as ESM, since a worker inherits the parent's flags.
 */
const WORKER_SOURCE = `
(async () => {
  const { parentPort, workerData } = await import('node:worker_threads')
  const ring = Buffer.from(workerData.ring)
  const fs = await import('node:fs')
  const zlib = (await import('node:zlib')).default
  let table
  const crc32 = buf => {
    if (zlib.crc32) return zlib.crc32(buf)
    if (!table) {
      table = new Int32Array(256)
      for (let n = 0; n < 256; n++) {
        let c = n
        for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
        table[n] = c
      }
    }
    let c = -1
    for (let i = 0; i < buf.length; i++) c = table[(c ^ buf[i]) & 0xff] ^ (c >>> 8)
    return ~c >>> 0
  }
  // Already-compressed data (wheels, images, random bytes) is stored, not deflated for nothing:
  // three 8 KiB samples at the fastest level decide it.
  const incompressible = raw => {
    if (raw.length < ${SAMPLE_MIN}) return false
    const s = 8192
    const mid = Math.floor(raw.length / 2) - s / 2
    const sample = Buffer.concat([raw.subarray(0, s), raw.subarray(mid, mid + s), raw.subarray(raw.length - s)])
    return zlib.deflateRawSync(sample, { level: 1 }).length > sample.length * ${INCOMPRESSIBLE}
  }
  // One read buffer, reused: every task fits in a chunk plus its dictionary.
  const buf = Buffer.allocUnsafe(${CHUNK + DICT})
  const run = t => {
    const total = t.dictLen + t.len
    const fd = fs.openSync(t.file, 'r')
    try {
      let got = 0
      while (got < total) {
        const n = fs.readSync(fd, buf, got, total - got, t.start - t.dictLen + got)
        if (n === 0) break
        got += n
      }
      if (got !== total) throw new Error(t.file + ' changed while it was being zipped')
    } finally {
      fs.closeSync(fd)
    }
    const raw = buf.subarray(t.dictLen, total)
    const crc = crc32(raw)
    // The result is copied into the shared ring (no allocation on the writer's side); should it
    // ever exceed the reserved room, it travels in the message instead.
    const put = (data, stored) =>
      data.length <= t.room ? (ring.set(data, t.at), { len: data.length, crc, stored }) : { data, crc, stored }
    const level = incompressible(raw) ? 0 : ${LEVEL}
    if (t.whole && level === 0) return put(raw, true)
    const opts = { level }
    if (t.dictLen > 0 && level > 0) opts.dictionary = buf.subarray(0, t.dictLen)
    if (!t.last) opts.finishFlush = zlib.constants.Z_SYNC_FLUSH
    const data = zlib.deflateRawSync(raw, opts)
    if (t.whole && data.length >= raw.length) return put(raw, true)
    return put(data, false)
  }
  parentPort.on('message', ({ id, tasks }) => {
    try {
      parentPort.postMessage({ id, pieces: tasks.map(run) })
    } catch (err) {
      parentPort.postMessage({ id, error: String((err && err.message) || err) })
    }
  })
})()
`;
/**
 * Shared memory the workers write results into, handed out first-in first-out: reserved in job
 * order at dispatch, released in the same order once written. The writer allocates nothing per
 * piece, so its memory stays flat whatever the tree size.
 */
class Ring {
    size;
    shared;
    view;
    live = [];
    head = 0;
    constructor(size) {
        this.size = size;
        this.shared = new SharedArrayBuffer(size);
        this.view = Buffer.from(this.shared);
    }
    /** Offset of `n` contiguous bytes, or -1 when there is no room yet. */
    reserve(n) {
        let at;
        if (this.live.length === 0)
            at = 0;
        else {
            const first = this.live[0].start;
            if (this.head > first) {
                at = this.size - this.head >= n ? this.head : first >= n ? 0 : -1;
            }
            else {
                at = first - this.head >= n ? this.head : -1;
            }
        }
        if (at < 0 || at + n > this.size)
            return -1;
        this.head = at + n;
        this.live.push({ start: at, end: this.head });
        return at;
    }
    /** Releases the oldest reservation. */
    release() {
        this.live.shift();
    }
}
/** Room a job's result may need: deflate's worst case plus a sync-flush marker, with margin. */
function bound(len) {
    return len + (len >> 10) + 64;
}
/** A fixed set of workers; `run` sends a batch to the least busy one. */
class Pool {
    ring;
    workers = [];
    waiting = new Map();
    failure;
    constructor(size, ring) {
        this.ring = ring;
        for (let i = 0; i < size; i++) {
            // a small young generation: the workers' garbage is mostly Buffers, freed on each scavenge
            const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, {
                eval: true,
                workerData: { ring: ring.shared },
                resourceLimits: { maxYoungGenerationSizeMb: 4 }
            });
            const slot = { worker, busy: 0 };
            worker.on('message', (msg) => {
                slot.busy--;
                const w = this.waiting.get(msg.id);
                this.waiting.delete(msg.id);
                if (!w)
                    return;
                if (msg.error !== undefined)
                    w.reject(new Error(msg.error));
                else
                    w.resolve(msg.pieces.map((p, k) => this.piece(p, w.tasks[k])));
            });
            worker.on('error', err => this.fail(err));
            worker.on('exit', code => {
                if (code !== 0)
                    this.fail(new Error(`zip worker exited with code ${code}`));
            });
            this.workers.push(slot);
        }
    }
    piece(p, task) {
        const data = p.data
            ? Buffer.from(p.data.buffer, p.data.byteOffset, p.data.byteLength)
            : this.ring.view.subarray(task.at, task.at + p.len);
        return { data, crc: p.crc, stored: p.stored };
    }
    fail(err) {
        this.failure ??= err;
        for (const w of this.waiting.values())
            w.reject(err);
        this.waiting.clear();
    }
    /** Number of batches queued on the least busy worker. */
    get minBusy() {
        return Math.min(...this.workers.map(w => w.busy));
    }
    run(batch) {
        if (this.failure)
            return Promise.reject(this.failure);
        const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
        slot.busy++;
        return new Promise((resolve, reject) => {
            this.waiting.set(batch.id, { tasks: batch.tasks, resolve, reject });
            slot.worker.postMessage({ id: batch.id, tasks: batch.tasks });
        });
    }
    async close() {
        this.failure ??= new Error('zip worker pool closed');
        await Promise.all(this.workers.map(w => w.worker.terminate()));
    }
}
function taskFor(job, at, room) {
    const start = job.index * CHUNK;
    const dictLen = job.count > 1 ? Math.min(DICT, start) : 0;
    return {
        file: job.entry.file,
        start,
        len: job.len,
        dictLen,
        whole: job.count === 1,
        last: job.index === job.count - 1,
        at,
        room
    };
}
function crcCombine(crc1, crc2, len2) {
    // zlib's crc32_combine: crc1 · x^(8·len2) mod P, then xor crc2 (polynomials in reflected form)
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
    // x^(2^k) mod P for k = 3 upwards, applied for each set bit of len2
    let p = 1 << 31; // x^0
    let x2n = 1 << 30; // x^1
    for (let k = 0; k < 3; k++)
        x2n = multmodp(x2n, x2n); // x^(2^3) = x^8: one byte
    for (let n = len2; n > 0; n = Math.floor(n / 2)) {
        if (n & 1)
            p = multmodp(x2n, p);
        x2n = multmodp(x2n, x2n);
    }
    return (multmodp(p, crc1) ^ crc2) >>> 0;
}
// ---------------------------------------------------------------------------------------------
// Output: sequential, batched, hashed as it goes.
class Sink {
    fh;
    pending = [];
    pendingBytes = 0;
    offset = 0;
    /** Bytes handed to the file so far (buffers before this may be reused). */
    flushed = 0;
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
        const upTo = this.offset;
        // writev handles at most IOV_MAX buffers per call; write in slices.
        for (let i = 0; i < bufs.length; i += 512) {
            const slice = bufs.slice(i, i + 512);
            let total = 0;
            for (const b of slice)
                total += b.length;
            let { bytesWritten } = await this.fh.writev(slice);
            if (bytesWritten < total) {
                // a short write (rare for regular files): finish the rest from one buffer
                const all = Buffer.concat(slice);
                while (bytesWritten < total)
                    bytesWritten += (await this.fh.write(all, bytesWritten)).bytesWritten;
            }
        }
        this.flushed = upTo;
    }
    digest() {
        return this.hash.digest('hex');
    }
}
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
// ---------------------------------------------------------------------------------------------
function workerCount(totalBytes) {
    const cores = typeof (external_node_os_default()).availableParallelism === 'function' ? external_node_os_default().availableParallelism() : external_node_os_default().cpus().length;
    if (totalBytes < 4 * CHUNK)
        return 1;
    return Math.max(1, Math.min(MAX_WORKERS, cores));
}
/** Writes the entries (from listTree) as a zip to outFile. */
async function writeEntries(entries, outFile) {
    await external_node_fs_default().promises.mkdir(external_node_path_default().dirname(outFile), { recursive: true });
    const jobs = planJobs(entries);
    const totalBytes = entries.reduce((n, e) => n + e.size, 0);
    const fh = await external_node_fs_default().promises.open(outFile, 'w');
    const sink = new Sink(fh);
    const ring = new Ring(RING_BYTES);
    const pool = new Pool(workerCount(totalBytes), ring);
    /** Archive offsets up to which each ring reservation is still needed (in order). */
    const pinned = [];
    const unpin = () => {
        while (pinned.length > 0 && pinned[0] <= sink.flushed) {
            pinned.shift();
            ring.release();
        }
    };
    const central = [];
    const results = new Map();
    let failure;
    let notify;
    const wake = () => {
        notify?.();
        notify = undefined;
    };
    let nextJob = 0;
    let batchId = 0;
    const EMPTY = { data: Buffer.alloc(0), crc: 0, stored: true };
    /** Sends batches to the workers while they have room and the read-ahead budget allows. */
    const dispatch = () => {
        while (nextJob < jobs.length && pool.minBusy < 2) {
            const indices = [];
            const tasks = [];
            let bytes = 0;
            while (nextJob < jobs.length && tasks.length < BATCH_TASKS && bytes < BATCH_BYTES) {
                const job = jobs[nextJob];
                if (!job.entry.file || job.len === 0) {
                    results.set(nextJob++, EMPTY);
                    continue;
                }
                const room = bound(job.len);
                const at = ring.reserve(room);
                if (at < 0)
                    break;
                indices.push(nextJob++);
                tasks.push(taskFor(job, at, room));
                bytes += job.len;
            }
            if (tasks.length === 0)
                break;
            pool.run({ id: batchId++, first: indices[0], tasks }).then(pieces => {
                pieces.forEach((p, k) => results.set(indices[k], p));
                wake();
            }, err => {
                failure ??= err;
                wake();
            });
        }
        wake();
    };
    let fileCount = 0;
    try {
        let current;
        for (let i = 0; i < jobs.length; i++) {
            dispatch();
            while (!results.has(i)) {
                if (failure)
                    throw failure;
                await new Promise(resolve => (notify = resolve));
                dispatch();
            }
            const piece = results.get(i);
            results.delete(i);
            const job = jobs[i];
            const { entry } = job;
            const name = Buffer.from(entry.name);
            if (entry.name.endsWith('/')) {
                const rec = {
                    name,
                    flags: FLAG_UTF8,
                    method: 0,
                    crc: 0,
                    compressed: 0,
                    size: 0,
                    offset: sink.offset,
                    attrs: ((0o40755 << 16) | 0x10) >>> 0
                };
                await sink.push(localHeader(name, rec.flags, 0, 0, 0, 0, false));
                central.push(rec);
                continue;
            }
            const attrs = ((entry.executable ? 0o100755 : 0o100644) << 16) >>> 0;
            if (job.count === 1) {
                fileCount++;
                const method = piece.stored ? 0 : 8;
                const compressed = piece.data.length;
                const size = entry.size;
                const zip64 = size >= U32 || compressed >= U32;
                const rec = {
                    name,
                    flags: FLAG_UTF8,
                    method,
                    crc: piece.crc,
                    compressed,
                    size,
                    offset: sink.offset,
                    attrs
                };
                await sink.push(localHeader(name, rec.flags, method, piece.crc, compressed, size, zip64));
                await sink.push(piece.data);
                if (job.len > 0)
                    pinned.push(sink.offset);
                unpin();
                central.push(rec);
                continue;
            }
            // a chunk of a large file: streamed, sizes and CRC in a data descriptor
            if (job.index === 0) {
                fileCount++;
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
            pinned.push(sink.offset);
            unpin();
            if (job.index === job.count - 1) {
                cur.rec.crc = cur.crc;
                cur.rec.compressed = cur.compressed;
                if (!cur.zip64 && cur.compressed >= U32)
                    throw new Error(`${entry.name}: compressed data unexpectedly exceeds 4 GiB`);
                await sink.push(descriptor(cur.crc, cur.compressed, entry.size, cur.zip64));
                central.push(cur.rec);
                current = undefined;
            }
        }
        const cdOffset = sink.offset;
        for (const rec of central)
            await sink.push(centralRecord(rec));
        const cdSize = sink.offset - cdOffset;
        await sink.push(endRecords(central.length, cdOffset, cdSize));
        await sink.flush();
    }
    catch (err) {
        await pool.close();
        await fh.close();
        await external_node_fs_default().promises.rm(outFile, { force: true });
        throw err;
    }
    await pool.close();
    await fh.close();
    return { sha256: sink.digest(), bytes: sink.offset, fileCount };
}
/** Zips everything under `dir` deterministically into `outFile`. */
async function writeZip(dir, outFile) {
    const entries = await listTree(dir);
    return writeEntries(entries, outFile);
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/package/exec.ts


/**
 * Runs a command without a shell, collecting its output (and appending it to `logFile` when
 * given). Never throws for a non-zero exit; a missing program gives code 127.
 */
function run(cmd, args, opts = {}) {
    return new Promise(resolve => {
        const chunks = [];
        const log = opts.logFile ? external_node_fs_default().createWriteStream(opts.logFile, { flags: 'a' }) : undefined;
        log?.write(`$ ${cmd} ${args.join(' ')}\n`);
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(cmd, args, {
                cwd: opts.cwd,
                env: opts.env,
                stdio: ['ignore', 'pipe', 'pipe'],
                shell: opts.shell ?? false,
                windowsHide: true
            });
        }
        catch (err) {
            log?.end();
            resolve({ code: 127, output: String(err.message) });
            return;
        }
        const onData = (b) => {
            chunks.push(b);
            log?.write(b);
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('error', err => {
            log?.end();
            resolve({ code: 127, output: err.message });
        });
        child.on('close', code => {
            const output = Buffer.concat(chunks).toString('utf8');
            if (log)
                log.end(() => resolve({ code: code ?? 1, output }));
            else
                resolve({ code: code ?? 1, output });
        });
    });
}
/** The last `n` non-empty lines of a command's output. */
function tail(output, n = 25) {
    return output
        .split(/\r?\n/)
        .filter(l => l.trim() !== '')
        .slice(-n)
        .join('\n');
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
async function copyTree(from, to) {
    await external_node_fs_default().promises.cp(from, to, { recursive: true, verbatimSymlinks: true, force: true });
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
        const r = await run(command, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], {
            env
        });
        const version = r.output.trim().split(/\s+/).pop() ?? '';
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
    const m = /No matching distribution found for\s+([^\s;]+)/.exec(output) ??
        /Could not find a version that satisfies the requirement\s+([^\s;]+)/.exec(output);
    return m?.[1];
}
function pipFailure(what, output, logFile, ui) {
    ui.info(`pip output (last lines; full log: ${logFile}):\n${tail(output)}`);
    return new src_errors/* UserError */.y(what, `full pip log: ${logFile}`);
}
/**
 * Installs the staged server's Python dependencies into <stage>/.python_packages/lib/site-packages
 * for the target runtime (Linux x86_64, CPython `pythonVersion`), through the cache.
 * Returns the installed versions (PEP 503 name → version).
 */
async function installPython(opts) {
    const { stageDir, pythonVersion, pipArgs, env, ui } = opts;
    const target = external_node_path_default().join(stageDir, SITE_PACKAGES);
    const deps = await readPythonDeps(stageDir);
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
        const hit = await softly(ui, 'restore', () => cache.restore(work, key), false);
        if (hit) {
            ui.info(`dependencies: restored from the ${cache.kind} cache (${key})`);
            await external_node_fs_default().promises.mkdir(external_node_path_default().dirname(target), { recursive: true });
            await external_node_fs_default().promises.cp(work, target, { recursive: true, verbatimSymlinks: true });
            if (cache.kind !== 'actions')
                await external_node_fs_default().promises.rm(external_node_path_default().dirname(work), { recursive: true, force: true });
            return installedVersions(target);
        }
    }
    await external_node_fs_default().promises.rm(work, { recursive: true, force: true });
    await external_node_fs_default().promises.mkdir(work, { recursive: true });
    await pipInstall(deps, work, opts);
    if (opts.cache) {
        const cache = opts.cache;
        await softly(ui, 'save', () => cache.save(work, key), undefined);
    }
    await external_node_fs_default().promises.mkdir(external_node_path_default().dirname(target), { recursive: true });
    await external_node_fs_default().promises.cp(work, target, { recursive: true, verbatimSymlinks: true });
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
    const logDir = await external_node_fs_default().promises.mkdtemp(external_node_path_default().join(external_node_os_default().tmpdir(), 'mcp-pip-'));
    const logFile = external_node_path_default().join(logDir, 'pip.log');
    let reqFile = 'requirements.txt';
    if (deps.source === 'pyproject.toml') {
        reqFile = external_node_path_default().join(logDir, 'requirements-from-pyproject.txt');
        await external_node_fs_default().promises.writeFile(reqFile, deps.lines.join('\n') + '\n');
    }
    const common = [
        '-m',
        'pip',
        'install',
        '--disable-pip-version-check',
        '--no-input',
        '--no-compile',
        '--target',
        into,
        '-r',
        reqFile
    ];
    const platformArgs = [
        ...targetPlatforms().flatMap(p => ['--platform', p]),
        '--only-binary=:all:',
        '--python-version',
        pythonVersion,
        '--implementation',
        'cp'
    ];
    ui.info(`dependencies: pip install for CPython ${pythonVersion} on Linux x86_64 (manylinux up to glibc 2.36) from ${deps.source}`);
    const first = await run(python.command, [...common, ...platformArgs, ...pipArgs], {
        cwd: stageDir,
        env,
        logFile
    });
    if (first.code === 0) {
        await external_node_fs_default().promises.rm(logDir, { recursive: true, force: true });
        return;
    }
    const missing = missingPackage(first.output);
    if (!missing)
        throw pipFailure('pip install failed', first.output, logFile, ui);
    // No wheel for the target: only a runner identical to the target can build it.
    const sameRuntime = python.version === pythonVersion && process.platform === 'linux' && process.arch === 'x64';
    if (!sameRuntime) {
        throw pipFailure(`no wheel of ${missing} for CPython ${pythonVersion} on Linux x86_64, and it can only be built on a runner ` +
            `whose Python is ${pythonVersion} on Linux x86_64 (this one: Python ${python.version} on ${process.platform} ${process.arch}); ` +
            `use actions/setup-python with python-version ${pythonVersion} on ubuntu, or pin a version of ${missing} that ships wheels`, first.output, logFile, ui);
    }
    ui.warning(`no wheel of ${missing} for the target: building from source with the runner's Python ${python.version} (same as the target)`);
    await external_node_fs_default().promises.rm(into, { recursive: true, force: true });
    await external_node_fs_default().promises.mkdir(into, { recursive: true });
    const second = await run(python.command, [...common, ...pipArgs], { cwd: stageDir, env, logFile });
    if (second.code !== 0) {
        throw pipFailure(`pip install failed while building ${missing} from source`, second.output, logFile, ui);
    }
    await external_node_fs_default().promises.rm(logDir, { recursive: true, force: true });
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
    const logDir = await external_node_fs_default().promises.mkdtemp(external_node_path_default().join(external_node_os_default().tmpdir(), 'mcp-npm-'));
    const logFile = external_node_path_default().join(logDir, 'npm.log');
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
    for (const [what, args] of steps) {
        ui.info(`dependencies: ${what}`);
        const r = await run(npm, args, {
            cwd: stageDir,
            env,
            logFile,
            shell: process.platform === 'win32'
        });
        if (r.code !== 0) {
            ui.info(`npm output (last lines; full log: ${logFile}):\n${tail(r.output)}`);
            if (r.code === 127 && /ENOENT|not found/i.test(r.output)) {
                throw new src_errors/* UserError */.y('npm is needed to install the dependencies, and it is not on PATH', 'add actions/setup-node before this step');
            }
            throw new src_errors/* UserError */.y(`${what} failed (exit code ${r.code})`, `full npm log: ${logFile}`);
        }
    }
    await external_node_fs_default().promises.rm(logDir, { recursive: true, force: true });
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
// EXTERNAL MODULE: ./src/io/escape.ts
var io_escape = __webpack_require__(4177);
;// CONCATENATED MODULE: ./src/package/index.ts













/**
 * Stage → complete → install dependencies → deterministic zip; a manifest goes to the summary.
 * Runs inside the caller's `Package` group (the runner does not nest groups).
 */
async function buildPackage(opts) {
    const { ui, language, plan, settings } = opts;
    const env = opts.env ?? process.env;
    return (async () => {
        const stageDir = await stage(opts.serverDir, language, plan);
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
                installed = await installPython({
                    stageDir,
                    pythonVersion: opts.pythonVersion,
                    pipArgs: settings.pipArgs,
                    env,
                    ui,
                    cache: settings.cache ? await pickCache(env) : undefined
                });
            }
            else {
                installed = await installNode({ stageDir, env, ui });
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
            const stats = await writeZip(stageDir, zipPath);
            const dependencies = [...installed]
                .map(([name, version]) => ({ name, version }))
                .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            const result = { zipPath, ...stats, dependencies, stageDir };
            ui.info(`package: ${zipPath} (${(0,format/* formatBytes */.z)(stats.bytes)}, ${stats.fileCount} files, sha256 ${stats.sha256})`);
            ui.summary(manifest(result));
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
