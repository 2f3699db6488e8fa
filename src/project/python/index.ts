/**
 * The Python rule family: dependencies (requirements.txt / pyproject.toml, a lock) and server code.
 *
 * loadPython (load.ts) reads everything once (dependency files, the entry script and the local
 * modules it imports) and returns the facts the other families need; checkPython turns them into
 * findings: deps.ts (the SDK requirement), rules.ts (the code), port.ts (the port); fixes.ts writes
 * what generate proposes and checks what pip installed.
 */
import type { ProjectFiles } from '../files.js'
import type { Finding, RuleContext } from '../types.js'
import { checkDeps } from './deps.js'
import { internals } from './facts.js'
import type { PythonFacts } from './facts.js'
import { loadPython } from './load.js'
import { checkCode } from './rules.js'

export type { PythonApiLine } from './code.js'
export type { PythonFacts } from './facts.js'
export type { Requirement } from './requirements.js'
export { parseRequirementString, normalizeName } from './requirements.js'
export { MCP_HOST_GUARD_SINCE } from './lines.js'
export { pythonServedPath } from './settings.js'
export { isPythonProject, loadPython } from './load.js'
export { checkInstalledPythonSdk, fixPythonDeps, pythonRequirementsTemplate } from './fixes.js'

export function checkPython(files: ProjectFiles, facts: PythonFacts, ctx: RuleContext): Finding[] {
  let internal = internals.get(facts)
  if (!internal) {
    const fresh = loadPython(files, ctx)
    internal = internals.get(fresh)!
  }
  return [...checkDeps(facts, internal), ...checkCode(facts, internal, ctx)]
}
