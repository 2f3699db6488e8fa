/**
 * The emulator's SCM (Kudu) port: One Deploy `/api/publish`, `/api/zipdeploy`, the deployment
 * records and their logs, `/api/settings`, the container log; the deployment itself (unpacking).
 */
import { createHash, randomUUID } from 'node:crypto'
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync
} from 'node:fs'
import type http from 'node:http'
import path from 'node:path'
import { json } from './http.js'
import type { AzureEmulator, EmulatedDeployment, EmulatorOptions } from './types.js'
import { unzipTo } from './zip.js'

export interface KuduContext {
  emu: AzureEmulator
  opts: EmulatorOptions
  /** The emulator's working folder (uploads, unpacked trees). */
  work: string
  bearerOk(req: http.IncomingMessage): boolean
  /** True while the SCM site restarts after a settings write. */
  scmRestarting(): boolean
  /** Why the handler could not start, when it could not. */
  handlerError(): string | undefined
  /** A deployment succeeded: the app restarts with it. */
  deployed(): void
}

export function kuduRoutes(ctx: KuduContext): {
  scmRoute(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void>
} {
  const { emu, opts, work, bearerOk } = ctx
  async function scmRoute(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL
  ): Promise<void> {
    if (!bearerOk(req)) {
      res.writeHead(401, { 'WWW-Authenticate': 'Bearer' }).end()
      req.resume()
      return
    }
    const p = url.pathname.toLowerCase()
    if (ctx.scmRestarting()) {
      if (p === '/api/publish' || p === '/api/zipdeploy') emu.counts.uploadsDuringScmRestart++
      req.resume()
      res.writeHead(503, { 'Content-Type': 'text/html' }).end('<h1>Service Unavailable</h1>')
      return
    }
    if (p === '/api/settings' && req.method === 'GET') return json(res, 200, { ...emu.appSettings })
    if (p === '/api/logs/docker' && req.method === 'GET' && emu.plan !== 'flex') {
      return json(res, 200, [
        {
          machineName: 'lw0sdlwk0001',
          lastUpdated: new Date().toISOString(),
          size: 1000,
          href: `https://${emu.scmHost}/api/vfs/LogFiles/default_docker.log`,
          path: '/home/LogFiles/default_docker.log'
        }
      ])
    }
    if (p === '/api/vfs/logfiles/default_docker.log' && req.method === 'GET') {
      res.writeHead(200, { 'Content-Type': 'text/plain' })
      res.end(
        [
          `${new Date().toISOString()} INFO  - Starting container for site`,
          ...(ctx.handlerError()
            ? [`${new Date().toISOString()} ERROR - ${ctx.handlerError()}`]
            : [])
        ].join('\n')
      )
      return
    }
    if ((p === '/api/publish' || p === '/api/zipdeploy') && req.method === 'POST')
      return upload(req, res, url, p === '/api/publish' ? 'publish' : 'zipdeploy')
    let m = /^\/api\/deployments\/([^/]+)$/.exec(url.pathname)
    if (m && req.method === 'GET') {
      const latest = m[1] === 'latest'
      const gone = latest ? emu.faults.latestGone : emu.faults.recordGone
      const d = gone
        ? undefined
        : latest
          ? emu.deployments[emu.deployments.length - 1]
          : emu.deployments.find(x => x.id === m![1])
      if (!d) return json(res, 404, { Message: `Deployment '${m[1]}' not found.` })
      grow(d)
      return json(res, 200, deploymentJson(d))
    }
    if (emu.faults.logFails && /^\/api\/deployments\/[^/]+\/log(\/|$)/.test(url.pathname)) {
      req.socket.destroy()
      return
    }
    m = /^\/api\/deployments\/([^/]+)\/log$/.exec(url.pathname)
    if (m && req.method === 'GET') {
      const d = emu.deployments.find(x => x.id === m![1])
      if (!d) return json(res, 404, { Message: 'not found' })
      grow(d)
      return json(
        res,
        200,
        d.log.map(e => ({
          log_time: e.time,
          id: e.id,
          message: e.message,
          type: e.type,
          details_url: e.details.length
            ? `https://${emu.scmHost}/api/deployments/${d.id}/log/${e.id}`
            : null
        }))
      )
    }
    m = /^\/api\/deployments\/([^/]+)\/log\/([^/]+)$/.exec(url.pathname)
    if (m && req.method === 'GET') {
      const d = emu.deployments.find(x => x.id === m![1])
      if (d) grow(d)
      const e = d?.log.find(x => x.id === m![2])
      if (!d || !e) return json(res, 404, { Message: 'not found' })
      return json(
        res,
        200,
        e.details.map((x, i) => ({
          log_time: e.time,
          id: `${e.id}-${i}`,
          message: x.message,
          type: x.type,
          details_url: null
        }))
      )
    }
    return json(res, 404, { Message: `No route ${req.method} ${url.pathname}` })
  }

  async function upload(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL,
    kind: 'publish' | 'zipdeploy'
  ): Promise<void> {
    emu.counts.uploadAttempts++
    const f = emu.faults
    if (f.dropUploadOnce) {
      f.dropUploadOnce = false
      await new Promise<void>(resolve => {
        req.once('data', () => {
          req.socket.destroy()
          resolve()
        })
        req.once('end', resolve)
      })
      return
    }
    const early = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      req.resume()
      req.once('end', () => json(res, status, body, headers))
    }
    if (f.silent === 'upload') {
      req.resume() // read it all, never answer
      return
    }
    if (f.blobUploadFailures) {
      f.blobUploadFailures--
      return early(400, {
        Message:
          'An error occurred while uploading the package: Azure.Functions.Deployment.BlobUploadFailedException: This request is not authorized to perform this operation using this permission. Status: 403 (AuthorizationPermissionMismatch)'
      })
    }
    if (f.forbiddenUploads) {
      f.forbiddenUploads--
      req.resume()
      req.once('end', () =>
        res
          .writeHead(403, { 'Content-Type': 'text/html' })
          .end(
            '<html><head><title>Error 403 - Forbidden</title></head><body>Ip Forbidden</body></html>'
          )
      )
      return
    }
    if (f.badUpload) {
      const message = f.badUpload
      f.badUpload = undefined
      return early(400, { Message: message })
    }
    const rfp = emu.appSettings.WEBSITE_RUN_FROM_PACKAGE ?? ''
    if ((kind === 'zipdeploy' && /^https?:/i.test(rfp)) || f.runFromRemoteUrl) {
      return early(
        409,
        'Run-From-Zip is set to a remote URL using WEBSITE_RUN_FROM_PACKAGE or WEBSITE_USE_ZIP app setting. Deployment is not supported in this configuration.'
      )
    }
    if (f.conflictOnce) {
      f.conflictOnce = false
      return early(
        409,
        'There is a deployment currently in progress. Please try again when it completes.'
      )
    }
    if (f.throttleOnce !== undefined) {
      const s = f.throttleOnce
      f.throttleOnce = undefined
      return early(429, { Message: 'Too many requests' }, { 'Retry-After': String(s) })
    }
    if (f.serverErrorOnce) {
      f.serverErrorOnce = false
      return early(500, { Message: 'An error has occurred.' })
    }
    if (kind === 'publish' && emu.plan !== 'flex')
      return early(400, {
        Message: 'One Deploy with RemoteBuild is for Flex Consumption in this emulator'
      })
    if (kind === 'zipdeploy' && emu.plan === 'flex')
      return early(
        400,
        'Zip deploy is not supported on Flex Consumption; use One Deploy (/api/publish).'
      )
    if (req.headers['content-type'] !== 'application/zip')
      return early(415, {
        Message: `Unsupported Content-Type ${req.headers['content-type'] ?? ''}`
      })

    const id = randomUUID()
    const zipFile = path.join(work, `upload-${id}.zip`)
    const bytes = await new Promise<number>((resolve, reject) => {
      let n = 0
      const out = createWriteStream(zipFile)
      req.on('data', (c: Buffer) => {
        n += c.length
      })
      req.pipe(out)
      out.on('finish', () => resolve(n))
      out.on('error', reject)
      req.on('error', reject)
    })
    const expected = Number(req.headers['content-length'] ?? NaN)
    if (!Number.isNaN(expected) && expected !== bytes)
      return json(res, 400, { Message: `body length ${bytes} != Content-Length ${expected}` })
    emu.counts.uploadsCompleted++
    const d: EmulatedDeployment = {
      id,
      status: 0,
      statusText: 'Receiving changes.',
      kind,
      receivedAt: performance.now(),
      zipFile,
      bytes,
      log: [],
      deployer: url.searchParams.get('Deployer') ?? url.searchParams.get('deployer') ?? ''
    }
    emu.deployments.push(d)
    addLog(d, `Received deployment request (${bytes} bytes, deployer ${d.deployer || 'unknown'}).`)
    void processDeployment(d)
    if (kind === 'publish') {
      json(res, 202, id, { Location: `https://${emu.scmHost}/api/deployments/${id}` })
    } else {
      res
        .writeHead(202, {
          Location: `https://${emu.scmHost}/api/deployments/latest?deployer=${encodeURIComponent(d.deployer)}&time=${Date.now()}`
        })
        .end()
    }
  }

  async function processDeployment(d: EmulatedDeployment): Promise<void> {
    d.status = 1
    d.statusText = 'Building and deploying'
    if (emu.faults.neverFinish) return
    const partial = emu.faults.partialDeployment
    const failure = emu.faults.failDeployment
    if (failure) {
      emu.faults.failDeployment = undefined
      addLog(d, 'Extracting the package.', [])
      addLog(
        d,
        'Deployment failed.',
        failure.map(message => ({ message, type: 2 })),
        2
      )
      finish(d, 3, 'Deployment failed.')
      return
    }
    try {
      const wwwroot = path.join(work, `wwwroot-${d.id}`)
      d.status = 2
      if (opts.extractCache) {
        const sha = createHash('sha256').update(readFileSync(d.zipFile)).digest('hex')
        const kept = path.join(opts.extractCache, sha)
        if (!existsSync(kept)) {
          mkdirSync(opts.extractCache, { recursive: true })
          const tmp = `${kept}.tmp-${randomUUID()}`
          await unzipTo(d.zipFile, tmp)
          try {
            renameSync(tmp, kept)
          } catch (err) {
            // another emulator kept the same package first
            rmSync(tmp, { recursive: true, force: true })
            if (!existsSync(kept)) throw err
          }
        }
        symlinkSync(kept, wwwroot)
        addLog(d, `Extracted the package to /home/site/wwwroot (kept copy ${sha.slice(0, 12)}).`)
      } else {
        const files = await unzipTo(d.zipFile, wwwroot)
        addLog(d, `Extracted ${files} files to /home/site/wwwroot.`)
      }
      if (partial) {
        emu.faults.partialDeployment = undefined
        addLog(
          d,
          'Deployment partially succeeded.',
          partial.map(message => ({ message, type: 1 })),
          1
        )
      }
      const end = () => {
        finish(
          d,
          partial ? 6 : 4,
          partial ? 'Deployment partially successful.' : 'Deployment successful.'
        )
        ctx.deployed()
      }
      const growing = emu.faults.growingLog
      if (growing) {
        // the rest of the log is written as the emulator's clock goes (read by grow())
        emu.faults.growingLog = undefined
        d.growing = { ...growing, startedAt: emu.now(), done: 0, end }
        return
      }
      end()
    } catch (err) {
      addLog(
        d,
        'Extracting the package failed.',
        [{ message: String(err instanceof Error ? err.message : err), type: 2 }],
        2
      )
      finish(d, 3, 'Deployment failed.')
    }
  }

  /** Writes the steps of a growing log that are due by now; ends the deployment after the last. */
  function grow(d: EmulatedDeployment): void {
    const g = d.growing
    if (!g) return
    const due = Math.floor((emu.now() - g.startedAt) / g.everyMs)
    while (g.done < Math.min(due, g.steps.length)) {
      const step = g.steps[g.done++]
      if ('message' in step) addLog(d, step.message)
      else d.log[d.log.length - 1]?.details.push({ message: step.detail, type: 0 })
    }
    if (due > g.steps.length) {
      d.growing = undefined
      g.end()
    }
  }

  function finish(d: EmulatedDeployment, status: number, text: string): void {
    d.status = status
    d.statusText = text
    d.endedAt = performance.now()
  }

  function addLog(
    d: EmulatedDeployment,
    message: string,
    details: Array<{ message: string; type: number }> = [],
    type = 0
  ): void {
    d.log.push({ id: randomUUID(), time: new Date().toISOString(), message, type, details })
  }

  function deploymentJson(d: EmulatedDeployment): Record<string, unknown> {
    const done = [3, 4, 5, -1, 6].includes(d.status)
    return {
      id: d.id,
      status: d.status,
      status_text: d.statusText,
      author_email: 'N/A',
      author: 'N/A',
      deployer: d.deployer,
      message: d.kind === 'publish' ? 'OneDeploy' : 'Created via a push deployment',
      progress: '',
      received_time: new Date(Date.now() - 1000).toISOString(),
      start_time: new Date(Date.now() - 1000).toISOString(),
      end_time: done ? new Date().toISOString() : null,
      last_success_end_time: d.status === 4 ? new Date().toISOString() : null,
      complete: done,
      active: d.status === 4,
      is_temp: false,
      is_readonly: true,
      url: `https://${emu.scmHost}/api/deployments/${d.id}`,
      log_url: `https://${emu.scmHost}/api/deployments/${d.id}/log`,
      site_name: emu.appName,
      build_summary: { errors: [], warnings: [] }
    }
  }

  return { scmRoute }
}
