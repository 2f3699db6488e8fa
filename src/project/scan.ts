import { ProjectFiles } from './files.js'
import type { JsonDoc } from './json.js'
import { checkHost } from './hostcheck.js'
import { loadHost, type HostFacts } from './hostjson.js'
import { checkFunction, loadFunction, type FunctionFacts } from './functionjson.js'
import { checkLocalSettings } from './localsettings.js'
import { checkFuncignore } from './funcignore.js'
import type { PythonFacts } from './python/index.js'
import type { NodeFacts } from './node/index.js'
import type { Finding, Language, Layout, RuleContext } from './types.js'
import type { AuthLevel } from '../targets/target.js'

/** Everything the scan learned about a server folder. Read-only: scanning writes nothing. */
export interface Project {
  root: string
  files: ProjectFiles
  /** The layout on disk; undefined when there is no usable host.json. */
  layout: Layout | undefined
  language: Language | undefined
  host?: HostFacts
  hostDoc?: JsonDoc
  fn?: FunctionFacts
  fnDoc?: JsonDoc
  python?: PythonFacts
  node?: NodeFacts
  /** Relative to the server folder. */
  findings: Finding[]
}

/** The language families load their parsers lazily: a check reads only the one it needs. */
const loadPythonFamily = () => import('./python/index.js')
const loadNodeFamily = () => import('./node/index.js')

async function detectLanguage(
  files: ProjectFiles,
  host: HostFacts | undefined
): Promise<Language | undefined> {
  const exe = (host?.executable ?? '').split('/').pop() ?? ''
  if (/^python/.test(exe)) return 'python'
  if (/^(node|npm|npx)$/.test(exe)) return 'node'
  if (files.exists('requirements.txt') || files.exists('pyproject.toml')) return 'python'
  if (files.exists('package.json')) return 'node'
  if ((await loadPythonFamily()).isPythonProject(files)) return 'python'
  if ((await loadNodeFamily()).isNodeProject(files)) return 'node'
  return undefined
}

/** Scan a server folder (or the same folder with an overlay of planned files). */
export async function scanProject(root: string | ProjectFiles): Promise<Project> {
  const files = typeof root === 'string' ? new ProjectFiles(root) : root
  const findings: Finding[] = []
  const host = loadHost(files)
  findings.push(...host.findings)
  const layout = host.facts?.layout
  const ctx: RuleContext = {
    layout,
    hostPort: host.facts?.port,
    entryHint: host.facts?.entryHint,
    ...(host.facts?.portArgument ? { portFromArguments: true } : {})
  }
  const language = await detectLanguage(files, host.facts)
  const project: Project = {
    root: files.root,
    files,
    layout,
    language,
    host: host.facts,
    hostDoc: host.doc,
    findings
  }

  let servedPaths: string[] | undefined
  if (language === 'python') {
    const py = await loadPythonFamily()
    project.python = py.loadPython(files, ctx)
    findings.push(...py.checkPython(files, project.python, ctx))
    const served = py.pythonServedPath(project.python)
    servedPaths = served === undefined ? undefined : [served]
  } else if (language === 'node') {
    const node = await loadNodeFamily()
    project.node = await node.loadNode(files, ctx)
    findings.push(...node.checkNode(files, project.node, ctx))
    servedPaths = project.node.mcpPaths
  } else {
    findings.push({
      rule: 'project/language',
      severity: 'error',
      file: host.facts ? 'host.json' : '.',
      line: 1,
      message:
        'no MCP server found: no requirements.txt/pyproject.toml or Python script, and no package.json',
      fix: 'point `path` at the folder that holds your server (Python with the `mcp` or `fastmcp` SDK, or Node with @modelcontextprotocol/sdk)'
    })
  }

  if (host.doc && host.facts) {
    findings.push(
      ...checkHost(files, host.doc, host.facts, {
        language,
        hostGuard: project.python?.hostGuard ?? project.node?.hostGuard,
        servedPaths,
        codePort: project.node?.listenPort ?? project.python?.listenPort
      })
    )
  }
  if (layout !== 'profile') {
    const fn = loadFunction(files)
    // Without host.json the missing trigger is part of the same fix (generate writes both); say it once.
    if (host.facts || fn.findings.every(f => f.rule !== 'function-json/missing'))
      findings.push(...fn.findings)
    if (fn.doc && fn.facts) {
      project.fn = fn.facts
      project.fnDoc = fn.doc
      findings.push(...checkFunction(fn.doc, fn.facts))
    }
  }
  findings.push(...checkLocalSettings(files))
  // what the app runs: host.json's script, else the one generate would name (a TypeScript
  // server runs its build output, not its source)
  let entry = host.facts?.entryHint ?? project.python?.entry
  if (!entry && project.node) {
    const launch = (await loadNodeFamily()).nodeLaunch(project.node)
    entry = launch.defaultExecutablePath === 'node' ? launch.arguments[0] : project.node.entry
  }
  const inRepo = entry !== undefined && files.isFile(entry)
  const required = [
    ...(layout !== 'profile' && project.fn ? [project.fn.file] : []),
    ...(entry && inRepo ? [entry] : [])
  ]
  // not in the repo but written by the build (npm run build): .funcignore must not drop it either
  const built = entry && !inRepo && project.node?.hasBuild ? [entry] : []
  findings.push(...checkFuncignore(files, required, built))
  return project
}

/** The auth level requests meet: the trigger's (classic) or the profile's default. */
export function projectAuthLevel(p: Project): AuthLevel {
  if (p.layout === 'profile') return p.host?.authLevel ?? 'function'
  return p.fn?.authLevel ?? 'function'
}

/** The layout to write: what is on disk, else the input, else classic. */
export function chooseLayout(project: Project, input: Layout | 'auto'): Layout {
  return project.layout ?? (input === 'auto' ? 'classic' : input)
}
