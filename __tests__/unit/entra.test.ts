/**
 * The pieces of endpoint-auth entra that need no server: the inputs' one-line errors, the
 * platform's token checks (each refusal), the authsettingsV2 plan (owned fields only, revert to
 * what someone else had), and the check-mode findings and the anonymous stage.
 */
import { describe, expect, it } from '@jest/globals'
import { readEntraInputs } from '../../src/inputs-entra.js'
import { UserError } from '../../src/errors.js'
import {
  TokenIssuer,
  checkToken,
  gate,
  type GateConfig
} from '../../src/targets/local/signin-platform.js'
import {
  PRM_SETTING,
  SIGNIN_RECORD_SETTING,
  planSignIn,
  type AuthProps
} from '../../src/targets/azure/entra.js'
import { parseChallenge } from '../../src/verify/entra.js'

const ID = '5d1f0a4e-3c2b-4a1d-9e8f-7a6b5c4d3e2f'
const raw = (o: Record<string, string> = {}) => ({
  'endpoint-auth': 'entra',
  'entra-client-id': ID,
  'entra-identifier-uri': '',
  'entra-scope': 'user_impersonation',
  'entra-allowed-client-ids': '',
  ...o
})
const err = (o: Record<string, string>) => {
  try {
    readEntraInputs(raw(o))
  } catch (e) {
    expect(e).toBeInstanceOf(UserError)
    expect((e as Error).message.split('\n')).toHaveLength(1)
    return (e as Error).message
  }
  throw new Error('no error')
}

describe('entra inputs', () => {
  it('defaults the identifier URI and the scope', () => {
    expect(readEntraInputs(raw()).entra).toEqual({
      clientId: ID,
      identifierUri: `api://${ID}`,
      scopeName: 'user_impersonation',
      scope: `api://${ID}/user_impersonation`,
      allowedClientIds: []
    })
    expect(readEntraInputs(raw({ 'endpoint-auth': 'key' }))).toEqual({ endpointAuth: 'key' })
  })
  it('takes a full scope and a list of clients', () => {
    const e = readEntraInputs(
      raw({
        'entra-identifier-uri': 'api://contoso.com/mcp/',
        'entra-scope': 'api://contoso.com/mcp/Tools.Read',
        'entra-allowed-client-ids': `aebc6443-996d-45c2-90f0-388ff96faa56,\n${ID} ${ID.toUpperCase()}`
      })
    ).entra!
    expect(e.identifierUri).toBe('api://contoso.com/mcp')
    expect(e.scope).toBe('api://contoso.com/mcp/Tools.Read')
    expect(e.allowedClientIds).toEqual(['aebc6443-996d-45c2-90f0-388ff96faa56', ID])
  })
  it('refuses bad input with one line each', () => {
    expect(err({ 'endpoint-auth': 'oauth' })).toMatch(
      /endpoint-auth: "oauth" is not one of key, entra/
    )
    expect(err({ 'entra-client-id': '' })).toMatch(/entra-client-id is required/)
    expect(err({ 'entra-client-id': 'my-app' })).toMatch(/"my-app" is not a GUID/)
    expect(err({ 'entra-scope': 'user_impersonation openid' })).toMatch(/has spaces/)
    expect(err({ 'entra-scope': 'a"b' })).toMatch(/characters a scope cannot have/)
    expect(err({ 'entra-scope': 'api://other/x' })).toMatch(/does not belong/)
    expect(err({ 'entra-identifier-uri': 'contoso' })).toMatch(/not an Application ID URI/)
    expect(err({ 'entra-identifier-uri': 'api://x?y' })).toMatch(/query or fragment/)
    expect(err({ 'entra-allowed-client-ids': `${ID}, vscode` })).toMatch(/"vscode" is not a GUID/)
  })
})

describe('the platform gate', () => {
  const issuer = new TokenIssuer()
  const iss = 'https://login.example/tenant/v2.0'
  const cfg: GateConfig = {
    enabled: true,
    requireAuthentication: true,
    unauthenticatedClientAction: 'Return401',
    issuer: iss,
    audiences: [`api://${ID}`, ID],
    allowedApplications: ['aebc6443-996d-45c2-90f0-388ff96faa56'],
    prmScopes: [`api://${ID}/user_impersonation`],
    jwks: issuer.jwks()
  }
  const good = { iss, aud: `api://${ID}`, appid: 'aebc6443-996d-45c2-90f0-388ff96faa56', tid: 't' }
  const check = (token: string) =>
    checkToken(token, cfg.jwks, {
      issuer: iss,
      audiences: cfg.audiences,
      allowedApplications: cfg.allowedApplications
    })

  it('accepts a good token and refuses each kind of bad one', () => {
    expect(check(issuer.issue(good)).ok).toBe(true)
    const [h, c, s] = issuer.issue(good).split('.')
    const claims = JSON.parse(Buffer.from(c, 'base64url').toString()) as Record<string, unknown>
    const forged = Buffer.from(JSON.stringify({ ...claims, appid: 'x', azp: 'x' })).toString(
      'base64url'
    )
    expect(check(`${h}.${forged}.${s}`)).toMatchObject({ ok: false, error: 'bad signature' })
    const other = new TokenIssuer().issue(good)
    expect(check(other)).toMatchObject({ ok: false, error: 'signed with an unknown key' })
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${c}.`
    expect(check(none)).toMatchObject({ ok: false, status: 401 })
    expect(check(issuer.issue({ ...good, iss: 'https://evil/tenant/v2.0' }))).toMatchObject({
      ok: false,
      error: /issuer/
    })
    expect(check(issuer.issue({ ...good, aud: 'api://other' }))).toMatchObject({
      ok: false,
      error: /audience/
    })
    expect(check(issuer.issue({ ...good, ttl: -10 }))).toMatchObject({
      ok: false,
      error: 'expired'
    })
    expect(check(issuer.issue({ ...good, appid: ID }))).toMatchObject({ ok: false, status: 403 })
    expect(check('abc')).toMatchObject({ ok: false })
  })

  it('answers 401 with the challenge, serves the metadata, lets admin and good tokens through', () => {
    const o = 'https://app.example'
    const a = gate(cfg, 'POST', '/mcp', undefined, o)!
    expect(a.status).toBe(401)
    const ch = parseChallenge(a.headers['WWW-Authenticate'])
    expect(ch.scheme).toBe('Bearer')
    expect(ch.params.resource_metadata).toBe(`${o}/.well-known/oauth-protected-resource/mcp`)
    const doc = JSON.parse(
      gate(cfg, 'GET', '/.well-known/oauth-protected-resource/mcp', undefined, o)!.body
    )
    expect(doc).toEqual({
      resource: `${o}/mcp`,
      authorization_servers: [iss],
      scopes_supported: [`api://${ID}/user_impersonation`],
      bearer_methods_supported: ['header']
    })
    expect(
      JSON.parse(gate(cfg, 'GET', '/.well-known/oauth-protected-resource', undefined, o)!.body)
        .resource
    ).toBe(o)
    expect(gate(cfg, 'GET', '/admin/host/status', undefined, o)).toBeUndefined()
    expect(gate(cfg, 'POST', '/mcp', `Bearer ${issuer.issue(good)}`, o)).toBeUndefined()
    expect(
      gate(cfg, 'POST', '/mcp', `Bearer ${issuer.issue({ ...good, ttl: -1 })}`, o)!.headers[
        'WWW-Authenticate'
      ]
    ).toMatch(/error="invalid_token"/)
    expect(
      gate({ ...cfg, prmScopes: [] }, 'POST', '/mcp', undefined, o)!.headers['WWW-Authenticate']
    ).not.toMatch(/resource_metadata/)
    expect(gate({ ...cfg, enabled: false }, 'POST', '/mcp', undefined, o)).toBeUndefined()
  })

  it('parses challenges without being fooled by escaped text', () => {
    expect(
      parseChallenge(
        'Bearer realm="a\\", resource_metadata=\\"https://evil", resource_metadata="https://good"'
      ).params.resource_metadata
    ).toBe('https://good')
  })
})

describe('the authsettingsV2 plan', () => {
  const entra = readEntraInputs(raw()).entra!
  const issuer = 'https://login.microsoftonline.com/t/v2.0'
  const theirs: AuthProps = {
    platform: { enabled: true, runtimeVersion: '~1' },
    globalValidation: {
      requireAuthentication: false,
      unauthenticatedClientAction: 'AllowAnonymous',
      excludedPaths: ['/health']
    },
    identityProviders: {
      azureActiveDirectory: {
        enabled: true,
        registration: { clientId: 'old', clientSecretSettingName: 'S' }
      }
    },
    httpSettings: { requireHttps: true }
  }

  it('changes only the owned fields, and puts back what was there before on the way back to key', () => {
    const plan = planSignIn({ endpointAuth: 'entra', entra, issuer }, theirs, {})
    expect(plan.authChanges).toEqual(
      expect.arrayContaining([
        'requireAuthentication',
        'unauthenticatedClientAction',
        'clientId',
        'openIdIssuer',
        'allowedAudiences'
      ])
    )
    expect(plan.authChanges).not.toContain('enabled') // it was on already
    expect(plan.after.globalValidation?.excludedPaths).toEqual(['/health'])
    expect(
      plan.after.identityProviders?.azureActiveDirectory?.registration?.clientSecretSettingName
    ).toBe('S')
    const set = plan.settings({ OTHER: '1' }).set
    expect(set[PRM_SETTING]).toBe(entra.scope)
    // second entra deploy on what the first wrote: nothing to do
    const again = planSignIn({ endpointAuth: 'entra', entra, issuer }, plan.after, { ...set })
    expect(again.authChanges).toEqual([])
    expect(again.settings({ ...set })).toEqual({ set: {}, remove: [] })
    // back to key: their values again
    const back = planSignIn({ endpointAuth: 'key' }, plan.after, { ...set })
    expect(back.mode).toBe('revert')
    expect(back.after).toEqual(JSON.parse(JSON.stringify(theirs)))
    expect(back.settings({ ...set, OTHER: '1' })).toEqual({
      set: {},
      remove: [PRM_SETTING, SIGNIN_RECORD_SETTING]
    })
  })

  it('leaves an app alone that it did not configure', () => {
    const plan = planSignIn({ endpointAuth: 'key' }, theirs, { [PRM_SETTING]: 'theirs' })
    expect(plan.mode).toBe('none')
    expect(plan.settings({ [PRM_SETTING]: 'theirs' })).toEqual({ set: {}, remove: [] })
  })
})

describe('check and stage under endpoint-auth entra', () => {
  it('anonymous is expected, a server with its own check is a finding, the stage makes the function anonymous', async () => {
    const fs = await import('node:fs')
    const os = await import('node:os')
    const path = await import('node:path')
    const { scanProject } = await import('../../src/project/scan.js')
    const { planArtifacts } = await import('../../src/project/generate.js')
    const { signInFindings, anonymousPlan } = await import('../../src/project/signin.js')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mfd-entra-check-'))
    try {
      const src = path.join(
        path.dirname(new URL(import.meta.url).pathname),
        '../../examples/weather-node'
      )
      fs.cpSync(src, dir, { recursive: true, filter: s => !s.includes('node_modules') })
      const server = path.join(dir, 'server.js')
      const lines = fs.readFileSync(server, 'utf8').split('\n')
      lines.splice(3, 0, "app.use('/mcp', requireBearerAuth({ verifier }))")
      fs.writeFileSync(server, lines.join('\n'))

      const project = await scanProject(dir)
      expect(project.findings.some(f => f.rule.endsWith('/anonymous'))).toBe(false)
      const entra = signInFindings(project, project.findings, 'entra')
      expect(entra.find(f => f.rule === 'entra/server-auth')).toMatchObject({
        severity: 'warning',
        file: 'server.js',
        line: 4
      })
      expect(signInFindings(project, project.findings, 'key')).toBe(project.findings)

      // an anonymous function: a warning under key, expected under entra
      const fj = path.join(dir, 'mcp-handler', 'function.json')
      const text = fs.readFileSync(fj, 'utf8')
      fs.writeFileSync(fj, text.replace(/"authLevel":\s*"function"/, '"authLevel": "anonymous"'))
      const anon = await scanProject(dir)
      expect(anon.findings.map(f => f.rule)).toContain('function-json/anonymous')
      expect(signInFindings(anon, anon.findings, 'entra').map(f => f.rule)).not.toContain(
        'function-json/anonymous'
      )

      // the stage: function.json's trigger anonymous, only in the package
      fs.writeFileSync(fj, text)
      const plan = await planArtifacts(await scanProject(dir), 'auto')
      const staged = anonymousPlan(plan)
      expect(staged.changed).toBe('mcp-handler/function.json')
      const after = staged.plan.changed.find(c => c.file === 'mcp-handler/function.json')!.after
      expect(JSON.parse(after).bindings[0].authLevel).toBe('anonymous')
      expect(fs.readFileSync(fj, 'utf8')).toBe(text)
      expect(anonymousPlan(staged.plan).changed).toBeUndefined() // already anonymous
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('verifySignIn refuses a door that is not right', () => {
  it('open door, no metadata, metadata elsewhere, wrong issuer, wrong scope: one line each', async () => {
    const http = await import('node:http')
    const { verifySignIn } = await import('../../src/verify/entra.js')
    let mode = ''
    const server = http.createServer((req, res) => {
      const origin = `http://${req.headers.host}`
      if (req.url?.startsWith('/.well-known/oauth-protected-resource')) {
        const doc = {
          resource: origin,
          authorization_servers: [
            mode === 'issuer' ? 'https://evil/v2.0' : 'https://login.example/t/v2.0'
          ],
          scopes_supported: [mode === 'scope' ? 'api://x/other' : `api://${ID}/user_impersonation`]
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(doc))
        return
      }
      req.resume()
      if (mode === 'open') return void res.writeHead(200).end('{}')
      const meta =
        mode === 'elsewhere'
          ? 'https://evil.example/.well-known/oauth-protected-resource'
          : `${origin}/.well-known/oauth-protected-resource/mcp`
      const header = mode === 'nometa' ? 'Bearer realm="x"' : `Bearer resource_metadata="${meta}"`
      res.writeHead(401, { 'www-authenticate': header }).end()
    })
    await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()))
    const port = (server.address() as { port: number }).port
    const ui = { info() {}, setSecret() {} } as unknown as import('../../src/report/ui.js').Ui
    const signIn = {
      issuer: 'https://login.example/t/v2.0',
      scope: `api://${ID}/user_impersonation`,
      identifierUri: `api://${ID}`,
      clientId: ID,
      rows: [],
      getToken: async () => ({ reason: 'none in this test' })
    }
    const run = async (m: string) => {
      mode = m
      return verifySignIn({
        endpoint: `http://127.0.0.1:${port}/mcp`,
        signIn,
        ui,
        attempts: 1
      }).then(
        r => r.room as string,
        (e: Error) => e.message
      )
    }
    try {
      expect(await run('open')).toMatch(/answered HTTP 200, not 401/)
      expect(await run('nometa')).toMatch(/names no resource_metadata/)
      expect(await run('elsewhere')).toMatch(/is not this app's/)
      expect(await run('issuer')).toMatch(/not the tenant's https:\/\/login\.example\/t\/v2\.0/)
      expect(await run('scope')).toMatch(/lists the scopes \[api:\/\/x\/other\]/)
      expect(await run('good')).toMatch(/checked the door but not the room: .*none in this test/)
    } finally {
      server.close()
    }
  })
})
