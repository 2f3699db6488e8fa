import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import { readSettings, splitArgs, INPUT_DEFAULTS, type InputSource } from '../../src/inputs.js'
import { describeError, UserError } from '../../src/errors.js'

const from =
  (values: Record<string, string>): InputSource =>
  name =>
    values[name]

describe('readSettings', () => {
  it('applies the action.yml defaults', () => {
    const s = readSettings(from({ 'app-name': 'my-app' }), { GITHUB_WORKSPACE: '/tmp' })
    expect(s.mode).toBe('deploy')
    expect(s.modeInput).toBe('auto')
    expect(s.path).toBe('.')
    expect(s.cache).toBe(true)
    expect(s.failOn).toBe('error')
    expect(s.timeoutMinutes).toBe(15)
    expect(s.keyName).toBe('default')
  })

  it('resolves auto: check on pull-request events, deploy on the events of people with write access, a refusal otherwise', () => {
    const auto = (event: string) =>
      readSettings(from({ 'app-name': 'my-app' }), { GITHUB_EVENT_NAME: event }).mode
    for (const e of ['pull_request', 'pull_request_target', 'merge_group', 'pull_request_review'])
      expect(auto(e)).toBe('check')
    for (const e of ['push', 'workflow_dispatch', 'schedule', 'release', 'repository_dispatch'])
      expect(auto(e)).toBe('deploy')
    for (const e of ['workflow_run', 'issue_comment', 'pull_request_review_comment', 'fork']) {
      expect(() => auto(e)).toThrow(UserError)
      expect(() => auto(e)).toThrow(`mode auto does not know what to do on the ${e} event`)
      try {
        auto(e)
      } catch (err) {
        expect((err as UserError).hint).toMatch(/set mode explicitly/)
      }
    }
    // an explicit mode is taken on any event
    expect(readSettings(from({ mode: 'check' }), { GITHUB_EVENT_NAME: 'issue_comment' }).mode).toBe(
      'check'
    )
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

  it('refuses a deploy to Azure without app-name before anything runs', () => {
    const line =
      "input app-name is required to deploy to Azure (the function app's name, e.g. app-name: my-mcp-app (--app-name on the command line), or target: local for a rehearsal)"
    for (const env of [{}, { GITHUB_EVENT_NAME: 'push' }]) {
      let caught: unknown
      try {
        readSettings(from({}), env)
      } catch (e) {
        caught = e
      }
      expect(caught).toBeInstanceOf(UserError)
      expect(describeError(caught)).toBe(line)
    }
    expect(() => readSettings(from({ mode: 'deploy', 'app-name': '' }), {})).toThrow('app-name')
    // what does not deploy to Azure needs no app name
    expect(readSettings(from({ mode: 'deploy', target: 'local' }), {}).target).toBe('local')
    expect(readSettings(from({ mode: 'package' }), {}).mode).toBe('package')
    expect(readSettings(from({}), { GITHUB_EVENT_NAME: 'pull_request' }).mode).toBe('check')
  })

  it('takes the subscription from the environment when the input is empty', () => {
    const app = { 'app-name': 'my-app' }
    expect(readSettings(from(app), { AZURE_SUBSCRIPTION_ID: 'abc' }).subscriptionId).toBe('abc')
    expect(
      readSettings(from({ ...app, 'subscription-id': 'x' }), { AZURE_SUBSCRIPTION_ID: 'abc' })
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
