// Bundles the action (src/index.ts → dist/index.js) and the CLI (src/cli.ts → dist/cli/index.js)
// with ncc, ESM, and marks dist/ as ESM with its own package.json.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const ncc = path.join(root, 'node_modules', '.bin', 'ncc')
const dist = path.join(root, 'dist')

fs.rmSync(dist, { recursive: true, force: true })
for (const [entry, out] of [
  ['src/index.ts', 'dist'],
  ['src/cli.ts', 'dist/cli']
]) {
  execFileSync(
    ncc,
    ['build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'],
    {
      cwd: root,
      stdio: 'inherit'
    }
  )
}
fs.writeFileSync(
  path.join(dist, 'package.json'),
  JSON.stringify({ type: 'module' }, null, 2) + '\n'
)
fs.chmodSync(path.join(dist, 'cli', 'index.js'), 0o755)
