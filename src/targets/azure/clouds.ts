import type { Cloud } from '../../inputs.js'

/** The hosts a sovereign cloud uses for login and Resource Manager. */
export interface CloudEndpoints {
  /** Entra ID authority host (the token service). */
  authorityHost: string
  /** Resource Manager. */
  armEndpoint: string
  /**
   * The token audience for Resource Manager and the SCM (Kudu) site. The classic
   * `management.core` resource is accepted by both (the Azure CLI uses it too), so one token does.
   */
  resource: string
}

export const CLOUDS: Record<Cloud, CloudEndpoints> = {
  AzureCloud: {
    authorityHost: 'https://login.microsoftonline.com',
    armEndpoint: 'https://management.azure.com',
    resource: 'https://management.core.windows.net/'
  },
  AzureUSGovernment: {
    authorityHost: 'https://login.microsoftonline.us',
    armEndpoint: 'https://management.usgovcloudapi.net',
    resource: 'https://management.core.usgovcloudapi.net/'
  },
  AzureChinaCloud: {
    authorityHost: 'https://login.chinacloudapi.cn',
    armEndpoint: 'https://management.chinacloudapi.cn',
    resource: 'https://management.core.chinacloudapi.cn/'
  }
}

export interface ResolvedEndpoints extends CloudEndpoints {
  /** `<resource>/.default` (the resource keeps its trailing slash: `…windows.net//.default`), the scope every token is asked for. */
  scope: string
  /** true when the authority is not the cloud's own (Azure Stack, a test emulator): no instance discovery. */
  customAuthority: boolean
}

/**
 * The endpoints for a run: the cloud's, with `arm-endpoint` overriding Resource Manager and
 * AZURE_AUTHORITY_HOST (the variable @azure/identity documents) or an explicit override the authority.
 */
export function resolveEndpoints(
  cloud: Cloud,
  armOverride: string,
  authorityOverride: string | undefined
): ResolvedEndpoints {
  const base = CLOUDS[cloud]
  const authorityHost = trimSlash(authorityOverride || base.authorityHost)
  return {
    authorityHost,
    armEndpoint: trimSlash(armOverride || base.armEndpoint),
    resource: base.resource,
    scope: `${base.resource}/.default`,
    customAuthority: authorityHost.toLowerCase() !== base.authorityHost
  }
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}
