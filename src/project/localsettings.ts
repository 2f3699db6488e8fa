import ignore from 'ignore'
import type { ProjectFiles } from './files.js'
import { isObj, readJsonArtifact } from './artifact.js'
import type { Finding } from './types.js'

export const LOCAL_SETTINGS = 'local.settings.json'

const SECRET_NAME = /(key|secret|password|passwd|token|connection ?string|sas|credential)/i
const SECRET_VALUE =
  /(AccountKey=|SharedAccessKey=|SharedAccessSignature=|sig=|ClientSecret=|Password=|InstrumentationKey=)/i
/** What Core Tools and the samples write; with a customHandler.description the host runs the handler. */
const KNOWN_RUNTIMES = new Set(['custom', 'python', 'node'])
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
    // git-ignored (as advised): a local file that a checkout does not have, not a missing one
    if (gitIgnored(files, LOCAL_SETTINGS)) return []
    return [
      {
        rule: 'local-settings/missing',
        severity: 'notice',
        file: LOCAL_SETTINGS,
        line: 1,
        message:
          'there is no local.settings.json: only `func start` reads it (never the deployed app), and the custom handler runs without it',
        fix: 'for `func start` with feature flags or settings, run `generate` to write one, and keep it out of git and the package'
      }
    ]
  }
  if (a.kind === 'problem') return [a.finding]
  const { doc } = a
  const out: Finding[] = []
  // Core Tools writes "python"/"node" there; the host selects the custom handler from host.json
  // (customHandler.description; the profile resolves the runtime itself), and the file is never
  // deployed: only an unrelated runtime is worth a notice, and nothing rewrites the file.
  const runtime = doc.get(['Values', 'FUNCTIONS_WORKER_RUNTIME'])
  if (typeof runtime === 'string' && !KNOWN_RUNTIMES.has(runtime.trim().toLowerCase())) {
    out.push({
      rule: 'local-settings/worker-runtime',
      severity: 'notice',
      file: LOCAL_SETTINGS,
      ...doc.position(['Values', 'FUNCTIONS_WORKER_RUNTIME']),
      message: `Values.FUNCTIONS_WORKER_RUNTIME is ${JSON.stringify(runtime)}: \`func start\` may look for that language worker; the deployed app is not affected (the file is never deployed)`,
      fix: 'set it to "custom" (or remove it) for `func start`'
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
