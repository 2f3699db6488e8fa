import fs from 'node:fs'
import path from 'node:path'
import type { Settings } from '../inputs.js'
import type { Deadline } from '../io/deadline.js'
import type { ArtifactPlan } from '../project/generate.js'
import type { Project } from '../project/scan.js'
import type { Ui } from '../report/ui.js'
import type { PackageResult } from '../targets/target.js'

/** The package for a completed plan: staged, installed, zipped to outFile or a temp zip. */
export async function buildPackageFor(
  settings: Settings,
  ui: Ui,
  project: Project,
  plan: ArtifactPlan,
  pythonVersion: string,
  outFile: string | undefined,
  deadline?: Deadline
): Promise<PackageResult> {
  const { buildPackage } = await import('./index.js')
  const { checkInstalledPythonSdk } = await import('../project/python/index.js')
  const python = plan.completed.python
  return buildPackage({
    serverDir: project.root,
    language: project.language ?? 'python',
    plan: {
      created: plan.created,
      changed: plan.changed.map(c => ({ file: c.file, after: c.after, why: c.why.join('; ') }))
    },
    settings,
    pythonVersion,
    ui,
    // The zip outlives the run (package-path): in RUNNER_TEMP on a runner, for upload-artifact.
    outFile: outFile ?? defaultZipPath(settings, project),
    afterInstall: python ? installed => checkInstalledPythonSdk(python, installed) : undefined,
    // the package build counts against timeout-minutes: pip/npm stop when it passes
    signal: deadline?.signal()
  })
}

function defaultZipPath(settings: Settings, project: Project): string {
  const name = path.basename(project.root).replace(/[^A-Za-z0-9._-]/g, '_') || 'server'
  const dir = fs.mkdtempSync(path.join(settings.tempDir, 'mcp-functions-deploy-'))
  return path.join(dir, `${name}.zip`)
}
