import { afterAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// @actions/github reads the event when it is first imported: set the environment, then import.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pr-event-'))
const eventPath = path.join(dir, 'event.json')
fs.writeFileSync(
  eventPath,
  JSON.stringify({
    action: 'synchronize',
    number: 42,
    pull_request: {
      number: 42,
      head: { sha: 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00', repo: { full_name: 'fork/shop' } }
    },
    repository: { name: 'shop', owner: { login: 'octo' } }
  })
)
const saved = { ...process.env }
Object.assign(process.env, {
  GITHUB_EVENT_PATH: eventPath,
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_REPOSITORY: 'octo/shop',
  GITHUB_API_URL: 'https://ghes.example/api/v3',
  GITHUB_SERVER_URL: 'https://ghes.example'
})
const { pullRequestFromContext } = await import('../../src/report/comment.js')
const { context } = await import('@actions/github')

afterAll(() => {
  for (const k of [
    'GITHUB_EVENT_PATH',
    'GITHUB_EVENT_NAME',
    'GITHUB_REPOSITORY',
    'GITHUB_API_URL',
    'GITHUB_SERVER_URL'
  ])
    if (saved[k] === undefined) delete process.env[k]
    else process.env[k] = saved[k]
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('pullRequestFromContext', () => {
  it('reads the pull request from the event payload and the environment', () => {
    expect(pullRequestFromContext()).toEqual({
      owner: 'octo',
      repo: 'shop',
      number: 42,
      headSha: 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00',
      apiUrl: 'https://ghes.example/api/v3',
      serverUrl: 'https://ghes.example'
    })
  })

  it('is undefined for an event that is not a pull request', () => {
    const payload = context.payload
    try {
      context.payload = { ref: 'refs/heads/main', head_commit: { id: 'abc' } }
      expect(pullRequestFromContext()).toBeUndefined()
      context.payload = {}
      expect(pullRequestFromContext()).toBeUndefined()
    } finally {
      context.payload = payload
    }
  })
})
