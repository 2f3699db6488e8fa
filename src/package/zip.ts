import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { UserError } from '../errors.js'
import {
  jobCost,
  openForRead,
  planJobs,
  runJob,
  type OpenFile,
  type Piece
} from './zip-compress.js'
import {
  ATTRS_DIR,
  attrsFile,
  centralRecord,
  crcCombine,
  descriptor,
  endRecords,
  FLAG_DESCRIPTOR,
  FLAG_UTF8,
  localHeader,
  MAX_NAME_BYTES,
  U32,
  type CentralRecord
} from './zip-format.js'
import { listTree, shown, type ZipEntrySource } from './zip-tree.js'

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
const WINDOW_JOBS = 32
const WINDOW_BYTES = 8 << 20
/** Output is written in batches of about this size. */
const WRITE_BATCH = 1 << 20
/** Above this, a streamed entry reserves a zip64 field (deflate can grow incompressible data a little). */
const ZIP64_STREAM_THRESHOLD = 0xf0000000

export type { ZipEntrySource } from './zip-tree.js'
export { listTree } from './zip-tree.js'

export interface ZipStats {
  sha256: string
  bytes: number
  fileCount: number
}

/** Where the writer is: files and (uncompressed) bytes done, of the totals. */
export interface ZipProgress {
  files: number
  bytes: number
  totalFiles: number
  totalBytes: number
}

export interface ZipOptions {
  /**
   * Called as the work advances (after each file or 1 MiB chunk: often, cheaply; the caller
   * decides how often to print).
   */
  onProgress?: (progress: ZipProgress) => void
  /** A file left out of the package (a pipe, socket or device in the tree), one line. */
  onWarning?: (message: string) => void
  /** For tests: how files are opened. */
  openFile?: OpenFile
}

/** Sequential output, batched into few writes, hashed as it goes. */
class Sink {
  private pending: Buffer[] = []
  private pendingBytes = 0
  offset = 0
  private readonly hash = createHash('sha256')
  constructor(private readonly fh: fs.promises.FileHandle) {}
  async push(buf: Buffer): Promise<void> {
    if (buf.length === 0) return
    this.hash.update(buf)
    this.pending.push(buf)
    this.pendingBytes += buf.length
    this.offset += buf.length
    if (this.pendingBytes >= WRITE_BATCH) await this.flush()
  }
  async flush(): Promise<void> {
    if (this.pending.length === 0) return
    const bufs = this.pending
    this.pending = []
    this.pendingBytes = 0
    // writev takes at most IOV_MAX buffers per call: write in slices
    for (let i = 0; i < bufs.length; i += 512) {
      const slice = bufs.slice(i, i + 512)
      const total = slice.reduce((n, b) => n + b.length, 0)
      let { bytesWritten } = await this.fh.writev(slice)
      if (bytesWritten < total) {
        const all = Buffer.concat(slice)
        while (bytesWritten < total) {
          bytesWritten += (await this.fh.write(all, bytesWritten)).bytesWritten
        }
      }
    }
  }
  digest(): string {
    return this.hash.digest('hex')
  }
}

/** One line for a failure to write the zip (a full disk, a folder we may not write to). */
function writeError(outFile: string, err: unknown): Error {
  const code = (err as NodeJS.ErrnoException).code
  if (!code) return err as Error
  return new UserError(`cannot write the zip ${shown(outFile)} (${code})`)
}

/** A large file being streamed: its sizes and CRC go into a data descriptor at the end. */
interface Streaming {
  rec: CentralRecord
  crc: number
  compressed: number
  zip64: boolean
}

/** Writes the entries (from listTree) as a zip to outFile. */
export async function writeEntries(
  entries: ZipEntrySource[],
  outFile: string,
  opts: ZipOptions = {}
): Promise<ZipStats> {
  for (const e of entries) {
    if (Buffer.byteLength(e.name) > MAX_NAME_BYTES) {
      throw new UserError(
        `${shown(e.name)}: the path is longer than a zip entry name can be (${MAX_NAME_BYTES} bytes)`
      )
    }
  }
  const open = opts.openFile ?? openForRead
  const jobs = planJobs(entries)
  const totalFiles = entries.filter(e => e.file).length
  const totalBytes = entries.reduce((n, e) => n + e.size, 0)
  let fh: fs.promises.FileHandle
  try {
    await fs.promises.mkdir(path.dirname(outFile), { recursive: true })
    fh = await fs.promises.open(outFile, 'w')
  } catch (err) {
    throw writeError(outFile, err)
  }
  const sink = new Sink(fh)

  const running: Array<Promise<Piece> | undefined> = new Array(jobs.length)
  let started = 0
  let inFlight = 0
  /** Starts jobs ahead of `next` while the window has room; always starts `next` itself. */
  const fill = (next: number): void => {
    while (
      started < jobs.length &&
      (started === next ||
        (started - next < WINDOW_JOBS && inFlight + jobCost(jobs[started]) <= WINDOW_BYTES))
    ) {
      const p = runJob(jobs[started], open)
      p.catch(() => {}) // awaited in order below; a failure ahead must not go unhandled
      running[started] = p
      inFlight += jobCost(jobs[started])
      started++
    }
  }

  const central: CentralRecord[] = []
  let files = 0
  let bytes = 0
  let current: Streaming | undefined
  try {
    for (let i = 0; i < jobs.length; i++) {
      fill(i)
      const piece = await running[i]!
      running[i] = undefined
      inFlight -= jobCost(jobs[i])
      const job = jobs[i]
      const { entry } = job
      const name = Buffer.from(entry.name)
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
        })
        await sink.push(localHeader(name, FLAG_UTF8, 0, 0, 0, 0, false))
        continue
      }
      const attrs = attrsFile(entry.executable)
      if (job.count === 1) {
        const method = piece.stored ? 0 : 8
        const rec: CentralRecord = {
          name,
          flags: FLAG_UTF8,
          method,
          crc: piece.crc,
          compressed: piece.data.length,
          size: entry.size,
          offset: sink.offset,
          attrs
        }
        await sink.push(
          localHeader(name, rec.flags, method, rec.crc, rec.compressed, rec.size, false)
        )
        await sink.push(piece.data)
        central.push(rec)
      } else {
        // a chunk of a large file: streamed, sizes and CRC in a data descriptor
        if (job.index === 0) {
          const zip64 = entry.size >= ZIP64_STREAM_THRESHOLD
          const rec: CentralRecord = {
            name,
            flags: FLAG_UTF8 | FLAG_DESCRIPTOR,
            method: 8,
            crc: 0,
            compressed: 0,
            size: entry.size,
            offset: sink.offset,
            attrs
          }
          await sink.push(localHeader(name, rec.flags, 8, 0, 0, 0, zip64))
          current = { rec, crc: piece.crc, compressed: 0, zip64 }
        } else {
          current!.crc = crcCombine(current!.crc, piece.crc, job.len)
        }
        const cur = current!
        cur.compressed += piece.data.length
        await sink.push(piece.data)
        if (job.index === job.count - 1) {
          cur.rec.crc = cur.crc
          cur.rec.compressed = cur.compressed
          if (!cur.zip64 && cur.compressed >= U32) {
            throw new Error(`${entry.name}: compressed data unexpectedly exceeds 4 GiB`)
          }
          await sink.push(descriptor(cur.crc, cur.compressed, entry.size, cur.zip64))
          central.push(cur.rec)
          current = undefined
        }
      }
      bytes += job.len
      if (job.index === job.count - 1) files++
      opts.onProgress?.({ files, bytes, totalFiles, totalBytes })
    }
    const cdOffset = sink.offset
    for (const rec of central) await sink.push(centralRecord(rec))
    const cdSize = sink.offset - cdOffset
    await sink.push(endRecords(central.length, cdOffset, cdSize))
    await sink.flush()
  } catch (err) {
    // let the jobs already started settle (they only read and deflate), then drop the partial zip
    await Promise.allSettled(running.filter(p => p !== undefined))
    await fh.close()
    await fs.promises.rm(outFile, { force: true })
    throw err instanceof UserError ? err : writeError(outFile, err)
  }
  await fh.close()
  return { sha256: sink.digest(), bytes: sink.offset, fileCount: files }
}

/** Zips everything under `dir` deterministically into `outFile`. */
export async function writeZip(
  dir: string,
  outFile: string,
  opts: ZipOptions = {}
): Promise<ZipStats> {
  const entries = await listTree(dir, opts.onWarning)
  return writeEntries(entries, outFile, opts)
}
