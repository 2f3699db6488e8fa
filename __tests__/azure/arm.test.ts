import { describe, expect, it, jest } from '@jest/globals'
import type { AzureEmulator } from '../../test-support/azure-emulator/index.js'
import { fakeGithubIdToken, virtualClock } from '../../test-support/azure-emulator/fixtures.js'
import { useClockSuite } from './clock-run.js'
import { failure, useLoopbackGuard } from './harness.js'

// Resource Manager, the other Linux plans, sovereign-cloud login, and the whole run under the
// worst of Azure's answers at once (issue 13), end to end against the HTTPS emulator.

useLoopbackGuard()
const { emus, pkg, emulator, start } = await useClockSuite()

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

  it.each([
    [
      'upload',
      /accepted the connection but did not answer POST \/api\/publish \(the package upload\) within 0\.3 s/
    ],
    [
      'listkeys',
      /^Resource Manager accepted the connection but did not answer POST …\/Microsoft\.Web\/sites\/mcp-app\/host\/default\/listkeys within 0\.3 s/
    ]
  ] as const)(
    'an accepted-but-silent %s ends with a message naming it',
    async (silent, message) => {
      const clock = virtualClock()
      const emu = await emulator(clock)
      emu.faults.silent = silent
      const { deploy } = start(emu, clock, {}, { requestTimeoutMs: 300 })
      const err = await failure(deploy)
      expect(err.message).toMatch(message)
    }
  )

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
    emus.trust(emu)
    worst(emu)
    const { smoke: smokeRun, deadline } = start(emu, clock)
    const smoke = await smokeRun()
    expect(smoke.tools).toEqual(['echo'])
    expect(deadline.elapsed()).toBeGreaterThan(45000)
    expect(deadline.elapsed()).toBeLessThan(15 * 60000)
  }, 30000)

  it('…and when the app never starts, the run still ends at timeout-minutes, not after it', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock, { runApp: true })
    emus.trust(emu)
    worst(emu)
    emu.faults.hostNeverStarts = true
    const { smoke, deadline } = start(emu, clock, { 'timeout-minutes': '3' })
    const err = await failure(smoke())
    expect(err.message).toMatch(/limit set by timeout-minutes \(3 min\)/)
    expect(deadline.elapsed()).toBeLessThanOrEqual(3 * 60000)
  }, 30000)
})
