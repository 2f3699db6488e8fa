/**
 * The zip records the writer emits (APPNOTE 6.3): local headers, data descriptors, central
 * directory records and the end records, zip64 where a size, offset or count needs it.
 *
 * Determinism: DOS time fixed at 1980-01-01 00:00, no extra timestamp fields, "made by Unix" so
 * extractors restore the modes the writer normalises (0644/0755 files, 0755 directories).
 */

const SIG_LOCAL = 0x04034b50
const SIG_CENTRAL = 0x02014b50
const SIG_DESCRIPTOR = 0x08074b50
const SIG_EOCD = 0x06054b50
const SIG_ZIP64_EOCD = 0x06064b50
const SIG_ZIP64_LOCATOR = 0x07064b50
const MADE_BY_UNIX = (3 << 8) | 45
export const FLAG_DESCRIPTOR = 1 << 3
export const FLAG_UTF8 = 1 << 11
/** 1980-01-01 00:00:00 in DOS date/time. */
const DOS_TIME = 0
const DOS_DATE = (0 << 9) | (1 << 5) | 1
export const U32 = 0xffffffff
/** The longest name a zip header can hold (a 16-bit length). */
export const MAX_NAME_BYTES = 0xffff

export const ATTRS_DIR = ((0o40755 << 16) | 0x10) >>> 0
export const attrsFile = (executable: boolean): number =>
  ((executable ? 0o100755 : 0o100644) << 16) >>> 0

export interface CentralRecord {
  name: Buffer
  flags: number
  method: number
  crc: number
  compressed: number
  size: number
  offset: number
  attrs: number
}

export function localHeader(
  name: Buffer,
  flags: number,
  method: number,
  crc: number,
  compressed: number,
  size: number,
  zip64: boolean
): Buffer {
  const extra = zip64 ? 20 : 0
  const b = Buffer.alloc(30 + name.length + extra)
  b.writeUInt32LE(SIG_LOCAL, 0)
  b.writeUInt16LE(zip64 ? 45 : 20, 4)
  b.writeUInt16LE(flags, 6)
  b.writeUInt16LE(method, 8)
  b.writeUInt16LE(DOS_TIME, 10)
  b.writeUInt16LE(DOS_DATE, 12)
  b.writeUInt32LE(crc, 14)
  b.writeUInt32LE(zip64 ? U32 : compressed, 18)
  b.writeUInt32LE(zip64 ? U32 : size, 22)
  b.writeUInt16LE(name.length, 26)
  b.writeUInt16LE(extra, 28)
  name.copy(b, 30)
  if (zip64) {
    const o = 30 + name.length
    b.writeUInt16LE(0x0001, o)
    b.writeUInt16LE(16, o + 2)
    b.writeBigUInt64LE(BigInt(size), o + 4)
    b.writeBigUInt64LE(BigInt(compressed), o + 12)
  }
  return b
}

export function descriptor(crc: number, compressed: number, size: number, zip64: boolean): Buffer {
  const b = Buffer.alloc(zip64 ? 24 : 16)
  b.writeUInt32LE(SIG_DESCRIPTOR, 0)
  b.writeUInt32LE(crc, 4)
  if (zip64) {
    b.writeBigUInt64LE(BigInt(compressed), 8)
    b.writeBigUInt64LE(BigInt(size), 16)
  } else {
    b.writeUInt32LE(compressed, 8)
    b.writeUInt32LE(size, 12)
  }
  return b
}

export function centralRecord(r: CentralRecord): Buffer {
  const big: number[] = []
  if (r.size >= U32) big.push(r.size)
  if (r.compressed >= U32) big.push(r.compressed)
  if (r.offset >= U32) big.push(r.offset)
  const extra = big.length ? 4 + 8 * big.length : 0
  const b = Buffer.alloc(46 + r.name.length + extra)
  b.writeUInt32LE(SIG_CENTRAL, 0)
  b.writeUInt16LE(MADE_BY_UNIX, 4)
  b.writeUInt16LE(big.length ? 45 : 20, 6)
  b.writeUInt16LE(r.flags, 8)
  b.writeUInt16LE(r.method, 10)
  b.writeUInt16LE(DOS_TIME, 12)
  b.writeUInt16LE(DOS_DATE, 14)
  b.writeUInt32LE(r.crc, 16)
  b.writeUInt32LE(Math.min(r.compressed, U32), 20)
  b.writeUInt32LE(Math.min(r.size, U32), 24)
  b.writeUInt16LE(r.name.length, 28)
  b.writeUInt16LE(extra, 30)
  b.writeUInt16LE(0, 32) // comment
  b.writeUInt16LE(0, 34) // disk
  b.writeUInt16LE(0, 36) // internal attributes
  b.writeUInt32LE(r.attrs, 38)
  b.writeUInt32LE(Math.min(r.offset, U32), 42)
  r.name.copy(b, 46)
  if (big.length) {
    let o = 46 + r.name.length
    b.writeUInt16LE(0x0001, o)
    b.writeUInt16LE(8 * big.length, o + 2)
    o += 4
    for (const v of big) {
      b.writeBigUInt64LE(BigInt(v), o)
      o += 8
    }
  }
  return b
}

export function endRecords(count: number, cdOffset: number, cdSize: number): Buffer {
  const zip64 = count >= 0xffff || cdOffset >= U32 || cdSize >= U32
  const parts: Buffer[] = []
  if (zip64) {
    const z = Buffer.alloc(56)
    z.writeUInt32LE(SIG_ZIP64_EOCD, 0)
    z.writeBigUInt64LE(44n, 4)
    z.writeUInt16LE(MADE_BY_UNIX, 12)
    z.writeUInt16LE(45, 14)
    z.writeUInt32LE(0, 16)
    z.writeUInt32LE(0, 20)
    z.writeBigUInt64LE(BigInt(count), 24)
    z.writeBigUInt64LE(BigInt(count), 32)
    z.writeBigUInt64LE(BigInt(cdSize), 40)
    z.writeBigUInt64LE(BigInt(cdOffset), 48)
    const loc = Buffer.alloc(20)
    loc.writeUInt32LE(SIG_ZIP64_LOCATOR, 0)
    loc.writeUInt32LE(0, 4)
    loc.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8)
    loc.writeUInt32LE(1, 16)
    parts.push(z, loc)
  }
  const e = Buffer.alloc(22)
  e.writeUInt32LE(SIG_EOCD, 0)
  e.writeUInt16LE(Math.min(count, 0xffff), 8)
  e.writeUInt16LE(Math.min(count, 0xffff), 10)
  e.writeUInt32LE(Math.min(cdSize, U32), 12)
  e.writeUInt32LE(Math.min(cdOffset, U32), 16)
  parts.push(e)
  return Buffer.concat(parts)
}

/** zlib's crc32_combine: the CRC of A‖B from crc(A), crc(B) and the length of B. */
export function crcCombine(crc1: number, crc2: number, len2: number): number {
  // crc1 · x^(8·len2) mod P, then xor crc2 (polynomials in reflected form)
  const multmodp = (a: number, b: number): number => {
    let m = 1 << 31
    let p = 0
    for (;;) {
      if (a & m) {
        p ^= b
        if ((a & (m - 1)) === 0) break
      }
      m >>>= 1
      b = b & 1 ? (b >>> 1) ^ 0xedb88320 : b >>> 1
    }
    return p >>> 0
  }
  let p = 1 << 31 // x^0
  let x2n = 1 << 30 // x^1
  for (let k = 0; k < 3; k++) x2n = multmodp(x2n, x2n) // x^8: one byte
  for (let n = len2; n > 0; n = Math.floor(n / 2)) {
    if (n & 1) p = multmodp(x2n, p)
    x2n = multmodp(x2n, x2n)
  }
  return (multmodp(p, crc1) ^ crc2) >>> 0
}
