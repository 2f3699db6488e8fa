/**
 * The Azure target: login, the function app from Resource Manager, app settings, the package
 * through the SCM site (One Deploy on Flex Consumption), trigger sync, the host key, the endpoint.
 * Loaded lazily by the pipeline (it pulls in the Azure SDK); nothing outside this folder imports it.
 */
import type { HostKeys } from '@azure/arm-appservice'
import { UserError } from '../../errors.js'
import { formatBytes } from '../../report/format.js'
import type { DeployRequest, Deployment, Target } from '../target.js'
import { deployRows, endpointUrl, pickKey } from './deploy-summary.js'
import { diagnosis, hostCheck, hostStatus, type HostStatus } from './host.js'
import { Kudu } from './kudu.js'
import { RECORD_SETTING, describeChanges, parseRecord, recordOf } from './record.js'
import {
  openSession,
  runDeadline,
  takeSession,
  timed,
  type AzureDeps,
  type Phase
} from './session.js'
import { applySettings, mergeAppSettings, remoteBuildOn } from './settings.js'
import { SignInStep, type SignInOutcome } from './signin.js'
import { PACKAGE_TAG, armError, checkRuntime, type SiteFacts } from './site.js'

export { PACKAGE_TAG, checkRuntime } from './site.js'
export { mergeAppSettings } from './settings.js'
export { resolveEndpoints, CLOUDS } from './clouds.js'
export type { SiteFacts } from './site.js'
export type { LoginMethod } from './login.js'
export { endpointUrl } from './deploy-summary.js'
export { readSiteRuntime, type AzureDeps, type Phase, type SiteRuntime } from './session.js'

/** The Deployment, plus what a benchmark or a test wants to see. */
export interface AzureDeployment extends Deployment {
  phases: Phase[]
  deploymentId?: string
  uploadAttempts: number
  /** Time spent sending the package. */
  uploadMs: number
  settingsWritten: string[]
  site: SiteFacts
}

export class AzureTarget implements Target {
  readonly name = 'azure' as const

  constructor(private readonly deps: AzureDeps = {}) {}

  async deploy(req: DeployRequest): Promise<AzureDeployment> {
    const { settings, pkg, app, ui } = req
    const opened = takeSession(settings)
    const deadline = req.deadline ?? runDeadline(settings, this.deps)
    const session = opened ? await opened : await openSession(settings, ui, this.deps, deadline)
    const { arm, site } = session
    const phases = [...session.phases]
    checkRuntime(site, app.language)
    const kudu = new Kudu(
      site.scmHost,
      session.login.credential,
      session.endpoints.scope,
      { httpClient: this.deps.httpClient, deadline },
      ui
    )
    const signIn = await SignInStep.prepare({
      arm,
      site,
      settings,
      credential: session.login.credential,
      authorityHost: session.endpoints.authorityHost,
      armScope: session.endpoints.scope,
      ui
    })

    // App settings: merged, written only when something changes (a write restarts the app).
    let changes: string[] = []
    let before: Record<string, string> = {}
    const settingsWritten = await timed(phases, 'settings', async () => {
      let skipped: string[] = []
      let clearing: string[] = []
      const applied = await applySettings(
        arm,
        site,
        current => {
          const rfp = current.WEBSITE_RUN_FROM_PACKAGE ?? ''
          if (!site.flex && /^https?:/i.test(rfp.trim())) {
            throw new UserError(
              `${site.appName} has WEBSITE_RUN_FROM_PACKAGE set to a URL: it runs the package at that URL and takes no upload`,
              'remove the WEBSITE_RUN_FROM_PACKAGE app setting (or set it to 1), then run again'
            )
          }
          clearing = site.flex ? [] : remoteBuildOn(current)
          // The sign-in's settings (endpoint-auth) ride along in the same write.
          const sign = signIn.edit(current)
          const r = mergeAppSettings(current, { ...app.appSettings, ...sign.set }, site.flex, [
            ...clearing,
            ...sign.remove
          ])
          skipped = r.skipped
          return r
        },
        ui
      )
      before = applied.before
      changes = describeChanges(parseRecord(before[RECORD_SETTING]), pkg, site.tags[PACKAGE_TAG])
      if (skipped.length)
        ui.debug(`not written on Flex Consumption (the platform owns them): ${skipped.join(', ')}`)
      if (clearing.length)
        ui.info(
          `app settings: removing ${clearing.join(', ')}: the package is built already, and a remote build would build it again on the server`
        )
      if (applied.changed.length === 0) {
        ui.info('app settings: nothing to change')
        return []
      }
      ui.info(`app settings: wrote ${applied.changed.join(', ')} (the app restarts)`)
      if (!site.flex) {
        // The SCM site restarts with the app: an upload right now can fail or be lost.
        const expect: Record<string, string | undefined> = {}
        for (const k of applied.changed) expect[k] = applied.after[k]
        await timed(phases, 'scm restart', () => kudu.waitForSettings(expect))
      }
      return applied.changed
    })

    // Auth settings right after the app settings they go with (a failure puts those back).
    let signInOutcome: SignInOutcome = { authWritten: [], rows: [] }
    if (signIn.mode === 'entra' || settingsWritten.length)
      signInOutcome = await timed(phases, 'sign-in', () =>
        signIn.commit(async change => {
          await applySettings(
            arm,
            site,
            current => {
              const c = change(current)
              return mergeAppSettings(current, c.set, site.flex, c.remove)
            },
            ui
          )
        })
      )

    const unchanged = settings.skipUnchanged && site.tags[PACKAGE_TAG] === pkg.sha256
    let deploymentId: string | undefined
    let uploadAttempts = 0
    let uploadMs = 0
    let keys: HostKeys | undefined
    const readKeys = async (): Promise<HostKeys> => {
      keys = await arm.hostKeys(site, s => ui.setSecret(s))
      return keys
    }
    if (unchanged) {
      ui.info(
        `package unchanged (sha256 ${pkg.sha256.slice(0, 12)}… is what the app has): no upload`
      )
    } else {
      const how = site.flex ? 'One Deploy' : 'zip deploy'
      const up = await timed(phases, 'upload', () => {
        ui.info(`uploading ${formatBytes(pkg.bytes)} to ${site.scmHost} (${how})`)
        return kudu.upload(pkg.zipPath, pkg.bytes, site.flex)
      })
      deploymentId = up.id
      uploadAttempts = up.attempts
      uploadMs = up.sendMs
      const rec = await timed(phases, 'deployment', () =>
        kudu.wait(up, async () => {
          try {
            const k = keys ?? (await readKeys())
            if (!k.masterKey) return { state: 'unknown', detail: 'no master key' }
            return hostCheck(
              await hostStatus(site.defaultHostName, k.masterKey, deadline, this.deps.httpClient)
            )
          } catch (err) {
            return { state: 'unknown', detail: err instanceof Error ? err.message : String(err) }
          }
        })
      )
      deploymentId = rec.id ?? deploymentId
      if (rec.status === 4 && !rec.confirmedBy)
        ui.info(`deployment ${deploymentId ?? ''} succeeded`.replace('  ', ' '))

      // What was deployed is recorded only now that the deployment succeeded.
      const record = recordOf(pkg)
      if (before[RECORD_SETTING] !== record) {
        await timed(phases, 'record', async () => {
          const r = await applySettings(
            arm,
            site,
            current =>
              current[RECORD_SETTING] === record
                ? { merged: current, changed: [] }
                : { merged: { ...current, [RECORD_SETTING]: record }, changed: [RECORD_SETTING] },
            ui
          )
          if (r.changed.length) settingsWritten.push(RECORD_SETTING)
        })
      }

      // Flex: the platform syncs the triggers after One Deploy (Core Tools, the az CLI and VS
      // Code skip it there). Elsewhere a sync is cheap insurance; it never fails the run.
      if (!site.flex) {
        await timed(phases, 'sync', async () => {
          try {
            await arm.syncTriggers(site)
          } catch (err) {
            ui.warning(
              `syncing the triggers of ${site.appName} failed (${armError(err, 'sync').message}); the functions may take a while to show`
            )
          }
        })
      }
      if (site.tags[PACKAGE_TAG] !== pkg.sha256) {
        await timed(phases, 'tag', async () => {
          try {
            await arm.writeTag(site, PACKAGE_TAG, pkg.sha256)
          } catch (err) {
            ui.warning(
              `could not keep the package hash as a tag (${err instanceof Error ? err.message : String(err)}); skip-unchanged will upload next time`
            )
          }
        })
      }
    }

    const authLevel = app.authLevel
    const key_ =
      authLevel === 'anonymous'
        ? undefined
        : await timed(phases, 'keys', async () =>
            pickKey(site, await readKeys(), authLevel, settings.keyName)
          )

    const diagnose = async (): Promise<string[]> => {
      let status: HostStatus = { errors: [] }
      try {
        const k = keys ?? (await readKeys())
        if (k.masterKey)
          status = await hostStatus(
            site.defaultHostName,
            k.masterKey,
            deadline,
            this.deps.httpClient
          )
      } catch {
        // the status stays unknown
      }
      return diagnosis(status, site.flex ? [] : await kudu.containerLog())
    }

    const endpoint = endpointUrl(site.defaultHostName, app.routePrefix)
    const details = deployRows({
      site,
      pkg,
      login: session.login.method,
      settingsWritten,
      unchanged,
      deploymentId,
      uploadAttempts,
      changes,
      signIn: signInOutcome,
      phases
    })
    for (const line of changes) ui.info(`since the last deploy: ${line}`)
    return {
      endpoint,
      key: key_,
      authLevel: app.authLevel,
      deployed: !unchanged,
      details,
      stop: async () => {},
      diagnose,
      signIn: signInOutcome.facts,
      phases,
      deploymentId,
      uploadAttempts,
      uploadMs,
      settingsWritten,
      site
    }
  }
}
