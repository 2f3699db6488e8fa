import ignore from 'ignore'
import type { ProjectFiles } from './files.js'
import { unusableFileFinding } from './files.js'
import { LOCAL_SETTINGS } from './localsettings.js'
import { HOST_JSON } from './hostjson.js'
import type { Finding } from './types.js'

export const FUNCIGNORE = '.funcignore'

/** Parsed .funcignore (gitignore semantics), or undefined when there is none. */
export function readFuncignore(files: ProjectFiles): ReturnType<typeof ignore> | undefined {
  const text = files.text(FUNCIGNORE)
  return text === undefined ? undefined : ignore().add(text)
}

/**
 * .funcignore decides what goes into the package (it is applied after the build, to the finished
 * stage): local.settings.json must not go, and host.json, the trigger, the server script and the
 * build output the app runs (`built`, e.g. dist/index.js) must.
 */
export function checkFuncignore(
  files: ProjectFiles,
  required: string[],
  built: string[] = []
): Finding[] {
  const r = files.read(FUNCIGNORE)
  const unusable = unusableFileFinding('funcignore/unreadable', FUNCIGNORE, r)
  if (unusable) return [unusable]
  const ig = readFuncignore(files)
  const out: Finding[] = []
  if (!ig || !ig.ignores(LOCAL_SETTINGS)) {
    out.push({
      rule: 'funcignore/local-settings',
      severity: 'warning',
      file: FUNCIGNORE,
      line: 1,
      message: ig
        ? '.funcignore does not exclude local.settings.json: tools that honour it (func publish) would deploy your local settings'
        : 'there is no .funcignore: func publish and other tools would deploy local.settings.json, .venv and .git (this action always leaves them out)',
      fix: ig
        ? 'add a line `local.settings.json` to .funcignore'
        : 'run `generate` to write a .funcignore'
    })
  }
  if (ig) {
    const text = files.text(FUNCIGNORE) ?? ''
    const excluded = (file: string, why: string, also = ''): void => {
      if (!ig.ignores(file)) return
      const lineNo = findRuleLine(text, file)
      out.push({
        rule: 'funcignore/excludes-required',
        severity: 'error',
        file: FUNCIGNORE,
        line: lineNo,
        message: `.funcignore excludes ${file}, ${why}`,
        fix: `remove or narrow the pattern at line ${lineNo} (or add \`!${file}\`)${also}`
      })
    }
    for (const file of [HOST_JSON, ...required]) excluded(file, 'which the function app needs')
    for (const file of built)
      excluded(
        file,
        'the build output the app runs (.funcignore applies to the package after the build)',
        '; list the TypeScript sources instead (`*.ts`)'
      )
  }
  return out
}

/** The line of the last pattern that, on its own, ignores `file`. */
function findRuleLine(text: string, file: string): number {
  const lines = text.split(/\r?\n/)
  let hit = 1
  lines.forEach((l, i) => {
    const t = l.trim()
    if (t && !t.startsWith('#') && !t.startsWith('!') && ignore().add(t).ignores(file)) hit = i + 1
  })
  return hit
}
