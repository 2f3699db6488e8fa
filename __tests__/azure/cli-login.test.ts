import { chmodSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import {
  RecordingUi,
  appFacts,
  emulatorSettings,
  localPython,
  makePackage,
  pythonExamplePackage,
  EXTRACT_CACHE,
  tempDir,
  tinyNodeApp,
  shortWaits
} from '../../test-support/azure-emulator/fixtures.js'
import { expectSmoke, failure, useEmulators, useLoopbackGuard } from './harness.js'

// Jest gives the test a copy of process.env, which child processes do not see: this passes the
// test's environment (PATH with the fake az) to the `az` that AzureCliCredential runs. Nothing else changes.
const realChildProcess = await import('child_process')
const execWithTestEnv = (
  cmd: string,
  opts: Record<string, unknown>,
  cb: (...a: unknown[]) => void
) => realChildProcess.exec(cmd, { ...opts, env: { ...process.env } }, cb as never)
const mocked = { ...realChildProcess, exec: execWithTestEnv }
jest.unstable_mockModule('child_process', () => ({ ...mocked, default: mocked }))

const { AzureTarget, readSiteRuntime } = await import('../../src/targets/azure/index.js')

// The Azure CLI session (what azure/login leaves): AzureCliCredential runs
// `az account get-access-token`; a fake az on PATH prints the emulator's token.

useLoopbackGuard()
const emus = useEmulators()
const savedEnv = { ...process.env }

beforeAll(() => {
  for (const k of [
    'AZURE_CLIENT_ID',
    'AZURE_TENANT_ID',
    'AZURE_CLIENT_SECRET',
    'AZURE_CLIENT_CERTIFICATE_PATH',
    'AZURE_AUTHORITY_HOST'
  ])
    delete process.env[k]
})
afterEach(() => {
  process.env.PATH = savedEnv.PATH
  for (const k of ['AZURE_CLIENT_ID', 'AZURE_TENANT_ID', 'AZURE_CLIENT_SECRET'])
    delete process.env[k]
})

describe('Azure CLI session login', () => {
  it('deploys the Python example (real mcp 2.x, site runtime = the local Python) and smoke-tests it', async () => {
    const py = localPython()
    const emu = await emus.start(
      { runtime: { name: 'python', version: py }, extractCache: EXTRACT_CACHE },
      { trust: true }
    )
    const azDir = emu.writeFakeAz()
    process.env.PATH = `${azDir}${path.delimiter}${savedEnv.PATH}`
    const ui = new RecordingUi()
    const clock = shortWaits()
    const deps = {
      httpClient: emu.httpClient,
      authorityHost: emu.authorityHost,
      sleep: clock.sleep,
      now: clock.now
    }
    // no resource-group: found by listing the subscription's sites
    const settings = emulatorSettings(emu)
    expect(settings.resourceGroup).toBe('')

    const runtime = await readSiteRuntime(settings, ui, 'python', deps)
    expect(runtime).toMatchObject({
      pythonVersion: py,
      flex: true,
      plan: 'Flex Consumption',
      resourceGroup: emu.resourceGroup,
      loginMethod: 'azure-cli'
    })
    expect(runtime.scmHost).toBe(emu.scmHost)

    const pkg = await pythonExamplePackage()
    const dep = await new AzureTarget(deps).deploy({ settings, pkg, app: appFacts('python'), ui })
    expect(readFileSync(path.join(azDir, 'calls.log'), 'utf8')).toMatch(
      /^account get-access-token --output json --resource https:\/\/management\.core\.windows\.net\/\s/
    )
    // one az call for the whole run: the deploy reused readSiteRuntime's session and the token
    expect(readFileSync(path.join(azDir, 'calls.log'), 'utf8').trim().split('\n')).toHaveLength(1)
    expect(emu.counts.tokens).toBe(0) // no token service call: the CLI gave the token
    expect(dep.settingsWritten).toEqual(['PYTHONPATH', 'MCP_FUNCTIONS_DEPLOY_RECORD'])
    expect(emu.appSettings.PYTHONPATH).toBe('/home/site/wwwroot/.python_packages/lib/site-packages')
    expect(emu.appSettings.APPLICATIONINSIGHTS_CONNECTION_STRING).toBeDefined() // merged, not replaced
    expect(dep.details).toContainEqual(['Runtime', `python ${py}`])

    await expectSmoke(dep, ui, clock.sleep, ['get_alerts', 'get_forecast'])
  }, 120000)

  it('auto with neither a CLI session nor AZURE_* variables says what to set', async () => {
    const emu = await emus.start({ runApp: false })
    const bin = tempDir('az-logged-out-')
    writeFileSync(
      path.join(bin, 'az'),
      `#!/bin/sh\necho "ERROR: Please run 'az login' to setup account." >&2\nexit 1\n`
    )
    chmodSync(path.join(bin, 'az'), 0o755)
    process.env.PATH = `${bin}${path.delimiter}${savedEnv.PATH}`
    const err = await failure(
      new AzureTarget({
        httpClient: emu.httpClient,
        authorityHost: emu.authorityHost
      }).deploy({
        settings: emulatorSettings(emu),
        pkg: await makePackage(tinyNodeApp()),
        app: appFacts('node'),
        ui: new RecordingUi()
      })
    )
    expect(err.message).toMatch(
      /^no Azure login found: tried the Azure CLI session \(.*az login.*\) and the environment/
    )
    expect(err.hint).toMatch(/client-id and tenant-id .*id-token: write.*azure\/login/)
  })

  it('falls back to the environment (client secret flow against the token service)', async () => {
    const emu = await emus.start({ runApp: false, runtime: { name: 'node', version: '22' } })
    process.env.PATH = path.dirname(process.execPath) // no az at all
    process.env.AZURE_TENANT_ID = emu.tenantId
    process.env.AZURE_CLIENT_ID = emu.clientId
    process.env.AZURE_CLIENT_SECRET = emu.clientSecret
    const ui = new RecordingUi()
    const clock = shortWaits()
    const dep = await new AzureTarget({
      httpClient: emu.httpClient,
      authorityHost: emu.authorityHost,
      sleep: clock.sleep,
      now: clock.now
    }).deploy({
      settings: emulatorSettings(emu),
      pkg: await makePackage(tinyNodeApp()),
      app: appFacts('node'),
      ui
    })
    expect(dep.deployed).toBe(true)
    expect(emu.counts.tokens).toBe(1)
    expect(dep.details).toContainEqual(['Login', 'environment variables (AZURE_CLIENT_ID…)'])
  })

  it('a Python server on an app with another runtime is refused before packaging', async () => {
    const emu = await emus.start({ runApp: false, runtime: { name: 'node', version: '22' } })
    process.env.PATH = `${emu.writeFakeAz()}${path.delimiter}${savedEnv.PATH}`
    const err = await failure(
      readSiteRuntime(emulatorSettings(emu), new RecordingUi(), 'python', {
        httpClient: emu.httpClient,
        authorityHost: emu.authorityHost
      })
    )
    expect(err.message).toBe(`${emu.appName} runs node 22, but this is a Python server`)
  })
})
