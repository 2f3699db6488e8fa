// `npm run bench:package`: our deterministic zip writer against `zip -r -q -6` on the same
// generated tree (6,000 small files plus large ones, ~420 MiB), in one run.
// Prints the time ratio (target <= 0.5), the size ratio (target <= 1.02), our peak RSS
// (target < 200 MB) and whether two runs gave the same sha256. Two alternating rounds; the best time of each tool is compared, since the
// machine may be shared.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { makeTree } from './package-tree.mjs'
import { buildTs } from './ts-load.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const work = path.join(here, '.work')
const tree = path.join(work, 'tree')
const rounds = Number(process.env.BENCH_ROUNDS || 2)

const zipCheck = spawnSync('zip', ['-v'], { stdio: 'ignore' })
if (zipCheck.error) {
  console.error('bench:package needs Info-ZIP `zip` on PATH')
  process.exit(1)
}

console.log('generating the tree (reused when present)…')
const { files, bytes } = await makeTree(tree)
console.log(`tree: ${files} files, ${(bytes / 2 ** 20).toFixed(0)} MiB`)
if (files < 6000 || bytes < 380 * 2 ** 20) {
  console.error('bench:package: the tree must stay at >= 6,000 files and >= 380 MiB')
  process.exit(1)
}
const zipModule = buildTs('src/package/zip.ts')

function ours(out) {
  fs.rmSync(out, { force: true })
  const r = spawnSync(
    process.execPath,
    [path.join(here, 'package-child.mjs'), zipModule, tree, out],
    { encoding: 'utf8' }
  )
  if (r.status !== 0) throw new Error(`our zip failed: ${r.stderr}`)
  return JSON.parse(r.stdout.trim().split('\n').pop())
}

function infoZip(out) {
  fs.rmSync(out, { force: true })
  const t0 = process.hrtime.bigint()
  // `times` (a shell builtin) prints the CPU time of the shell's children: zip's
  const r = spawnSync('sh', ['-c', 'zip -r -q -6 "$0" . && times', out], {
    cwd: tree,
    encoding: 'utf8'
  })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  if (r.status !== 0) throw new Error(`zip failed: ${r.stderr}`)
  const secs = [...(r.stdout.trim().split('\n').pop() ?? '').matchAll(/(\d+)m([\d.]+)s/g)]
  const cpuMs = secs.reduce((n, m) => n + (Number(m[1]) * 60 + Number(m[2])) * 1000, 0)
  return { ms, cpuMs, bytes: fs.statSync(out).size }
}

const oursOut = path.join(work, 'ours.zip')
const zipOut = path.join(work, 'infozip.zip')
const runs = { ours: [], zip: [] }
for (let i = 0; i < rounds; i++) {
  const load = os.loadavg()[0].toFixed(2)
  const a = ours(oursOut)
  const b = infoZip(zipOut)
  runs.ours.push(a)
  runs.zip.push(b)
  console.log(
    `round ${i + 1} (load ${load}): ours ${(a.ms / 1000).toFixed(2)} s (CPU ${(a.cpuMs / 1000).toFixed(2)} s), ${a.bytes} B, peak RSS ${a.maxRssMB.toFixed(0)} MB | ` +
      `zip -6 ${(b.ms / 1000).toFixed(2)} s (CPU ${(b.cpuMs / 1000).toFixed(2)} s), ${b.bytes} B`
  )
}
const shas = new Set(runs.ours.map(r => r.sha256))
const best = xs => Math.min(...xs.map(r => r.ms))
const timeRatio = best(runs.ours) / best(runs.zip)
const cpuRatio = Math.min(...runs.ours.map(r => r.cpuMs)) / Math.min(...runs.zip.map(r => r.cpuMs))
const sizeRatio = runs.ours[0].bytes / runs.zip[0].bytes
const peak = Math.max(...runs.ours.map(r => r.maxRssMB))
const test = spawnSync('unzip', ['-tqq', oursOut], { encoding: 'utf8' })
const ok = (v, target) => (v ? `ok, target ${target}` : `MISSED, target ${target}`)
console.log('')
console.log(
  `unzip -t of our zip: ${test.status === 0 ? 'ok' : `FAILED ${test.stdout}${test.stderr}`}`
)
console.log(
  `load average (1, 5, 15 min): ${os
    .loadavg()
    .map(l => l.toFixed(2))
    .join(', ')}`
)
console.log(`cores: ${os.availableParallelism?.() ?? os.cpus().length}, node ${process.version}`)
console.log(
  `time ratio (ours / zip -r -q -6): ${timeRatio.toFixed(2)}  (${ok(timeRatio <= 0.5, '<= 0.5')})`
)
console.log(
  `CPU time ratio (ours / zip, all threads; less sensitive to a busy machine): ${cpuRatio.toFixed(2)}`
)
console.log(
  `size ratio (ours / zip -r -q -6): ${sizeRatio.toFixed(4)}  (${ok(sizeRatio <= 1.02, '<= 1.02')})`
)
console.log(`our peak RSS: ${peak.toFixed(0)} MB  (${ok(peak < 200, '< 200 MB')})`)
console.log(
  `deterministic across rounds: ${shas.size === 1 ? 'yes' : 'NO'} (sha256 ${[...shas][0]})`
)
fs.rmSync(oursOut, { force: true })
fs.rmSync(zipOut, { force: true })
