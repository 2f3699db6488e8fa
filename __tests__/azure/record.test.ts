import { describe, expect, it } from '@jest/globals'
import { describeChanges, parseRecord, recordOf } from '../../src/targets/azure/record.js'

const pkg = (sha256: string, deps: Record<string, string>) => ({
  sha256,
  dependencies: Object.entries(deps).map(([name, version]) => ({ name, version }))
})

describe('deploy record', () => {
  it('round-trips through the app setting, dependencies sorted', () => {
    const v = recordOf(pkg('a'.repeat(64), { mcp: '2.3.0', anyio: '4.9.0' }))
    expect(v).toBe(`{"sha256":"${'a'.repeat(64)}","deps":{"anyio":"4.9.0","mcp":"2.3.0"}}`)
    expect(parseRecord(v)).toEqual({
      sha256: 'a'.repeat(64),
      deps: { anyio: '4.9.0', mcp: '2.3.0' }
    })
    expect(parseRecord('not json')).toBeUndefined()
    expect(parseRecord('{"sha256":1}')).toBeUndefined()
  })

  it('says which dependency versions moved, which came and went', () => {
    const prev = parseRecord(
      recordOf(pkg('a'.repeat(64), { mcp: '2.2.0', httpx: '0.28.1', old: '1.0' }))
    )
    const lines = describeChanges(
      prev,
      pkg('b'.repeat(64), { mcp: '2.3.0', httpx: '0.28.1', anyio: '4.9.0' }),
      'a'.repeat(64)
    )
    expect(lines).toEqual([
      `package ${'a'.repeat(12)} → ${'b'.repeat(12)}`,
      'dependencies: + anyio 4.9.0, mcp 2.2.0 → 2.3.0, - old 1.0'
    ])
  })

  it('says when nothing changed, and when the recorded deploy did not finish', () => {
    const prev = parseRecord(recordOf(pkg('a'.repeat(64), { mcp: '2.3.0' })))
    expect(describeChanges(prev, pkg('a'.repeat(64), { mcp: '2.3.0' }), 'a'.repeat(64))).toEqual([
      `nothing changed: package ${'a'.repeat(12)} and its 1 dependency versions are as deployed before`
    ])
    expect(describeChanges(prev, pkg('c'.repeat(64), { mcp: '2.3.0' }), 'b'.repeat(64))[0]).toBe(
      `the last recorded deploy (${'a'.repeat(12)}) did not finish; compared with it`
    )
    expect(describeChanges(undefined, pkg('a', {}))[0]).toMatch(/first deploy/)
  })
})
