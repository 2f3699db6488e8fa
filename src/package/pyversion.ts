import type { Settings } from '../inputs.js'
import type { Deadline } from '../io/deadline.js'
import type { Ui } from '../report/ui.js'

/** python-version input, else the app's runtime (Azure) or the local interpreter (local), else 3.12. */
export async function resolvePythonVersion(
  settings: Settings,
  ui: Ui,
  deadline?: Deadline
): Promise<string> {
  if (settings.pythonVersion) return settings.pythonVersion
  if (settings.target === 'local') return (await localPythonVersion()) ?? '3.12'
  if (settings.mode === 'deploy') {
    const { readSiteRuntime } = await import('../targets/azure/index.js')
    const runtime = await readSiteRuntime(settings, ui, 'python', {}, deadline)
    if (runtime.pythonVersion) return runtime.pythonVersion
  }
  return '3.12'
}

/** The major.minor of the local python3 (or python), or undefined when neither answers. */
export async function localPythonVersion(): Promise<string | undefined> {
  const { run } = await import('../io/spawn.js')
  for (const exe of ['python3', 'python']) {
    let version = ''
    const r = await run(exe, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], {
      tool: 'python',
      timeoutMs: 10000,
      onLine: (line, stream) => {
        if (stream === 'stdout') version = line.trim()
      }
    })
    if (r.code === 0 && /^\d+\.\d+$/.test(version)) return version
  }
  return undefined
}
