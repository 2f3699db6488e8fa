// npm run bench:check — wall time of `node dist/index.js` in check mode on the original recipe,
// side by side with a bare `node -e ""`, interleaved runs, medians. Prints the added time.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const runs = Number(process.env.BENCH_RUNS || 15)
const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-check-'))
fs.cpSync(path.join(root, 'examples', 'original-recipe'), path.join(ws, 'server'), {
  recursive: true
})
const out = path.join(ws, 'out')
const env = {
  ...process.env,
  GITHUB_WORKSPACE: ws,
  GITHUB_OUTPUT: out,
  GITHUB_EVENT_NAME: 'push',
  INPUT_MODE: 'check',
  INPUT_PATH: 'server',
  'INPUT_FAIL-ON': 'never',
  INPUT_COMMENT: 'false'
}

function time(args) {
  fs.writeFileSync(out, '')
  const t = process.hrtime.bigint()
  const r = spawnSync(process.execPath, args, { env, encoding: 'utf8' })
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  if (r.status !== 0)
    throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr || r.stdout}`)
  return ms
}
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const bare = []
const check = []
time(['dist/index.js']) // warm the file cache
for (let i = 0; i < runs; i++) {
  bare.push(time(['-e', '']))
  check.push(time([path.join(root, 'dist', 'index.js')]))
}
const findings = JSON.parse(
  /findings<<(\S+)\n([\s\S]*?)\n\1/.exec(fs.readFileSync(out, 'utf8'))?.[2] ?? '[]'
)
const [b, c] = [median(bare), median(check)]
console.log(`runs: ${runs} each, interleaved; medians`)
console.log(`node -e ""                 ${b.toFixed(0).padStart(6)} ms`)
console.log(
  `node dist/index.js check   ${c.toFixed(0).padStart(6)} ms   (${findings.length} findings)`
)
console.log(
  `added by the check         ${(c - b).toFixed(0).padStart(6)} ms   ratio ${(c / b).toFixed(2)}x   target < 300 ms`
)
fs.rmSync(ws, { recursive: true, force: true })
