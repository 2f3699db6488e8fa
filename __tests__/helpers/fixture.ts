import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')
export const REPO = path.join(FIXTURES, '..', '..')

/** A change to a copied fixture: text to write, null to delete, or a folder / symlink in its place. */
export type Change = string | null | { dir: true } | { symlink: string } | { bytes: Buffer }

/** Copies fixtures/<name> (or any absolute folder) into a fresh temp folder and applies changes. */
export function fixtureCopy(name: string, changes: Record<string, Change> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `mfd-${path.basename(name)}-`))
  const src = path.isAbsolute(name) ? name : path.join(FIXTURES, name)
  fs.cpSync(src, dir, { recursive: true, verbatimSymlinks: true })
  for (const [file, change] of Object.entries(changes)) {
    const abs = path.join(dir, file)
    fs.rmSync(abs, { recursive: true, force: true })
    if (change === null) continue
    fs.mkdirSync(path.dirname(abs), { recursive: true })
    if (typeof change === 'string') fs.writeFileSync(abs, change)
    else if ('dir' in change) fs.mkdirSync(abs)
    else if ('symlink' in change) fs.symlinkSync(change.symlink, abs)
    else fs.writeFileSync(abs, change.bytes)
  }
  return dir
}

/** sha256 over every path, mode and content below dir (symlinks by target): "did anything change?" */
export function treeHash(dir: string): string {
  const h = crypto.createHash('sha256')
  const walk = (rel: string): void => {
    const abs = path.join(dir, rel)
    for (const name of fs.readdirSync(abs).sort()) {
      const r = path.join(rel, name)
      const st = fs.lstatSync(path.join(dir, r))
      h.update(`${r}\0${st.mode}\0`)
      if (st.isSymbolicLink()) h.update(fs.readlinkSync(path.join(dir, r)))
      else if (st.isDirectory()) walk(r)
      else h.update(fs.readFileSync(path.join(dir, r)))
    }
  }
  walk('')
  return h.digest('hex')
}

export function read(dir: string, file: string): string {
  return fs.readFileSync(path.join(dir, file), 'utf8')
}
