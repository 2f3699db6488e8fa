/** Reading what the SCM (Kudu) site answers: records, logs, error bodies. */
import type { PipelineResponse } from '@azure/core-rest-pipeline'
import { UserError } from '../../errors.js'
import { forLog } from '../../io/escape.js'
import type { DeploymentRecord } from './kudu.js'

export function netReason(err: unknown): string {
  const e = err as { code?: string; message?: string }
  return e?.code || (e?.message ?? String(err)).split('\n')[0].slice(0, 120)
}

export function uploadError(res: PipelineResponse, base: string): UserError {
  const line = bodyLine(res.bodyAsText ?? undefined)
  if (res.status === 401 || res.status === 403) {
    return new UserError(
      `the SCM site ${base} refused the upload (HTTP ${res.status}) ${line}`.trim(),
      'the identity needs Website Contributor (or Contributor) on the app, and the SCM site must accept Entra ID tokens'
    )
  }
  if (res.status === 413) return new UserError(`the package is too large for ${base} (HTTP 413)`)
  return new UserError(`upload to ${base} failed: HTTP ${res.status} ${line}`.trim())
}

export function bodyLine(body: string | null | undefined): string {
  if (!body) return ''
  let text = body
  try {
    const parsed = JSON.parse(body) as
      { Message?: string; message?: string; error?: { message?: string } } | string
    text =
      typeof parsed === 'string'
        ? parsed
        : (parsed.error?.message ?? parsed.Message ?? parsed.message ?? body)
  } catch {
    // plain text
  }
  return forLog(text.replace(/\s+/g, ' ').trim().slice(0, 300))
}

export function parseRecord(text: string | undefined): DeploymentRecord | undefined {
  try {
    const v = JSON.parse(text ?? '') as DeploymentRecord | DeploymentRecord[]
    const rec = Array.isArray(v) ? v[0] : v
    if (rec && typeof rec.status === 'number') return rec
  } catch {
    // not JSON yet
  }
  return undefined
}

export function parseArray(text: string): Array<Record<string, unknown>> {
  try {
    const v = JSON.parse(text) as unknown
    return Array.isArray(v) ? (v as Array<Record<string, unknown>>) : []
  } catch {
    return []
  }
}

export function parseObject(text: string): Record<string, string> {
  try {
    const v = JSON.parse(text) as unknown
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : {}
  } catch {
    return {}
  }
}
