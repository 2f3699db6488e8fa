/**
 * Pipeline policies for the Resource Manager client: a timeout on every request (bounded by the
 * run's deadline) that ends an accepted-but-silent connection with a message naming the request,
 * and an api-version fallback for clouds that do not serve the SDK's newest one yet.
 */
import type {
  PipelinePolicy,
  PipelineRequest,
  PipelineResponse,
  SendRequest
} from '@azure/core-rest-pipeline'
import { UserError } from '../../errors.js'
import { formatSeconds, isTimeout, type Deadline } from '../../io/deadline.js'

/** Function apps need functionAppConfig (Flex): 2023-12-01 is the oldest version that has it. */
export const FALLBACK_API_VERSION = '2023-12-01'

/** `POST …/sites/my-app/host/default/listkeys`: the request, short enough for one line. */
export function describeRequest(req: Pick<PipelineRequest, 'method' | 'url'>): string {
  let path = req.url
  try {
    path = new URL(req.url).pathname
  } catch {
    // keep the url as given
  }
  path = path.replace(/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\//i, '…/')
  return `${req.method} ${path}`
}

/** Sets the request's timeout (own bound, never past the deadline); a timeout names the request. */
export function timeoutPolicy(deadline: Deadline, service: string): PipelinePolicy {
  return {
    name: 'mcpDeadlineTimeout',
    async sendRequest(request: PipelineRequest, next: SendRequest): Promise<PipelineResponse> {
      const ms = deadline.requestTimeout(request.timeout > 0 ? request.timeout : undefined)
      request.timeout = ms
      try {
        return await next(request)
      } catch (err) {
        if (isTimeout(err) && !request.abortSignal?.aborted) {
          throw new UserError(
            `${service} accepted the connection but did not answer ${describeRequest(request)} within ${formatSeconds(ms)}`,
            'Azure may be degraded; run again, or raise timeout-minutes'
          )
        }
        throw err
      }
    }
  }
}

const REFUSED_VERSION = /NoRegisteredProviderFound|InvalidApiVersionParameter|InvalidResourceType/i

/**
 * When Resource Manager refuses the api-version (sovereign clouds lag behind the public one),
 * retries once with the newest version it lists (not preview, not older than the fallback), and
 * keeps using that version for the rest of the run.
 */
export function apiVersionPolicy(onFallback: (from: string, to: string) => void): PipelinePolicy {
  let chosen: string | undefined
  return {
    name: 'mcpApiVersionFallback',
    async sendRequest(request: PipelineRequest, next: SendRequest): Promise<PipelineResponse> {
      const url = new URL(request.url)
      const asked = url.searchParams.get('api-version')
      const isWeb = /\/providers\/microsoft\.web\//i.test(url.pathname)
      if (!asked || !isWeb) return next(request)
      if (chosen && asked > chosen) {
        url.searchParams.set('api-version', chosen)
        request.url = url.toString()
        return next(request)
      }
      const res = await next(request)
      if (res.status !== 400 && res.status !== 404) return res
      const body = res.bodyAsText ?? ''
      if (!REFUSED_VERSION.test(body) || !/api-?version/i.test(body)) return res
      const pick = pickVersion(body, asked)
      if (!pick) return res
      chosen = pick
      onFallback(asked, pick)
      url.searchParams.set('api-version', pick)
      request.url = url.toString()
      return next(request)
    }
  }
}

/** The newest listed stable version older than `asked`, else the fallback when it is older. */
export function pickVersion(message: string, asked: string): string | undefined {
  const listed = /supported api-versions are '([^']+)'/i.exec(message)?.[1]
  const versions = (listed ?? '')
    .split(',')
    .map(v => v.trim())
    .filter(v => /^\d{4}-\d{2}-\d{2}$/.test(v) && v < asked && v >= FALLBACK_API_VERSION)
    .sort()
  if (versions.length) return versions[versions.length - 1]
  if (!listed && FALLBACK_API_VERSION < asked) return FALLBACK_API_VERSION
  return undefined
}
