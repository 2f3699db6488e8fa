/**
 * endpoint-auth entra end to end through the emulator and the real SDK clients: authsettingsV2
 * written (only the owned fields), the PRM app setting, the 401 + metadata at the door, and the
 * MCP smoke test with a bearer token from the emulator's token service; idempotence; the revert
 * to key; a 403 on the auth write rolled back; an app without the feature.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { AzureEmulator } from '../../test-support/azure-emulator/index.js'
import { freshAuthSettings } from '../../test-support/azure-emulator/entra.js'
import {
  RecordingUi,
  appFacts,
  fakeGithubIdToken,
  makePackage,
  tinyNodeApp,
  shortWaits
} from '../../test-support/azure-emulator/fixtures.js'
import { oidcSettings, useEmulators, useLoopbackGuard } from './harness.js'

const actual = await import('@actions/core')
const getIDToken = jest.fn(async (_aud?: string) => fakeGithubIdToken())
jest.unstable_mockModule('@actions/core', () => ({ ...actual, getIDToken }))

const { AzureTarget } = await import('../../src/targets/azure/index.js')
const { verifySignIn } = await import('../../src/verify/entra.js')
const { PRM_SETTING, SIGNIN_RECORD_SETTING } = await import('../../src/targets/azure/entra.js')

const SERVER_APP = '5d1f0a4e-3c2b-4a1d-9e8f-7a6b5c4d3e2f'
const VSCODE = 'aebc6443-996d-45c2-90f0-388ff96faa56'

useLoopbackGuard()
const emus = useEmulators()
let emu: AzureEmulator

beforeEach(async () => {
  emu = await emus.start({ runtime: { name: 'node', version: '20' } }, { trust: true })
})

/** The tiny server as the stage makes it under entra: the function anonymous. */
async function anonymousPackage() {
  const dir = tinyNodeApp()
  const fj = path.join(dir, 'mcp-handler', 'function.json')
  writeFileSync(
    fj,
    readFileSync(fj, 'utf8').replace('"authLevel":"function"', '"authLevel":"anonymous"')
  )
  return makePackage(dir)
}

function entraInputs(extra: Record<string, string> = {}) {
  return oidcSettings(emu, {
    'endpoint-auth': 'entra',
    'entra-client-id': SERVER_APP,
    'entra-allowed-client-ids': `${VSCODE}, ${emu.clientId}`,
    ...extra
  })
}

function target() {
  const clock = shortWaits()
  return {
    clock,
    t: new AzureTarget({
      httpClient: emu.httpClient,
      authorityHost: emu.authorityHost,
      sleep: clock.sleep,
      now: clock.now
    })
  }
}

const aad = () =>
  (emu.signIn.authSettings.identityProviders as Record<string, Record<string, unknown>>)
    .azureActiveDirectory as {
    enabled: boolean
    registration: Record<string, unknown>
    login: Record<string, unknown>
    validation: {
      allowedAudiences?: string[]
      defaultAuthorizationPolicy?: Record<string, unknown>
    }
  }

describe('endpoint-auth entra against the emulator', () => {
  it('configures App Service authentication and the metadata, verifies door and room, is idempotent, and reverts to key', async () => {
    const ui = new RecordingUi()
    const { t, clock } = target()
    const pkg = await anonymousPackage()
    const app = { ...appFacts('node'), authLevel: 'anonymous' as const }
    const dep = await t.deploy({ settings: entraInputs(), pkg, app, ui })

    // authsettingsV2: the owned fields, the rest as it was
    const auth = emu.signIn.authSettings as Record<string, Record<string, unknown>>
    expect(auth.platform.enabled).toBe(true)
    expect(auth.globalValidation).toMatchObject({
      requireAuthentication: true,
      unauthenticatedClientAction: 'Return401'
    })
    expect(aad().registration).toEqual({
      clientId: SERVER_APP,
      openIdIssuer: `${emu.authorityHost}/${emu.tenantId}/v2.0`
    })
    expect(aad().validation.allowedAudiences).toEqual([`api://${SERVER_APP}`, SERVER_APP])
    expect(aad().validation.defaultAuthorizationPolicy).toEqual({
      allowedPrincipals: {},
      allowedApplications: [VSCODE, emu.clientId]
    })
    const fresh = freshAuthSettings() as Record<string, Record<string, unknown>>
    expect(auth.httpSettings).toEqual(fresh.httpSettings)
    expect(auth.login).toEqual(fresh.login)
    expect((auth.identityProviders as Record<string, unknown>).facebook).toEqual(
      (fresh.identityProviders as Record<string, unknown>).facebook
    )
    expect(emu.appSettings[PRM_SETTING]).toBe(`api://${SERVER_APP}/user_impersonation`)
    expect(emu.appSettings[SIGNIN_RECORD_SETTING]).toBeDefined()
    expect(emu.signIn.counts.authWrites).toBe(1)
    expect(dep.key).toBeUndefined()
    expect(dep.signIn?.scope).toBe(`api://${SERVER_APP}/user_impersonation`)

    const v = await verifySignIn({
      endpoint: dep.endpoint,
      signIn: dep.signIn!,
      ui,
      sleep: clock.sleep
    })
    expect(v.challenge).toMatch(/^Bearer /)
    expect(v.metadataUrl).toBe(
      `https://${emu.defaultHostName}/.well-known/oauth-protected-resource/mcp`
    )
    expect(v.room).toBe(true)
    expect(v.tools).toEqual(['echo'])
    expect(emu.signIn.counts.appTokens).toBe(1)
    expect(emu.signIn.counts.refusedAtDoor).toBeGreaterThanOrEqual(2)
    // The bearer token is masked and never printed.
    expect(ui.secrets.some(x => x.startsWith('eyJ'))).toBe(true)
    expect(ui.text()).not.toMatch(/eyJ[\w-]+\.eyJ/)

    // The same deploy again writes nothing (each write restarts the app).
    const writes = { auth: emu.signIn.counts.authWrites, settings: emu.counts.settingsWrites }
    await t.deploy({ settings: entraInputs(), pkg, app, ui: new RecordingUi() })
    expect(emu.signIn.counts.authWrites).toBe(writes.auth)
    expect(emu.counts.settingsWrites).toBe(writes.settings)

    // Back to key: exactly what this action wrote is put back.
    const keyUi = new RecordingUi()
    const keyDep = await t.deploy({
      settings: oidcSettings(emu),
      pkg: await makePackage(tinyNodeApp()),
      app: appFacts('node'),
      ui: keyUi
    })
    expect(emu.signIn.authSettings).toEqual(freshAuthSettings())
    expect(emu.appSettings[PRM_SETTING]).toBeUndefined()
    expect(emu.appSettings[SIGNIN_RECORD_SETTING]).toBeUndefined()
    expect(keyDep.key).toBe(emu.keys.default)
    expect(keyDep.signIn).toBeUndefined()
    const door = await fetch(keyDep.endpoint, { method: 'POST', body: '{}' })
    expect(door.status).toBe(401) // the function key guards it again
    expect(door.headers.get('www-authenticate')).toBeNull()

    // A key deploy on an app without the mark reads no auth settings at all.
    const reads = emu.signIn.counts.authReads
    await t.deploy({
      settings: oidcSettings(emu),
      pkg: await makePackage(tinyNodeApp()),
      app: appFacts('node'),
      ui: new RecordingUi()
    })
    expect(emu.signIn.counts.authReads).toBe(reads)
  })

  it('a 403 on the auth write fails with the missing permission and puts the app settings back', async () => {
    emu.signIn.faults.forbidAuthWrite = true
    const before = { ...emu.appSettings }
    const ui = new RecordingUi()
    const { t } = target()
    const err = await t
      .deploy({
        settings: entraInputs(),
        pkg: await anonymousPackage(),
        app: { ...appFacts('node'), authLevel: 'anonymous' },
        ui
      })
      .catch((e: unknown) => e as Error)
    expect(err).toBeInstanceOf(Error)
    expect((err as Error).message).toMatch(
      /authsettingsV2.*access denied \(HTTP 403\).*lacks Microsoft\.Web\/sites\/config\/write/
    )
    expect((err as Error).message.split('\n')).toHaveLength(1)
    expect(emu.appSettings[PRM_SETTING]).toBeUndefined()
    expect(emu.appSettings[SIGNIN_RECORD_SETTING]).toBeUndefined()
    for (const [k, v] of Object.entries(before)) expect(emu.appSettings[k]).toBe(v)
    expect(emu.signIn.authSettings).toEqual(freshAuthSettings())
    expect(emu.deployments).toHaveLength(0) // nothing uploaded
  })

  it('entra on an app without App Service authentication fails before writing anything', async () => {
    emu.signIn.faults.unavailable = true
    const { t } = target()
    await expect(
      t.deploy({
        settings: entraInputs(),
        pkg: await anonymousPackage(),
        app: { ...appFacts('node'), authLevel: 'anonymous' },
        ui: new RecordingUi()
      })
    ).rejects.toThrow(/App Service authentication \(authsettingsV2\) is not available for mcp-app/)
    expect(emu.counts.settingsWrites).toBe(0)
    expect(emu.deployments).toHaveLength(0)
  })

  it('checks the door but not the room when the deploying identity gets no token, or is not an allowed client', async () => {
    const pkg = await anonymousPackage()
    const app = { ...appFacts('node'), authLevel: 'anonymous' as const }
    const ui = new RecordingUi()
    emu.signIn.faults.noAppTokens = true
    const first = target()
    const dep = await first.t.deploy({ settings: entraInputs(), pkg, app, ui })
    const v = await verifySignIn({
      endpoint: dep.endpoint,
      signIn: dep.signIn!,
      ui,
      sleep: first.clock.sleep
    })
    expect(v.room).toMatch(/checked the door but not the room: .*AADSTS500011/)
    expect(v.tools).toEqual([])

    emu.signIn.faults.noAppTokens = false
    const second = target()
    const dep2 = await second.t.deploy({
      settings: entraInputs({ 'entra-allowed-client-ids': VSCODE }),
      pkg,
      app,
      ui
    })
    const v2 = await verifySignIn({
      endpoint: dep2.endpoint,
      signIn: dep2.signIn!,
      ui,
      sleep: second.clock.sleep
    })
    expect(v2.room).toMatch(
      /checked the door but not the room: .*not among entra-allowed-client-ids/
    )
    // …and the platform indeed refuses that identity's token (403), so the smoke test could not run.
    const token = await emu.signIn.issue({ aud: `api://${SERVER_APP}`, appid: emu.clientId })
    const res = await fetch(dep2.endpoint, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: '{}'
    })
    expect(res.status).toBe(403)
  })
})
