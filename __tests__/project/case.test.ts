import { describe, expect, it } from '@jest/globals'
import { scanProject, projectAuthLevel } from '../../src/project/scan.js'
import { planArtifacts } from '../../src/project/generate.js'
import { JsonDoc } from '../../src/project/json.js'
import { fixtureCopy } from '../helpers/fixture.js'

const rules = (p: { findings: Array<{ severity: string; rule: string }> }) =>
  p.findings.map(f => `${f.severity} ${f.rule}`).sort()

describe('host.json and function.json keys, case-insensitive as the host binds them', () => {
  it('a classic app written in other cases reads as the lower-camel one', async () => {
    const p = await scanProject(fixtureCopy('artifacts-classic-mixed-case'))
    expect(p.host).toMatchObject({ proxying: true, routePrefix: '', entryHint: 'server.py' })
    expect(p.fn).toMatchObject({ authLevel: 'anonymous', route: '{*route}' })
    // no false "no HTTP switch", no route-prefix warning, no missing description or version
    expect(rules(p)).toEqual(['warning function-json/anonymous'])
    expect(projectAuthLevel(p)).toBe('anonymous')
  })

  it('profile: "DefaultAuthorizationLevel": "anonymous" (the Microsoft samples) is honoured', async () => {
    const dir = fixtureCopy('artifacts-profile', {
      'host.json': JSON.stringify({
        version: '2.0',
        configurationProfile: 'mcp-custom-handler',
        customHandler: {
          description: { defaultExecutablePath: 'python', arguments: ['server.py'] },
          http: { DefaultAuthorizationLevel: 'anonymous' },
          port: '8000'
        }
      })
    })
    const p = await scanProject(dir)
    expect(p.host?.authLevel).toBe('anonymous')
    expect(projectAuthLevel(p)).toBe('anonymous')
    expect(rules(p)).toContain('warning host-json/anonymous')
  })

  it('generate edits the key as spelled in the file, never adds a second one in another case', async () => {
    const dir = fixtureCopy('artifacts-classic-mixed-case', {
      'host.json': `{
  "Version": "2.0",
  "CustomHandler": {
    "Description": { "DefaultExecutablePath": "python", "Arguments": ["server.py"] },
    "EnableProxyingHttpRequest": false
  }
}
`,
      'mcp-handler/function.json': `{
  "Bindings": [
    { "Type": "httpTrigger", "Direction": "in", "Name": "req", "Methods": ["post"], "Route": "other" }
  ]
}
`
    })
    const plan = await planArtifacts(await scanProject(dir), 'auto')
    const host = plan.changed.find(c => c.file === 'host.json')!
    const hostDoc = new JsonDoc(host.after).value as Record<string, Record<string, unknown>>
    expect(Object.keys(hostDoc.CustomHandler).sort()).toEqual([
      'Description',
      'EnableProxyingHttpRequest'
    ])
    expect(hostDoc.CustomHandler.EnableProxyingHttpRequest).toBe(true)
    expect(hostDoc).not.toHaveProperty('customHandler')
    const fn = plan.changed.find(c => c.file === 'mcp-handler/function.json')!
    const t = (new JsonDoc(fn.after).value as { Bindings: Array<Record<string, unknown>> })
      .Bindings[0]
    expect(t.Route).toBe('{*route}')
    expect(t).not.toHaveProperty('route')
    expect(t.Methods).toEqual(['post', 'get', 'delete'])
    expect(t).not.toHaveProperty('methods')
    expect(plan.blocking).toEqual([])
  })
})
