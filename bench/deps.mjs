// `npm run bench:deps`: `package` of examples/weather-python (real pip, real PyPI) three ways, side
// by side in one run: cold (no dependency cache, no pip cache: everything downloaded), pip's HTTP
// cache only (our dependency cache empty), and warm (our dependency cache holds the install: no
// pip run at all). Prints the times, the ratios against the cold run, and whether the three zips
// are the same bytes.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadTs } from './ts-load.mjs'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const server = path.join(repo, 'examples', 'weather-python')
const { buildPackage } = await loadTs('src/package/index.ts')
const { readSettings } = await loadTs('src/inputs.ts')
const { TerminalUi } = await loadTs('src/report/ui.ts')

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-deps-'))
const cacheDir = path.join(work, 'cache')
const pipCache = path.join(work, 'pip-cache')

async function once(label, extraEnv) {
  const env = { ...process.env, MCP_FUNCTIONS_DEPLOY_CACHE_DIR: cacheDir, ...extraEnv }
  const lines = []
  const t0 = process.hrtime.bigint()
  const pkg = await buildPackage({
    serverDir: server,
    language: 'python',
    plan: { created: [], changed: [] },
    settings: {
      ...readSettings(name => (name === 'mode' ? 'package' : undefined), env),
      cache: true,
      tempDir: work
    },
    pythonVersion: '3.12',
    ui: new TerminalUi(l => lines.push(l)),
    outFile: path.join(work, `${label}.zip`),
    env
  })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  fs.rmSync(pkg.stageDir, { recursive: true, force: true })
  const restored = lines.some(l => /restored from the local cache/.test(l))
  return {
    label,
    ms,
    sha256: pkg.sha256,
    files: pkg.fileCount,
    deps: pkg.dependencies.length,
    restored
  }
}

const runs = []
// cold: nothing cached anywhere (a fresh pip cache folder, our cache empty)
runs.push(await once('cold', { PIP_CACHE_DIR: pipCache }))
// pip's HTTP cache warm, our dependency cache emptied
fs.rmSync(cacheDir, { recursive: true, force: true })
runs.push(await once('pip-cache', { PIP_CACHE_DIR: pipCache }))
// warm: our dependency cache holds the install
runs.push(await once('warm', { PIP_CACHE_DIR: pipCache }))

const cold = runs[0].ms
console.log(
  `package examples/weather-python (${runs[0].deps} dependencies, ${runs[0].files} files)`
)
for (const r of runs) {
  console.log(
    `${r.label.padEnd(10)} ${(r.ms / 1000).toFixed(2).padStart(7)} s   ${(r.ms / cold).toFixed(2)} × cold${r.restored ? '   (restored, pip not run)' : ''}`
  )
}
const same = runs.every(r => r.sha256 === runs[0].sha256)
console.log(`same zip all three times: ${same ? 'yes' : 'NO'} (${runs[0].sha256.slice(0, 16)}…)`)
fs.rmSync(work, { recursive: true, force: true })
if (!same) process.exit(1)
