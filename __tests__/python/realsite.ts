/**
 * Real packages from PyPI for the tests, built the way the product builds them: the product's own
 * installPython (pip run by the machine's python3 for CPython 3.12 on manylinux, wheels only),
 * through a LocalCache shared by every test and every run (one site-packages per requirement set
 * and day for ranges, forever for a lock), and run with a real CPython 3.12 (pyenv's), so the
 * cross-build is proven.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { LocalCache } from '../../src/package/cache.js'
import { installPython } from '../../src/package/python.js'
import { TerminalUi } from '../../src/report/ui.js'

/** The Azure image's Python line. */
export const TARGET_PYTHON = '3.12'

function findPython312(): string | undefined {
  const roots = [process.env.PYENV_ROOT, path.join(os.homedir(), '.pyenv')].filter(Boolean)
  for (const root of roots as string[]) {
    let versions: string[]
    try {
      versions = fs.readdirSync(path.join(root, 'versions'))
    } catch {
      continue
    }
    for (const v of versions
      .filter(v => /^3\.12\.\d+$/.test(v))
      .sort()
      .reverse()) {
      const exe = path.join(root, 'versions', v, 'bin', 'python3.12')
      if (fs.existsSync(exe)) return exe
    }
  }
  try {
    return execFileSync('python3.12', ['-c', 'import sys; print(sys.executable)'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    }).trim()
  } catch {
    return undefined
  }
}

/** CPython 3.12 itself (not a version-manager shim); undefined when the machine has none. */
export const PY312 = findPython312()

/** pip from PyPI, quiet and quick to give up; the shared pip cache (~/.cache/pip) stays on. */
export function pipEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PIP_RETRIES: '1',
    PIP_DEFAULT_TIMEOUT: '60',
    PIP_DISABLE_PIP_VERSION_CHECK: '1',
    PIP_NO_INPUT: '1'
  }
  for (const k of ['PIP_CERT', 'PIP_INDEX_URL', 'PYENV_ROOT', 'SSL_CERT_FILE'])
    if (process.env[k]) env[k] = process.env[k]
  return env
}

const CACHE_ROOT = path.join(os.tmpdir(), 'mcp-fd-test-pydeps')

/**
 * Installs the app folder's dependencies (requirements.txt, or pyproject.toml + uv.lock) into its
 * .python_packages for CPython 3.12 on Linux, through the shared cache. Returns name → version.
 */
export async function installReal(
  app: string
): Promise<{ versions: Map<string, string>; log: string[] }> {
  const log: string[] = []
  const versions = await installPython({
    stageDir: app,
    pythonVersion: TARGET_PYTHON,
    pipArgs: [],
    env: pipEnv(),
    ui: new TerminalUi(l => log.push(l)),
    tempDir: os.tmpdir(),
    cache: new LocalCache(CACHE_ROOT)
  })
  return { versions, log }
}
