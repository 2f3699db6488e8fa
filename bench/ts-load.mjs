// Loads a TypeScript module of src/ for a benchmark without a build step: transpiles it and its
// relative imports (typescript's transpileModule) into bench/.work/build/ and imports the result.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outRoot = path.join(repo, 'bench', '.work', 'build')

function transpile(tsFile, done) {
  if (done.has(tsFile)) return
  done.add(tsFile)
  const source = fs.readFileSync(tsFile, 'utf8')
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true
    },
    fileName: tsFile
  })
  const out = path.join(outRoot, path.relative(repo, tsFile)).replace(/\.ts$/, '.js')
  fs.mkdirSync(path.dirname(out), { recursive: true })
  fs.writeFileSync(out, outputText)
  for (const m of outputText.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)\.js['"]/g)) {
    transpile(path.resolve(path.dirname(tsFile), m[1] + '.ts'), done)
  }
}

/** Transpiles `relFile` (and its relative imports); returns the path of the JavaScript to import. */
export function buildTs(relFile) {
  transpile(path.join(repo, relFile), new Set())
  // node_modules resolution from bench/.work/build walks up to the repo's node_modules
  return path.join(outRoot, relFile).replace(/\.ts$/, '.js')
}

/** `await loadTs('src/package/zip.ts')` → the module's exports. */
export async function loadTs(relFile) {
  return import(pathToFileURL(buildTs(relFile)).href)
}
