import type { Settings } from '../inputs.js'
import type { Deadline } from '../io/deadline.js'
import type { SignInFacts } from '../inputs-entra.js'
import type { Ui } from '../report/ui.js'
import type { Language, Layout } from '../project/types.js'

export type AuthLevel = 'anonymous' | 'function' | 'admin'

/** What a target needs to know about the package it hosts. */
export interface AppFacts {
  layout: Layout
  language: Language
  /** The effective route prefix ('' in the recipe; the host's default is 'api'). */
  routePrefix: string
  authLevel: AuthLevel
  /** App settings the package needs (PYTHONPATH, the profile's feature flag). */
  appSettings: Record<string, string>
}

export interface PackageResult {
  zipPath: string
  sha256: string
  bytes: number
  fileCount: number
  /** Resolved dependencies: name and version, sorted by name. */
  dependencies: Array<{ name: string; version: string }>
  /** The staged tree the zip was made from (deleted at the end of the run). */
  stageDir: string
}

export interface DeployRequest {
  settings: Settings
  pkg: PackageResult
  app: AppFacts
  ui: Ui
  /** The run's one deadline (timeout-minutes, login to smoke test); the target makes one if absent. */
  deadline?: Deadline
}

export interface Deployment {
  /** The MCP endpoint URL. */
  endpoint: string
  /** The function key, already masked with ui.setSecret; undefined when anonymous. */
  key?: string
  authLevel: AuthLevel
  /** false when skipped as unchanged. */
  deployed: boolean
  /** Lines for the job summary: app, plan, runtime, phase durations… */
  details: Array<[string, string]>
  /** Stop what the target started (the local host); a no-op for Azure. */
  stop(): Promise<void>
  /** Lines that say why the app does not answer (host status, the platform's log), for the smoke test. */
  diagnose?(): Promise<string[]>
  /** With endpoint-auth entra: what guards the endpoint (the verify step checks it). */
  signIn?: SignInFacts
}

export interface Target {
  readonly name: 'local' | 'azure'
  deploy(req: DeployRequest): Promise<Deployment>
}
