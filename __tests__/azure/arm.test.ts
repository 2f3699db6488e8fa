import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import { Deadline } from '../../src/io/deadline.js'
import { AzureTarget } from '../../src/targets/azure/index.js'
import type { PackageResult } from '../../src/targets/target.js'
import { smokeTest } from '../../src/verify/smoke.js'
import {
  startAzureEmulator,
  type AzureEmulator,
  type EmulatorOptions
} from '../../test-support/azure-emulator/index.js'
import {
  guardLoopback,
  trustInProcess,
  type LoopbackGuard
} from '../../test-support/azure-emulator/net-guard.js'
import {
  RecordingUi,
  appFacts,
  emulatorSettings,
  fakeGithubIdToken,
  makePackage,
  tinyNodeApp,
  virtualClock
} from '../../test-support/azure-emulator/fixtures.js'

// Resource Manager, the other Linux plans, sovereign-cloud login, and the whole run under the
// worst of Azure's answers at once (issue 13), end to end against the HTTPS emulator.

let guard: LoopbackGuard
let trust: { restore(): void } | undefined
let pkg: PackageResult
const open: AzureEmulator[] = []

beforeAll(async () => {
  guard = guardLoopback()
  pkg = await makePackage(tinyNodeApp())
})
afterAll(() => {
  guard.restore()
  expect(guard.violations).toEqual([])
})
afterEach(async () => {
  trust?.restore()
  trust = undefined
  while (open.length) await open.pop()!.close()
})

type Clock = ReturnType<typeof virtualClock>

async function emulator(clock: Clock, opts: EmulatorOptions = {}): Promise<AzureEmulator> {
  const emu = await startAzureEmulator({
    runApp: false,
    runtime: { name: 'node', version: '22' },
    now: clock.now,
    ...opts
  })
  open.push(emu)
  return emu
}

function start(
  emu: AzureEmulator,
  clock: Clock,
  inputs: Record<string, string> = {},
  extra: {
    requestTimeoutMs?: number
    getIDToken?: (aud: string) => Promise<string>
    layout?: 'classic' | 'profile'
  } = {}
) {
  const ui = new RecordingUi()
  const settings = emulatorSettings(emu, {
    'client-id': emu.clientId,
    'tenant-id': emu.tenantId,
    ...inputs
  })
  const deadline = Deadline.fromMinutes(settings.timeoutMinutes, {
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    requestTimeoutMs: extra.requestTimeoutMs
  })
  const target = new AzureTarget({
    httpClient: emu.httpClient,
    authorityHost: emu.authorityHost,
    getIDToken: extra.getIDToken ?? (async () => fakeGithubIdToken())
  })
  const app = appFacts('node', extra.layout)
  const deploy = target.deploy({ settings, pkg, app, ui, deadline })
  return { ui, deadline, deploy }
}

async function failure(run: Promise<unknown>): Promise<UserError> {
  const err = await run.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(UserError)
  return err as UserError
}

describe('Elastic Premium and Dedicated', () => {
  it('after a settings write, waits for the SCM site to come back with them, clears remote build, then uploads', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock, {
      plan: 'premium',
      appSettings: { SCM_DO_BUILD_DURING_DEPLOYMENT: 'true', ENABLE_ORYX_BUILD: 'true' }
    })
    emu.faults.scmRestartMs = 20000
    const { deploy, ui } = start(emu, clock)
    const dep = await deploy
    expect(dep.deployed).toBe(true)
    expect(emu.counts.uploadsDuringScmRestart).toBe(0)
    expect(emu.appSettings.SCM_DO_BUILD_DURING_DEPLOYMENT).toBeUndefined()
    expect(emu.appSettings.ENABLE_ORYX_BUILD).toBeUndefined()
    expect(ui.text()).toMatch(
      /removing SCM_DO_BUILD_DURING_DEPLOYMENT, ENABLE_ORYX_BUILD: the package is built already/
    )
    expect(ui.text()).toMatch(
      /waiting for the SCM site to restart with the new app settings \(HTTP 503/
    )
    expect(emu.requests.some(r => r.port === 'scm' && r.path === '/api/settings')).toBe(true)
  })

  it('the trigger sync answering 200 is a success, not a warning', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock, { plan: 'dedicated' })
    emu.faults.syncStatus = 200
    const { deploy, ui } = start(emu, clock)
    const dep = await deploy
    expect(dep.site.plan).toBe('Dedicated Basic')
    expect(emu.counts.syncs).toBe(1)
    expect(ui.lines.filter(l => l.startsWith('warning:'))).toEqual([])
  })

  it('WEBSITE_RUN_FROM_PACKAGE set to a URL fails at once, before any upload', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock, {
      plan: 'premium',
      appSettings: { WEBSITE_RUN_FROM_PACKAGE: 'https://st.blob.core.windows.net/p/app.zip?sv=x' }
    })
    const { deploy } = start(emu, clock)
    const err = await failure(deploy)
    expect(err.message).toMatch(/WEBSITE_RUN_FROM_PACKAGE set to a URL/)
    expect(emu.counts.uploadAttempts).toBe(0)
    expect(emu.counts.settingsWrites).toBe(0)
  })

  it('409 "Run-From-Zip is set to a remote URL" from Kudu is final: one attempt, not six', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock, { plan: 'premium' })
    emu.faults.runFromRemoteUrl = true
    const { deploy } = start(emu, clock)
    const err = await failure(deploy)
    expect(err.message).toMatch(/WEBSITE_RUN_FROM_PACKAGE is a URL.*\(HTTP 409\)$/)
    expect(emu.counts.uploadAttempts).toBe(1)
  })

  it('legacy Linux Consumption is refused at once, pointing at Flex Consumption', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock, { plan: 'consumption' })
    const { deploy } = start(emu, clock)
    const err = await failure(deploy)
    expect(err.message).toMatch(/Linux Consumption plan, which this action does not deploy to/)
    expect(err.hint).toMatch(/Flex Consumption/)
    expect(emu.counts.uploadAttempts + emu.counts.settingsWrites).toBe(0)
  })
})

describe('Resource Manager', () => {
  it('409 "another operation is in progress" on the settings write is retried with backoff', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock)
    emu.faults.armConflicts = 2
    const { deploy, ui } = start(emu, clock)
    await deploy
    expect(ui.text()).toMatch(
      /writing the app settings of mcp-app: HTTP 409, another operation is in progress on the app; retrying in 2\.0 s/
    )
    expect(emu.appSettings.MCP_FUNCTIONS_DEPLOY_RECORD).toContain(pkg.sha256)
  })

  it('Retry-After: 3600 is capped at 60 s', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock)
    emu.faults.armRetryAfter = 3600
    const { deploy } = start(emu, clock)
    await deploy
    expect(clock.sleeps).toContain(60000)
    expect(Math.max(...clock.sleeps)).toBe(60000)
  })

  it('an accepted-but-silent upload ends with a message naming it', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock)
    emu.faults.silent = 'upload'
    const { deploy } = start(emu, clock, {}, { requestTimeoutMs: 300 })
    const err = await failure(deploy)
    expect(err.message).toMatch(
      /accepted the connection but did not answer POST \/api\/publish \(the package upload\) within 0\.3 s/
    )
  })

  it('an accepted-but-silent listkeys ends with a message naming it', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock)
    emu.faults.silent = 'listkeys'
    const { deploy } = start(emu, clock, {}, { requestTimeoutMs: 300 })
    const err = await failure(deploy)
    expect(err.message).toMatch(
      /^Resource Manager accepted the connection but did not answer POST …\/Microsoft\.Web\/sites\/mcp-app\/host\/default\/listkeys within 0\.3 s/
    )
  })

  it('without resource-group: the site itself is read after the list; two apps of the name are an error', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock)
    emu.faults.thinListing = true
    const { deploy } = start(emu, clock)
    await deploy // the listing leaves out the SCM host: only the GET of the site has it
    const siteGet = `/subscriptions/${emu.subscriptionId}/resourceGroups/${emu.resourceGroup}/providers/Microsoft.Web/sites/${emu.appName}?`
    expect(emu.requests.some(r => r.method === 'GET' && r.path.startsWith(siteGet))).toBe(true)

    const twin = await emulator(clock, { duplicateIn: 'rg-staging' })
    const err = await failure(start(twin, clock).deploy)
    expect(err.message).toBe(
      `2 apps are named mcp-app in subscription ${twin.subscriptionId}: in resource groups rg-mcp, rg-staging`
    )
    expect(err.hint).toMatch(/set resource-group/)
  })

  it('keys while the host restarts (400 ServiceUnavailable) are retried; every key listkeys returns is masked', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock)
    emu.faults.keysUnavailable = 3
    const { deploy, ui } = start(emu, clock)
    const dep = await deploy
    expect(dep.key).toBe(emu.keys.default)
    expect(ui.text()).toMatch(/the host is restarting \(HTTP 400 ServiceUnavailable/)
    expect(ui.secrets).toEqual(
      expect.arrayContaining([emu.keys.master, emu.keys.default, emu.keys.system])
    )
  })

  it('a settings write racing another writer keeps the other writer’s change', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock)
    emu.faults.concurrentSettingsWrite = { OTHER_TEAM_SETTING: 'kept' }
    // the profile layout needs its feature flag: a write
    const { deploy, ui } = start(emu, clock, {}, { layout: 'profile' })
    await deploy
    expect(emu.appSettings.AzureWebJobsFeatureFlags).toBe('EnableMcpCustomHandlerPreview')
    expect(emu.appSettings.OTHER_TEAM_SETTING).toBe('kept')
    expect(emu.appSettings.MCP_FUNCTIONS_DEPLOY_RECORD).toContain(pkg.sha256)
    expect(ui.text()).toMatch(/changed by another writer while this run read them; reading again/)
  })
})

describe('login and sovereign clouds', () => {
  it('US Government: the OIDC audience is the cloud’s, and a refused api-version falls back', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock, {
      oidcAudience: 'api://AzureADTokenExchangeUSGov',
      apiVersions: ['2022-03-01', '2023-12-01', '2024-04-01']
    })
    const getIDToken = jest.fn(async (aud: string) => fakeGithubIdToken({ aud }))
    const { deploy, ui } = start(
      emu,
      clock,
      { 'azure-environment': 'AzureUSGovernment' },
      { getIDToken }
    )
    const dep = await deploy
    expect(getIDToken).toHaveBeenCalledWith('api://AzureADTokenExchangeUSGov')
    expect(dep.deployed).toBe(true)
    expect(ui.text()).toMatch(/does not serve api-version 2025-05-01 here; using 2024-04-01/)
  })

  it('the audience input wins', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock, { oidcAudience: 'api://my-exchange' })
    const getIDToken = jest.fn(async (aud: string) => fakeGithubIdToken({ aud }))
    const { deploy } = start(emu, clock, { audience: 'api://my-exchange' }, { getIDToken })
    await deploy
    expect(getIDToken).toHaveBeenCalledWith('api://my-exchange')
  })
})

describe('the whole run under the worst of them', () => {
  const worst = (emu: AzureEmulator) => {
    emu.faults.recordGone = true
    emu.faults.latestGone = true
    emu.faults.coldStartMs = 45000
    emu.faults.blobUploadFailures = 2
    emu.faults.armConflicts = 1
    emu.faults.armRetryAfter = 3600
  }

  it('404s, a 45 s cold start, two transient upload errors, a 409 and Retry-After: 3600 end within timeout-minutes', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock, { runApp: true })
    trust = trustInProcess(emu.ca)
    worst(emu)
    const { deploy, ui, deadline } = start(emu, clock)
    const dep = await deploy
    const smoke = await smokeTest({
      endpoint: dep.endpoint,
      key: dep.key,
      authLevel: dep.authLevel,
      ui,
      deadline,
      diagnose: dep.diagnose
    })
    expect(smoke.tools).toEqual(['echo'])
    expect(deadline.elapsed()).toBeGreaterThan(45000)
    expect(deadline.elapsed()).toBeLessThan(15 * 60000)
  }, 30000)

  it('…and when the app never starts, the run still ends at timeout-minutes, not after it', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock, { runApp: true })
    trust = trustInProcess(emu.ca)
    worst(emu)
    emu.faults.hostNeverStarts = true
    const { deploy, ui, deadline } = start(emu, clock, { 'timeout-minutes': '3' })
    const run = deploy.then(dep =>
      smokeTest({
        endpoint: dep.endpoint,
        key: dep.key,
        authLevel: dep.authLevel,
        ui,
        deadline,
        diagnose: dep.diagnose
      })
    )
    const err = await failure(run)
    expect(err.message).toMatch(/limit set by timeout-minutes \(3 min\)/)
    expect(deadline.elapsed()).toBeLessThanOrEqual(3 * 60000)
  }, 30000)
})
