import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { smokeTest } from '../../src/verify/smoke.js'
import {
  KEY,
  ROOT,
  captureUi,
  copyApp,
  host,
  noSleep,
  removeTemps,
  stopAll
} from '../local/helpers.js'
import { PY312, installReal } from './realsite.js'

/**
 * Every Python SDK line for real: mcp 1.x, fastmcp 2.x and 4.x, and a uv.lock, installed from PyPI
 * by the product's installer for CPython 3.12 on manylinux, run by CPython 3.12 behind the local
 * host emulation and smoke-tested (mcp 2.x: __tests__/local/python-mcp2.test.ts).
 */
const FIXTURES = path.join(ROOT, '__tests__/fixtures')

afterEach(stopAll)
afterAll(removeTemps)

function classic(script = 'server.py'): unknown {
  return {
    version: '2.0',
    extensions: { http: { routePrefix: '' } },
    customHandler: {
      description: { defaultExecutablePath: PY312, workingDirectory: '', arguments: [script] },
      enableProxyingHttpRequest: true
    }
  }
}

async function prepared(
  fixture: string,
  files: Record<string, string> = {},
  hostJson: unknown = classic()
): Promise<{ app: string; versions: Map<string, string>; log: string[] }> {
  const app = await copyApp(path.join(FIXTURES, fixture), hostJson)
  if (!(hostJson as { configurationProfile?: string }).configurationProfile)
    files = { 'mcp-handler/function.json': FUNCTION_JSON, ...files }
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(app, f)), { recursive: true })
    fs.writeFileSync(path.join(app, f), text)
  }
  const { versions, log } = await installReal(app)
  return { app, versions, log }
}

async function tools(app: string, appSettings: Record<string, string> = {}): Promise<string[]> {
  const h = await host(app, {
    appSettings: {
      PYTHONPATH: '/home/site/wwwroot/.python_packages/lib/site-packages',
      ...appSettings
    },
    readyTimeoutMs: 45000
  })
  const { ui } = captureUi()
  const r = await smokeTest({
    endpoint: `${h.url}/mcp`,
    key: KEY,
    authLevel: h.authLevel,
    ui,
    sleep: noSleep
  })
  return r.tools
}

const FUNCTION_JSON = JSON.stringify({
  bindings: [
    {
      type: 'httpTrigger',
      direction: 'in',
      name: 'req',
      authLevel: 'function',
      methods: ['get', 'post', 'delete'],
      route: '{*route}'
    },
    { type: 'http', direction: 'out', name: 'res' }
  ]
})

const major = (v: string | undefined): number => Number((v ?? '0').split('.')[0])

describe('real SDKs from PyPI, built for CPython 3.12 manylinux, run by CPython 3.12', () => {
  it('has a CPython 3.12 to run them', () => {
    expect(PY312).toMatch(/python3\.12$/)
  })

  it('mcp 1.x (FastMCP, settings in the constructor)', async () => {
    const { app, versions } = await prepared('python-mcp1-good')
    expect(major(versions.get('mcp'))).toBe(1)
    // the pure-Python build for 3.12 manylinux: pydantic-core's compiled wheel is the cp312 one
    expect(
      fs.readdirSync(path.join(app, '.python_packages/lib/site-packages/pydantic_core')).join(' ')
    ).toMatch(/cpython-312-x86_64-linux-gnu\.so/)
    expect(await tools(app)).toEqual(['echo'])
  }, 240000)

  it('fastmcp 2.x: constructor keywords work while the range stays below 3', async () => {
    const { app, versions } = await prepared('python-fastmcp2-ctor', {
      'requirements.txt': 'fastmcp>=2.3,<3\n'
    })
    expect(major(versions.get('fastmcp'))).toBe(2)
    expect(await tools(app)).toEqual(['count_words'])
  }, 240000)

  it('fastmcp 4.x: run() keywords work; the 2.x constructor code dies with TypeError there', async () => {
    const { app, versions } = await prepared('python-fastmcp4-run', {
      'requirements.txt': 'fastmcp>=4,<5\n'
    })
    expect(major(versions.get('fastmcp'))).toBe(4)
    expect((await tools(app)).sort()).toEqual(['count_words', 'ping'])
    // what the check's error says: FastMCP(..., stateless_http=..., port=...) on 4.x
    const old = fs.readFileSync(path.join(FIXTURES, 'python-fastmcp2-ctor/server.py'), 'utf8')
    fs.writeFileSync(path.join(app, 'old.py'), old)
    const r = spawnSync(PY312!, ['old.py'], {
      cwd: app,
      env: {
        PATH: process.env.PATH,
        PYTHONPATH: path.join(app, '.python_packages/lib/site-packages')
      },
      encoding: 'utf8',
      timeout: 60000
    })
    expect(r.status).not.toBe(0)
    expect(r.stderr).toMatch(/TypeError: FastMCP\(\) no longer accepts `stateless_http`/)
  }, 240000)

  it('uv.lock: exactly the locked versions, hash-checked, in the profile layout', async () => {
    const port = 20000 + (process.pid % 20000)
    const hostJson = JSON.parse(
      fs.readFileSync(path.join(FIXTURES, 'python-uvlock-profile/host.json'), 'utf8')
    )
    hostJson.customHandler.description.defaultExecutablePath = PY312
    hostJson.customHandler.port = port
    // the fixture listens on the SDK's 8000 like Microsoft's sample; here, on a free port
    const server = fs
      .readFileSync(path.join(FIXTURES, 'python-uvlock-profile/server.py'), 'utf8')
      .replace(
        'stateless_http=True)',
        'stateless_http=True, port=int(os.environ["FUNCTIONS_CUSTOMHANDLER_PORT"]))'
      )
    const { app, versions, log } = await prepared(
      'python-uvlock-profile',
      { 'server.py': `import os\n${server}` },
      hostJson
    )
    expect(log.join('\n')).toMatch(
      /from uv\.lock \(\d+ locked packages, hash-checked by pip\)|restored from the local cache/
    )
    // the range allows mcp 2.x; the lock holds 1.22.0, and that is what is installed
    expect(versions.get('mcp')).toBe('1.22.0')
    const lock = fs.readFileSync(path.join(app, 'uv.lock'), 'utf8')
    for (const [name, version] of versions) {
      if (name === 'uvlock-weather') continue
      expect([name, lock.includes(`version = "${version}"`)]).toEqual([name, true])
    }
    // FastMCP 1.x reads its port from FASTMCP_PORT when the code gives none
    expect(
      await tools(app, {
        FASTMCP_PORT: String(port),
        AzureWebJobsFeatureFlags: 'EnableMcpCustomHandlerPreview'
      })
    ).toEqual(['outlook'])
  }, 240000)
})
