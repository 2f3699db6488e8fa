import { afterAll, describe, expect, it } from '@jest/globals'
import { scanProject } from '../../src/project/scan.js'
import { fixtureCopy } from '../helpers/fixture.js'
import { cleanup, rules, run, tree, pkgJson, SDK1_OK } from './helpers.js'

afterAll(cleanup)

const codeRules = (fs: Array<{ rule: string; severity: string }>) =>
  rules(fs as never).filter(r => r.includes('node-'))

describe('the port, as the host passes it', () => {
  it('%FUNCTIONS_CUSTOMHANDLER_PORT% in arguments counts as reading the port', async () => {
    const p = await scanProject(fixtureCopy('node-port-argument'))
    expect(p.host?.portArgument).toBe(true)
    expect(codeRules(p.findings)).toEqual([])
    // the same server without the argument: the port is unknown to the host
    const bare = await scanProject(
      fixtureCopy('node-port-argument', {
        'host.json': JSON.stringify({
          version: '2.0',
          extensions: { http: { routePrefix: '' } },
          customHandler: {
            description: { defaultExecutablePath: 'node', arguments: ['server.js'] },
            enableProxyingHttpRequest: true
          }
        })
      })
    )
    expect(codeRules(bare.findings)).toEqual(['notice node-code/port-unknown'])
  })
})
