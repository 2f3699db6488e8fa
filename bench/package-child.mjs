// Child process of bench/package.mjs: zips one tree with our writer and reports time and peak RSS
// (of this process, workers included), so the parent's memory does not count.
import { pathToFileURL } from 'node:url'

const [zipModule, tree, out] = process.argv.slice(2)
const { writeZip } = await import(pathToFileURL(zipModule).href)
const t0 = process.hrtime.bigint()
const stats = await writeZip(tree, out)
const ms = Number(process.hrtime.bigint() - t0) / 1e6
process.stdout.write(
  JSON.stringify({ ms, ...stats, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n'
)
