import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { symlink } from 'node:fs/promises'
import path from 'node:path'
import { scanProject } from '../../src/project/scan.js'
import { smokeTest } from '../../src/verify/smoke.js'
import { UserError } from '../../src/errors.js'
import { KEY, ROOT, captureUi, copyApp, host, noSleep, removeTemps, stopAll } from './helpers.js'

afterEach(stopAll)
afterAll(removeTemps)

/** A copy of a Node fixture with the project's own node_modules (same SDK) linked in. */
async function nodeApp(name: string): Promise<string> {
  const app = await copyApp(path.join(ROOT, '__tests__/fixtures', name))
  await symlink(path.join(ROOT, 'node_modules'), path.join(app, 'node_modules'), 'dir')
  return app
}

describe('Node servers on the local host', () => {
  it('expands %FUNCTIONS_CUSTOMHANDLER_PORT% in arguments from the handler environment', async () => {
    const h = await host(await nodeApp('node-port-argument'), { appSettings: {} })
    const { ui, lines } = captureUi()
    const r = await smokeTest({
      endpoint: `${h.url}/mcp`,
      key: KEY,
      authLevel: h.authLevel,
      ui,
      sleep: noSleep
    })
    expect(r.tools).toEqual(['utc_now'])
    expect(lines.join('\n')).toContain('tools/call utc_now, all answered')
  })

  it('a reuse the code analysis cannot see is caught by the concurrency round', async () => {
    const app = await nodeApp('node-hidden-reuse')
    const scan = await scanProject(app)
    expect(scan.findings.filter(f => f.rule.startsWith('node-code/'))).toEqual([])
    const h = await host(app, { appSettings: {} })
    let err: unknown
    try {
      await smokeTest({
        endpoint: `${h.url}/mcp`,
        key: KEY,
        authLevel: h.authLevel,
        ui: captureUi().ui,
        sleep: noSleep
      })
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(UserError)
    expect((err as Error).message).toContain('concurrency round')
    expect((err as Error).message).toContain('Already connected to a transport')
  })
})
