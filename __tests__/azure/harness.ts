/**
 * The set-up the Azure suites share: the loopback guard for the whole file, emulators closed (and
 * their CA trust dropped) after each test, the OIDC settings, and the UserError a run must end in.
 * Nothing here imports src/targets statically: suites that mock a module (@actions/core,
 * child_process) import the code under test after the mock, and so does this harness.
 */
import { afterAll, afterEach, beforeAll, expect } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import type { Settings } from '../../src/inputs.js'
import type { Ui } from '../../src/report/ui.js'
import type { Deployment } from '../../src/targets/target.js'
import type { AzureEmulator, EmulatorOptions } from '../../test-support/azure-emulator/index.js'
import {
  guardLoopback,
  trustInProcess,
  type LoopbackGuard
} from '../../test-support/azure-emulator/net-guard.js'
import { emulatorSettings, virtualClock } from '../../test-support/azure-emulator/fixtures.js'

export type Clock = ReturnType<typeof virtualClock>

/**
 * Any connection to a non-loopback address during the file fails it at the end. The returned
 * `violations` is the live list (a test that provokes one on purpose checks and removes it).
 */
export function useLoopbackGuard(): { readonly violations: string[] } {
  let guard: LoopbackGuard
  beforeAll(() => {
    guard = guardLoopback()
  })
  afterAll(() => {
    guard.restore()
    expect(guard.violations).toEqual([])
  })
  return {
    get violations() {
      return guard.violations
    }
  }
}

export interface Emulators {
  /** Starts one over `defaults` + `opts`; `trust` makes this process trust its CA until the test ends. */
  start(opts?: EmulatorOptions, how?: { trust?: boolean }): Promise<AzureEmulator>
  /** Trusts an emulator's CA in this process until the test ends. */
  trust(emu: AzureEmulator): void
}

/** Emulators started through the returned `start` are closed after each test, trust dropped first. */
export function useEmulators(defaults: EmulatorOptions = {}): Emulators {
  const open: AzureEmulator[] = []
  const trusted: { restore(): void }[] = []
  afterEach(async () => {
    while (trusted.length) trusted.pop()!.restore()
    while (open.length) await open.pop()!.close()
  })
  const trust = (emu: AzureEmulator): void => {
    trusted.push(trustInProcess(emu.ca))
  }
  return {
    async start(opts = {}, how = {}) {
      const { startAzureEmulator } = await import('../../test-support/azure-emulator/index.js')
      const emu = await startAzureEmulator({ ...defaults, ...opts })
      open.push(emu)
      if (how.trust) trust(emu)
      return emu
    },
    trust
  }
}

/** The deploy's settings with the emulator's OIDC client and tenant, then `inputs` over them. */
export function oidcSettings(emu: AzureEmulator, inputs: Record<string, string> = {}): Settings {
  return emulatorSettings(emu, { 'client-id': emu.clientId, 'tenant-id': emu.tenantId, ...inputs })
}

/** The UserError `run` must end in (the test fails if it resolves or throws anything else). */
export async function failure(run: Promise<unknown>): Promise<UserError> {
  const err = await run.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(UserError)
  return err as UserError
}

/**
 * The smoke test against what `dep` deployed answers MCP with the key, lists exactly `tools`,
 * and is refused without the key.
 */
export async function expectSmoke(
  dep: Deployment,
  ui: Ui,
  sleep: (ms: number) => Promise<void>,
  tools: string[]
): Promise<void> {
  const { smokeTest } = await import('../../src/verify/smoke.js')
  const smoke = await smokeTest({
    endpoint: dep.endpoint,
    key: dep.key,
    authLevel: dep.authLevel,
    ui,
    sleep
  })
  expect(smoke.tools).toEqual(tools)
  expect(smoke.keyRefused).toBe(true)
}
