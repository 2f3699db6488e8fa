import { describe, expect, it } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import { resolveEndpoints } from '../../src/targets/azure/clouds.js'
import {
  endpointUrl,
  mergeAppSettings,
  checkRuntime,
  type SiteFacts
} from '../../src/targets/azure/index.js'
import { clean, jwtClaims, oidcAudience } from '../../src/targets/azure/login.js'
import { pickVersion } from '../../src/targets/azure/policy.js'

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
    sku: 'FlexConsumption',
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

describe('plans and clouds', () => {
  it('refuses legacy Linux Consumption at once, pointing at Flex Consumption', () => {
    const dynamic: SiteFacts = {
      subscriptionId: 's',
      resourceGroup: 'rg',
      appName: 'a',
      id: '',
      os: 'linux',
      flex: false,
      sku: 'Dynamic',
      plan: 'Consumption (legacy)',
      defaultHostName: 'h',
      scmHost: 's',
      tags: {}
    }
    expect(() => checkRuntime(dynamic, 'python')).toThrow(/legacy\) Linux Consumption plan/)
  })
  it('the OIDC audience follows the cloud unless the input names one', () => {
    expect(oidcAudience({ audience: '', azureEnvironment: 'AzureCloud' })).toBe(
      'api://AzureADTokenExchange'
    )
    expect(oidcAudience({ audience: '', azureEnvironment: 'AzureUSGovernment' })).toBe(
      'api://AzureADTokenExchangeUSGov'
    )
    expect(oidcAudience({ audience: '', azureEnvironment: 'AzureChinaCloud' })).toBe(
      'api://AzureADTokenExchangeChina'
    )
    expect(oidcAudience({ audience: 'api://custom', azureEnvironment: 'AzureChinaCloud' })).toBe(
      'api://custom'
    )
  })
  it('picks the newest stable api-version a cloud lists, never one without Flex support', () => {
    const msg =
      "No registered resource provider found for location 'usgovvirginia' and API version '2025-05-01' for type 'sites'. The supported api-versions are '2016-08-01, 2022-03-01, 2023-12-01, 2024-04-01, 2024-11-01-preview'."
    expect(pickVersion(msg, '2025-05-01')).toBe('2024-04-01')
    expect(
      pickVersion("The supported api-versions are '2016-08-01, 2022-03-01'.", '2025-05-01')
    ).toBeUndefined()
    expect(pickVersion('InvalidApiVersionParameter', '2025-05-01')).toBe('2023-12-01')
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
