import { describe, expect, it } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import { resolveEndpoints } from '../../src/targets/azure/clouds.js'
import {
  endpointUrl,
  mergeAppSettings,
  checkRuntime,
  type SiteFacts
} from '../../src/targets/azure/index.js'
import { backoffMs, retryAfterMs } from '../../src/targets/azure/kudu.js'
import { clean, jwtClaims } from '../../src/targets/azure/login.js'

describe('endpoints per azure-environment', () => {
  it('uses the cloud hosts, arm-endpoint overrides Resource Manager only', () => {
    expect(resolveEndpoints('AzureCloud', '', undefined)).toMatchObject({
      authorityHost: 'https://login.microsoftonline.com',
      armEndpoint: 'https://management.azure.com',
      scope: 'https://management.core.windows.net//.default',
      customAuthority: false
    })
    expect(resolveEndpoints('AzureUSGovernment', '', undefined)).toMatchObject({
      authorityHost: 'https://login.microsoftonline.us',
      armEndpoint: 'https://management.usgovcloudapi.net'
    })
    expect(resolveEndpoints('AzureChinaCloud', 'https://arm.local:8443/', undefined)).toMatchObject(
      {
        authorityHost: 'https://login.chinacloudapi.cn',
        armEndpoint: 'https://arm.local:8443',
        scope: 'https://management.core.chinacloudapi.cn//.default'
      }
    )
    expect(resolveEndpoints('AzureCloud', '', 'https://127.0.0.1:9/').customAuthority).toBe(true)
  })
})

describe('endpointUrl', () => {
  it('joins the opaque host[:port] and the route prefix', () => {
    expect(endpointUrl('app.azurewebsites.net', '')).toBe('https://app.azurewebsites.net/mcp')
    expect(endpointUrl('127.0.0.1:8443', 'api')).toBe('https://127.0.0.1:8443/api/mcp')
    expect(endpointUrl('h', '/x/')).toBe('https://h/x/mcp')
  })
})

describe('mergeAppSettings', () => {
  it('adds what is missing, keeps the rest, merges feature flags, skips what Flex owns', () => {
    const r = mergeAppSettings(
      { A: '1', AzureWebJobsFeatureFlags: 'EnableWorkerIndexing', PYTHONPATH: '/old' },
      {
        PYTHONPATH: '/home/site/wwwroot/.python_packages/lib/site-packages',
        AzureWebJobsFeatureFlags: 'EnableMcpCustomHandlerPreview',
        FUNCTIONS_WORKER_RUNTIME: 'custom'
      },
      true
    )
    expect(r.changed).toEqual(['PYTHONPATH', 'AzureWebJobsFeatureFlags'])
    expect(r.skipped).toEqual(['FUNCTIONS_WORKER_RUNTIME'])
    expect(r.merged).toEqual({
      A: '1',
      AzureWebJobsFeatureFlags: 'EnableWorkerIndexing,EnableMcpCustomHandlerPreview',
      PYTHONPATH: '/home/site/wwwroot/.python_packages/lib/site-packages'
    })
  })
  it('changes nothing when everything is there', () => {
    const r = mergeAppSettings(
      { AzureWebJobsFeatureFlags: 'EnableMcpCustomHandlerPreview, X' },
      { AzureWebJobsFeatureFlags: 'EnableMcpCustomHandlerPreview' },
      false
    )
    expect(r.changed).toEqual([])
  })
})

describe('checkRuntime', () => {
  const site = (over: Partial<SiteFacts>): SiteFacts => ({
    subscriptionId: 's',
    resourceGroup: 'rg',
    appName: 'a',
    id: '',
    os: 'linux',
    flex: true,
    plan: 'Flex Consumption',
    runtime: { name: 'python', version: '3.12' },
    defaultHostName: 'h',
    scmHost: 's',
    tags: {},
    ...over
  })
  it('accepts a Python server on a python app and a Node server on node or custom', () => {
    expect(() => checkRuntime(site({}), 'python')).not.toThrow()
    expect(() =>
      checkRuntime(site({ runtime: { name: 'custom', version: '' } }), 'node')
    ).not.toThrow()
  })
  it('refuses Windows and a mismatched runtime', () => {
    expect(() => checkRuntime(site({ os: 'windows' }), 'node')).toThrow(UserError)
    expect(() => checkRuntime(site({}), 'node')).toThrow(
      'a runs python 3.12, but this is a Node server'
    )
  })
})

describe('retry timing', () => {
  it('backs off 2, 4, 8, 16, then 30 s', () => {
    expect([1, 2, 3, 4, 5, 6].map(backoffMs)).toEqual([2000, 4000, 8000, 16000, 30000, 30000])
  })
  it('reads Retry-After as seconds or a date, bounded', () => {
    expect(retryAfterMs('7', 0)).toBe(7000)
    expect(retryAfterMs('100000', 0)).toBe(120000)
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4000)).toBe(6000)
    expect(retryAfterMs('soon', 0)).toBeUndefined()
    expect(retryAfterMs(undefined, 0)).toBeUndefined()
  })
})

describe('error text', () => {
  it('keeps the AADSTS sentence, drops ids and anything token-like', () => {
    const msg =
      'invalid_client: Error(s): 70021 - Timestamp: 2026-01-01T00:00:00Z - Description: AADSTS70021: No matching federated identity record found. Trace ID: 1-2 Correlation ID: 3-4 Timestamp: 2026 - Correlation ID: x'
    expect(clean(new Error(msg))).toBe('AADSTS70021: No matching federated identity record found.')
    expect(clean(new Error('bad token eyJhbGciOi.eyJzdWIiOi.c2ln here'))).toBe(
      'bad token <token> here'
    )
    expect(clean(new Error('{"access_token":"abc123","x":1}'))).not.toContain('abc123')
  })
  it('reads the subject of an ID token', () => {
    const jwt = `x.${Buffer.from(JSON.stringify({ sub: 'repo:o/r:pull_request' })).toString('base64url')}.y`
    expect(jwtClaims(jwt).sub).toBe('repo:o/r:pull_request')
    expect(jwtClaims('garbage')).toEqual({})
  })
})
