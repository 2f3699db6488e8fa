import type { AnnotationPlace, Ui } from './ui.js'

/**
 * A Ui that passes everything to `inner` but what the wrapper changes: the pipeline's summary
 * sections are collected (the job summary is rendered once, headline first), and annotation
 * paths of steps that work inside the server folder get the folder's workspace path.
 */
class WrappedUi implements Ui {
  constructor(
    private readonly inner: Ui,
    private readonly opts: { sections?: string[]; prefix?: string }
  ) {}
  private place(place?: AnnotationPlace): AnnotationPlace | undefined {
    const prefix = this.opts.prefix
    if (!prefix || !place?.file) return place
    return { ...place, file: `${prefix.replace(/\/+$/, '')}/${place.file.replace(/^\.\//, '')}` }
  }
  group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    return this.inner.group(title, fn)
  }
  info(message: string): void {
    this.inner.info(message)
  }
  debug(message: string): void {
    this.inner.debug(message)
  }
  notice(message: string, place?: AnnotationPlace): void {
    this.inner.notice(message, this.place(place))
  }
  warning(message: string, place?: AnnotationPlace): void {
    this.inner.warning(message, this.place(place))
  }
  error(message: string, place?: AnnotationPlace): void {
    this.inner.error(message, this.place(place))
  }
  setSecret(secret: string): void {
    this.inner.setSecret(secret)
  }
  setOutput(name: string, value: string): void {
    this.inner.setOutput(name, value)
  }
  summary(markdown: string): void {
    if (this.opts.sections) this.opts.sections.push(markdown)
    else this.inner.summary(markdown)
  }
  flush(): Promise<void> {
    return this.inner.flush()
  }
}

/** `ui`, with summary sections collected into `sections` instead of written. */
export function collectingSummary(ui: Ui, sections: string[]): Ui {
  return new WrappedUi(ui, { sections })
}

/**
 * `ui` for a step that names files relative to the server folder (package, target): its
 * annotations point at `<prefix>/<file>`, the path GitHub needs (`server/host.json`).
 */
export function inFolder(ui: Ui, prefix: string): Ui {
  return prefix ? new WrappedUi(ui, { prefix }) : ui
}
