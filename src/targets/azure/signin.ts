/**
 * The Azure target's sign-in step (`endpoint-auth`), in three calls the deploy makes:
 *
 * 1. `prepareSignIn` before anything is written: with entra, reads authsettingsV2 (an app or
 *    cloud without the feature fails here, before the upload) and the tenant's issuer.
 * 2. `edit(current)` inside the one app-settings write the deploy makes anyway: the PRM setting
 *    and the ownership mark (entra), or their removal (back to key, when the mark is there).
 * 3. `commit(apply)` right after that write: the auth-settings write, only when the owned fields
 *    differ; when it fails (403 above all) the app settings are put back, so nothing is left
 *    half-configured.
 *
 * With `key` and no mark (the usual deploy) it makes no request at all.
 */
import type { TokenCredential } from '@azure/identity'
import { UserError } from '../../errors.js'
import type { Settings } from '../../inputs.js'
import type { SignInFacts } from '../../inputs-entra.js'
import type { Ui } from '../../report/ui.js'
import {
  PRM_SETTING,
  SIGNIN_RECORD_SETTING,
  issuerFor,
  parseSigninRecord,
  planSignIn,
  readAuth,
  tenantOfToken,
  writeAuth,
  type AuthProps,
  type SettingsChange,
  type SignInPlan
} from './entra.js'
import type { Arm, SiteFacts } from './site.js'

/** Applies one app-settings edit (read, edit, write: the deploy's own read-modify-write). */
export type ApplyEdit = (
  change: (current: Record<string, string>) => SettingsChange
) => Promise<void>

export interface SignInContext {
  arm: Arm
  site: SiteFacts
  settings: Settings
  credential: TokenCredential
  /** The login host (`https://login.microsoftonline.com`, or the emulator's). */
  authorityHost: string
  /** The scope of Resource Manager tokens (to read the tenant from one). */
  armScope: string
  ui: Ui
}

export interface SignInOutcome {
  /** Owned auth fields written (empty: none). */
  authWritten: string[]
  /** Summary rows ('' mode none). */
  rows: Array<[string, string]>
  /** With entra: what the verify step checks. */
  facts?: SignInFacts
}

export class SignInStep {
  /** The app settings as the edit saw them (the last read before the write). */
  private seen: Record<string, string> | undefined
  private plan: SignInPlan | undefined

  private constructor(
    private readonly ctx: SignInContext,
    private readonly auth: AuthProps | undefined,
    private readonly issuer: string | undefined
  ) {}

  get mode(): 'key' | 'entra' {
    return this.ctx.settings.endpointAuth
  }

  static async prepare(ctx: SignInContext): Promise<SignInStep> {
    const { settings } = ctx
    if (settings.endpointAuth !== 'entra') return new SignInStep(ctx, undefined, undefined)
    const auth = await readAuth(ctx.arm, ctx.site, settings.azureEnvironment)
    const tenant = settings.tenantId || (await tenantOf(ctx))
    return new SignInStep(ctx, auth, issuerFor(ctx.authorityHost, tenant))
  }

  /** The sign-in's part of the settings write, given the settings as read. */
  edit(current: Record<string, string>): SettingsChange {
    this.seen = { ...current }
    const { settings } = this.ctx
    if (settings.endpointAuth === 'key' && !parseSigninRecord(current[SIGNIN_RECORD_SETTING])) {
      this.plan = undefined
      return { set: {}, remove: [] }
    }
    this.plan = planSignIn(
      { endpointAuth: settings.endpointAuth, entra: settings.entra, issuer: this.issuer },
      // Back to key: the auth settings are read in commit (nothing read them before).
      this.auth ?? {},
      current
    )
    return this.plan.settings(current)
  }

  /** After the settings write: the auth write, or the settings put back when it fails. */
  async commit(apply: ApplyEdit): Promise<SignInOutcome> {
    const { arm, site, settings, ui } = this.ctx
    const seen = this.seen ?? {}
    let plan = this.plan
    if (!plan) return { authWritten: [], rows: [] }
    try {
      if (plan.mode === 'revert') {
        const auth = await readAuth(arm, site, settings.azureEnvironment)
        plan = planSignIn({ endpointAuth: 'key' }, auth, seen)
      }
      if (plan.authChanges.length) {
        ui.info(
          `authentication settings: ${plan.mode === 'revert' ? 'putting back' : 'writing'} ${plan.authChanges.join(', ')} (the app restarts)`
        )
        await writeAuth(arm, site, plan.after)
      } else ui.info('authentication settings: nothing to change')
    } catch (err) {
      const keys = [PRM_SETTING, SIGNIN_RECORD_SETTING]
      try {
        await apply(current => plan!.undo(current, pick(seen, keys)))
        ui.info(`app settings: put back ${keys.join(', ')} as they were`)
      } catch (undoErr) {
        ui.warning(
          `putting back the app settings ${keys.join(', ')} failed too (${undoErr instanceof Error ? undoErr.message : String(undoErr)}); check them in the portal`
        )
      }
      throw err
    }
    const e = settings.entra
    if (plan.mode !== 'entra' || !e || !this.issuer)
      return { authWritten: plan.authChanges, rows: plan.rows }
    const issuer = this.issuer
    const credential = this.ctx.credential
    const facts: SignInFacts = {
      issuer,
      scope: e.scope,
      identifierUri: e.identifierUri,
      clientId: e.clientId,
      rows: plan.rows,
      async getToken() {
        const scope = `${e.identifierUri}/.default`
        let token: string
        try {
          const t = await credential.getToken(scope)
          if (!t?.token) return { reason: 'the token service gave none' }
          token = t.token
        } catch (err) {
          return { reason: (err instanceof Error ? err.message : String(err)).split('\n')[0] }
        }
        ui.setSecret(token)
        const app = appOfToken(token)
        if (e.allowedClientIds.length && (!app || !e.allowedClientIds.includes(app.toLowerCase())))
          return {
            reason: `the deploying identity${app ? ` (${app})` : ''} is not among entra-allowed-client-ids`
          }
        return { token }
      }
    }
    return { authWritten: plan.authChanges, rows: plan.rows, facts }
  }
}

function pick(o: Record<string, string>, keys: string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k]
  return out
}

async function tenantOf(ctx: SignInContext): Promise<string> {
  try {
    const t = await ctx.credential.getToken(ctx.armScope)
    const tid = t ? tenantOfToken(t.token) : undefined
    if (tid) return tid
  } catch {
    // said below
  }
  throw new UserError(
    'endpoint-auth entra: the tenant of the sign-in is not known',
    "set tenant-id (the directory of the server's app registration)"
  )
}

function appOfToken(token: string): string | undefined {
  try {
    const c = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      azp?: unknown
      appid?: unknown
    }
    const v = c.azp ?? c.appid
    return typeof v === 'string' ? v : undefined
  } catch {
    return undefined
  }
}
