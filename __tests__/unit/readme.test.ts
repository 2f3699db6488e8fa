import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
// @ts-expect-error: a plain .mjs script, no types
import { render } from '../../scripts/readme-tables.mjs'

describe('README', () => {
  it('has the inputs and outputs tables of action.yml, word for word', () => {
    const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const action = fs.readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')
    expect(render(readme, action)).toBe(readme)
    // and the check can fail: a changed description is noticed
    expect(
      render(readme, action.replace('Bound on the whole deploy', 'Limit on the whole deploy'))
    ).not.toBe(readme)
  })
})
