import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { AzureEmulator } from '../../test-support/azure-emulator/index.js'
import {
  RecordingUi,
  appFacts,
  fakeGithubIdToken,
  makePackage,
  nodeExamplePackage,
  EXTRACT_CACHE,
  tinyNodeApp,
  shortWaits
} from '../../test-support/azure-emulator/fixtures.js'
import { expectSmoke, oidcSettings, useEmulators, useLoopbackGuard } from './harness.js'

// Only core.getIDToken is replaced: the rest of @actions/core stays real.
const actual = await import('@actions/core')
const getIDToken = jest.fn(async (_aud?: string) => fakeGithubIdToken())
jest.unstable_mockModule('@actions/core', () => ({ ...actual, getIDToken }))

const { AzureTarget } = await import('../../src/targets/azure/index.js')

useLoopbackGuard()
const emus = useEmulators()
let emu: AzureEmulator

beforeEach(async () => {
  emu = await emus.start(
    { runtime: { name: 'node', version: '20' }, extractCache: EXTRACT_CACHE },
    { trust: true }
  )
})

describe('AzureTarget against the emulator (OIDC)', () => {
  it('deploys the tiny Node server with One Deploy, and the endpoint answers MCP with the key', async () => {
    const ui = new RecordingUi()
    const clock = shortWaits()
    const settings = oidcSettings(emu)
    const pkg = await makePackage(tinyNodeApp())
    const target = new AzureTarget({
      httpClient: emu.httpClient,
      authorityHost: emu.authorityHost,
      sleep: clock.sleep,
      now: clock.now
    })
    const dep = await target.deploy({ settings, pkg, app: appFacts('node'), ui })

    expect(getIDToken).toHaveBeenCalledWith('api://AzureADTokenExchange')
    expect(emu.counts.tokens).toBe(1)
    expect(dep.endpoint).toBe(`https://${emu.defaultHostName}/mcp`)
    expect(dep.key).toBe(emu.keys.default)
    expect(ui.secrets).toContain(emu.keys.default)
    expect(ui.text()).not.toContain(emu.keys.default)
    expect(dep.deployed).toBe(true)
    expect(emu.counts.uploadsCompleted).toBe(1)
    expect(emu.deployments[0].deployer).toBe('mcp-functions-deploy')
    expect(
      emu.requests.some(
        r =>
          r.port === 'scm' &&
          r.path.startsWith('/api/publish?RemoteBuild=false&Deployer=mcp-functions-deploy')
      )
    ).toBe(true)
    // Flex: the platform syncs the triggers after One Deploy (as Core Tools and the CLI rely on)
    expect(emu.counts.syncs).toBe(0)
    expect(emu.tags['mcp-functions-deploy-sha256']).toBe(pkg.sha256)
    expect(dep.details.map(d => d[0])).toEqual(
      expect.arrayContaining([
        'App',
        'Plan',
        'Runtime',
        'Package',
        'Time: upload',
        'Time: deployment'
      ])
    )

    await expectSmoke(dep, ui, clock.sleep, ['echo'])
  })

  it('deploys the Node example (official SDK) and smoke-tests it', async () => {
    const ui = new RecordingUi()
    const clock = shortWaits()
    const settings = oidcSettings(emu, {
      'resource-group': emu.resourceGroup
    })
    const pkg = await nodeExamplePackage()
    const target = new AzureTarget({
      httpClient: emu.httpClient,
      authorityHost: emu.authorityHost,
      sleep: clock.sleep,
      now: clock.now
    })
    const dep = await target.deploy({ settings, pkg, app: appFacts('node'), ui })
    // the resource group was given: no listing of the subscription's sites
    expect(
      emu.requests.some(
        r =>
          r.port === 'main' &&
          /\/subscriptions\/[^/]+\/providers\/Microsoft\.Web\/sites\?/i.test(r.path)
      )
    ).toBe(false)
    await expectSmoke(dep, ui, clock.sleep, ['get_alerts', 'get_forecast'])
  }, 60000)

  it('a second identical deploy writes no settings; with skip-unchanged nothing is uploaded', async () => {
    const clock = shortWaits(20)
    const settings = oidcSettings(emu)
    const pkg = await makePackage(tinyNodeApp())
    const app = {
      ...appFacts('node', 'profile'),
      appSettings: { AzureWebJobsFeatureFlags: 'EnableMcpCustomHandlerPreview', MCP_GREETING: 'hi' }
    }
    emu.appSettings.AzureWebJobsFeatureFlags = 'EnableWorkerIndexing'
    const target = new AzureTarget({
      httpClient: emu.httpClient,
      authorityHost: emu.authorityHost,
      sleep: clock.sleep,
      now: clock.now,
      getIDToken
    })

    const first = await target.deploy({ settings, pkg, app, ui: new RecordingUi() })
    expect(first.settingsWritten).toEqual([
      'AzureWebJobsFeatureFlags',
      'MCP_GREETING',
      'MCP_FUNCTIONS_DEPLOY_RECORD'
    ])
    expect(first.details).toContainEqual([
      'Since the last deploy',
      'no earlier record: this is the first deploy made by mcp-functions-deploy on this app'
    ])
    expect(emu.appSettings.AzureWebJobsFeatureFlags).toBe(
      'EnableWorkerIndexing,EnableMcpCustomHandlerPreview'
    )
    // the settings before the upload, the record only after the deployment succeeded
    expect(emu.counts.settingsWrites).toBe(2)

    const ui2 = new RecordingUi()
    const second = await target.deploy({ settings, pkg, app, ui: ui2 })
    expect(second.settingsWritten).toEqual([])
    expect(emu.counts.settingsWrites).toBe(2)
    expect(emu.counts.uploadsCompleted).toBe(2)
    expect(emu.counts.tagWrites).toBe(1) // the hash did not change: no second tag write
    expect(ui2.text()).toContain('app settings: nothing to change')
    expect(second.details.find(d => d[0] === 'Since the last deploy')?.[1]).toMatch(
      /^nothing changed: package [0-9a-f]{12} and its 0 dependency versions are as deployed before$/
    )

    const skipping = { ...settings, skipUnchanged: true }
    const third = await target.deploy({ settings: skipping, pkg, app, ui: new RecordingUi() })
    expect(third.deployed).toBe(false)
    expect(emu.counts.uploadAttempts).toBe(2)
    expect(emu.counts.settingsWrites).toBe(2)
    expect(third.key).toBe(emu.keys.default)
    expect(third.endpoint).toBe(`https://${emu.defaultHostName}/mcp`)
    expect(third.details).toContainEqual(['Deployment', 'skipped: package unchanged'])

    // a different package with skip-unchanged is uploaded
    const other = await makePackage(tinyNodeApp())
    const changedDir = tinyNodeApp()
    writeFileSync(path.join(changedDir, 'extra.txt'), 'x')
    const changed = await makePackage(changedDir)
    expect(other.sha256).toBe(pkg.sha256) // writeZip is deterministic
    const fourth = await target.deploy({
      settings: skipping,
      pkg: changed,
      app,
      ui: new RecordingUi()
    })
    expect(fourth.deployed).toBe(true)
    expect(fourth.details.find(d => d[0] === 'Since the last deploy')?.[1]).toBe(
      `package ${pkg.sha256.slice(0, 12)} → ${changed.sha256.slice(0, 12)}; dependencies: unchanged (the code or artifacts changed)`
    )
    expect(emu.tags['mcp-functions-deploy-sha256']).toBe(changed.sha256)
  })
})
