/**
 * Runs as the summary and the comment see them: a failing and a passing one, with findings whose
 * messages hold what broke the old output (`<` inside code, backticks, pipes, long fixes).
 */
import type { Finding } from '../../src/project/types.js'
import type { RenderInput } from '../../src/report/comment-render.js'
import type { RunRecord } from '../../src/report/summary.js'
import type { PhaseRecord } from '../../src/report/timeline.js'

export const FINDINGS: Finding[] = [
  {
    rule: 'python-deps/sdk-unbounded',
    severity: 'warning',
    file: 'server/requirements.txt',
    line: 1,
    message:
      '`mcp[cli]>=1.8` has no upper bound: the next major release of mcp is installed automatically at the next deploy and may break the server',
    fix: 'cap the major version: `mcp[cli]>=1.8,<2` (and raise it on purpose after testing the next major release)'
  },
  {
    rule: 'host-json/proxy-misspelled',
    severity: 'error',
    file: 'server/host.json',
    line: 14,
    column: 7,
    message:
      '`customHandler.enableProxyingHttpRequests` is not a setting the host knows (it reads `enableProxyingHttpRequest`): requests are forwarded, not proxied, and the MCP session breaks',
    fix: 'rename it to `enableProxyingHttpRequest` | keep the value `true` & commit host.json'
  },
  {
    rule: 'python-code/port-not-from-env',
    severity: 'notice',
    file: 'server/weather.py',
    line: 92,
    message:
      'the server listens on port 8000, not on `FUNCTIONS_CUSTOMHANDLER_PORT` <the port the host picks>; it works only while nothing else holds 8000',
    fix: 'read the port: `port=int(os.environ.get("FUNCTIONS_CUSTOMHANDLER_PORT", 8000))`'
  }
]

/** Phases as main.ts and the targets mark them, on one Azure deploy (milliseconds). */
export function deployPhases(failAt?: string): PhaseRecord[] {
  const spec: Array<[string, number, number, number]> = [
    ['scan', 0, 0, 180],
    ['plan', 0, 180, 240],
    ['login, site', 0, 240, 2900],
    ['login', 1, 240, 2100],
    ['site', 1, 2100, 2900],
    ['package', 0, 2900, 21900],
    ['install', 1, 2950, 19400],
    ['zip', 1, 19400, 21800],
    ['deploy', 0, 21900, 88400],
    ['settings', 1, 21950, 23800],
    ['upload', 1, 23800, 31200],
    ['deployment', 1, 31200, 79900],
    ['record', 1, 79900, 81500], // Flex: no trigger sync (the platform syncs)
    ['keys', 1, 81500, 88300],
    ['smoke test', 0, 88400, 97600]
  ]
  const out: PhaseRecord[] = []
  for (const [name, depth, start, end] of spec) {
    out.push({ name, depth, start, end, failed: false })
    if (failAt && name === failAt) {
      out[out.length - 1].failed = true
      // the parent failed with it; nothing ran after
      for (const p of out) if (p.depth === 0 && p.start <= start && p.end >= end) p.failed = true
      break
    }
  }
  return out
}

const PACKAGE_MANIFEST = [
  '### Package',
  '',
  '| | |',
  '|---|---|',
  '| size | 9.3 MiB (9751234 bytes) |',
  '| files | 1204 |',
  '| sha256 | `3f2a1c9e0b7d4a5f6e8c1b2a3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a` |',
  '| dependencies | 31 |'
].join('\n')

export function failingDeploy(): RunRecord {
  return {
    mode: 'deploy',
    path: 'server',
    findings: FINDINGS.filter(f => f.severity !== 'error'),
    appSettings: {
      PYTHONPATH: '/home/site/wwwroot/.python_packages/lib/site-packages',
      AzureWebJobsFeatureFlags: 'EnableMcpCustomHandlerPreview'
    },
    sections: [],
    failure: {
      step: 'install',
      message: 'pip install failed',
      causeLines: [
        'Collecting mcp[cli]<2,>=1.8 (from -r requirements.txt (line 1))',
        '  Using cached mcp-1.9.4-py3-none-any.whl.metadata (26 kB)',
        'ERROR: Could not find a version that satisfies the requirement httpx-sse<0.5,>=0.4 (from mcp) (from versions: none)',
        'ERROR: No matching distribution found for httpx-sse<0.5,>=0.4'
      ],
      fix: 'full pip log: /home/runner/work/_temp/mcp-pip-Xa81/pip.log'
    },
    timeline: deployPhases('install')
  }
}

export function passingDeploy(): RunRecord {
  return {
    mode: 'deploy',
    path: 'server',
    findings: FINDINGS.filter(f => f.severity !== 'error'),
    appSettings: {
      PYTHONPATH: '/home/site/wwwroot/.python_packages/lib/site-packages',
      AzureWebJobsFeatureFlags: 'EnableMcpCustomHandlerPreview'
    },
    sections: [
      PACKAGE_MANIFEST,
      [
        '### Deployment',
        '',
        '| | |',
        '| --- | --- |',
        '| endpoint | `https://weather-mcp.azurewebsites.net/mcp` |',
        '| App | weather-mcp (resource group rg-mcp) |',
        '| Plan | Flex Consumption |',
        '| Runtime | python 3.12 |',
        '| Deployment | 6b1f0c2e-4d3a-4b5c-9e8f-7a6b5c4d3e2f via One Deploy |',
        '| tools | get\\_alerts, get\\_forecast |'
      ].join('\n')
    ],
    endpoint: 'https://weather-mcp.azurewebsites.net/mcp',
    tools: ['get_alerts', 'get_forecast'],
    deployed: true,
    timeline: deployPhases()
  }
}

const PR = {
  owner: 'octo-org',
  repo: 'weather-mcp',
  number: 42,
  headSha: '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432',
  apiUrl: 'https://api.github.com',
  serverUrl: 'https://github.com'
}

export function failingComment(): RenderInput {
  return {
    pr: PR,
    path: 'server',
    findings: FINDINGS,
    plan: {
      created: [
        {
          file: 'server/function_app/function.json',
          content:
            '{\n  "bindings": [\n    { "type": "httpTrigger", "authLevel": "function" }\n  ]\n}\n'
        }
      ],
      changed: [
        {
          file: 'server/host.json',
          diff: '--- a/host.json\n+++ b/host.json\n@@ -12,5 +12,5 @@\n-      "enableProxyingHttpRequests": true\n+      "enableProxyingHttpRequest": true\n'
        }
      ]
    }
  }
}

export function passingComment(): RenderInput {
  return { pr: PR, path: 'server', findings: [], plan: { created: [], changed: [] } }
}
