import { describe, expect, it } from '@jest/globals'
import { AzureTarget } from '../../src/targets/azure/index.js'
import type { AzureEmulator, EmulatorOptions } from '../../test-support/azure-emulator/index.js'
import {
  RecordingUi,
  appFacts,
  fakeGithubIdToken,
  makePackage,
  tinyNodeApp,
  virtualClock
} from '../../test-support/azure-emulator/fixtures.js'
import { failure, oidcSettings, useEmulators, useLoopbackGuard } from './harness.js'

// Fault switches, end to end: the real SDK clients and the Kudu protocol against the emulator.
// The app is not run here (runApp: false): these are about the deploy, not the server.

const guard = useLoopbackGuard()
const emus = useEmulators({ runApp: false, runtime: { name: 'node', version: '22' } })
const pkg = await makePackage(tinyNodeApp())

const emulator = (opts: EmulatorOptions = {}): Promise<AzureEmulator> => emus.start(opts)

async function deploy(
  emu: AzureEmulator,
  inputs: Record<string, string> = {},
  getIDToken = async () => fakeGithubIdToken()
) {
  const ui = new RecordingUi()
  const clock = virtualClock()
  const target = new AzureTarget({
    httpClient: emu.httpClient,
    authorityHost: emu.authorityHost,
    sleep: clock.sleep,
    now: clock.now,
    random: () => 0.5, // the jitter's middle: waits are the backoff's own values
    getIDToken
  })
  const settings = oidcSettings(emu, inputs)
  const run = target.deploy({ settings, pkg, app: appFacts('node'), ui })
  return { ui, clock, run }
}

describe('upload faults are retried, re-streaming the whole file', () => {
  it('409 once (another deployment running): waits, uploads again, succeeds', async () => {
    const emu = await emulator()
    emu.faults.conflictOnce = true
    const { run, clock, ui } = await deploy(emu)
    const dep = await run
    expect(dep.uploadAttempts).toBe(2)
    expect(emu.counts.uploadAttempts).toBe(2)
    expect(emu.counts.uploadsCompleted).toBe(1)
    expect(emu.deployments[0].bytes).toBe(pkg.bytes)
    expect(clock.sleeps[0]).toBe(2000)
    expect(ui.text()).toMatch(
      /upload attempt 1: HTTP 409 \(another deployment is running\); retrying in 2\.0 s/
    )
  })

  it('429 once honours Retry-After', async () => {
    const emu = await emulator()
    emu.faults.throttleOnce = 7
    const { run, clock } = await deploy(emu)
    const dep = await run
    expect(dep.uploadAttempts).toBe(2)
    expect(clock.sleeps[0]).toBe(7000)
    expect(emu.counts.uploadsCompleted).toBe(1)
  })

  it('500 once: retried with backoff', async () => {
    const emu = await emulator()
    emu.faults.serverErrorOnce = true
    const { run, clock } = await deploy(emu)
    const dep = await run
    expect(dep.uploadAttempts).toBe(2)
    expect(clock.sleeps[0]).toBe(2000)
    expect(dep.deployed).toBe(true)
  })

  it('a connection dropped mid-upload: the file is sent again from its start', async () => {
    const emu = await emulator()
    emu.faults.dropUploadOnce = true
    const { run, ui } = await deploy(emu)
    const dep = await run
    expect(dep.uploadAttempts).toBe(2)
    expect(emu.counts.uploadAttempts).toBe(2)
    expect(emu.deployments).toHaveLength(1)
    expect(emu.deployments[0].bytes).toBe(pkg.bytes)
    expect(ui.text()).toMatch(/upload attempt 1: connection failed/)
  })

  it('gives up after the bounded number of attempts', async () => {
    const emu = await emulator()
    let n = 0
    const again = setInterval(() => {
      emu.faults.serverErrorOnce = true
      n++
    }, 1)
    try {
      const { run, clock } = await deploy(emu)
      const err = await failure(run)
      expect(err.message).toMatch(/failed after 6 attempts; last: HTTP 500/)
      expect(clock.sleeps.slice(0, 5)).toEqual([2000, 4000, 8000, 16000, 30000])
    } finally {
      clearInterval(again)
    }
    expect(n).toBeGreaterThan(0)
  })
})

describe('deployment outcomes', () => {
  it('a failed deployment ends the run with the tail of its log', async () => {
    const emu = await emulator()
    emu.faults.failDeployment = [
      'Error: ENOSPC: no space left on device, write',
      'Deployment Failed. deployer = mcp-functions-deploy'
    ]
    const { run, ui } = await deploy(emu)
    const err = await failure(run)
    expect(err.message).toMatch(
      /^deployment [0-9a-f-]+ ended Failed: .*ENOSPC: no space left on device/
    )
    expect(ui.text()).toContain('Error: ENOSPC: no space left on device, write')
    expect(ui.lines.some(l => l.startsWith('error: deployment'))).toBe(true)
    expect(emu.counts.syncs).toBe(0)
    expect(emu.counts.tagWrites).toBe(0)
  })

  it('a deployment that never finishes fails at timeout-minutes, measured on the injected clock', async () => {
    const emu = await emulator()
    emu.faults.neverFinish = true
    const { run, clock } = await deploy(emu, { 'timeout-minutes': '2' })
    const err = await failure(run)
    expect(err.message).toMatch(
      /did not finish \(last status: Building; see .*\): gave up after .* at the limit set by timeout-minutes \(2 min\)$/
    )
    const waited = clock.sleeps.reduce((a, b) => a + b, 0)
    expect(waited).toBeGreaterThan(110000)
    expect(waited).toBeLessThanOrEqual(120000)
    expect(Math.max(...clock.sleeps)).toBeLessThanOrEqual(5000)
  })
})

describe('login failures', () => {
  it('a refused token names the subject and the federated credential to add, without dumping the token', async () => {
    const emu = await emulator()
    emu.faults.refuseToken = true
    const jwt = fakeGithubIdToken({ sub: 'repo:octo/mcp-server:environment:production' })
    const { run, ui } = await deploy(emu, {}, async () => jwt)
    const err = await failure(run)
    expect(err.message).toBe(
      `GitHub OIDC login refused: no federated credential on app ${emu.clientId} matches subject "repo:octo/mcp-server:environment:production"`
    )
    expect(err.hint).toMatch(
      /issuer https:\/\/token\.actions\.githubusercontent\.com, subject repo:octo\/mcp-server:environment:production and audience api:\/\/AzureADTokenExchange/
    )
    expect(`${err.message} ${err.hint} ${ui.text()}`).not.toContain(jwt)
    expect(ui.secrets).toContain(jwt)
    expect(emu.counts.uploadAttempts).toBe(0)
  })

  it('no ID token from the runner says to grant id-token: write', async () => {
    const emu = await emulator()
    const { run } = await deploy(emu, {}, async () => {
      throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable')
    })
    const err = await failure(run)
    expect(err.message).toMatch(
      /^GitHub OIDC login: the runner gave no ID token \(.*ACTIONS_ID_TOKEN_REQUEST_URL/
    )
    expect(err.hint).toContain('permissions: id-token: write')
  })

  it('managed identity is only used when asked for — and then it goes to the metadata address', async () => {
    const emu = await emulator()
    const before = guard.violations.length
    const { run } = await deploy(emu, {
      auth: 'managed-identity',
      'client-id': '',
      'tenant-id': ''
    })
    const err = await failure(run)
    expect(err.message).toMatch(/^login with managed identity failed/)
    // the loopback guard refused it: proof that the other tests never went there
    expect(guard.violations.slice(before).some(v => v.startsWith('169.254.169.254'))).toBe(true)
    guard.violations.splice(before)
  })
})

describe('the site', () => {
  it('a plan other than Flex gets zip deploy and the Location it returns', async () => {
    const emu = await emulator({ plan: 'premium' })
    const { run } = await deploy(emu)
    const dep = await run
    expect(dep.site.flex).toBe(false)
    expect(dep.site.plan).toBe('Elastic Premium')
    expect(emu.deployments[0].kind).toBe('zipdeploy')
    expect(
      emu.requests.some(r => r.port === 'scm' && r.path.startsWith('/api/deployments/latest'))
    ).toBe(true)
  })

  it('a Windows app is a clear error before anything is uploaded', async () => {
    const emu = await emulator({ plan: 'windows' })
    const { run } = await deploy(emu)
    const err = await failure(run)
    expect(err.message).toBe(
      `${emu.appName} is a Windows function app; MCP custom handlers are deployed to Linux apps`
    )
    expect(emu.counts.uploadAttempts).toBe(0)
  })

  it('an unknown app in a given resource group is a clear error', async () => {
    const emu = await emulator()
    const { run } = await deploy(emu, { 'app-name': 'nope', 'resource-group': 'rg-mcp' })
    const err = await failure(run)
    expect(err.message).toMatch(/^function app nope not found in resource group rg-mcp/)
  })
})
