import { applyEdits, modify, type JSONPath } from 'jsonc-parser'
import { createTwoFilesPatch } from 'diff'
import type { ProjectFiles } from './files.js'
import { ciGet, ciPath } from './artifact.js'
import {
  HOST_JSON,
  MISSPELLED_PROXY_SWITCH,
  PROXY_SWITCH,
  caseInsensitive,
  isTrue
} from './hostjson.js'
import { FUNCTION_JSON, isHttpOut, isHttpTrigger, routeMatches } from './functionjson.js'
import { LOCAL_SETTINGS } from './localsettings.js'
import { FUNCIGNORE, readFuncignore } from './funcignore.js'
import { JsonDoc } from './json.js'
import { chooseLayout, scanProject, type Project } from './scan.js'
import {
  DEFAULT_PROFILE_PORT,
  HTTP_OUT,
  funcignoreTemplate,
  functionJsonTemplate,
  hostJsonTemplate,
  localSettingsTemplate,
  type Launch
} from './templates.js'
import type { Finding, Layout } from './types.js'
import { WriteRefused, writeNewFile } from '../io/write.js'

export interface PlannedFile {
  file: string
  content: string
}
export interface PlannedChange {
  file: string
  before: string
  after: string
  /** Unified diff, a/ and b/ prefixed, relative to the server folder. */
  diff: string
  why: string[]
}
export interface ArtifactPlan {
  layout: Layout
  created: PlannedFile[]
  changed: PlannedChange[]
  /** What is still wrong once the plan is applied (relative to the server folder). */
  remaining: Finding[]
  /** The errors among `remaining` that would stop a deploy (local-only files excluded). */
  blocking: Finding[]
  /** The project as it reads with the plan applied (what gets packaged). */
  completed: Project
}

/** The port the server's code listens on (a literal, or the default of PORT/MCP_PORT-style variables). */
export function codePort(project: Project): number | undefined {
  const n = project.node?.listenPort ?? project.python?.listenPort
  return typeof n === 'number' && Number.isInteger(n) && n > 0 && n < 65536 ? n : undefined
}

async function launchFor(project: Project): Promise<Launch> {
  const port = codePort(project)
  if (project.language === 'node' && project.node)
    return { ...(await import('./node/index.js')).nodeLaunch(project.node), port }
  return { defaultExecutablePath: 'python', arguments: pythonArguments(project), port }
}

/** What python is given: `-m package.module` when the Python family says so (PythonFacts.module), else the script. */
export function pythonArguments(project: Project): string[] {
  const py = project.python
  // No entry found: python-code/no-entry says why; the recipe's name is the placeholder.
  if (!py?.entry) return ['server.py']
  return py.module ? ['-m', py.module] : [py.entry]
}

/** Edits a JSON(C) text in place, keeping comments and the file's own indentation. */
class JsonEditor {
  text: string
  readonly why: string[] = []
  private readonly fmt: { insertSpaces: boolean; tabSize: number; eol: string }
  constructor(before: string) {
    this.text = before
    const indent = /\n([ \t]+)\S/.exec(before)?.[1] ?? '  '
    this.fmt = {
      insertSpaces: !indent.startsWith('\t'),
      tabSize: indent.startsWith('\t') ? 1 : indent.length,
      eol: before.includes('\r\n') ? '\r\n' : '\n'
    }
  }
  /** Sets `p`, each existing key matched case-insensitively (the host's reading): no duplicate in another case. */
  set(p: JSONPath, value: unknown, why: string): void {
    const at = ciPath(new JsonDoc(this.text), p)
    this.text = applyEdits(this.text, modify(this.text, at, value, { formattingOptions: this.fmt }))
    this.why.push(why)
  }
  remove(p: JSONPath, why: string): void {
    this.set(p, undefined, why)
  }
  /** The text as the host reads it: keys case-insensitive. */
  doc(): JsonDoc {
    return caseInsensitive(new JsonDoc(this.text))
  }
}

function fixHost(
  project: Project,
  layout: Layout,
  launch: Launch
): { after: string; why: string[] } | undefined {
  const before = project.files.text(HOST_JSON)
  if (before === undefined || !project.hostDoc?.ok || !project.host) return undefined
  const e = new JsonEditor(before)
  const d = () => e.doc()
  if (d().get(['version']) !== '2.0') e.set(['version'], '2.0', 'version "2.0"')
  if (!d().isObject(['customHandler', 'description'])) {
    e.set(
      ['customHandler', 'description'],
      {
        defaultExecutablePath: launch.defaultExecutablePath,
        ...(layout === 'classic' ? { workingDirectory: '' } : {}),
        arguments: launch.arguments
      },
      'add customHandler.description'
    )
  } else {
    if (typeof d().get(['customHandler', 'description', 'defaultExecutablePath']) !== 'string') {
      e.set(
        ['customHandler', 'description', 'defaultExecutablePath'],
        launch.defaultExecutablePath,
        'set defaultExecutablePath'
      )
    }
    const args = d().get(['customHandler', 'description', 'arguments'])
    const bad =
      !Array.isArray(args) ||
      args.length === 0 ||
      args.some(a => typeof a !== 'string' || /[<>]/.test(a))
    if (bad && (project.python?.entry || project.node))
      e.set(
        ['customHandler', 'description', 'arguments'],
        launch.arguments,
        'name the server script in arguments'
      )
  }
  if (layout === 'profile') {
    if (d().get(['configurationProfile']) !== 'mcp-custom-handler')
      e.set(
        ['configurationProfile'],
        'mcp-custom-handler',
        'configurationProfile "mcp-custom-handler"'
      )
    if (project.host.port === undefined) {
      const port = launch.port ?? DEFAULT_PROFILE_PORT
      e.set(
        ['customHandler', 'port'],
        port,
        `customHandler.port ${port}${launch.port ? ' (the port the code listens on)' : ''}`
      )
    }
  } else {
    if (d().get(['extensions', 'http', 'routePrefix']) === undefined)
      e.set(['extensions', 'http', 'routePrefix'], '', 'routePrefix "" so the endpoint is /mcp')
    if (d().has(['customHandler', MISSPELLED_PROXY_SWITCH])) {
      e.remove(
        ['customHandler', MISSPELLED_PROXY_SWITCH],
        `remove the misspelled "${MISSPELLED_PROXY_SWITCH}" (ignored by the host)`
      )
    }
    if (!isTrue(d().get(['customHandler', PROXY_SWITCH])))
      e.set(
        ['customHandler', PROXY_SWITCH],
        true,
        `"${PROXY_SWITCH}": true (streaming, the handler's own Host)`
      )
  }
  return e.text === before ? undefined : { after: e.text, why: e.why }
}

function fixFunction(project: Project): { file: string; after: string; why: string[] } | undefined {
  const file = project.fn?.file ?? FUNCTION_JSON
  const before = project.files.text(file)
  if (before === undefined || !project.fnDoc?.ok) return undefined
  const e = new JsonEditor(before)
  const bindings = e.doc().get(['bindings'])
  if (!Array.isArray(bindings)) return undefined
  const ti = bindings.findIndex(isHttpTrigger)
  if (ti >= 0) {
    const t = bindings[ti] as Record<string, unknown>
    const route = ciGet(t, 'route')
    const methods = ciGet(t, 'methods')
    if (typeof route !== 'string' || !routeMatches(route, 'mcp'))
      e.set(['bindings', ti, 'route'], '{*route}', 'route "{*route}" so /mcp reaches the server')
    if (Array.isArray(methods)) {
      const have = methods.map(m => String(m).toLowerCase())
      const missing = ['get', 'post', 'delete'].filter(m => !have.includes(m))
      if (missing.length)
        e.set(
          ['bindings', ti, 'methods'],
          [...methods, ...missing],
          `methods add ${missing.join(', ')}`
        )
    }
  }
  const hasOut = bindings.some(isHttpOut)
  if (!hasOut) e.set(['bindings', bindings.length], HTTP_OUT, 'add the http out binding')
  return e.text === before ? undefined : { file, after: e.text, why: e.why }
}

function fixFuncignore(files: ProjectFiles): { after: string; why: string[] } | undefined {
  const before = files.text(FUNCIGNORE)
  const ig = readFuncignore(files)
  if (before === undefined || !ig || ig.ignores(LOCAL_SETTINGS)) return undefined
  const sep = before === '' || before.endsWith('\n') ? '' : '\n'
  return { after: `${before}${sep}${LOCAL_SETTINGS}\n`, why: ['exclude local.settings.json'] }
}

/**
 * What `generate` writes (missing files) and would change (existing files), and what would
 * still be wrong afterwards. Pure: reads the project, writes nothing.
 */
export async function planArtifacts(
  project: Project,
  layoutInput: Layout | 'auto'
): Promise<ArtifactPlan> {
  const layout = chooseLayout(project, layoutInput)
  const { files } = project
  const created: PlannedFile[] = []
  const changed: PlannedChange[] = []
  const missing = (f: string) => files.read(f).kind === 'missing'
  const launch = await launchFor(project)
  const py = project.python ? await import('./python/index.js') : undefined

  if (missing(HOST_JSON))
    created.push({ file: HOST_JSON, content: hostJsonTemplate(layout, launch) })
  if (layout === 'classic' && !project.fn && missing(FUNCTION_JSON))
    created.push({ file: FUNCTION_JSON, content: functionJsonTemplate() })
  if (missing(LOCAL_SETTINGS))
    created.push({ file: LOCAL_SETTINGS, content: localSettingsTemplate() })
  if (missing(FUNCIGNORE))
    created.push({ file: FUNCIGNORE, content: funcignoreTemplate(project.language) })
  if (py && project.python && !project.python.depsFile && missing('requirements.txt')) {
    created.push({
      file: 'requirements.txt',
      content: py.pythonRequirementsTemplate(project.python.apiLine, project.python)
    })
  }

  const change = (file: string, fix: { after: string; why: string[] } | undefined) => {
    if (!fix) return
    const before = files.text(file) ?? ''
    changed.push({
      file,
      before,
      after: fix.after,
      why: fix.why,
      diff: createTwoFilesPatch(`a/${file}`, `b/${file}`, before, fix.after, '', '', { context: 3 })
    })
  }
  if (project.layout) change(HOST_JSON, fixHost(project, layout, launch))
  const fn = layout === 'classic' ? fixFunction(project) : undefined
  if (fn) change(fn.file, fn)
  change(FUNCIGNORE, fixFuncignore(files))
  if (py && project.python) {
    const dep = py.fixPythonDeps(files, project.python)
    // With no dependency file the fix is the template: already planned as a new file above.
    if (dep && !missing(dep.file)) change(dep.file, { after: dep.after, why: [dep.why] })
  }

  const overlay = files.withOverlay([
    ...created.map(c => [c.file, c.content] as [string, string]),
    ...changed.map(c => [c.file, c.after] as [string, string])
  ])
  const after = await scanProject(overlay)
  const blocking = after.findings.filter(
    f =>
      f.severity === 'error' && f.file !== LOCAL_SETTINGS && f.rule !== 'funcignore/local-settings'
  )
  return { layout, created, changed, remaining: after.findings, blocking, completed: after }
}

export interface WriteResult {
  written: string[]
  /** Files that appeared between planning and writing: left alone. */
  skipped: string[]
  /** Files whose folder leads outside the server folder (a symlink): not written, and why. */
  refused: Array<{ file: string; reason: string }>
}

/**
 * Writes the planned new files through the write door: never overwrites (O_EXCL), even if one
 * appeared meanwhile, and never writes through a symlinked folder that leaves the server folder.
 */
export function writeMissing(root: string, plan: ArtifactPlan): WriteResult {
  const out: WriteResult = { written: [], skipped: [], refused: [] }
  for (const { file, content } of plan.created) {
    try {
      if (writeNewFile(root, file, content) === 'written') out.written.push(file)
      else out.skipped.push(file)
    } catch (e) {
      if (!(e instanceof WriteRefused)) throw e
      out.refused.push({ file, reason: e.reason })
    }
  }
  return out
}
