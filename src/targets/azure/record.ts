import type { PackageResult } from '../target.js'

/**
 * What the last deploy shipped, kept on the app so a scheduled redeploy can say what changed.
 *
 * The site tag (PACKAGE_TAG) holds only the package hash: tag values are short (256 characters)
 * and `skip-unchanged` needs nothing more. The fuller record (hash + every dependency version)
 * lives in one app setting: readable with the same Resource Manager rights the deploy already
 * has, no GitHub permission or storage access needed, it survives cache eviction, and it is
 * written in the one settings update the deploy makes anyway, only when the package changed.
 */
export const RECORD_SETTING = 'MCP_FUNCTIONS_DEPLOY_RECORD'

export interface DeployRecord {
  sha256: string
  deps: Record<string, string>
}

export function recordOf(pkg: Pick<PackageResult, 'sha256' | 'dependencies'>): string {
  const deps: Record<string, string> = {}
  for (const d of [...pkg.dependencies].sort((a, b) => a.name.localeCompare(b.name)))
    deps[d.name] = d.version
  return JSON.stringify({ sha256: pkg.sha256, deps })
}

export function parseRecord(value: string | undefined): DeployRecord | undefined {
  if (!value) return undefined
  try {
    const v = JSON.parse(value) as Partial<DeployRecord>
    if (typeof v.sha256 !== 'string' || typeof v.deps !== 'object' || v.deps === null)
      return undefined
    return { sha256: v.sha256, deps: v.deps as Record<string, string> }
  } catch {
    return undefined
  }
}

/**
 * Lines saying what changed between the previous record and this package. `deployedSha` is the
 * tag: when it differs from the record's hash, the recorded deploy did not finish.
 */
export function describeChanges(
  prev: DeployRecord | undefined,
  pkg: Pick<PackageResult, 'sha256' | 'dependencies'>,
  deployedSha?: string
): string[] {
  if (!prev)
    return ['no earlier record: this is the first deploy made by mcp-functions-deploy on this app']
  const short = (s: string) => s.slice(0, 12)
  const lines: string[] = []
  if (deployedSha !== undefined && deployedSha !== prev.sha256) {
    lines.push(`the last recorded deploy (${short(prev.sha256)}) did not finish; compared with it`)
  }
  const now: Record<string, string> = {}
  for (const d of pkg.dependencies) now[d.name] = d.version
  const names = [...new Set([...Object.keys(prev.deps), ...Object.keys(now)])].sort()
  const deps: string[] = []
  for (const n of names) {
    const [a, b] = [prev.deps[n], now[n]]
    if (a === b) continue
    deps.push(
      a === undefined ? `+ ${n} ${b}` : b === undefined ? `- ${n} ${a}` : `${n} ${a} → ${b}`
    )
  }
  if (prev.sha256 === pkg.sha256) {
    lines.push(
      `nothing changed: package ${short(pkg.sha256)} and its ${names.length} dependency versions are as deployed before`
    )
  } else {
    lines.push(`package ${short(prev.sha256)} → ${short(pkg.sha256)}`)
    lines.push(
      deps.length
        ? `dependencies: ${deps.join(', ')}`
        : 'dependencies: unchanged (the code or artifacts changed)'
    )
  }
  return lines
}
