/**
 * Resource Manager: the function app, its plan and runtime, app settings, tags, keys, trigger sync.
 * Host names are taken from ARM as opaque `host[:port]` strings, never built. Every call has a
 * timeout and its transient failures are retried with backoff, all within the run's deadline.
 */
import { WebSiteManagementClient, type HostKeys, type Site } from '@azure/arm-appservice'
import {
  createDefaultHttpClient,
  createPipelineRequest,
  type HttpClient
} from '@azure/core-rest-pipeline'
import type { TokenCredential } from '@azure/identity'
import { UserError } from '../../errors.js'
import { formatSeconds, type Deadline } from '../../io/deadline.js'
import type { Language } from '../../project/types.js'
import type { Ui } from '../../report/ui.js'
import { clean } from './login.js'
import { apiVersionPolicy, timeoutPolicy } from './policy.js'

/** The site tag that keeps the sha256 of the package last deployed by this action. */
export const PACKAGE_TAG = 'mcp-functions-deploy-sha256'
/** Attempts of one Resource Manager call before its transient failures are final. */
const MAX_ARM_ATTEMPTS = 8

export interface SiteFacts {
  subscriptionId: string
  resourceGroup: string
  appName: string
  id: string
  os: 'linux' | 'windows'
  flex: boolean
  /** The plan's SKU as ARM names it: FlexConsumption, Dynamic, ElasticPremium, a Dedicated tier… */
  sku: string
  /** For people: "Flex Consumption", "Elastic Premium (EP1)"… */
  plan: string
  runtime?: { name: string; version: string }
  /** `host[:port]` of the app, as ARM gives it. */
  defaultHostName: string
  /** `host[:port]` of the SCM (Kudu) site: hostNameSslStates, hostType Repository. */
  scmHost: string
  tags: Record<string, string>
}

/** Says why a failed call is worth another try (undefined: it is final). */
export type Transient = (code: number | undefined, err: unknown) => string | undefined

export class Arm {
  readonly client: WebSiteManagementClient
  constructor(
    credential: TokenCredential,
    readonly subscriptionId: string,
    readonly endpoint: string,
    scope: string,
    readonly httpClient: HttpClient | undefined,
    readonly deadline: Deadline,
    private readonly ui: Ui
  ) {
    this.client = new WebSiteManagementClient(credential, subscriptionId, {
      endpoint,
      credentials: { scopes: [scope] },
      ...(httpClient ? { httpClient } : {}),
      userAgentOptions: { userAgentPrefix: 'mcp-functions-deploy' },
      // Retries are ours (below): bounded by the deadline, Retry-After capped, with jitter.
      retryOptions: { maxRetries: 0 },
      additionalPolicies: [
        { policy: timeoutPolicy(deadline, 'Resource Manager'), position: 'perRetry' },
        {
          policy: apiVersionPolicy((from, to) =>
            ui.info(`Resource Manager does not serve api-version ${from} here; using ${to}`)
          ),
          position: 'perCall'
        }
      ]
    })
  }

  /**
   * One Resource Manager call: throttling, 5xx and dropped connections (and what `more` names)
   * are retried with jittered backoff, Retry-After capped, every wait within the deadline.
   */
  async call<T>(doing: string, fn: () => Promise<T>, more?: Transient): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn()
      } catch (err) {
        if (err instanceof UserError) throw err
        const code = status(err)
        const why = more?.(code, err) ?? transient(code, err)
        if (!why || attempt >= MAX_ARM_ATTEMPTS) throw armError(err, doing)
        const header = (
          err as { response?: { headers?: { get(n: string): string | undefined } } }
        ).response?.headers?.get('retry-after')
        const wait = this.deadline.retryAfter(header) ?? this.deadline.backoff(attempt)
        this.ui.info(`${doing}: ${why}; retrying in ${formatSeconds(wait)}`)
        await this.deadline.sleep(wait, `${doing} (last: ${why})`)
      }
    }
  }

  /** Finds the app (its resource group when not given) and reads what the deploy needs. */
  async findSite(appName: string, resourceGroup: string): Promise<SiteFacts> {
    let rg = resourceGroup
    if (!rg) {
      const found: Site[] = await this.call(
        `listing the sites of subscription ${this.subscriptionId} to find ${appName}'s resource group`,
        async () => {
          const all: Site[] = []
          for await (const s of this.client.webApps.list())
            if (s.name?.toLowerCase() === appName.toLowerCase()) all.push(s)
          return all
        }
      )
      if (found.length === 0) {
        throw new UserError(
          `no function app named ${appName} in subscription ${this.subscriptionId} that this identity can see`,
          'check app-name and subscription-id, or set resource-group; the identity needs at least Reader on the app'
        )
      }
      const groups = found.map(s => s.resourceGroup ?? rgFromId(s.id ?? ''))
      if (found.length > 1) {
        throw new UserError(
          `${found.length} apps are named ${appName} in subscription ${this.subscriptionId}: in resource groups ${groups.join(', ')}`,
          'set resource-group to the one to deploy to'
        )
      }
      rg = groups[0]
    }
    // The site itself (a list entry may leave properties out).
    const site = await this.call(`reading function app ${appName}`, () =>
      this.client.webApps.get(rg, appName)
    ).catch((err: unknown) => {
      if (err instanceof UserError && /HTTP 404/.test(err.message)) {
        throw new UserError(
          `function app ${appName} not found in resource group ${rg} (subscription ${this.subscriptionId})`,
          'check app-name, resource-group and subscription-id'
        )
      }
      throw err
    })
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
    let sku = site.sku ?? ''
    let plan = planLabel(site.sku)
    if (!plan && site.serverFarmId) {
      try {
        const { rg, name } = parseId(site.serverFarmId)
        const farm = await this.client.appServicePlans.get(rg, name)
        sku = farm.sku?.tier ?? ''
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
      sku: flex ? 'FlexConsumption' : sku,
      plan: plan || (flex ? 'Flex Consumption' : 'unknown plan'),
      runtime,
      defaultHostName,
      scmHost,
      tags: { ...(site.tags ?? {}) }
    }
  }

  async readSettings(site: SiteFacts): Promise<Record<string, string>> {
    const dict = await this.call(`reading the app settings of ${site.appName}`, () =>
      this.client.webApps.listApplicationSettings(site.resourceGroup, site.appName)
    )
    return { ...(dict.properties ?? {}) }
  }

  /** Writes the whole set (ARM replaces it): a write restarts the app. Use applySettings. */
  async writeSettings(site: SiteFacts, settings: Record<string, string>): Promise<void> {
    await this.call(
      `writing the app settings of ${site.appName}`,
      () =>
        this.client.webApps.updateApplicationSettings(site.resourceGroup, site.appName, {
          properties: settings
        }),
      code => (code === 409 ? 'HTTP 409, another operation is in progress on the app' : undefined)
    )
  }

  /** A request the SDK has no operation for (or answers it too strictly), through its pipeline. */
  async raw(
    method: 'GET' | 'POST' | 'PATCH',
    pathAndQuery: string,
    body?: unknown
  ): Promise<{ status: number; text: string }> {
    const req = createPipelineRequest({
      url: `${this.endpoint}${pathAndQuery}`,
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    })
    if (body !== undefined) req.headers.set('Content-Type', 'application/json')
    const res = await this.client.pipeline.sendRequest(this.httpClient ?? defaultClient(), req)
    return { status: res.status, text: res.bodyAsText ?? '' }
  }

  /** Merges one tag through the Tags resource (Microsoft.Resources/tags): no restart. */
  async writeTag(site: SiteFacts, name: string, value: string): Promise<void> {
    const res = await this.raw(
      'PATCH',
      `${site.id}/providers/Microsoft.Resources/tags/default?api-version=2021-04-01`,
      { operation: 'Merge', properties: { tags: { [name]: value } } }
    )
    if (res.status >= 300) {
      throw new UserError(
        `writing tag ${name} on ${site.appName} failed: HTTP ${res.status} ${errorText(res.text)}`
      )
    }
  }

  /** POST host/default/sync; 200, 202 and 204 are all success (the SDK accepts only 204). */
  async syncTriggers(site: SiteFacts): Promise<void> {
    const doing = `syncing the triggers of ${site.appName}`
    await this.call(doing, async () => {
      const res = await this.raw('POST', `${site.id}/host/default/sync?api-version=2024-04-01`)
      if (res.status >= 300)
        throw Object.assign(new Error(errorText(res.text) || `HTTP ${res.status}`), {
          statusCode: res.status
        })
    })
  }

  /**
   * listkeys, retried while the host restarts (ARM answers 400 "Encountered an error
   * (ServiceUnavailable) from host runtime"). Every key it returns is masked before anything else.
   */
  async hostKeys(site: SiteFacts, mask: (secret: string) => void): Promise<HostKeys> {
    const keys = await this.call(
      `reading the host keys of ${site.appName}`,
      () => this.client.webApps.listHostKeys(site.resourceGroup, site.appName),
      (code, err) =>
        code === 400 && /ServiceUnavailable|host runtime/i.test(clean(err))
          ? 'the host is restarting (HTTP 400 ServiceUnavailable from the host runtime)'
          : undefined
    )
    maskKeys(keys, mask)
    return keys
  }
}

/** Masks every key listkeys returns: master, function and system keys. */
export function maskKeys(keys: HostKeys, mask: (secret: string) => void): void {
  if (keys.masterKey) mask(keys.masterKey)
  for (const group of [keys.functionKeys, keys.systemKeys])
    for (const v of Object.values(group ?? {})) if (typeof v === 'string' && v) mask(v)
}

/** Throttling, server errors and no answer at all are worth another try. */
function transient(code: number | undefined, err: unknown): string | undefined {
  if (code === 429) return 'throttled (HTTP 429)'
  if (code === 408 || code === 500 || code === 502 || code === 503 || code === 504)
    return `HTTP ${code}`
  if (code === undefined) {
    const e = err as { code?: string; name?: string }
    if (e?.name === 'AbortError') return undefined
    if (e?.code && /^E[A-Z]+$/.test(e.code)) return `no answer (${e.code})`
    if (e?.code === 'REQUEST_SEND_ERROR') return 'no answer (the connection failed)'
  }
  return undefined
}

let sharedClient: HttpClient | undefined
function defaultClient(): HttpClient {
  sharedClient ??= createDefaultHttpClient()
  return sharedClient
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
  if (site.sku === 'Dynamic') {
    throw new UserError(
      `${site.appName} is on the (legacy) Linux Consumption plan, which this action does not deploy to`,
      'create the app on the Flex Consumption plan (az functionapp create --flexconsumption-location …): it takes a locally built package through One Deploy, scales to zero, and is the plan Linux Consumption users are asked to move to'
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
    Dynamic: 'Consumption (legacy)',
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
  if (err instanceof UserError) return err
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
