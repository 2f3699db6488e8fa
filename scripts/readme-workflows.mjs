// Inlines workflow files into README.md between markers, so the README shows exactly the files
// the tests parse:
//   <!-- workflow:docs/workflows/deploy.yml:start --> … <!-- workflow:docs/workflows/deploy.yml:end -->
// `node scripts/readme-workflows.mjs` rewrites README.md; `--check` only compares (exit 1 on drift).
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const MARKER = /<!-- workflow:([^\s>]+):start -->[\s\S]*?<!-- workflow:\1:end -->/g

/** The workflow files README.md includes, in order (paths relative to the repository root). */
export function includedWorkflows(readme) {
  return [...readme.matchAll(MARKER)].map(m => m[1])
}

/** README.md with every workflow block replaced by the file's content; read(relPath) → text. */
export function renderWorkflows(readme, read) {
  return readme.replace(MARKER, (_, file) => {
    if (path.isAbsolute(file) || file.split('/').includes('..') || !file.endsWith('.yml')) {
      throw new Error(`README.md includes ${file}: only .yml files inside the repository`)
    }
    const body = read(file).replace(/\s+$/, '')
    return `<!-- workflow:${file}:start -->\n\`\`\`yaml\n${body}\n\`\`\`\n<!-- workflow:${file}:end -->`
  })
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const readmePath = path.join(root, 'README.md')
  const readme = fs.readFileSync(readmePath, 'utf8')
  const next = renderWorkflows(readme, file => fs.readFileSync(path.join(root, file), 'utf8'))
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error(
        'README.md workflow blocks differ from the files: run node scripts/readme-workflows.mjs'
      )
      process.exit(1)
    }
  } else if (next !== readme) {
    fs.writeFileSync(readmePath, next)
  }
}
