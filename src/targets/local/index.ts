import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { DeployRequest, Deployment, Target } from '../target.js'
import { startHost } from './host.js'
import { startSignInFront, type SignInFront } from './signin.js'
import { unzip } from './unzip.js'
import { phase } from '../../report/timeline.js'

export { startHost } from './host.js'
export { readHostConfig, mapAppSetting } from './config.js'
export type { HostOptions, RunningHost } from './host.js'
export type { ForwardingMode } from './config.js'

export interface LocalTargetOptions {
  /** Readiness bound for the handler (default 60 s, like the host). */
  readyTimeoutMs?: number
  /** Where the temporary wwwroot goes (default the OS temp folder). */
  tempDir?: string
}

/** A Functions-style key: 32 random bytes, URL-safe (it also travels as ?code=). */
export function newKey(): string {
  return randomBytes(32).toString('base64url')
}

/**
 * `target: local`: unpacks the package into a temporary wwwroot and hosts it the way the
 * Functions host runs a custom handler, on 127.0.0.1 (local-port, default 7071).
 */
export class LocalTarget implements Target {
  readonly name = 'local' as const

  constructor(private readonly options: LocalTargetOptions = {}) {}

  async deploy(req: DeployRequest): Promise<Deployment> {
    const { ui } = req
    const key = newKey()
    ui.setSecret(key)
    const started = Date.now()
    const wwwroot = await mkdtemp(path.join(this.options.tempDir ?? os.tmpdir(), 'mcp-fd-wwwroot-'))
    try {
      const files = await phase('unpack', () => unzip(req.pkg.zipPath, wwwroot))
      ui.debug(`unpacked ${files} files into ${wwwroot}`)
      const entra = req.settings.endpointAuth === 'entra' ? req.settings.entra : undefined
      const host = await phase('host start', () =>
        startHost({
          wwwroot,
          // With entra the sign-in front takes the port and the host sits behind it.
          port: entra ? 0 : (req.settings.localPort ?? 7071),
          appSettings: req.app.appSettings,
          keys: { default: key },
          readyTimeoutMs: this.options.readyTimeoutMs,
          log: line => ui.info(`[handler] ${line}`)
        })
      )
      for (const note of host.notes) ui.warning(note, { file: 'host.json' })
      let front: SignInFront | undefined
      try {
        if (entra) front = await startSignInFront(host.url, req.settings.localPort ?? 7071, entra)
      } catch (err) {
        await host.stop()
        throw err
      }
      const endpoint = `${front?.url ?? host.url}${host.routePrefix ? '/' + host.routePrefix : ''}/mcp`
      ui.info(
        `local Functions host on ${host.url} (handler pid ${host.handlerPid} on port ${host.handlerPort}, ${host.layout} layout)`
      )
      let stopped: Promise<void> | undefined
      return {
        endpoint,
        key: host.authLevel === 'anonymous' ? undefined : key,
        authLevel: host.authLevel,
        deployed: true,
        signIn: front?.facts,
        details: [
          ['target', 'local Functions-host emulation'],
          ['layout', host.layout],
          ['route prefix', host.routePrefix === '' ? '(none)' : host.routePrefix],
          ['auth level', host.authLevel],
          [
            'forwarding',
            host.forwarding === 'proxy'
              ? 'proxying (streamed)'
              : host.forwarding === 'forward'
                ? 'legacy forwarding (buffered)'
                : 'none'
          ],
          ['handler', `pid ${host.handlerPid}, port ${host.handlerPort}`],
          ['start', `${((Date.now() - started) / 1000).toFixed(1)} s`]
        ],
        stop: () =>
          (stopped ??= (async () => {
            try {
              await front?.close()
              await host.stop()
            } finally {
              await rm(wwwroot, { recursive: true, force: true })
            }
          })())
      }
    } catch (err) {
      await rm(wwwroot, { recursive: true, force: true })
      throw err
    }
  }
}
