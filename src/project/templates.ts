import type { Language, Layout } from './types.js'

export interface Launch {
  defaultExecutablePath: string
  arguments: string[]
  /** The port the code listens on (profile customHandler.port); the SDK default when unknown. */
  port?: number
}

/** Port written into a new profile host.json: the Python SDKs' default. */
export const DEFAULT_PROFILE_PORT = 8000

const json = (v: unknown): string => JSON.stringify(v, null, 2) + '\n'

export function hostJsonTemplate(layout: Layout, launch: Launch): string {
  if (layout === 'profile') {
    return json({
      version: '2.0',
      configurationProfile: 'mcp-custom-handler',
      customHandler: {
        description: {
          defaultExecutablePath: launch.defaultExecutablePath,
          arguments: launch.arguments
        },
        port: launch.port ?? DEFAULT_PROFILE_PORT
      }
    })
  }
  return json({
    version: '2.0',
    extensions: { http: { routePrefix: '' } },
    customHandler: {
      description: {
        defaultExecutablePath: launch.defaultExecutablePath,
        workingDirectory: '',
        arguments: launch.arguments
      },
      enableProxyingHttpRequest: true
    }
  })
}

export const HTTP_TRIGGER = {
  authLevel: 'function',
  type: 'httpTrigger',
  direction: 'in',
  name: 'req',
  methods: ['get', 'post', 'put', 'delete', 'patch', 'head', 'options'],
  route: '{*route}'
}
export const HTTP_OUT = { type: 'http', direction: 'out', name: 'res' }

export function functionJsonTemplate(): string {
  return json({ bindings: [HTTP_TRIGGER, HTTP_OUT] })
}

export function localSettingsTemplate(): string {
  return json({ IsEncrypted: false, Values: { FUNCTIONS_WORKER_RUNTIME: 'custom' } })
}

export function funcignoreTemplate(language: Language | undefined): string {
  const lines = ['.git*', '.vscode', 'local.settings.json', '.env*', 'test', 'tests']
  if (language !== 'node') lines.push('.venv', 'venv', '__pycache__', '*.pyc', 'node_modules')
  return lines.join('\n') + '\n'
}
