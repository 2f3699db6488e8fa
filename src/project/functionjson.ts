import type { ProjectFiles } from './files.js'
import { ciGet, isObj, readJsonArtifact } from './artifact.js'
import { caseInsensitive, isAuthLevelName } from './hostjson.js'
import type { JsonDoc } from './json.js'
import type { Finding } from './types.js'
import type { AuthLevel } from '../targets/target.js'

/** The classic layout's HTTP trigger, as the original recipe names it. */
export const FUNCTION_JSON = 'mcp-handler/function.json'
const REQUIRED_METHODS = ['post', 'get', 'delete']

export interface FunctionFacts {
  file: string
  authLevel: AuthLevel
  route?: string
}

export interface FunctionLoad {
  doc?: JsonDoc
  facts?: FunctionFacts
  findings: Finding[]
}

/**
 * Does an ASP.NET-style route template match `path`? Literal segments, `{name}` (one
 * segment, optional with `?`) and a trailing catch-all `{*name}` (any rest, also empty).
 */
export function routeMatches(template: string, path: string): boolean {
  const t = template
    .replace(/^\/+|\/+$/g, '')
    .split('/')
    .filter(Boolean)
  const p = path
    .replace(/^\/+|\/+$/g, '')
    .split('/')
    .filter(Boolean)
  for (let i = 0; i < t.length; i++) {
    const seg = t[i]
    if (/^\{\*[^}]*\}$/.test(seg)) return true
    const param = /^\{([^}]*)\}$/.exec(seg)
    if (i >= p.length) return !!param && param[1].endsWith('?') && i === t.length - 1
    if (param) continue
    if (seg.toLowerCase() !== p[i].toLowerCase()) return false
  }
  return t.length === p.length
}

/** The function folder holding the HTTP trigger: mcp-handler, or another top-level folder with a function.json. */
function findFunctionJson(files: ProjectFiles): string {
  if (files.exists(FUNCTION_JSON)) return FUNCTION_JSON
  const others = files.list(n => n === 'function.json', 1).filter(f => f.split('/').length === 2)
  return others[0] ?? FUNCTION_JSON
}

export function loadFunction(files: ProjectFiles): FunctionLoad {
  const file = findFunctionJson(files)
  const a = readJsonArtifact(
    files,
    file,
    { unreadable: 'function-json/unreadable', syntax: 'function-json/syntax' },
    'correct the JSON at that position'
  )
  if (a.kind === 'missing') {
    return {
      findings: [
        {
          rule: 'function-json/missing',
          severity: 'error',
          file,
          line: 1,
          message: `${file} is missing: in the classic layout nothing routes HTTP requests to your server`,
          fix: 'run `generate` to write mcp-handler/function.json (an httpTrigger on route {*route})'
        }
      ]
    }
  }
  if (a.kind === 'problem') return { doc: a.doc, findings: [a.finding] }
  const { doc, value } = a
  const raw = ciGet(value, 'bindings')
  const bindings = Array.isArray(raw) ? raw : []
  const trigger = bindings.find(isHttpTrigger)
  const authLevel = ciGet(trigger, 'authLevel')
  const route = ciGet(trigger, 'route')
  const level = typeof authLevel === 'string' ? authLevel.toLowerCase() : 'function'
  return {
    doc,
    facts: {
      file,
      authLevel: (['anonymous', 'function', 'admin'].includes(level)
        ? level
        : 'function') as AuthLevel,
      route: typeof route === 'string' ? route : undefined
    },
    findings: []
  }
}

/** A binding of type httpTrigger (keys and the type's value compared case-insensitively, as the host does). */
export function isHttpTrigger(b: unknown): b is Record<string, unknown> {
  return isObj(b) && String(ciGet(b, 'type')).toLowerCase() === 'httptrigger'
}

/** The http out binding. */
export function isHttpOut(b: unknown): boolean {
  return (
    isObj(b) &&
    String(ciGet(b, 'type')).toLowerCase() === 'http' &&
    String(ciGet(b, 'direction')).toLowerCase() === 'out'
  )
}

export function checkFunction(doc: JsonDoc, facts: FunctionFacts): Finding[] {
  const out: Finding[] = []
  doc = caseInsensitive(doc)
  const add = (
    rule: string,
    severity: Finding['severity'],
    p: Array<string | number>,
    message: string,
    fix: string
  ) =>
    out.push({
      rule: `function-json/${rule}`,
      severity,
      file: facts.file,
      ...doc.position(p),
      message,
      fix
    })
  const bindings = doc.get(['bindings'])
  if (!Array.isArray(bindings)) {
    add(
      'http-trigger',
      'error',
      ['bindings'],
      `${facts.file} has no "bindings" array`,
      'add the httpTrigger and http out bindings (see `generate`)'
    )
    return out
  }
  const ti = bindings.findIndex(isHttpTrigger)
  if (ti < 0) {
    add(
      'http-trigger',
      'error',
      ['bindings'],
      `${facts.file} has no httpTrigger binding: HTTP requests never reach your server`,
      'add { "type": "httpTrigger", "direction": "in", "name": "req", "authLevel": "function", "route": "{*route}" }'
    )
  } else {
    const t = bindings[ti] as Record<string, unknown>
    const functionName = facts.file.split('/')[0]
    const route = ciGet(t, 'route')
    const methodsRaw = ciGet(t, 'methods')
    if (route === undefined) {
      add(
        'route',
        'error',
        ['bindings', ti],
        `the httpTrigger has no route, so it answers only /${functionName}, never /mcp`,
        'add "route": "{*route}"'
      )
    } else if (typeof route !== 'string' || !routeMatches(route, 'mcp')) {
      add(
        'route',
        'error',
        ['bindings', ti, 'route'],
        `the route ${JSON.stringify(route)} does not cover /mcp`,
        'set "route": "{*route}"'
      )
    }
    if (methodsRaw !== undefined) {
      const methods = Array.isArray(methodsRaw) ? methodsRaw.map(m => String(m).toLowerCase()) : []
      const missing = REQUIRED_METHODS.filter(m => !methods.includes(m))
      if (missing.length > 0) {
        add(
          'methods',
          'error',
          ['bindings', ti, 'methods'],
          `methods lack ${missing.map(m => m.toUpperCase()).join(', ')}: streamable HTTP uses POST for messages, GET for the event stream and DELETE to end a session`,
          `add ${missing.map(m => `"${m}"`).join(', ')} to methods (or remove "methods" to allow all)`
        )
      }
    }
    const level = ciGet(t, 'authLevel')
    if (level !== undefined && !isAuthLevelName(level)) {
      add(
        'auth-level',
        'error',
        ['bindings', ti, 'authLevel'],
        `authLevel ${JSON.stringify(level)} is not anonymous, function or admin`,
        'use "function"'
      )
    } else if (facts.authLevel === 'anonymous') {
      add(
        'anonymous',
        'warning',
        ['bindings', ti, 'authLevel'],
        'authLevel is anonymous: anyone who finds the URL can call your MCP server',
        'use "function" and give clients the key (the action outputs it)'
      )
    }
  }
  const hasOut = bindings.some(isHttpOut)
  if (!hasOut) {
    add(
      'http-out',
      'error',
      ['bindings'],
      `${facts.file} has no http out binding: the host has nowhere to put your server's response`,
      'add { "type": "http", "direction": "out", "name": "res" }'
    )
  }
  return out
}
