// Writes the inputs and outputs tables of README.md from action.yml (between the
// <!-- inputs:start/end --> and <!-- outputs:start/end --> markers). `--check` only compares.
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')

export function tables(actionYml) {
  const action = parse(actionYml)
  const esc = s => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ').trim()
  const inputs = [
    '| input | default | description |',
    '| --- | --- | --- |',
    ...Object.entries(action.inputs).map(
      ([name, i]) =>
        `| \`${name}\` | ${i.default === '' ? '' : `\`${esc(i.default)}\``} | ${esc(i.description)} |`
    )
  ].join('\n')
  const outputs = [
    '| output | description |',
    '| --- | --- |',
    ...Object.entries(action.outputs).map(([name, o]) => `| \`${name}\` | ${esc(o.description)} |`)
  ].join('\n')
  return { inputs, outputs }
}

export function render(readme, actionYml) {
  const t = tables(actionYml)
  let out = readme
  for (const key of ['inputs', 'outputs']) {
    const re = new RegExp(`(<!-- ${key}:start -->)[\\s\\S]*?(<!-- ${key}:end -->)`)
    if (!re.test(out))
      throw new Error(`README.md has no <!-- ${key}:start --> … <!-- ${key}:end --> block`)
    out = out.replace(re, (_, start, end) => `${start}\n${t[key]}\n${end}`)
  }
  return out
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const readmePath = path.join(root, 'README.md')
  const readme = fs.readFileSync(readmePath, 'utf8')
  const next = render(readme, fs.readFileSync(path.join(root, 'action.yml'), 'utf8'))
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md tables differ from action.yml: run npm run readme')
      process.exit(1)
    }
  } else {
    fs.writeFileSync(readmePath, next)
  }
}
