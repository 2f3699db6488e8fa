import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import { readSettings, splitArgs, INPUT_DEFAULTS, type InputSource } from '../../src/inputs.js'
import { UserError } from '../../src/errors.js'

const from =
  (values: Record<string, string>): InputSource =>
  name =>
    values[name]

describe('readSettings', () => {
  it('applies the action.yml defaults', () => {
    const s = readSettings(from({}), { GITHUB_WORKSPACE: '/tmp' })
    expect(s.mode).toBe('deploy')
    expect(s.modeInput).toBe('auto')
    expect(s.path).toBe('.')
    expect(s.cache).toBe(true)
    expect(s.failOn).toBe('error')
    expect(s.timeoutMinutes).toBe(15)
    expect(s.keyName).toBe('default')
  })

  it('resolves auto to check on pull requests', () => {
    expect(readSettings(from({}), { GITHUB_EVENT_NAME: 'pull_request' }).mode).toBe('check')
    expect(readSettings(from({}), { GITHUB_EVENT_NAME: 'pull_request_target' }).mode).toBe('check')
    expect(readSettings(from({}), { GITHUB_EVENT_NAME: 'schedule' }).mode).toBe('deploy')
  })

  it('rejects unknown values with one line naming the input', () => {
    expect(() => readSettings(from({ mode: 'destroy' }), {})).toThrow(UserError)
    expect(() => readSettings(from({ mode: 'destroy' }), {})).toThrow(
      'input mode: "destroy" is not one of'
    )
    expect(() => readSettings(from({ cache: 'yes' }), {})).toThrow(
      'input cache: "yes" is not a boolean'
    )
    expect(() => readSettings(from({ 'timeout-minutes': 'soon' }), {})).toThrow('timeout-minutes')
    expect(() => readSettings(from({ 'python-version': '2.7' }), {})).toThrow('python-version')
    expect(() => readSettings(from({ 'arm-endpoint': 'http://x' }), {})).toThrow('must be https')
  })

  it('takes the subscription from the environment when the input is empty', () => {
    expect(readSettings(from({}), { AZURE_SUBSCRIPTION_ID: 'abc' }).subscriptionId).toBe('abc')
    expect(
      readSettings(from({ 'subscription-id': 'x' }), { AZURE_SUBSCRIPTION_ID: 'abc' })
        .subscriptionId
    ).toBe('x')
  })
})

describe('splitArgs', () => {
  it('splits words and honours quotes', () => {
    expect(splitArgs(`--index-url "https://x/y z" --find-links='a b' -q`)).toEqual([
      '--index-url',
      'https://x/y z',
      '--find-links=a b',
      '-q'
    ])
    expect(splitArgs('')).toEqual([])
    expect(() => splitArgs('"open')).toThrow('unterminated')
  })
})

describe('action.yml', () => {
  it('declares exactly the inputs of the settings table, with the same defaults', () => {
    const yml = fs.readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')
    const inputsBlock = yml.split(/^inputs:\s*$/m)[1].split(/^outputs:\s*$/m)[0]
    const names = [...inputsBlock.matchAll(/^ {2}([a-z-]+):\s*$/gm)].map(m => m[1])
    expect(names.sort()).toEqual(Object.keys(INPUT_DEFAULTS).sort())
    for (const [name, def] of Object.entries(INPUT_DEFAULTS)) {
      const block = inputsBlock.split(new RegExp(`^  ${name}:\\s*$`, 'm'))[1]
      const m = /default: '([^']*)'/.exec(block)
      expect([name, m?.[1]]).toEqual([name, def])
    }
  })
})
