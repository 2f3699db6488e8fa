/**
 * Resource Manager: the function app, its plan and runtime, app settings, tags, keys, trigger sync.
 * Host names are taken from ARM as opaque `host[:port]` strings, never built.
 */
import { WebSiteManagementClient, type HostKeys, type Site } from '@azure/arm-appservice'
import {
  createDefaultHttpClient,
  createPipelineRequest,
  type HttpClient
} from '@azure/core-rest-pipeline'
import type { TokenCredential } from '@azure/identity'
import { UserError } from '../../errors.js'
import type { Language } from '../../project/types.js'
import { clean } from './login.js'

/** The site tag that keeps the sha256 of the package last deployed by this action. */
export const PACKAGE_TAG = 'mcp-functions-deploy-sha256'
/** The profile layout's feature flag, kept as a comma list in AzureWebJobsFeatureFlags. */
export const FEATURE_FLAGS_SETTING = 'AzureWebJobsFeatureFlags'
/** Settings a Flex Consumption app rejects: the platform owns them. */
const FLEX_FORBIDDEN = new Set([
  'FUNCTIONS_WORKER_RUNTIME',
  'FUNCTIONS_EXTENSION_VERSION',
  'WEBSITE_RUN_FROM_PACKAGE',
  'SCM_DO_BUILD_DURING_DEPLOYMENT',
  'ENABLE_ORYX_BUILD',
  'WEBSITE_NODE_DEFAULT_VERSION',
  'WEBSITE_CONTENTSHARE',
  'WEBSITE_CONTENTAZUREFILECONNECTIONSTRING'
])

export interface SiteFacts {
  subscriptionId: string
  resourceGroup: string
  appName: string
  id: string
  os: 'linux' | 'windows'
  flex: boolean
  /** For people: "Flex Consumption", "Elastic Premium (EP1)"… */
  plan: string
  runtime?: { name: string; version: string }
  /** `host[:port]` of the app, as ARM gives it. */
  defaultHostName: string
  /** `host[:port]` of the SCM (Kudu) site: hostNameSslStates, hostType Repository. */
  scmHost: string
  tags: Record<string, string>
}

export class Arm {
  readonly client: WebSiteManagementClient
  constructor(
    credential: TokenCredential,
    readonly subscriptionId: string,
    readonly endpoint: string,
    scope: string,
    readonly httpClient: HttpClient | undefined
  ) {
    this.client = new WebSiteManagementClient(credential, subscriptionId, {
      endpoint,
      credentials: { scopes: [scope] },
      ...(httpClient ? { httpClient } : {}),
      userAgentOptions: { userAgentPrefix: 'mcp-functions-deploy' }
    })
  }

  /** Finds the app (its resource group when not given) and reads what the deploy needs. */
  async findSite(appName: string, resourceGroup: string): Promise<SiteFacts> {
    let site: Site
    if (resourceGroup) {
      try {
        site = await this.client.webApps.get(resourceGroup, appName)
      } catch (err) {
        if (status(err) === 404) {
          throw new UserError(
            `function app ${appName} not found in resource group ${resourceGroup} (subscription ${this.subscriptionId})`,
            'check app-name, resource-group and subscription-id'
          )
        }
        throw armError(err, `reading function app ${appName}`)
      }
    } else {
      const found: Site[] = []
      try {
        for await (const s of this.client.webApps.list()) {
          if (s.name?.toLowerCase() === appName.toLowerCase()) found.push(s)
        }
      } catch (err) {
        throw armError(
          err,
          `listing the sites of subscription ${this.subscriptionId} to find ${appName}'s resource group`
        )
      }
      if (found.length === 0) {
        throw new UserError(
          `no function app named ${appName} in subscription ${this.subscriptionId} that this identity can see`,
          'check app-name and subscription-id, or set resource-group; the identity needs at least Reader on the app'
        )
      }
      site = found[0]
    }
    return this.facts(site, appName)
  }

  private async facts(site: Site, appName: string): Promise<SiteFacts> {
    const kind = (site.kind ?? '').toLowerCase()
    if (!kind.includes('functionapp')) {
      throw new UserError(
        `${appName} is not a function app (kind "${site.kind ?? ''}")`,
        'create a Function App on the Flex Consumption plan'
      )
    }
    const resourceGroup = site.resourceGroup ?? rgFromId(site.id ?? '')
    const os: 'linux' | 'windows' = kind.includes('linux') || site.reserved ? 'linux' : 'windows'
    const flex =
      site.sku === 'FlexConsumption' || Boolean(site.functionAppConfig?.deployment?.storage)
    let runtime: SiteFacts['runtime']
    const fr = site.functionAppConfig?.runtime
    if (fr?.name)
      runtime = { name: String(fr.name).toLowerCase(), version: String(fr.version ?? '') }
    let fx = site.siteConfig?.linuxFxVersion
    if (!runtime && !fx && os === 'linux' && !flex) {
      try {
        fx = (await this.client.webApps.getConfiguration(resourceGroup, appName)).linuxFxVersion
      } catch {
        // the runtime stays unknown; the deploy still works
      }
    }
    if (!runtime && fx && fx.includes('|')) {
      const [name, version] = fx.split('|')
      runtime = { name: name.toLowerCase(), version }
    }
    let plan = planLabel(site.sku)
    if (!plan && site.serverFarmId) {
      try {
        const { rg, name } = parseId(site.serverFarmId)
        const farm = await this.client.appServicePlans.get(rg, name)
        plan = planLabel(farm.sku?.tier, farm.sku?.name)
      } catch {
        plan = ''
      }
    }
    const defaultHostName = site.defaultHostName ?? ''
    const scmHost = site.hostNameSslStates?.find(h => h.hostType === 'Repository')?.name ?? ''
    if (!defaultHostName)
      throw new UserError(
        `${appName} has no default host name in Resource Manager; is the app stopped or still being created?`
      )
    if (!scmHost) {
      throw new UserError(
        `${appName} has no SCM (Kudu) host in Resource Manager (hostNameSslStates has no Repository entry)`,
        'the deploy goes through the SCM site; check that it is not disabled'
      )
    }
    return {
      subscriptionId: this.subscriptionId,
      resourceGroup,
      appName: site.name ?? appName,
      id: site.id ?? '',
      os,
      flex,
      plan: plan || (flex ? 'Flex Consumption' : 'unknown plan'),
      runtime,
      defaultHostName,
      scmHost,
      tags: { ...(site.tags ?? {}) }
    }
  }

  async readSettings(site: SiteFacts): Promise<Record<string, string>> {
    try {
      const dict = await this.client.webApps.listApplicationSettings(
        site.resourceGroup,
        site.appName
      )
      return { ...(dict.properties ?? {}) }
    } catch (err) {
      throw armError(err, `reading the app settings of ${site.appName}`)
    }
  }

  /** Writes the whole set (ARM replaces it): a write restarts the app. */
  async writeSettings(site: SiteFacts, settings: Record<string, string>): Promise<void> {
    try {
      await this.client.webApps.updateApplicationSettings(site.resourceGroup, site.appName, {
        properties: settings
      })
    } catch (err) {
      throw armError(err, `writing the app settings of ${site.appName}`)
    }
  }

  /** Merges one tag through the Tags resource (Microsoft.Resources/tags): no restart. */
  async writeTag(site: SiteFacts, name: string, value: string): Promise<void> {
    const url = `${this.endpoint}${site.id}/providers/Microsoft.Resources/tags/default?api-version=2021-04-01`
    const req = createPipelineRequest({
      url,
      method: 'PATCH',
      body: JSON.stringify({ operation: 'Merge', properties: { tags: { [name]: value } } })
    })
    req.headers.set('Content-Type', 'application/json')
    const res = await this.client.pipeline.sendRequest(this.httpClient ?? defaultClient(), req)
    if (res.status >= 300) {
      throw new UserError(
        `writing tag ${name} on ${site.appName} failed: HTTP ${res.status} ${errorText(res.bodyAsText ?? undefined)}`
      )
    }
  }

  async syncTriggers(site: SiteFacts): Promise<void> {
    await this.client.webApps.syncFunctions(site.resourceGroup, site.appName)
  }

  async hostKeys(site: SiteFacts): Promise<HostKeys> {
    return this.client.webApps.listHostKeys(site.resourceGroup, site.appName)
  }
}

let sharedClient: HttpClient | undefined
function defaultClient(): HttpClient {
  sharedClient ??= createDefaultHttpClient()
  return sharedClient
}

export interface MergeResult {
  merged: Record<string, string>
  /** Names whose value this run adds or changes. */
  changed: string[]
  /** Names left out because the plan owns them. */
  skipped: string[]
}

/**
 * Merges what the package needs into what the app has: other settings stay as they are,
 * AzureWebJobsFeatureFlags is a comma list (flags are added, none removed).
 */
export function mergeAppSettings(
  current: Record<string, string>,
  wanted: Record<string, string>,
  flex: boolean
): MergeResult {
  const merged = { ...current }
  const changed: string[] = []
  const skipped: string[] = []
  for (const [name, value] of Object.entries(wanted)) {
    if (flex && FLEX_FORBIDDEN.has(name.toUpperCase())) {
      skipped.push(name)
      continue
    }
    let next = value
    if (name === FEATURE_FLAGS_SETTING) {
      const have = splitFlags(current[name] ?? '')
      const missing = splitFlags(value).filter(f => !have.includes(f))
      next =
        missing.length === 0 && name in current ? current[name] : [...have, ...missing].join(',')
    }
    if (current[name] !== next) {
      merged[name] = next
      changed.push(name)
    }
  }
  return { merged, changed, skipped }
}

function splitFlags(v: string): string[] {
  return v
    .split(',')
    .map(s => s.trim())
    .filter(Boolean)
}

/**
 * The app's runtime must fit the server: Linux, and python for a Python server (node or custom
 * for a Node one). Returns the Python version to build for when the app says it.
 */
export function checkRuntime(site: SiteFacts, language: Language | undefined): void {
  if (site.os === 'windows') {
    throw new UserError(
      `${site.appName} is a Windows function app; MCP custom handlers are deployed to Linux apps`,
      'create a Linux Function App (Flex Consumption) for this server'
    )
  }
  if (!language || !site.runtime) return
  const rt = `${site.runtime.name} ${site.runtime.version}`.trim()
  if (language === 'python' && site.runtime.name !== 'python') {
    throw new UserError(
      `${site.appName} runs ${rt}, but this is a Python server`,
      'create the app with the Python runtime (e.g. 3.12) so the interpreter the packages were built for is there'
    )
  }
  if (language === 'node' && !['node', 'custom'].includes(site.runtime.name)) {
    throw new UserError(
      `${site.appName} runs ${rt}, but this is a Node server`,
      'create the app with the Node runtime so `node` is there to start the handler'
    )
  }
}

function planLabel(tierOrSku?: string, name?: string): string {
  if (!tierOrSku) return ''
  const labels: Record<string, string> = {
    FlexConsumption: 'Flex Consumption',
    Dynamic: 'Consumption',
    ElasticPremium: 'Elastic Premium'
  }
  const label = labels[tierOrSku] ?? `Dedicated ${tierOrSku}`
  return name && name !== tierOrSku ? `${label} (${name})` : label
}

function rgFromId(id: string): string {
  return /\/resourceGroups\/([^/]+)/i.exec(id)?.[1] ?? ''
}

function parseId(id: string): { rg: string; name: string } {
  return { rg: rgFromId(id), name: id.split('/').filter(Boolean).pop() ?? '' }
}

export function status(err: unknown): number | undefined {
  const s = (err as { statusCode?: number })?.statusCode
  return typeof s === 'number' ? s : undefined
}

/** A Resource Manager failure as one line, with what to do for the usual ones. */
export function armError(err: unknown, doing: string): UserError {
  const code = status(err)
  const text = clean(err)
  if (code === 401 || code === 403) {
    return new UserError(
      `${doing}: access denied (HTTP ${code}): ${text}`,
      'the identity needs the Website Contributor (or Contributor) role on the function app'
    )
  }
  if (code === undefined)
    return new UserError(
      `${doing}: ${text}`,
      'Resource Manager could not be reached; check arm-endpoint and the network'
    )
  return new UserError(`${doing}: HTTP ${code}: ${text}`)
}

function errorText(body: string | undefined): string {
  if (!body) return ''
  try {
    const parsed = JSON.parse(body) as { error?: { message?: string }; message?: string }
    return (parsed.error?.message ?? parsed.message ?? body).slice(0, 300)
  } catch {
    return body.slice(0, 300)
  }
}
