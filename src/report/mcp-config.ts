import path from 'node:path'
import type { Settings } from '../inputs.js'

/** The mcp-config output: a .vscode/mcp.json for the endpoint; the key is prompted for, never written. */
export function mcpConfig(
  settings: Settings,
  prefix: string,
  endpoint: string,
  authLevel: string
): string {
  const name = settings.appName || path.posix.basename(prefix || settings.workspace) || 'mcp-server'
  const keyed = authLevel !== 'anonymous'
  return JSON.stringify({
    servers: {
      [name]: {
        type: 'http',
        url: endpoint,
        ...(keyed ? { headers: { 'x-functions-key': '${input:functions-key}' } } : {})
      }
    },
    inputs: keyed
      ? [
          {
            type: 'promptString',
            id: 'functions-key',
            description: `Function key for ${name}`,
            password: true
          }
        ]
      : []
  })
}
