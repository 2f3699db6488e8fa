import type { ArtifactPlan } from '../project/generate.js'
import { generateSection } from './summary.js'
import type { Ui } from './ui.js'

/** The generate phase: write the missing artifacts (never overwrite), show what must change by hand. */
export async function generatePhase(
  ui: Ui,
  serverDir: string,
  prefix: string,
  plan: ArtifactPlan
): Promise<void> {
  const { writeMissing } = await import('../project/generate.js')
  const { written, skipped, refused } = writeMissing(serverDir, plan)
  const rel = (f: string) => (prefix ? `${prefix}/${f}` : f)
  for (const f of written) ui.info(`created ${rel(f)}`)
  for (const f of skipped) ui.warning(`left ${rel(f)} alone: it appeared while generating`)
  for (const r of refused) ui.warning(`did not write ${rel(r.file)}: ${r.reason}`)
  if (written.length === 0 && plan.changed.length === 0)
    ui.info('nothing to write: every artifact is there')
  for (const c of plan.changed) {
    ui.info('')
    ui.info(
      `${rel(c.file)} needs changes (not written: generate never overwrites): ${c.why.join('; ')}`
    )
    for (const line of c.diff.split('\n')) ui.info(line)
  }
  ui.summary(
    generateSection(
      written.map(rel),
      plan.layout,
      plan.changed.map(c => ({ file: rel(c.file), why: c.why, diff: c.diff }))
    )
  )
}
