// npm run bench:deploy — the Azure target's deploy against the HTTPS emulator, phase by phase,
// and the action's own overhead: total minus the upload (time spent sending the zip) minus the
// emulator's deployment time (unpacking, from the upload received to status 4). Target: < 1 s.
// Then time-to-verified-endpoint under a slow cold start (`--cold=SECONDS`, default 45): the
// emulator's app answers 503 that long after the deployment; the waits are simulated on a clock
// that is real time plus the time slept, so the figure is the run as Azure would see it.
//
// Real timers throughout (the polls' slack counts as overhead). Runs each package twice on a
// fresh emulator: the first deploy writes app settings and the tag, the second does not.
// `--child` also runs one deploy in a child process that trusts the emulator only through
// NODE_EXTRA_CA_CERTS and finds the token service through AZURE_AUTHORITY_HOST (no injection).
import { spawn } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { loadTs } from './ts-load.mjs'

const { startAzureEmulator } = await loadTs('test-support/azure-emulator/index.ts')
const fx = await loadTs('test-support/azure-emulator/fixtures.ts')
const { AzureTarget } = await loadTs('src/targets/azure/index.ts')
const { Deadline } = await loadTs('src/io/deadline.ts')
const { smokeTest } = await loadTs('src/verify/smoke.ts')
const { trustInProcess } = await loadTs('test-support/azure-emulator/net-guard.ts')

if (process.argv[2] === '--child-deploy') {
  // The child: plain process, no injected client; the settings come as JSON.
  const { settings, pkg, app } = JSON.parse(process.env.BENCH_DEPLOY)
  const ui = new fx.RecordingUi()
  const t0 = performance.now()
  const dep = await new AzureTarget().deploy({ settings, pkg, app, ui })
  process.stdout.write(
    JSON.stringify({
      totalMs: performance.now() - t0,
      phases: dep.phases,
      uploadMs: dep.uploadMs,
      endpoint: dep.endpoint,
      deployed: dep.deployed
    }) + '\n'
  )
  process.exit(0)
}

const silent = {
  info() {},
  debug() {},
  notice() {},
  warning() {},
  error() {},
  setSecret() {},
  setOutput() {},
  summary() {},
  async flush() {},
  group: (_t, fn) => fn()
}

async function oneDeploy(emu, pkg, app, getIDToken) {
  const settings = fx.emulatorSettings(emu, {
    'client-id': emu.clientId,
    'tenant-id': emu.tenantId
  })
  const target = new AzureTarget({
    httpClient: emu.httpClient,
    authorityHost: emu.authorityHost,
    getIDToken
  })
  const before = emu.deployments.length
  const t0 = performance.now()
  const dep = await target.deploy({ settings, pkg, app, ui: silent })
  const totalMs = performance.now() - t0
  const d = emu.deployments[before]
  const emulatorMs = d && d.endedAt ? d.endedAt - d.receivedAt : 0
  return {
    totalMs,
    phases: dep.phases,
    uploadMs: dep.uploadMs,
    emulatorMs,
    overheadMs: totalMs - dep.uploadMs - emulatorMs,
    settingsWritten: dep.settingsWritten
  }
}

const s = ms => (ms / 1000).toFixed(2)
const cases = [
  [
    'tiny Node server (no dependencies)',
    () => fx.makePackage(fx.tinyNodeApp()),
    fx.appFacts('node'),
    { name: 'node', version: '22' }
  ],
  [
    'examples/weather-node (+ SDK closure)',
    () => fx.makePackage(fx.nodeExampleStage()),
    fx.appFacts('node'),
    { name: 'node', version: '22' }
  ],
  [
    'examples/weather-python (+ mcp 2.x wheels)',
    () => fx.makePackage(fx.pythonExampleStage()),
    fx.appFacts('python'),
    { name: 'python', version: fx.localPython() }
  ]
]
const only = process.argv.find(a => a.startsWith('--only='))?.slice(7)
const getIDToken = async () => fx.fakeGithubIdToken()
const rows = []
for (const [label, make, app, runtime] of cases) {
  if (only && !label.includes(only)) continue
  const pkg = await make()
  const emu = await startAzureEmulator({ runApp: false, runtime })
  try {
    for (const run of [1, 2]) {
      const r = await oneDeploy(emu, pkg, app, getIDToken)
      rows.push({ label, run, bytes: pkg.bytes, ...r })
    }
  } finally {
    await emu.close()
  }
}

console.log('Azure target → emulator (HTTPS on 127.0.0.1, One Deploy), real timers; seconds')
console.log('')
const phaseNames = [
  'login',
  'site',
  'settings',
  'upload',
  'deployment',
  'record',
  'sync',
  'tag',
  'keys'
]
console.log(
  ['package', 'run', 'MB', ...phaseNames, 'total', 'upload*', 'emulator', 'OVERHEAD'].join(' | ')
)
for (const r of rows) {
  const byName = Object.fromEntries(r.phases.map(p => [p.name, p.ms]))
  console.log(
    [
      r.label,
      r.run,
      (r.bytes / 1048576).toFixed(1),
      ...phaseNames.map(n => (byName[n] === undefined ? '—' : s(byName[n]))),
      s(r.totalMs),
      s(r.uploadMs),
      s(r.emulatorMs),
      s(r.overheadMs)
    ].join(' | ')
  )
}
console.log('')
console.log(
  'upload* = time spent sending the zip; emulator = upload received → status 4 (unpacking);'
)
console.log(
  'OVERHEAD = total − upload* − emulator: login, ARM reads/writes, poll slack, sync, tag, keys.'
)
const worst = Math.max(...rows.map(r => r.overheadMs))
console.log(`worst overhead ${s(worst)} s — target < 1 s: ${worst < 1000 ? 'met' : 'NOT met'}`)

{
  // Time to a verified endpoint under a slow cold start.
  const coldS = Number(process.argv.find(a => a.startsWith('--cold='))?.slice(7) ?? 45)
  let slept = 0
  const clock = {
    now: () => Date.now() + slept,
    sleep: async ms => {
      slept += ms
      await new Promise(resolve => setTimeout(resolve, Math.min(ms, 5)))
    },
    random: Math.random
  }
  const emu = await startAzureEmulator({
    runtime: { name: 'node', version: '22' },
    now: clock.now
  })
  const trust = trustInProcess(emu.ca)
  try {
    emu.faults.coldStartMs = coldS * 1000
    const settings = fx.emulatorSettings(emu, {
      'client-id': emu.clientId,
      'tenant-id': emu.tenantId
    })
    const deadline = Deadline.fromMinutes(settings.timeoutMinutes, clock)
    const target = new AzureTarget({
      httpClient: emu.httpClient,
      authorityHost: emu.authorityHost,
      getIDToken
    })
    const pkg = await fx.makePackage(fx.tinyNodeApp())
    const ui = new fx.RecordingUi()
    const dep = await target.deploy({ settings, pkg, app: fx.appFacts('node'), ui, deadline })
    const deployed = deadline.elapsed()
    const smoke = await smokeTest({ ...dep, ui, deadline, diagnose: dep.diagnose })
    const verified = deadline.elapsed()
    const progress = ui.lines.filter(l => l.startsWith('waiting for the app to start')).length
    console.log('')
    console.log(
      `cold start ${coldS} s (503 after the deployment): deployed in ${s(deployed)} s, endpoint verified at ${s(verified)} s (${smoke.tools.length} tool), ${progress} progress lines; slack after the app was up: ${s(Math.max(0, verified - deployed - coldS * 1000))} s at most`
    )
  } finally {
    trust.restore()
    await emu.close()
  }
}

if (process.argv.includes('--child')) {
  // The same deploy from a plain child process: trust through NODE_EXTRA_CA_CERTS, the token
  // service through AZURE_AUTHORITY_HOST, the client-secret flow through AZURE_* variables.
  const emu = await startAzureEmulator({ runApp: false, runtime: { name: 'node', version: '22' } })
  try {
    const pkg = await fx.makePackage(fx.tinyNodeApp())
    const settings = fx.emulatorSettings(emu)
    // async: the emulator runs in this process and must keep answering
    const res = await new Promise(resolve => {
      const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child-deploy'], {
        env: {
          ...process.env,
          NODE_EXTRA_CA_CERTS: emu.certFile,
          AZURE_AUTHORITY_HOST: emu.authorityHost,
          AZURE_TENANT_ID: emu.tenantId,
          AZURE_CLIENT_ID: emu.clientId,
          AZURE_CLIENT_SECRET: emu.clientSecret,
          PATH: '/usr/bin:/bin', // no az: auto falls back to the environment credential
          BENCH_DEPLOY: JSON.stringify({ settings, pkg, app: fx.appFacts('node') })
        }
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', c => (stdout += c))
      child.stderr.on('data', c => (stderr += c))
      child.on('close', status => resolve({ status, stdout, stderr }))
    })
    if (res.status !== 0) {
      console.log(`child deploy FAILED: ${res.stderr.split('\n').slice(0, 5).join(' ')}`)
      process.exitCode = 1
    } else {
      const out = JSON.parse(res.stdout.trim().split('\n').pop())
      console.log('')
      console.log(
        `child process (NODE_EXTRA_CA_CERTS, AZURE_AUTHORITY_HOST, env credential): deployed=${out.deployed} in ${s(out.totalMs)} s (${out.phases.map(p => `${p.name} ${s(p.ms)}`).join(', ')}); token requests seen by the emulator: ${emu.counts.tokens}`
      )
    }
  } finally {
    await emu.close()
  }
}
process.exit(process.exitCode ?? 0)
