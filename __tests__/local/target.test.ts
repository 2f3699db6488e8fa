import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { createWriteStream, existsSync } from 'node:fs'
import { chmod, readFile, readdir, readlink, stat, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import yazl from 'yazl'
import { readSettings } from '../../src/inputs.js'
import { LocalTarget } from '../../src/targets/local/index.js'
import type { PackageResult } from '../../src/targets/target.js'
import { smokeTest } from '../../src/verify/smoke.js'
import {
  KEY,
  PYTHONPATH_SETTING,
  PY_FIXTURE,
  ROOT,
  alive,
  captureUi,
  classicHost,
  copyApp,
  host,
  noSleep,
  pidIn,
  removeTemps,
  stopAll
} from './helpers.js'

afterEach(stopAll)
afterAll(removeTemps)

/** Zips a folder (files keep their modes) the way the package step hands it over. */
async function zipDir(dir: string, out: string): Promise<void> {
  const zip = new yazl.ZipFile()
  const walk = async (rel: string): Promise<void> => {
    for (const name of (await readdir(path.join(dir, rel))).sort()) {
      const r = rel ? `${rel}/${name}` : name
      const st = await stat(path.join(dir, r))
      if (st.isDirectory()) await walk(r)
      else zip.addFile(path.join(dir, r), r, { mode: st.mode })
    }
  }
  await walk('')
  zip.end()
  await new Promise<void>((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(out)).on('close', resolve).on('error', reject)
  })
}

describe('LocalTarget: package zip → temp wwwroot → host → MCP smoke test', () => {
  it('hosts the Python fixture (classic), keeps exec bits, masks the key, and leaves nothing behind', async () => {
    const app = await copyApp(PY_FIXTURE, classicHost({ enableProxyingHttpRequest: true }))
    // The handler is started through a script: it only runs if the unzip kept its exec bit.
    const hj = JSON.parse(await readFile(path.join(app, 'host.json'), 'utf8'))
    hj.customHandler.description.defaultExecutablePath = 'start.sh'
    hj.customHandler.description.arguments = []
    await writeFile(path.join(app, 'host.json'), JSON.stringify(hj))
    await writeFile(path.join(app, 'start.sh'), '#!/bin/sh\nexec python3 server.py\n')
    await chmod(path.join(app, 'start.sh'), 0o755)
    const zipPath = path.join(app, '..', path.basename(app) + '.zip')
    await zipDir(app, zipPath)

    const settings = {
      ...readSettings(n => (n === 'app-name' ? 'app' : undefined), {}),
      localPort: 0,
      target: 'local' as const
    }
    const pkg: PackageResult = {
      zipPath,
      sha256: '',
      bytes: 0,
      fileCount: 0,
      dependencies: [],
      stageDir: app
    }
    const { ui, lines } = captureUi()
    const dep = await new LocalTarget({ readyTimeoutMs: 15000 }).deploy({
      settings,
      pkg,
      app: {
        layout: 'classic',
        language: 'python',
        routePrefix: '',
        authLevel: 'function',
        appSettings: { ...PYTHONPATH_SETTING }
      },
      ui
    })
    const pid = pidIn(dep.details.find(([k]) => k === 'handler')![1])
    // the handler runs in the temp wwwroot (workingDirectory "")
    const wwwroot = await readlink(`/proc/${pid}/cwd`)
    try {
      expect(existsSync(path.join(wwwroot, 'host.json'))).toBe(true)
      expect(dep.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/)
      expect(dep.authLevel).toBe('function')
      expect(dep.key).toBeTruthy()
      const result = await smokeTest({
        endpoint: dep.endpoint,
        key: dep.key,
        authLevel: dep.authLevel,
        ui,
        sleep: noSleep
      })
      expect(result.tools).toEqual(['get_alerts', 'get_forecast'])
      // forecastlib came from .python_packages via PYTHONPATH
      expect(result.serverVersion).toBe('0.3.1')
      expect(result.keyRefused).toBe(true)
      expect(alive(pid)).toBe(true)
    } finally {
      await dep.stop()
      await dep.stop() // idempotent
    }
    expect(alive(pid)).toBe(false)
    expect(lines.join('\n')).not.toContain(dep.key!)
    expect(lines.join('\n')).toContain('[handler] fixture MCP server listening')
    expect(existsSync(wwwroot)).toBe(false)
  })
})

describe('examples/weather-node on the local host', () => {
  it('answers initialize and tools/list through the host, with the key enforced', async () => {
    const app = await copyApp(path.join(ROOT, 'examples/weather-node'))
    // The package step installs node_modules; here the project's own (same SDK) is linked in.
    await symlink(path.join(ROOT, 'node_modules'), path.join(app, 'node_modules'), 'dir')
    const h = await host(app, { appSettings: {} })
    expect(h.layout).toBe('classic')
    expect(h.routePrefix).toBe('')
    const { ui } = captureUi()
    const r = await smokeTest({
      endpoint: `${h.url}/mcp`,
      key: KEY,
      authLevel: h.authLevel,
      ui,
      sleep: noSleep
    })
    expect(r.tools).toEqual(['get_alerts', 'get_forecast'])
    expect(r.serverName).toBe('weather')
    expect(r.keyRefused).toBe(true)
    const pid = h.handlerPid
    expect(alive(pid)).toBe(true)
    await h.stop()
    expect(alive(pid)).toBe(false)
  })
})
