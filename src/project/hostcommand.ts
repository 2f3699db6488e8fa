/**
 * The command host.json has the host start: defaultExecutablePath, arguments (a script that exists,
 * an npm script package.json defines, no recipe placeholders) and workingDirectory.
 */
import path from 'node:path'
import type { ProjectFiles } from './files.js'
import { isObj } from './artifact.js'
import { JsonDoc } from './json.js'
import { SCRIPT_EXT, type Add, type HostCheckContext, type HostFacts } from './hostjson.js'

const PYTHON_EXE = /^(python|python3(\.\d+)?)$/
const NODE_EXE = /^(node|npm|npx)$/

export function checkExecutable(
  files: ProjectFiles,
  facts: HostFacts,
  ctx: HostCheckContext,
  add: Add
): void {
  const p = ['customHandler', 'description', 'defaultExecutablePath']
  const exe = facts.executable
  if (!exe) {
    add(
      'host-json/executable',
      'error',
      p,
      'customHandler.description.defaultExecutablePath is missing',
      `set it to ${ctx.language === 'node' ? '"node"' : '"python"'}`
    )
    return
  }
  const base = exe.split(/[\\/]/).pop() ?? exe
  if (/\.exe$/i.test(exe) || /^[a-zA-Z]:\\/.test(exe)) {
    add(
      'host-json/executable',
      'error',
      p,
      `defaultExecutablePath "${exe}" is a Windows path; MCP custom handlers run on Linux function apps`,
      'use "python" or "node"'
    )
    return
  }
  if (ctx.language === 'python' && NODE_EXE.test(base)) {
    add(
      'host-json/executable',
      'error',
      p,
      `defaultExecutablePath is "${exe}" but this is a Python server`,
      'set it to "python"'
    )
  } else if (ctx.language === 'node' && PYTHON_EXE.test(base)) {
    add(
      'host-json/executable',
      'error',
      p,
      `defaultExecutablePath is "${exe}" but this is a Node server`,
      'set it to "node"'
    )
  } else if (exe.includes('/')) {
    if (path.posix.isAbsolute(exe)) {
      add(
        'host-json/executable',
        'warning',
        p,
        `defaultExecutablePath "${exe}" is an absolute path that may not exist on the function app`,
        'use the bare command ("python", "node") so the platform finds it'
      )
    } else if (!files.contains(exe)) {
      add(
        'host-json/executable',
        'error',
        p,
        `defaultExecutablePath "${exe}" leaves the app folder`,
        'point it at a file inside the server folder, or use "python"/"node"'
      )
    } else if (!files.isFile(exe)) {
      add(
        'host-json/executable',
        'error',
        p,
        `defaultExecutablePath "${exe}" does not exist in the server folder`,
        'correct the path or use "python"/"node"'
      )
    }
  } else if (!PYTHON_EXE.test(base) && !NODE_EXE.test(base)) {
    add(
      'host-json/executable',
      'notice',
      p,
      `defaultExecutablePath "${exe}" is not python or node; the checks cannot tell whether it exists on the app`,
      'make sure the command is on the function app image'
    )
  }
}

export function checkArguments(
  files: ProjectFiles,
  doc: JsonDoc,
  facts: HostFacts,
  ctx: HostCheckContext,
  add: Add
): void {
  const p = ['customHandler', 'description', 'arguments']
  const raw = doc.get(p)
  if (raw !== undefined && (!Array.isArray(raw) || raw.some(a => typeof a !== 'string'))) {
    add(
      'host-json/arguments',
      'error',
      p,
      'customHandler.description.arguments must be an array of strings',
      'e.g. "arguments": ["server.py"]'
    )
    return
  }
  const base = (facts.executable ?? '').split('/').pop() ?? ''
  const placeholder = facts.arguments.find(a => /[<>]/.test(a))
  if (placeholder !== undefined) {
    add(
      'host-json/arguments',
      'error',
      p,
      `arguments still hold the recipe's placeholder ${JSON.stringify(placeholder)}`,
      'put the path of your server script there, e.g. "weather.py"'
    )
    return
  }
  if (PYTHON_EXE.test(base) && facts.arguments.filter(a => !a.startsWith('-')).length === 0) {
    add(
      'host-json/arguments',
      'error',
      p,
      'arguments name no script: python would start without your server',
      'set "arguments": ["<your server>.py"]'
    )
    return
  }
  if (base === 'npm') {
    const script = facts.arguments[0] === 'run' ? facts.arguments[1] : facts.arguments[0]
    const pkg = files.text('package.json')
    if (script && pkg) {
      const scripts = new JsonDoc(pkg).get(['scripts'])
      if (isObj(scripts) && !(script in scripts)) {
        add(
          'host-json/arguments',
          'error',
          p,
          `arguments run the npm script "${script}", which package.json does not define`,
          `add "${script}" to package.json scripts or name an existing one`
        )
      }
    }
    return
  }
  const entry = facts.arguments.find(
    x => !x.startsWith('-') && (SCRIPT_EXT.test(x) || x.includes('/'))
  )
  if (!entry) return
  const rel = facts.entryHint ?? entry
  if (path.posix.isAbsolute(entry) || !files.contains(rel)) {
    add(
      'host-json/arguments',
      'error',
      p,
      `the argument "${entry}" points outside the server folder`,
      'name a file inside the server folder, relative to it'
    )
  } else if (!files.isFile(rel)) {
    const buildOutput = /^(dist|build|out|lib)\//.test(rel) && ctx.language === 'node'
    add(
      'host-json/arguments',
      buildOutput ? 'notice' : 'error',
      p,
      buildOutput
        ? `"${rel}" does not exist yet; it is expected from the build (npm run build runs while packaging)`
        : `the script "${rel}" named in arguments does not exist`,
      buildOutput
        ? 'make sure `npm run build` writes it'
        : 'correct the path (relative to workingDirectory, or the app root)'
    )
  }
}

export function checkWorkingDirectory(
  files: ProjectFiles,
  doc: JsonDoc,
  facts: HostFacts,
  add: Add
): void {
  const p = ['customHandler', 'description', 'workingDirectory']
  const wd = facts.workingDirectory
  if (!wd) return
  if (path.posix.isAbsolute(wd) || !files.contains(wd)) {
    add(
      'host-json/working-directory',
      'error',
      p,
      `workingDirectory "${wd}" is outside the app folder`,
      'use a folder relative to the app root, or "" for the root'
    )
  } else if (!files.isDirectory(wd)) {
    add(
      'host-json/working-directory',
      'error',
      p,
      `workingDirectory "${wd}" does not exist`,
      'create it or set "workingDirectory": ""'
    )
  }
  void doc
}
