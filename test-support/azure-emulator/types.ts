/** The emulator's options, fault switches and state, as tests see them. */
import type { HttpClient } from '@azure/core-rest-pipeline'
import type { HostOptions, RunningHost } from '../../src/targets/local/host.js'
import type { EmulatedSignIn } from './entra.js'

export type PlanKind = 'flex' | 'premium' | 'dedicated' | 'consumption' | 'windows'
export type StartHost = (opts: HostOptions) => Promise<RunningHost>

export interface EmulatorOptions {
  subscriptionId?: string
  resourceGroup?: string
  appName?: string
  tenantId?: string
  clientId?: string
  /** The subject a federated credential accepts (OIDC). */
  federatedSubject?: string
  /** The secret the client-credential flow accepts (EnvironmentCredential). */
  clientSecret?: string
  plan?: PlanKind
  runtime?: { name: string; version: string }
  appSettings?: Record<string, string>
  tags?: Record<string, string>
  /** The host runner; default src/targets/local/host.ts's startHost. */
  startHost?: StartHost
  /**
   * A folder where unpacked packages are kept by sha256 between runs (tests only: unpacking a
   * 40 MB Python package takes seconds). The deployment then links the kept tree as its wwwroot.
   */
  extractCache?: string
  /** Run the app at all (false: deployments only unpack). Default true. */
  runApp?: boolean
  log?: (line: string) => void
  /** The clock cold starts and restarts are measured on (a test's virtual clock); Date.now by default. */
  now?: () => number
  /** The GitHub ID token audience the federated credential accepts. */
  oidcAudience?: string
  /** The Microsoft.Web api-versions served (a sovereign cloud); others answer 400. Default: all. */
  apiVersions?: string[]
  /** Another app of the same name in this resource group (the listing shows both). */
  duplicateIn?: string
}

export interface Faults {
  /** The next upload is answered 409 (another deployment is running). */
  conflictOnce?: boolean
  /** The next upload is answered 429 with this Retry-After (seconds). */
  throttleOnce?: number
  /** The next upload is answered 500. */
  serverErrorOnce?: boolean
  /** The next upload's connection is dropped after its first bytes. */
  dropUploadOnce?: boolean
  /** The next deployment fails (status 3) with these log lines. */
  failDeployment?: string[]
  /** Deployments never leave Building. */
  neverFinish?: boolean
  /** The token service refuses every request with AADSTS70021 / invalid_client. */
  refuseToken?: boolean
  /** GET /api/deployments/{id} answers 404 (the Flex deployment worker was recycled). */
  recordGone?: boolean
  /** …and /api/deployments/latest too. */
  latestGone?: boolean
  /** The next deployment ends PartialSuccess (status 6) with these log lines. */
  partialDeployment?: string[]
  /** After each deployment (or settings write) the app answers 503 this long (ms, emulator clock). */
  coldStartMs?: number
  /** The Functions host never starts: 503 forever, host status Error. */
  hostNeverStarts?: boolean
  /** The next n uploads are answered 400 BlobUploadFailedException (a role still propagating). */
  blobUploadFailures?: number
  /** The next n uploads are answered 403 (an access restriction still propagating). */
  forbiddenUploads?: number
  /** The next upload is answered 400 with this Kudu message. */
  badUpload?: string
  /** Elastic Premium/Dedicated: after a settings write the SCM site restarts this long (ms). */
  scmRestartMs?: number
  /** The next n settings writes are answered 409 (another operation in progress). */
  armConflicts?: number
  /** The next settings write is answered 429 with this Retry-After (seconds). */
  armRetryAfter?: number
  /** Accept the request and never answer. */
  silent?: 'upload' | 'listkeys'
  /** The next n listkeys are answered 400 ServiceUnavailable from the host runtime. */
  keysUnavailable?: number
  /** Applied (as another writer would) right after the next app-settings read is answered. */
  concurrentSettingsWrite?: Record<string, string>
  /** The status the trigger sync answers (204 by default). */
  syncStatus?: number
  /** Uploads are answered 409 "Run-From-Zip is set to a remote URL" (whatever the settings say). */
  runFromRemoteUrl?: boolean
  /** The subscription's site listing leaves out the SCM host and functionAppConfig. */
  thinListing?: boolean
  /** The deployment log routes drop the connection (the record itself answers). */
  logFails?: boolean
  /**
   * The next deployment writes its log as it goes: after unpacking, one step every `everyMs`
   * (emulator clock), each a new entry (`message`) or a line of output added to the details of
   * the newest entry (`detail`); it ends `everyMs` after the last step.
   */
  growingLog?: { everyMs: number; steps: Array<{ message: string } | { detail: string }> }
}

export interface EmulatedDeployment {
  id: string
  status: number
  statusText: string
  kind: 'publish' | 'zipdeploy'
  receivedAt: number
  endedAt?: number
  zipFile: string
  bytes: number
  log: Array<{
    id: string
    time: string
    message: string
    type: number
    details: Array<{ message: string; type: number }>
  }>
  deployer: string
  /** A growing log still being written (Faults.growingLog): steps done, and how it ends. */
  growing?: {
    everyMs: number
    steps: Array<{ message: string } | { detail: string }>
    startedAt: number
    done: number
    end: () => void
  }
}

export interface RequestRecord {
  port: 'main' | 'scm' | 'app'
  method: string
  path: string
  status?: number
}

export interface AzureEmulator {
  subscriptionId: string
  resourceGroup: string
  appName: string
  tenantId: string
  clientId: string
  federatedSubject: string
  clientSecret: string
  /** https://127.0.0.1:<main> (Resource Manager and the token service). */
  armEndpoint: string
  authorityHost: string
  defaultHostName: string
  scmHost: string
  /** PEM of the self-signed certificate; certFile for NODE_EXTRA_CA_CERTS. */
  ca: string
  certFile: string
  /** An HttpClient trusting the certificate, for @azure/identity, ARM and Kudu in this process. */
  httpClient: HttpClient
  faults: Faults
  plan: PlanKind
  runtime: { name: string; version: string }
  appSettings: Record<string, string>
  tags: Record<string, string>
  keys: { master: string; default: string; system: string }
  deployments: EmulatedDeployment[]
  requests: RequestRecord[]
  counts: {
    tokens: number
    tokensRefused: number
    uploadAttempts: number
    uploadsCompleted: number
    settingsWrites: number
    tagWrites: number
    syncs: number
    keyReads: number
    /** Uploads that arrived while the SCM site was restarting. */
    uploadsDuringScmRestart: number
    settingsReads: number
    hostStatusReads: number
  }
  /** The emulator's clock. */
  now(): number
  /** Tokens handed out (token service or fake az) that ARM and Kudu accept. */
  issueToken(): string
  /** Writes an `az` that prints a token for `az account get-access-token`; returns its folder. */
  writeFakeAz(dir?: string): string
  /** Resolves when the app host runs the latest deployment (rejects when it cannot start). */
  appReady(): Promise<RunningHost | undefined>
  /** App Service authentication (authsettingsV2, app tokens, the platform's gate): entra.ts. */
  signIn: EmulatedSignIn
  close(): Promise<void>
}
