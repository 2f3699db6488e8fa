// Generates the benchmark tree for `npm run bench:package`: thousands of small files (Python-like
// text, some binary), a few large ones (text, semi-compressible binary, incompressible, and two
// highly compressible ones above 32 MiB, the kind that once hung the writer), and a few executables. Deterministic (seeded PRNG); reused when already present with the same recipe.
import fs from 'node:fs'
import path from 'node:path'
import { Buffer } from 'node:buffer'

const RECIPE = 'v2'

/** xorshift32: fast, seeded, good enough for benchmark data. */
function rng(seed) {
  let x = seed >>> 0 || 1
  return () => {
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    return x
  }
}

const WORDS = (
  'def class import from return self None True False if else elif for while in not and or try ' +
  'except finally with as yield lambda async await raise assert pass break continue global ' +
  'request response session client server tool handler result value items config logger data ' +
  'json http port host path name message error status context params schema model field type ' +
  'list dict str int float bool optional union annotations typing dataclass property staticmethod'
).split(' ')

function textBuffer(size, next) {
  const parts = []
  let len = 0
  let indent = 0
  while (len < size) {
    const n = 3 + (next() % 9)
    let line = '    '.repeat(indent)
    for (let i = 0; i < n; i++) {
      const w = WORDS[next() % WORDS.length]
      line += i === 0 ? w : (next() % 5 === 0 ? '_' : ' ') + w
      if (next() % 11 === 0) line += `(${next() % 1000})`
    }
    line += next() % 4 === 0 ? ':\n' : '\n'
    indent = (indent + (next() % 3) - 1 + 4) % 4
    parts.push(line)
    len += line.length
  }
  return Buffer.from(parts.join('')).subarray(0, size)
}

function randomBuffer(size, next) {
  const b = Buffer.allocUnsafe(size)
  for (let i = 0; i + 4 <= size; i += 4) b.writeUInt32LE(next(), i)
  for (let i = size - (size % 4); i < size; i++) b[i] = next() & 0xff
  return b
}

/** Native-library-like: runs of random bytes, zero padding and repeated tables. */
function binaryBuffer(size, next) {
  const b = Buffer.alloc(size)
  let i = 0
  while (i < size) {
    const kind = next() % 4
    const run = Math.min(size - i, 256 + (next() % 8192))
    if (kind === 0) randomBuffer(run, next).copy(b, i)
    else if (kind === 1) b.fill(0, i, i + run)
    else if (kind === 2)
      b.fill(Buffer.from([next() & 0xff, 0, next() & 0xff, 0x48, 0x89, 0xe5]), i, i + run)
    else textBuffer(run, next).copy(b, i)
    i += run
  }
  return b
}

/** One 4 KiB random block repeated: deflate shrinks it to almost nothing. */
let block
function repeatedBuffer(size, next) {
  block ??= randomBuffer(4096, next)
  const b = Buffer.allocUnsafe(size)
  for (let i = 0; i < size; i += 4096) block.copy(b, i, 0, Math.min(4096, size - i))
  return b
}

/** A data table: numbers and a few repeated labels, compresses about 3:1. */
function csvBuffer(size, next) {
  const rows = []
  let len = 0
  while (len < size) {
    const row = `${next() % 100000},${WORDS[next() % WORDS.length]},${(next() % 1e6) / 100},${next() % 2 ? 'true' : 'false'}\n`
    rows.push(row)
    len += row.length
  }
  return Buffer.from(rows.join('')).subarray(0, size)
}

async function writeLarge(file, size, make, next) {
  const fd = await fs.promises.open(file, 'w')
  const chunk = 8 << 20
  for (let off = 0; off < size; off += chunk)
    await fd.write(make(Math.min(chunk, size - off), next))
  await fd.close()
}

/**
 * Makes (or reuses) the tree under `root`.
 * @returns {{ files: number, bytes: number }}
 */
export async function makeTree(root, { smallFiles = 6000, largeMB = [100, 80, 64, 48, 40] } = {}) {
  const marker = root + '.recipe'
  const recipe = JSON.stringify({ RECIPE, smallFiles, largeMB })
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === recipe) return count(root)
  fs.rmSync(root, { recursive: true, force: true })
  const next = rng(20240601)
  for (let i = 0; i < smallFiles; i++) {
    const dir = path.join(root, 'site-packages', `pkg${i % 60}`, `sub${(i >> 3) % 12}`)
    fs.mkdirSync(dir, { recursive: true })
    // log-distributed sizes from ~100 B to ~100 KB
    const size = Math.floor(100 * Math.pow(1000, (next() % 10000) / 10000))
    const binary = next() % 8 === 0
    fs.writeFileSync(
      path.join(dir, `m${i}${binary ? '.so' : '.py'}`),
      binary ? binaryBuffer(size, next) : textBuffer(size, next)
    )
  }
  fs.mkdirSync(path.join(root, 'bin'), { recursive: true })
  for (let i = 0; i < 20; i++) {
    const f = path.join(root, 'bin', `tool${i}`)
    fs.writeFileSync(f, `#!/bin/sh\nexec python -m tool${i} "$@"\n`)
    fs.chmodSync(f, 0o755)
  }
  fs.mkdirSync(path.join(root, 'large'), { recursive: true })
  const makers = [binaryBuffer, randomBuffer, textBuffer, repeatedBuffer, csvBuffer]
  const names = ['native.so', 'weights.bin', 'corpus.txt', 'model.onnx', 'table.csv']
  for (let i = 0; i < largeMB.length; i++) {
    const n = i % names.length
    const name = i < names.length ? names[n] : `${i}-${names[n]}`
    await writeLarge(path.join(root, 'large', name), largeMB[i] << 20, makers[n], next)
  }
  fs.writeFileSync(marker, recipe)
  return count(root)
}

function count(root) {
  let files = 0
  let bytes = 0
  const walk = d => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.isFile()) {
        files++
        bytes += fs.statSync(p).size
      }
    }
  }
  walk(root)
  return { files, bytes }
}
