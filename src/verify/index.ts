/**
 * The verify step: prove the deployed endpoint answers MCP. With a sign-in (endpoint-auth entra)
 * the door is checked first (401 + resource metadata) and the room with a token where one can be
 * had; otherwise the MCP smoke test with the function key. Each loads only what it needs.
 */
import type { Deadline } from '../io/deadline.js'
import { heartbeat } from '../report/heartbeat.js'
import { phase } from '../report/timeline.js'
import type { Ui } from '../report/ui.js'
import type { Deployment } from '../targets/target.js'

export interface Verified {
  /** The tool names the server listed. */
  tools: string[]
  /** With a sign-in: what the check reached (door and room, or why only the door). */
  signInLine: string
}

export async function verifyDeployment(
  deployment: Deployment,
  ui: Ui,
  deadline: Deadline | undefined
): Promise<Verified> {
  const diagnose = deployment.diagnose?.bind(deployment)
  const signIn = deployment.signIn
  if (signIn) {
    const { verifySignIn } = await import('./entra.js')
    const v = await phase('smoke test', () =>
      ui.group('Sign-in check and smoke test', () =>
        verifySignIn({
          endpoint: deployment.endpoint,
          signIn,
          ui,
          deadline,
          smoke: { deadline, diagnose }
        })
      )
    )
    const signInLine = v.room === true ? 'door and room: 401 without a token, MCP with one' : v.room
    return { tools: v.tools, signInLine }
  }
  const { smokeTest } = await import('./smoke.js')
  const smoke = await phase('smoke test', () =>
    ui.group('Smoke test', () =>
      heartbeat(ui, 'the smoke test', () =>
        smokeTest({
          endpoint: deployment.endpoint,
          key: deployment.key,
          authLevel: deployment.authLevel,
          ui,
          deadline,
          diagnose
        })
      )
    )
  )
  ui.info(`tools: ${smoke.tools.join(', ') || '(none)'}`)
  return { tools: smoke.tools, signInLine: '' }
}
