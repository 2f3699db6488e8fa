import type { AnnotationPlace, Ui } from '../../src/report/ui.js'
import type { Finding } from '../../src/project/types.js'
import type { PullRequestRef } from '../../src/report/comment.js'

/** A Ui that keeps everything it is told, for assertions. */
export class RecordingUi implements Ui {
  readonly infos: string[] = []
  readonly debugs: string[] = []
  readonly notices: string[] = []
  readonly warnings: string[] = []
  readonly errors: string[] = []
  readonly secrets: string[] = []
  readonly outputs: Record<string, string> = {}
  readonly sections: string[] = []
  async group<T>(_title: string, fn: () => Promise<T>): Promise<T> {
    return fn()
  }
  info(message: string): void {
    this.infos.push(message)
  }
  debug(message: string): void {
    this.debugs.push(message)
  }
  notice(message: string, _place?: AnnotationPlace): void {
    this.notices.push(message)
  }
  warning(message: string, _place?: AnnotationPlace): void {
    this.warnings.push(message)
  }
  error(message: string, _place?: AnnotationPlace): void {
    this.errors.push(message)
  }
  setSecret(secret: string): void {
    this.secrets.push(secret)
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value
  }
  summary(markdown: string): void {
    this.sections.push(markdown)
  }
  async flush(): Promise<void> {}
}

export const SHA = '0123456789abcdef0123456789abcdef01234567'

export function prRef(apiUrl: string, headSha = SHA): PullRequestRef {
  return {
    owner: 'octo',
    repo: 'shop',
    number: 7,
    headSha,
    apiUrl,
    serverUrl: 'https://github.example'
  }
}

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    rule: 'host/missing-route-prefix',
    severity: 'error',
    file: 'server/host.json',
    line: 3,
    message: 'extensions.http.routePrefix must be "" so /mcp is served at the root',
    fix: 'Set extensions.http.routePrefix to ""',
    ...over
  }
}

export const EMPTY_PLAN = { created: [], changed: [] }
