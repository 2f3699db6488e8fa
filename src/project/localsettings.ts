import ignore from 'ignore'
import type { ProjectFiles } from './files.js'
import { isObj, readJsonArtifact } from './artifact.js'
import type { Finding } from './types.js'

export const LOCAL_SETTINGS = 'local.settings.json'

const SECRET_NAME = /(key|secret|password|passwd|token|connection ?string|sas|credential)/i
const SECRET_VALUE =
  /(AccountKey=|SharedAccessKey=|SharedAccessSignature=|sig=|ClientSecret=|Password=|InstrumentationKey=)/i
const HARMLESS_VALUE = /^(UseDevelopmentStorage=true|true|false|\d+)$/i

/** Is `file` kept out of git by a .gitignore in the server folder (the usual place)? */
function gitIgnored(files: ProjectFiles, file: string): boolean {
  const text = files.text('.gitignore')
  return text !== undefined && ignore().add(text).ignores(file)
}

export function checkLocalSettings(files: ProjectFiles): Finding[] {
  const a = readJsonArtifact(
    files,
    LOCAL_SETTINGS,
    { unreadable: 'local-settings/unreadable', syntax: 'local-settings/syntax' },
    'correct the JSON at that position'
  )
  if (a.kind === 'missing') {
    return [
      {
        rule: 'local-settings/missing',
        severity: 'warning',
        file: LOCAL_SETTINGS,
        line: 1,
        message:
          'local.settings.json is missing: `func start` will not know this is a custom handler (it is never deployed)',
        fix: 'run `generate` to write it with FUNCTIONS_WORKER_RUNTIME "custom", and keep it out of git and the package'
      }
    ]
  }
  if (a.kind === 'problem') return [a.finding]
  const { doc } = a
  const out: Finding[] = []
  const runtime = doc.get(['Values', 'FUNCTIONS_WORKER_RUNTIME'])
  if (runtime !== 'custom') {
    out.push({
      rule: 'local-settings/worker-runtime',
      severity: 'error',
      file: LOCAL_SETTINGS,
      ...doc.position(['Values', 'FUNCTIONS_WORKER_RUNTIME']),
      message:
        runtime === undefined
          ? 'Values.FUNCTIONS_WORKER_RUNTIME is not set: the local host does not run the server as a custom handler'
          : `Values.FUNCTIONS_WORKER_RUNTIME is ${JSON.stringify(runtime)}: a custom handler needs "custom"`,
      fix: 'set "FUNCTIONS_WORKER_RUNTIME": "custom" under Values'
    })
  }
  if (!gitIgnored(files, LOCAL_SETTINGS)) {
    for (const section of ['Values', 'ConnectionStrings']) {
      const v = doc.get([section])
      if (!isObj(v)) continue
      for (const [name, value] of Object.entries(v)) {
        const text = isObj(value)
          ? String(value.ConnectionString ?? '')
          : typeof value === 'string'
            ? value
            : ''
        if (!text || HARMLESS_VALUE.test(text.trim())) continue
        if (section === 'ConnectionStrings' || SECRET_NAME.test(name) || SECRET_VALUE.test(text)) {
          out.push({
            rule: 'local-settings/secret',
            severity: 'error',
            file: LOCAL_SETTINGS,
            ...doc.position([section, name]),
            message: `local.settings.json holds a non-empty secret in ${section}.${name} and is not git-ignored (the value is not shown)`,
            fix: 'rotate the secret, remove it from the file and its history, and add local.settings.json to .gitignore; put real values in app settings or Key Vault'
          })
        }
      }
    }
  }
  return out
}
