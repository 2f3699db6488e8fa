import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Settings } from '../inputs.js'
import type { Ui } from '../report/ui.js'
import type { Finding, Language } from '../project/types.js'
import type { PackageResult } from '../targets/target.js'
import { UserError } from '../errors.js'
import { stageServer, type StagePlan } from './stage.js'
import { writeZip, type ZipStats } from './zip.js'
import { leftOutNotice, selectPackage } from './select.js'
import { installPython } from './python.js'
import { installNode } from './node.js'
import { pickCache } from './cache.js'
import { formatBytes } from '../report/format.js'
import { mdMessage, mdText } from '../io/escape.js'
import { phase } from '../report/timeline.js'

export type { StagePlan } from './stage.js'
export { stage } from './stage.js'
export { writeZip } from './zip.js'
export { selectPackage, leftOutNotice } from './select.js'

/** Where the zip writer is (files and uncompressed bytes done, of the totals). */
export interface ZipProgress {
  files: number
  bytes: number
  totalFiles: number
  totalBytes: number
}
/** The zip writer with its callbacks (progress, a file it leaves out). */
export type ZipWriter = (
  dir: string,
  outFile: string,
  opts?: { onProgress?: (p: ZipProgress) => void; onWarning?: (message: string) => void }
) => Promise<ZipStats>
const zipWriter: ZipWriter = writeZip

/** How often the zip step says where it is. */
const PROGRESS_EVERY_MS = 3000

/** Zips the stage, printing files and bytes done every few seconds. */
export async function zipWithProgress(
  stageDir: string,
  zipPath: string,
  ui: Ui,
  writer: ZipWriter = zipWriter,
  everyMs = PROGRESS_EVERY_MS
): Promise<ZipStats> {
  let last: ZipProgress | undefined
  let printed: ZipProgress | undefined
  const timer = setInterval(() => {
    if (!last || last === printed) return
    printed = last
    ui.info(
      `zip: ${last.files} of ${last.totalFiles} files, ${formatBytes(last.bytes)} of ${formatBytes(last.totalBytes)}`
    )
  }, everyMs)
  timer.unref()
  try {
    return await writer(stageDir, zipPath, {
      onProgress: p => (last = p),
      onWarning: m => ui.warning(m)
    })
  } finally {
    clearInterval(timer)
  }
}

export interface PackageOptions {
  serverDir: string // absolute; the repo's server folder — NEVER modified
  language: Language // 'python' | 'node'
  plan: StagePlan
  settings: Settings // pipArgs, cache, …
  pythonVersion: string // target interpreter, e.g. '3.12' (the lead resolves it)
  ui: Ui
  outFile?: string // where the zip goes (default: a temp file)
  /** Called with resolved python package versions (PEP 503 name → version) after install; errors stop the build. */
  afterInstall?: (installed: Map<string, string>) => Finding[]
  /** Stops pip/npm when the run's deadline (timeout-minutes) passes: `deadline.signal()`. */
  signal?: AbortSignal
  /** for tests: env for pip/npm (defaults to process.env) */
  env?: NodeJS.ProcessEnv
}

/**
 * Stage → complete → install dependencies (and build) → decide what goes in → deterministic zip;
 * a manifest goes to the summary.
 * Runs inside the caller's `Package` group (the runner does not nest groups).
 */
export async function buildPackage(opts: PackageOptions): Promise<PackageResult> {
  const { ui, language, plan, settings } = opts
  const env = opts.env ?? process.env
  return (async () => {
    const staged = await stageServer(opts.serverDir, language, plan)
    const stageDir = staged.dir
    try {
      for (const c of plan.created) {
        ui.warning(
          `${c.file} is missing from the repo: the package uses a generated one; commit it (run generate)`,
          {
            file: c.file,
            line: 1
          }
        )
      }
      for (const c of plan.changed) {
        ui.warning(`${c.file}: ${c.why} (fixed in the package only; commit the same fix)`, {
          file: c.file,
          line: 1
        })
      }

      let installed: Map<string, string>
      if (language === 'python') {
        installed = await phase('install', async () =>
          installPython({
            stageDir,
            pythonVersion: opts.pythonVersion,
            pipArgs: settings.pipArgs,
            env,
            ui,
            tempDir: settings.tempDir,
            cache: settings.cache ? await pickCache(env) : undefined,
            signal: opts.signal
          })
        )
      } else {
        installed = await phase('install', () =>
          installNode({ stageDir, env, ui, tempDir: settings.tempDir, signal: opts.signal })
        )
      }

      if (opts.afterInstall) {
        const findings = opts.afterInstall(installed)
        for (const f of findings) {
          const say =
            f.severity === 'error' ? ui.error : f.severity === 'warning' ? ui.warning : ui.notice
          say.call(ui, `${f.message} Fix: ${f.fix}`, {
            file: f.file,
            line: f.line,
            column: f.column,
            title: f.rule
          })
        }
        const errors = findings.filter(f => f.severity === 'error')
        if (errors.length > 0) {
          throw new UserError(
            `the installed dependencies do not fit the server code: ${errors[0].message}`,
            errors.length > 1
              ? `and ${errors.length - 1} more; nothing was uploaded`
              : 'nothing was uploaded'
          )
        }
      }

      const zipPath =
        opts.outFile ??
        path.join(await fs.promises.mkdtemp(path.join(os.tmpdir(), 'mcp-package-')), 'package.zip')
      // what goes in is decided here, once, over the finished stage
      const selection = await selectPackage(stageDir, language, staged.copy)
      const notice = leftOutNotice(selection.leftOut)
      if (notice) ui.notice(notice)
      const stats = await phase('zip', () => zipWithProgress(stageDir, zipPath, ui))
      const dependencies = [...installed]
        .map(([name, version]) => ({ name, version }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      const result: PackageResult = { zipPath, ...stats, dependencies, stageDir }
      ui.info(
        `package: ${zipPath} (${formatBytes(stats.bytes)}, ${stats.fileCount} files, sha256 ${stats.sha256})`
      )
      ui.summary(manifest(result) + (notice ? `\n\n${mdMessage(notice)}` : ''))
      return result
    } catch (err) {
      await fs.promises.rm(stageDir, { recursive: true, force: true })
      throw err
    }
  })()
}

/** The package manifest for the job summary: size, file count, hash, dependencies with versions. */
export function manifest(
  pkg: Pick<PackageResult, 'bytes' | 'fileCount' | 'sha256' | 'dependencies'>
): string {
  const lines = [
    '### Package',
    '',
    '| | |',
    '|---|---|',
    `| size | ${formatBytes(pkg.bytes)} (${pkg.bytes} bytes) |`,
    `| files | ${pkg.fileCount} |`,
    `| sha256 | \`${pkg.sha256}\` |`,
    `| dependencies | ${pkg.dependencies.length} |`
  ]
  if (pkg.dependencies.length > 0) {
    lines.push(
      '',
      `<details><summary>Dependencies (${pkg.dependencies.length})</summary>`,
      '',
      '| package | version |',
      '|---|---|',
      // names and versions come from installed metadata (the network): escaped
      ...pkg.dependencies.map(d => `| ${mdText(d.name)} | ${mdText(d.version)} |`),
      '',
      '</details>'
    )
  }
  return lines.join('\n')
}
