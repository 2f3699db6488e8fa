/**
 * A deploy through the real AzureTarget under one Deadline on a virtual clock shared with the
 * emulator (arm and flex suites), and the smoke test after it. It imports the target statically:
 * suites that mock a module the target uses cannot use it.
 */
import { Deadline } from '../../src/io/deadline.js'
import { AzureTarget } from '../../src/targets/azure/index.js'
import type { PackageResult } from '../../src/targets/target.js'
import { smokeTest } from '../../src/verify/smoke.js'
import type { AzureEmulator, EmulatorOptions } from '../../test-support/azure-emulator/index.js'
import {
  RecordingUi,
  appFacts,
  fakeGithubIdToken,
  makePackage,
  tinyNodeApp
} from '../../test-support/azure-emulator/fixtures.js'
import { oidcSettings, useEmulators, type Clock, type Emulators } from './harness.js'

export interface ClockRunOptions {
  inputs?: Record<string, string>
  pkg?: PackageResult
  requestTimeoutMs?: number
  getIDToken?: (aud: string) => Promise<string>
  layout?: 'classic' | 'profile'
}

export function deployOnClock(
  emu: AzureEmulator,
  clock: Clock,
  pkg: PackageResult,
  opts: ClockRunOptions = {}
) {
  const ui = new RecordingUi()
  const settings = oidcSettings(emu, opts.inputs)
  const deadline = Deadline.fromMinutes(settings.timeoutMinutes, {
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    requestTimeoutMs: opts.requestTimeoutMs
  })
  const target = new AzureTarget({
    httpClient: emu.httpClient,
    authorityHost: emu.authorityHost,
    getIDToken: opts.getIDToken ?? (async () => fakeGithubIdToken())
  })
  const app = appFacts('node', opts.layout)
  const deploy = target.deploy({ settings, pkg, app, ui, deadline })
  const smoke = async () => {
    const dep = await deploy
    return smokeTest({
      endpoint: dep.endpoint,
      key: dep.key,
      authLevel: dep.authLevel,
      ui,
      deadline,
      diagnose: dep.diagnose
    })
  }
  return { ui, deadline, deploy, smoke }
}

/**
 * A suite of deploys on virtual clocks: the Node 22 emulators (app not run unless asked) on the
 * test's clock, `trust` for every one of them or per test (`emus.trust`), and the tiny Node server's
 * package deployed unless a run names another.
 */
export async function useClockSuite(how: { trust?: boolean } = {}) {
  const emus: Emulators = useEmulators({ runApp: false, runtime: { name: 'node', version: '22' } })
  const pkg = await makePackage(tinyNodeApp())
  const emulator = (clock: Clock, opts: EmulatorOptions = {}): Promise<AzureEmulator> =>
    emus.start({ now: clock.now, ...opts }, how)
  const start = (
    emu: AzureEmulator,
    clock: Clock,
    inputs: Record<string, string> = {},
    extra: Omit<ClockRunOptions, 'inputs'> = {}
  ) => deployOnClock(emu, clock, extra.pkg ?? pkg, { inputs, ...extra })
  return { emus, pkg, emulator, start }
}
