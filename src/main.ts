import fs from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import { describeError } from './errors.js'
import { envInputSource, readSettings, type Settings } from './inputs.js'
import { Deadline } from './io/deadline.js'
import { forLog } from './io/escape.js'
import { buildPackageFor } from './package/for-plan.js'
import { resolvePythonVersion } from './package/pyversion.js'
import { appFacts, neededAppSettings } from './project/appfacts.js'
import { resolveServerDir, toPosix } from './project/files.js'
import { chooseLayout, scanProject } from './project/scan.js'
import { sortFindings, type Finding } from './project/types.js'
import { countLine, failsOn, reportFindings, terminalLines } from './report/findings.js'
import { heartbeat } from './report/heartbeat.js'
import { mcpConfig } from './report/mcp-config.js'
import { collectingSummary, inFolder } from './report/run-ui.js'
import {
  boundedFindingsOutput,
  deploymentSection,
  signInSection,
  failureOf,
  renderSummary,
  type RunMode,
  type RunRecord
} from './report/summary.js'
import { phase, Timeline } from './report/timeline.js'
import { ActionUi, type Ui } from './report/ui.js'
import { loadTarget } from './targets/load.js'
import type { Deployment, Target } from './targets/target.js'

export interface PipelineOptions {
  /** `package` mode: where to write the zip (CLI --out). */
  outFile?: string
  /** Local target: keep serving after the smoke test until stop() (CLI --serve). */
  serve?: boolean
  /** Print findings as terminal lines instead of annotations (the CLI). */
  terminal?: boolean
}

export interface PipelineResult {
  /** Why the run failed, or undefined. */
  failure?: string
  outputs: Record<string, string>
  findings: Finding[]
  /** A running local deployment (serve mode): stop it when done. */
  deployment?: Deployment
}

/** Findings with paths relative to the workspace, as annotations need them. */
function toWorkspace(findings: Finding[], prefix: string): Finding[] {
  return sortFindings(
    findings.map(f => ({ ...f, file: prefix ? path.posix.join(prefix, f.file) : f.file }))
  )
}

function setOutput(ui: Ui, result: PipelineResult, name: string, value: string): void {
  result.outputs[name] = value
  ui.setOutput(name, value)
}

/** The action's entry: inputs from the runner, everything reported through @actions/core. */
export async function run(): Promise<void> {
  const ui = new ActionUi()
  try {
    const settings = readSettings(envInputSource())
    const result = await runPipeline(settings, ui)
    await result.deployment?.stop()
    if (result.failure) core.setFailed(forLog(result.failure))
  } catch (err) {
    core.setFailed(forLog(describeError(err)))
  } finally {
    await ui.flush().catch(() => undefined)
  }
}

/**
 * inputs → scan → findings → (report | generate) → stage → package → target → verify → outputs.
 * Records what happened (findings, failure, phases) and writes the job summary once, at the end,
 * whether the run succeeded or not.
 */
export async function runPipeline(
  settings: Settings,
  ui: Ui,
  options: PipelineOptions = {}
): Promise<PipelineResult> {
  const timeline = new Timeline()
  const record: RunRecord = {
    mode: settings.mode as RunMode,
    path: settings.path || '.',
    findings: [],
    appSettings: {},
    sections: [],
    timeline: timeline.phases
  }
  try {
    const result = await timeline.run(() =>
      pipeline(settings, collectingSummary(ui, record.sections), options, record)
    )
    if (result.failure && !record.failure)
      record.failure = { step: settings.mode, message: result.failure, causeLines: [] }
    return result
  } catch (err) {
    record.failure = failureOf(err, timeline)
    throw err
  } finally {
    ui.summary(renderSummary(record))
  }
}

async function pipeline(
  settings: Settings,
  ui: Ui,
  options: PipelineOptions,
  record: RunRecord
): Promise<PipelineResult> {
  const result: PipelineResult = { outputs: {}, findings: [] }
  const serverDir = resolveServerDir(settings.workspace, settings.path)
  const prefix = toPosix(path.relative(settings.workspace, serverDir))
  record.path = prefix || '.'

  const project = await phase('scan', () =>
    ui.group(`Scan ${prefix || '.'}`, async () => {
      const p = await scanProject(serverDir)
      ui.info(`layout: ${p.layout ?? 'none yet'}, language: ${p.language ?? 'unknown'}`)
      return p
    })
  )
  const { signInFindings, anonymousPlan } = await import('./project/signin.js')
  const findings = toWorkspace(
    signInFindings(project, project.findings, settings.endpointAuth),
    prefix
  )
  result.findings = findings
  record.findings = findings
  const output = boundedFindingsOutput(findings)
  if (output.kept < findings.length)
    ui.warning(
      `the findings output holds ${output.kept} of ${findings.length} findings (GitHub's output size limit); the annotations and the job summary have them all`
    )
  setOutput(ui, result, 'findings', output.json)

  // The plan (a second scan over the completed tree, and diffs) is made only where it is used:
  // check needs it just for a pull-request comment.
  const makePlan = async () =>
    (await import('./project/generate.js')).planArtifacts(project, settings.layout)
  const layout = chooseLayout(project, settings.layout)
  await ui.group('Findings', async () => reportFindings(ui, findings, options.terminal))
  record.appSettings = neededAppSettings(layout, project.language ?? 'python')

  if (settings.mode === 'check') {
    if (settings.comment) {
      const { commentOnPullRequest } = await import('./report/comment.js')
      await commentOnPullRequest(settings, ui, findings, makePlan, prefix)
    }
    if (failsOn(findings, settings.failOn)) {
      result.failure = `check failed: ${countLine(findings)} (fail-on: ${settings.failOn})`
      record.failure = {
        step: 'check',
        message: result.failure,
        causeLines: [],
        fix: 'fix the findings below (each row says how), or run generate for the missing files'
      }
    }
    return result
  }

  let plan = await phase('plan', makePlan)
  plan = {
    ...plan,
    remaining: signInFindings(plan.completed, plan.remaining, settings.endpointAuth)
  }
  if (settings.mode === 'generate') {
    record.appSettings = appFacts(plan, plan.completed).appSettings
    const { generatePhase } = await import('./report/generate.js')
    await phase('generate', () =>
      ui.group('Generate', () => generatePhase(ui, serverDir, prefix, plan))
    )
    const remaining = toWorkspace(plan.remaining, prefix)
    if (failsOn(remaining, settings.failOn)) {
      result.failure = `after generate, still to fix by hand: ${countLine(remaining)}`
      record.failure = {
        step: 'generate',
        message: result.failure,
        causeLines: [],
        fix: 'generate never overwrites: apply the changes shown below by hand'
      }
    }
    return result
  }

  // package and deploy
  const blocking = toWorkspace(plan.blocking, prefix)
  // fail-on: warning also stops on the warnings the completed package would still have
  const gate =
    settings.failOn === 'warning'
      ? toWorkspace(plan.remaining, prefix).filter(f => f.severity === 'warning')
      : []
  if (blocking.length > 0 || (settings.failOn === 'warning' && gate.length > 0)) {
    const stop = [...blocking, ...gate]
    for (const line of terminalLines(stop)) ui.info(line)
    result.failure = `the server cannot be hosted as it is: ${countLine(stop)} remain after completing the artifacts (nothing was packaged)`
    record.failure = {
      step: 'package',
      message: result.failure,
      causeLines: [],
      fix: 'fix the errors in the findings below; generate writes the missing artifacts'
    }
    return result
  }
  if (settings.endpointAuth === 'entra') {
    // The platform signs clients in: the staged function is anonymous (the repo is not touched).
    const anon = anonymousPlan(plan)
    plan = anon.plan
    if (anon.changed)
      ui.info(`${anon.changed}: function level anonymous in the package (endpoint-auth entra)`)
  }
  const app = appFacts(plan, project)
  if (settings.endpointAuth === 'entra') app.authLevel = 'anonymous'
  let target: Target | undefined
  // One deadline for a deploy to Azure, login to smoke test (timeout-minutes); every wait counts.
  const deadline =
    settings.mode === 'deploy' && settings.target === 'azure'
      ? Deadline.fromMinutes(settings.timeoutMinutes)
      : undefined
  if (settings.mode === 'deploy') target = await loadTarget(settings)
  // On Azure the app's runtime gives the Python version: logging in and reading the app come first.
  const pythonVersion =
    project.language !== 'python'
      ? ''
      : target?.name === 'azure'
        ? await phase('login, site', () =>
            heartbeat(ui, 'Azure (login, the function app)', () =>
              resolvePythonVersion(settings, ui, deadline)
            )
          )
        : await resolvePythonVersion(settings, ui, deadline)
  // The package step names files relative to the server folder: annotations need the workspace path.
  const pkg = await phase('package', () =>
    ui.group('Package', () =>
      heartbeat(ui, 'the package (install and zip)', () =>
        buildPackageFor(
          settings,
          inFolder(ui, prefix),
          project,
          plan,
          pythonVersion,
          options.outFile,
          deadline
        )
      )
    )
  )
  fs.rmSync(pkg.stageDir, { recursive: true, force: true })
  setOutput(ui, result, 'package-sha256', pkg.sha256)
  setOutput(ui, result, 'package-bytes', String(pkg.bytes))
  setOutput(ui, result, 'package-path', pkg.zipPath)
  if (!target) return result

  const deployment = await phase('deploy', () =>
    ui.group(`Deploy (${target.name})`, () =>
      heartbeat(ui, `the deployment (${target.name})`, () =>
        target.deploy({ settings, pkg, app, ui: inFolder(ui, prefix), deadline })
      )
    )
  )
  result.deployment = deployment
  try {
    if (deployment.key) ui.setSecret(deployment.key)
    setOutput(ui, result, 'deployed', String(deployment.deployed))
    setOutput(ui, result, 'endpoint', deployment.endpoint)
    if (deployment.key) setOutput(ui, result, 'key', deployment.key)
    setOutput(
      ui,
      result,
      'mcp-config',
      mcpConfig(settings, prefix, deployment.endpoint, deployment.authLevel)
    )
    const { verifyDeployment } = await import('./verify/index.js')
    const { tools, signInLine } = settings.smokeTest
      ? await verifyDeployment(deployment, ui, deadline)
      : { tools: [], signInLine: '' }
    setOutput(ui, result, 'tools', JSON.stringify(tools))
    record.endpoint = deployment.endpoint
    record.tools = tools
    record.deployed = deployment.deployed
    ui.summary(deploymentSection(deployment, pkg, tools))
    if (deployment.signIn) ui.summary(signInSection(deployment.signIn.rows, signInLine))
  } catch (err) {
    await deployment.stop().catch(() => undefined)
    result.deployment = undefined
    throw err
  }
  if (!options.serve) {
    await deployment.stop()
    result.deployment = undefined
  }
  return result
}
