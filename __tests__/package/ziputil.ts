import fs from 'node:fs'
import crypto from 'node:crypto'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import zlib from 'node:zlib'
import yauzl from 'yauzl'

export interface ZipItem {
  name: string
  mode: number
  madeBy: number
  method: number
  size: number
  data: Buffer
}

/** Every entry of a zip (with its inflated data), read with yauzl. */
export function readZip(file: string): Promise<ZipItem[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err)
      const items: ZipItem[] = []
      zip.on('error', reject)
      zip.on('end', () => resolve(items))
      zip.on('entry', (e: yauzl.Entry) => {
        const base = {
          name: e.fileName,
          mode: (e.externalFileAttributes >>> 16) & 0xffff,
          madeBy: e.versionMadeBy >> 8,
          method: e.compressionMethod,
          size: e.uncompressedSize
        }
        if (e.fileName.endsWith('/')) {
          items.push({ ...base, data: Buffer.alloc(0) })
          zip.readEntry()
          return
        }
        zip.openReadStream(e, (err2, stream) => {
          if (err2 || !stream) return reject(err2)
          const chunks: Buffer[] = []
          stream.on('data', (c: Buffer) => chunks.push(c))
          stream.on('error', reject)
          stream.on('end', () => {
            items.push({ ...base, data: Buffer.concat(chunks) })
            zip.readEntry()
          })
        })
      })
      zip.readEntry()
    })
  })
}

/** A hash of a folder's names, contents and modes, to prove it was not touched. */
export function hashTree(dir: string): string {
  const h = crypto.createHash('sha256')
  const walk = (d: string, rel: string): void => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name)
      const r = `${rel}/${name}`
      const st = fs.lstatSync(p)
      h.update(`${r}\0${st.mode}\0`)
      if (st.isSymbolicLink()) h.update(fs.readlinkSync(p))
      else if (st.isDirectory()) walk(p, r)
      else h.update(fs.readFileSync(p))
    }
  }
  walk(dir, '')
  return h.digest('hex')
}

/**
 * Every entry of a zip as name → { size, sha256 of its inflated data }, streamed (for big files);
 * entries not in `only` (when given) are not inflated: their sha256 is ''.
 */
export function digestZip(
  file: string,
  only?: string[]
): Promise<Map<string, { size: number; sha256: string }>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err)
      const out = new Map<string, { size: number; sha256: string }>()
      zip.on('error', reject)
      zip.on('end', () => resolve(out))
      zip.on('entry', (e: yauzl.Entry) => {
        if (only && !only.includes(e.fileName)) {
          out.set(e.fileName, { size: e.uncompressedSize, sha256: '' })
          zip.readEntry()
          return
        }
        zip.openReadStream(e, (err2, stream) => {
          if (err2 || !stream) return reject(err2)
          const h = crypto.createHash('sha256')
          let size = 0
          stream.on('data', (c: Buffer) => {
            size += c.length
            h.update(c)
          })
          stream.on('error', reject)
          stream.on('end', () => {
            out.set(e.fileName, { size, sha256: h.digest('hex') })
            zip.readEntry()
          })
        })
      })
      zip.readEntry()
    })
  })
}

/** CRC-32 of a file, streamed. */
export async function crc32File(file: string): Promise<number> {
  let crc = 0
  for await (const c of fs.createReadStream(file, { highWaterMark: 1 << 20 })) {
    crc = zlib.crc32(c as Buffer, crc)
  }
  return crc
}

/** The CRC-32 each entry's central record gives. */
export function zipCrcs(file: string): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err)
      const out = new Map<string, number>()
      zip.on('error', reject)
      zip.on('end', () => resolve(out))
      zip.on('entry', (e: yauzl.Entry) => {
        out.set(e.fileName, e.crc32)
        zip.readEntry()
      })
      zip.readEntry()
    })
  })
}

/** sha256 of a file, streamed. */
export async function sha256File(file: string): Promise<string> {
  const h = crypto.createHash('sha256')
  for await (const c of fs.createReadStream(file, { highWaterMark: 1 << 20 })) h.update(c as Buffer)
  return h.digest('hex')
}

/** Info-ZIP's own check of every entry (CRCs included); throws with its output when it fails. */
export function unzipTest(file: string): void {
  execFileSync('unzip', ['-tqq', file], { stdio: 'pipe' })
}

/** Rejects when `p` has not settled after `ms`: a hang becomes a failure, not a stuck suite. */
export async function within<T>(ms: number, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no result after ${ms} ms: the zip writer hangs`)),
      ms
    )
  })
  try {
    return await Promise.race([p, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** A file of one random 4 KiB block repeated (compresses to almost nothing), written in 1 MiB steps. */
export function writeRepeated(file: string, bytes: number): void {
  const block = crypto.randomBytes(4096)
  const mib = Buffer.alloc(1 << 20)
  for (let i = 0; i < mib.length; i += block.length) block.copy(mib, i)
  const fd = fs.openSync(file, 'w')
  try {
    for (let off = 0; off < bytes; off += mib.length) {
      fs.writeSync(fd, mib, 0, Math.min(mib.length, bytes - off))
    }
  } finally {
    fs.closeSync(fd)
  }
}

/** yauzl's count of entries (from the end records: the zip64 one when there is one). */
export function zipEntryCount(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err)
      const n = zip.entryCount
      zip.close()
      resolve(n)
    })
  })
}

/** The names in a zip, by Info-ZIP's zipinfo. */
export function unzipNames(file: string): string[] {
  return execFileSync('unzip', ['-Z1', file], { maxBuffer: 64 << 20 })
    .toString()
    .split('\n')
    .filter(Boolean)
}
