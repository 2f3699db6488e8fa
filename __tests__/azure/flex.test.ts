import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import type { AzureEmulator } from '../../test-support/azure-emulator/index.js'
import { runnerCommands } from '../../test-support/runner-commands.js'
import {
  makePackage,
  tinyNodeApp,
  virtualClock
} from '../../test-support/azure-emulator/fixtures.js'
import { useClockSuite } from './clock-run.js'
import { failure, useLoopbackGuard, type Clock } from './harness.js'

// Azure as it behaves on Flex Consumption (issue 13), end to end: the real SDK clients and the
// Kudu protocol against the HTTPS emulator, one deadline on a virtual clock shared with the
// emulator, so a 45 s cold start costs milliseconds.

useLoopbackGuard()
const { pkg, emulator, start } = await useClockSuite({ trust: true })

const waited = (clock: Clock) => clock.sleeps.reduce((a, b) => a + b, 0)
/** 404s the deployment's own record route answered. */
const record404s = (emu: AzureEmulator) =>
  emu.requests.filter(
    r => r.port === 'scm' && /^\/api\/deployments\/[0-9a-f-]{36}$/.test(r.path) && r.status === 404
  ).length
// Polls are cheap virtual sleeps while the emulator unpacks in real time: on a loaded machine the
// virtual wait grows, so the bound asserted is "nowhere near timeout-minutes", and the 404s counted.

describe('the deployment record answers 404', () => {
  it('after a few 404s the latest deployment confirms success within seconds, not timeout-minutes', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock)
    emu.faults.recordGone = true
    const { deploy, ui } = start(emu, clock)
    const dep = await deploy
    expect(dep.deployed).toBe(true)
    expect(ui.text()).toMatch(/its record answers 404; following the latest deployment instead/)
    expect(record404s(emu)).toBe(5)
    expect(waited(clock)).toBeLessThan(60000)
  })

  it('with no record anywhere, the host status decides: running → done, the smoke test confirms', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock)
    emu.faults.recordGone = true
    emu.faults.latestGone = true
    const { deploy, ui } = start(emu, clock)
    await deploy
    expect(emu.counts.hostStatusReads).toBe(1)
    expect(ui.text()).toMatch(
      /the SCM site lost its record \(HTTP 404\); the host runs \(host state Running\)/
    )
    expect(record404s(emu)).toBe(5)
    expect(waited(clock)).toBeLessThan(60000)
    // the record is written after the confirmed deployment
    expect(emu.appSettings.MCP_FUNCTIONS_DEPLOY_RECORD).toContain(pkg.sha256)
  })

  it('a failed deployment whose record answers 404 fails within seconds, with its log', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock)
    emu.faults.recordGone = true
    emu.faults.failDeployment = ['ModuleNotFoundError: No module named mcp']
    const { deploy, ui } = start(emu, clock)
    const err = await failure(deploy)
    expect(err.message).toMatch(/ended Failed: .*ModuleNotFoundError/)
    expect(ui.text()).toContain('ModuleNotFoundError: No module named mcp')
    expect(record404s(emu)).toBe(5)
    expect(waited(clock)).toBeLessThan(60000)
    // nothing recorded for a deployment that did not succeed
    expect(emu.appSettings.MCP_FUNCTIONS_DEPLOY_RECORD).toBeUndefined()
    expect(emu.tags['mcp-functions-deploy-sha256']).toBeUndefined()
  })
})

describe('what Kudu says is printed as text, never as a runner command', () => {
  it('log lines with workflow commands, a bare CR and ESC sequences are neutralised', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock)
    emu.faults.failDeployment = [
      '::add-mask::oops',
      'pip failed\r::set-output name=key::stolen',
      'ok ##[error]injected \u001b]52;c;Y2xpcA==\u0007 \u001b[2J end'
    ]
    const { deploy, ui } = start(emu, clock)
    const err = await failure(deploy)
    const printed = [...ui.lines, err.message]
    for (const line of printed.flatMap(l => l.split(/\r\n|\r|\n/))) {
      expect(line).not.toMatch(/^\s*::/)
      expect(line).not.toContain('##[')
      expect(line).not.toContain('\u001b')
    }
    expect(ui.text()).toContain('pip failed')
  })
})

describe('Kudu’s deployment log, live (issue 14)', () => {
  it('each line is printed once, as it appears, before the deployment ends, and hostile lines stay text', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock)
    emu.faults.growingLog = {
      everyMs: 3000,
      steps: [
        { message: 'Starting the deployment pipeline.' },
        { message: 'Running the deployment command.' },
        { detail: 'copying the package' },
        { detail: '::add-mask::kudu-text' },
        { detail: 'step done\r::set-output name=key::stolen' },
        { message: 'Deployment artifacts are ready.' }
      ]
    }
    const { deploy, ui } = start(emu, clock)
    // each printed line, with whether the emulator's deployment had ended when it was printed
    const printed: Array<{ line: string; ended: boolean }> = []
    const info = ui.info.bind(ui)
    ui.info = (m: string) => {
      printed.push({ line: m, ended: emu.deployments.at(-1)?.endedAt !== undefined })
      info(m)
    }
    const dep = await deploy
    expect(dep.deployed).toBe(true)
    const steps = [
      'Starting the deployment pipeline.',
      'Running the deployment command.',
      'copying the package',
      'kudu-text',
      'step done',
      'stolen',
      'Deployment artifacts are ready.'
    ]
    for (const text of steps) {
      const at = printed.filter(p => p.line.includes(text))
      expect({ text, times: at.length }).toEqual({ text, times: 1 })
      expect({ text, ended: at[0].ended }).toEqual({ text, ended: false })
    }
    // in the order Kudu wrote them
    const order = steps.map(t => printed.findIndex(p => p.line.includes(t)))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(runnerCommands(ui.lines.join('\n'))).toEqual([])
  })
  it('a log that cannot be read does not fail the deployment, and is left alone after a few tries', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock)
    emu.faults.growingLog = { everyMs: 3000, steps: [{ message: 'never seen' }] }
    emu.faults.logFails = true
    const { deploy, ui } = start(emu, clock)
    const dep = await deploy
    expect(dep.deployed).toBe(true)
    expect(ui.text()).not.toContain('never seen')
    expect(ui.text()).toMatch(/debug: reading the deployment log failed/)
    expect(emu.requests.filter(r => r.port === 'scm' && /\/log$/.test(r.path)).length).toBe(3)
  })
})

describe('deployment outcomes on Flex', () => {
  it('PartialSuccess (status 6) is a warning with the log, and the run goes on', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock)
    emu.faults.partialDeployment = ['Syncing triggers failed: the host is restarting']
    const { deploy, ui } = start(emu, clock)
    const dep = await deploy
    expect(dep.deployed).toBe(true)
    expect(ui.lines).toContainEqual(
      expect.stringMatching(/^warning: deployment .* ended PartialSuccess/)
    )
    expect(ui.text()).toContain('Syncing triggers failed: the host is restarting')
  })

  it('no trigger sync after One Deploy: the platform syncs (Core Tools, the CLI and VS Code skip it)', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock)
    const { deploy, ui } = start(emu, clock)
    await deploy
    expect(emu.counts.syncs).toBe(0)
    expect(ui.lines.filter(l => l.startsWith('warning:'))).toEqual([])
  })

  it('transient upload errors (BlobUploadFailedException twice, 403 once) are retried, saying why', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock)
    emu.faults.blobUploadFailures = 2
    emu.faults.forbiddenUploads = 1
    const { deploy, ui } = start(emu, clock)
    const dep = await deploy
    expect(dep.uploadAttempts).toBe(4)
    expect(emu.counts.uploadsCompleted).toBe(1)
    expect(ui.text()).toMatch(
      /upload attempt 1: HTTP 400 BlobUploadFailedException \(the app's access to its deployment storage may still be propagating/
    )
    expect(ui.text()).toMatch(/upload attempt 3: HTTP 403 \(an access-restriction or role change/)
    expect(clock.sleeps.slice(0, 3)).toEqual([2000, 4000, 8000])
  })

  it('a permanent upload error fails at once with Kudu’s message', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock)
    emu.faults.badUpload =
      'The zip file is invalid: End of Central Directory record could not be found.'
    const { deploy } = start(emu, clock)
    const err = await failure(deploy)
    expect(err.message).toMatch(/HTTP 400 The zip file is invalid: End of Central Directory/)
    expect(emu.counts.uploadAttempts).toBe(1)
  })
})

describe('cold start and a host that does not start (smoke test)', () => {
  it('waits out a 45 s cold start, visibly, within the deadline', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock, { runApp: true })
    emu.faults.coldStartMs = 45000
    const { smoke, ui } = start(emu, clock)
    const result = await smoke()
    expect(result.tools).toEqual(['echo'])
    const progress = ui.lines.filter(l => l.startsWith('waiting for the app to start (HTTP 503, '))
    expect(progress.length).toBeGreaterThanOrEqual(5)
    expect(progress.at(-1)).toMatch(/\(HTTP 503, (4\d|5\d) s\)$/)
  }, 30000)

  it('a host that never starts fails at the deadline with the host status', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock, { runApp: true })
    emu.faults.hostNeverStarts = true
    const { smoke, ui, deadline } = start(emu, clock, { 'timeout-minutes': '2' })
    const err = await failure(smoke())
    expect(err.message).toMatch(
      /^smoke test failed at MCP initialize after \d+ s of waiting \(the limit set by timeout-minutes \(2 min\)\)/
    )
    expect(err.message).toMatch(/host status: the host status route answered HTTP 503/)
    expect(ui.text()).toMatch(/the Functions host did not start/)
    expect(deadline.elapsed()).toBeLessThanOrEqual(120000)
  }, 30000)

  it('a handler that crashes is told apart: the host runs, the handler does not (Kudu’s log where there is one)', async () => {
    const clock = virtualClock()
    const emu = await emulator(clock, { runApp: true, plan: 'premium' })
    const dir = tinyNodeApp()
    writeFileSync(
      path.join(dir, 'server.mjs'),
      "console.error('ImportError: cannot import name FastMCP'); process.exit(3)\n"
    )
    const crashing = await makePackage(dir)
    const { smoke, ui, deadline } = start(emu, clock, {}, { pkg: crashing })
    const err = await failure(smoke())
    expect(err.message).toMatch(/HTTP 500/)
    expect(err.message).toMatch(/host status: host state Running/)
    expect(ui.text()).toMatch(/the Functions host runs, so the custom handler itself fails/)
    expect(ui.text()).toMatch(/ERROR - custom handler failed to start: .*exited with/)
    // the crash window, not the whole deadline
    expect(deadline.elapsed()).toBeLessThan(5 * 60000)
  }, 30000)
})
