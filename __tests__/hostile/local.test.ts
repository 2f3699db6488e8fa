/**
 * `deploy` with `target: local` on a server whose tool names and log lines are hostile: the
 * handler's output, the smoke test's tool list, the `tools` output and the deploy summary. The
 * real pipeline, local target, host and smoke test; only the package step is replaced by a
 * prepared zip (a standard-library server: nothing is installed, no network).
 */
import { afterAll, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import yazl from 'yazl'
import { FIXTURES } from '../helpers/fixture.js'
import type { PackageResult } from '../../src/targets/target.js'
import {
  CANARY,
  HOSTILE,
  MARK,
  TOKEN,
  expectClean,
  makeWorld,
  runAction,
  worldHash
} from './harness.js'

const w = makeWorld()
const zipPath = path.join(w.base, 'app.zip')

jest.unstable_mockModule('../../src/package/index.js', () => ({
  buildPackage: async (): Promise<PackageResult> => ({
    zipPath,
    sha256: '0'.repeat(64),
    bytes: fs.statSync(zipPath).size,
    fileCount: 4,
    dependencies: [],
    stageDir: fs.mkdtempSync(path.join(w.base, '..', 'mfd-hostile-stage-'))
  })
}))

afterAll(() => fs.rmSync(w.base, { recursive: true, force: true }))

/** The local-python fixture with a hostile tool name and a handler that prints hostile lines. */
async function hostileApp(): Promise<void> {
  const app = path.join(w.base, 'app')
  fs.cpSync(path.join(FIXTURES, 'local-python'), app, { recursive: true })
  const python = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
    encoding: 'utf8'
  }).trim()
  const hostJson = path.join(app, 'host.json')
  fs.writeFileSync(
    hostJson,
    fs.readFileSync(hostJson, 'utf8').replace('"python3"', JSON.stringify(python))
  )
  const lib = path.join(app, '.python_packages/lib/site-packages/forecastlib/__init__.py')
  fs.writeFileSync(
    lib,
    fs
      .readFileSync(lib, 'utf8')
      .replace(
        '"get_alerts"',
        JSON.stringify(`alerts ${HOSTILE} \`\`\` <img src=x> | [a](https://evil.example)`)
      )
  )
  const server = path.join(app, 'server.py')
  fs.writeFileSync(
    server,
    fs
      .readFileSync(server, 'utf8')
      .replace(
        'if __name__ == "__main__":',
        `if __name__ == "__main__":\n    print(${JSON.stringify(HOSTILE)}, flush=True)`
      )
  )
  const zip = new yazl.ZipFile()
  const walk = (rel: string): void => {
    for (const name of fs.readdirSync(path.join(app, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name
      const st = fs.statSync(path.join(app, r))
      if (st.isDirectory()) walk(r)
      else zip.addFile(path.join(app, r), r, { mode: st.mode })
    }
  }
  walk('')
  zip.end()
  await new Promise<void>(resolve =>
    zip.outputStream.pipe(fs.createWriteStream(zipPath)).on('close', () => resolve())
  )
}

it('hostile tool names and handler log lines: printed as text, escaped in the summary', async () => {
  await hostileApp()
  fs.cpSync(path.join(FIXTURES, 'python-mcp2-good'), w.ws, { recursive: true })
  const before = worldHash({ ...w, base: w.ws })
  const r = await runAction(w.ws, { mode: 'deploy', target: 'local', 'local-port': '0' })
  expect([r.code, r.stderr]).toEqual([0, ''])
  expect(JSON.parse(r.outputs.tools)).toEqual([expect.stringContaining(MARK), 'get_forecast'])
  expect(r.stdout).toContain(`[handler] x`) // the hostile line was forwarded, neutralised
  expect(r.stdout).toMatch(/MCP tools\/list: 2 tools: alerts x/)
  expectClean(r, [TOKEN, CANARY])
  const from = r.summary.indexOf('### Deployment')
  const to = r.summary.indexOf('\n### ', from + 1)
  const table = r.summary.slice(from, to < 0 ? undefined : to)
  const rows = table.split('\n').filter(l => l.startsWith('| '))
  for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(4)
  expect(table).toMatch(/^\| tools \| `+ ?alerts x/m)
  // the tool name is one code span (its fence longer than the name's ```), shown literally
  expect(table).toContain('| tools | ````alerts x')
  expect(table.replace(/````[^`][\s\S]*?````/g, '')).not.toMatch(/<img|evil\.example/)
  expect(worldHash({ ...w, base: w.ws })).toBe(before)
}, 60000)
